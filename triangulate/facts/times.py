"""Time-of-day facts: spaCy TIME spans ("about 4 p.m.", "just before 10:30 p.m.", "near
midnight") as minute intervals with their qualifier; vague parts of the day ("Saturday
afternoon") as wide bands.  Minutes run from 0 to 1440 (midnight ending the day); compare them
on the 24-hour circle."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .dates import STAMP_WORDS, on_stamp_line

MERIDIEM = r"[ap](?:\.\s?|\s\.\s|\s)?m\b"  # "a.m.", "pm", "p. m" and, in text tokenized word by word, "a . m ."
CLOCK = re.compile(rf"(?P<h>\d{{1,2}})(?:\s*[:.]\s*(?P<m>\d{{2}}))?\s*(?P<ampm>{MERIDIEM}\.?)?", re.I)
PARTS = {"afternoon": (720, 1080), "morning": (360, 720), "evening": (1080, 1320),
         "night": (1200, 1440)}  # checked in this order
INSTANTS = {"midnight": 1440, "noon": 720, "midday": 720}  # clock times told in words
SLACK = 30  # minutes allowed by "before" and "after" ("just before 2 p.m." is 1:30-2:00)
ABOUT = 15  # minutes either side of "about", "around", "near" (times are told to the quarter hour)


def _clock(text: str, four_digits: bool = False) -> int | None:
    m = CLOCK.search(text)
    if m is None or not (m["ampm"] or m["m"]):
        four = FOUR_DIGITS.search(text) if four_digits else None  # "1353", "0600 hours" (`twenty_four_hour`)
        return int(four["h"]) * 60 + int(four["m"]) if four else None
    hour, minute = int(m["h"]), int(m["m"] or 0)
    if hour > 24 or minute > 59:
        return None
    if m["ampm"]:
        if hour > 12:
            return None
        pm = m["ampm"].lower().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    return hour * 60 + minute


CUE = re.compile(r"(?:(?:just|shortly|sometime|some time)\s+)?(?:before|after)\s+$|"
                 r"\b(?:about|around|approximately|roughly|nearly|almost|near)\s+$", re.I)
LATE = re.compile(r"\b(?:night|evening|afternoon|tonight)\b", re.I)
CLOCK_TIME = re.compile(rf"\b\d{{1,2}}(?:\s?:\s?\d{{2}})?\s?{MERIDIEM}\.?|\b\d{{1,2}}:\d{{2}}\b", re.I)


FOUR_DIGITS = re.compile(r"(?<![\d,.:$£€])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?![\d,.:%])")
ZONE_AFTER = re.compile(r"\s*(?:GMT|UTC)\b")
HOURS_AFTER = re.compile(r"\s*(?:hours?\b|hrs\b|local\s+time\b|\(\s*(?:[01]\d|2[0-3])[0-5]\d\s*(?:GMT|UTC)\b)", re.I)
AT_BEFORE = re.compile(r"\b(?:at|around|about|approximately|by|before|after|until|till|since|from|between)\s+$", re.I)


def twenty_four_hour(text: str) -> list[tuple[int, int]]:
    """Clock times written in four digits, as wire copy does ("struck at 1353 (1023 GMT)", "at
    0600 local time", "at 2130 hours"): with GMT or UTC after them; or with "hours" or "local
    time" after them and a leading zero or "at", "before"... before them ("1000 hours of
    footage" is a duration)."""
    found = []
    for m in FOUR_DIGITS.finditer(text):
        if ZONE_AFTER.match(text, m.end()) or HOURS_AFTER.match(text, m.end()) and (
                m["h"].startswith("0") or AT_BEFORE.search(text[max(0, m.start() - 16):m.start()])):
            found.append((m.start(), m.end()))
    return found


def is_twenty_four_hour(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is such a clock time, read in a window around it."""
    left = max(0, start - 16)
    return (start - left, end - left) in twenty_four_hour(text[left:end + 40])


def clocks_outside(text: str, spans: list[tuple[int, int]], four_digit: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Clock times ("8:30am", "10 p.m.", and the `twenty_four_hour` ones: "1353 GMT") that no
    TIME entity covers."""
    clocks = [(m.start(), m.end()) for m in CLOCK_TIME.finditer(text)] + four_digit
    return sorted(c for c in clocks if not any(s < c[1] and c[0] < e for s, e in spans))


YEAR = re.compile(r"\b(?:19|20)\d\d\b")


MERIDIEM_PIECES = {"a", "p", "m", "."}


def head(span: Span) -> Token:
    """The token a time hangs on in its clause: the span's root, or its first word where text
    tokenised word by word ("10 : 30 p . m .") leaves the parser a stray "m" for a root, often a
    sentence of its own."""
    return span[0] if span.root.lower_ in MERIDIEM_PIECES else span.root


IN_A_CLAUSE = re.compile(r"\b[a-z]+\s+$")  # "Officers arrived | shortly after midnight": a word of the sentence


def stamped(text: str, start: int, end: int, reach: int = 40) -> bool:
    """A clock time written next to a full date with its year ("7:12pm BST, Wed May 5, 2010")
    reads as a timestamp (of publication, of a record), not as the time of the happening, unless
    the sentence runs into it ("Officers arrived shortly after midnight on Sunday, 5 November
    2023"; a stamp stands at a line's start, after punctuation or after "Posted", "Updated"),
    or on a line made only of dates, times and stamp words (`dates.on_stamp_line`)."""
    if on_stamp_line(text, start):
        return True
    if IN_A_CLAUSE.search(text[max(0, start - 20):start]) and not STAMP_WORD.search(text[max(0, start - 20):start]):
        return False
    return bool(YEAR.search(text, max(0, start - reach), min(len(text), end + reach)))


STAMP_WORD = re.compile(r"\b(?:" + "|".join(sorted(STAMP_WORDS | {"last"})) + r")\s*(?:at|on)?\s*$", re.I)


BOUND_BEFORE = re.compile(r"\b(?:until|till|through|since|from|by)\s*$", re.I)


def bound(text: str, start: int) -> bool:
    """The start or end of a span of time ("lasted until nearly 2 a.m."), not when something
    happened."""
    return bool(BOUND_BEFORE.search(text[max(0, start - 12):start]))


UNIVERSAL = re.compile(r"^[^\n(),;]{0,12}?\b(?:GMT|UTC)\b")


def universal(text: str, end: int) -> bool:
    """A clock time given in GMT/UTC ("passed away at 18:41 this evening (02:41 GMT Friday)"):
    another clock than the local times of other reports, so never a contradiction of them."""
    return bool(UNIVERSAL.search(text[max(0, end - 4):end + 12]))


HOUR_BEFORE = re.compile(r"\b\d{1,2}\s?:\s?$")


def hour_before(text: str, start: int) -> int:
    """Where a clock time starts when the model tagged only its minutes: of "6 : 00 p.m." (text
    tokenized word by word) it tags "6" as a number and "00 p.m." as the time."""
    if not re.match(r"\d\d\b", text[start:start + 3]):
        return start
    m = HOUR_BEFORE.search(text[max(0, start - 6):start])
    return start - len(m.group(0)) if m else start


def cue_before(text: str, start: int) -> int:
    """Where a qualifier that spaCy left out of the TIME span begins ("just before | 2 p.m."),
    or `start` when there is none."""
    m = CUE.search(text[max(0, start - 20):start])
    return start - len(m.group(0)) if m else start


SPAN_JOIN = r"\s*(?:to|until|till|through|-|–)\s*"
HOUR = r"\d{1,2}(?:\s?[:.]\s?\d{2})?"
SPAN_BEFORE = re.compile(rf"(?:\bbetween\s+{HOUR}(?:\s*{MERIDIEM}\.?)?\s*and\s*"
                         rf"|(?<![\d:.]){HOUR}(?:\s*{MERIDIEM}\.?)?{SPAN_JOIN})$", re.I)
TWO_CLOCKS = re.compile(rf"(?P<a>{HOUR})\s*(?P<a_ampm>{MERIDIEM}\.?)?(?:\s*and\s*|{SPAN_JOIN})"
                        rf"(?P<b>{HOUR}\s*(?:{MERIDIEM}\.?)?)", re.I)


def span_before(text: str, start: int) -> int:
    """Where a span of clock times begins when the model tagged only its end ("between 2 and |
    3 a.m.", "2- | 3 p.m."), or `start` when there is none."""
    m = SPAN_BEFORE.search(text[max(0, start - 24):start])
    return start - len(m.group(0)) if m else start


def _clock_span(low: str) -> tuple[int, int] | None:
    """The minutes from the first to the second of two clock times told as a span ("between 2
    and 3 a.m.", "9 a.m. to 5 p.m.", "10:30-11 p.m."): the first takes the second's a.m. or p.m.
    when it leaves it out, unless that puts it after the second ("11 to 1 p.m.")."""
    m = TWO_CLOCKS.search(low)
    if m is None or (end := _clock(m["b"])) is None:
        return None
    if m["a_ampm"]:
        start = _clock(m["a"] + m["a_ampm"])
    else:
        meridiem = re.search(MERIDIEM, m["b"], re.I)
        start = _clock(m["a"] + (f" {meridiem[0]}" if meridiem else ""))
        if start is not None and meridiem and start >= end:
            start = _clock(m["a"] + (" am" if meridiem[0].startswith("p") else " pm"))
    return (start, end) if start is not None and start < end else None


def resolve(text: str, four_digits: bool = False) -> dict | None:
    """{"start": minutes, "end": minutes, "qualifier", "text"} for a TIME span, or None;
    `four_digits`: the span holds a clock of four digits that `twenty_four_hour` found."""
    low = text.lower()
    if (span := _clock_span(low)) is not None:
        return {"start": span[0], "end": span[1], "qualifier": "span", "text": text}
    t = _clock(low, four_digits)
    if t is not None and t < 720 and not re.search(r"[ap]\.?\s?m\b", low) and LATE.search(low):
        t += 720  # "last night around 10:30"
    if t is None:
        t = next((m for word, m in INSTANTS.items() if re.search(rf"\b{word}\b", low)), None)
        if t == 1440 and re.search(r"\bafter\b", low):
            t = 0  # "after midnight": the start of the next day
    if t is None:
        part = next((p for p in PARTS if p in low), None)
        if part is None:
            return None
        start, end = PARTS[part]
        return {"start": start, "end": end, "qualifier": "part of day", "text": text}
    if re.search(r"just before|shortly before|before", low):
        return {"start": t - SLACK, "end": t, "qualifier": "before", "text": text}
    if re.search(r"just after|shortly after|after", low):
        return {"start": t, "end": t + SLACK, "qualifier": "after", "text": text}
    if re.search(r"about|around|approximately|roughly|nearly|almost|\bnear\b", low):
        return {"start": t - ABOUT, "end": t + ABOUT, "qualifier": "about", "text": text}
    return {"start": t, "end": t, "qualifier": None, "text": text}


def show(minutes: int) -> str:
    minutes %= 1440
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def apart(a: dict, b: dict) -> bool:
    """Two minute intervals that do not overlap on the 24-hour circle ("11:50 p.m." is within
    "about midnight", and so is "12:10 a.m.").  Two spans that only touch are apart ("just
    before 10:30 p.m." and "around 10:45 p.m."); a point at a span's end is within it."""
    for shift in (-1440, 0, 1440):
        start, end = max(a["start"], b["start"] + shift), min(a["end"], b["end"] + shift)
        spans = a["end"] > a["start"] and b["end"] > b["start"]
        if end > start or end == start and not spans:
            return False
    return True
