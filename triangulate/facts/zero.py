"""Counts of none that name no counted noun: "no one was hurt", "nobody has been arrested",
"no suspects are in custody", "there were no immediate reports of injuries".

("No arrests", "no deaths" are read with the other numbers: `numbers.ZERO_OR_ONE`.)  An early
report's "no one was arrested" against a later one's "two suspects were arrested" is one of the
commonest contradictions in breaking news, usually a revision, yet no number is written.  A
zero is read only where the words say what befell no one (killed, injured, arrested), so that it
is a count of a measured outcome like "two were hurt"; "no one else" and "no further arrests"
are increments (nothing beyond the people already told of), and "no one was seriously hurt"
says nothing of the lightly hurt, so it is not read.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from . import context
from .numbers import Amount
from .quantities import Quantity

NOUNS = {"arrest": "arrested", "death": "deaths", "fatalit": "deaths", "injur": "injured"}
VERBS = {"killed": "deaths", "dead": "deaths", "injured": "injured", "hurt": "injured", "wounded": "injured",
         "harmed": "injured", "arrested": "arrested", "detained": "arrested", "custody": "arrested"}
OTHER = r"(?P<other>other|else|further|additional|more|new)\s+"
NO_NOUN = re.compile(r"\b[Nn]o\s+(?:(?:immediate|confirmed|official)\s+)?(?:(?:reports?|word)\s+of\s+(?:any\s+)?)?"
                     r"(?:" + OTHER + r")?(?P<noun>arrests?|deaths?|fatalit(?:y|ies)|injur(?:y|ies))\b")
NO_ONE = re.compile(r"\b(?:[Nn]o\s+one|[Nn]obody)\s+(?:" + OTHER + r")?"
                    r"(?:(?:was|were|is|are|has|have|had)\s+)?(?:(?:been|being)\s+)?"
                    r"(?:(?P<adverb>\w+ly)\s+)?(?:(?:taken\s+)?in(?:to)?\s+)?"
                    r"(?P<verb>killed|dead|injured|hurt|wounded|harmed|arrested|detained|custody)\b")
PARTIAL = {"seriously", "critically", "badly", "severely", "gravely", "fatally", "physically"}  # "no one was
# seriously hurt": of the seriously hurt only


def extract(doc: Doc) -> list[Quantity]:
    text = context.text_of(doc)
    found = []
    for m in [*NO_NOUN.finditer(text), *NO_ONE.finditer(text)]:
        if m.groupdict().get("adverb") and m["adverb"].lower() in PARTIAL:
            continue
        if m.groupdict().get("noun") and m.start("noun") - m.start() <= 3:
            continue  # "no arrests": read with the other numbers
        outcome = (NOUNS[next(k for k in NOUNS if m["noun"].lower().startswith(k))] if m.groupdict().get("noun")
                   else VERBS[m["verb"].lower()])
        span = context.span_of(doc, m.start(), m.end())
        if span is None:
            continue
        pred, lemmas = context.predicate(span.root)
        amount = Amount(m.start(), m.end(), m[0], 0, 0, exact=0, qualifier="none")
        found.append(Quantity(amount, "count", f"{outcome} — {pred}", ["", *lemmas], [], None, m.start(), m.end(),
                              outcome, increment=bool(m["other"])))
    return found
