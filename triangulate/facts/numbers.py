"""Number phrases in running text, as intervals that keep their qualifier.

"over 100,000" -> (100000, inf); "most of its 120,000" -> (60000, 120000];
"more than two dozen" -> (24, inf); "about 130" -> a rounding band; "tens of thousands" ->
[20000, 100000).  Spelled-out numbers are read with text2num; the vague quantities and the
qualifiers, which text2num does not cover, are a small rule layer on top.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .dates import YEAR_WORD
from .scores import RESULT

UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen").split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = ("hundred", "thousand", "million", "billion", "trillion")
SCALE_PHRASE = r"(?:half\s+an?|an?\s+(?:quarter|third)\s+of\s+an?|an?)\s+(?:dozen|hundred|thousand|million|billion|trillion)"
FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}  # "half a million", "a quarter of a million"
NUMBER_WORD = "|".join(UNITS + TENS + list(SCALES) + ["a", "an", "and", "dozen"])

DECIMALS = r"(?:(?:\.| \. )\d+)?"  # " . " only in text tokenized word by word ("5 . 9", as "120 , 000")
DIGITS = rf"\d{{1,3}}(?:(?: ?, ?)\d{{3}})+{DECIMALS}|\d+{DECIMALS}"
WORDS = (rf"(?:(?:{'|'.join(UNITS + TENS)})(?:(?:\s*-\s*|\s+)(?:{'|'.join(UNITS + TENS)}))?"
         rf"(?:\s+(?:and\s+)?(?:{'|'.join(UNITS + TENS + list(SCALES))}))*|{SCALE_PHRASE})")
MAGNITUDE = r"(?:(?:\s+|\s?-\s?)(?:hundred|thousand|million|billion|trillion)\b)?"  # ("$143-billion")
GLUED_UNIT = r"(?:(?:km|kms|kph|mph|kg|kgs|lbs?|ft|pc)\b)"  # "48km", "193km/h": a number with its unit
ABBREVIATED = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12}  # after a currency
# sign ("$146bn", "£5m") or before what is counted ("1.8m people"): "5m" alone may be metres
AMBIGUOUS = {"k", "m", "b"}  # as abbreviations: also kilo-, metres, bytes
COUNTED_AFTER = re.compile(r"\s+(?:people|residents|inhabitants|voters|viewers|users|customers|households|homes|"
                           r"doses|refugees|children|barrels|dollars|euros|pounds)\b", re.I)
CURRENCY_BEFORE = re.compile(r"(?P<sign>US\$|A\$|C\$|HK\$|\$|£|€|¥|₹|USD|EUR|GBP|\beuro(?!\s))\s?$")  # (wire
# copy spells the sign: "euro30 billion")
VAGUE = {  # plural multiplier words: "dozens", "hundreds", "tens of thousands"
    r"tens\s+of\s+thousands": (20_000, 100_000),
    r"hundreds\s+of\s+thousands": (200_000, 1_000_000),
    r"dozens": (24, 100),
    r"scores": (40, 100),
    r"hundreds": (200, 1000),
    r"thousands": (2000, 10_000),
    r"millions": (2_000_000, 10_000_000),
}
DOZEN = r"(?:\s+dozen)?"
TIME_UNIT = r"(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b"  # a number word joined to one
# by a hyphen is still a number ("a two-year-old", "a nine-month-old"); to other words it is not
# ("two-thirds", "one-sided")

# qualifier -> how it turns a value x into an interval (low, high, low_open, high_open)
QUALIFIERS: dict[str, tuple[str, ...]] = {
    "more_than": ("more than", "over", "upwards of", "in excess of", "above", "greater than"),
    "at_least": ("at least", "no fewer than", "no less than", "a minimum of"),
    "nearly": ("nearly", "almost", "close to", "just under", "just shy of"),
    "about": ("about", "around", "approximately", "roughly", "some", "an estimated", "estimated",
              "around about", "circa", "or so"),
    "up_to": ("up to", "as many as", "at most", "no more than", "a maximum of"),
    "fewer_than": ("fewer than", "less than", "under", "below"),
    "most_of": ("most of", "the majority of", "most of the", "most of its", "most of their"),
}
_QUAL = sorted(((p, k) for k, ps in QUALIFIERS.items() for p in ps), key=lambda x: -len(x[0]))
QUALIFIER_RE = re.compile(r"(?:" + "|".join(re.escape(p) for p, _ in _QUAL) + r")\s+(?:the\s+|its\s+|their\s+)?$", re.I)
NUMBER_RE = re.compile(
    r"(?:(?<![\w.-])|(?<=\beuro)|(?<=magnitude-))(?:(?P<vague>" + "|".join(VAGUE) + r")(?![\w-])"
    r"|(?P<digits>" + DIGITS + r")(?P<mag>" + MAGNITUDE + r")(?P<abbr>\s?(?:" + "|".join(ABBREVIATED) + r"))?"
    r"(?P<dz>" + DOZEN + r")(?!(?!" + GLUED_UNIT + r")\w|\.\d|-\d)"
    r"|(?P<words>" + WORDS + r")(?P<wdz>" + DOZEN + r")(?!\w|-(?!" + TIME_UNIT + r")))",
    re.I)


@dataclass(frozen=True)
class Amount:
    """A number phrase: exact value if stated exactly, and the interval it allows."""

    start: int
    end: int
    text: str
    low: float
    high: float
    low_open: bool = False
    high_open: bool = False
    exact: float | None = None
    qualifier: str | None = None

    def to_value(self) -> dict:
        def num(x: float):
            if math.isinf(x):
                return None
            return int(x) if float(x).is_integer() else precise(x)
        return {"low": num(self.low), "high": num(self.high), "low_open": self.low_open,
                "high_open": self.high_open, "exact": None if self.exact is None else num(self.exact),
                "qualifier": self.qualifier, "text": self.text}


def precise(x: float) -> float:
    """x to 3 decimals, or below 1 to 6 significant digits: "15 seconds" in days is not zero."""
    return round(x, 3) if abs(x) >= 1 else float(f"{x:.6g}")


def words_to_number(phrase: str) -> float | None:
    """'thirty-one' -> 31, 'two dozen' -> 24, 'a hundred and five' -> 105 (text2num underneath)."""
    from text_to_num import text2num

    words = re.sub(r"\s*-\s*", "-", phrase.lower().strip())
    share = 1.0
    if m := re.match(r"(?:an?\s+)?(half|quarter|third)\s+(?:of\s+)?an?\s+", words):
        share, words = FRACTIONS[m[1]], "a " + words[m.end():]
    dozen = 1
    if words.endswith("dozen"):
        words, dozen = words[: -len("dozen")].strip(), 12
        if words in ("", "a"):
            return 12.0 * share
    words = re.sub(r"^an?\s+", "one ", words)
    try:
        return float(text2num(words, "en")) * dozen * share
    except ValueError:
        return None


SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}


def _digits_to_number(digits: str, mag: str, dozen: str) -> float:
    value = float(re.sub(r"\s|,", "", digits))
    value *= SCALES.get(mag.strip(" -").lower(), 1)
    return value * (12 if dozen.strip() else 1)


def round_band(x: float) -> tuple[float, float]:
    """A figure told round ("a million", "$500 billion") holds what rounds to it at its one
    significant digit: half a million is 450,000 to 550,000."""
    unit = 10 ** math.floor(math.log10(x))
    return x - unit / 2, x + unit / 2


def _rounding_band(x: float) -> tuple[float, float]:
    """'about x': within 10%, and at least the unit of the last significant digit."""
    if x == 0:
        return 0.0, 1.0
    magnitude = 10 ** max(0, math.floor(math.log10(abs(x))) - 1) if x >= 100 else 1
    spread = max(0.1 * x, magnitude / 2)
    return x - spread, x + spread


def qualify(x: float, qualifier: str | None) -> tuple[float, float, bool, bool]:
    """The interval (low, high, low_open, high_open) that `qualifier x` allows."""
    if qualifier == "more_than":
        return x, math.inf, True, True
    if qualifier == "at_least":
        return x, math.inf, False, True
    if qualifier == "nearly":
        return 0.85 * x, x, False, True
    if qualifier == "about":
        low, high = _rounding_band(x)
        return low, high, False, False
    if qualifier == "up_to":
        return 0, x, False, False
    if qualifier == "fewer_than":
        return 0, x, False, True
    if qualifier == "most_of":
        return x / 2, x, True, False
    return x, x, False, False


ZERO_OR_ONE = re.compile(
    r"\b(?:(?P<zero>no)\s+(?=(?:arrests|deaths|injuries|casualties|fatalities|survivors|suspects|"
    r"people|victims|children|students|civilians|soldiers|dead|wounded|injured)\b)"
    r"|(?P<one>another)\s+(?=[a-z]+\b(?!\s*\d)))",
    re.I)


NTH_HARMED = re.compile(r"\b(?:wound|injur|kill|shoot|shot|hurt|stab|hit)\w*\s+(?P<nth>an?\s+(?:third|fourth|fifth|"
                        r"sixth|seventh|eighth|ninth|tenth|eleventh|twelfth))\b(?!\s+(?:of|time|round|quarter|term)\b)",
                        re.I)  # "killed two and critically wounded a third": one more person


ANOTHER_NOT_ONE = re.compile(rf"\s+(?:\d|(?:{'|'.join(UNITS + TENS)}|dozen|of|time|day|week|year)\b)", re.I)  # "another
# four people" (four more), "another of the victims", "another time"


def _zero_or_one(text: str) -> list[Amount]:
    """'No arrests' is a count of 0, 'another woman' of 1 and so is the 'a third' of 'killed two
    and wounded a third'; 'no one', 'another 50' and 'a third of them' are not."""
    out = [Amount(m.start("nth"), m.end("nth"), m["nth"], 1.0, 1.0, exact=1.0) for m in NTH_HARMED.finditer(text)]
    for m in ZERO_OR_ONE.finditer(text):
        if m["one"] and ANOTHER_NOT_ONE.match(text, m.end("one")):
            continue
        value, word = (0.0, "zero") if m["zero"] else (1.0, "one")
        end = m.end(word)
        out.append(Amount(m.start(), end, text[m.start():end], value, value, exact=value))
    return out


AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b", re.I)


def find_amounts(text: str) -> list[Amount]:
    """Every number phrase in `text` with its qualifier; offsets are offsets into `text`."""
    found = _zero_or_one(text)
    for m in NUMBER_RE.finditer(text):
        if m["vague"]:
            key = next(k for k in VAGUE if re.fullmatch(k, m["vague"], re.I))
            low, high = VAGUE[key]
            found.append(Amount(m.start(), m.end(), m.group(0), low, high, False, True, None, "vague"))
            continue
        metres = False
        if m["digits"]:
            value = _digits_to_number(m["digits"], m["mag"] or "", m["dz"] or "")
            if m["abbr"]:
                abbr = m["abbr"].strip().lower()
                if m["mag"] or abbr in AMBIGUOUS and not (CURRENCY_BEFORE.search(text, max(0, m.start() - 4), m.start())
                                                          or COUNTED_AFTER.match(text, m.end())):
                    if abbr != "m" or m["mag"] or m["abbr"] != m["abbr"].strip():
                        continue  # "5k" may be kilo-, "5 m" anything ("$146bn", "1.8m people" are read below)
                    metres = True  # "600m" with no currency and nothing counted after: metres
                else:
                    value *= ABBREVIATED[abbr]
        else:
            phrase = m["words"] + (m["wdz"] or "")
            if phrase.strip().lower() in ("a", "an", "and"):
                continue
            value = words_to_number(phrase)
            if value is None:
                continue

        start, end = m.start(), m.end()
        if metres:
            end = m.start("abbr")  # "fell about 600m": the "m" is the unit (quantities.MEASURED_IN)
        if half := AND_A_HALF.match(text, end):
            value, end = value + 0.5, half.end()  # "22 and a half years", "two and a half hours"
        qualifier = None
        sign = CURRENCY_BEFORE.search(text, max(0, start - 4), start)  # "nearly $500 billion"
        q = QUALIFIER_RE.search(text, max(0, start - 34), sign.start() if sign else start)
        if q and q.end() == (sign.start() if sign else start):
            phrase = re.sub(r"\s+(?:the|its|their)\s*$|\s+$", "", q.group(0).lower())
            qualifier = next((k for p, k in _QUAL if p == phrase), None)
            start = q.start()
        low, high, lo_open, hi_open = qualify(value, qualifier)
        exact = value if qualifier is None else None
        if qualifier is None and m["words"] and value >= 1000 and re.fullmatch(SCALE_PHRASE, m["words"].strip(), re.I):
            (low, high), qualifier = round_band(value), "round"  # "half a million": a round figure
        if qualifier is None and (after := QUALIFIER_AFTER.match(text, end)):
            qualifier = AFTER_QUALIFIERS[(after["word"] or after["sign"]).lower()]
            (low, high, lo_open, hi_open), exact, end = qualify(value, qualifier), None, after.end()
        found.append(Amount(start, end, text[start:end], low, high, lo_open, hi_open,
                            exact, qualifier or None))
    return _ranges(text, sorted(found + _dashed_ranges(text), key=lambda a: a.start))


