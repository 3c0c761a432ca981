"""Quotation facts: direct quotes with their speaker and cue ("said", "wrote", "told").

Quotes are found by their quotation marks (curly or straight, also as the tokenised ` " `, and
straight ones over several lines: `_quoted`); the speaker is the subject of a speech verb in the
same sentence, or the object of "according to"; pronouns ("it said", "he said") are resolved to
the nearest preceding named subject of a clause, else the nearest preceding name.  A quote with
no speech verb of its own that follows an attributed one in the same paragraph is that
speaker's, as news writing has it.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from . import context

QUOTE = re.compile(r"“(?P<a>[^“”]{12,}?)”|\"(?P<b>[^\"\n]{12,}?)\"|‘(?P<c>[^‘’\n]{30,}?)’")
CUES = {"say", "tell", "write", "declare", "state", "add", "announce", "explain", "note", "post",
        "tweet", "report", "claim", "insist", "warn", "confirm", "describe", "recall", "ask",
        "reply", "respond", "acknowledge", "admit", "argue", "continue", "conclude", "read",
        "stress", "emphasize", "emphasise", "urge", "comment", "affirm", "specify", "cry"}
PRONOUNS = {"he", "she", "it", "they", "we", "i", "who", "which"}


@dataclass
class Quotation:
    start: int
    end: int
    text: str
    speaker: str | None
    cue: str | None
    cue_span: tuple[int, int] | None


def _speech_verb(sent: Span, outside: tuple[int, int]) -> Token | None:
    for t in sent:
        if t.lemma_.lower() in CUES and t.pos_ in ("VERB", "AUX") and not outside[0] <= t.idx < outside[1]:
            return t
    return None


def according_to(sent: Span) -> Token | None:
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            obj = next((c for c in t.doc[t.i + 1].children if c.dep_ == "pobj"), None)
            return obj
    return None


def speaker_text(token: Token) -> str:
    """The full name or noun phrase of a speaker token ('Nikol Pashinyan', 'the statement')."""
    ent = context.entity_of(token)
    if ent is not None and ent.label_ in context.ENTITY_LABELS:
        return ent.text
    words = [t for t in token.subtree if t.i <= token.i and t.dep_ in ("compound", "amod", "poss", "det") or t == token]
    return " ".join(t.text for t in words if t.i >= token.i - 4)


def resolve_pronoun(token: Token) -> str | None:
    """The named person or organisation a pronoun stands for (a modest coreference rule): the
    nearest one before it that was the subject of its clause ("Capaldi admitted he had been a
    fan ... 'I can't wait,' he said", past "the same age as William Hartnell"), else the nearest."""
    want = ("ORG",) if token.lower_ in ("it", "which") else ("PERSON", "ORG") if token.lower_ in ("they", "we") else ("PERSON",)
    before = [e for e in context.entities(token.doc) if e.end <= token.i and e.label_ in want]
    sentences = [s.start for s in token.doc.sents if s.start <= token.i][-SUBJECT_REACH:]
    recent = [e for e in before if sentences and e.start >= sentences[0]]
    subject = next((e for e in reversed(recent) if _is_subject(e.root)), None)
    return (subject or before[-1]).text if before else None


SUBJECT_REACH = 8  # sentences, the pronoun's own included (and a long quotation's), searched for a subject


def _is_subject(token: Token) -> bool:
    """A clause's subject, or a name set beside one ("The German Chancellor, Angela Merkel, said")."""
    subjects = ("nsubj", "nsubjpass")
    return token.dep_ in subjects or token.dep_ == "appos" and token.head.dep_ in subjects


def speaker_of(sent: Span, quote_span: tuple[int, int]) -> tuple[str | None, Token | None]:
    verb = _speech_verb(sent, quote_span)
    if verb is not None:
        subj = context.subject_of(verb)
        if subj is not None and quote_span[0] <= subj.idx < quote_span[1]:
            # the parser took words of the quotation for the verb's subject ("... in league with a
            # hostile foreign power, " DNC Chair Tom Perez said": "the campaign" and "Perez")
            subj = next((c for c in verb.children if c.dep_ in context.SUBJECTS
                         and not quote_span[0] <= c.idx < quote_span[1]), None)
            if subj is None:
                return None, verb  # an unknown speaker rather than the quotation's own words
        if subj is not None:
            if subj.lower_ in PRONOUNS:
                return resolve_pronoun(subj) or subj.text, verb
            return speaker_text(subj), verb
        return None, verb
    obj = according_to(sent)
    if obj is not None:
        return speaker_text(obj), obj.head.head
    return None, None


SPANNING_CHARS = 1000  # the longest quotation read across lines


def _quoted(text: str) -> list[tuple[int, int, int, str]]:
    """(opening mark, end of closing mark, start of the words, the words) of every quotation: a
    pair of curly marks, or of straight marks on one line, or a straight quotation that runs over
    several lines (paragraphs, or one sentence a line as some corpora have it: '" The Iran deal is
    a terrible deal .' ... 'It should have never been made , " Trump said'): the last mark of a
    line with an odd number of them opens it, the first mark of the next such line closes it,
    when no other straight mark lies between."""
    found = [(m.start(), m.end(), m.start(g), m.group(g)) for m in QUOTE.finditer(text)
             for g in ("a", "b", "c") if m.group(g) is not None]
    marks = [m.start() for m in re.finditer('"', text)]
    breaks = [m.start() for m in re.finditer("\n", text)]
    per_line: dict[int, list[int]] = {}
    for i in marks:
        per_line.setdefault(bisect.bisect(breaks, i), []).append(i)
    odd = sorted(line for line, at in per_line.items() if len(at) % 2)
    k = 0
    while k + 1 < len(odd):
        opening, closing = per_line[odd[k]][-1], per_line[odd[k + 1]][0]
        adjacent = bisect.bisect_right(marks, opening) == bisect.bisect_left(marks, closing)  # (no mark between)
        if adjacent and closing - opening <= SPANNING_CHARS:
            found.append((opening, closing + 1, opening + 1, text[opening + 1:closing]))
            k += 2
        else:
            k += 1
    return sorted(found)


def extract(doc: Doc) -> list[Quotation]:
    found = []
    for outer_start, outer_end, inner_start, words in _quoted(context.text_of(doc)):
        said = words.strip()  # (“ NO proof or evidence , ”: tokenized text spaces its quotes)
        if not said:
            continue
        start = inner_start + words.index(said)
        end = start + len(said)
        size = len(said.split())
        if size < 2 or size < 4 and not said[0].isupper():
            continue  # a scare-quoted term ("a 'concealed position'"), not an utterance
        span = context.span_of(doc, outer_start, outer_end)
        if span is None:
            continue
        sents = {t.sent for t in span}
        last = doc[span.end].sent if span.end < len(doc) else span[-1].sent
        speaker, cue = None, None
        for sent in sorted(sents | {last}, key=lambda s: s.start):
            speaker, cue = speaker_of(sent, (outer_start, outer_end))
            if cue is not None:
                break
        if size < 4 and cue is None:
            continue  # a short utterance only with its speech verb: “We will rebuild,” she said
        cue_span = (cue.idx, cue.idx + len(cue.text)) if cue is not None else None
        if cue is None and found and found[-1].speaker and "\n" not in context.text_of(doc)[found[-1].end:start]:
            speaker = found[-1].speaker  # “…,” Catherine Dougherty said. “She was full of life…”: the
            # paragraph's speaker goes on
        found.append(Quotation(start, end, said, speaker,
                               cue.lemma_.lower() if cue is not None else None, cue_span))
    return found
