"""Score facts: the result of a game or a vote told as two numbers ("beat Chelsea 3-1", "a 3-1
win", "Arsenal 2-1 Chelsea", "the court ruled 6-3"), which reports get wrong more often than
anything else in a match report.

A pair of numbers joined by a dash counts only where the words around it tell a result (beat,
win, defeat, draw, vote, ruled...) or where names stand on both sides ("Arsenal 2-1 Chelsea"),
and not a score on the way ("took a 13-10 lead", "led 20-13 at half-time") or a win-loss record
("improved to 58-3"); the value keeps the pair, compared without its order (reports put the
winner or the home side first).  An article often tells several games' scores, so two scores
conflict only when each is its report's only one (crosscheck.identity.sole) and their sentences
share two names (both sides, say: "Arsenal beat Chelsea 3-1" / "Arsenal 2-1 Chelsea").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from . import context

PAIR = re.compile(r"(?<![\d.,/:x×-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\d.,/:x×%-]|\s?(?:[ap]\.?m\b|"
                  r"(?:year|month|week|day|hour|minute|mile|kilomet|km|foot|feet|inch|point|game|match|lap)))",
                  re.I)  # (not "9-11", "the 10-year-old", "4x4", "a 7-10 day wait", "5-10%")
RESULT = re.compile(r"\b(?:beat(?:s|en|ing)?|defeat(?:s|ed|ing)?|won|wins?|winning|victory|victories|triumph|"
                    r"loss|lose|loses|losing|lost|draw|drew|drawn|tied?|ties|thrash(?:ed|es)?|rout(?:ed|s)?|"
                    r"edged?|edges|down(?:ed|s)|crush(?:ed|es)?|hammer(?:ed|s)?|upset|scored?|scoreline|"
                    r"final score|vote[sd]?|voting|ruled?|ruling|decision|margin)\b", re.I)
REACH = 40  # characters on either side of the pair where a result word must be
NOT_FINAL_BEFORE = re.compile(r"(?:record|improv\w*\s+to|(?:fell|moved|dropped|rose)\s+to|\(|\bled|leading|"
                              r"trail(?:ed|ing)|half-?\s?time|at\s+the\s+half|season|series|all-time)\W*(?:of\W+)?$", re.I)
NOT_FINAL_AFTER = re.compile(r"\W*(?:lead|run|record|mark|advantage|deficit|half-?\s?time|at\s+(?:the\s+)?"
                             r"(?:half|break|interval)|in\s+(?:the\s+)?(?:series|season)|overall|career|,\s*\d+\s*KO)",
                             re.I)  # ("took a 13-10 lead", "a 10-2 run", a win-loss record "58-3, 51 KO")
NAMED_SIDES = re.compile(r"[A-Z][\w.'’]*\s+$")  # "Arsenal 2-1 Chelsea": a name before, one after


@dataclass
class Score:
    start: int
    end: int
    pair: tuple[int, int]
    about: str
    lemmas: list[str]
    names: list[str]  # keys of the names in its sentence: the sides, players, ground


def extract(doc: Doc) -> list[Score]:
    text = context.text_of(doc)
    found = []
    for m in PAIR.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        before = text[max(line_start, m.start() - REACH):m.start()]
        after = text[m.end():min(m.end() + REACH, line_end if line_end >= 0 else len(text))]
        named = NAMED_SIDES.search(before) and re.match(r"\s+[A-Z]", after)
        if not (RESULT.search(before) or RESULT.search(after) or named):
            continue
        if NOT_FINAL_BEFORE.search(text[max(line_start, m.start() - 30):m.start()]) or NOT_FINAL_AFTER.match(after):
            continue  # a score on the way, or a win-loss record: not the result
        span = context.span_of(doc, m.start(), m.end())
        if span is None:
            continue
        about, lemmas = context.predicate(span.root)
        names = sorted({context.entity_key(t.text) for t in span.sent if t.pos_ == "PROPN" and t.is_alpha})
        found.append(Score(m.start(), m.end(), (int(m[1]), int(m[2])), about, lemmas, names))
    return found


def judge(a: tuple[int, int], b: tuple[int, int]) -> str:
    """The same two numbers in either order agree ("3-1" and "1-3": winner or home side first);
    any other pair contradicts."""
    return "agree" if sorted(a) == sorted(b) else "conflict"
