"""Date facts: spaCy DATE spans resolved against the publication date, as intervals.

"on Wednesday" published Wednesday 2023-12-13 -> 2023-12-13 (news weekdays point back, within a
week); "last week" -> that week; "in September" -> the latest September not after publication;
"late 2020" -> 2020-09-01..2020-12-31; "the 1990s" -> a decade; "over Easter weekend" -> the days
around that year's Easter Sunday (`holiday`).  Durations ("three decades",
"the past 30 years") are not dates and are dropped.  Full dates go to dateparser, configured as
in the notes (RELATIVE_BASE, current period, first day of month).  The day inside a TIME span
("Monday night", "9 p.m. Sept. 5") is a date too, marked `in_time`.
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

WEEKDAYS = [d.lower() for d in calendar.day_name]
MONTHS = [m.lower() for m in calendar.month_name if m]
MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
DURATION = re.compile(r"\b(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies)|hours?|minutes?)\b")
RELATIVE_PERIOD = re.compile(r"^(last|this|next|past|previous|coming)\s+(week|month|year|weekend)$")
AGO = re.compile(r"^(?P<n>\w+)\s+(?P<unit>days?|weeks?|months?|years?)\s+ago$")
PART = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "end": (10, 12), "start": (1, 3)}
DATE_WORD = re.compile(r"\b(?:" + "|".join(MONTHS + WEEKDAYS) + r"|(?:1[89]|20)\d\d|\d{1,2}/\d{1,2}/\d{2,4})\b")
DAY_IN_TIME = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r"|(?:" + "|".join(MONTHS) + "|" + "|".join(MONTH_ABBR)
                         + r")\.?\s+[0-3]?\d)\b", re.I)  # the day of "Monday night", "9 p.m. Sept. 5"
RELATIVE_DAY_IN_TIME = re.compile(r"\b(?:yesterday|today|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|"
                                  r"evening))\b", re.I)  # the day of "last night", "yesterday morning"
DAY_BEFORE = re.compile(r"\b(?:[0-3]?\d)(?:st|nd|rd|th)?\s+$")  # "5 | November 2023": NER leaves out the day
CUE_BEFORE = re.compile(r"\b(since|until|till|by|before|after|from|as of)\s+(?:the\s+)?$", re.I)


@dataclass(frozen=True)
class Resolved:
    start: date
    end: date
    precision: str  # day, week, month, part-of-year, year, decade, range (and "night": a day's
    # night running into the next day, set by facts.extract_facts)

    def to_value(self, text: str, qualifier: str | None, reference: str) -> dict:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(),
                "precision": self.precision, "text": text, "qualifier": qualifier,
                "reference": reference}


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _month(name: str) -> int | None:
    name = name.lower().rstrip(".")
    if name in MONTHS:
        return MONTHS.index(name) + 1
    return MONTH_ABBR.get(name[:4] if name.startswith("sept") else name[:3]) if len(name) in (3, 4) else None


def _weekday(words: list[str], ref: date) -> Resolved | None:
    day = next((w for w in words if w in WEEKDAYS), None)
    if day is None:
        return None
    back = (ref.weekday() - WEEKDAYS.index(day)) % 7
    when = ref + timedelta(days=(7 - back) % 7 or 7) if "next" in words else ref - timedelta(days=back)
    if "last" in words and back == 0:
        when -= timedelta(days=7)
    return Resolved(when, when, "day")


def _relative(text: str, ref: date) -> Resolved | None:
    simple = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
              "yesterday": -1, "last night": -1, "tomorrow": 1}
    if text in simple:
        d = ref + timedelta(days=simple[text])
        return Resolved(d, d, "day")
    m = RELATIVE_PERIOD.match(text)
    if m:
        step = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[m[1]]
        if m[2] in ("week", "weekend"):
            monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=step)
            return Resolved(monday, monday + timedelta(days=6), "week")
        if m[2] == "month":
            y, mo = divmod(ref.year * 12 + ref.month - 1 + step, 12)
            return Resolved(date(y, mo + 1, 1), _month_end(y, mo + 1), "month")
        return Resolved(date(ref.year + step, 1, 1), date(ref.year + step, 12, 31), "year")
    m = AGO.match(text)
    if m:
        from .numbers import words_to_number
        n = int(m["n"]) if m["n"].isdigit() else words_to_number(m["n"]) or (1 if m["n"] in ("a", "an") else None)
        if n is None:
            return None
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[m["unit"].rstrip("s")] * int(n)
        d = ref - timedelta(days=days)
        return Resolved(d, d, "day" if m["unit"].startswith("day") else "approximate")
    return None


def _month_year(words: list[str], ref: date | None) -> Resolved | None:
    months = [_month(w) for w in words if _month(w)]
    years = [int(w) for w in words if re.fullmatch(r"(1[89]|20)\d\d", w)]
    days = [int(w) for w in words if re.fullmatch(r"\d{1,2}", w) and 1 <= int(w) <= 31]
    part = next((PART[w] for w in words if w in PART), None)
    if len(years) == 2 and not months:
        lo, hi = sorted(years)
        return Resolved(date(lo, 1, 1), date(hi, 12, 31), "range")
    if months:
        mo = months[0]
        if years:
            y = years[0]
        elif ref is None:
            return None
        elif days:  # "September 19": this year's, unless that is over two months ahead
            ahead = (_safe_date(ref.year, mo, days[0]) - ref).days
            y = ref.year - 1 if ahead > 61 else ref.year + 1 if ahead < -304 else ref.year
        else:  # "in September": the latest one not after the reference
            y = ref.year if mo <= ref.month else ref.year - 1
        if days:
            d = _safe_date(y, mo, days[0])
            return Resolved(d, d, "day")
        return Resolved(date(y, mo, 1), _month_end(y, mo), "month")
    if len(years) == 1:
        y = years[0]
        if part:
            return Resolved(date(y, part[0], 1), _month_end(y, part[1]), "part-of-year")
        return Resolved(date(y, 1, 1), date(y, 12, 31), "year")
    decade = next((int(w[:4]) for w in words if re.fullmatch(r"(1[89]|20)\d0s", w)), None)
    if decade:
        return Resolved(date(decade, 1, 1), date(decade + 9, 12, 31), "decade")
    return None


def _safe_date(y: int, m: int, d: int) -> date:
    return date(y, m, min(d, calendar.monthrange(y, m)[1]))


@lru_cache(maxsize=1)
def _date_parser():
    import dateparser
    return dateparser


def _dateparser(text: str, ref: date) -> Resolved | None:
    settings = {"RELATIVE_BASE": datetime(ref.year, ref.month, ref.day),
                "PREFER_DATES_FROM": "current_period", "PREFER_DAY_OF_MONTH": "first",
                "RETURN_TIME_AS_PERIOD": True}
    parsed = _date_parser().DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    if parsed is None or parsed.date_obj is None or parsed.period not in ("day", "month", "year"):
        return None
    d = parsed.date_obj.date()
    if parsed.period == "day":
        return Resolved(d, d, "day")
    if parsed.period == "month":
        return Resolved(date(d.year, d.month, 1), _month_end(d.year, d.month), "month")
    return Resolved(date(d.year, 1, 1), date(d.year, 12, 31), "year")


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th given weekday (0 = Monday) of a month; n = -1 for the last."""
    days = [d for d in calendar.Calendar().itermonthdates(year, month) if d.month == month and d.weekday() == weekday]
    return days[n if n < 0 else n - 1]


