"""Wound facts: where on the body someone was struck ("shot his daughter in the hip", "a gunshot
wound to her lower left abdomen"), so that "hip" and "lower abdomen" can be seen to disagree.

Only where the body part hangs on a word of hurting (shot, struck, hit, wounded, stabbed, a
gunshot wound...): not "the lump in his throat", "rose to his feet".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from . import context

REGIONS = {  # body part -> region; parts of one region are a matter of precision, not contradiction
    "head": "head", "face": "head", "eye": "head", "ear": "head", "jaw": "head", "cheek": "head",
    "forehead": "head", "temple": "head", "mouth": "head", "skull": "head", "neck": "neck",
    "throat": "neck", "chest": "torso", "abdomen": "torso", "stomach": "torso", "torso": "torso",
    "back": "torso", "side": "torso", "ribs": "torso", "hip": "hip", "buttocks": "hip", "groin": "hip",
    "shoulder": "arm", "arm": "arm", "elbow": "arm", "wrist": "arm", "hand": "arm", "finger": "arm",
    "leg": "leg", "legs": "leg", "thigh": "leg", "knee": "leg", "ankle": "leg", "foot": "leg", "feet": "leg",
}
HURT = {"shoot", "shot", "strike", "struck", "hit", "wound", "injure", "graze", "stab", "gunshot", "bullet"}
PART = re.compile(r"\b(?:in|to|behind|above|below|through)\s+(?:the|his|her|their|its|one|both)\s+(?P<mods>(?:(?:left|right|upper|lower)\s+)*)"
                  r"(?P<part>" + "|".join(sorted(REGIONS, key=len, reverse=True)) + r")\b", re.I)


@dataclass
class Wound:
    start: int
    end: int
    part: str
    side: str | None
    region: str
    about: str
    lemmas: list[str]


def extract(doc: Doc) -> list[Wound]:
    text = context.text_of(doc)
    found = []
    for sent in doc.sents:
        if not HURT & {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}:
            continue
        for m in PART.finditer(text, sent.start_char, sent.end_char):
            mods = m["mods"].lower().split()
            side = next((w for w in mods if w in ("left", "right")), None)
            part = m["part"].lower()
            whole = OF_WHOLE.match(text, m.end())  # "the back of the head": the head
            if whole and whole["whole"].lower() not in REGIONS:
                continue  # "in the back of the end zone"
            part = whole["whole"].lower() if whole else part
            span = context.span_of(doc, m.start(), m.end())
            if span is None or not _hurt_there(span[0]):
                continue  # "the lump in his throat", "rose to his feet", "punches to the head"
            about, lemmas = context.predicate(span.root)
            found.append(Wound(m.start(), whole.end() if whole else m.end(), part, side, REGIONS[part], about, lemmas))
    return found


OF_WHOLE = re.compile(r"\s+of\s+(?:the|his|her|their|its)\s+(?P<whole>[A-Za-z]+)")


def _hurt_there(prep: Token, climb: int = 3, before: int = 4) -> bool:
    """Whether the phrase of `prep` ("in the hip") hangs on a word of hurting ("shot", "a
    gunshot wound", "was hit") within a few steps up the parse, or follows one closely (the
    parser sometimes makes "shot" a modifier of the name after it: "shot Wilson in the head")."""
    doc = prep.doc
    near = list(doc[max(0, prep.i - before):prep.i])
    token = prep
    for _ in range(climb):
        if token.head is token:
            break
        token = token.head
        near.append(token)
    return any(t.lemma_.lower() in HURT or t.lower_ in HURT for t in near)


def judge(a: dict, b: dict) -> str:
    """'agree', 'compatible' or 'conflict' for two stated wound sites of one person."""
    if a["part"] == b["part"]:
        if a.get("side") and b.get("side") and a["side"] != b["side"]:
            return "conflict"  # "left ear" vs "right ear"
        return "agree" if a.get("side") == b.get("side") else "compatible"
    return "compatible" if a["region"] == b["region"] else "conflict"
