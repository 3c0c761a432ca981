"""Person facts: the people a report names, so that reports can be matched on who was involved
and their spellings compared ("Kodi Pruner" / "Kodi Prunner", "Heidar Alishvandi" / "Heydar
Alishbandi", "Anthony LaCalamita III" / "Anthony LaCalamita").

A name is a PERSON entity, or a chain of two or three capitalised proper nouns that the small
model left without a label ("Kodi Pruner": it misses many little-known names).  A name of one
word is taken only beside a noun that says who it is ("his daughter Jessica"): the small model
tags "Yerevan said" a person too.  Each article gives one fact per name, at its first mention;
a one-word mention of someone the article names in full ("Rosales" after "Pedro Rosales") is
that person, not another.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from . import context, places

TITLES = {"mr", "mrs", "ms", "miss", "dr", "sgt", "gov", "gen", "lt", "capt", "col", "det", "sen", "rep", "prof",
          "rev", "st", "officer", "president", "governor", "senator", "mayor", "chief", "sheriff", "judge",
          "congressman", "congresswoman", "minister", "premier", "king", "queen", "prince", "pope", "police"}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
WORD = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[-'’][A-Z]?[a-z]+)?$")  # "Alishbandi", "DaMontez", "O'Neil"


@dataclass
class Person:
    start: int
    end: int
    name: str
    keys: list[str]  # lower-case name words, titles left out: what names are matched on


def name_keys(name: str) -> list[str]:
    words = [w.strip(".,").lower() for w in name.replace("’s", "").replace("'s", "").split()]
    return [w for w in words if w and w not in TITLES]


ROLES = ("nsubj", "nsubjpass", "dobj", "appos", "poss", "conj")  # where a name without a label is a
# person's rather than a place's ("to Bandar Abbas")


def _headline(sent) -> bool:
    """A title-case line ("Powerful Quake Levels Villages"): its capitals say nothing of names."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and not any(t.is_lower for t in words)