def _easter(year: int, offset: int = 0) -> date:
    from dateutil.easter import easter  # (Western Easter; dateutil comes with dateparser)

    return easter(year) + timedelta(days=offset)


# Holidays by name (longer names first) and their day in a given year.  The US ones are those of
# the US calendar: an article's "Thanksgiving" is most often the American one.
HOLIDAYS: list[tuple[str, str, Callable[[int], date]]] = [
    ("new year's eve", r"new year's eve", lambda y: date(y, 12, 31)),
    ("new year's day", r"new year's day", lambda y: date(y, 1, 1)),
    ("christmas eve", r"christmas eve", lambda y: date(y, 12, 24)),
    ("christmas", r"christmas(?: day)?", lambda y: date(y, 12, 25)),
    ("boxing day", r"boxing day", lambda y: date(y, 12, 26)),
    ("valentine's day", r"(?:st |saint )?valentine's day", lambda y: date(y, 2, 14)),
    ("st patrick's day", r"(?:st |saint )patrick's day", lambda y: date(y, 3, 17)),
    ("halloween", r"halloween", lambda y: date(y, 10, 31)),
    ("fourth of july", r"(?:fourth|4th) of july|july (?:fourth|4th)", lambda y: date(y, 7, 4)),
    ("bastille day", r"bastille day", lambda y: date(y, 7, 14)),
    ("armistice day", r"armistice day|remembrance day|veterans day", lambda y: date(y, 11, 11)),
    ("guy fawkes night", r"guy fawkes night|bonfire night", lambda y: date(y, 11, 5)),
    ("easter monday", r"easter monday", lambda y: _easter(y, 1)),
    ("holy saturday", r"holy saturday|easter saturday", lambda y: _easter(y, -1)),
    ("good friday", r"good friday", lambda y: _easter(y, -2)),
    ("maundy thursday", r"(?:maundy|holy) thursday", lambda y: _easter(y, -3)),
    ("palm sunday", r"palm sunday", lambda y: _easter(y, -7)),
    ("ash wednesday", r"ash wednesday", lambda y: _easter(y, -46)),
    ("pentecost", r"pentecost(?: sunday)?|whit ?sunday", lambda y: _easter(y, 49)),
    ("easter", r"easter(?: sunday| day)?", lambda y: _easter(y)),
    ("black friday", r"black friday", lambda y: _nth_weekday(y, 11, 3, 4) + timedelta(days=1)),
    ("thanksgiving", r"thanksgiving(?: day)?", lambda y: _nth_weekday(y, 11, 3, 4)),
    ("memorial day", r"memorial day", lambda y: _nth_weekday(y, 5, 0, -1)),
    ("labor day", r"labou?r day", lambda y: _nth_weekday(y, 9, 0, 1)),
    ("martin luther king day", r"(?:martin luther king|mlk)(?: jr)? day", lambda y: _nth_weekday(y, 1, 0, 3)),
    ("presidents' day", r"presidents'? day", lambda y: _nth_weekday(y, 2, 0, 3)),
    ("mother's day", r"mother's day", lambda y: _nth_weekday(y, 5, 6, 2)),
    ("father's day", r"father's day", lambda y: _nth_weekday(y, 6, 6, 3)),
]
_POSSESSIVE = r"\s?['’]?s"  # "New Year's", "New Years", a corpus's "New Year 's"
HOLIDAY = re.compile(r"\b(?:" + "|".join(f"(?P<h{i}>{pattern.replace(chr(39) + 's', _POSSESSIVE).replace(' ', r'[ .]+')})"
                                        for i, (_, pattern, _) in enumerate(HOLIDAYS))
                     + r")(?P<weekend>\s+weekend)?(?!\w)", re.I)
