"""Residence facts: where a report says a person lives or comes from, as local news tells it:
"Dametrious Addison, 18, of Pittsburgh", "Christopher Kenyon Simpson of Fort Coffee",
"Allentown resident Kenneth Murphy", "Jane Doe, a Brooklyn resident," and, unnamed, "A
Uniontown man" or "convicted a Spiro man".  Early reports often get a home town wrong (the
town of the shooting for the victim's own), and two reports that give one person two towns
disagree.

An unnamed "a Uniontown man" is the person the report goes on to name: the first full name
in the sentences after it (or in an apposition: "a Uniontown man, John Smith,") that is no
official (no title before it), not of the other sex, and has no residence of its own.  A
lead that introduces someone and names them next is how news writing works; when no name
follows, the fact stays unnamed and is compared with other reports' unnamed ones only.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from . import context, people, places

NOUNS = {"man": "male", "woman": "female", "boy": "male", "girl": "female", "teen": None, "teenager": None,
         "youth": None, "resident": None, "native": None, "mother": "female", "father": "male"}  # -> sex
_NOUN = "|".join(sorted(NOUNS, key=len, reverse=True))
_PLACE = r"[A-Z][a-z][\w'’.-]*(?:\s+[A-Z][a-z][\w'’.-]*){0,2}"  # one to three capitalised words
_AGE = r"\d{1,3}\s*-\s*year\s*-\s*old\s+"
UNNAMED = re.compile(rf"\b[Aa]n?\s+(?:{_AGE})?(?P<place>{_PLACE})\s+(?:{_AGE})?(?P<noun>{_NOUN})\b")
RESIDENT_BEFORE = re.compile(rf"(?P<place>{_PLACE})\s+(?:resident|native)\s+$")  # "Allentown resident Kenneth Murphy"
OF_AFTER = re.compile(rf"(?:\s*,\s*\d{{1,3}}\s*,\s*(?:of|from)|\s*,?\s*of)\s+(?P<place>{_PLACE})(?![\w'’-])")
# "Addison, 18, of Pittsburgh", "Simpson of Fort Coffee", "John Smith, 25, from Bristol" (British
# style; "from" with no age between is too often a workplace: "Jane Doe from Microsoft")
APPOSED_AFTER = re.compile(rf"\s*,\s*(?:\d{{1,3}}\s*,\s*)?(?:an?\s+(?:{_AGE})?(?P<place>{_PLACE})\s+"
                           rf"(?P<noun>resident|native|man|woman)\s*[,.]"
                           rf"|an?\s+(?:longtime\s+|lifelong\s+)?resident\s+of\s+(?P<town>{_PLACE})(?![\w'’-]))")
# "Jane Doe, a Brooklyn resident,", "John Roe, 25, a resident of Uniontown" (not "who lived in South
# Ozone Park": where someone lives is told down to the neighbourhood, and another report's "of
# Queens" is no contradiction)
NOT_PLACES = ("PERSON", "NORP", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PRODUCT", "WORK_OF_ART", "EVENT",
              "LAW", "LANGUAGE", "PERCENT", "QUANTITY")  # ("a Russian man", "a Smith man", "a Monday man")
ORG_WORDS = {"police", "department", "dept", "university", "college", "school", "church", "inc", "corp", "co",
             "company", "party", "council", "office", "bureau", "agency", "association", "foundation", "institute",
             "center", "centre", "hospital", "club", "times", "news", "post", "press", "service", "services",
             "court", "commission", "committee", "board", "group", "team", "union", "sheriff",
             "fire", "academy", "ministry", "force", "army", "navy", "network", "media", "journal", "tribune",
             "sports", "relations", "guild", "united", "airlines", "bank", "magazine", "radio", "television", "tv",
             "channel", "studios", "records", "entertainment", "holdings", "systems", "technologies", "partners",
             "condominiums", "condominium", "condos", "condo", "apartments", "apartment", "complex", "towers",
             "tower", "manor", "homes", "estates", "hall", "hotel", "motel", "shelter"}
# ("Capt. David Rutter, of Uniontown Police" works there; "a resident of Senior Towers" lives in a building)
NOT_PLACE_WORDS = {"black", "white", "hispanic", "latino", "latina", "asian", "muslim", "jewish", "christian",
                   "catholic", "good", "young", "local"}  # ("a Black man", "a Good Samaritan")
OFFICIALS = {"spokesman", "spokeswoman", "spokesperson", "detective", "sergeant", "lieutenant", "captain", "officer",
             "deputy", "trooper", "constable", "councilman", "councilwoman", "councillor", "councilor", "assemblyman",
             "assemblywoman", "commissioner", "coach", "director", "superintendent", "prosecutor", "attorney",
             "reverend", "pastor", "inspector", "investigator", "coroner", "examiner"}  # titles besides people.TITLES
REGION_SUFFIXES = ("county", "parish", "province", "state", "region", "district", "territory")
NEXT_SENTENCES = 4  # how far after "a Uniontown man" the name that is his may come


@dataclass
class Residence:
    start: int
    end: int
    place: str
    name: str | None  # the person, when named (or named later: `linked`)
    keys: list[str]  # the person's name keys
    noun: str | None  # "man" of "a Uniontown man"
    linked: bool = False


def extract(doc: Doc, mentions: list[people.Person]) -> list[Residence]:
    text = context.text_of(doc)
    found = [r for p in mentions for r in [_of_named(doc, text, p)] if r is not None]
    own = {" ".join(r.keys) for r in found}
    for m in UNNAMED.finditer(text):
        if not _a_place(doc, m.start("place"), m.end("place")) \
                or any(r.start < m.end() and m.start() < r.end for r in found):
            continue  # (", a Brooklyn resident" after a name is that name's)
        noun = m["noun"]
        person = _named_next(doc, text, m.end(), NOUNS[noun], mentions, own)
        found.append(Residence(m.start(), m.end(), m["place"], person.name if person else None,
                               person.keys if person else [], noun, linked=person is not None))
    return sorted(found, key=lambda r: r.start)


def _of_named(doc: Doc, text: str, p: people.Person) -> Residence | None:
    """'NAME, 18, of PLACE', 'NAME of PLACE', 'PLACE resident NAME', 'NAME, a PLACE resident,'."""
    if len(p.keys) < 2 or _titled(text, p.start) or p.keys[0] in OFFICIALS or p.keys[-1] in ORG_WORDS:
        return None  # (an official's "of" is their service's; "Writers Guild of America" is no person)
    before = RESIDENT_BEFORE.search(text, max(0, p.start - 40), p.start)
    if before is not None and _a_place(doc, before.start("place"), before.end("place")):
        return Residence(before.start(), p.end, before["place"], p.name, p.keys, None)
    for pattern in (OF_AFTER, APPOSED_AFTER):
        after = pattern.match(text, p.end)
        if after is None:
            continue
        groups = after.groupdict()
        place = "town" if groups.get("town") else "place"  # ("a resident of Uniontown")
        if _a_place(doc, after.start(place), after.end(place)):
            end = after.end("noun") if groups.get("noun") else after.end(place)  # (", a Brooklyn resident")
            return Residence(p.start, end, after[place], p.name, p.keys, None)
    return None


def _a_place(doc: Doc, start: int, end: int) -> bool:
    """The capitalised words are a place's name: not a nationality, person, date or
    organisation ("of Uniontown Police"), nor an acronym ("of CNN")."""
    words = [w.strip(".,").lower() for w in context.text_of(doc)[start:end].split()]
    if not words or words[-1] in ORG_WORDS or any(w in people.TITLES or w in NOT_PLACE_WORDS for w in words):
        return False
    if words[-1] in places.STREET_WORDS or words[-1] in places.STREET_WORDS.values():
        return False  # an address ("of Newton Street"): a street, not a town
    span = context.span_of(doc, start, end)
    if span is None:
        return False
    return not any(t.ent_type_ in NOT_PLACES or t.is_stop or t.like_num for t in span)


def _titled(text: str, start: int) -> bool:
    """An official named with a title ("Capt. David Rutter"): a source, rarely the person a
    report introduces, and an "of" after the name is more often their service's."""
    before = re.search(r"([A-Za-z]+)\s*\.?\s*$", text[max(0, start - 14):start])
    return before is not None and before[1].lower() in people.TITLES | OFFICIALS


