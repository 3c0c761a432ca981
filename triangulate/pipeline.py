"""The stages in order: read -> dedupe -> parse and facts (`triangulate.parse`, in worker
processes) -> profile -> cluster -> cross-check -> summarize -> store -> report.

Per-article work (parse, profile, facts) is done once per article: the store remembers what
it analysed, so ingesting the same input twice changes nothing and costs little.  New
articles join the open events of the store or start new ones; only the events that gained
articles are rebuilt.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from . import cluster
from .dedupe import Deduplicator
from .events import CLUSTERING, build_events
from .facts import resolve_pending
from .ingest import read_paths
from .ingest.common import content_key
from .model import Article, Event, IngestError, Report
from .parse import analyzer_version, parse_articles
from .store import Store

Progress = Callable[[str, int, int], None]
ONE_EVENT = "given as reports of one event (--one-event)"


@dataclass
class Ingested:
    articles: list[Article]
    errors: list[IngestError]
    events: list[Event] = field(default_factory=list)
    new: int = 0


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


COPY_DAYS = 7  # a syndicated copy runs within days of its original


def copies_of_stored(articles: list[Article], store: Store) -> dict[str, bytes]:
    """Mark the new originals that copy an article an earlier run stored (a near duplicate, or
    a trimmed copy of it): a wire story given again in another outlet's file is one source.
    (A new article that holds a stored one and more stays a second original.)  An article
    stored as a copy stays one, whatever this run's other articles.  Returns the signatures of
    the new originals (computed when `read` deduplicated them), to store once they are."""
    stored_as = {a.id: a for a in store.get_articles([a.id for a in articles])}
    for article in articles:
        known = stored_as.get(article.id)
        if known is not None and known.duplicate_of and article.duplicate_of is None:
            _copy(article, known.duplicate_of, articles)
    new = [a for a in articles if a.duplicate_of is None and a.id not in stored_as]
    days = sorted(a.published for a in new if a.published)
    shift = timedelta(days=COPY_DAYS)
    first = (date.fromisoformat(days[0]) - shift).isoformat() if days else None
    last = (date.fromisoformat(days[-1]) + shift).isoformat() if days else None
    stored = store.originals(first, last, undated=any(not a.published for a in new)) if new else []
    dedupe = Deduplicator()
    signatures = store.signatures([a.id for a in stored])
    for original in stored:
        original.signature = signatures.get(original.id)
        dedupe.known(original)
    for article in new:
        original = dedupe.copy_of(article) if stored else None
        if original is not None:
            outlets = [o for a in [article, *articles] if a is article or a.duplicate_of == article.id
                       for o in (a.outlets or [a.outlet]) if o]
            _copy(article, original.id, articles)
            original.outlets += [o for o in dict.fromkeys(outlets) if o not in original.outlets]
            store.save_article(original)  # (its outlets)
    return {a.id: a.signature for a in [*new, *stored]  # (of the new originals, and of stored ones an
            if a.duplicate_of is None and a.signature and a.id not in signatures}  # older version left unsigned)


def _copy(article: Article, original: str, articles: list[Article]) -> None:
    """`article`, and this run's copies of it, are copies of `original`."""
    for a in [article, *(c for c in articles if c.duplicate_of == article.id)]:
        a.duplicate_of = original
    article.outlets = []


def analyze_new(articles: list[Article], store: Store, progress: Progress | None = None
                ) -> tuple[list[cluster.Profile], list[IngestError]]:
    """Parse, profile and extract the facts of the articles not analysed yet.

    Worker processes analyse (`triangulate.parse`) while this one writes the store.  Each
    article is stored with its facts and profile in one transaction."""
    todo = [a for a in articles if a.duplicate_of is None and not store.is_analyzed(a.id, analyzer_version())]
    pending = {a.id for a in todo}
    for a in articles:  # known originals now, new ones with their facts, copies after both
        if a.duplicate_of is None and a.id not in pending:
            store.save_article(a)
    profiles, errors = [], []
    for i, parsed in enumerate(parse_articles(todo), 1):
        if parsed.error:
            errors.append(IngestError(parsed.article.path, parsed.error))
        store.save_article(parsed.article, parsed.facts, parsed.profile, analyzer_version())
        profiles.append(parsed.profile)
        if progress:
            progress("articles", i, len(todo))
    for a in articles:
        if a.duplicate_of is not None:
            store.save_article(a)
    return profiles, errors