AHEAD_DAYS = 61  # a holiday's day in the report's year that is further ahead than this is last year's


def _named(m: re.Match) -> tuple[str, str, Callable[[int], date]]:
    """The HOLIDAYS entry a HOLIDAY match found."""
    return HOLIDAYS[int(next(g for g, v in m.groupdict().items() if v and g != "weekend")[1:])]


def holiday(text: str) -> str | None:
    """The holiday a date span names ("easter" of "over Easter weekend"), else None."""
    m = HOLIDAY.search(text)
    return _named(m)[0] if m else None


def _holiday(text: str, ref: date | None) -> Resolved | None:
    """The day of a named holiday (the days around it for "... weekend"): in the year the text
    names, else the nearest one before the reference date (or at most two months after it), the
    next one after it for "next ...", the last one before it for "last ...", this year's for
    "this ..."."""
    m = HOLIDAY.search(text)
    if m is None:
        return None
    day_in = _named(m)[2]
    year = re.search(r"\b(?:1[89]|20)\d\d\b", text)
    if year is not None:
        day = day_in(int(year.group(0)))
    elif ref is None:
        return None
    else:
        day = day_in(ref.year)
        if re.search(r"\b(?:next|coming)\b", text, re.I):
            day = day if day > ref else day_in(ref.year + 1)
        elif not re.search(r"\bthis\b", text, re.I) and ((day - ref).days > AHEAD_DAYS or day >= ref and re.search(
                r"\b(?:last|past)\b", text, re.I)):  # ("this Christmas": this year's)
            day = day_in(ref.year - 1)
    if m["weekend"]:  # the weekend the holiday falls in or beside
        return Resolved(day - timedelta(days=3), day + timedelta(days=3), "week")
    return Resolved(day, day, "day")