def _named_next(doc: Doc, text: str, end: int, sex: str | None, mentions: list[people.Person],
                own: set[str]) -> people.Person | None:
    """The person "a Uniontown man" (ending at `end`) is: named in an apposition right after it,
    else the first fitting full name in the next few sentences."""
    span = context.span_of(doc, end - 1, end)
    if span is None:
        return None
    sentence = doc[span.start].sent
    later = [s for s in doc.sents if s.start >= sentence.end][:NEXT_SENTENCES]
    limit = later[-1].end_char if later else sentence.end_char
    for p in mentions:
        if p.start < end or p.start >= limit:
            continue
        apposed = re.fullmatch(r"\s*,\s*", text[end:p.start]) is not None
        if p.start < sentence.end_char and not apposed:
            continue  # another person of the same sentence ("a Uniontown man shot John Smith")
        if len(p.keys) < 2 or _titled(text, p.start) or p.keys[0] in OFFICIALS or " ".join(p.keys) in own:
            continue
        if sex is not None and people.sex_of_name(p.keys) not in (None, sex):
            continue
        return p
    return None


def keys(place: str) -> list[str]:
    """A place's words, lower-cased, without its state or country after a comma."""
    return [w.strip(".").lower() for w in place.split(",")[0].split() if w.lower() != "the"]


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """Names of countries and of their first-level divisions (states, provinces, the nations
    of the UK; pycountry, from ISO 3166), which hold towns: 'a Texas man' may be 'of Houston'."""
    import pycountry

    names = set()
    for c in pycountry.countries:
        names |= {c.name, getattr(c, "common_name", c.name), getattr(c, "official_name", c.name)}
    names |= {s.name for s in pycountry.subdivisions}
    return frozenset(" ".join(keys(n)) for n in names)


def judge(a: dict, b: dict) -> str:
    """Two towns for one person conflict; the same town agrees; a town and a place that may hold
    it (its state, its country, a county; a name within the other's: "East Oakland" and
    "Oakland") are compatible.  So are two places that only describe ("a Brownsville mother",
    "a Brooklyn mother"): that loose form names a neighbourhood as readily as a town, and only
    against the formal "NAME, 36, of Minneapolis" is a different town a contradiction."""
    ka, kb = keys(a["place"]), keys(b["place"])
    if ka == kb:
        return "agree"
    if set(ka) <= set(kb) or set(kb) <= set(ka):
        return "compatible"
    if any(" ".join(k) in _regions() or k[-1] in REGION_SUFFIXES for k in (ka, kb) if k):
        return "compatible"
    return "conflict" if a.get("noun") is None or b.get("noun") is None else "compatible"
