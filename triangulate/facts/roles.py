"""Role facts: the rank or post a report gives a named person ("Lt. Sheila Cole", "CEO Larry
Lucchino", "Interior Secretary Dirk Kempthorne", "Larry Lucchino, the team's chief operating
officer").  Reports that give one person two ranks or posts of one kind disagree (a sergeant
and a lieutenant; the chief executive and the chief operating officer; the foreign and the
interior minister; a senator and a representative); posts of different kinds can be held at
once (a senator who chairs a committee) and never conflict.

Only a title next to the name counts: before it ("Police Capt. Mike Jones") or in an apposition
after it ("Mike Jones, a police captain,").  A former, acting or interim post is not the
person's post now, so it is left out.  Titles that say little of rank ("Officer", "Detective",
"Deputy") or that many posts share ("President", "Chief") are left out too.

Any other description set next to a full name in the same noun phrase ("CIA Director Mike
Pompeo", "Kate Allen, director of Amnesty International UK,", "Trump's chief economic adviser")
is a `post`: how each report describes the person, compared across reports but never a conflict,
since one person holds many posts and is described in many ways.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from . import context, people

# (pattern, role, kind of role); longer patterns first: "Lt. Col." before "Lt.", "Attorney
# General" before "General".
_ROLES = [
    (r"lieutenant\s+governor|lt\.?\s*gov\.?", "lieutenant governor", "office"),
    (r"attorney\s+general|atty\.?\s+gen\.?", "attorney general", "office"),
    (r"(?:u\.?\s?s\.?\s+)?sen\.?|senator", "senator", "office"),
    (r"(?:u\.?\s?s\.?\s+)?rep\.?|representative|congress(?:wo)?man", "representative", "office"),
    (r"gov\.?|governor", "governor", "office"),
    (r"mayor", "mayor", "office"),
    (r"lieutenant\s+colonel|lt\.?\s*col\.?", "lieutenant colonel", "rank"),
    (r"(?:brigadier|brig\.?)\s+(?:general|gen\.?)", "brigadier general", "rank"),
    (r"(?:major|maj\.?)\s+(?:general|gen\.?)", "major general", "rank"),
    (r"(?:lieutenant|lt\.?)\s+(?:general|gen\.?)", "lieutenant general", "rank"),
    (r"(?:staff|master|first)\s+(?:sergeant|sgt\.?)", "staff sergeant", "rank"),
    (r"sergeant|sgt\.?", "sergeant", "rank"),
    (r"lieutenant|lt\.?", "lieutenant", "rank"),
    (r"captain|capt\.?", "captain", "rank"),
    (r"maj\.?", "major", "rank"),
    (r"colonel|col\.?", "colonel", "rank"),
    (r"general|gen\.?", "general", "rank"),
    (r"corporal|cpl\.?", "corporal", "rank"),
    (r"admiral|adm\.?", "admiral", "rank"),
    (r"commander|cmdr\.?", "commander", "rank"),
    (r"chief\s+executive(?:\s+officer)?|ceo", "chief executive", "officer"),
    (r"chief\s+operating\s+officer|coo", "chief operating officer", "officer"),
    (r"chief\s+financial\s+officer|cfo", "chief financial officer", "officer"),
    (r"chief\s+technology\s+officer|cto", "chief technology officer", "officer"),
]
PORTFOLIOS = {"foreign": "foreign", "interior": "interior", "home": "interior", "defense": "defense",
              "defence": "defense", "finance": "finance", "treasury": "finance", "health": "health",
              "justice": "justice", "education": "education", "economy": "economy", "energy": "energy",
              "agriculture": "agriculture", "transport": "transport", "transportation": "transport",
              "labor": "labor", "labour": "labor", "trade": "trade", "commerce": "commerce",
              "environment": "environment", "prime": "prime"}
_PORTFOLIO = "|".join(PORTFOLIOS)
MINISTER = (rf"(?:(?P<deputy>deputy|vice)\s+)?(?P<portfolio>{_PORTFOLIO})\s+(?:minister|secretary)"
            rf"|(?:minister|secretary)\s+(?:of|for)\s+(?:the\s+)?(?P<portfolio2>{_PORTFOLIO})(?:\s+affairs)?"
            r"|secretary\s+of\s+state")
TITLE = re.compile(r"(?<!\w)(?:" + "|".join([f"(?P<minister>{MINISTER})"]
                                            + [f"(?P<r{i}>{p})" for i, (p, _, _) in enumerate(_ROLES)]) + ")", re.I)
NOT_NOW = re.compile(r"\b(?:former|ex|then|acting|interim|retired|late|fellow)\s*-?\s*$", re.I)
BEFORE = re.compile(rf"(?:{TITLE.pattern})\s+$", re.I)  # "Lt. " just before the name
AFTER = re.compile(rf"(?:,\s+\d{{1,3}})?,\s+(?:the|a|an)\s+"
                   rf"(?:(?!(?:of|for|to|with|by|from|and)\s)[\w'’.-]+\s+){{0,4}}?"
                   rf"(?:{TITLE.pattern})(?=\s*(?:,|\.|;|$|\s(?:of|for|with|at|in|and)\b))",
                   re.I)  # "Larry Lucchino, the team's chief operating officer,"
LEADING = re.compile(rf"(?:{TITLE.pattern})\s+(?=[A-Z])", re.I)  # "Gov. " of "Gov. Greg Abbott"
REACH = 60  # characters before a name a title may start
OFFICE_GENERAL = re.compile(r"\b(?:surgeon|inspector|solicitor|adjutant|postmaster|secretary|director|consul|governor)"
                            r"[\s-]+$", re.I)  # "Surgeon General David Satcher" holds no military rank


@dataclass
class Role:
    start: int
    end: int
    role: str
    kind: str  # "office", "rank", "officer" (a company's chief officers), "minister" or "post"
    name: str
    keys: list[str]


def extract(doc: Doc, persons: list[people.Person]) -> list[Role]:
    """The role given at each mention of a person, before or after the name."""
    text = context.text_of(doc)
    found = []
    for p in persons:
        if len(p.keys) < 2:
            continue  # a full name: a lone word after a title may be the title's ("General Manager")
        lead = _leading_title(p.name)  # the model sometimes tags "Gov. Greg Abbott" a person
        name_start = p.start + lead
        before = BEFORE.search(text, max(0, name_start - REACH), name_start) if not lead \
            else TITLE.fullmatch(text, p.start, p.start + lead)
        if before is not None and text[before.start()].isupper() \
                and not NOT_NOW.search(text, max(0, before.start() - 12), before.start()):  # ("her rep Steve
            # Honig" is a publicist; titles set before a name are capitalised)
            role, kind = _role(before)
            if role != "general" or not OFFICE_GENERAL.search(text, max(0, before.start() - 20), before.start()):
                found.append(Role(before.start(), p.end, role, kind, p.name, p.keys))
            continue
        after = AFTER.match(text, p.end)
        if after is not None and not NOT_NOW.search(text, p.end, _title_start(after)):
            role, kind = _role(after)
            found.append(Role(p.start, _title_end(after), role, kind, p.name, p.keys))
            continue
        described = _description(doc, name_start, p.end)
        if described is not None:
            start, end, words = described
            found.append(Role(min(start, p.start), max(end, p.end), _plain(words), "post", p.name, p.keys))
    return found  # (a title repeated at each mention is a fact at each: the report shows one wording once)


HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "sir", "dame", "madam"}  # say nothing of a post
DESCRIPTION_TOKENS = 12  # an apposition longer than this is a clause the parser attached to the name


def _description(doc: Doc, start: int, end: int) -> tuple[int, int, str] | None:
    """(start, end, text) of the common-noun phrase that describes the name at [start, end):
    the modifiers before it ("CIA Director", "Trump's campaign manager"), the noun it is set in
    apposition to ("the C.I.A. director Mike Pompeo"), or an apposition after a comma ("Kate Allen,
    director of Amnesty International UK,")."""
    span = context.span_of(doc, start, end)
    if span is None:
        return None
    root = span.root
    head = root.head if root.dep_ == "appos" and root.head.i == span.start - 1 else root
    before = [t for t in head.subtree if t.i < span.start]
    while before and (before[0].pos_ in ("DET", "PUNCT", "CCONJ") or before[0].dep_ == "case"
                      or before[0].tag_ == "PRP$"):  # ("the", "his")
        before = before[1:]
    if before and _describes(before[-1]) and all(t.i + 1 == u.i for t, u in zip(before, before[1:])):
        return before[0].idx, before[-1].idx + len(before[-1]), doc[before[0].i:before[-1].i + 1].text
    for child in root.rights:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and doc[child.left_edge.i - 1].text == "," \
                and child.left_edge.i > span.end - 1:
            words = [t for t in child.subtree if not t.is_punct or t.i < child.right_edge.i]
            while words and (words[0].pos_ == "DET" or words[0].tag_ == "PRP$"):
                words = words[1:]
            if words and len(words) <= DESCRIPTION_TOKENS:
                return words[0].idx, words[-1].idx + len(words[-1]), doc[words[0].i:words[-1].i + 1].text
    return None


def _describes(token: Token) -> bool:
    """A common noun, or a capitalised one outside any named entity ("Director"), that is no
    honorific."""
    return (token.pos_ == "NOUN" or token.pos_ == "PROPN" and not token.ent_type_) \
        and token.lower_.strip(".") not in HONORIFICS


def _plain(words: str) -> str:
    """A description compared across reports: lower case, without the dots of abbreviations or
    an article ("the C.I.A. director": "cia director")."""
    words = re.sub(r"\s+(['’]s)\b", r"\1", words.lower()).replace(".", "")
    return re.sub(r"^(?:the|a|an)\s+", "", re.sub(r"\s+", " ", words)).strip()


def _leading_title(name: str) -> int:
    """Characters of a title the name itself starts with ("Gov. " of "Gov. Greg Abbott"), else 0."""
    m = LEADING.match(name)
    return len(m.group(0).rstrip()) if m else 0


def _named_group(m: re.Match) -> str:
    return next(g for g, v in m.groupdict().items() if v and (g == "minister" or g.startswith("r")))


def _title_start(m: re.Match) -> int:
    return m.start(_named_group(m))


def _title_end(m: re.Match) -> int:
    return m.end(_named_group(m))


def _role(m: re.Match) -> tuple[str, str]:
    group = _named_group(m)
    if group == "minister":
        portfolio = (m["portfolio"] or m["portfolio2"] or "").lower()
        post = f"{PORTFOLIOS[portfolio]} minister" if portfolio else "foreign minister"  # ("secretary of state")
        return (f"deputy {post}" if m["deputy"] else post), "minister"
    _, role, kind = _ROLES[int(group[1:])]
    return role, kind


ANOTHER_POST = {"and", "former", "ex", "then", "acting", "interim", "designate", "elect", "deputy", "vice",
                "assistant", "nominee", "pick", "candidate"}  # words that make a description another post


def _fuller(short: str, full: str) -> bool:
    """`full` names the post of `short` with more words, none of which make it another post."""
    words_short, words_full = set(re.split(r"[\s-]+", short)), set(re.split(r"[\s-]+", full))
    return words_short < words_full and not (words_full - words_short) & ANOTHER_POST


def judge(a: str, b: str, kind: str = "") -> str:
    """Two roles of one kind given one person: the same, one the other shortened ("Colonel" of a
    lieutenant colonel, "Foreign Minister" of the deputy foreign minister), or two different posts."""
    if a == b:
        return "agree"
    if kind == "post":  # one person described two ways: the same post when one names it more fully
        return "agree" if _fuller(a, b) or _fuller(b, a) else "compatible"  # ("Judiciary Chairman", "House
        # Judiciary Committee Chairman"), unless the more is another post, or a past one
    wa, wb = set(a.split()), set(b.split())
    return "compatible" if wa <= wb or wb <= wa else "conflict"
