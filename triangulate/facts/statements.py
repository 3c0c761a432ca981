"""Statement facts: each clause-bearing sentence, so that what sources say in words (charges,
conditions, causes) can be aligned too, not only what they say in numbers and names.

A statement's value keeps its content words; cross-checking aligns statements of different
sources by word overlap and shared names and calls them `agree` (nearly the same words) or
`compatible` (overlapping claims).  Statements are never called a conflict: telling a
contradiction in free text from a paraphrase needs an inference model, which is not available
offline here; the typed facts inside the sentences (numbers, dates, ages, speakers) are what
get checked for conflicts.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from . import context

MIN_TOKENS = 6


@dataclass
class Statement:
    start: int
    end: int
    about: str
    lemmas: list[str]
    anchors: list[str]


def extract(doc: Doc) -> list[Statement]:
    found = []
    for sent in doc.sents:
        words = [t for t in sent if not (t.is_punct or t.is_space)]
        root = sent.root
        if len(words) < MIN_TOKENS or root.pos_ not in ("VERB", "AUX"):
            continue
        about, _ = context.predicate(root)
        lemmas = sorted({t.lemma_.lower() for t in words if not t.is_stop and t.is_alpha})
        visible = [t for t in sent if not t.is_space]  # keep quotation marks and the full stop
        start, end = visible[0].idx, visible[-1].idx + len(visible[-1].text)
        found.append(Statement(start, end, about, lemmas, context.anchors(sent)))
    return found
