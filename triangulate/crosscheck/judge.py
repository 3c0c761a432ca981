"""Judging two values of one kind: "agree", "compatible", "conflict" or "unrelated"."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..facts import (charges, conditions, custody, dates, identity, manner, relations, residence, roles, scores, times,
                     weapons, wounds)
from ..facts.numbers import find_amounts, overlaps
from ..facts.quantities import MEASURED_IN, ages_apart, is_age
from ..facts.people import name_keys, same_person
from ..model import Fact


@lru_cache(maxsize=65536)
def _tokens(text: str) -> tuple[str, ...]:
    """Lower-cased runs of letters and digits, in order (asked for the same texts many times)."""
    return tuple("".join(c.lower() if c.isalnum() else " " for c in text).split())


@lru_cache(maxsize=65536)
def words(text: str) -> frozenset[str]:
    """Lower-cased words of three letters or more."""
    return frozenset(w for w in _tokens(text) if len(w) > 2)


def worded_alike(a: Fact, b: Fact) -> bool:
    """Two sentences with (nearly) the same content words, whatever their figures."""
    return jaccard(set(a.value["lemmas"]), set(b.value["lemmas"])) >= 0.8


@lru_cache(maxsize=65536)
def figures(text: str) -> frozenset[float]:
    """The numbers a sentence states, as values: its number phrases ("three", "1.2 million") and
    its runs of digits (the "52" and "48" of a tally "52-48")."""
    return frozenset([x for amount in find_amounts(text) for x in (amount.low, amount.high) if x is not None]
                     + [float(d.replace(",", "")) for d in re.findall(r"\d+(?:,\d{3})*(?:\.\d+)?", text)])


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


MIN_QUOTED = 3  # words of a quotation fragment that another quotation may hold


def quoted_within(texts: list[str]) -> list[tuple[int, int]]:
    """Pairs (i, j) where text i, of at least MIN_QUOTED words, runs word for word inside text j
    ("very good news" in "This is very good news for North Korea and the World")."""
    plain = [f' {" ".join(_tokens(t))} ' for t in texts]  # (" very good news ")
    shorts = [(i, s) for i, s in enumerate(plain) if s.count(" ") > MIN_QUOTED]  # (n words: n + 1 spaces)
    return [(i, j) for i, short in shorts for j, long in enumerate(plain)
            if i != j and len(long) > len(short) and short in long]


def judge_quantity(a: dict, b: dict) -> str:
    if a["exact"] is not None and a["exact"] == b["exact"]:
        return "agree"
    if (a["low"], a["high"], a["qualifier"]) == (b["low"], b["high"], b["qualifier"]):
        return "agree"
    if overlaps(a, b):
        return "compatible"
    if _bound_of(a, b) or _bound_of(b, a):
        return "compatible"  # "more than 500,000" and "500,000": the same figure, told loosely
    if _rounded_alike(a["exact"], b["exact"]) or _rounded_alike(*_mantissas(a, b)):
        return "compatible"  # "52%" and "51.8 percent", "1.2 billion" and "1.19 billion": one figure, rounded
    return "unrelated" if "vague" in (a["qualifier"], b["qualifier"]) else "conflict"


def _decimals(x: float) -> int:
    text = repr(float(x))
    return 0 if text.endswith(".0") or "e" in text else len(text.split(".")[1])


def _rounded_alike(x: float | None, y: float | None) -> bool:
    """One figure is the other rounded to fewer decimals (51.8 -> 52, 6.14 -> 6.1)."""
    if x is None or y is None or _decimals(x) == _decimals(y):
        return False
    coarse, fine = (x, y) if _decimals(x) < _decimals(y) else (y, x)
    return abs(round(fine, _decimals(coarse)) - coarse) < 1e-9


SCALED = re.compile(r"(\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion)\b", re.I)


def _mantissas(a: dict, b: dict) -> tuple[float | None, float | None]:
    """The written figures of two amounts told in the same scale word ("1.2" of "1.2 billion"),
    so that rounding is judged on the digits the reports wrote."""
    ma, mb = (SCALED.search((v.get("text") or "").replace(",", "")) for v in (a, b))
    if ma and mb and ma.group(2).lower() == mb.group(2).lower():
        return float(ma.group(1)), float(mb.group(1))
    return None, None


BOUND_TOLERANCE = 0.001  # "nearly 1,861.81 points" and "1,861.82 points": the same figure


def _bound_of(a: dict, b: dict) -> bool:
    """`a` is an open interval whose bound is `b`'s exact value (to a thousandth of it)."""
    def near(bound):
        return bound is not None and abs(bound - b["exact"]) <= BOUND_TOLERANCE * abs(b["exact"])
    return b["exact"] is not None and (a["low_open"] and near(a["low"]) or a["high_open"] and near(a["high"]))


