"""Building an Event from its member articles: cross-check, summary, title, when, where, who."""
from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterator
from datetime import date

from .crosscheck import crosscheck
from .crosscheck.identity import HAPPENING
from .facts import people, places
from .model import Article, Comparison, Event, Fact
from .store import Store
from .summarize import summarize
from .workers import PARALLEL_FROM, WORKERS, ordered_map

log = logging.getLogger(__name__)
NAMED = re.compile(r"(?:[A-Z][\w'’.-]+\s+)+[A-Z][\w'’-]+")  # "Carlos Mendoza", not "the statement"
FRESH_DAYS = 7  # a happening's day this close before the first report is the event's own
LEAD_TOKENS = 80  # an undated event's day must be told in sentences that start this close (in
# tokens) to two reports' start
AFTERMATH = places.CARRIED | {"treat", "hospitalize", "die", "hold", "book", "jail", "place", "remain", "sentence",
                             "serve", "imprison", "lock"}  # verbs of
# where people were taken, treated or held
HELD_IN = {"prison", "jail", "custody", "cell", "detention"}
MAX_WHO = 8  # actors first, then people several sources name, then who was quoted by name
MAX_NAMED_ONCE = 3  # else the people any one source names
CLUSTERING = "average-link clustering on text, entities and time (triangulate.cluster)"


def build_events(event_ids: list[str], store: Store, embeddings: bool = True,
                 clustering: str = CLUSTERING, workers: int = WORKERS) -> Iterator[Event]:
    """Each event built from its stored articles and facts, in the order given.  Many events are
    built in worker processes: half the cross-check is single-threaded Python."""
    members = {event_id: store.event_members(event_id) for event_id in event_ids}
    tasks = (_task(event_id, store.get_articles(members[event_id]), store, embeddings, clustering)
             for event_id in event_ids)
    if workers <= 1 or len(event_ids) < 2 or sum(map(len, members.values())) < PARALLEL_FROM:
        yield from map(_build, tasks)
    else:
        yield from ordered_map(_build, tasks, workers)


def _task(event_id: str, articles: list[Article], store: Store, embeddings: bool, clustering: str) -> tuple:
    facts = store.facts([a.id for a in articles if a.duplicate_of is None])
    return event_id, articles, facts, embeddings, clustering


def _build(task: tuple) -> Event:
    from .nlp.embed import embed

    event_id, articles, facts, embeddings, clustering = task
    try:
        return build_event(event_id, articles, facts, embed if embeddings else None, clustering)
    except Exception as exc:  # one event's failure must not lose the others: keep its facts, say why
        log.exception("event %s could not be cross-checked", event_id)
        event = Event(id=event_id, title=next((a.title for a in articles if a.title), "(untitled)"),
                      articles=[a.id for a in articles], facts=facts, clustering=clustering,
                      error=f"cross-check failed ({type(exc).__name__}: {exc}); its facts are listed unchecked")
        try:
            describe(event, {f.id: f for f in facts}, articles)
        except Exception:  # (the failure may have been there)
            log.exception("event %s could not be described", event_id)
        return event


def build_event(event_id: str, articles: list[Article], facts: list[Fact], embed=None,
                clustering: str = CLUSTERING) -> Event:
    """The event of `articles`, from their stored `facts` (of the originals, not the copies)."""
    comparisons = crosscheck(facts, articles, embed)
    by_id = {f.id: f for f in facts}
    event = Event(id=event_id, title="", articles=[a.id for a in articles], facts=facts,
                  comparisons=comparisons, clustering=clustering)
    event.summary = summarize(comparisons, by_id, {a.id: a for a in articles}, embed)
    describe(event, by_id, articles)
    return event


