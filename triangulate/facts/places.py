"""Place facts: where things happened, from locative phrases ("at the Gazakh sector of the ... border").

A locative preposition whose object names a place (a GPE/LOC/FAC entity, or a place noun such as
border, street, hospital) gives a fact; the value keeps the phrase and a set of comparable keys.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from . import context, dates

LOCATIVE = {"in", "at", "near", "on", "outside", "inside", "across", "along", "into", "onto",
            "off", "toward", "towards", "behind", "beside", "within"}
PLACE_NOUNS = {"border", "street", "avenue", "road", "boulevard", "highway", "home", "house",
               "apartment", "residence", "hospital", "park", "club", "nightclub", "bar", "school",
               "city", "town", "village", "county", "island", "neighborhood",
               "neighbourhood", "sector", "station", "airport", "prison", "jail", "capital",
               "province", "district", "building", "office", "church", "mosque", "store", "shop",
               "restaurant", "hotel", "court", "courthouse", "precinct", "bank", "camp", "base",
               "port", "square", "bridge", "block", "lane", "drive", "court", "territory", "coast",
               "parking", "lot", "mall", "campus", "complex", "room", "bedroom", "kitchen", "car",
               "vehicle", "truck", "scene", "field", "stadium", "market", "embassy", "headquarters",
               "alley", "yard", "backyard", "porch", "driveway", "garage", "intersection", "sidewalk",
               "motel", "subdivision", "basement", "hallway", "stairwell", "lobby", "gym", "cafe", "lounge",
               "clinic", "plant", "factory", "refinery", "mine", "arena", "museum", "theater", "theatre", "library",
               "university", "college", "warehouse", "terminal", "farm", "ranch", "hut", "ridge", "valley",
               "river", "lake", "beach", "forest", "trail", "resort", "casino", "zoo", "pier", "harbor", "harbour",
               "tunnel", "mountain", "dam", "canal", "cemetery", "shelter"}
FACILITY_NAMES = {"center", "centre", "institute", "foundation"}  # the head of an organisation's name that is
# also a place: "checked into the Betty Ford Center" (not "at the center of the dispute": no name)
PLACE_LABELS = ("GPE", "LOC", "FAC")
CARRIED = {"take", "transport", "rush", "fly", "airlift", "bring", "carry", "admit", "drive", "evacuate",
           "transfer"}  # verbs of where someone was taken
STOP = {"the", "a", "an", "their", "its", "his", "her", "our", "my", "your", "this", "that", "of", "'s", "’s"}
NOT_PLACES = {"history", "debate", "caucus", "caucuses", "election", "primary", "race", "campaign", "poll",
              "interview", "statement", "speech", "report", "session", "talks", "negotiation", "trial",
              "economy", "politics", "market", "offensive", "war", "conflict", "fight", "battle", "inquiry",
              "investigation", "probe", "case", "deal", "agreement", "crisis", "dispute", "relations",
              "relationship", "scandal", "lawsuit", "policy", "program", "programme", "sanctions"}  # what a
# place name may modify without being where something happened: "in U.S. history", "in the Nevada
# caucuses", "on its Ukraine offensive", "in the Russia inquiry"
ROLES = {"office", "power", "court", "custody", "charge"}  # "in office", "in power": with no determiner, a role


BUILDINGS = {"home", "house", "apartment", "residence", "club", "nightclub", "bar", "pub", "lounge", "restaurant",
             "store", "shop", "school", "church", "mosque", "synagogue", "hotel", "motel", "mall", "theater",
             "theatre", "building", "office", "gym", "cafe", "casino", "hall", "arena", "stadium", "warehouse",
             "factory", "market", "supermarket", "bank", "hospital", "clinic", "station", "library", "museum",
             "courthouse", "venue", "party", "bakery", "salon", "dormitory", "dorm", "embassy"}
POSITION = re.compile(r"(?:(?P<inside>inside)|outside|in\s+front)(?:\s+of)?\s", re.I)


def position(quote: str, keys: list[str]) -> str | None:
    """'inside' or 'outside' where a place phrase says which side of a building ("outside a
    lounge", "inside a crowded nightclub", "in front of the store"), else None."""
    m = POSITION.match(quote)
    if m is None or not set(keys) & BUILDINGS:
        return None
    return "inside" if m["inside"] else "outside"


@dataclass
class Place:
    start: int
    end: int
    name: str
    keys: list[str]
    about: str
    lemmas: list[str]
    named: list[str]  # keys of the place's name alone ("East New York" in "his East New York home")


def place_keys(tokens) -> list[str]:
    keys = []
    for t in tokens:
        if t.is_punct or t.lower_ in STOP or t.pos_ in ("DET", "PRON", "ADP", "CCONJ"):
            continue
        keys.append(_key(t))
    return sorted(set(keys))


def _key(t: Token) -> str:
    """A word's key in a place: its entity key or lemma, street abbreviations spelt out ("Bragg
    St." is "Bragg Street")."""
    street = STREET_WORDS.get(t.lower_.rstrip("."))
    if t.ent_type_:
        return context.entity_key(street or t.text)
    return street or t.lemma_.lower()


STREET_WORDS = {"st": "street", "ave": "avenue", "av": "avenue", "rd": "road", "blvd": "boulevard", "dr": "drive",
                "ln": "lane", "ct": "court", "hwy": "highway", "pkwy": "parkway", "pl": "place", "sq": "square"}


def _object_tokens(obj: Token, limit: int = 12) -> list[Token]:
    """The place phrase: the object and what precedes it, then only complements that are places
    themselves ("the Gazakh sector of the ... border", "their home on Sutter Avenue",
    "Brownsville, Texas"), never a date, a person or another kind of phrase ("in an Ohio debate
    | on Tuesday", "in Brownsville, Texas, | Mayorkas said")."""
    allowed = set()
    for c in obj.children:
        if c.i < obj.i:
            continue
        pobj = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" else None
        if c.lower_ == "of" or pobj is not None and c.lower_ in LOCATIVE and _names_place(pobj) \
                or c.dep_ in ("appos", "conj") and _names_place(c) or c.is_punct:
            allowed |= {t.i for t in c.subtree}  # ("in Spain and the US": the places listed)
            allowed |= {g.i for g in obj.children if g.dep_ == "cc" and c.dep_ == "conj"}
    tokens = [t for t in obj.subtree if t.i <= obj.i and t.i - obj.left_edge.i < limit]
    for t in obj.doc[obj.i + 1:obj.right_edge.i + 1]:
        if t.i - obj.left_edge.i >= limit or t.i not in allowed or t.ent_type_ in ("DATE", "TIME", "PERSON"):
            break
        tokens.append(t)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].pos_ in ("ADP", "CCONJ", "DET")):
        tokens.pop()
    return tokens