def resolve(text: str, ref: date | None) -> Resolved | None:
    """The interval a DATE span denotes, or None for durations and what cannot be resolved."""
    if HOLIDAY.search(text):
        return _holiday(text, ref)
    norm = re.sub(r"\s+", " ", re.sub(r"[,.]|\bthe\b|\bon\b|\bof\b", " ", text.lower())).strip()
    norm = re.sub(r"\s*-\s*", "-", re.sub(r"\b(\d{1,2})(?:st|nd|rd|th)\b", r"\1", norm))  # "3rd March"
    words = re.split(r"[\s-]+", norm)
    if (span := _span(norm, ref)) is not None:
        return span
    explicit = _month_year(words, ref)
    if explicit is not None:
        return explicit
    if ref is None:
        return None
    rel = _relative(norm.replace("-", " "), ref)
    if rel is not None:
        return rel
    if DURATION.search(norm):
        return None  # "three decades", "the past 30 years", "two days"
    day = _weekday(words, ref)
    if day is not None:
        return day
    if DATE_WORD.search(norm):
        return _dateparser(norm, ref)
    return None  # a bare number ("18") or words dateparser would guess at


DATE_SPAN = re.compile(r"(?P<between>between\s+|from\s+)?(?P<a>[\w ]+?)\s*(?:-|–|\bto\b|\bthrough\b|\bthru\b|"
                       r"\buntil\b|\btill\b|(?P<and>\band\b))\s*(?P<b>[\w ]+)")
SPAN_WORD = re.compile(r"\d{1,2}|(?:1[89]|20)\d\d|" + "|".join(MONTHS + WEEKDAYS + list(MONTH_ABBR)))
MONTH_WORD = re.compile(r"\b(?:" + "|".join(MONTHS + list(MONTH_ABBR)) + r")\b")
YEAR_WORD = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _span(norm: str, ref: date | None) -> Resolved | None:
    """Days, weekdays or months told as the two ends of a span ("March 5-7", "5 to 7 March
    2016", "between Monday and Wednesday", "from March to May"): the days from the first's
    start to the second's end.  The end that leaves out its month or year takes the other's."""
    m = DATE_SPAN.fullmatch(norm)
    if m is None or m["and"] and not m["between"] \
            or not all(SPAN_WORD.fullmatch(w) for w in f"{m['a']} {m['b']}".split()):
        return None
    a, b = m["a"].strip(), m["b"].strip()
    if re.fullmatch(r"\d{1,2}", b) and (month := MONTH_WORD.search(a)):
        b = f"{month[0]} {b}"  # "March 5-7": March 7
    if re.fullmatch(r"\d{1,2}", a) and (month := MONTH_WORD.search(b)):
        a = f"{month[0]} {a}"  # "5-7 March": March 5
    if (year := YEAR_WORD.search(b)) and not YEAR_WORD.search(a):
        a = f"{a} {year[0]}"  # "March 5 to April 2, 2016", "between March and May 2016"
    first, last = resolve(a, ref), resolve(b, ref)
    if first is None or last is None or first.precision != last.precision or first.precision not in ("day", "month"):
        return None
    if last.start < first.start and a in WEEKDAYS:
        first = Resolved(first.start - timedelta(days=7), first.end - timedelta(days=7), "day")  # (Monday to
        # Wednesday told on a Tuesday: last week's)
    elif last.start < first.start and first.precision == "month" and not YEAR_WORD.search(a):
        first = Resolved(first.start.replace(year=first.start.year - 1), _month_end(first.start.year - 1,
                                                                                first.start.month), "month")
        # ("from March to May" told in April: last year's March to May, each the latest not after the telling)
    return Resolved(first.start, last.end, "range") if first.start < last.start else None


def month_day_keys(text: str) -> frozenset[str]:
    """The month and day ("07-13", "07") or the month ("07") a date said without a year names."""
    if not any(_month(w) for w in re.split(r"[\s,.-]+", text)):
        return frozenset()
    found = resolve(text, date(2000, 6, 15))  # (any reference: only the month and day are kept; 2000 has a
    if found is None or found.precision not in ("day", "month"):  # February 29)
        return frozenset()
    month = f"{found.start.month:02d}"
    return frozenset({f"{month}-{found.start.day:02d}", month} if found.precision == "day" else {month})


WEEKDAY = re.compile(rf"\b({'|'.join(WEEKDAYS)})\b", re.I)


def day_keys(value: dict) -> frozenset[str]:
    """What a date value says of its day without its year, to compare a date not yet resolved (an
    undated report's "Tuesday", "July 13", "over Easter weekend") with another: its holiday, its
    weekday, or its month and day ("07-13") and month ("07"); for a resolved day, its weekday and
    month-day and month; for a resolved month, the month."""
    if value.get("start") is not None:
        day = date.fromisoformat(value["start"])
        if value.get("precision") == "day" and value["end"] == value["start"]:
            return frozenset({WEEKDAYS[day.weekday()], f"{day.month:02d}-{day.day:02d}", f"{day.month:02d}"})
        return frozenset({f"{day.month:02d}"}) if value.get("precision") == "month" else frozenset()
    text = value.get("text") or ""
    if named := holiday(text):
        return frozenset({named})  # ("Good Friday" is no Friday)
    if m := WEEKDAY.search(text):
        return frozenset({m.group(1).lower()})
    return month_day_keys(text)


