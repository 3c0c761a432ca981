"""Fact extraction: per article, every fact grounded in a verbatim span of the article text.

`extract_facts(article, doc, reference)` runs the extractors (quantities, dates, places,
quotations, actors) over one parsed article and returns Facts whose `quote` is exactly
`article.text[start:end]`.  `reference` is the date relative expressions are resolved against:
the publication date, the date a saved page gives itself in its opening (`dates.page_date`,
marked "page"), or (marked as such) a date borrowed from the other reports of the event.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from ..model import Article, Fact
from . import (actors, charges, conditions, context, custody, dates, identity, manner, people, places, quantities,
               quotes, relations, residence, roles, scores, statements, times, weapons, wounds, zero)


def resolve_pending(facts: list[Fact], reference: date) -> list[Fact]:
    """Resolve the relative dates of an undated article once a reference date is known."""
    for f in facts:
        if f.kind == "date" and f.value.get("reference") == "pending":
            resolved = dates.resolve(f.value["text"], reference)
            if resolved is not None:
                f.value = {**f.value, **resolved.to_value(f.value["text"], f.value["qualifier"], "event")}  # (keeping
                # what else was read: a stamp, a plan, what is dated)
                if f.value.get("planned"):
                    f.value = dates.ahead(f.value, f.value["text"], reference)
                f.confidence = 0.6
    return mark_background(facts, reference)


# A sentence that goes on about the one before: a pronoun subject, or a fragment that starts with
# no capital (a sentence split inside "magnitude-6.4").
CONTINUES = re.compile(r"(?:It|They|That|This|These|Those)\b|[^A-Z\"“‘'(\[]")


BACKGROUND_KINDS = ("quantity", "condition", "custody", "charge", "manner", "relation")
EARLIER = re.compile(  # a sentence that sets another, earlier happening beside this one
    r"\b(?:came|comes|occurred|happened|follows|followed)\s+(?:just\s+|only\s+|barely\s+|less\s+than\s+)?"
    r"(?:(?:a|one|two|three|four|five|several|a\s+few|\d+)\s+)?(?:days?|weeks?|months?|years?)\s+after\b"
    r"|^\W*(?:earlier\s+this\s+(?:year|month)|last\s+(?:year|month)|in\s+an?\s+(?:separate|unrelated|similar|"
    r"earlier|previous)\s+(?:incident|case|shooting|attack|crash))\b", re.I)


def mark_background(facts: list[Fact], reference: date | None) -> list[Fact]:
    """Flag the figures, deaths, arrests, charges and manners of sentences that date themselves
    only well before the report ("in 2003, a quake killed 31,000"; "he was arrested in 2012"):
    background, not news of this event, so they are not compared as this event's.  A sentence
    that also names a recent day is news with context.  The toll (dead, shot, hurt...) of a
    sentence that sets another happening beside this one is background too (`EARLIER`)."""
    if reference is not None:
        _mark_dated_background(facts, reference)
    told = {f.sentence for f in facts if f.kind == "statement" and EARLIER.search(f.quote)}
    for f in facts:  # the toll of another happening set beside this one ("the shooting came weeks after a
        # driver shot eight people"): no toll of this one (other figures there stay, one more figure each)
        if f.kind == "quantity" and f.value.get("measure") and f.sentence in told:
            f.value["background"] = True
    return facts


def _mark_dated_background(facts: list[Fact], reference: date) -> None:
    dated = [(f, (reference - date.fromisoformat(f.value["end"])).days > 31)
             for f in facts if f.kind == "date" and f.value.get("end")]
    recent = {f.sentence for f, is_old in dated if not is_old}  # "on Wednesday ... since 2020"
    long_ago = [f for f, is_old in dated if is_old and f.sentence not in recent]
    old = {f.sentence for f in long_ago if f.value.get("qualifier") != "since"}
    since = [(f.sentence, set(f.keys)) for f in long_ago if f.value.get("qualifier") == "since"]  # ("arrested
    # three times since October"; not the camp of 20,000 refugees "where rebels have fought since June":
    # "since" dates only its own clause)
    sentences = sorted((f.sentence, f.quote) for f in facts if f.kind == "statement")
    for (previous, _), (sentence, quote) in zip(sentences, sentences[1:]):
        if previous in old and CONTINUES.match(quote):
            old.add(sentence)  # "The last quake was in February. It killed 612 people."
    for f in facts:
        if f.kind in BACKGROUND_KINDS:
            f.value["background"] = f.sentence in old or any(
                sentence == f.sentence and keys & set(f.keys) for sentence, keys in since)


def fact_id(article_id: str, kind: str, start: int, end: int) -> str:
    return "f" + hashlib.sha1(f"{article_id}:{kind}:{start}:{end}".encode()).hexdigest()[:11]


def _attribution(sent: Span) -> str | None:
    """Who the sentence's claims are attributed to ('police said', 'according to TASS')."""
    obj = quotes.according_to(sent)
    if obj is not None:
        return quotes.speaker_text(obj)
    speaker, cue = quotes.speaker_of(sent, (sent.start_char, sent.start_char))
    if cue is not None and cue.dep_ in ("ROOT", "parataxis") and speaker:
        return speaker
    return None