def describe(event: Event, facts: dict[str, Fact], articles: list[Article]) -> None:
    """Title, when, where and who of an event, from what its sources corroborate most."""
    dated = sorted((a for a in articles if a.title), key=lambda a: (not _headline(a.title), a.published or "9999"))
    event.title = dated[0].title if dated else "(untitled)"
    first_published = min((a.published for a in articles if a.published), default=None)

    def recency(f: Fact) -> int:  # days between a date fact and the first report; within the
        # week before it, the earlier day first (what followed the happening comes later)
        if f.kind != "date" or not first_published or not f.value["start"]:
            return 0  # (a relative date still unresolved has no day)
        before = (date.fromisoformat(first_published) - date.fromisoformat(f.value["start"])).days
        return -before if 0 <= before <= FRESH_DAYS else abs(before) + FRESH_DAYS

    def lead(c: Comparison) -> Fact:  # the group's first fact, a resolved day before a weekday not yet resolved
        return next((facts[i] for i in c.facts if facts[i].kind != "date" or facts[i].value["start"]),
                    facts[c.facts[0]])

    def best(kind: str, preferred=lambda c: ()) -> Comparison | None:
        """The group of `kind` with the most `preferred` marks (in order), then the most sources
        that tell it in their words (a page's stamp dates the page, not the happening)."""
        def telling(c: Comparison) -> int:
            return len({facts[i].article for i in c.facts if not facts[i].value.get("stamp")})

        groups = [c for c in event.comparisons if facts[c.facts[0]].kind == kind and c.status != "conflict"]
        groups.sort(key=lambda c: (tuple(not p for p in preferred(c)), -telling(c), recency(lead(c)),
                                   -len(c.facts)))
        return groups[0] if groups else None

    def of_happening(f: Fact) -> bool:  # told of the shooting, the quake...: not of what followed
        return bool(f.keys) and f.keys[0] in HAPPENING

    def fresh(f: Fact) -> bool:  # in the week before the first report: not an earlier happening's day
        if not (first_published and f.value["start"]):
            return not first_published  # (an undated event: no report to be fresh against)
        return 0 <= (date.fromisoformat(first_published) - date.fromisoformat(f.value["start"])).days <= FRESH_DAYS

    def day(c: Comparison) -> bool:
        return lead(c).value.get("precision") in ("day", "night")  # ("late Saturday night")

    def most_told_day(c: Comparison) -> str:
        """The day most of the group's sources tell first, the earliest report's on a tie:
        'Tuesday night' in one report and 'May 11' in two are one shooting around midnight, of
        May 11.  A page's own stamp is not the happening's day."""
        first: dict[str, str] = {}  # article -> the day it tells first (c.facts: by report, then position)
        for f in (facts[i] for i in c.facts):
            if f.value.get("start") and f.value.get("precision") in ("day", "night") and not f.value.get("stamp"):
                first.setdefault(f.article, f.value["start"])
        votes = Counter(first.values())  # (in the order first told)
        return max(votes, key=votes.__getitem__, default=lead(c).value["start"])

    def told_first(c: Comparison) -> bool:  # in the opening sentences of two reports
        return len({facts[i].article for i in c.facts if facts[i].sentence < LEAD_TOKENS}) > 1

    stamped = min((f.value["start"] for f in facts.values() if f.kind == "date" and f.value.get("stamp")
                   and f.value.get("precision") == "day"), default=None)  # (undated reports: their pages' days)

    def past(c: Comparison) -> bool:  # not a day still ahead of the first report ("next Sunday")
        start, first = lead(c).value["start"], first_published or stamped
        return not (first and start and start > first)

    when = best("date", lambda c: (day(c), past(c), bool(first_published) or told_first(c),
                                   any(of_happening(facts[i]) and fresh(facts[i]) for i in c.facts)))
    if when and day(when) and (first_published or told_first(when)):
        event.when = most_told_day(when)
    else:  # undated reports whose openings agree on no day: the days further in are mostly of
        event.when = first_published  # earlier happenings told for context ("the Sept. 11, 2001 attacks")
    def aftermath(c: Comparison) -> bool:  # where the victim was taken or the suspect is held
        return all(facts[i].keys[:1] and facts[i].keys[0] in AFTERMATH or held(facts[i]) for i in c.facts)

    def held(f: Fact) -> bool:  # "in prison", "in jail": no named place, where someone is held
        return not f.value.get("named") and bool(f.anchors) and set(f.anchors) <= HELD_IN

    def named(c: Comparison) -> bool:  # "Aransas Pass", not "the home" or "the scene": a place the reader can find
        return any(facts[i].value.get("named") for i in c.facts)

    where = best("place", lambda c: (any(of_happening(facts[i]) for i in c.facts), not aftermath(c), named(c)))
    event.where = facts[where.facts[0]].value["name"] if where and not aftermath(where) else None  # (not
    # "prison" for a sentencing: unknown)
    actors = Counter(f.value["name"] for f in facts.values() if f.kind == "actor")
    speakers = Counter(f.speaker for f in facts.values() if f.kind == "quotation" and f.speaker
                       and NAMED.fullmatch(f.speaker) and f.speaker not in actors)
    event.who = []
    for name, _ in actors.most_common():  # "LaCalamita" is the "Anthony LaCalamita" counted before
        if len(event.who) < 6 and not _among(name, event.who):
            event.who.append(name)
    named = [facts[c.facts[0]].value["name"] for c in sorted(event.comparisons, key=lambda c: -len(c.sources))
             if len(c.sources) > 1 and facts[c.facts[0]].kind == "person"]  # people several sources name
    event.who += [name for name in named if not _among(name, event.who)][:max(0, MAX_WHO - len(event.who))]
    event.who += [name for name, _ in speakers.most_common() if not _among(name, event.who)][:max(0, MAX_WHO - len(event.who))]
    if not event.who:  # no actor, no one several sources name or quote: the people any source names
        named_once = Counter(f.value["name"] for f in facts.values() if f.kind == "person")
        for name, _ in named_once.most_common():
            if len(event.who) < MAX_NAMED_ONCE and not _among(name, event.who):
                event.who.append(name)


def _headline(title: str) -> bool:
    """A title that reads as a headline: four words or more, not a dateline ("WASHINGTON —") nor
    a shout ("DESPERATION :") that a page's first line can be."""
    words = re.findall(r"[^\W\d_][\w'’-]*", title)
    return len(words) >= 4 and not title.isupper() and not re.search(r"(?:—|–|--|:)\s*$", title)


def _among(name: str, names: list[str]) -> bool:
    """`name` is one of `names` however written ("Pashinyan" of "Nikol Pashinyan", "Anthony
    LaCalamita III" of "Anthony LaCalamita", "Inacio Lula da Silva" of "Luiz Inacio Lula da
    Silva": the last words of a longer name)."""
    def keys(n: str) -> list[str]:
        return [k for k in people.name_keys(n) if k not in people.SUFFIXES]

    def tail(a: list[str], b: list[str]) -> bool:
        short, long = sorted((a, b), key=len)
        return len(short) >= 2 and long[-len(short):] == short

    return any(name == other or keys(name) and keys(other) and (people.related(keys(name), keys(other))
                                                                or tail(keys(name), keys(other)))
               for other in names)