def judge_date(a: dict, b: dict) -> str:
    if a["start"] is None or b["start"] is None:
        return _judge_unresolved(a, b)
    if (a["start"], a["end"]) == (b["start"], b["end"]):
        return "agree"
    disjoint = a["end"] < b["start"] or b["end"] < a["start"]
    if not disjoint:
        widest = max(days_spanned(a), days_spanned(b))
        return "compatible" if widest <= 366 else "unrelated"  # "2020-2023" says little of a day
    if {"event", "page"} & {a.get("reference"), b.get("reference")} \
            or any(v.get(k) for v in (a, b) for k in ("qualifier", "in_time")):
        return "unrelated"  # a borrowed reference date or a page's stamp (maybe of an update), "since/until",
        # the day of a moment: no contradiction
    apart = (date.fromisoformat(max(a["start"], b["start"])) - date.fromisoformat(min(a["end"], b["end"]))).days
    if apart > DATES_APART:
        return "unrelated"  # reports that misdate one happening differ by days; months apart, they tell two
    if apart <= 1 and any(DEICTIC.fullmatch(v.get("text") or "") for v in (a, b)):
        return "unrelated"  # "today" in a wire story written the day before its page's date stamp,
        # or read in another time zone: a day's slip says nothing either way
    return "conflict"


def _judge_unresolved(a: dict, b: dict) -> str:
    """A date of an undated report, not resolved, against another date: the same weekday,
    holiday or day of a month agrees (an undated "July 13" and "2018-07-13" too: the year left
    unsaid); a weekday and a day that is that weekday, or a month and a day in it, are
    compatible; anything else is unrelated."""
    ka, kb = dates.day_keys(a), dates.day_keys(b)
    if not dates.days_meet(ka, kb):
        return "unrelated"
    both_unresolved = a["start"] is None and b["start"] is None
    return "agree" if ka == kb and both_unresolved or any("-" in k for k in ka & kb) else "compatible"


DATES_APART = 31  # days
DEICTIC = re.compile(r"(?:today|tonight|yesterday|this (?:morning|afternoon|evening)|last night)", re.I)


def days_spanned(v: dict) -> int:
    """Days from a date interval's start to its end (0 for one day, and for a weekday not yet
    resolved)."""
    if v["start"] is None:
        return 0
    return (date.fromisoformat(v["end"]) - date.fromisoformat(v["start"])).days


ROUNDED_TO = 15  # minutes: a time told on the quarter hour ("3:30 a.m.") may be one rounded ("3:33 a.m.")


