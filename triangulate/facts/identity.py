"""Identity facts: whether a report names the victim or the suspect, or says their identity is
withheld ("the man's name has not been released", "police did not identify the suspect", "an
unidentified woman"), or that none is known ("there was no suspect description given", "police
have no suspects").  A first report that withholds a name and a later one that gives it
disagree about what is known, an update that readers of the first should hear of.

Withheld identities are found here; named ones come from the conditions (the dead or hurt,
named) and custody facts (the held or sought, named) of the same article (facts.extract_facts).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from . import context, people

WITHHELD = re.compile(
    r"\b(?:name|names|identity|identities)\b[^.;]{0,60}?\b(?:(?:has|have|had|was|were|is|are)\s+)?(?:not|n[o’']t)\s+"
    r"(?:yet\s+)?(?:been\s+)?(?:released|disclosed|made public|available)"
    r"|\b(?:has|have|had|was|were)\s+(?:not|n[o’']t)\s+(?:yet\s+)?(?:been\s+)?(?:identified|named)\b"
    r"|\b(?:(?:did|does|do|have|has|would|will|could)\s*(?:not|n[o’']t)|declined\s+to|refused\s+to)\s+"
    r"(?:immediately\s+)?(?:release|identify|name|disclose)"
    r"\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w'’]+\s+){0,2}?(?:name|names|identity|identities|victim|victims|suspect|"
    r"suspects|man|woman|boy|girl|teen|shooter|gunman|driver)\b"
    r"|\b(?:unidentified|unnamed)\s+(?:man|woman|boy|girl|victim|person|teen|teenager|suspect|gunman|shooter|driver)\b"
    r"|\bno\s+(?:suspects?\s+(?:description|information)|description\s+of\s+(?:the\s+)?(?:suspects?|shooters?|gunm[ae]n))"
    r"\s+(?:\w+\s+){0,2}?(?:given|released|available|provided)\b"  # "there was no suspect description given": none known
    r"|\bno\s+suspects?\s+(?:has|have|had)\s+(?:yet\s+)?been\s+(?:identified|named)\b"
    r"|\b(?:police|investigators|detectives|authorities)\s+(?:have|had|say\s+they\s+have)\s+no\s+suspects?\b",
    re.I)
IDENTIFIED_AS = re.compile(r"\b(?:identified|named)\s+(?:[\w.]+\s+){0,3}?as\s+(?:[\w.-]+\s+){0,3}?$", re.I)
SUSPECT = re.compile(r"\b(?:suspects?|shooters?|gunm[ae]n|attackers?|killers?|assailants?|robbers?)\b", re.I)
NOT_OF_PEOPLE = re.compile(r"\b(?:relationship|motive|cause|details|condition|status|address)\b", re.I)


@dataclass
class Withheld:
    start: int
    end: int
    role: str  # "victim" or "suspect"
    about: str
    lemmas: list[str]
    who: str = ""  # the noun of the one withheld: "man" of "the man's name", "woman" of "an unidentified woman"


def withheld(doc: Doc) -> list[Withheld]:
    text = context.text_of(doc)
    found = []
    for sent in doc.sents:
        chunk = text[sent.start_char:sent.end_char]
        for m in WITHHELD.finditer(chunk):
            if NOT_OF_PEOPLE.search(m.group(0)):
                continue  # "won't release the suspect's relationship to the victim"
            start, end = sent.start_char + m.start(), sent.start_char + m.end()
            span = context.span_of(doc, start, end)
            if span is None:
                continue
            role = "suspect" if _doer(span) else role_near(text, start, end)
            about, lemmas = context.predicate(span.root)
            found.append(Withheld(start, end, role, about, lemmas, _whose(doc, span)))
    return found


HARM = {"kill", "shoot", "stab", "attack", "murder", "wound", "injure", "strike", "hit", "rob"}


def _doer(span) -> bool:
    """The one withheld did the harm: "a man, who has not been identified, killed a woman"."""
    clause = next((t for t in [span.root, *span.root.ancestors][:3] if t.dep_ == "relcl"), None)
    person = clause.head if clause is not None else None
    return person is not None and person.dep_ == "nsubj" and person.head.lemma_.lower() in HARM


def _whose(doc: Doc, span) -> str:
    """The noun of the one whose name is withheld: the owner of "name" or "identity" ("the man's
    name"), the noun after "unidentified" or "unnamed", else the subject ("the victim has not
    been identified"); "" where none is said."""
    for t in doc[max(0, span.start - 3):span.end + 2]:
        if t.lemma_.lower() in ("name", "identity"):
            owner = next((c for c in t.children if c.dep_ == "poss"), None)
            if owner is not None:
                return owner.lemma_.lower()
        if t.lower_ in ("unidentified", "unnamed") and t.head.pos_ == "NOUN":
            return t.head.lemma_.lower()
    subject = next((c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject.lemma_.lower() if subject is not None and subject.pos_ in ("NOUN", "PRON") else ""


def role_near(text: str, start: int, end: int) -> str:
    """'suspect' when a word for one is near the words at [start, end), else 'victim'."""
    return "suspect" if SUSPECT.search(text[max(0, start - 40):end + 20]) else "victim"


def judge(a: dict, b: dict) -> str:
    """A name withheld and a name given disagree (the later report knows more); two withheld
    agree, and so do two names of one person (people.related)."""
    if a["state"] == b["state"] == "withheld":
        return "agree"
    if "withheld" in (a["state"], b["state"]):
        return "conflict"
    return "agree" if people.related(people.name_keys(a["name"]), people.name_keys(b["name"])) else "unrelated"