def _resolve_undated(articles: list[Article], store: Store, membership: dict[str, str]) -> None:
    """Relative dates of undated articles, resolved against their event's first report."""
    first_report: dict[str, date | None] = {}
    for article in articles:
        if article.published or article.duplicate_of or article.id not in membership:
            continue
        event = membership[article.id]
        if event not in first_report:  # one look-up per event, not per article
            dates = sorted(a.published for a in store.get_articles(store.event_members(event)) if a.published)
            first_report[event] = date.fromisoformat(dates[0]) if dates else None
        if first_report[event]:
            store.save_article(article, resolve_pending(store.facts([article.id]), first_report[event]),
                               analyzer=analyzer_version())


def _one_event(articles: list[Article], store: Store) -> dict[str, str]:
    """All given articles as one event: the stored event of any of them, else a new one."""
    known = store.event_of_articles([a.id for a in articles])
    first = min(articles, key=lambda a: (a.published or "9999-99-99", a.id))
    event = next(iter(sorted(set(known.values()))), None) or cluster.event_id(first.id)
    return {a.id: event for a in articles}


def ingest(paths: list[str], db: str = "triangulate.db", progress: Progress | None = None,
           embeddings: bool = True, one_event: bool = False) -> Ingested:
    """Store the articles at `paths`, assign each to an event and rebuild the events it touched.

    With `one_event`, the articles are taken as reports of one event (no clustering)."""
    articles, errors = read(paths)
    store = Store(db)
    try:
        signatures = copies_of_stored(articles, store)
        profiles, more = analyze_new(articles, store, progress)
        store.save_signatures(signatures)
        errors += more
        if one_event:
            membership = _one_event(articles, store)
        else:  # new articles, and any that an interrupted run analysed but did not assign
            assigned = store.event_of_articles([a.id for a in articles])
            waiting = store.profiles([a.id for a in articles if a.duplicate_of is None and a.id not in assigned])
            membership = cluster.assign(waiting, store.open_events(waiting))
        originals = store.event_of_articles([a.duplicate_of for a in articles if a.duplicate_of])
        for a in articles:  # a syndicated copy belongs to its original's event
            if a.duplicate_of:
                membership[a.id] = membership.get(a.duplicate_of) or originals.get(a.duplicate_of)
        store.add_to_events({k: v for k, v in membership.items() if v})
        analyzed_now = {p.article for p in profiles}  # new, or analysed again by a newer version
        _resolve_undated([a for a in articles if a.id in analyzed_now], store,
                         store.event_of_articles(sorted(analyzed_now)))
        touched = sorted(set(store.event_of_articles([a.id for a in articles]).values()))
        events = rebuild_events(touched, store, embeddings, ONE_EVENT if one_event else CLUSTERING)
        for event in (e for e in events if e.error):
            first = next(iter(store.get_articles(event.articles[:1])), None)
            errors.append(IngestError(first.path if first else event.id, f"event {event.id}: {event.error}"))
        return Ingested(articles, errors, events, new=len(profiles))
    finally:
        store.close()


def rebuild_events(event_ids: list[str], store: Store, embeddings: bool, clustering: str) -> list[Event]:
    """Cross-check and summarize the events again, and store them."""
    events = []
    for event in build_events(event_ids, store, embeddings, clustering):
        store.save_event(event)
        events.append(event)
    return events


def analyze(paths: list[str], db: str = "triangulate.db", progress: Progress | None = None,
            embeddings: bool = True, one_event: bool = False) -> Report:
    """Ingest the articles at `paths` and report the events they belong to."""
    result = ingest(paths, db, progress, embeddings, one_event)
    store = Store(db)
    try:
        ids = [a for e in result.events for a in e.articles]
        members = {a.id: a for a in store.get_articles(ids)}
        given = {a.id: a for a in result.articles}
        articles = [given.get(i) or members[i] for i in dict.fromkeys(ids)]
        articles += [a for a in result.articles if a.id not in members and a.id not in ids]
        return Report(articles=articles, events=result.events, errors=result.errors)
    finally:
        store.close()
