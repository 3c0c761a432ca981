"""Quantity facts: counts, ages, money, percentages, measurements and durations, each an
interval with its qualifier.

Numbers that are not quantities of something are left to other extractors or dropped: years and
dates (dates.py, with "three days later" and "two weeks ago"), clock times, ordinals, decimals
split by the tokenizer, addresses.  Coordinated counts of the same kind of thing are also summed
("Thirty-one personnel ... and one serviceman" = 32).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from . import context, people
from .dates import MONTH_ABBR, MONTHS
from .numbers import CURRENCY_BEFORE, Amount, find_amounts, precise, round_band
from .places import STREET_NAME
from .times import MERIDIEM, is_twenty_four_hour

UNIT_AFTER = re.compile(r"\s*-?\s*(?P<unit>years?|months?|weeks?|days?|hours?|minutes?|seconds?|"
                        r"decades?|centuries|century)\b(?P<old>\s*-?\s*old)?", re.I)
TIME_AFTER = re.compile(rf"\s*(?:{MERIDIEM}|:\s?\d\d|o'clock|gmt|utc|[ap]\.m\.)", re.I)
MONEY_AFTER = re.compile(r"\s*(?P<word>dollars?|euros?|pounds?\s+sterling|yen|yuan|rupees?|usd|eur|gbp)\b", re.I)
# ("135 pounds" alone is more often a weight than money)
CONVERTED_BEFORE = re.compile(r"(?:(?:[$£€¥₹]|\beuro)\s?[\d.,]+\s?(?:[a-z]+\s?)?|\d\s?(?:[a-z]+\s)?(?:dollars?|euros?|pounds?|yen|yuan)\s?)\(\s*$",
                              re.I)
CURRENCIES = {"us$": "USD", "$": "USD", "usd": "USD", "dollar": "USD", "a$": "AUD", "c$": "CAD", "hk$": "HKD",
              "£": "GBP", "gbp": "GBP", "pound": "GBP", "€": "EUR", "eur": "EUR", "euro": "EUR", "¥": "JPY",
              "yen": "JPY", "yuan": "CNY", "₹": "INR", "rupee": "INR"}


def money_sign(text: str, amount: Amount) -> re.Match | None:
    """The currency sign of an amount: just before it ("$141 billion"), or between its
    qualifier and its number ("nearly $500 billion")."""
    digit = re.search(r"\d", amount.text)
    inside = CURRENCY_BEFORE.search(amount.text[:digit.start()]) if digit else None
    return inside or CURRENCY_BEFORE.search(text[max(0, amount.start - 12):amount.start])


def currency(text: str, amount: Amount) -> str | None:
    """The currency of a sum of money ("$141 billion": USD, "110 billion euros": EUR)."""
    before = money_sign(text, amount)
    if before:
        return CURRENCIES.get(before["sign"].lower())
    after = MONEY_AFTER.match(text, amount.end)
    word = after["word"].lower().split()[0].rstrip("s") if after else None
    return CURRENCIES.get(word) if word else None
PERCENT_AFTER = re.compile(r"\s*(?:%|percent\b|per cent\b|pc\b)", re.I)  # ("40pc": British papers)
SPLIT_NUMBER = re.compile(r"^\s?[./:]\s?\d|^\s?-\s?\d")
NOT_A_COUNT_BEFORE = re.compile(r"(?:\bno|\bnumber|\bno\.|#|\bpages?|\broute|\bline|\bflight|\bbuilding|"
                                r"\bchannel|\bpart|\bsection|\bcase|\barticle|\bverses?|\bchapters?|[:/\d])\s*$|\.$",
                                re.I)  # (a full stop then a space ends a sentence: "... on Sunday. About 207 million
# people" is a count)
MAGNITUDE = re.compile(r"magnitude|richter", re.I)
EMERGENCY_NUMBER = re.compile(r"911|999|112")  # "called 911", "a 911 dispatcher", "999 calls"
EMERGENCY_AFTER = re.compile(r"\s*(?:-\s*)?(?:calls?|callers?|dispatch\w*|operators?|emergenc\w+|cent(?:er|re)s?|"
                             r"system|lines?|tapes?|recordings?)\b", re.I)
EMERGENCY_BEFORE = re.compile(r"\b(?:call(?:s|ed|ing)?|dial(?:s|l?ed|l?ing)?|phoned)\s+(?:to\s+)?$", re.I)  # (not
# "the toll rose to 112")
MAGNITUDE_BEFORE = re.compile(r"\bmagnitude(?:\s+of)?\s*-?\s*$", re.I)
NOT_A_COUNT_AFTER = re.compile(r"\s*(?:-\s*)?(?:block|caliber|calibre|mm\b|degrees?|"
                               r"th\b|st\b|nd\b|rd\b)", re.I)
ADDRESS_AFTER = re.compile(r"\s+" + STREET_NAME)  # "240 Woodland Street", "2500 N. Hollywood Way": a house number
MONTH_AFTER = re.compile(r"\s+(?:" + "|".join(sorted({m.capitalize() for m in [*MONTHS, *MONTH_ABBR]}, key=len, reverse=True))
                         + r")\b")  # "5 November", "5 Nov": a day (capitalised: "5 may" is no date)
AGE_APPOSITION = re.compile(r",\s*(?:aged\s+)?$")
STATED_AGE_BEFORE = re.compile(r"(?:^|[.!?”\"]\s+|\n)(?P<pronoun>He|She)\s+(?:was|is)\s+(?:aged\s+)?$")  # "She
# was 85." opening its sentence (not "when she was 14": an age then)
STATED_AGE_AFTER = re.compile(r"\s*(?:[.;]|,\s*(?:and|but)\b|$)")
PEOPLE = {"people", "person", "persons", "soldier", "soldiers", "serviceman", "servicemen",
          "personnel", "military", "troops", "civilian", "civilians", "prisoner", "prisoners",
          "child", "children", "adult", "adults", "man", "men", "woman", "women", "victim",
          "victims", "resident", "residents", "officer", "officers", "student", "students",
          "worker", "workers", "member", "members", "leader", "leaders", "teen", "teens",
          "boy", "boys", "girl", "girls", "patient", "patients", "migrant", "migrants",
          "refugee", "refugees", "hostage", "hostages", "detainee", "detainees", "fighter",
          "fighters", "passenger", "passengers", "employee", "employees", "staff", "others",
          "suspect", "suspects", "gunman", "gunmen", "attacker", "attackers", "individual", "individuals",
          "son", "sons", "daughter", "daughters", "baby", "babies", "toddler", "toddlers", "infant", "infants"}
PEOPLE_BY_ROLE = ("firefighter", "policeman", "policewoman", "police", "trooper", "deputy", "agent", "guard", "marine",
         "sailor", "pilot", "crew", "crewman", "crewmember", "journalist", "reporter", "photographer", "protester",
         "protestor", "demonstrator", "activist", "tourist", "pilgrim", "visitor", "spectator", "fan", "player",
         "athlete", "miner", "farmer", "fisherman", "villager", "citizen", "national", "voter", "pedestrian",
         "driver", "motorist", "cyclist", "rider", "hiker", "climber", "survivor", "bystander", "customer",
         "shopper", "worshipper", "inmate", "militant", "rebel", "insurgent", "terrorist", "assailant", "shooter",
         "robber", "kidnapper", "doctor", "nurse", "paramedic", "medic", "teacher", "pupil", "classmate", "friend",
         "relative", "sibling", "brother", "sister", "parent", "mother", "father", "kid", "youth", "teenager",
         "lawmaker", "senator", "legislator", "official", "minister", "diplomat", "rescuer", "volunteer",
         "peacekeeper", "contractor", "laborer", "labourer", "staffer", "evacuee", "occupant", "tenant", "neighbor",
         "neighbour", "guest", "attendee", "participant", "delegate", "defendant", "witness", "recruit", "cadet")


def _plural(noun: str) -> str:
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


PEOPLE |= {form for role in PEOPLE_BY_ROLE for form in (role, _plural(role))}  # people named by what they do or are


@dataclass
class Quantity:
    amount: Amount
    unit: str  # "count", "age (years)", "money ($)", "percent", ...
    about: str
    keys: list[str]
    anchors: list[str]
    noun: Token | None
    start: int
    end: int
    measure: str | None = None
    part: bool = False  # "one of them", "two of the victims": a part of a group, not its size
    expected: bool = False  # "analysts expected the rate to fall to 5.7%", "will supply 200 million doses":
    # a forecast or a plan, not a report of what happened
    previous: bool = False  # "fell to 3.5% from 3.7%": the value before the change
    increment: bool = False  # "six more bodies": added to an earlier figure
    whole_set: bool = False  # "all 12 spending bills", "a group of 2,500": the size of a set named whole
    currency: str | None = None  # of a sum of money: "USD", "EUR", ...
    converted: bool = False  # "110 billion euros ($141 billion)": a conversion at some rate
    personal: bool = False  # counted in a clause whose subject is a person: "he had 53 catches"
    period: bool = False  # a length of time up to the telling: "three decades of control", "the past 30 years"
    share: str | None = None  # what a percentage is a share of: "vote" ("52% of the vote"), "rate"
    # ("the unemployment rate rose to 3.6%"), "wage" ("wages rose 3%")


RATE_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,3}(?:(?:a|per|each|every|in\s+a\s+single|in\s+one)\s+"
                        r"(?:day|week|month|year|hour|minute)\b(?!\s+(?:after|before|earlier|later|ago))|"
                        r"in\s+the\s+(?:past|last)\s+24\s+hours)|"
                        r"\s*(?:[\w-]+\s+){0,4}on\s+average\b", re.I)  # "1,400 Americans have died on average"
EXPECT = {"expect", "forecast", "predict", "project", "anticipate"}  # "economists expected 5.7%"
CHANGE = {"fall", "drop", "rise", "increase", "decrease", "decline", "climb", "jump", "grow", "slide",
          "dip", "surge", "soar", "plunge", "tumble", "edge", "go", "up", "down", "cut", "raise", "lower"}


def _previous(text: str, span: Span) -> bool:
    """'from 3.7%' in a sentence that tells of a change: the earlier value, not the news ("fell
    to 3.5% from 3.7%"), when "from" hangs on the change ("the toll from the 7.6-magnitude quake
    rose to 62" tells no earlier magnitude)."""
    if not re.search(r"\bfrom\s+(?:a\s+|an\s+|the\s+)?(?:[$£€]\s?)?$", text[max(0, span.start_char - 12):span.start_char]):
        return False
    before = [t for t in span.doc[max(0, span.start - 3):span.start] if t.lower_ == "from"]
    if before and before[-1].head.pos_ in ("NOUN", "PROPN") and before[-1].head.lemma_.lower() not in CHANGE:
        return False  # "from" of a noun: "the death toll from the quake"
    return any(t.lemma_.lower() in CHANGE for t in span.sent)


def _expected(span: Span) -> bool:
    """The figure is what someone expected or forecast, not what happened."""
    for t in [span.root, *span.root.ancestors]:
        if t.lemma_.lower() in EXPECT or t.lemma_.lower() == "look" and any(c.lower_ == "for" for c in t.children):
            return True
    return False


# Measurements, each in one unit so that reports in miles and in kilometres compare: unit word
# (as written) -> (unit of the fact, factor to it).  "135 pounds" alone is a weight, not money.
MEASURED_IN = {
    "distance (m)": {"km": 1000, "kms": 1000, "kilometre": 1000, "kilometer": 1000, "mile": 1609.344,
                     "metre": 1, "meter": 1, "m": 1, "yard": 0.9144, "foot": 0.3048, "feet": 0.3048, "ft": 0.3048},
    "speed (km/h)": {"km/h": 1, "kph": 1, "km per hour": 1, "kilometre per hour": 1, "kilometer per hour": 1,
                     "mph": 1.609344, "mile per hour": 1.609344, "knot": 1.852},
    "weight (kg)": {"kg": 1, "kgs": 1, "kilogram": 1, "kilo": 1, "pound": 0.45359237, "lb": 0.45359237,
                    "lbs": 0.45359237, "tonne": 1000, "metric ton": 1000},
    "duration (days)": {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7,
                        "month": 30.4375, "year": 365.25, "decade": 3652.5, "century": 36525, "centuries": 36525},
}  # (durations: "a 24-hour strike" and "a one-day strike", "18 months" and "a year and a half")
RELATIVE_AFTER = re.compile(r"\s*(?:ago|later|earlier|before|after|since|prior|from\s+now|into|on)\b", re.I)  # "three
# days later", "two weeks after the attack": a date, told from another (dates.py)
_MEASURE_WORDS = sorted({w for units in MEASURED_IN.values() for w in units}, key=len, reverse=True)
MEASURE_AFTER = re.compile(r"\s*-?\s*(?P<word>" + "|".join(
    re.escape(w).replace(r"\ per\ ", r"s?\s+(?:per|an|a)\s+").replace("/", r"\s?/\s?")
    + ("" if w.endswith(("s", "/h", "mph", "kph")) or w in ("ft", "feet") else "s?")
    for w in _MEASURE_WORDS) + r")(?![\w/])", re.I)


def measurement(text: str, end: int) -> tuple[str, float, int] | None:
    """(unit of the fact, factor, end of the unit) of a number followed by a unit of measure:
    '30 miles', '193km/h'."""
    m = MEASURE_AFTER.match(text, end)
    if m is None:
        return None
    word = re.sub(r"\s+(?:per|an|a)\s+", " per ", re.sub(r"\s?/\s?", "/", m["word"].lower()))
    for form in (word, re.sub(r"s(?= per)", "", word), word[:-1]):  # as written, or singular
        for unit, factors in MEASURED_IN.items():
            if form in factors:
                return unit, factors[form], m.end()
    return None


AGED_NOUNS = {"man", "men", "woman", "women", "boy", "boys", "girl", "girls", "child", "children", "son", "sons",
              "daughter", "daughters", "baby", "babies", "infant", "toddler", "teen", "teens", "teenager",
              "teenagers", "kid", "kids", "youth", "brother", "sister", "grandson", "granddaughter", "stepson",
              "stepdaughter", "nephew", "niece", "grandchild", "adult", "adults", "person", "people"}


def _hyphened_before_person(after: str, unit: re.Match) -> bool:
    """'a 16-year girl', 'his 6-month son': an age whose "old" was left out (not 'a 15-year
    employee', 'a 30-year resident': how long they have been one)."""
    person = re.match(r"\s+([a-z]+)", after[unit.end():])
    return "-" in unit.group(0) and person is not None and person[1] in AGED_NOUNS


_SMALL = r"(?:\d{1,3}(?![\d,.])|one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)"
RATIO_AFTER = re.compile(r"\s+in\s+(?:every\s+)?" + _SMALL + r"\b(?!\s*(?:-\s*)?(?:second|minute|hour|day|week|month|"
                         r"year|decade|mile|km|kilomet|attack|incident|shooting|game|match|race|round|state|countr|"
                         r"cit|town|village))", re.I)  # "one in five trains ran": a
RATIO_BEFORE = re.compile(r"\b" + _SMALL + r"\s+in\s+(?:every\s+)?$", re.I)  # proportion, neither a count


def is_age(value: dict) -> bool:
    return value["unit"].startswith("age")  # "age (years)", "age (months)", "age (weeks)", ...


def ages_apart(a: dict, b: dict) -> float:
    """Years between the spans two ages allow, in whatever units they are told (negative where
    the spans overlap: "18 months" and "a 1-year-old")."""
    (a_low, a_high), (b_low, b_high) = _age_span(a), _age_span(b)
    return max(a_low, b_low) - min(a_high, b_high)


def _age_span(value: dict) -> tuple[float, float]:
    """The years an age allows, whatever its unit: a 2-year-old is 2 and not yet 3, a
    6-month-old half a year and not yet 7 months; "a 1- or 2-year-old", 1 and not yet 3."""
    days = MEASURED_IN["duration (days)"]
    word = value["unit"][len("age ("):-1]  # ("years", "months", "centuries")
    per_year = days["year"] / (days.get(word) or days[word[:-1]])
    high = value["high"]
    return (value["low"] or 0) / per_year, math.inf if high is None else (high + 1) / per_year


def _unit(text: str, amount: Amount) -> str | None:
    """The kind of number, or None when it is not a quantity fact."""
    after = text[amount.end:amount.end + 40].split("\n", 1)[0]  # a line break ends the context:
    before = text[max(0, amount.start - 12):amount.start].rsplit("\n", 1)[-1]  # "... May 2010\nThree"
    if SPLIT_NUMBER.match(after) or NOT_A_COUNT_AFTER.match(after) or NOT_A_COUNT_BEFORE.search(before) \
            or ADDRESS_AFTER.match(after) and re.fullmatch(r"\d+", amount.text) \
            or MONTH_AFTER.match(after) or RATIO_AFTER.match(after) or RATIO_BEFORE.search(before):
        return None
    if amount.exact is not None and 1800 <= amount.exact <= 2100 and "," not in amount.text:
        return None  # a year
    if re.match(r"0\d", amount.text):
        return None  # "05 May", "007": a day or a code, never a count
    if before.endswith("(") or re.match(r"\d{4,}$", amount.text) and not re.match(r"\s+[a-z]", after):
        return None  # a phone number, code or identifier
    if TIME_AFTER.match(after) or is_twenty_four_hour(text, amount.start, amount.end):
        return None  # a clock time ("5 p.m.", "2130 hours")
    if EMERGENCY_NUMBER.fullmatch(amount.text) and (EMERGENCY_AFTER.match(after) or EMERGENCY_BEFORE.search(before)):
        return None  # the emergency number, not a count
    unit = UNIT_AFTER.match(after)
    if unit:
        if unit["old"] or _hyphened_before_person(after, unit):
            return f"age ({unit['unit'].lower().rstrip('s')}s)"  # (a headline's "5-Year-Old")
        return None if RELATIVE_AFTER.match(after, unit.end()) else "duration (days)"
    if money_sign(text, amount) or MONEY_AFTER.match(after):
        return "money"
    if PERCENT_AFTER.match(after):
        return "percent"
    if (measured := measurement(text, amount.end)) is not None:
        return measured[0]
    if MAGNITUDE.search(text[max(0, amount.start - 25):amount.end + 25]) and (amount.exact or 0) < 10 \
            and re.search(r"\d", amount.text):
        return "magnitude"  # (in figures: "another magnitude 5.9 quake" is no magnitude 1)
    if RATE_AFTER.match(after):
        return "rate"  # "1,500 deaths a day" is not a toll (speeds are measurements, above)
    return "count"


MEASURES = {  # what a count of people measures, whatever the wording ("12 killed", "toll of 12")
    "deaths": {"kill", "die", "dead", "death", "toll", "fatality", "life", "perish", "body"},
    "injured": {"injure", "injured", "wound", "wounded", "hurt", "injury", "hospitalize", "hospitalise"},
    "arrested": {"arrest", "detain", "custody"},
    "missing": {"missing", "miss", "unaccounted"},
    "displaced": {"displace", "displaced", "evacuate", "evacuee", "homeless", "flee"},  # "displaced 10,000 people"
    "shot": {"shoot"},  # the dead and the wounded together
}
OUTCOMES = set().union(*MEASURES.values())  # "50 hurt", "three dead": counted by what befell them
POPULATED = {"city", "town", "village", "island", "country", "region", "province", "state", "nation",
             "population", "community", "home", "camp", "settlement", "township", "suburb", "district",
             "neighborhood", "neighbourhood", "enclave", "colony", "commune", "municipality"}
HOLDS_PEOPLE = {"house", "host", "shelter", "consist"}  # "the camp houses 70,000 refugees"
ADDED = "more|additional|new|further|extra"
ADDED_AFTER = re.compile(rf"^\s+(?:{ADDED})\b", re.I)
ADDED_OR_OTHER_AFTER = re.compile(rf"^\s+(?:{ADDED}|other)\b", re.I)  # what happened to "two other
# women" is told of them, not of all: no measure
ADDED_BEFORE = re.compile(r"\b(?:an?\s+(?:additional|further|extra)|another)\s*$", re.I)  # ("another four
# people died": four more)
WHOLE_SET_BEFORE = re.compile(r"\b(?:all(?:\s+of)?(?:\s+the)?|a\s+group\s+of|a\s+total\s+of)\s*$", re.I)
INCLUDING_BEFORE = re.compile(r"\b(?:including|among\s+them|of\s+whom|of\s+them)\s+"
                              r"(?:at\s+least\s+|about\s+|some\s+)?$", re.I)
REMAINDER_BEFORE = re.compile(r"\b(?:remaining|rest\s+of\s+the|last|first)\s*$", re.I)


def increment(text: str, amount: Amount) -> bool:
    """'six more bodies', 'an additional 100 million doses': a number added to an earlier one,
    not the total; so is 'another four'.  ('Two other women' and 'another woman' are not: they
    count those besides someone named, as a total does.)"""
    return bool(ADDED_AFTER.match(text[amount.end:amount.end + 15])
                or ADDED_BEFORE.search(text[max(0, amount.start - 20):amount.start]))


ROUND_SCALE = re.compile(r"\d\s*(?:million|billion|trillion|bn|mn|mln|m|tn)\b", re.I)


def _scaled(amount: Amount, factor: float) -> Amount:
    """The amount in the fact's unit of measure (a conversion adds no precision)."""
    def scale(x):
        return None if x is None else x if math.isinf(x) else precise(x * factor)
    return replace(amount, low=scale(amount.low), high=scale(amount.high), exact=scale(amount.exact))


def _rounded(amount: Amount) -> Amount:
    """A sum of money told as a round figure ("a $1 trillion bill", "$500 billion") is taken as
    rounded to its one significant digit: $1 trillion holds $1.2 trillion, $500 billion holds
    $484 billion.  Figures told more precisely ("$1.2 trillion", "$484 billion") stay exact."""
    x = amount.exact
    if not x or not ROUND_SCALE.search(amount.text):
        return amount
    if x % 10 ** math.floor(math.log10(x)):
        return amount  # more than one significant digit
    low, high = round_band(x)
    return replace(amount, low=low, high=high, qualifier="round")


def _population(noun: Token | None, span: Span) -> bool:
    """How many people live somewhere: "a city of 500,000 people", "home to 120,000 people",
    "200,000 residents", "a population of 120,000", "800 people live in the community"."""
    if noun is None:  # "a population of 120,000": the number is the object of "of"
        head = span.root.head
        return head.lower_ == "of" and head.head.lemma_.lower() == "population"
    if noun.lemma_.lower() == "inhabitant" or _dwelling(noun) is not None:
        return True
    verb = context.governing_verb(noun)  # "the island, which has 200,000 residents"
    if noun.lemma_.lower() == "resident" and verb is not None and verb.lemma_.lower() == "have":
        return True
    governor = noun.head.head if noun.head.lower_ in ("of", "to") else None
    return governor is not None and (noun.head.lower_ == "of" and governor.lemma_.lower() in POPULATED
                                     or noun.head.lower_ == "to" and governor.lower_ == "home")


DISTANCES = set(MEASURED_IN["distance (m)"])
DIRECTION = re.compile(r"(?:north|south|east|west)+(?:east|west)?(?:ward)?$|away|inland|offshore|outside", re.I)


def _distance_from(noun: Token) -> list[str]:
    """The place a distance is measured from, as the key of its head word: "35 miles southwest
    of the port of Bandar Abbas" -> abbas, "50 miles from North Korea's capital Pyongyang" ->
    pyongy, "130 miles north of the border" -> border (distances from different places never
    conflict)."""
    doc, i = noun.doc, noun.i + 1
    while i < len(doc) and DIRECTION.match(doc[i].text):
        i += 1
    if i == len(doc) or doc[i].lower_ not in ("of", "from"):
        return []
    place = next((t for t in doc[i].children if t.dep_ == "pobj"), None)
    while place is not None and place.pos_ != "PROPN":  # "the port of Bandar Abbas": the name
        of = next((c for c in place.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        named = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if named is None:
            break
        place = named
    if place is None:
        return []
    return [context.entity_key(place.text) if place.pos_ == "PROPN" else place.lemma_.lower()]


def _dwelling(noun: Token) -> Token | None:
    """The place the people a noun counts live in, where the clause says so: "800 people live
    in the community", "15,000 refugees living in Yida camp", "the camp houses 70,000 refugees",
    "the camp consists of 24,000 refugees" (people "in the building" or "in hospital" are not
    its population: the place must be a settlement, or named)."""
    verbs = [noun.head] if noun.dep_ in ("nsubj", "nsubjpass") else []
    verbs += [c for c in noun.children if c.dep_ == "acl"]
    for verb in verbs:
        if verb.lemma_.lower() == "live":
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
                place = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if place is not None and (place.lemma_.lower() in POPULATED or _place_name(place)):
                    return place
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun.head
    if noun.dep_ in ("dobj", "pobj") and holder.lemma_.lower() in HOLDS_PEOPLE:
        place = context.subject_of(holder)
        if place is not None and place.lemma_.lower() in POPULATED:
            return place
    return None


def _place_populated(token: Token) -> list[str]:
    """The named place a population belongs to: "Bandar Abbas, a city of 500,000 people",
    "Qeshm island, home to 120,000 people", "Qeshm is an island with a population of 120,000"."""
    dwelling = _dwelling(token)
    if dwelling is not None:
        return _place_name(dwelling) or _place_name(_antecedent(dwelling))
    for t in token.ancestors:
        if t.lower_ == "home" and t.i > 1 and t.nbor(-1).text == ",":
            place = t.nbor(-2)  # "Qeshm island, home to ...", however the parser attached "home"
            break
        if t.dep_ == "appos" or t.dep_ == "relcl":
            place = t.head
            break
        if t.pos_ in ("VERB", "AUX"):
            place = context.subject_of(t)
            break
    else:
        return []
    if place is None:
        return []
    return _place_name(place) or _place_name(_antecedent(place))


def _place_name(place: Token | None) -> list[str]:
    if place is None:
        return []
    named = [place, *(c for c in place.children if c.dep_ == "compound")]
    return sorted({context.entity_key(t.text) for t in named if t.pos_ == "PROPN"} - {""})  # NER of
    # the small model often misses or mislabels little-known places ("Bandar Abbas" as a person)


def _antecedent(place: Token) -> Token | None:
    """The named place a definite description refers back to: "the island" after "Qeshm Island"
    (its last earlier mention with a name)."""
    if place.pos_ != "NOUN" or not any(c.lower_ == "the" for c in place.children):
        return None
    lemma = place.lemma_.lower()
    return next((t for t in reversed(place.doc[:place.i]) if t.lemma_.lower() == lemma and _place_name(t)), None)


def measure(noun: Token | None, span: Span, text: str, end: int) -> str | None:
    """'deaths', 'injured', ... when a count of people (or a toll) says what happened to them;
    'crowd' when it says how many marched or gathered and nothing befell them."""
    if ADDED_OR_OTHER_AFTER.match(text[end:end + 15]):
        return None
    if _population(noun, span):
        return "population"  # "a city of 500,000 people", "home to 120,000 people": not a toll
    return _outcome(noun, span) or ("crowd" if _crowd(noun, span) else None)


CROWD_NOUNS = {"protester", "protestor", "demonstrator", "marcher", "mourner", "attendee", "crowd"}  # people
# counted by the gathering they make
CROWD_WORDS = CROWD_NOUNS | {"protest", "demonstration", "demonstrate", "march", "rally", "gather", "gathering",
                             "turnout", "vigil"}


def _crowd(noun: Token | None, span: Span) -> bool:
    """A count of people who protested, marched or gathered: "20,000 people took to the streets",
    "police put the march at 30,000 people", "a crowd of 5,000", "some 3,000 demonstrators"
    (police and organisers famously disagree on these).  The words that say so are the count's
    noun and what it is of, its verb, and that verb's subject and object; a month ("in March")
    says nothing."""
    if noun is not None and noun.lower_ not in PEOPLE and noun.lemma_.lower() not in CROWD_NOUNS:
        return False  # "two protests were held": a count of protests, not of people
    if span.text.lower() in ("one", "another"):
        return False  # "another", "one of the protesters": a person, no gathering
    counted = noun if noun is not None else span.root
    words = [counted, counted.head]
    if counted.head.lower_ == "of":
        words.append(counted.head.head)  # "a crowd of 5,000"
    verb = context.governing_verb(counted)
    if verb is not None:
        words += [verb, *(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))]
        streets = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                   if g.lemma_.lower() == "street"]
        if verb.lemma_.lower() == "take" and streets:
            return True  # "took to the streets"
    return any(t.lemma_.lower() in CROWD_WORDS and t.ent_type_ not in ("DATE", "TIME") for t in words)


def _outcome(noun: Token | None, span: Span) -> str | None:
    """What befell the people a count counts, by the nearest words that say it."""
    if noun is not None and noun.lower_ not in PEOPLE | {"toll"}:
        named = {m for m, lemmas in MEASURES.items() if noun.lemma_.lower() in lemmas}
        return named.pop() if len(named) == 1 else None  # "no arrests", "two deaths": the noun says it
    verb = context.governing_verb(span.root)
    own = [t.lemma_.lower() for t in (noun if noun is not None else span.root).children
           if t.dep_ in ("acl", "amod")]  # "ten killed and at least 50 injured": 50 injured
    near = [verb.lemma_.lower()] if verb is not None else []  # "killing 10 and injuring 80": 10 killed
    if noun is not None:
        near += [noun.head.lemma_.lower()] + [t.lemma_.lower() for t in noun.children]
    elif verb is not None and span.root.head.lower_ == "to":
        near += _raised_to(verb)  # "bringing the death toll to 11": what rose to the number
    window = near + [t.lemma_.lower() for t in span.sent if abs(t.i - span.root.i) <= 4]
    if verb is not None and (subject := context.subject_of(verb)) is not None:
        window.append(subject.lemma_.lower())
    for words in (own, near, window):  # the closest evidence first
        found = {m for m, lemmas in MEASURES.items() if lemmas & set(words)}
        if found == {"shot"} and verb is not None and _shot_dead(verb):
            return "deaths"
        if found == {"shot"} and not _object_of(noun if noun is not None else span.root, verb):
            found = set()  # a headline's "Shooting Leaves Woman Dead and 2 Hurt" shot no one
        if found == {"shot", "deaths"}:
            return "deaths"  # "two people were shot and killed"
        if len(found) == 1:
            return found.pop()
        if "shot" in found:
            return None  # "shot 14 people, killing five": the shot are not all dead or all hurt
    return None


def _raised_to(verb: Token) -> list[str]:
    """The words of what a verb brought to a number: "toll" and "death" of "bringing the death
    toll to 11", "number" and "dead" of "raising the number of dead to 30"."""
    found = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        found += [obj.lemma_.lower()] + [c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod")]
        found += [g.lemma_.lower() for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]
    return found


def _object_of(token: Token, verb: Token | None) -> bool:
    """`token` is whom `verb` befell: "shot three people", "four people were shot", "people shot"."""
    if verb is None:
        return False
    return token.head == verb and token.dep_ in ("dobj", "nsubjpass", "nsubj") or verb.head == token and verb.dep_ == "acl"


def _shot_dead(verb: Token) -> bool:
    """'shot dead', 'shot to death'."""
    return any(c.dep_ in ("acomp", "oprd", "advmod") and c.lower_ == "dead"
               or c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
               for c in verb.children)


def _someone(token: Token) -> bool:
    """A noun that names one person ("a woman", "the actress"): a word for people, or a singular
    noun with its article; with a small number set off by commas after it, that is an age."""
    return token.pos_ == "NOUN" and (token.lower_ in PEOPLE or token.tag_ == "NN" and token.lower_ not in SPELLS
                                     and any(c.dep_ == "det" for c in token.children))


SPELLS = {"quarter", "half", "round", "period", "inning", "set", "game", "match", "race", "lap", "stage", "season",
          "term", "year", "month", "week", "day", "hour", "minute", "time", "score"}  # ("in the third quarter, 26,")


def _apposed_age(text: str, amount: Amount, name_ends: set[int]) -> bool:
    """'Ana Ruiz, 52, said': a small number set off by commas right after a person's name."""
    if amount.exact is None or not 0 < amount.exact < 120 or not re.match(r"\s*,", text[amount.end:]):
        return False
    offset = max(0, amount.start - 8)
    m = re.search(r"\w(?=\s*,\s*$)", text[offset:amount.start])
    return bool(m) and offset + m.end() in name_ends


def _counted_noun(span: Span, vague: bool = False) -> tuple[Token | None, bool]:
    """The noun a number counts, and whether it is a part of it ("two of the victims"; but
    "tens of thousands of people" are the people, not a part of them)."""
    root = span.root
    if root.dep_ in ("nummod", "quantmod", "compound", "det") and (root.head.pos_ in ("NOUN", "PROPN")
                                                                  or root.head.lemma_.lower() in OUTCOMES):
        return root.head, False  # ("no dead": the dead)
    for child in root.children:  # "two of the victims", "one of them"
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
                return obj, not vague
            if obj is not None and obj.pos_ == "PRON":
                return None, not vague
            if obj is not None and obj.pos_ in ("ADJ", "VERB") and any(d.dep_ == "det" for d in obj.children):
                return obj, not vague  # "15 of the injured", "three of the dead": people named by a state
    return None, False


def _age_subject(doc: Doc, amount: Amount, span: Span) -> tuple[str | None, bool, tuple[int, int]]:
    """Whose age, whether that is a name, and the characters that tell the age of that person
    ('47-year-old Pedro Rosales', 'Pedro Rosales, 47'; the figure alone when told elsewhere:
    'She was 85.')."""
    told = (amount.start, amount.end)
    text = context.text_of(doc)
    before = text[max(0, amount.start - 12):amount.start]
    year_old = UNIT_AFTER.match(text, amount.end)  # "the father, 47-year-old Pedro Rosales": Rosales
    stated = STATED_AGE_BEFORE.search(before)
    if stated and not year_old:  # "She was 85.": the person the pronoun stands for
        person = people.antecedent(doc, span.start, "female" if stated["pronoun"].lower() == "she" else "male")
        if person is None:
            return None, False, told
        name = person.name.split()
        return " ".join(name if len(name) > 1 else _full_name(doc, span.start, name[-1]) or name), True, told
    if AGE_APPOSITION.search(before) and not year_old:
        name, first = _name_before(doc, span.start)
        if len(name) == 1:  # "Ortiz, 35,": the one "... Ortiz" the article named before, if one
            name = _full_name(doc, span.start, name[0]) or name
        if name:
            return " ".join(name), True, (doc[first].idx, amount.end)
        noun = doc[span.start - 2] if span.start >= 2 else None  # "a woman, 29,": unnamed
        if noun is not None and _someone(noun):
            return noun.text, False, (noun.idx, amount.end)
    for t in doc[span.end:min(len(doc), span.end + 8)]:
        if t.pos_ in ("NOUN", "PROPN") and t.lower_.strip("-") not in AGE_WORDS:  # ("2 -year - old baby")
            ent = context.entity_of(t)
            if (ent is None or ent.label_ != "PERSON") and t.i + 1 < len(doc) and doc[t.i + 1].ent_iob_ == "B" \
                    and doc[t.i + 1].ent_type_ == "PERSON":  # "32-year-old Englishman Robert Buckley"
                ent = context.entity_of(doc[t.i + 1])
            if ent is not None and ent.label_ == "PERSON":
                return ent.text, True, (amount.start, ent.end_char)
            return t.text, False, (amount.start, t.idx + len(t.text))
    return None, False, told


AGE_WORDS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "old"}
NICKNAME_OPENS = {")": "(", '"': '"', "”": "“", "'": "'", "’": "‘"}


def _name_before(doc: Doc, end: int, reach: int = 8) -> tuple[list[str], int]:
    """The name that ends right before token `end` ("Pedro Rosales" of "Pedro Rosales, 47"),
    leaving out a nickname between its words: "Kimani (Kiki) Gray" is Kimani Gray, not Gray;
    and the token it begins at."""
    name, i, first, begins = [], end - 1, max(0, end - reach), end
    while i >= first:
        t = doc[i]
        if t.ent_type_ == "PERSON" or t.pos_ == "PROPN":
            name.insert(0, t.text)
            begins = i
        elif name and t.text in NICKNAME_OPENS:
            opening = next((k for k in range(i - 1, max(first, i - 5) - 1, -1)
                            if doc[k].text == NICKNAME_OPENS[t.text]), None)
            if opening is None or opening == 0 or not (doc[opening - 1].ent_type_ == "PERSON"
                                                       or doc[opening - 1].pos_ == "PROPN"):
                break
            i = opening
        elif name or not t.is_punct:
            break
        i -= 1
    return name, begins


def _stated_age(text: str, amount: Amount) -> bool:
    """'She was 85.', 'He is 43, and ...': an age stated of a person a pronoun stands for."""
    return amount.exact is not None and 0 < amount.exact < 120 and "," not in amount.text \
        and bool(STATED_AGE_BEFORE.search(text[max(0, amount.start - 14):amount.start])) \
        and bool(STATED_AGE_AFTER.match(text, amount.end))


def _full_name(doc: Doc, before: int, surname: str) -> list[str] | None:
    """The full name a surname stands for: the only name of two or more words ending in it that
    the article gave before token `before` ("Deputy Jerry Ortiz ... Ortiz, 35,": Jerry Ortiz, not
    the "17-year-old Jeremy Ortiz" of another report); None when there is none or several."""
    names = {tuple(t.text for t in e) for e in doc.ents
             if e.label_ == "PERSON" and e.end <= before and len(e) >= 2 and e[-1].text == surname}
    return list(names.pop()) if len(names) == 1 else None


def material(noun: Token | None) -> str | None:
    """What a counted measure or container holds: "water" of "5,000 gallons of water", "oil" of
    "two million barrels of oil" (not for people: "members of parliament" are members)."""
    if noun is None or noun.lemma_.lower() in PEOPLE:
        return None
    of = next((t for t in noun.children if t.dep_ == "prep" and t.lower_ == "of"), None)
    held = next((t for t in of.children if t.dep_ == "pobj"), None) if of is not None else None
    return held.lemma_.lower() if held is not None and held.pos_ == "NOUN" else None


def _subject(span: Span) -> Token | None:
    """The subject of a figure's clause ("Jane Smith" of "Jane Smith won 52% of the vote")."""
    verb = context.governing_verb(span.root)
    return context.subject_of(verb) if verb is not None else None


def _share(span: Span, noun: Token | None) -> str | None:
    """The noun a percentage is a share of: its of-complement, else its clause's subject."""
    of = next((t for t in noun.children if t.dep_ == "prep" and t.lower_ == "of"), None) if noun is not None else None
    whole = next((t for t in of.children if t.dep_ == "pobj"), None) if of is not None else None
    whole = _subject(span) if whole is None else whole
    return whole.lemma_.lower() if whole is not None and whole.pos_ in ("NOUN", "PROPN") else None


def _place_of_clause(noun: Token) -> list[str]:
    """The country or place a count belongs to when its own phrase names none: the subject of
    its clause ("Italy, which is reporting 19,468 deaths") or an "in" phrase of its verb ("18,860
    people have died in the U.S.")."""
    verb = context.governing_verb(noun)
    if verb is None:
        return []
    places = []
    subject = context.subject_of(verb)
    if verb.dep_ == "relcl" and verb.head.ent_type_ in ("GPE", "NORP", "LOC"):
        places.append(verb.head)
    if subject is not None and subject.ent_type_ in ("GPE", "NORP", "LOC"):
        places.append(subject)
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for g in (g for g in prep.children if g.dep_ == "pobj"):  # "in Aceh", "in Central Aceh district"
            places += [t for t in g.subtree if t.i <= g.i and t.ent_type_ in ("GPE", "LOC")]
    return context.anchors(places) or _fronted_place(noun)


def _fronted_place(token: Token) -> list[str]:
    """The place of a sentence that opens with it ("In Central Aceh district, 10 people were
    killed, 140 were injured ..."): it holds for every count after it, in every clause."""
    opening = next((t for t in token.sent if not t.is_punct), None)
    if opening is None or opening.lower_ != "in" or opening.dep_ != "prep" or token.i <= opening.right_edge.i:
        return []
    return context.anchors(t for t in opening.subtree if t.ent_type_ in ("GPE", "LOC"))


def _describe(doc: Doc, amount: Amount, unit: str) -> Quantity | None:
    span = context.span_of(doc, amount.start, amount.end)
    if span is None or _label_number(span):
        return None
    if amount.qualifier == "range" and span[0].lower_ == "between" and len(span) > 1:
        span = span[1:]  # (parsed as a preposition whose object is what is counted)
    pred, lemmas = context.predicate(span.root)
    if unit.startswith("age"):
        whose, is_name, (start, end) = _age_subject(doc, amount, span)
        if whose is None and _stated_age(context.text_of(doc), amount):
            return None  # "She is 13." of no one named just before: whose age is unknown
        about = f"age of {whose}" if whose else "age"
        keys = ["age", *(whose or "").lower().split()]
        names = [context.entity_key(w) for w in whose.split()] if whose and is_name else []
        return Quantity(amount, unit, about, keys, names, None, start, end)  # (quoted with whose age it is)
    noun, part = _counted_noun(span, vague=amount.qualifier == "vague")
    text = context.text_of(doc)
    before = text[max(0, amount.start - 20):amount.start]
    whole_of = re.search(r"\d\s+of\s+(?:the\s+)?$", before)
    if whole_of or noun is not None and noun.head.lower_ == "of" and noun.head.head.like_num:
        part = True  # the 338 of "157 of 338 seats": the whole a part is taken from, not a result
    if REMAINDER_BEFORE.search(before):
        part = True  # "the remaining 30 million doses", "the first 200": a share of a larger figure
    if INCLUDING_BEFORE.search(before):
        part = True  # "killing 40 people, including three children": some of the 40
    if noun is not None and any(t.tag_ in ("JJS", "RBS") and not (t.head.like_num or t.head.pos_ == "NUM")
                                for t in noun.subtree if t.i < noun.i):  # ("at least four" is no superlative)
        part = True  # "the four hardest-hit villages": the worst of more
    measured = measurement(text, amount.end) if unit in MEASURED_IN else None
    if noun is not None:
        what = context.noun_with_prep(noun)
        keys = [unit.split()[0] if measured or unit == "percent" else noun.lemma_.lower(), *lemmas]  # "distance":
        # miles or km; "percent": "%", "per cent" or "pc"
        whose = [t for t in noun.subtree if t.i < noun.i + 6 and not (t == noun and t.lemma_.lower() in OUTCOMES)]
        noun_anchors = context.anchors(whose) or _place_of_clause(noun)  # (a headline's "80 Hurt"
        # is no name, whatever its capital letter)
        end = max(amount.end, noun.idx + len(noun.text.rstrip(".")))  # ("ran 5m.": the full stop is no part)
    else:
        what, keys, end = "", ["", *lemmas], amount.end
        noun_anchors = _place_of_clause(span.root) if unit == "count" else []  # ("140 were injured")
    about = f"{what}: {pred}" if what else pred
    if unit != "count":
        about = f"{unit} — {about}"
    counts = measure(noun, span, text, amount.end) if unit == "count" else None
    if measured and unit == "distance (m)" and _depth(text, amount.start, measured[2]):
        counts = "depth"
    if counts:
        about = f"{counts} — {about}"
    if unit == "percent" and not noun_anchors:
        subject = _subject(span)  # whose share: "Jane Smith won 52%" is no share of Tom Jones's
        noun_anchors = context.anchors(subject.subtree) if subject is not None else []
    if counts == "population":  # whose population: only the same named place's can conflict
        noun_anchors = _place_populated(noun if noun is not None else span.root)
    elif noun is not None and noun.lemma_.lower() in DISTANCES:  # distance from where
        noun_anchors = _distance_from(noun)
    sign = CURRENCY_BEFORE.search(text[max(0, amount.start - 12):amount.start]) if unit == "money" else None
    start = amount.start - len(sign.group(0)) if sign else amount.start  # the quote keeps "$"
    named = MAGNITUDE_BEFORE.search(text[max(0, start - 20):start]) if unit == "magnitude" else None
    start -= len(named.group(0)) if named else 0  # and "magnitude" ("a magnitude of 6.4": not a bare "6.4")
    if unit == "money":
        amount = _rounded(amount)
    if measured:
        amount, end = _scaled(amount, measured[1]), max(end, measured[2])  # the quote keeps the unit
    converted = unit == "money" and bool(CONVERTED_BEFORE.search(text[max(0, start - 40):start]))
    return Quantity(amount, unit, about, keys, noun_anchors, noun, start, amount.end if converted else end,
                    counts, part, _expected(span) or context.planned(span.root), _previous(text, span),
                    increment(text, amount),
                    bool(WHOLE_SET_BEFORE.search(before)),
                    currency(text, amount) if unit == "money" else None, converted, _personal(span),
                    unit == "duration (days)" and _period(noun), _share(span, noun) if unit == "percent" else None)


DEPTH_BEFORE = re.compile(r"\bdepths?\s+of\s+(?:just\s+|only\s+|some\s+)?$", re.I)
DEPTH_AFTER = re.compile(r"\s*(?:\([^)]{0,30}\)\s*)?(?:-\s*)?(?:deep\b|underground\b|(?:below|beneath|under)\s+(?:the\s+)?"
                         r"(?:ground|surface|earth|sea|seabed|sea\s*floor|ocean\s*floor)\b)", re.I)


def _depth(text: str, start: int, end: int) -> bool:
    """A distance that is how deep something lies: "at a depth of 10 km", "10 km (6 miles) deep",
    "one mile below ground level" (a quake's focus, a mine, a wreck)."""
    return bool(DEPTH_BEFORE.search(text[max(0, start - 30):start]) or DEPTH_AFTER.match(text, end))


def _label_number(span: Span) -> bool:
    """A number that is part of a name, not a count: "a Category 4 storm", "an ATR 72", "Flight
    370", "Room 12", "the ATR 72 aircraft" (the number hangs on the capitalised word just before
    it, or both name the noun after them).  Not in a title-case headline, where "Plane Crash
    Kills 62" is built the same way."""
    number = span[-1]
    if number.i == 0 or number.dep_ != "nummod":
        return False
    label = number.doc[number.i - 1]
    names_it = number.head == label or label.dep_ in ("compound", "nmod") and label.head == number.head
    if not names_it or not (label.is_alpha and label.text[0].isupper()) or label.ent_type_ in ("DATE", "TIME"):
        return False  # ("said Sunday 15 people died": a day, then a count)
    words = [t for t in number.sent if t.is_alpha and len(t) > 3]
    return sum(t.text[0].isupper() for t in words) <= len(words) / 2  # (a sentence, not a headline)


def _period(noun: Token | None) -> bool:
    """A length of time that runs up to the telling, or nearly: a span of something ("three
    decades of separatist control"), the past one ("in the past 30 years"), or one lasting until
    now ("have been held for eight months"); not a term to serve or a time to come ("sentenced
    to 25 years", "over the next three years")."""
    if noun is None:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children) for c in noun.children):
        return True
    if any(c.dep_ == "amod" and c.lower_ in ("past", "last", "previous") for c in noun.children):
        return True
    verb = noun.head.head if noun.head.lower_ == "for" else None
    return verb is not None and verb.pos_ in ("VERB", "AUX") \
        and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _personal(span: Span) -> bool:
    """The clause of the count has a person for its subject: "he had 53 catches", "Teixeira hit
    .358 with 13 homers" (what someone did or has, not what befell a place)."""
    verb = context.governing_verb(span.root)
    subject = context.subject_of(verb) if verb is not None else None
    return subject is not None and (subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she"))


def _joined(doc: Doc, a: Quantity, b: Quantity) -> str | None:
    """How count `b` follows count `a` in a list of the same kind of thing: 'and', ',' or None."""
    if a.unit != "count" or b.unit != "count" or a.noun is None or b.noun is None:
        return None
    if a.amount.exact is None or b.amount.exact is None or a.noun.sent != b.noun.sent:
        return None
    people = {a.noun.lower_, b.noun.lower_} <= PEOPLE or a.noun.lemma_ == b.noun.lemma_
    if not people or (a.noun.dep_ != b.noun.dep_ and not (b.noun.dep_ == "conj" and b.noun.head == a.noun)):
        return None
    between = context.text_of(doc)[a.end:b.amount.start]
    if re.search(r"\band\s*$", between) and len(between) <= 160:
        return "and"
    return "," if re.fullmatch(r"\s*,\s*", between) else None


def _coordinated_sums(doc: Doc, found: list[Quantity]) -> list[Quantity]:
    """Counts listed with 'and' within one sentence, of the same kind of thing and role: a total
    of the whole list ("six civilians, 41 soldiers and eight separatist leaders" = 55), never of
    its last two items."""
    sums, chain = [], found[:1]
    for a, b in zip(found, found[1:] + [None]):
        join = _joined(doc, a, b) if b is not None else None
        if join is not None:
            chain.append(b)
            continue
        if len(chain) > 1 and _joined(doc, chain[-2], chain[-1]) == "and":
            first, last = chain[0], chain[-1]
            total = sum(q.amount.exact for q in chain)
            amount = Amount(first.amount.start, last.end, context.text_of(doc)[first.amount.start:last.end],
                            total, total, exact=total, qualifier="sum")
            about = " and ".join([q.about.split(":")[0] for q in chain[:-1]] + [last.about])
            sums.append(Quantity(amount, "count", about, sorted({k for q in chain for k in q.keys}),
                                 sorted({k for q in chain for k in q.anchors}), first.noun, first.amount.start,
                                 last.end))
        chain = [b] if b is not None else []
    return sums


def extract(doc: Doc) -> list[Quantity]:
    """Quantity facts of one parsed article (doc.text is the article text, metadata masked)."""
    found = []
    in_dates = {t.idx for t in doc if t.ent_type_ in ("DATE", "TIME") and not _count_tagged_date(t)}
    names = {t.idx + len(t.text) for t in doc if t.ent_type_ == "PERSON" or t.pos_ == "PROPN"
             or _someone(t)}  # "Ana Ruiz, 52,", "a woman, 29,", "the troubled actress, 26,"
    for amount in (_unless_a_preposition(doc, a) for a in find_amounts(context.text_of(doc))):
        told_age = _apposed_age(context.text_of(doc), amount, names) or _stated_age(context.text_of(doc), amount)
        if amount.start in in_dates and not told_age and not UNIT_AFTER.match(context.text_of(doc), amount.end) \
                and not PERCENT_AFTER.match(context.text_of(doc), amount.end):  # ("40pc" tagged a date)
            continue  # "September 19", "4 p.m.": dates.py's business
        unit = "age (years)" if told_age else _unit(context.text_of(doc), amount)
        if unit is None:
            continue
        quantity = _describe(doc, amount, unit)
        if quantity is not None:
            found.append(quantity)
    found = _others_of_another_outcome(found)
    return found + _coordinated_sums(doc, found) + _with_others(doc, found) + _decade_ages(doc)


DECADE_AGE = re.compile(r"\bin\s+(?:his|her|their)\s+(?:(?P<part>early|mid|late)[-\s]*)?"
                        r"(?P<decade>[1-9]0)\s?['’]?s\b", re.I)
PART_OF_DECADE = {None: (0, 9), "early": (0, 3), "mid": (3, 6), "late": (6, 9)}


def _decade_ages(doc: Doc) -> list[Quantity]:
    """'a man in his 20s' (20 to 29), 'a woman in her early 30s' (30 to 33): an age told by its
    decade, of the noun the phrase hangs on, is set off after, or whose clause it ends ("The
    victim, who was in her 60s,")."""
    text = context.text_of(doc)
    found = []
    for m in DECADE_AGE.finditer(text):
        span = context.span_of(doc, m.start(), m.end())
        if span is None:
            continue
        whose = span[0].head  # ("in" hangs on "man")
        if whose.dep_ in ("relcl", "acl") and whose.lemma_.lower() in ("be", "age"):
            whose = whose.head  # "The victim, who was in her 60s,", "The man aged in his early 30s"
        if span.start >= 2 and doc[span.start - 1].text == ",":
            whose = doc[span.start - 2]  # "The victim, in his mid-40s,", "John Smith, in his 50s,"
        if whose.pos_ not in ("NOUN", "PROPN") or whose.i > span.start:
            continue  # ("died in his 80s" tells when he died)
        decade = int(m["decade"])
        low, high = PART_OF_DECADE[m["part"] and m["part"].lower()]
        amount = Amount(m.start("decade"), m.end(), text[m.start("decade"):m.end()], decade + low, decade + high,
                        qualifier="range")
        ent = context.entity_of(whose)
        name = ent.text if ent is not None and ent.label_ == "PERSON" else None
        who = name or whose.text
        found.append(Quantity(amount, "age (years)", f"age of {who}", ["age", *who.lower().split()],
                              [context.entity_key(w) for w in name.split()] if name else [], None,
                              ent.start_char if name else whose.idx, m.end()))
    return found


OVER = re.compile(r"over\s+(?:the\s+|its\s+|their\s+)?", re.I)


def _unless_a_preposition(doc: Doc, amount: Amount) -> Amount:
    """The figure alone where its "over" is a preposition with an object of its own, not "more
    than": "spread over 183 CDs", "110 billion euros over three years", "33 games over two
    seasons" (against "killed over 100 people", "for over 20 years", "people over 65", where it
    qualifies the number)."""
    over = OVER.match(amount.text) if amount.qualifier == "more_than" else None
    span = context.span_of(doc, amount.start, amount.start + 1) if over else None
    token = span[0] if span else None
    if token is None or token.dep_ != "prep" or not any(c.dep_ == "pobj" and not c.like_num for c in token.children):
        return amount  # (its object the number itself: "people over 65" are older than 65)
    start = amount.start + over.end()
    return Amount(start, amount.end, amount.text[over.end():], amount.low, amount.low, exact=amount.low)


def _count_tagged_date(token: Token) -> bool:
    """A bare small number the model tagged a date that a verb takes as whom it befell: the "80"
    of "killing 10 people and injuring 80" (read as the year '80); or a range of numbers that
    counts a noun other than time ("Between 20 and 30 people")."""
    ent = context.entity_of(token)
    if ent is None:
        return False
    if len(ent) == 1:
        return token.text.isdigit() and len(token.text) < 4 \
            and token.dep_ in ("dobj", "nsubj", "nsubjpass") and token.head.pos_ == "VERB"
    number = next((t for t in ent if t.like_num), None)
    return number is not None and all(t.like_num or t.lower_ in RANGE_WORDS for t in ent) \
        and number.dep_ == "nummod" and number.head.pos_ == "NOUN" and number.head.lemma_.lower() not in TIME_NOUNS


RANGE_WORDS = {"between", "and", "to", "or", "from", "-", "–"}
TIME_NOUNS = {"year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "night", "morning",
              "afternoon", "evening", "season", "time"}


WITH_OTHERS = re.compile(r"\b(?P<who>he|she|him|her|[A-Z][\w'’-]+)\s+and\s+$")


def _others_of_another_outcome(found: list[Quantity]) -> list[Quantity]:
    """'killing two workers and wounding two others': the others are all the wounded (others
    than the dead counted in the same sentence), so they count people as a toll does; 'killed
    his wife and two others' keeps its "others" (the dead besides one not counted)."""
    def sentence(q: Quantity):
        return q.noun.sent.start if q.noun is not None else None

    outcomes = {(sentence(q), q.measure) for q in found if q.measure in MEASURES and q.noun is not None}
    return [replace(q, keys=["people", *q.keys[1:]])
            if q.noun is not None and q.noun.lower_ == "others" and q.measure in MEASURES and not q.part
            and any(s == sentence(q) and m != q.measure for s, m in outcomes) else q
            for q in found]


def _with_others(doc: Doc, found: list[Quantity]) -> list[Quantity]:
    """'he and four others were wounded': five people, the one named and the others."""
    sums = []
    for q in found:
        if q.unit != "count" or q.noun is None or q.noun.lower_ != "others" or q.amount.exact is None:
            continue
        m = WITH_OTHERS.search(context.text_of(doc), max(0, q.amount.start - 40), q.amount.start)
        who = context.span_of(doc, m.start("who"), m.end("who")) if m is not None else None
        if who is None or who.root.pos_ not in ("PRON", "PROPN") or who.root.ent_type_ in ("ORG", "GPE", "NORP") \
                or context.text_of(doc)[:m.start("who")].rstrip().endswith(","):
            continue  # one person: "he", "Duhart"; not "Police and two others", nor a list "Ann, Bo and two others"
        total = q.amount.exact + 1
        start = m.start("who")
        amount = Amount(start, q.end, context.text_of(doc)[start:q.end], total, total, exact=total, qualifier="sum")
        sums.append(Quantity(amount, "count", q.about, ["people", *q.keys[1:]], q.anchors, q.noun, start,
                             q.end, q.measure))
    return sums
