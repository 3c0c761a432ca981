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

from spacy.tokens import Doc, Token

from . import context

MIN_TOKENS = 6
LEADING_DASHES = {"-", "–", "—", "--", ":", "|", "•"}


@dataclass
class Statement:
    start: int
    end: int
    about: str
    lemmas: list[str]
    anchors: list[str]


def extract(doc: Doc) -> list[Statement]:
    found = []
    opened = None  # an opening quote mark the parser left at the end of the sentence before
    for sent in doc.sents:
        visible = [t for t in sent if not t.is_space]  # keep quotation marks and the full stop
        if opened is not None:
            visible.insert(0, opened)
        opened = visible.pop() if _ends_opening_quote(visible) else None
        while len(visible) > 1 and visible[0].is_punct and visible[0].text in LEADING_DASHES:
            visible.pop(0)  # "– Police say ...": the dash of a dateline split off before it
        words = [t for t in visible if not t.is_punct]
        root = sent.root
        if len(words) < MIN_TOKENS or root.pos_ not in ("VERB", "AUX"):
            continue
        about, _ = context.predicate(root)
        lemmas = sorted({t.lemma_.lower() for t in words if not t.is_stop and t.is_alpha})
        start, end = visible[0].idx, visible[-1].idx + len(visible[-1].text)
        found.append(Statement(start, end, about, lemmas, context.anchors(sent)))
    return found


def _ends_opening_quote(tokens: list[Token]) -> bool:
    """'The party sued on Friday. "' ends with the mark that opens the next sentence's quote: one
    after the sentence's end that closes no quote opened before it."""
    if len(tokens) < 2 or tokens[-1].text not in ('"', "“") or tokens[-2].text not in (".", "!", "?"):
        return False
    before = "".join(t.text for t in tokens[:-1])
    return tokens[-1].text == "“" or before.count('"') % 2 == 0