class _Builder:
    """Collects facts of one article, computing the shared sentence context once per sentence."""

    def __init__(self, article: Article, doc: Doc):
        self.article, self.doc, self.facts = article, doc, []
        self._attr: dict[int, str | None] = {}

    def add(self, kind: str, start: int, end: int, about: str, value, keys=(), anchors=(),
            speaker: str | None = None, confidence: float = 1.0) -> None:
        span = context.span_of(self.doc, start, end)
        sent = span.sent if span is not None and len(span) else self.doc[0].sent
        if sent.start not in self._attr:
            self._attr[sent.start] = _attribution(sent)
        self.facts.append(Fact(
            id=fact_id(self.article.id, kind, start, end), article=self.article.id, kind=kind,
            about=" ".join(about.split()) or self.article.text[start:end], quote=self.article.text[start:end], start=start, end=end, value=value,
            attributed_to=speaker or self._attr[sent.start], speaker=speaker,
            confidence=confidence, sentence=sent.start, keys=list(dict.fromkeys(keys)),
            anchors=list(dict.fromkeys(anchors)), context=context.clause_text(sent, start, end)))


NIGHT = re.compile(r"\b(?:night|overnight|late|midnight)\b", re.I)


def _dates_said(doc: Doc) -> list[tuple[int, int, Token, str]]:
    """(start, end, root, the time it is part of) of each DATE span, and of the day inside a TIME
    span ("Monday" of "Monday night", of "after 9 p.m. Monday", "last night"): a time of day tells
    its day too."""
    text = context.text_of(doc)
    found = []
    for ent in context.entities(doc):
        if ent.label_ == "DATE" and not _names_a_thing(doc, ent):
            start = dates.month_before(text, dates.day_before(text, ent.start_char, ent.text), ent.text)
            found.append((start, ent.end_char, ent.root, ""))
        elif ent.label_ == "TIME":
            found += [(m.start(), m.end(), ent.root, ent.text)
                      for m in dates.DAY_IN_TIME.finditer(text, ent.start_char, ent.end_char)]
            found += [(m.start(), m.end(), ent.root, ent.text)  # (one day per time)
                      for m in dates.RELATIVE_DAY_IN_TIME.finditer(text, ent.start_char, ent.end_char)][:1]
    return sorted(found + _holidays_untagged(doc, found))


HOLIDAY_AFTER = re.compile(r"\b(?:on|over|at|during|before|after|since|until|by|this|last|next)\s+(?:the\s+)?$", re.I)


def _holidays_untagged(doc: Doc, tagged: list[tuple[int, int, Token, str]]) -> list[tuple[int, int, Token, str]]:
    """Holidays the tagger left out of its dates, when a preposition or "last"/"next" makes them
    a time ("took place over Easter", "before Thanksgiving"; not "Christmas shopping")."""
    text = context.text_of(doc)
    found = []
    for m in dates.HOLIDAY.finditer(text):
        span = context.span_of(doc, m.start(), m.end())
        if span is None or any(s < m.end() and m.start() < e for s, e, _, _ in tagged) \
                or not HOLIDAY_AFTER.search(text, max(0, m.start() - 16), m.start()) or _names_a_thing(doc, span):
            continue
        found.append((m.start(), m.end(), span.root, ""))
    return found


def _names_a_thing(doc: Doc, span: Span) -> bool:
    """A holiday's name used of a thing rather than a day: "Christmas shopping", "Easter eggs"."""
    return bool(dates.HOLIDAY.fullmatch(span.text)) and not span.text.lower().endswith("weekend") \
        and span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN")


