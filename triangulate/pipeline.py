"""The stages in order: read -> dedupe -> parse+facts (per article) -> event -> crosscheck ->
summarize -> store -> report.

Per-article work is skipped for articles the store has already analysed, so running twice on
the same input changes nothing and costs little.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from datetime import date

from .crosscheck import crosscheck, reference_date
from .dedupe import Deduplicator
from .facts import extract_facts
from .ingest import read_paths
from .ingest.common import content_key
from .model import Article, Event, Fact, IngestError, Report
from .store import Store
from .summarize import summarize

Progress = Callable[[str, int, int], None]
PARALLEL_FROM = 24  # articles; below this a second process costs more than it saves


def read(paths: list[str]) -> tuple[list[Article], list[IngestError]]:
    """All articles of the inputs, deduplicated, and the per-file errors."""
    articles, errors, seen = [], [], {}
    dedupe = Deduplicator()
    for item in read_paths(paths):
        if isinstance(item, IngestError):
            errors.append(item)
            continue
        if item.id in seen:
            if seen[item.id] == item.path:
                continue  # the same file given twice
            item.id = content_key(item.text + "\0" + item.path)
        seen[item.id] = item.path
        articles.append(dedupe.add(item))
    return articles, errors


def _masked(article: Article) -> str:
    text = article.text
    for s, e in article.skip:
        text = text[:s] + " " * (e - s) + text[e:]
    return text


def analyze_articles(articles: list[Article], store: Store, reference: date | None,
                     progress: Progress | None = None) -> list[IngestError]:
    """Parse and extract facts for the English originals the store has not analysed yet."""
    from .nlp.models import parse

    todo = [a for a in articles if a.duplicate_of is None and not store.is_analyzed(a.id)]
    for a in articles:
        store.save_article(a) if a not in todo else None
    todo_en = [a for a in todo if a.language in ("en", None)]
    for a in todo:
        if a not in todo_en:
            store.save_article(a, [])  # stored and reported, facts need an English model
    n_process = 2 if len(todo_en) >= PARALLEL_FROM else 1
    docs = parse([_masked(a) for a in todo_en], n_process=n_process) if todo_en else []
    errors = []
    for i, (article, doc) in enumerate(zip(todo_en, docs), 1):
        try:
            if article.published:
                facts = extract_facts(article, doc, date.fromisoformat(article.published))
            else:
                facts = extract_facts(article, doc, reference, "event")
        except Exception as exc:  # one article's bad parse must not stop the others
            errors.append(IngestError(article.path, f"fact extraction failed: {exc!r}"))
            facts = []
        store.save_article(article, facts)
        if progress:
            progress("facts", i, len(todo_en))
    return errors


def _event_id(article_ids: list[str]) -> str:
    return "e" + hashlib.sha1(",".join(sorted(article_ids)).encode()).hexdigest()[:11]


def _describe(event: Event, facts: dict[str, Fact], articles: list[Article]) -> None:
    """Title, when, where and who of an event, from what its sources corroborate most."""
    dated = sorted((a for a in articles if a.title), key=lambda a: a.published or "9999")
    event.title = dated[0].title if dated else "(untitled)"
    first_published = min((a.published for a in articles if a.published), default=None)

    def recency(f: Fact) -> int:  # days between a date fact and the first report
        if f.kind != "date" or not first_published:
            return 0
        return abs((date.fromisoformat(f.value["start"]) - date.fromisoformat(first_published)).days)

    def best(kind: str, precise=lambda f: True) -> Fact | None:
        groups = [c for c in event.comparisons if facts[c.facts[0]].kind == kind and c.status != "conflict"]
        groups.sort(key=lambda c: (not precise(facts[c.facts[0]]), -len(c.sources),
                                   recency(facts[c.facts[0]]), -len(c.facts)))
        return facts[groups[0].facts[0]] if groups else None
    when = best("date", lambda f: f.value["precision"] == "day")
    event.when = when.value["start"] if when and when.value["precision"] == "day" else (
        min((a.published for a in articles if a.published), default=None))
    where = best("place")
    event.where = where.value["name"] if where else None
    actors = Counter()
    for f in facts.values():
        if f.kind == "actor":
            actors[f.value["name"]] += 1
    event.who = [name for name, _ in actors.most_common(6)]


def build_event(articles: list[Article], store: Store, embed=None) -> Event:
    originals = [a for a in articles if a.duplicate_of is None]
    facts = store.facts([a.id for a in originals])
    comparisons = crosscheck(facts, articles, embed)
    by_id = {f.id: f for f in facts}
    event = Event(id=_event_id([a.id for a in articles]), title="", articles=[a.id for a in articles],
                  facts=facts, comparisons=comparisons)
    event.summary = summarize(comparisons, by_id, {a.id: a for a in articles})
    _describe(event, by_id, articles)
    return event


def analyze(paths: list[str], db: str = "triangulate.db", progress: Progress | None = None,
            embeddings: bool = True) -> Report:
    """Read, store and cross-check the articles at `paths` as one event; return the report."""
    articles, errors = read(paths)
    store = Store(db)
    try:
        errors += analyze_articles(articles, store, reference_date(articles), progress)
        events = []
        if articles:
            from .nlp.embed import embed
            event = build_event(articles, store, embed if embeddings else None)
            store.save_event(event)
            events.append(event)
        return Report(articles=articles, events=events, errors=errors)
    finally:
        store.close()
