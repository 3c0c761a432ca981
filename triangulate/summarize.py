"""An attributed account of an event, built only from what the sources said.

The summary is extractive: each sentence is a verbatim sentence of one source, cited with every
source that corroborates it (a fact of the sentence aligned with theirs, or a sentence of theirs
that says nearly the same), or a statement that the sources differ, made of their own quoted
words.  Nothing is paraphrased, so nothing is stated that no source said.

Which sentences: the ones most sources support, as in centroid-based multi-document
summarisation (Radev et al., 2004): a sentence scores by how many sources corroborate it and by
how close it comes to each other source's nearest sentence (TF-IDF cosine), with a small
preference for the top of an article (news puts what matters first).  A sentence too close to
one already chosen is skipped, and so is one that holds a figure another source contradicts, and
one whose subject or speaker is a bare pronoun ("It called the swap ...", '"...," it said.'),
which needs the sentence before it.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from .crosscheck import topic
from .crosscheck.judge import judge
from .crosscheck.similarity import tfidf_cosines
from .facts.quotes import CUES
from .model import Article, Comparison, Fact, SummarySentence, source_names

MAX_TOLD = 3  # sentences told, before up to MAX_CONFLICTS lines on what the sources dispute
MAX_CONFLICTS = 2
PARAPHRASE = 0.5  # a sentence of another source this alike says the same: cite it too
REDUNDANT = 0.2  # a sentence this alike (TF-IDF) to one already told adds too little,
REWORDED = 0.7  # or this alike in meaning (sentence embeddings): "engaged in a rare swap of
# prisoners" and "have traded prisoners of war" share few words
EMBEDDED_CHARS = 300  # of a sentence, for that: its opening says what it is about
LEAD = 1.0  # weight of the position prior: 1 for an article's first sentence, 1/2 its second...
SENTENCE_END = (".", "!", "?", "\"", "”", "’", "'")  # headlines and fragments are not told
LEANS_BACK = re.compile(  # a sentence that needs the one before it: told alone, "it" is no one
    r"^[\"“‘']?(?:It|He|She|They)\b"
    r"|[,.!?][\"”’']\s+(?:it|he|she|they)\s+(?:said|says|added|told|wrote|stated|declared|noted)\b")


@dataclass
class _Candidate:
    statement: Fact
    text: str
    facts: list[str] = field(default_factory=list)
    sources: set[str] = field(default_factory=set)
    score: float = 0.0


def _cite(articles: list[Article], names: dict[str, str]) -> str:
    return ", ".join(names[a.id] for a in articles)


def _candidates(facts: dict[str, Fact], articles: dict[str, Article]) -> list[_Candidate]:
    """Every full sentence (a statement fact: a clause of six words or more) of the sources."""
    out = []
    for f in facts.values():
        text = " ".join(articles[f.article].prose[f.start:f.end].split()) if f.article in articles else ""
        if f.kind == "statement" and text.endswith(SENTENCE_END) and _quotes_balanced(text) \
                and not LEANS_BACK.search(text):
            out.append(_Candidate(f, text, [f.id], {f.article}))
    return out


def _quotes_balanced(text: str) -> bool:
    """Whether a sentence opens every quotation it closes: one cut out of a longer quote
    (‘Russia launched an assault ... ," said Perez.’) would be told as if the source said it."""
    return text.count('"') % 2 == 0 and text.count("“") == text.count("”")


FIGURES = ("quantity", "score")  # a sentence is cited only by the sources that back each of these


def _corroborate(candidates: list[_Candidate], comparisons: list[Comparison], facts: dict[str, Fact],
                 backers: dict[str, set[str]]) -> None:
    """Add to each sentence the sources (and their facts) that state one of its facts alike;
    `backers` gets, for each figure, the sources that state it alike."""
    inside: dict[str, list[_Candidate]] = {}
    for c in candidates:
        inside.setdefault(c.statement.article, []).append(c)
    for comp in comparisons:
        if comp.status in ("agree", "compatible") and not comp.inferred and facts[comp.facts[0]].kind in FIGURES:
            for fid in comp.facts:
                backers.setdefault(fid, set()).update(
                    facts[i].article for i in comp.facts if _supports(facts[fid], facts[i]))
        if comp.status not in ("agree", "compatible") or len(comp.sources) < 2 or comp.inferred:
            continue  # (a link the sources do not state is no support)
        kind = facts[comp.facts[0]].kind
        if kind == "statement" and comp.confidence < PARAPHRASE:
            continue  # a looser pair of sentences shares a topic, not necessarily the claim
        if kind in ("person", "identity", "role") or kind == "actor" and comp.status != "agree":
            continue  # naming the same person, or the same actor doing something else, is no support
        for fid in comp.facts:
            f = facts[fid]
            support = [facts[i] for i in comp.facts if (kind not in FIGURES or _supports(f, facts[i]))
                       and (kind not in ("date", "time") or _same_happening(f, facts[i]))]
            for c in inside.get(f.article, []):
                if c.statement.start <= f.start and f.end <= c.statement.end:
                    c.sources.update(g.article for g in support)
                    c.facts += [g.id for g in support if g.id not in c.facts]


def _figures_backed(candidates: list[_Candidate], facts: dict[str, Fact], backers: dict[str, set[str]]) -> None:
    """Keep as a sentence's sources only those that back each of its figures: a source that
    tells the same day but another count of the homes destroyed does not vouch for the count."""
    figures: dict[str, list[Fact]] = {}
    for f in facts.values():
        if f.kind in FIGURES:
            figures.setdefault(f.article, []).append(f)
    for c in candidates:
        own = c.statement.article
        inside = [f for f in figures.get(own, []) if c.statement.start <= f.start and f.end <= c.statement.end]
        keep = {a for a in c.sources if a == own or all(a in backers.get(f.id, ()) for f in inside)}
        if keep != c.sources:
            c.sources = keep
            c.facts = [i for i in c.facts if facts[i].article in keep]


def _same_happening(f: Fact, g: Fact) -> bool:
    """Whether two days or times are told of the same happening: a word in common besides the
    saying, or each names the happening it dates ("a rare swap ... on Wednesday", "the exchange
    took place on Wednesday"; aligned, they are one).  "Officials said on Saturday" does not back
    "Erdogan said during a visit on Saturday"."""
    named = bool(f.value.get("of")) and bool(g.value.get("of"))
    return f.id == g.id or named or bool((set(f.keys) & set(g.keys)) - CUES)


def _supports(f: Fact, g: Fact) -> bool:
    """Whether figure `g` backs figure `f`: the same value, or two narrow values that overlap
    ("about 30" and "32", "nearly $70bn" and "$68.7 billion"); a bound alone only holds the other
    ("more than 10 years" does not say "30 years", nor "up to 20,000" "30")."""
    if f.id == g.id or f.article == g.article:
        return True
    if f.kind != "quantity":
        return judge(f, g) == "agree"  # a score: the same pair

    def narrow(v: dict) -> bool:
        return v["high"] is not None and v["low"] is not None and v["high"] - v["low"] <= NARROW * abs(v["high"])

    return judge(f, g) == "agree" or narrow(f.value) and narrow(g.value)


NARROW = 0.25  # of a figure: the width of a band that still tells the figure ("nearly 70": 59.5-70)


def _closeness(candidates: list[_Candidate], similarity: np.ndarray) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """For each sentence and each source: how alike the source's nearest sentence is, and which
    one it is (a source's own sentences count 0)."""
    sources = sorted({c.statement.article for c in candidates})
    column = {a: i for i, a in enumerate(sources)}
    own = np.array([column[c.statement.article] for c in candidates], dtype=np.int64)
    nearest = np.zeros((len(candidates), len(sources)), dtype=np.float32)
    which = np.zeros((len(candidates), len(sources)), dtype=np.int64)
    for i in range(len(sources)):
        cols = np.flatnonzero(own == i)
        block = similarity[:, cols]
        which[:, i] = cols[block.argmax(axis=1)]
        nearest[:, i] = block.max(axis=1)
    nearest[np.arange(len(candidates)), own] = 0.0
    return nearest, which, sources


def _score(candidates: list[_Candidate], similarity: np.ndarray, facts: dict[str, Fact],
           backers: dict[str, set[str]]) -> int:
    """Cite each sentence with the sources that say nearly the same and back its figures, and
    score it: corroborating sources + mean closeness to the other sources + the lead prior.
    Returns the number of sources."""
    nearest, which, sources = _closeness(candidates, similarity)
    for k, j in zip(*np.nonzero(nearest >= PARAPHRASE)):
        other = candidates[which[k, j]].statement
        if other.article not in candidates[k].sources:
            candidates[k].sources.add(other.article)
            candidates[k].facts.append(other.id)
    _figures_backed(candidates, facts, backers)
    rank, seen = {}, Counter()  # the sentence's place in its article: 0 for the first
    for c in sorted(candidates, key=lambda c: (c.statement.article, c.statement.start)):
        rank[c.statement.id] = seen[c.statement.article]
        seen[c.statement.article] += 1
    for k, c in enumerate(candidates):
        c.score = (len(c.sources) - 1 + float(nearest[k].sum()) / max(len(sources) - 1, 1)
                   + LEAD / (rank[c.statement.id] + 1))
    return len(sources)


def _disputed(comparisons: list[Comparison], facts: dict[str, Fact]) -> list[Fact]:
    """Facts another source contradicts, and the same values repeated by their report ("5.9
    magnitude tremor" in its title, "5.9-magnitude" below)."""
    def value_of(f: Fact) -> tuple:
        return f.article, f.kind, f.value.get("unit"), f.value.get("low"), f.value.get("high"), f.value.get("start")

    values = {value_of(facts[i]) for c in comparisons if c.status == "conflict" for pair in c.disagreements
              for i in pair}
    return [f for f in facts.values() if f.kind != "statement" and value_of(f) in values]


def _select(candidates: list[_Candidate], similarity: np.ndarray, disputed: list[Fact],
            articles: dict[str, Article], embed: Callable[[list[str]], np.ndarray] | None) -> list[int]:
    """The best-scored sentences, MAX_TOLD at most, skipping one that holds a disputed figure
    (told as is, it would seem to have the other sources' support) and one that repeats a
    sentence already told, in the same words or (`embed`) in others."""
    def contested(c: _Candidate) -> bool:
        return any(f.article == c.statement.article and c.statement.start <= f.start < c.statement.end
                   for f in disputed)

    order = sorted(range(len(candidates)), key=lambda k: (-candidates[k].score,
                                                          articles[candidates[k].statement.article].published or "9999",
                                                          candidates[k].statement.article, candidates[k].statement.start))
    meaning: dict[int, np.ndarray] = {}

    def reworded(k: int, j: int) -> bool:  # embedding is the costly part: only sentences about to be told
        if embed is None:
            return False
        for i in (k, j):
            if i not in meaning:
                meaning[i] = embed([candidates[i].text[:EMBEDDED_CHARS]])[0]
        return float(meaning[k] @ meaning[j]) >= REWORDED

    told: list[int] = []
    for k in order:
        if len(told) >= MAX_TOLD:
            break
        if not contested(candidates[k]) \
                and all(similarity[k, j] < REDUNDANT and candidates[k].text != candidates[j].text for j in told) \
                and not any(reworded(k, j) for j in told):
            told.append(k)
    return told


def summarize(comparisons: list[Comparison], facts: dict[str, Fact], articles: dict[str, Article],
              embed: Callable[[list[str]], np.ndarray] | None = None) -> list[SummarySentence]:
    candidates = _candidates(facts, articles)
    similarity = tfidf_cosines([c.statement.value["lemmas"] for c in candidates]) if candidates else np.zeros((0, 0))
    backers: dict[str, set[str]] = {}
    _corroborate(candidates, comparisons, facts, backers)
    sources = _score(candidates, similarity, facts, backers)
    # one report alone hardly repeats itself in other words: embeddings only for several sources
    told = _select(candidates, similarity, _disputed(comparisons, facts), articles, embed if sources > 1 else None)
    summary, names = [], source_names(list(articles.values()))
    for k in told:
        c = candidates[k]
        cited = sorted(c.sources, key=lambda a: (articles[a].published or "9999", a))
        summary.append(SummarySentence(f"{c.text} [{_cite([articles[a] for a in cited], names)}]", c.facts, cited))
    for comp in [c for c in comparisons if c.status == "conflict"][:MAX_CONFLICTS]:
        disagreeing = {i for pair in comp.disagreements for i in pair}
        members = [facts[i] for i in comp.facts if i in disagreeing or not disagreeing]  # who says what
        said = "; ".join(dict.fromkeys(f"{names[f.article]}: “{f.quote}”" for f in members))  # (once
        # per source and wording)
        summary.append(SummarySentence(f"Reports differ on {topic(comp, facts)}: {said}.", comp.facts, comp.sources))
    return summary