# A qualifier after its number: "five or more", "30 or so", "200-plus", "100+ people"
QUALIFIER_AFTER = re.compile(r"(?:\s+or\s+(?P<word>more|so|fewer|less)|(?P<sign>-plus|\+))(?![\w+])", re.I)
AFTER_QUALIFIERS = {"more": "at_least", "so": "about", "fewer": "up_to", "less": "up_to", "-plus": "at_least",
                    "+": "at_least"}
# Two numbers told as the ends of one range: "20 to 30", "two or three", "between 200 and 300",
# "a 5- or 6-year-old", "20-30 people"
RANGE_JOIN = re.compile(r"\s*(?:-\s*)?(?:to|or)\s+(?:[$£€]\s?)?", re.I)
BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
BETWEEN_JOIN = re.compile(r"\s+and\s+(?:[$£€]\s?)?", re.I)
CHANGE_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)  # "rose from 5 to 7": two values, before and after
_FIGURE = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d+)?"
DASHED_RANGE = re.compile(rf"(?<![\w.,/:+-])(?P<a>{_FIGURE})\s?[-–]\s?(?P<b>{_FIGURE})(?P<mag>{MAGNITUDE})"
                          r"(?![\w/:-]|[.,]\d|\s?[-–]\s?\d)")  # (not a phone number "412-555-1234")
