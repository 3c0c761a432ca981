"""Charge facts: the offences someone is charged with, accused or convicted of ("charged with
first-degree murder", "faces several charges including criminal homicide", "arraigned on
third-degree murder charges"), so that reports can be seen to agree on a charge, to list
different parts of one charge sheet, or to disagree on its degree.

An offence is kept as its words, the degree written one way ("3rd degree", "third - degree" ->
"third-degree"); a phrase is a charge only if it names an offence (OFFENCES): "charged with
a crime" and "charged with leading the team" are not charges.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from . import context

OFFENCES = {"murder", "homicide", "manslaughter", "assault", "battery", "robbery", "burglary", "theft", "larceny",
            "kidnapping", "kidnaping", "abduction", "endangerment", "endangering", "rape", "abuse", "fraud",
            "corruption", "bribery", "embezzlement", "trafficking", "possession", "terrorism", "treason", "espionage",
            "arson", "stalking", "harassment", "vandalism", "trespassing", "trespass", "recklessness", "reckless",
            "negligence", "negligent", "conspiracy", "obstruction", "perjury", "smuggling", "extortion",
            "laundering", "carjacking", "mayhem", "felony", "misdemeanor", "misconduct", "cruelty", "supervise",
            "evading", "resisting", "tampering", "intimidation", "threats", "threatening", "sedition", "insurrection"}
TRIGGER = re.compile(
    r"\b(?:charged|charging|charges|indicted|arraigned|booked|arrested|jailed)\b(?:\s+[\w.'’-]+){0,5}?\s+"
    r"(?:with|on|for)\s+"  # "charged Kenneth Murphy of Allentown with"
    r"|\b(?:convicted|accused|guilty)\s+(?:\w+\s+){0,3}?of\s+|\bpl(?:eaded|ed)\s+(?:not\s+)?guilty\s+to\s+"
    r"|\bfac(?:es|ing|ed|e)\s+(?:[\w-]+\s+){0,2}?charges?\s+(?:of|including)\s+"  # "faces several charges including"
    r"|\b(?:on|faces?|facing)\s+(?=(?:[\w-]+\s+){1,4}?charges?\b)", re.I)  # "on third-degree murder charges"
STOP = re.compile(r"[.;:()\"“”\n]|,\s+(?:police|authorities|officials|prosecutors|according)\b|\s+as\s+part\b"
                  r"|\s+of\s+(?:(?:his|her|their)\s|(?-i:[A-Z]))|\s+(?:in|after|for|at|"
                  r"following|when|while|who|which|that|but|because|since|according|from|by|on|and\s+(?:was|is|"
                  r"were|will|has|had|faces|remains|held))\b", re.I)
LEADING = re.compile(r"^(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple|numerous|"
                     r"other|additional|related|the|including|preliminary)\s+)*"
                     r"(?:counts?\s+(?:each\s+)?of\s+|charges?\s+(?:of|including)\s+)?", re.I)
DEGREE = re.compile(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)\s*-?\s*degree\b", re.I)
ORDINALS = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth"}


@dataclass
class Charge:
    start: int
    end: int
    offences: list[str]  # "first-degree murder", "endangering the welfare of a child"
    who: str  # the charged person's name as written, or "" when the sentence names no one


def offence(text: str) -> str:
    """'3rd degree  Murder' -> 'third-degree murder'."""
    text = DEGREE.sub(lambda m: f"{ORDINALS.get(m[1].lower(), m[1].lower())}-degree", " ".join(text.split()))
    return re.sub(r"\s*-\s*", "-", text.lower()).strip(" ,")


def extract(doc: Doc) -> list[Charge]:
    text = context.text_of(doc)
    found = []
    for m in TRIGGER.finditer(text):
        stop = STOP.search(text, m.end(), m.end() + 160)
        end = stop.start() if stop else min(len(text), m.end() + 160)
        phrase = text[m.end():end]
        phrase = re.sub(r"\s+charges?\s*$", "", phrase)  # "on third-degree murder charges"
        lead = LEADING.match(phrase)
        start = m.end() + (lead.end() if lead else 0)
        parts = [offence(p) for p in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+", phrase[lead.end():])]
        parts = [re.sub(r"\s+charges?$", "", LEADING.sub("", p)) for p in parts]
        parts = [p for p in parts if p and set(re.findall(r"[a-z]+", p)) & OFFENCES]
        if not parts:
            continue
        last = parts[-1].split()[-1]
        end = text.lower().find(last, start, m.end() + len(phrase) + 1)
        found.append(Charge(start, end + len(last) if end >= 0 else m.end() + len(phrase), parts,
                            _who(doc, m.start())))
    return found


def _who(doc: Doc, at: int) -> str:
    """The person charged: the passive subject ("Murphy was charged"), the object ("police
    charged Murphy") or the subject of "faces"; a name only."""
    span = context.span_of(doc, at, at + 1)
    if span is None:
        return ""
    verb = span[0]
    people = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj", "nsubj") and c.pos_ == "PROPN"]
    if not people and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        people = [c for c in verb.head.children if c.dep_ in ("nsubjpass", "nsubj") and c.pos_ == "PROPN"]
    if not people:
        return ""
    ent = context.entity_of(people[0])
    return ent.text if ent is not None and ent.label_ == "PERSON" else people[0].text


def judge(a: list[str], b: list[str]) -> str:
    """The same offences agree; the same offence in another degree conflicts ("first-degree"
    against "second-degree murder"), and so does one killing charged as another kind of killing
    ("murder" against "manslaughter", each report's only charge); otherwise two lists of one
    charge sheet are compatible (reports name different counts, or one names them and the other
    says "several charges")."""
    if sorted(a) == sorted(b):
        return "agree"
    if set(a) & set(b):
        return "compatible"

    def degrees(offences: list[str]) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for o in offences:
            m = re.match(r"(\w+)-degree\s+(.+)$", o)
            if m:
                out.setdefault(m[2], set()).add(m[1])
        return out

    da, db = degrees(a), degrees(b)
    if any(da[o] != db[o] for o in da.keys() & db.keys()):
        return "conflict"
    if len(a) == len(b) == 1 and len({_killing(a[0]), _killing(b[0])} - {None}) == 2:
        return "conflict"  # one killing charged as "murder" in one report, "manslaughter" in another
    return "compatible"


KILLINGS = ("murder", "manslaughter")  # ("homicide" names either: "criminal homicide" holds murder)


def _killing(offence: str) -> str | None:
    """The kind of unlawful killing an offence names, if one ("attempted murder" is none)."""
    if re.search(r"\battempt", offence):
        return None
    return next((k for k in KILLINGS if re.search(rf"\b{k}\b", offence)), None)
