"""Actor facts: who did what (to whom), for named people, organisations and countries.

Names are reduced to canonical forms within an article: a later "Pashinyan" is the "Nikol
Pashinyan" named earlier; possessives and leading articles are dropped.  Across articles,
crosscheck matches the same canonical keys.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from . import context
from .quotes import CUES

ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP")


@dataclass
class Action:
    start: int
    end: int
    actor: str
    label: str
    action: str
    target: str | None
    about: str


DATELINE = re.compile(r"[ \t]*[A-Z][A-Z .'-]+(?:\([^)\n]{1,30}\)\s*)?(?:,|—|–|--)")  # "BAYTOWN, Texas --",
# "MINNEAPOLIS —", "NEW YORK (AP) —": where the report was filed, at a line's start


def canonical_name(ent: Span, known: dict[str, str]) -> str:
    """'Pashinyan' -> 'Nikol Pashinyan' when the full name appeared before."""
    name = re.sub(r"^(?:the|a|an)\s+|(?:’s|'s)$", "", ent.text, flags=re.I).strip()
    if ent.label_ == "PERSON":
        last = name.split()[-1].lower()
        if len(name.split()) > 1:
            known.setdefault(last, name)
        return known.get(last, name)
    return name


def _common_noun(ent: Span, text: str) -> bool:
    """A one-word "name" that starts a sentence or headline and that the story writes in lower case
    too: a common noun capitalised ("Wildfire forces thousands to flee" beside "a fast-moving
    wildfire"; not in a web address), unless a longer name ends with it ("May said" where "Theresa
    May" is named)."""
    word = ent.text
    if len(ent) != 1 or ent.start != ent.sent.start:
        return False
    if not re.search(rf"(?<![\w/.-]){re.escape(word.lower())}(?![\w/-])", text):
        return False
    return not any(len(other) > 1 and other[-1].text == word for other in ent.doc.ents)


def extract(doc: Doc) -> list[Action]:
    known: dict[str, str] = {}
    actions = []
    for ent in context.entities(doc):
        if ent.label_ not in ACTOR_LABELS:
            continue
        text = context.text_of(doc)
        dateline = DATELINE.match(text, text.rfind("\n", 0, ent.start_char) + 1)
        if dateline and ent.end_char <= dateline.end():
            continue  # a dateline names no one who acted
        if _common_noun(ent, text):
            continue
        name = canonical_name(ent, known)
        root = ent.root
        if root.dep_ not in ("nsubj", "nsubjpass") or root.head.pos_ not in ("VERB", "AUX"):
            continue
        verb = root.head
        if verb.lemma_.lower() in CUES or verb.lemma_.lower() in ("be", "have"):
            continue
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr")), None)
        end_tok = obj.right_edge if obj is not None and obj.right_edge.i - verb.i < 10 else verb
        start = min(ent.start_char, verb.idx)
        end = max(ent.end_char, verb.idx + len(verb.text), end_tok.idx + len(end_tok.text))
        target = context.phrase(obj) if obj is not None else None
        about = f"{name} {verb.lemma_.lower()}" + (f" {target}" if target else "")
        actions.append(Action(start, end, name, ent.label_, verb.lemma_.lower(), target, about))
    return actions