def _dated_noun(doc: Doc, start: int, root: Token) -> Token | None:
    """The happening a date is of, when a noun names it: "the September offensive", "military
    success on September 19", "the operation in September" (whatever the parser attached the
    date to: "arrested in the wake of the operation in September" is the operation's month)."""
    if root.dep_ in ("compound", "nmod", "amod", "poss") and root.head.pos_ == "NOUN" and root.i < root.head.i:
        noun = root.head  # "the September offensive", "Friday's shooting"
        if noun.dep_ == "poss" and noun.lemma_.lower() in NOT_HAPPENINGS and noun.head.pos_ == "NOUN":
            noun = noun.head  # "Thursday afternoon's arrest"
    else:
        first = next((t for t in doc if t.idx >= start), None)
        if first is None or first.i < 2 or doc[first.i - 1].pos_ != "ADP":
            return None
        prep = doc[first.i - 1]  # the noun the parser hangs the date on ("a shooting at Pershing
        # Court Manor on Thursday"), else the word before it
        noun = prep.head if prep.head.pos_ == "NOUN" and prep.head.i < prep.i else doc[first.i - 2]
    noun = _happening_named(noun)
    # not where, whom or when: "shot in the hand on Nov. 2", "his home last April", "Sunday morning"
    if noun.pos_ != "NOUN" or noun.ent_type_ or noun.lemma_.lower() in NOT_HAPPENINGS:
        return None
    return noun


def _happening_named(noun: Token) -> Token:
    """The noun that names the happening when the date hangs on another: up an of-chain past
    the people, places and times in it ("a swap of prisoners of war on Wednesday" is the
    swap's day, "the shooting of a man on Monday" the shooting's; "the wake of the operation in
    September" stays the operation's), the subject of "take place" ("the exchange took place on
    Wednesday")."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        governor = noun.head.head
        if not ({noun.lemma_.lower(), governor.lemma_.lower()} & NOT_HAPPENINGS):
            break
        noun = governor
    if noun.lemma_.lower() == "place" and noun.dep_ == "dobj" and noun.head.lemma_.lower() == "take":
        noun = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), noun)
    return noun


NOT_HAPPENINGS = places.PLACE_NOUNS | quantities.PEOPLE | set(wounds.REGIONS) | {
    "day", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "time", "hour", "body"}


def _time_of_telling(root: Token) -> bool:
    """A time that dates the telling, not the happening: "a dispatcher said around 7 a.m. that
    there had been no reports" (the time hangs on the active verb of saying itself; "the shooting
    was reported before 8 a.m." dates the shooting)."""
    verb = context.governing_verb(root)
    return verb is not None and verb.lemma_.lower() in quotes.CUES and not any(c.dep_ == "auxpass" for c in verb.children)