SCALE_WORD = re.compile(r"(?<=[\d\s-])(" + "|".join(sorted({*SCALES, *ABBREVIATED}, key=len, reverse=True)) + r")\b",
                        re.I)


def _scale(text: str) -> float:
    """The scale word of a number phrase: 1e6 for "3 million", "3m", "three million"; 100 for
    "three hundred"; else 1."""
    m = SCALE_WORD.search(text)
    return float({**SCALES, **ABBREVIATED}[m[1].lower()]) if m else 1.0


# What a dashed range counts, right after it: a plural, a unit, a percentage ("20-30 people",
# "5-10%", "10-20 km"), not a season's record ("went 2-6.", "the 0-14 Lions", "a 2-13 season")
DASHED_COUNTS = re.compile(r"\s?(?:%|(?:percent|per\s+cent|people|children|men|women|feet|km|kg|mph|kph|ft|m)\b|"
                           r"(?!seasons?\b|games\b|wins\b|"
                           r"losses\b|records?\b|starts?\b|runs?\b|series\b)[a-z]+s\b)")


def _dashed_ranges(text: str) -> list[Amount]:
    """'20-30 people', '5,000-6,000 homes', '$5-6 billion': two figures joined by a dash,
    ascending, before what they count, where no game's score is told around them ("lost 1-2")."""
    found = []
    for m in DASHED_RANGE.finditer(text):
        if not (m["mag"] or DASHED_COUNTS.match(text, m.end())) or re.fullmatch(r"9\s?[-–]\s?11", m[0]) \
                or RESULT.search(text[max(0, m.start() - 40):m.end() + 40]):
            continue  # (the attacks of 9-11 are no range)
        scale = _digits_to_number("1", m["mag"] or "", "")
        low, high = (_digits_to_number(m[k], "", "") * scale for k in ("a", "b"))
        if low < high:
            found.append(Amount(m.start(), m.end(), m[0], low, high, qualifier="range"))
    return found


