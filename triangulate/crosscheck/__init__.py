"""Cross-checking: align the facts of independent sources and judge each group.

`identity`: two facts of different sources are candidates when they are of the same kind and
nothing in their structure rules them out (a count of Armenians is not a count of
Azerbaijanis; an age is not a count). `similarity`: the better of two cosines, one matrix per
event and kind: embeddings of what the facts are about and the words of their sentences (the
value masked), with small bonuses (same counted noun, same figure). `align`: facts whose values
are consistent join at a lower similarity than facts whose values contradict, since a conflict
is a strong claim that needs structure saying both sources speak of one thing (the same
counted outcome, a named person, each report's only figure for a kind of thing) or a high
similarity; sentences pair with their best match in each other source. `judge`: agree,
compatible or conflict for two values. `periods`: a period's length in one source and the date
it began in another, an inferred link that is only ever compatible. Here: each group becomes a
comparison whose conflicts list exactly which fact pairs contradict.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable
from itertools import combinations

import numpy as np

from ..facts.quantities import MEASURED_IN, is_age
from ..facts.times import show
from ..model import Article, Comparison, Fact, source_names
from .align import AGREE_JOIN, CONFLICT_JOIN, JOIN, ONE_SIDED_STATEMENT, align, pair_statements
from .judge import figures, judge, worded_alike
from .periods import pair_periods, what
from .similarity import EMBEDDED_KINDS, Similarity

__all__ = ["AGREE_JOIN", "CONFLICT_JOIN", "EMBEDDED_KINDS", "JOIN", "ONE_SIDED_STATEMENT", "crosscheck", "topic"]


def _comparison_id(fact_ids: list[str]) -> str:
    return "c" + hashlib.sha1(",".join(sorted(fact_ids)).encode()).hexdigest()[:11]


def _show(f: Fact) -> str:
    v = f.value
    if f.kind == "quantity":
        if v["unit"] in MEASURED_IN:
            return f.quote  # as written, with its unit: "about 30 miles", "a 24-hour"
        if v["unit"] == "percent" or is_age(v) and (v["unit"] != "age (years)" or v["qualifier"] == "range"):
            return f.quote  # ("6-month old baby" against "1- or 2-year-old baby")
        if v["qualifier"] == "sum" or v["qualifier"] is None:
            return str(v["exact"])  # (a sum's text is one of its parts)
        return v["text"]
    if f.kind == "date":
        if v["start"] is None:
            return f"“{v['text']}” (unresolved: no publication date)"
        return v["start"] if v["start"] == v["end"] else f"{v['start']}..{v['end']}"
    if f.kind == "time":
        return f"{v['text']} ({show(v['start'])}–{show(v['end'])})" if v["start"] != v["end"] else show(v["start"])
    if f.kind == "place":
        return v["name"]
    if f.kind == "quotation":
        return f"“{v['text'][:60]}…” ({f.speaker or 'speaker unknown'})"
    if f.kind == "statement":
        return f"“{f.quote[:80]}…”" if len(f.quote) > 80 else f"“{f.quote}”"
    if f.kind == "condition":
        where = {"scene": " at the scene", "hospital": " in hospital", "en route": " on the way"}.get(v.get("where"), "")
        return f"{v['state']}{where} (“{f.quote}”)"
    if f.kind == "wound":
        return " ".join(x for x in (v.get("side"), v["part"]) if x)
    if f.kind in ("weapon", "score"):
        return v["text"]
    if f.kind == "identity":
        return v["name"] if v["state"] == "named" else f"not given (“{f.quote}”)"
    if f.kind == "person":
        return v["name"]
    if f.kind == "residence":
        return v["place"]
    if f.kind == "role":
        return f"{v['role']} (“{f.quote}”)"
    if f.kind == "charge":
        return "; ".join(v["offences"])
    if f.kind in ("manner", "relation"):
        return f"{v[f.kind]} (“{f.quote}”)"
    if f.kind == "custody":
        return f"{v['status']} (“{f.quote}”)"
    return f"{v['name']} {v['action']}"


TOPICS = {"deaths": "the number of dead", "injured": "the number of injured", "arrested": "the number arrested",
          "missing": "the number missing", "displaced": "the number displaced", "shot": "the number shot",
          "population": "the population", "magnitude": "the magnitude", "depth": "the depth",
          "percent": "the percentage", "crowd": "the size of the crowd"}


def topic(comp: Comparison, facts: dict[str, Fact]) -> str:
    """What a comparison of figures is about, in words ("the number of dead", "the percentage
    (contained)") rather than its clause's keys; other comparisons keep their `about`."""
    first = facts[comp.facts[0]]
    if first.kind == "score":
        return "the score"
    if first.kind == "identity":
        return f"the {first.about}"  # "the identity of the victim"
    named = TOPICS.get(first.value.get("measure") or first.value["unit"]) if first.kind == "quantity" else None
    if named is None:
        return comp.about
    if first.value["unit"] == "percent":  # a share of what, or of what doing
        of = first.value.get("share") or (first.keys[1] if len(first.keys) > 1 else "")
        return f"{named} ({of})" if of else named
    return named


def _status(group: list[Fact]) -> tuple[str, list[tuple[Fact, Fact, str]]]:
    verdicts = [(a, b, judge(a, b)) for a, b in combinations(group, 2) if a.article != b.article]
    kinds = {v for _, _, v in verdicts}
    if "conflict" in kinds:
        return "conflict", verdicts
    if kinds - {"agree"}:
        return "compatible", verdicts
    return "agree", verdicts


def _revision(group: list[Fact], published: dict[str, str | None]) -> bool:
    """A later report plausibly updates an earlier one: a toll that rises with time, a person
    reported alive first and dead later, or a suspect at large first and held later."""
    kind = group[0].kind
    if kind == "identity":  # named since
        dated = sorted((published[f.article], f.value["state"]) for f in group if published.get(f.article))
        return len({d for d, _ in dated}) > 1 and dated[0][1] == "withheld" and dated[-1][1] == "named"
    if not (kind in ("condition", "custody") or kind == "quantity" and group[0].value["unit"] == "count"
            and any(f.value.get("measure") for f in group)):
        return False  # an age, a date or the number of passengers aboard is not revised by a later
        # report; a toll of the dead, injured, missing or arrested is
    dated = [(published.get(f.article), f) for f in group if published.get(f.article)]
    if len({d for d, _ in dated}) < 2:
        return False
    dated.sort(key=lambda x: x[0])
    first, last = dated[0][1].value, dated[-1][1].value
    if kind == "condition":
        return last["state"] == "dead" and first["state"] != "dead"
    if kind == "custody":
        return first["status"] == "at large" and last["status"] == "in custody"  # caught since
    return (last["low"] or 0) >= (first["high"] if first["high"] is not None else float("inf"))


def _about(group: list[Fact]) -> str:
    """What a group is about: the happening its dates are of ("the September offensive"), if one
    names it, else its first fact's clause."""
    named = next((f.value["of"] for f in group if f.kind == "date" and f.value.get("of")), None)
    return f"date of {named}" if named else group[0].about


def _explain(status: str, group: list[Fact], labels: dict[str, str], revision: bool) -> str:
    def source(f: Fact) -> str:
        return labels.get(f.article, f.article)

    said = "; ".join(dict.fromkeys(f"{source(f)}: {_show(f)}" for f in group))  # (a value a source repeats, once)
    if status == "single":
        return f"only {source(group[0])} reports this: {_show(group[0])}"
    if status == "agree":
        return f"{len({f.article for f in group})} sources state the same value ({said})"
    if status == "compatible" and group[0].kind == "person":
        return f"the same person, named differently ({said})"
    if status == "compatible":
        return f"consistent but stated differently ({said})"
    note = " A later report may update an earlier one." if revision else ""
    sides: dict[str, list[str]] = {}  # each value stated, with the sources that state it
    for f in group:
        names = sides.setdefault(_show(f), [])
        if source(f) not in names:
            names.append(source(f))
    if all(len(names) == 1 for names in sides.values()):
        return f"sources disagree: {said}.{note}"
    return "sources disagree: " + "; ".join(f"{value} in {', '.join(names)}" for value, names in sides.items()) + f".{note}"


def _explain_period(duration: Fact, start: Fact, span: tuple, labels: dict[str, str]) -> str:
    began = f"{span[0].year}-{span[1].year}" if span[0].year > 1 else f"before {span[1].year}"
    return (f"consistent, if the period runs up to the report: {labels.get(duration.article, duration.article)}: "
            f"{duration.quote} (so begun {began}); {labels.get(start.article, start.article)}: {_show(start)}")


def _confidence(group: list[Fact], similarity: Similarity) -> float:
    """The least certain fact; for paired sentences also how alike they are (a paraphrase
    found by word overlap is a weaker link than a shared value)."""
    least = min(f.confidence for f in group)
    if group[0].kind == "statement":
        least = min(least, max(0.0, similarity(group[0], group[1])))
    return least


def _differing_sentences(comparisons: list[Comparison], facts: list[Fact], labels: dict[str, str]) -> None:
    """Sentences worded alike that hold two sides of a conflict ("a magnitude 6.7 earthquake" and
    "the 6.8-magnitude earthquake"), or other figures ("passed the bill 52-48" and "51-49"), do
    not agree: they are compatible only as wording, and say so."""
    by_id = {f.id: f for f in facts}
    sides = [(by_id[a], by_id[b]) for c in comparisons if c.status == "conflict" for a, b in c.disagreements]

    def inside(f: Fact, sentence: Fact) -> bool:
        return f.article == sentence.article and sentence.start <= f.start and f.end <= sentence.end

    for c in comparisons:
        pair = [by_id[i] for i in c.facts]
        if c.status == "conflict" or pair[0].kind != "statement" or len(pair) != 2 or not worded_alike(*pair):
            continue
        in_conflict = any(inside(x, pair[0]) and inside(y, pair[1]) or inside(y, pair[0]) and inside(x, pair[1])
                          for x, y in sides)
        if in_conflict or figures(pair[0].quote) != figures(pair[1].quote):
            c.status = "compatible"
            c.explanation = ("worded alike, but their figures differ" + (" (see the conflict)" if in_conflict else "")
                             + ": " + "; ".join(f"{labels.get(f.article, f.article)}: {_show(f)}" for f in pair))


def crosscheck(facts: list[Fact], articles: list[Article],
               embed: Callable[[list[str]], np.ndarray] | None = None) -> list[Comparison]:
    """Comparisons for one event: aligned groups (agree/compatible/conflict) and singles."""
    labels = source_names(articles)
    published = {a.id: a.published for a in articles}
    sources = {a.id for a in articles if a.duplicate_of is None}
    facts = [f for f in facts if f.article in sources]
    similarity = Similarity(facts, embed)
    by_kind: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        by_kind[f.kind].append(f)
    comparisons, grouped = [], set()
    for kind in sorted(by_kind):
        grouping = pair_statements if kind == "statement" else align
        for group in grouping(by_kind[kind], similarity):
            group.sort(key=lambda f: (published.get(f.article) or "", f.article, f.start))
            status, verdicts = _status(group)
            revision = status == "conflict" and _revision(group, published)
            disagreements = [[a.id, b.id] for a, b, v in verdicts if v == "conflict"]
            agreements = [[a.id, b.id] for a, b, v in verdicts if v == "agree"] if status != "agree" else []
            ids = [f.id for f in group]
            grouped.update(ids)
            comparisons.append(Comparison(
                id=_comparison_id(ids), about=_about(group), status=status, facts=ids,
                explanation=_explain(status, group, labels, revision), revision=revision,
                sources=sorted({f.article for f in group}), disagreements=disagreements, agreements=agreements,
                confidence=round(_confidence(group, similarity), 2)))
    for duration, start, span, sim in pair_periods(facts, articles, embed):
        ids = [duration.id, start.id]
        grouped.update(ids)
        comparisons.append(Comparison(
            id=_comparison_id(ids), about=f"period: {what(duration).split(': ', 1)[0]}", status="compatible", facts=ids,
            explanation=_explain_period(duration, start, span, labels),
            sources=sorted({duration.article, start.article}),
            confidence=round(min(duration.confidence, start.confidence, sim), 2), inferred=True))
    for f in facts:
        if f.id not in grouped:
            comparisons.append(Comparison(
                id=_comparison_id([f.id]), about=f.about, status="single", facts=[f.id],
                explanation=_explain("single", [f], labels, False), sources=[f.article],
                confidence=f.confidence))
    _differing_sentences(comparisons, facts, labels)
    order = {"conflict": 0, "compatible": 1, "agree": 2, "single": 3}
    sentence = {f.id for f in facts if f.kind == "statement"}  # conflicts first, then what facts several
    # sources state, then their paired sentences, then what one source alone states
    comparisons.sort(key=lambda c: (c.status != "conflict", c.status == "single", c.facts[0] in sentence,
                                    order[c.status], -len(c.sources)))
    return comparisons
