"""Time-of-day facts: spaCy TIME spans ("about 4 p.m.", "just before 10:30 p.m.") as minute
intervals with their qualifier; vague parts of the day ("Saturday afternoon") as wide bands."""
from __future__ import annotations

import re

CLOCK = re.compile(r"(?P<h>\d{1,2})(?:\s*[:.]\s*(?P<m>\d{2}))?\s*(?P<ampm>a\.?\s?m\.?|p\.?\s?m\.?)?", re.I)
PARTS = {"midnight": (1425, 1440), "afternoon": (720, 1080), "noon": (715, 725), "morning": (360, 720),
         "evening": (1080, 1320), "night": (1200, 1440)}  # checked in this order
SLACK = 30  # minutes allowed by "about", "around", "just before/after"


def _clock(text: str) -> int | None:
    m = CLOCK.search(text)
    if m is None or not (m["ampm"] or m["m"]):
        return None
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
CLOCK_TIME = re.compile(r"\b\d{1,2}(?:\s?:\s?\d{2})?\s?(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?)|\b\d{1,2}:\d{2}\b", re.I)


def clocks_outside(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Clock times ("8:30am", "10 p.m.") that no TIME entity covers."""
    return [(m.start(), m.end()) for m in CLOCK_TIME.finditer(text)
            if not any(s < m.end() and m.start() < e for s, e in spans)]


def cue_before(text: str, start: int) -> int:
    """Where a qualifier that spaCy left out of the TIME span begins ("just before | 2 p.m."),
    or `start` when there is none."""
    m = CUE.search(text[max(0, start - 20):start])
    return start - len(m.group(0)) if m else start


def resolve(text: str) -> dict | None:
    """{"start": minutes, "end": minutes, "qualifier", "text"} for a TIME span, or None."""
    low = text.lower()
    t = _clock(low)
    if t is not None and t < 720 and not re.search(r"[ap]\.?\s?m\b", low) and LATE.search(low):
        t += 720  # "last night around 10:30"
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
    if re.search(r"about|around|approximately|roughly|nearly|almost", low):
        return {"start": t - SLACK, "end": t + SLACK, "qualifier": "about", "text": text}
    return {"start": t, "end": t, "qualifier": None, "text": text}


def show(minutes: int) -> str:
    minutes = max(0, min(minutes, 1439))
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