def _ranges(text: str, found: list[Amount]) -> list[Amount]:
    """Adjacent numbers that are the two ends of one range, joined into one interval: "two or
    three people" allows 2 to 3, not "2 people" and "3 people"; the scale of the second end is
    the first's too ("between 2 and 3 million").  Not "from 5 to 7" (a change), "voted 52 to 48"
    (a tally: a range ascends) nor "between 2010 and 2015" (years)."""
    out: list[Amount] = []
    for amount in found:
        first = out[-1] if out else None
        if first is not None and _range_ends(text, first, amount):
            scale = _scale(amount.text) if _scale(first.text) == 1 else 1.0
            low, high = first.low, first.high
            if high * scale <= amount.low:
                low, high = low * scale, high * scale
            if high < amount.low:
                between = BETWEEN_BEFORE.search(text, max(0, first.start - 10), first.start)
                start = between.start() if between else first.start  # (quoted with its "between")
                out[-1] = Amount(start, amount.end, text[start:amount.end], low, amount.high,
                                 first.low_open, amount.high_open, None, "range")
                continue
        out.append(amount)
    return out


def _range_ends(text: str, first: Amount, second: Amount) -> bool:
    """Whether two adjacent numbers are joined as the ends of one range ("20 to 30", "two or
    three", "between 200 and 300"), neither qualified but for an "about" before the first."""
    if first.qualifier not in (None, "about") or second.qualifier is not None \
            or any(YEAR_WORD.fullmatch(a.text.strip()) for a in (first, second)):
        return False
    between = text[first.end:second.start]
    if BETWEEN_BEFORE.search(text, max(0, first.start - 10), first.start):
        return BETWEEN_JOIN.fullmatch(between) is not None
    return RANGE_JOIN.fullmatch(between) is not None \
        and not CHANGE_FROM_BEFORE.search(text, max(0, first.start - 10), first.start)


def overlaps(a: Amount | dict, b: Amount | dict) -> bool:
    """Whether two intervals share at least one value (open ends respected)."""
    a, b = _as_dict(a), _as_dict(b)
    a_lo, a_hi = _bound(a["low"], 0), _bound(a["high"], math.inf)
    b_lo, b_hi = _bound(b["low"], 0), _bound(b["high"], math.inf)
    if a_hi < b_lo or b_hi < a_lo:
        return False
    if a_hi == b_lo:
        return not (a["high_open"] or b["low_open"])
    if b_hi == a_lo:
        return not (b["high_open"] or a["low_open"])
    return True


def _as_dict(x: Amount | dict) -> dict:
    return x.to_value() if isinstance(x, Amount) else x


def _bound(v, default: float) -> float:
    return default if v is None else float(v)
