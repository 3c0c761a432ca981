"""Per-article analysis: the spaCy parse, the article's facts and its clustering profile (the
embedding of its lead, and the entities and years of its opening).

Large inputs are analysed in worker processes, each with its own spaCy pipeline and one-thread
embedding model, and only these results travel back: a parsed Doc is far larger than its facts,
and shipping Docs to the main process cost it more time than the parse itself saves.  Embedding
in the workers too keeps each core busy with one process instead of a parse worker and the
main process's embedding threads contending for it.  Results come back in input order.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from . import cluster
from .facts import dates, extract_facts
from .model import Article, Fact
from .workers import PARALLEL_FROM, WORKERS, ordered_map

ANALYSIS_SOURCES = ("parse.py", "cluster.py", "facts", "nlp/models.py", "nlp/tables.py", "nlp/embed.py")


@lru_cache(maxsize=1)
def analyzer_version() -> str:
    """A fingerprint of the code that turns an article into facts and a profile: stored with
    each article, so that facts of an older version are extracted again (the same version twice
    changes nothing)."""
    from .nlp.models import SPACY_MODEL

    root = Path(__file__).parent
    digest = hashlib.sha1(SPACY_MODEL.encode())
    for name in ANALYSIS_SOURCES:
        for path in sorted((root / name).rglob("*.py")) if (root / name).is_dir() else [root / name]:
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


CHUNK = 32  # articles per task sent to a worker: spaCy parses larger batches faster (about 10%
# from 8 to 64 on one core)


@dataclass
class Parsed:
    article: Article
    facts: list[Fact] = field(default_factory=list)
    profile: cluster.Profile | None = None
    error: str | None = None


def parse_articles(articles: list[Article], workers: int = WORKERS) -> Iterator[Parsed]:
    """The analysis of each article, in order; a failure is that article's `error`."""
    if workers <= 1 or len(articles) < PARALLEL_FROM:
        yield from parse_chunk(articles)
        return
    from .nlp.models import spacy_pipeline

    spacy_pipeline()  # loaded once here: forked workers share it
    chunks = (articles[i:i + CHUNK] for i in range(0, len(articles), CHUNK))
    for parsed in ordered_map(parse_chunk, chunks, workers):
        yield from parsed


def parse_chunk(articles: list[Article]) -> list[Parsed]:
    from .nlp.models import spacy_pipeline

    docs = list(spacy_pipeline().pipe((a.prose for a in articles), batch_size=CHUNK))
    profiles = cluster.build_profiles([(a.id, a.title, a.prose, a.published, cluster.entity_keys(doc),
                                        cluster.years_named(doc, a.published)) for a, doc in zip(articles, docs)])
    return [_analyse(article, doc, profile) for article, doc, profile in zip(articles, docs, profiles)]


def _analyse(article: Article, doc, profile: cluster.Profile) -> Parsed:
    parsed = Parsed(article, profile=profile)
    if article.language not in ("en", None):
        return parsed  # stored and reported; extraction needs an English model
    try:
        if article.published:
            reference, kind = date.fromisoformat(article.published), "published"
        else:  # a saved page's own stamp line or dated link, if it has one
            reference = dates.page_date(doc)
            kind = "page" if reference else "event"
        parsed.facts = extract_facts(article, doc, reference, kind)
    except Exception as exc:  # one article's bad parse must not stop the others
        parsed.error = f"fact extraction failed: {exc!r}"
    return parsed
