"""Manner facts: how a death or shooting came about as a report tells it: an accident, on
purpose, a suicide or murder-suicide ("police believe the shooting was accidental", "the gun
accidentally went off", "it was not an accident", "in a murder-suicide").  Reports often
disagree on exactly this, and it is said in many words for one value.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from . import context

MANNERS = [  # (pattern, manner); the first that matches at a place wins
    (re.compile(r"\bmurder\s*-\s*suicide\b", re.I), "murder-suicide"),
    (re.compile(r"\bself\s*-\s*inflicted\b", re.I), "self-inflicted"),
    (re.compile(r"\b(?:suicide|killed (?:himself|herself|themselves))\b", re.I), "suicide"),
    (re.compile(r"\baccident(?:al|ally)?\b", re.I), "accident"),
    (re.compile(r"\b(?:intentional(?:ly)?|deliberate(?:ly)?|on purpose)\b", re.I), "intentional"),
]
HEDGED = re.compile(r"\b(?:apparent|possible|probable|suspected|presumed|likely|what (?:appears|appeared|police "
                    r"(?:believe|said) (?:was|is)) to be(?: an?)?|(?:may|might|could) (?:have been|be)(?: an?)?)\s+$",
                    re.I)  # "an apparent murder-suicide", "the shooting may have been a suicide"
NEGATED = re.compile(r"\b(?:not|no|never|n't|nothing)\s+(?:\w+\s+){0,2}$", re.I)  # "was not an accident"
OPPOSITE = {"accident": "intentional", "intentional": "accident"}
NOT_A_MANNER_AFTER = re.compile(r"\s+(?:prevention|hotline|attempt|bomb|bomber|vest|note|watch|insurance|report)",
                                re.I)  # "suicide prevention", "accident report"
# Which manners can all be true of one happening (a murder-suicide is a suicide too; a wound
# one gave oneself may be an accident); any other two differ.
COMPATIBLE = {frozenset({"murder-suicide", "suicide"}), frozenset({"self-inflicted", "accident"}),
              frozenset({"self-inflicted", "suicide"}), frozenset({"murder-suicide", "intentional"})}


@dataclass
class Manner:
    start: int
    end: int
    manner: str
    about: str
    lemmas: list[str]
    hedged: bool = False  # "an apparent murder-suicide": the manner as the report thinks likely


def extract(doc: Doc) -> list[Manner]:
    text = context.text_of(doc)
    found = []
    for m, manner in context.labelled_matches(text, MANNERS, lambda m: bool(NOT_A_MANNER_AFTER.match(text, m.end()))):
        negation = NEGATED.search(text, max(0, m.start() - 30), m.start())
        span = context.span_of(doc, m.start(), m.end())
        if span is None or negation and manner not in OPPOSITE:
            continue  # ("not a suicide" says what it was not, not what it was)
        about, lemmas = context.predicate(span.root)
        hedge = HEDGED.search(text, max(0, m.start() - 40), m.start())
        start = negation.start() if negation else hedge.start() if hedge else m.start()
        found.append(Manner(start, m.end(), OPPOSITE.get(manner, manner) if negation else manner, about, lemmas,
                            bool(hedge)))
    return found


def judge(a: str, b: str, hedged_a: bool = False, hedged_b: bool = False) -> str:
    """Two manners; the same one, told as certain by one report and as likely by the other
    ("a murder-suicide", "an apparent murder-suicide"), is compatible."""
    if a == b:
        return "agree" if hedged_a == hedged_b else "compatible"
    return "compatible" if frozenset({a, b}) in COMPATIBLE else "conflict"