def _names_place(token: Token) -> bool:
    return token.ent_type_ in PLACE_LABELS or token.lemma_.lower() in PLACE_NOUNS


def _is_place(tokens: list[Token], obj: Token) -> bool:
    if any(t.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERSON", "PERCENT") for t in [obj]):
        return False
    if obj.lemma_.lower() in NOT_PLACES or obj.lower_ in NOT_PLACES:
        return False
    if obj.lower_ in dates.WEEKDAYS or _holiday_head(tokens, obj):
        return False  # "on Easter Sunday", "on Christmas Day": when, not where
    if obj.lemma_.lower() in ROLES and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in obj.children):
        return False
    if obj.ent_type_ == "ORG" and obj.pos_ == "PROPN" and obj.lower_ in FACILITY_NAMES:
        return True
    return obj.ent_type_ in PLACE_LABELS or obj.lemma_.lower() in PLACE_NOUNS or any(
        t.ent_type_ in PLACE_LABELS and t.head == obj and t.dep_ != "poss" for t in tokens)  # ("into
    # Russia's alleged meddling": a place's doing, not a place)


def _holiday_head(tokens: list[Token], obj: Token) -> bool:
    """Whether the object is a holiday's word ("Day" of "Christmas Day"); "Christmas Island",
    whose head is no holiday's, stays a place."""
    start = tokens[0].idx
    m = dates.HOLIDAY.search(obj.doc.text[start:tokens[-1].idx + len(tokens[-1])])
    return bool(m) and m.start() <= obj.idx - start < m.end()