def days_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """Day keys that may name one day: a key in common, and no two different days of a month
    ("July 14" and "2018-07-13" share July but not the day)."""
    days_a, days_b = {k for k in a if "-" in k}, {k for k in b if "-" in k}
    return bool(a & b) and not (days_a and days_b and not days_a & days_b)


def pending(text: str, qualifier: str | None) -> dict:
    """The value of a relative date that has no reference date (yet): stated, not resolved."""
    return {"start": None, "end": None, "precision": None, "text": text, "qualifier": qualifier,
            "reference": "pending"}


STAMP_WORDS = {"posted", "updated", "published", "modified", "edited", "created", "copyright"}  # of a page or post
STAMP_BEFORE = re.compile(r"(?:\(\s*@\w+\s*\)|©|\(c\)|\b(?:" + "|".join(sorted(STAMP_WORDS)) + r")\b\s*:?(?:\s+on)?)\s*$",
                          re.I)  # ("Copyright 2016", "© 2016": the page's year)


def stamped(text: str, start: int) -> bool:
    """The date of a post or of the page rather than of the happening: an embedded tweet's
    "— Name (@handle) June 29, 2016", "Published: 2016-11-01", or a date on a stamp line."""
    return bool(STAMP_BEFORE.search(text[max(0, start - 30):start])) or on_stamp_line(text, start)


MONTH_WORDS = {m.lower() for m in calendar.month_name[1:] + calendar.month_abbr[1:]} | {"sept"}
STAMP_LINE_WORDS = (MONTH_WORDS | {d.lower() for d in calendar.day_name[:] + calendar.day_abbr[:]}
                    | {"tues", "thur", "thurs", "am", "pm", "a", "p", "m", "st", "nd", "rd", "th", "at", "on",
                       "last", "originally", "story", "gmt", "utc", "et", "pt", "est", "edt", "pst", "pdt"}
                    | STAMP_WORDS)


def on_stamp_line(text: str, position: int, longest: int = 100) -> bool:
    """Whether `position` lies on a line made only of dates, clock times and stamp words: a
    page's dateline ("10 June 2013 Last updated at 14:00 GMT", "PUBLISHED: 02:31 GMT, 12 March
    2013 | UPDATED: 22:19 GMT", "Posted: Sunday, March 29th 2015 at 9:17pm", "09/10/10 08:23 PM
    ET", a live blog's "8:24am:"), which dates the page or the entry, not the happening.  The
    line needs a year, a numeric date, a stamp word, or a month and a clock time, or to be a
    live blog's entry time."""
    begin = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return is_stamp_line(text[begin:end if end >= 0 else len(text)], longest)


