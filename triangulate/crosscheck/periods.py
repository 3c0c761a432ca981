"""A period and the date it began: "almost three decades of separatist control" in one report
and "established de facto independence in the 1990s" in another tell one span of time.

A duration of a month or more told as a span up to the telling (`quantities._period`: "three
decades of control", "the past 30 years", "held for eight months") is read as running up to its
report's date (an undated report borrows its event's first report date, as its
relative dates do); the period then began between that date minus the longest and minus the
shortest length the figure allows, widened by `SLACK` for the rounding of a length told in
round units.  A date of another source that falls in that span, said of a clause alike
(`PERIOD_JOIN`), is compatible with it.  Since where a period ends is itself inferred, a date
outside the span is no contradiction: such a pair is never a conflict, and the comparison is
marked `inferred`."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import numpy as np

from ..model import Article, Fact
from .similarity import DECIMALS, word_cosines

SLACK = 0.15  # "three decades" is 25 to 35 years
SHORTEST = 30  # days: shorter spans ("a two-hour standoff") are told of the event, not of its background
PERIOD_JOIN = 0.55  # as for two dates (align.JOIN["date"])
DURATION = "duration (days)"


def began(value: dict, until: date) -> tuple[date, date] | None:
    """When a period of `value` (a duration) that runs up to `until` began, as a span of days."""
    if value["unit"] != DURATION or not value.get("period") \
            or any(value.get(k) for k in ("expected", "increment", "previous")):
        return None
    low, high = value["low"], value["high"]
    if not low or low < SHORTEST:
        return None
    latest = _before(until, low * (1 - SLACK))
    earliest = (_before(until, high * (1 + SLACK)) if high else None) or date.min
    return (earliest, latest) if latest is not None else None  # (none for "4.5 billion years of history")


def _before(until: date, days: float) -> date | None:
    """`days` before `until`, or None before the calendar's first day."""
    try:
        return until - timedelta(days=days)
    except (OverflowError, ValueError):
        return None


def fits(span: tuple[date, date], value: dict) -> bool:
    """A date value that falls, at least in part, within `span`."""
    return date.fromisoformat(value["start"]) <= span[1] and span[0] <= date.fromisoformat(value["end"])


def _datable(f: Fact) -> bool:
    """A date that can be the start of a period: resolved, not the day of a moment, not planned,
    not a bound ("until")."""
    v = f.value
    return bool(v.get("start")) and not (v.get("in_time") or v.get("planned")) and v.get("qualifier") in (None, "since")


def what(f: Fact) -> str:
    """The clause a duration is about, without its unit ("decades of separatist control: ...")."""
    return f.about.split(" — ", 1)[-1]


def pair_periods(facts: list[Fact], articles: list[Article],
                 embed: Callable[[list[str]], np.ndarray] | None) -> list[tuple[Fact, Fact, tuple[date, date], float]]:
    """(duration, date, span the period began in, similarity) of different sources, each fact
    paired at most once with each other source, best pairs first."""
    dated = sorted(a.published for a in articles if a.published)
    first = date.fromisoformat(dated[0]) if dated else None
    until = {a.id: date.fromisoformat(a.published) if a.published else first for a in articles}
    periods = [(f, span) for f in facts if f.kind == "quantity" and until.get(f.article)
               and (span := began(f.value, until[f.article])) is not None]
    starts = [f for f in facts if f.kind == "date" and _datable(f)]
    candidates = [(p, s) for p, (d, span) in enumerate(periods) for s, t in enumerate(starts)
                  if d.article != t.article and fits(span, t.value)]
    if not candidates:
        return []
    used_p = sorted({p for p, _ in candidates})
    used_s = sorted({s for _, s in candidates})
    texts = [what(periods[p][0]) for p in used_p]
    texts += [starts[s].about for s in used_s] + [starts[s].value.get("of") or starts[s].about for s in used_s]
    n, m = len(used_p), len(used_s)
    if embed is not None:
        vectors = embed(texts)
        block = np.maximum(vectors[:n] @ vectors[n:n + m].T, vectors[:n] @ vectors[n + m:].T)
    else:
        block = word_cosines(texts)[:n, n:n + m]
    similar = np.full((len(periods), len(starts)), -1.0)
    similar[np.ix_(used_p, used_s)] = block
    similar = np.round(similar, DECIMALS)
    scored = sorted(((float(similar[p, s]), p, s) for p, s in candidates if similar[p, s] >= PERIOD_JOIN),
                    key=lambda x: (-x[0], x[1], x[2]))
    taken: set[tuple[str, str]] = set()  # (fact id, other source)
    pairs = []
    for sim, p, s in scored:
        (d, span), t = periods[p], starts[s]
        if (d.id, t.article) in taken or (t.id, d.article) in taken:
            continue
        taken |= {(d.id, t.article), (t.id, d.article)}
        pairs.append((d, t, span, sim))
    return pairs
