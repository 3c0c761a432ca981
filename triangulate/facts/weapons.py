"""Weapon facts: what was used ("a silver Colt .45 gun", "a 12-gauge pump-action shotgun", "a
kitchen knife"), as a class and a caliber, so that "a .45 caliber handgun" and "an unlicensed
Colt .45 handgun" can be seen to agree, and "a handgun" and "a hunting rifle" to disagree.

Weapon words used as modifiers ("gun violence", "weapons charges") are not weapons.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from . import context

CLASSES = {  # noun -> class
    "handgun": "handgun", "pistol": "handgun", "revolver": "handgun",
    "rifle": "rifle", "carbine": "rifle", "ar-15": "rifle", "ak-47": "rifle",
    "shotgun": "shotgun",
    "gun": "gun", "firearm": "gun",
    "weapon": "weapon",
    "knife": "knife", "machete": "knife", "dagger": "knife", "blade": "knife",
    "bomb": "explosive", "grenade": "explosive", "explosive": "explosive",
}
FIREARMS = {"handgun", "rifle", "shotgun", "long gun", "gun"}
GENERIC = {"gun", "weapon", "long gun"}  # a class that holds others: a matter of precision
CALIBER = re.compile(r"(?:(?<![\w.])\.\s?(?P<dot>\d{2,3})\b|\b(?P<mm>\d{1,2}(?:\.\d+)?)\s?-?\s?mm\b|"
                     r"\b(?P<gauge>\d{1,2})\s?-?\s?gauge\b|\b(?P<cal>\d{2,3})\s?-?\s?caliber\b)", re.I)


@dataclass
class Weapon:
    start: int
    end: int
    kind: str  # a class of CLASSES, or "long gun"
    caliber: str | None  # "45", "9mm", "12 gauge"
    about: str
    lemmas: list[str]


def extract(doc: Doc) -> list[Weapon]:
    text = context.text_of(doc)
    found = []
    for t in doc:
        kind = CLASSES.get(t.lemma_.lower()) or CLASSES.get(t.lower_)
        if kind is None or t.pos_ not in ("NOUN", "PROPN") or t.dep_ == "compound" \
                or IDIOMS.search(text[max(0, t.idx - 30):t.idx + len(t.text)]):
            continue  # (a weapon word in an idiom, "no smoking gun", is no weapon at all)
        left = [c for c in t.subtree if c.i < t.i and c.pos_ != "DET" and c.dep_ not in ("poss", "case", "punct")]
        if {c.lemma_.lower() for c in left} & STRATEGIC or MASS_DESTRUCTION.match(text, t.idx + len(t.text)):
            continue  # an arsenal or a programme of the news ("nuclear weapons"), not what someone used
        first = min((c.i for c in left), default=t.i)
        while first < t.i and (doc[first].pos_ in ("DET", "PUNCT", "ADP", "CCONJ") or doc[first].dep_ == "poss"):
            first += 1
        start, end = doc[first].idx, t.idx + len(t.text)
        if kind == "gun" and re.search(r"\blong\s*$", text[start:t.idx], re.I):
            kind = "long gun"
        about, lemmas = context.predicate(t)
        found.append(Weapon(start, end, kind, caliber(text[max(0, start - 15):end]), about, lemmas))
    return found


STRATEGIC = {"nuclear", "atomic", "chemical", "biological", "hydrogen", "thermonuclear", "ballistic"}
IDIOMS = re.compile(r"\b(?:(?:smoking|hired|top)\s+guns?|big\s+guns|(?:jump(?:s|ed|ing)?|beat(?:s|ing)?)\s+the\s+gun|"
                    r"stick(?:s|ing)?\s+to\s+\w+\s+guns|stuck\s+to\s+\w+\s+guns|under\s+the\s+gun|"
                    r"secret\s+weapons?|double-edged\s+(?:sword|blade))$", re.I)  # "no smoking gun", "jumped
# the gun", "stuck to their guns", "her secret weapon"

MASS_DESTRUCTION = re.compile(r"\s*of\s+mass\s+destruction", re.I)


BORE = re.compile(r"\b(?P<size>high|large|big|heavy|small|low)\s?-?\s?(?:caliber|calibre)\b", re.I)
SMALL_BORE = 26  # hundredths of an inch: .22, .223 and .25 are small calibers; .30 and over are not


def caliber(phrase: str) -> str | None:
    """One name per caliber however written: ".45", "45-caliber", ".45 caliber" -> "45";
    "9mm" -> "9mm"; "12-gauge" -> "12 gauge"; "a high-caliber rifle" -> "large"."""
    m = CALIBER.search(phrase)
    if m is None:
        bore = BORE.search(phrase)
        return None if bore is None else "small" if bore["size"].lower() in ("small", "low") else "large"
    if m["mm"]:
        return f"{m['mm']}mm"
    if m["gauge"]:
        return f"{m['gauge']} gauge"
    return m["dot"] or m["cal"]


def judge(a: dict, b: dict) -> str:
    """'agree', 'compatible' or 'conflict' for two stated weapons of one happening."""
    ca, cb = a.get("caliber"), b.get("caliber")
    if ca and cb and ca != cb:
        if {ca, cb} & {"small", "large"}:  # a size in words against another caliber: only the size
            sizes = {_bore(ca), _bore(cb)}  # can contradict ("a high-caliber rifle" and a ".223")
            return "conflict" if sizes == {"small", "large"} else "compatible"
        return "conflict"  # ".45" vs "9mm"
    ka, kb = a["kind"], b["kind"]
    if ka == kb:
        return "agree" if ca == cb else "compatible"
    if "weapon" in (ka, kb) or {ka, kb} <= FIREARMS and (ka == "gun" or kb == "gun"):
        return "compatible"  # "a weapon" / "a gun" and a handgun: a matter of precision
    if {ka, kb} in ({"long gun", "rifle"}, {"long gun", "shotgun"}):
        return "compatible"
    return "conflict"  # a handgun and a rifle, a shotgun and a rifle, a gun and a knife


def _bore(caliber: str) -> str | None:
    """'small' or 'large' for a caliber in inches or a size word; None for millimetres and gauges."""
    if caliber in ("small", "large"):
        return caliber
    if caliber.isdigit():
        return "small" if int(caliber[:2]) < SMALL_BORE else "large"
    return None