STRUCK = {"hit", "strike", "shake", "rock", "jolt", "rattle", "batter", "pound", "slam", "lash", "ravage",
          "devastate", "flood", "sweep", "engulf", "level", "attack", "bomb", "shell", "raid", "invade"}  # what a
# quake, storm or attack did to a place: "the quake struck Qeshm island", "shook Oman and the UAE"


def _struck(doc: Doc) -> list[Place]:
    """Places a quake, storm or attack struck, named as the verb's object: where it happened."""
    found = []
    for obj in doc:
        if obj.dep_ != "dobj" or obj.head.lemma_.lower() not in STRUCK:
            continue
        tokens = _object_tokens(obj)
        if tokens and _is_place(tokens, obj):
            found.append(_place(tokens, tokens[0].idx, obj.head))
    return found


def _place(tokens: list[Token], start: int, clause: Token) -> Place:
    """The place its tokens name, quoted from `start` (a preposition's, or its own first word)."""
    end = tokens[-1].idx + len(tokens[-1].text)
    about, lemmas = context.predicate(clause)
    named = sorted({_key(t) for t in tokens if t.ent_type_ in PLACE_LABELS
                    and t.lower_ not in STOP and not t.is_punct and t.pos_ not in ("DET", "PART")} - {""})
    doc = tokens[0].doc
    return Place(start, end, context.text_of(doc)[tokens[0].idx:end], place_keys(tokens), about, lemmas, named)


_SUFFIXES = sorted({*STREET_WORDS.values(), "way", "terrace", "circle", "trail"} - {"square"})  # (not "the
# 1989 Tiananmen Square protests": a year before a square's name)
_ABBREVIATIONS = sorted(set(STREET_WORDS) - {"sq"})
STREET_NAME = (r"(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?(?:[A-Z][\w'-]*\s+){1,3}"
               rf"(?:(?:{'|'.join(w.capitalize() for w in _SUFFIXES)})\b"
               rf"|(?:{'|'.join(w.capitalize() for w in _ABBREVIATIONS)})\b\.?)")  # "N. Hollywood Way", "Porter St."
ADDRESS = re.compile(r"\b\d{1,6}\s+" + STREET_NAME)


def _addresses(doc: Doc, found: list[Place]) -> list[Place]:
    """Street addresses ("30 Porter St.") wherever the sentence puts them ("found with gunshot
    wounds at 30 Porter St.", "the area of 30 Porter Street"), unless a locative phrase holds them."""
    text = context.text_of(doc)
    places = []
    for m in ADDRESS.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or any(p.start < m.end() and m.start() < p.end for p in found):
            continue
        clause = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), span.root)
        places.append(_place(list(span), m.start(), clause))
    return places


def extract(doc: Doc) -> list[Place]:
    places = _struck(doc)
    for prep in doc:
        carried = prep.lower_ == "to" and prep.head.lemma_.lower() in CARRIED  # "taken to Mercy Hospital"
        if prep.dep_ != "prep" or not (prep.lower_ in LOCATIVE or carried):  # (not where people went:
            continue  # "fled to Armenia")
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        tokens = _object_tokens(obj)
        if not tokens or not _is_place(tokens, obj):
            continue
        places.append(_place(tokens, prep.idx, prep.head if prep.head.pos_ in ("VERB", "AUX") else prep))
    return places + _addresses(doc, places)