def _mentions(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of PERSON entities and of unlabelled proper-noun chains."""
    spans = [(e.start_char, e.end_char) for e in context.entities(doc) if e.label_ == "PERSON"]
    for t in doc:
        if t.pos_ != "PROPN" or t.ent_type_ or t.dep_ == "compound":
            continue
        chain = [c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and not c.ent_type_]
        if not 1 <= len(chain) <= 2 or chain[0].i + len(chain) != t.i:
            continue
        words = [*chain, t]
        if all(WORD.match(w.text) and w.lower_ not in TITLES for w in words) and t.dep_ in ROLES \
                and not _headline(t.sent):
            spans.append((words[0].idx, t.idx + len(t.text)))
    return sorted(spans)


NOT_PEOPLE = ("GPE", "LOC", "NORP", "ORG", "FAC")


def _introduced(doc: Doc, start: int) -> bool:
    """A one-word name set beside a noun that says who it is: "his daughter Jessica", "the
    girl, Aubrey,"."""
    span = context.span_of(doc, start, start + 1)
    if span is None:
        return False
    token = span[0]
    before = doc[token.i - 1] if token.i > 0 else None
    return (before is not None and before.pos_ == "NOUN" and before.is_lower
            or token.dep_ == "appos" and token.head.pos_ == "NOUN")


ARTICLE = re.compile(r"(?:an?|the)\s", re.I)


STREET = "(?:" + "|".join(sorted({*places.STREET_WORDS, *places.STREET_WORDS.values(), "way"}, key=len, reverse=True)) + ")"
STREET_NEAR = re.compile(rf"(?:\s+(?:Jr|Sr)\.?)?\s+(?:(?i:{STREET})\b\.?|and\s+(?:[A-Z][\w.'-]*\s+){{1,3}}(?i:{STREET})\b)")
NOT_SURNAMES = {"street", "avenue", "road", "boulevard", "highway", "parkway", "way", "st", "ave", "rd", "blvd", "hwy",
                "hotel", "motel", "hospital", "airport", "stadium", "arena", "restaurant", "mall", "university",
                "college", "academy"}  # a name's last word that no person's is (not "Lane", "Court", "Church", "Hall")
CROSSING_BEFORE = re.compile(r"\b(?:corner|intersection|crossing|block)\s+of\s+(?:the\s+)?$", re.I)


def extract(doc: Doc) -> list[Person]:
    """Each person named, at the first mention."""
    return first_mentions(mentions(doc))


def mentions(doc: Doc) -> list[Person]:
    """Every mention of a named person, in text order."""
    text = context.text_of(doc)
    places = {" ".join(name_keys(e.text)) for e in context.entities(doc) if e.label_ in NOT_PEOPLE}  # a
    # name the small model tags a person once and a place or group elsewhere is not one
    mentions = [(start, end, re.sub(r"(?:’s|'s|’|')$", "", text[start:end]).strip()) for start, end in _mentions(doc)]
    things = {" ".join(name_keys(n)[1:]) for _, _, n in mentions if ARTICLE.match(n)}  # "An Amber Alert": a
    # thing, however the model tagged it (an article just before a name may be a typo: "shot an Kodi Pruner")
    people = []
    for start, end, name in mentions:
        if ARTICLE.match(name) or " ".join(name_keys(name)) in things:
            continue  # (and so is "Amber Alert" elsewhere in the report)
        keys = name_keys(name)
        if keys and keys[-1] in SUFFIXES:
            keys = keys[:-1]
        if not keys or len(keys[-1]) < 2 or name.split()[-1].lower().strip(".") in TITLES:
            continue  # "Robert J" (a name cut at an initial), "Genesee County Sheriff"
        if not keys or not all(k[:1].isalpha() for k in keys) or " ".join(keys) in places:
            continue
        if len(keys) == 1 and not _introduced(doc, start):
            continue  # one word alone: "Yerevan said" is tagged a person too
        if keys[-1] in NOT_SURNAMES:
            continue  # a street or a building the model tagged a person: "N. Hollywood Way", "Marriott Hotel"
        if STREET_NEAR.match(text, start + len(name)) or CROSSING_BEFORE.search(text[max(0, start - 30):start]):
            continue  # a street named for someone: "Charles Bussey and Harrison Street", "Martin Luther
            # King Jr. Boulevard", "the crossing of Charles Bussey and Harrison"
        people.append(Person(start, start + len(name), name, keys))
    return people


def antecedent(doc: Doc, before: int, sex: str) -> Person | None:
    """The person a "he" or "she" at token `before` stands for: in the sentence before (or the
    one before that), its subject if named, else the first person named, whose given name does
    not belong to the other sex ("Actress Jane Russell died on Monday, her son Thomas said. She
    was 89."); None when neither names one ("... an even younger girl. She is 13.")."""
    sentences = [doc[min(before, len(doc) - 1)].sent]
    while len(sentences) < 3 and sentences[-1].start > 0:
        sentences.append(doc[sentences[-1].start - 1].sent)
    named = mentions(doc)
    for sent in sentences[1:]:
        found = [_named_subject(sent)] + [p for p in named if sent.start_char <= p.start and p.end <= sent.end_char]
        fitting = [p for p in found if p is not None and sex_of_name(p.keys, given=True) in (None, sex)]
        if fitting:
            return fitting[0]
    return None


def _named_subject(sent) -> Person | None:
    """The name that is the subject of a sentence, or of what it reports ("Bettie Page ... has
    died, her agent said"), however the model labelled it (not a place, nor the "Actress" of
    "Actress Jane Russell")."""
    root = sent.root
    for t in sent:
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "LOC", "NORP", "FAC") \
                and (t.head == root or t.head.dep_ == "ccomp" and t.head.head == root):
            name = " ".join([c.text for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"
                             and c.ent_type_ == t.ent_type_] + [t.text])
            return Person(t.idx, t.idx + len(t.text), name, name_keys(name))
    return None


def first_mentions(people: list[Person]) -> list[Person]:
    """The first mention of each person; a surname or given name alone is the full name's."""
    full = [p for p in people if len(p.keys) > 1]
    seen, out = set(), []
    for p in people:
        if len(p.keys) == 1 and any(p.keys[0] in f.keys for f in full):
            continue  # "Rosales" after "Pedro Rosales", "Jessica" of "Jessica Rosales"
        if tuple(p.keys) not in seen:
            seen.add(tuple(p.keys))
            out.append(p)
    return out


@lru_cache(maxsize=1)
def _gender_detector():
    import gender_guesser.detector  # a dictionary of some 40,000 given names by country (PyPI)

    return gender_guesser.detector.Detector(case_sensitive=False)


def sex_of_name(keys: list[str], given: bool = False) -> str | None:
    """'male' or 'female' where the given name is mostly one ("Justin", "Mary"), else None
    (androgynous and unknown names say nothing).  It only ever keeps two people apart, so a
    name given mostly to one sex is taken as that sex.  A word alone is taken as a surname
    unless `given` (the "Thomas" of "her son Thomas")."""
    if len(keys) < 2 and not (given and keys):
        return None  # a surname alone
    guess = _gender_detector().get_gender(keys[0]).removeprefix("mostly_")
    return guess if guess in ("male", "female") else None


