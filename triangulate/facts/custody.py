"""Custody facts: whether a suspect is held or free as a report tells it: "in custody"
("Zweck was arrested", "is now in custody", "turned himself in", "surrendered to police") or
"at large" ("the shooter is on the loose", "two people being sought", "Malone is wanted in the
shooting", "no arrests have been made").  Early reports of a crime often say one and later
reports the other (a revision), and each is said in many words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from . import context

STATUSES = [  # (pattern, status); the first that matches at a place wins
    (re.compile(r"\b(?:no\s+(?:arrests?|suspects?\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:in|taken\s+into)"
                r"\s+custody)|no\s+one\s+(?:has\s+been|was|is)\s+(?:arrested|in\s+custody)|nobody\s+(?:has\s+been|"
                r"was)\s+arrested|(?:has|have)\s*(?:n't|\s+not)\s+been\s+(?:arrested|caught))\b", re.I), "at large"),
    (re.compile(r"\b(?:at\s+large|on\s+(?:the\s+)?(?:loose|run)|(?:being|is|are|was|were)\s+sought|manhunt|search\s+for\s+"
                r"the\s+(?:gunman|shooter|suspects?|killer|attacker)|(?:being|is|are)\s+(?:still\s+)?wanted\s+(?:in|for|on|by))\b",
                re.I), "at large"),  # ("is wanted in a deadly shooting"; "knew he was wanted" tells history)
    (re.compile(r"\b(?:arrested|detained|apprehended|in\s+custody|into\s+custody|turned\s+(?:himself|herself|"
                r"themselves)\s+in|surrendered|gave\s+(?:himself|herself|themselves)\s+up)\b", re.I), "in custody"),
]
NOT_YET = re.compile(r"\b(?:if|until|before|would|could|may|might|will|to\s+be)\s+(?:\w+\s+){0,2}$", re.I)  # "until
# he is arrested": not a report of an arrest


@dataclass
class Custody:
    start: int
    end: int
    status: str  # "in custody" or "at large"
    who: str  # the person's name as written, or ""
    about: str
    lemmas: list[str]


def extract(doc: Doc) -> list[Custody]:
    text = context.text_of(doc)
    found = []
    for m, status in context.labelled_matches(
            text, STATUSES, lambda m: bool(NOT_YET.search(text, max(0, m.start() - 30), m.start()))):
        span = context.span_of(doc, m.start(), m.end())
        if span is None:
            continue
        about, lemmas = context.predicate(span.root)
        found.append(Custody(m.start(), m.end(), status, _who(span), about, lemmas))
    return found


def _who(span) -> str:
    """The named person held or sought: the subject ("Zweck was arrested"), or the object of an
    arrest ("officers arrested Zweck")."""
    verb = context.governing_verb(span.root)
    if verb is None:
        return ""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.pos_ == "PROPN":
            ent = context.entity_of(child)
            if child.dep_ == "nsubj" and verb.lemma_.lower() == "arrest":
                continue  # "officers arrested Zweck": the police are the subject
            return ent.text if ent is not None and ent.label_ == "PERSON" else child.text
    return ""


def judge(a: str, b: str) -> str:
    return "agree" if a == b else "conflict"
