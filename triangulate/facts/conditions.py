"""Condition facts: what state a person is reported in ("is in critical condition", "died",
"is expected to survive"), so that reports made hours apart can be seen to disagree.

A condition is tied to the subject of its clause: a named person (by the name's keys), or an
unnamed one ("a man", "he").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from . import context
from .quantities import PEOPLE

IN_CONDITION = re.compile(r"\bin (?:(?:a|an)\s+)?(?P<state>critical|serious|grave|stable|fair|good|"
                          r"life[- ]threatening|guarded)\s+condition\b", re.I)
ALIVE = re.compile(r"\b(?:expected to (?:survive|recover|live)|survived|(?:is|was|are|were) recovering|"
                   r"non[- ]life[- ]threatening)\b", re.I)
DEATH_VERBS = {"die", "kill", "murder"}
DEAD_WORDS = re.compile(r"\b(?:pronounced|found|declared|left)\s+dead\b|\b(?:is|was|were|are)\s+dead\b", re.I)
NOT_YET = {"not", "never", "could", "may", "might", "would", "will", "nearly", "almost"}
STATES = {"grave": "critical", "life-threatening": "critical", "life threatening": "critical", "guarded": "serious"}
# Severity, to tell a change of wording from a contradiction: dead and any living state conflict,
# and so do living states two steps apart (critical vs stable).
SEVERITY = {"critical": 4, "serious": 3, "fair": 2, "stable": 2, "good": 1}


@dataclass
class Condition:
    start: int
    end: int
    state: str  # "dead", "alive", or the stated condition ("critical", "stable", ...)
    who: str
    named: list[str]  # name keys when the person is named
    lemmas: list[str]


def _person(verb: Token | None, anchor: Token) -> tuple[str, list[str]]:
    """The person in the condition as (words, name keys): the subject of the clause, or in a
    headline without a verb the noun the phrase hangs on ("Man in critical condition").
    Pronouns stay unnamed: the nearest name before "he" is too often someone else."""
    subj = context.subject_of(verb) if verb is not None else None
    if subj is None and verb is None and anchor.head.pos_ in ("NOUN", "PROPN"):
        subj = anchor.head
    if subj is None:
        return "", []
    if subj.lower_ in ("who", "that") and verb is not None and verb.dep_ == "relcl":
        subj = verb.head  # "a 38-year-old man who died": the man
    if subj.pos_ == "PRON":
        return subj.text, []
    ent = context.entity_of(subj)
    if ent is not None and ent.label_ == "PERSON":
        return ent.text, [context.entity_key(w) for w in ent.text.split()]
    if subj.pos_ == "PROPN" and subj.lower_ not in PEOPLE:  # a surname spaCy did not tag ("Pruner")
        name = [t for t in subj.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [subj]
        return " ".join(t.text for t in name), [context.entity_key(t.text) for t in name]
    return context.phrase(subj), []


def _negated_or_hypothetical(verb: Token) -> bool:
    return any(c.lower_ in NOT_YET or c.dep_ == "neg" for c in verb.children)


def extract(doc: Doc) -> list[Condition]:
    text = context.text_of(doc)
    found: list[Condition] = []
    for sent in doc.sents:
        s0 = sent.start_char
        chunk = text[s0:sent.end_char]
        for pattern, state in ((IN_CONDITION, None), (ALIVE, "alive"), (DEAD_WORDS, "dead")):
            for m in pattern.finditer(chunk):
                span = context.span_of(doc, s0 + m.start(), s0 + m.end())
                if span is None:
                    continue
                verb = context.governing_verb(span.root)
                if verb is not None and _negated_or_hypothetical(verb):
                    continue
                who, named = _person(verb, span.root)
                value = state or STATES.get(m["state"].lower(), m["state"].lower())
                found.append(Condition(s0 + m.start(), s0 + m.end(), value, who, named,
                                       [verb.lemma_.lower()] if verb is not None else []))
        for t in sent:  # "died", "was killed"
            if t.lemma_.lower() not in DEATH_VERBS or t.pos_ != "VERB" or _negated_or_hypothetical(t):
                continue
            if t.lemma_.lower() != "die" and not any(c.dep_ == "nsubjpass" for c in t.children):
                continue  # "the gunman killed two" says nothing of the gunman's condition
            who, named = _person(t, t)
            if who:
                found.append(Condition(t.idx, t.idx + len(t.text), "dead", who, named, [t.lemma_.lower()]))
    return found


def judge(a: str, b: str) -> str:
    """'agree', 'compatible' or 'conflict' for two stated conditions of one person."""
    if a == b:
        return "agree"
    if "dead" in (a, b):
        return "conflict"  # dead against any living state
    if "alive" in (a, b):
        return "compatible"
    return "conflict" if abs(SEVERITY.get(a, 0) - SEVERITY.get(b, 0)) >= 2 else "compatible"