def related(a: list[str], b: list[str]) -> bool:
    """Names that can be one person: the same words, one name's single word among the other's
    ("Jessica" / "Jessica Rosales"), or the same surname and given name, either misspelt by a
    letter or two ("DaMontez Jones" / "Demontez Jones", "Heidar Alishvandi" / "Heydar
    Alishbandi").  Two different given names are two people ("Frederick" and "Mariah Davis")."""
    if len(a) == 1 or len(b) == 1:
        one, other = (a, b) if len(a) == 1 else (b, a)
        return one[0] in other
    return alike(a[-1], b[-1]) and (alike(a[0], b[0]) or short_for(a[0], b[0]))  # ("Dan" / "Daniel")


def alike(x: str, y: str) -> bool:
    """The same name word, or a misspelling of it: one letter changed, added or dropped, two
    swapped, or, in a word of six letters or more, two changed or one changed and one added."""
    if x == y:
        return True
    if min(len(x), len(y)) < 4 or x[0] != y[0] and x[1:] != y[1:]:
        return False
    if len(x) == len(y):
        changed = sum(p != q for p, q in zip(x, y))
        swapped = changed == 2 and sorted(x) == sorted(y) and x[-1] == y[-1]  # "Javon" / "Jovan"
        return changed == 1 or changed == 2 and (len(x) >= 6 or swapped)
    if abs(len(x) - len(y)) == 1:
        short, long = sorted((x, y), key=len)
        if any(long[:i] + long[i + 1:] == short for i in range(len(long))):
            return True
        return len(short) >= 6 and x[0] == y[0] and _edits(x, y) <= 2  # "Sargent" / "Sergeant"
    return False


def _edits(x: str, y: str) -> int:
    """Levenshtein distance."""
    row = list(range(len(y) + 1))
    for i, p in enumerate(x, 1):
        prev, row[0] = row[0], i
        for j, q in enumerate(y, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (p != q))
    return row[-1]


NOT_NAMES = TITLES | SUFFIXES  # not part of a name: "Mr.", "Sgt.", "III"


def same_person(a: list[str], b: list[str]) -> bool:
    """Same surname and, when both names give one, the same word before it: 'Rosales' is
    'Pedro Rosales', but 'Frederick Davis' is not 'Mariah Davis' (relatives share surnames).
    Titles and suffixes do not count ('Mr. LaCalamita', 'Anthony LaCalamita III'), nor a middle
    name one of them leaves out ('Amar Chisler' / 'Amar Daeshawn Chisler'), and a given name
    misspelt is the same name ('Javon' / 'Jovan')."""
    a, b = ([k for k in name if k not in NOT_NAMES and len(k) > 1] for name in (a, b))  # and initials
    if not a or not b:
        return False

    def same(x: str, y: str) -> bool:
        return x == y or context.keys_match(x, y)  # keys_match ignores keys under four letters ("Ana")

    if len(a) >= 2 and len(b) >= 2 and len(a) != len(b) and same(a[0], b[0]) and same(a[-1], b[-1]):
        return True  # a middle name in one of them: "Amar Chisler" / "Amar Daeshawn Chisler"
    if len(a) >= 2 and len(b) >= 2 and same(a[-2], b[-2]) and len(a[-2]) >= 4 and alike(a[-1], b[-1]):
        return True  # a surname misspelt beside the same given name: "Karen Sargent" / "Karen Sergeant"
    return same(a[-1], b[-1]) and (len(a) < 2 or len(b) < 2 or same(a[-2], b[-2])
                                   or alike(a[-2], b[-2]) or short_for(a[-2], b[-2]))


NICKNAMES = {"bob": "robert", "rob": "robert", "bobby": "robert", "bill": "william", "billy": "william",
             "will": "william", "jim": "james", "jimmy": "james", "joe": "joseph", "mike": "michael",
             "tony": "anthony", "dick": "richard", "rick": "richard", "ricky": "richard", "liz": "elizabeth",
             "beth": "elizabeth", "betty": "elizabeth", "kate": "katherine", "katie": "katherine", "peggy": "margaret",
             "maggie": "margaret", "jack": "john", "johnny": "john", "chuck": "charles", "charlie": "charles",
             "andy": "andrew", "drew": "andrew", "jerry": "gerald", "larry": "lawrence", "ted": "edward",
             "eddie": "edward", "ned": "edward", "sue": "susan", "sally": "sarah", "hank": "henry", "harry": "henry"}


def short_for(x: str, y: str) -> bool:
    """One given name is the other's short form: "Dan" / "Daniel" (a first part of three letters
    or more), "Bob" / "Robert", "Mike" / "Michael" (the usual irregular ones)."""
    short, full = sorted((x, y), key=len)
    nick = NICKNAMES.get(short)  # (keys may be cut short: "willia")
    return len(short) >= 3 and full.startswith(short) or nick is not None and nick.startswith(full)
