"""Per-article analysis: the spaCy parse, the article's facts and what clustering needs of the
parse (entities and years of its opening).

Large inputs are analysed in worker processes, each with its own spaCy pipeline, and only these
results travel back: a parsed Doc is far larger than its facts, and shipping Docs to the main
process cost it more time than the parse itself saves.  Results come back in input order.
"""
from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from . import cluster
from .facts import extract_facts
from .model import Article, Fact

ANALYSIS_SOURCES = ("parse.py", "cluster.py", "facts", "nlp/models.py", "nlp/embed.py")


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


PARALLEL_FROM = 24  # articles; below this a worker process costs more than it saves
CHUNK = 8  # articles per task sent to a worker
WORKERS = min(2, os.cpu_count() or 1)


@dataclass
class Parsed:
    article: Article
    facts: list[Fact] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    years: frozenset = frozenset()
    error: str | None = None


def parse_articles(articles: list[Article], workers: int = WORKERS) -> Iterator[Parsed]:
    """The analysis of each article, in order; a failure is that article's `error`."""
    if workers <= 1 or len(articles) < PARALLEL_FROM:
        yield from parse_chunk(articles)
        return
    from .nlp.models import spacy_pipeline

    spacy_pipeline()  # loaded once here: forked workers share it (they only parse, and never touch
    # this process's embedding model or its threads)
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    chunks = [articles[i:i + CHUNK] for i in range(0, len(articles), CHUNK)]
    pool = ProcessPoolExecutor(workers, mp_context=context)
    try:
        for parsed in pool.map(parse_chunk, chunks):
            yield from parsed
    finally:  # on Ctrl-C or an error downstream: cancel the queued chunks, do not wait for running ones
        pool.shutdown(wait=False, cancel_futures=True)


def parse_chunk(articles: list[Article]) -> list[Parsed]:
    from .nlp.models import spacy_pipeline

    docs = spacy_pipeline().pipe((a.prose for a in articles), batch_size=16)
    return [_analyse(article, doc) for article, doc in zip(articles, docs)]


def _analyse(article: Article, doc) -> Parsed:
    parsed = Parsed(article, entities=cluster.entity_keys(doc), years=cluster.years_named(doc, article.published))
    if article.language not in ("en", None):
        return parsed  # stored and reported; extraction needs an English model
    try:
        reference = date.fromisoformat(article.published) if article.published else None
        parsed.facts = extract_facts(article, doc, reference, "published" if reference else "event")
    except Exception as exc:  # one article's bad parse must not stop the others
        parsed.error = f"fact extraction failed: {exc!r}"
    return parsed