def is_stamp_line(line: str, longest: int = 100) -> bool:
    """Whether a line is a page's dateline (`on_stamp_line`)."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", line) if not ZONE.fullmatch(w)]
    stamp = YEAR_OR_NUMERIC_DATE.search(line) or set(words) & STAMP_WORDS or ENTRY.fullmatch(line) \
        or set(words) & MONTH_WORDS and CLOCK.search(line)  # "Dec. 24 4:33 AM EST"
    return len(line) <= longest and bool(stamp) and all(w in STAMP_LINE_WORDS for w in words)


def page_date(doc, within: int = 600) -> date | None:
    """The day a page dates itself in its opening, for a text with no publication date in its
    metadata: a stamp line ("Updated : July 7 , 2012 , 10 : 04 PM ET", "Posted 12 / 19 / 2005")
    or a dated link ("http://site.com/2013/09/16/story/").  Relative dates ("on Saturday") are
    resolved against it; it is not taken as the publication date (clustering and the report's
    `published` stay with the metadata)."""
    text = doc.text
    cut = text.find("\n", within - 1)  # (the lines that begin within the opening)
    for line in text[:cut if cut >= 0 else len(text)].split("\n"):
        if is_stamp_line(line) and (day := stamp_day(line)):
            return day
    link = DATED_LINK.search(text[:within])
    return _day(link[1], link[2], link[3]) if link else None


ZONE = re.compile(r"[A-Z]{1,4}T")  # a time zone: "ET", "EDT", "AKDT"
STAMP_CLOCK = re.compile(rf"\b\d{{1,2}}\s?[:.]\s?\d\d(?:\s?:\s?\d\d)?(?:\s?(?i:[ap]\.?\s?m\b\.?))?(?:\s+{ZONE.pattern}\b)?"
                         r"|\b\d{4}\s?(?:UTC|[A-Z]{2,3}T)\b")  # ("1052 GMT ( 1852 HKT )": no year 1852; a
# four-digit time takes no one-letter zone: "2013 AT")
STAMP_PARTS = re.compile(r"\||\b(?i:" + "|".join(sorted(STAMP_WORDS | {"last", "originally", "story", "at"})) + r")\b")


def stamp_day(line: str) -> date | None:
    """The first day a page's stamp line gives, read from the line itself: the tagger cuts such
    lines badly ("Saturday , 28 September 2013 01 : 43" gives "September 2013 01", the 1st;
    "Posted : Sep 27 , 2013 5 : 50 PM" gives "27 , 2013 5", a year).  Clock times are dropped and
    the line is read part by part, each stamp word starting a part ("Posted ... Updated ...")."""
    for part in STAMP_PARTS.split(STAMP_CLOCK.sub(" ", line)):
        if numeric := US_NUMERIC_DATE.search(part):
            if day := _day(numeric[3], numeric[1], numeric[2]):
                return day
        elif YEAR_WORD.search(part) and (found := resolve(part.strip(" :,"), None)) and found.precision == "day":
            return found.start
    return None


def _day(year: str, month: str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


US_NUMERIC_DATE = re.compile(r"\b(\d{1,2})\s?/\s?(\d{1,2})\s?/\s?((?:19|20)\d\d)\b")  # "12 / 19 / 2005"
DATED_LINK = re.compile(r"https?://\S+?/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})/")


CLOCK = re.compile(r"\b\d{1,2}\s?:\s?\d\d\b")
YEAR_OR_NUMERIC_DATE = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}\s?([/.-])\s?\d{1,2}\s?\1\s?\d{2,4}\b")  # "09 / 10 / 10",
# "02 . 29 . 12"
ENTRY = re.compile(r"\s*\d{1,2}\s?:\s?\d\d\s?(?:[ap]\.?\s?m\.?)?\s?:\s*", re.I)  # a live blog's "8:24am:"


def day_before(text: str, start: int, span: str) -> int:
    """Where a date span starts once a day-first date's day is put back: the small model often
    tags only "November 2023" of "5 November 2023"."""
    m = DAY_BEFORE.search(text[max(0, start - 6):start])
    first = span.split()[0] if span.split() else ""
    return start - len(m.group(0)) if m and _month(first) and first[0].isupper() else start


MONTH_BEFORE = re.compile(r"\b(?:" + "|".join(m.capitalize() for m in MONTHS + list(MONTH_ABBR)) + r")\.?\s+$")


def month_before(text: str, start: int, span: str) -> int:
    """Where a date span starts once a month the tagger left out is put back: it often tags only
    "27 , 2013" of "Sep 27 , 2013"."""
    m = MONTH_BEFORE.search(text[max(0, start - 12):start])
    return start - len(m.group(0)) if m and re.match(r"\d{1,2}\b", span) else start


def cue_before(text: str, start: int) -> str | None:
    """'since', 'until', 'by', 'before', 'after' right before a date span."""
    m = CUE_BEFORE.search(text[max(0, start - 20):start])
    return m.group(1).lower() if m else None


def ahead(value: dict, said: str, reference: date) -> dict:
    """A planned date ("will take office on January 1", "will meet on Monday") that resolved to
    before the report: the next such day instead (a week on for a weekday, a year on for a day
    of a month), unless the report named the year."""
    if not value.get("start") or value["end"] >= reference.isoformat() or re.search(r"\b(?:19|20)\d\d\b", said) \
            or value.get("precision") not in ("day", "month"):
        return value
    weekday = any(w in said.lower() for w in WEEKDAYS) and not any(m in said.lower() for m in MONTH_WORDS)

    def later(iso: str) -> str:
        day = date.fromisoformat(iso)
        if weekday:
            return (day + timedelta(days=7)).isoformat()
        try:
            return day.replace(year=day.year + 1).isoformat()
        except ValueError:  # February 29
            return day.replace(year=day.year + 1, day=28).isoformat()

    return {**value, "start": later(value["start"]), "end": later(value["end"])}

