"""Condition facts: what state a person is reported in ("is in critical condition", "died",
"is expected to survive"), so that reports made hours apart can be seen to disagree; for the
dead, also where they died when a report says so ("died at the scene", "died on the way to the
hospital", "was taken to a hospital where she died"), another thing reports disagree on.

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
ALIVE = re.compile(r"\b(?:expected to (?:survive|recover|live)|survived(?!\s+(?:by|for|until)\b)|(?:is|was|are|were) recovering|"
                   r"non[- ]life[- ]threatening)\b", re.I)
# ("He is survived by his wife": an obituary's family, who outlive the dead; "she survived for several
# days": until she died)
DEATH_VERBS = {"die", "kill", "murder"}
DEAD_WORDS = re.compile(r"\b(?:pronounced|found|declared|left)\s+(?:(?:him|her|them|(?:the|a|an|his|her|their)"
                        r"\s+[a-z]+)\s+)?(?:dead|deceased)\b|\b(?:is|was|were|are)\s+(?:dead|deceased)\b", re.I)
# ("officers found the man deceased": the man, the object of "found")
FOUND = {"find", "pronounce", "declare", "leave"}
TELL_DEATH = {"confirm", "announce", "report", "rule", "mourn", "investigate"}  # "confirmed her death"
NOT_YET = {"not", "never", "could", "may", "might", "would", "will", "nearly", "almost"}
STATES = {"grave": "critical", "life-threatening": "critical", "life threatening": "critical", "guarded": "serious"}
# Severity, to tell a change of wording from a contradiction: dead and any living state conflict,
# and so do living states two steps apart (critical vs stable).
SEVERITY = {"critical": 4, "serious": 3, "fair": 2, "stable": 2, "good": 1}
DIED_WHERE = [  # where a death happened, from the words after the verb
    ("en route", re.compile(r"^[^.;]{0,40}?\b(?:on (?:the|his|her|their) way to|en route to|while being "
                            r"(?:taken|transported|rushed|flown) to)\b(?:\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?"
                            r"(?:hospital|medical center|trauma center)\b)?", re.I)),
    ("scene", re.compile(r"^[^.;]{0,40}?\b(?:at|on) the scene\b", re.I)),
    ("hospital", re.compile(r"^[^.;]{0,40}?\b(?:at|in) (?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:hospital|medical "
                            r"center|trauma center)\b", re.I)),
]


@dataclass
class Condition:
    start: int
    end: int
    state: str  # "dead", "alive", or the stated condition ("critical", "stable", ...)
    who: str
    named: list[str]  # name keys when the person is named
    lemmas: list[str]
    where: str | None = None  # of a death: "scene", "hospital", "en route"
    group: bool = False  # of several people


def died_where(text: str, end: int, verb: Token | None, found_dead: bool) -> tuple[str | None, int]:
    """Where a death happened, and where the words that say so end (the quote runs on to them):
    the words after the verb ("died on the way to the hospital"), a hospital the clause hangs
    on ("a hospital where she died"), or where the person was found dead (the scene)."""
    after = text[end:end + 80]
    for where, pattern in DIED_WHERE:
        if m := pattern.match(after):
            return where, end + m.end()
    if verb is not None and verb.dep_ == "relcl" and verb.head.lemma_.lower() == "hospital" \
            and any(c.lower_ == "where" for c in verb.children):
        return "hospital", end
    return ("scene" if found_dead else None), end


def _person(subj: Token | None) -> tuple[str, list[str]]:
    """The person in the condition as (words, name keys), from the subject (`_subject`).
    Pronouns stay unnamed: the nearest name before "he" is too often someone else."""
    if subj is None:
        return "", []
    if subj.pos_ == "PRON":
        return subj.text, []
    ent = context.entity_of(subj)
    if ent is not None and ent.label_ == "PERSON":
        return ent.text, [context.entity_key(w) for w in ent.text.split()]
    if subj.pos_ == "PROPN" and subj.lower_ not in PEOPLE:  # a surname spaCy did not tag ("Pruner")
        name = [t for t in subj.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [subj]
        return " ".join(t.text for t in name), [context.entity_key(t.text) for t in name]
    return context.phrase(subj), []


def _group(subj: Token | None) -> bool:
    """Whether the condition is of several people: "Wilson and Brown died", "both of whom died",
    "two people have been killed", "five others ... are expected to survive"."""
    if subj is None:
        return False
    return bool(subj.conjuncts) or subj.tag_ in ("NNS", "NNPS") or subj.lower_ in GROUP \
        or any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in subj.children)


GROUP = {"both", "they", "them", "all", "several", "many", "few", "two", "three", "four", "five", "six", "seven",
         "eight", "nine", "ten", "others", "dozens"}


def _subject(verb: Token | None, anchor: Token) -> Token | None:
    """Whose condition: the subject of the clause, or in a headline without a verb the noun the
    phrase hangs on ("Man in critical condition")."""
    subj = context.subject_of(verb) if verb is not None else None
    if verb is not None and verb.lemma_.lower() in FOUND:  # "found the man dead": the man (parsed as
        # the object, or as the subject of "dead")
        objects = [c for c in verb.children if c.dep_ == "dobj"] + [
            g for c in verb.children if c.lower_ in ("dead", "deceased") for g in c.children if g.dep_ == "nsubj"]
        subj = objects[0] if objects else subj
    if subj is None and verb is None and anchor.head.pos_ in ("NOUN", "PROPN"):
        subj = anchor.head
    if subj is not None and subj.lower_ in ("who", "that") and verb is not None and verb.dep_ == "relcl":
        subj = verb.head  # "a 38-year-old man who died": the man
    return subj


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
                subj = _subject(verb, span.root)
                who, named = _person(subj)
                value = state or STATES.get(m["state"].lower(), m["state"].lower())
                where, end = died_where(text, s0 + m.end(), verb, m[0].lower().startswith("found")) \
                    if value == "dead" else (None, s0 + m.end())
                found.append(Condition(s0 + m.start(), end, value, who, named,
                                       [verb.lemma_.lower()] if verb is not None else [], where, _group(subj)))
        for t in sent:  # "confirmed her death", "his death was ruled a homicide"
            whose = next((c for c in t.children if c.dep_ == "poss" and c.pos_ in ("PRON", "PROPN")), None)
            verb = context.governing_verb(t) if t.lemma_.lower() == "death" and t.pos_ == "NOUN" else None
            if whose is None or verb is None or verb.lemma_.lower() not in TELL_DEATH or _negated_or_hypothetical(verb):
                continue
            who, named = _person(whose)
            found.append(Condition(whose.idx, t.idx + len(t.text), "dead", who, named, [verb.lemma_.lower()],
                                   None, _group(whose)))
        for t in sent:  # "died", "was killed"
            if t.lemma_.lower() not in DEATH_VERBS or t.pos_ != "VERB" or _negated_or_hypothetical(t):
                continue
            if t.lemma_.lower() != "die" and not any(c.dep_ == "nsubjpass" for c in t.children):
                continue  # "the gunman killed two" says nothing of the gunman's condition
            subj = _subject(t, t)
            who, named = _person(subj)
            if who:
                where, end = died_where(text, t.idx + len(t.text), t, False)
                found.append(Condition(t.idx, end, "dead", who, named, [t.lemma_.lower()], where, _group(subj)))
    return found


def judge(a: str, b: str, where_a: str | None = None, where_b: str | None = None) -> str:
    """'agree', 'compatible' or 'conflict' for two stated conditions of one person (and, for
    the dead, where they died: at the scene, on the way, in hospital)."""
    if a == b == "dead" and where_a != where_b:
        return "conflict" if where_a and where_b else "compatible"
    if a == b:
        return "agree"
    if "dead" in (a, b):
        return "conflict"  # dead against any living state
    if "alive" in (a, b):
        return "compatible"
    return "conflict" if abs(SEVERITY.get(a, 0) - SEVERITY.get(b, 0)) >= 2 else "compatible"