def extract_facts(article: Article, doc: Doc, reference: date | None = None,
                  reference_kind: str = "published") -> list[Fact]:
    b = _Builder(article, doc)
    for q in [*quantities.extract(doc), *zero.extract(doc)]:
        value = {**q.amount.to_value(), "unit": q.unit, "measure": q.measure, "part": q.part,
                 "expected": q.expected, "previous": q.previous, "increment": q.increment,
                 "whole_set": q.whole_set, "currency": q.currency, "converted": q.converted,
                 "personal": q.personal, "period": q.period, "share": q.share, "material": quantities.material(q.noun),
                 "background": False}  # set below
        b.add("quantity", q.start, q.end, q.about, value, q.keys, q.anchors)
    for start, end, root, time_said in _dates_said(doc):
        said = context.text_of(doc)[start:end]
        resolved = dates.resolve(said, reference)
        cue = dates.cue_before(context.text_of(doc), start)
        if resolved is not None:
            told = reference_kind if reference else "none"
            if told == "page" and dates.resolve(said, None) is not None:
                told = "text"  # "July 24, 2004" needs no reference; "on Saturday" leans on the page's stamp
            value = resolved.to_value(said, cue, told)
            confidence = 1.0 if reference_kind == "published" or resolved.precision in ("year", "decade") \
                else 0.9 if reference_kind == "page" else 0.6  # (a page's stamp may be of an update)
        elif reference is None and dates.resolve(said, date(2000, 1, 5)) is not None:
            value, confidence = dates.pending(said, cue), 0.3  # "on Wednesday" in an undated article
        else:
            continue
        if time_said:  # the day of a moment, often of a part of the story: it may corroborate, never contradict
            value["in_time"] = True
            if NIGHT.search(time_said) and value.get("precision") == "day":
                value.update(end=(date.fromisoformat(value["end"]) + timedelta(days=1)).isoformat(),
                             precision="night")  # "late Saturday night" runs into Sunday
        value["stamp"] = dates.stamped(context.text_of(doc), start)
        value["planned"] = context.planned(root)
        if value["planned"] and reference is not None:
            value = dates.ahead(value, said, reference)  # "will take office on January 1": the next one
        about, lemmas = context.predicate(root)
        dated = _dated_noun(doc, start, root)
        if dated is not None:  # what is dated, besides the clause around it: "the operation in September"
            value["of"] = " ".join(context.phrase(dated).replace(said, " ").split())  # ("rapid offensive")
            lemmas = [*lemmas, dated.lemma_.lower()]
        b.add("date", start, end, about, value, lemmas, confidence=confidence)
    spans = [(e.start_char, e.end_char) for e in context.entities(doc) if e.label_ == "TIME"]
    clocks24 = times.twenty_four_hour(context.text_of(doc))
    spans += times.clocks_outside(context.text_of(doc), spans, clocks24)  # "around 8:30am" that NER missed
    for ent_start, end in spans:
        ent_start = times.hour_before(context.text_of(doc), ent_start)
        start = times.cue_before(context.text_of(doc), times.span_before(context.text_of(doc), ent_start))
        value = times.resolve(context.text_of(doc)[start:end], any(start <= s and e <= end for s, e in clocks24))
        where = context.span_of(doc, ent_start, end)
        if value is not None and where is not None:
            value["stamp"] = times.stamped(context.text_of(doc), start, end)
            value["bound"] = times.bound(context.text_of(doc), start)
            value["universal"] = times.universal(context.text_of(doc), end)
            head = times.head(where)
            value["planned"] = context.planned(head)
            value["telling"] = _time_of_telling(head)
            about, lemmas = context.predicate(head)
            b.add("time", start, end, about, value, lemmas)
    for p in places.extract(doc):
        b.add("place", p.start, p.end, p.about, {"name": p.name, "keys": p.keys, "named": p.named,
              "position": places.position(context.text_of(doc)[p.start:p.end], p.keys)}, p.lemmas, p.keys)
    for q in quotes.extract(doc):
        b.add("quotation", q.start, q.end, f"quote by {q.speaker or 'unknown speaker'}",
              {"text": q.text, "cue": q.cue}, [q.cue or ""], speaker=q.speaker)
    for a in actors.extract(doc):
        b.add("actor", a.start, a.end, a.about,
              {"name": a.actor, "type": a.label, "action": a.action, "target": a.target},
              [a.action], [context.entity_key(a.actor)])
    mentions = people.mentions(doc)
    persons = people.first_mentions(mentions)
    for p in persons:
        b.add("person", p.start, p.end, p.name, {"name": p.name, "keys": p.keys}, ["person"], p.keys)
    for r in roles.extract(doc, mentions):
        b.add("role", r.start, r.end, f"role of {r.name}", {"role": r.role, "kind": r.kind, "name": r.name,
              "text": context.text_of(doc)[r.start:r.end]}, ["role", r.kind], r.keys)
    for r in residence.extract(doc, mentions):
        b.add("residence", r.start, r.end, f"home of {r.name or 'the ' + r.noun}",
              {"place": r.place, "name": r.name, "noun": r.noun, "linked": r.linked,
               "text": context.text_of(doc)[r.start:r.end]}, ["residence", r.noun or ""], r.keys)
    for ch in charges.extract(doc):
        b.add("charge", ch.start, ch.end, f"charges against {ch.who}" if ch.who else "charges",
              {"offences": ch.offences, "text": context.text_of(doc)[ch.start:ch.end]},
              ["charge", *(o.split()[-1] for o in ch.offences)], people.name_keys(ch.who))
    held = custody.extract(doc)
    for h in held:
        b.add("custody", h.start, h.end, f"custody of {h.who}" if h.who else f"custody: {h.about}",
              {"status": h.status, "text": context.text_of(doc)[h.start:h.end]}, ["custody", *h.lemmas],
              people.name_keys(h.who))
    for m in manner.extract(doc):
        value = {"manner": m.manner, "hedged": m.hedged, "text": context.text_of(doc)[m.start:m.end]}
        b.add("manner", m.start, m.end, f"manner: {m.about}", value, ["manner", *m.lemmas])
    for r in relations.extract(doc):
        value = {"relation": r.relation, "group": r.group, "text": context.text_of(doc)[r.start:r.end]}
        b.add("relation", r.start, r.end, f"relation: {r.about}", value, ["relation", *r.lemmas])
    states = conditions.extract(doc)
    _identities(b, doc, persons, states, held)
    for c in states:
        b.add("condition", c.start, c.end, f"condition of {c.who}" if c.who else "condition",
              {"state": c.state, "where": c.where, "group": c.group, "text": context.text_of(doc)[c.start:c.end]},
              ["condition", *c.who.lower().split()], c.named)
    for w in wounds.extract(doc):
        b.add("wound", w.start, w.end, f"wound: {w.about}" if w.about else "wound",
              {"part": w.part, "side": w.side, "region": w.region, "text": context.text_of(doc)[w.start:w.end]},
              ["wound", *w.lemmas])
    for w in weapons.extract(doc):
        b.add("weapon", w.start, w.end, f"weapon: {w.about}" if w.about else "weapon",
              {"kind": w.kind, "caliber": w.caliber, "text": context.text_of(doc)[w.start:w.end]},
              ["weapon", *w.lemmas])
    for s in scores.extract(doc):
        b.add("score", s.start, s.end, f"score: {s.about}",
              {"pair": list(s.pair), "text": context.text_of(doc)[s.start:s.end]}, ["score", *s.lemmas], s.names)
    for st in statements.extract(doc):
        b.add("statement", st.start, st.end, st.about, {"lemmas": st.lemmas}, st.lemmas, st.anchors)
    unique = {f.id: f for f in b.facts}
    return mark_background(mark_statistics(sorted(unique.values(), key=lambda f: (f.start, f.kind))), reference)


