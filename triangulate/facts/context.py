"""What a value in a sentence is about: the predicate it hangs on, its subject, the counted noun.

These helpers read spaCy's dependency parse.  Parses of the small model are noisy, so each
helper degrades to something short and readable rather than failing.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Span, Token

SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
MODIFIERS = ("amod", "compound", "nmod", "poss", "npadvmod")
ENTITY_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")
DEMONYM = re.compile(r"(?:’s|'s|ians?|ani|ans?|ese|is?|s)$")


def text_of(doc: Doc) -> str:
    """doc.text, computed once per document (spaCy joins every token on each access)."""
    if "text" not in doc.user_data:
        doc.user_data["text"] = doc.text
    return doc.user_data["text"]


def entities(doc: Doc) -> tuple[Span, ...]:
    """doc.ents, computed once per document (spaCy rebuilds the tuple on every access)."""
    if "ents" not in doc.user_data:
        doc.user_data["ents"] = tuple(doc.ents)
        doc.user_data["ent_of"] = {i: e for e in doc.user_data["ents"] for i in range(e.start, e.end)}
    return doc.user_data["ents"]


def entity_of(token: Token) -> Span | None:
    entities(token.doc)
    return token.doc.user_data["ent_of"].get(token.i)


def labelled_matches(text: str, patterns: list[tuple[re.Pattern, str]],
                     skip: Callable[[re.Match], bool] = lambda m: False) -> Iterator[tuple[re.Match, str]]:
    """Matches of (pattern, label) pairs in `text`, earlier pairs first: a match overlapping
    one already given is not given ("murder-suicide" is not also a "suicide"), nor one `skip`
    refuses."""
    taken: list[tuple[int, int]] = []
    for pattern, label in patterns:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken) or skip(m):
                continue
            taken.append((m.start(), m.end()))
            yield m, label


def span_of(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def governing_verb(token: Token) -> Token | None:
    """The nearest verb (or auxiliary-as-main-verb) above `token`, itself included."""
    for t in [token, *token.ancestors]:
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux":
            return t
    return None


PLAN_VERBS = {"schedule", "plan", "expect", "due", "intend"}
FUTURE_AUX = {"will", "'ll", "shall", "would", "to"}
FEELINGS = {"thankful", "grateful", "lucky", "fortunate", "glad", "happy", "relieved", "sad", "sorry", "proud",
            "shocked", "stunned", "saddened", "devastated", "heartbroken", "horrified", "surprised"}  # "is
# thankful to be alive after a shooting on Thursday": a feeling about what was, no plan


def planned(token: Token) -> bool:
    """What the clause of `token` tells is yet to happen: "will begin at 1 p.m.", "to begin
    Wednesday", "is scheduled for Friday"."""
    verb = governing_verb(token)
    for t in ([verb, *verb.ancestors][:3] if verb is not None else []):
        if t.dep_ == "xcomp" and t.head.pos_ == "ADJ" and t.head.lemma_.lower() in FEELINGS:
            break
        if t.lemma_.lower() in PLAN_VERBS or any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in t.children) \
                or _set_for(t):
            return True
        if t.pos_ not in ("VERB", "AUX") or t.dep_ in ("ROOT", "ccomp", "advcl", "relcl", "conj"):
            break  # a clause of its own: "said that it happened at 1 p.m."
    return False


def _set_for(verb: Token) -> bool:
    """A passive "set for" or "set to" ("sentencing is set for 11 a.m. on Nov. 8")."""
    return verb.lemma_.lower() == "set" and any(c.dep_ == "auxpass" for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ in ("for", "to") or c.dep_ == "xcomp" for c in verb.children)


def subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in SUBJECTS:
            return child
    for child in verb.children:  # passive agent: "released by Azerbaijan"
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    if verb.dep_ in ("conj", "xcomp", "advcl", "acl", "relcl") and verb.head is not verb:
        return subject_of(verb.head) if verb.head.pos_ in ("VERB", "AUX") else None
    return None


def phrase(token: Token, max_tokens: int = 6) -> str:
    """A short phrase for `token`: its modifiers and itself, without determiners and numbers
    (nor the words that qualify a number: "at least", "roughly", "as many as")."""
    keep = [t for t in token.subtree
            if t.i <= token.i and t.i >= token.i - max_tokens and t.pos_ not in ("DET", "NUM", "PUNCT")
            and t.dep_ not in ("nummod", "quantmod", "det", "predet", "cc", "prep")
            and not (t.head is not t and (t.head.pos_ == "NUM" or t.head.like_num))]
    keep = [t for t in keep if t.head == token or t == token or t.head.head == token]
    return " ".join(t.text for t in keep) or token.text


def noun_with_prep(noun: Token) -> str:
    """'personnel from Armenia's armed forces': the noun phrase and a short of/from complement."""
    text = phrase(noun)
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "from", "in") and child.i == noun.i + 1:
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                text += f" {child.text} {phrase(obj, 4)}"
            break
    return text


def anchors(tokens) -> list[str]:
    """Entity keys in a span of tokens: names and nationalities reduced to a comparable stem."""
    keys = []
    for t in tokens:
        if t.ent_type_ in ENTITY_LABELS and t.pos_ in ("PROPN", "ADJ", "NOUN"):
            keys.append(entity_key(t.text))
    return sorted(set(k for k in keys if k))


def entity_key(name: str) -> str:
    """'Armenian', 'Armenians', "Armenia's" -> 'armenia'; 'Azerbaijani' -> 'azerbaijan'."""
    word = re.sub(r"[^\w’']", "", name.lower())
    stem = DEMONYM.sub("", word) if len(word) > 5 else word
    return stem[:6]


def keys_match(a: str, b: str) -> bool:
    n = min(len(a), len(b), 6)
    return n >= 4 and a[:n] == b[:n]


def predicate(token: Token) -> tuple[str, list[str]]:
    """A readable 'subject verb object' for the clause of `token`, and its content lemmas."""
    verb = governing_verb(token)
    if verb is None:
        head = token.head if token.head is not token else token
        return phrase(head), [head.lemma_.lower()]
    parts, lemmas = [], [verb.lemma_.lower()]
    subj = subject_of(verb)
    if subj is not None and subj.i != token.i:
        parts.append(phrase(subj))
        lemmas.append(subj.lemma_.lower())
    parts.append(verb.text)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd") and c.i != token.i]
    if objects:
        parts.append(phrase(objects[0]))
        lemmas.append(objects[0].lemma_.lower())
    else:  # "engaged in a swap": the first prepositional object that is not the value itself
        for prep in (c for c in verb.children if c.dep_ == "prep" and not c.i <= token.i <= c.right_edge.i):
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ not in ("DATE", "TIME", "CARDINAL"):
                parts += [prep.text, phrase(obj)]
                lemmas.append(obj.lemma_.lower())
                break
    return " ".join(parts), lemmas


def clause_text(sent: Span, start: int, end: int, limit: int = 200) -> str:
    """The sentence with the value itself replaced by '…', for embedding what it is about."""
    text = sent.text
    rel_s, rel_e = start - sent.start_char, end - sent.start_char
    masked = (text[:rel_s] + "…" + text[rel_e:]).strip()
    return masked[:limit]