def _as_rounded(v: dict) -> dict:
    if v["qualifier"] is None and v["start"] == v["end"] and v["start"] % ROUNDED_TO == 0:
        return {**v, "start": v["start"] - ROUNDED_TO // 2, "end": v["end"] + ROUNDED_TO // 2}
    return v


def judge_time(a: dict, b: dict) -> str:
    if (a["start"], a["end"]) == (b["start"], b["end"]):
        return "agree"
    if times.apart(_as_rounded(a), _as_rounded(b)):
        wide = "part of day" in (a["qualifier"], b["qualifier"])
        return "unrelated" if wide else "conflict"
    return "compatible"


def judge_place(a: dict, b: dict) -> str:
    """The same words, or the same named place however framed ("his East New York home" and
    "in East New York"), agree; anything else that aligned is a different precision, and so is
    the same street with another number or none ("2111 Bragg Street", "the 2100 block of Bragg
    Street", "a home on Bragg Street")."""
    if a.get("position") and b.get("position") and a["position"] != b["position"]:
        return "conflict"  # "outside a lounge" and "inside a crowded nightclub" (of one shooting: identity.sole)
    named_a, named_b = set(a.get("named") or ()), set(b.get("named") or ())
    same_name = bool(named_a) and named_a == named_b
    if set(re.findall(r"\d+", a["name"])) != set(re.findall(r"\d+", b["name"])):
        return "compatible"
    return "agree" if same_name or set(a["keys"]) == set(b["keys"]) else "compatible"


def judge_quotation(a: Fact, b: Fact) -> str:
    same_text = jaccard(words(a.value["text"]), words(b.value["text"])) > 0.9 \
        or bool(quoted_within([a.value["text"], b.value["text"]]))  # (or the same words quoted at more length)
    if not (a.speaker and b.speaker):
        return "agree" if same_text else "compatible"
    sa, sb = words(a.speaker), words(b.speaker)
    if sa == sb or same_person(name_keys(a.speaker), name_keys(b.speaker)):  # ("Carolos" / "Karolos
        return "agree" if same_text else "compatible"  # Papoulias": one name spelt two ways)
    na, nb = _name_words(a.speaker), _name_words(b.speaker)
    if na & nb and len(na) > 1 and len(nb) > 1 and not (na <= nb or nb <= na):
        return "conflict"  # "Catherine Dougherty" vs "Crystal Dougherty" (not "The agency" vs "the announcement")
    if same_text and len(words(a.value["text"])) >= MIN_ATTRIBUTED and not na & nb \
            and all(NAME.fullmatch(s) for s in (a.speaker, b.speaker)):
        return "conflict"  # one sentence of some length put in two named people's mouths
    return "compatible"


MIN_ATTRIBUTED = 6  # words (of three letters or more) of a quotation two people would not both say
NAME = re.compile(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)+")  # a full name ("Ken Salazar"), not "officials"


def _name_words(speaker: str) -> frozenset[str]:
    """The capitalised words of a speaker's name, its article aside ("The agency": none)."""
    return frozenset(w.lower() for w in re.findall(r"[A-Z][\w'’-]*", speaker) if w not in ("The", "A", "An"))


MEASUREMENTS = {"distance", "speed", "weight", "duration", "inch", "acre", "hectare", "ton", "gallon", "litre", "liter"}
# (distances, speeds and weights are each in one unit, whatever the report wrote: quantities.MEASURED_IN)


def _widened(value: dict, share: float) -> dict:
    """The interval of a value, each end moved out by `share` of itself."""
    high = value["high"]
    return {**value, "low": value["low"] * (1 - share), "high": None if high is None else high * (1 + share)}


def _orders_apart(a: dict, b: dict, times: float = 10) -> bool:
    """The figures two measurements give (exact values or finite bounds) lie `times` apart or more."""
    fa, fb = ([x for x in (v["exact"], v["low"], v["high"]) if x] for v in (a, b))
    return bool(fa and fb) and times * min(max(fa), max(fb)) <= max(min(fa), min(fb))


COUNTS_APART = 100  # "at least five people" killed holds the 230,000 of a tsunami told for context, and
# "10 people" contradicts the "more than 26,000" of an earlier quake, but a toll that rises a hundredfold
# between reports of one happening is rare: such figures tell other happenings


def judge(a: Fact, b: Fact) -> str:
    if a.kind == "quantity":
        if a.value["unit"] != b.value["unit"] and is_age(a.value) and is_age(b.value):
            return "compatible" if ages_apart(a.value, b.value) < 0 else "conflict"  # ("18 months", "1-year-old")
        verdict = judge_quantity(a.value, b.value)
        if verdict == "compatible" and a.value["unit"] in MEASURED_IN and _orders_apart(a.value, b.value):
            return "unrelated"  # "more than nine minutes" holds "12 and a half years", but tells another span
        if verdict != "agree" and a.value["unit"] == "count" and _orders_apart(a.value, b.value, COUNTS_APART):
            return "unrelated"
        converted = a.keys[0] in MEASUREMENTS and a.keys[0] == b.keys[0] or a.value.get("converted") or b.value.get("converted")
        if verdict == "conflict" and converted and overlaps(_widened(a.value, 0.05), b.value):
            return "compatible"  # "36 miles" and "35 miles", "120 mph" and "193 km/h", "($141 billion)"
            # and "($146 billion)": a measurement rounded, or converted at another rate
        return verdict
    if a.kind == "date":
        return judge_date(a.value, b.value)
    if a.kind == "time":
        return judge_time(a.value, b.value)
    if a.kind == "place":
        return judge_place(a.value, b.value)
    if a.kind == "quotation":
        return judge_quotation(a, b)
    if a.kind == "condition":
        return conditions.judge(a.value["state"], b.value["state"], a.value.get("where"), b.value.get("where"))
    if a.kind == "wound":
        return wounds.judge(a.value, b.value)
    if a.kind == "weapon":
        return weapons.judge(a.value, b.value)
    if a.kind == "custody":
        return custody.judge(a.value["status"], b.value["status"])
    if a.kind == "manner":
        return manner.judge(a.value["manner"], b.value["manner"],
                            bool(a.value.get("hedged")), bool(b.value.get("hedged")))
    if a.kind == "identity":
        return identity.judge(a.value, b.value)
    if a.kind == "relation":
        return relations.judge(a.value, b.value)
    if a.kind == "role":
        return roles.judge(a.value["role"], b.value["role"], a.value["kind"])
    if a.kind == "residence":
        return residence.judge(a.value, b.value)
    if a.kind == "score":
        return scores.judge(tuple(a.value["pair"]), tuple(b.value["pair"]))
    if a.kind == "charge":
        return charges.judge(a.value["offences"], b.value["offences"])
    if a.kind == "person":  # (names that relate: identity.candidate)
        return "agree" if a.value["keys"] == b.value["keys"] else "compatible"
    if a.kind == "statement":  # (the same words around other figures agree on no figure: "passed the bill
        return "agree" if worded_alike(a, b) and figures(a.quote) == figures(b.quote) else "compatible"  # 52-48"
    return "agree" if a.value["action"] == b.value["action"] else "compatible"
