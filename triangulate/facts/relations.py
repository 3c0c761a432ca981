"""Relation facts: who the person harmed was to the one who harmed them, as a report tells it
("a man shot his girlfriend", "killed her husband", "stabbed his 6-year-old son").  Early
reports of domestic violence often get this wrong (a wife in one, a girlfriend in another), and
each report tells it once, in the sentence of the crime.

Only the object of a verb of violence with a possessive counts ("shot his wife"), or its agent
("was shot by her husband": the victim is his wife; "killed by his father": the father's child),
so that a relative who speaks, mourns or calls the police is no relation of the victim's.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from . import context

GROUPS = {  # relation word -> group: words of one group are compatible, of two groups a conflict
    **dict.fromkeys(("wife", "husband", "spouse"), "spouse"),
    **dict.fromkeys(("girlfriend", "boyfriend", "partner", "fiancee", "fiancée", "fiance", "fiancé", "lover"),
                    "partner"),
    **dict.fromkeys(("son", "daughter", "child", "stepson", "stepdaughter", "stepchild", "baby", "infant",
                     "toddler"), "child"),
    **dict.fromkeys(("mother", "father", "mom", "dad", "stepmother", "stepfather", "parent"), "parent"),
    **dict.fromkeys(("brother", "sister", "sibling", "stepbrother", "stepsister"), "sibling"),
    **dict.fromkeys(("grandmother", "grandfather", "grandparent"), "grandparent"),
    **dict.fromkeys(("grandson", "granddaughter", "grandchild"), "grandchild"),
    **dict.fromkeys(("uncle", "aunt", "nephew", "niece", "cousin"), "relative"),
    **dict.fromkeys(("friend", "roommate", "neighbor", "neighbour", "coworker", "co-worker", "colleague", "boss",
                     "landlord", "tenant"), "acquaintance"),
}
INVERSE = {"child": "parent", "parent": "child", "grandchild": "grandparent", "grandparent": "grandchild"}  # "killed
# by his father": the victim is the attacker's child
FORMER = {"ex", "former"}  # "his ex-wife", "his former girlfriend": a former partner
VIOLENCE = {"shoot", "kill", "stab", "murder", "strangle", "choke", "beat", "attack", "wound", "slay", "injure",
            "assault", "bludgeon"}


@dataclass
class Relation:
    start: int
    end: int
    relation: str  # the word, with "ex-" for a former partner
    group: str  # of the victim, as the attacker's: "child" for "shot his son" and for "shot by her mother"
    about: str
    lemmas: list[str]


def extract(doc: Doc) -> list[Relation]:
    found = []
    for token in doc:
        word = (token.lower_ if token.lower_ in GROUPS else token.lemma_.lower()).removeprefix("ex-")  # ("his
        # two sons": son)
        verb = token.head if token.dep_ == "dobj" else \
            token.head.head if token.dep_ == "conj" and token.head.dep_ == "dobj" else None
        attacker = token.dep_ == "pobj" and token.head.dep_ == "agent"  # "was shot by her husband"
        if attacker:
            verb = token.head.head
        if word not in GROUPS or verb is None or verb.lemma_.lower() not in VIOLENCE:
            continue  # ("killed his wife and her boyfriend": both)
        split_ex = _split_ex(token)
        owner = _owner(token)
        if owner is None:
            continue  # "shot a neighbour": whose is not said
        if token.dep_ == "conj" and owner.lower_ != getattr(_owner(token.head), "lower_", None):
            continue  # "killed his ex-wife and her boyfriend": hers, not his
        former = split_ex or token.lower_.startswith("ex-") or any(
            c.dep_ in ("amod", "compound", "nmod") and c.lower_ in FORMER for c in token.children)
        start = min(t.idx for t in (verb, owner))
        about, lemmas = context.predicate(verb)
        group = "former partner" if former and GROUPS[word] in ("spouse", "partner") else GROUPS[word]
        if attacker:
            group = INVERSE.get(group, group)
        found.append(Relation(start, token.idx + len(token.text), ("ex-" if former else "") + word, group,
                              about, lemmas))
    return found


def _split_ex(token) -> bool:
    """"ex - wife" parsed as three words."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "ex"


def _owner(token):
    """The possessive of a relation word ("his" of "his wife", of "his ex - wife")."""
    holder = token.doc[token.i - 2] if _split_ex(token) else token
    return next((c for c in holder.children if c.dep_ == "poss"), None)


def judge(a: dict, b: dict) -> str:
    """The same word agrees; two words of one group ("son" and "stepson", "girlfriend" and
    "partner") are compatible; two groups ("wife" and "girlfriend") conflict."""
    if a["relation"] == b["relation"]:
        return "agree"
    return "compatible" if a["group"] == b["group"] else "conflict"