def _identities(b: "_Builder", doc: Doc, persons: list, states: list, held: list) -> None:
    """Whether the victim and the suspect are named: withheld ("the man's name has not been
    released"), or named, at the first mention of a person the article tells dead or hurt
    (the victim) or held or sought (the suspect)."""
    for w in identity.withheld(doc):
        b.add("identity", w.start, w.end, f"identity of the {w.role}", {"state": "withheld", "role": w.role,
              "who": w.who, "text": context.text_of(doc)[w.start:w.end]}, ["identity", w.role, *w.lemmas])
    named = [("victim", c.named) for c in states if c.named] + [("suspect", people.name_keys(h.who)) for h in held if h.who]
    text = context.text_of(doc)
    for p in persons:  # "He was identified Wednesday as Lydell McLaurin"
        if identity.IDENTIFIED_AS.search(text[max(0, p.start - 80):p.start]):
            named.append((identity.role_near(text, p.start, p.end), p.keys))
    for role in ("victim", "suspect"):
        for p in persons:
            if any(r == role and people.related(p.keys, keys) for r, keys in named):
                b.add("identity", p.start, p.end, f"identity of the {role}",
                      {"state": "named", "role": role, "name": p.name, "text": p.name}, ["identity", role], p.keys)


STATISTICS = 3  # counts of different things in one sentence that make it a statistics line


def mark_statistics(facts: list[Fact]) -> list[Fact]:
    """Flag the counts of a person's statistics line ("he had 53 catches for 605 yards and five
    touchdowns", "Teixeira hit .358 with 13 homers and 43 RBIs in 54 games"): each holds for a
    stretch the line frames (a game, a season), and another report's line rarely frames the same
    one.  (A list of what a quake destroyed is no such line: its subject is no person.)"""
    things: dict[int, set[str]] = defaultdict(set)  # counts and measures ("605 yards") of the line
    for f in facts:
        if f.kind == "quantity" and f.value.get("personal") and f.keys and f.keys[0]:
            things[f.sentence].add(f.keys[0])
    for f in facts:
        if _personal_count(f) and len(things[f.sentence]) >= STATISTICS:
            f.value["statistics"] = True
    return facts


def _personal_count(f: Fact) -> bool:
    return f.kind == "quantity" and f.value["unit"] == "count" and bool(f.value.get("personal")) \
        and not f.value.get("measure") and bool(f.keys) and f.keys[0] not in quantities.PEOPLE
