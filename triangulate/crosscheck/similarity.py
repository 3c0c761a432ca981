"""How alike two facts of one kind are, as one matrix per event and kind."""
from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ..model import Fact
from .identity import sole
from .judge import jaccard, quoted_within, words

EMBEDDED_KINDS = ("quantity", "date", "time", "place", "condition", "weapon", "score")  # the others align on their words (actors: on
# the same named actor; embedding their clauses changed nothing measurable and cost a fifth of the time)
DECIMALS = 4  # similarities are rounded, so that the float noise of a matrix product (which varies
# with the matrix's shape) never decides the order in which pairs are grouped


class Similarity:
    """Similarity of facts of one kind, as a matrix computed once per event and kind.

    The base similarity of two facts is the better of (a) the cosine of sentence embeddings of
    what they are about (for dates, also of the happenings they date, `value.of`) and (b) the
    word-overlap cosine of their sentences (value masked);
    for quotations, the word overlap of the quoted words.  Small structural bonuses and
    penalties (same counted noun, shared place words) are added per candidate pair."""

    def __init__(self, facts: list[Fact], embed: Callable[[list[str]], np.ndarray] | None):
        self._embed = embed
        self._memo: dict[str, np.ndarray] = {}
        self._row: dict[str, int] = {}
        self._base = np.zeros((0, 0), dtype=np.float32)
        self.sole: frozenset[str] = frozenset()

    def prepare(self, facts: list[Fact]) -> np.ndarray:
        """The word-overlap similarity of every pair of `facts` (one kind)."""
        self._row = {f.id: i for i, f in enumerate(facts)}
        self.sole = sole(facts)
        kind = facts[0].kind if facts else None
        if kind == "statement":
            self._base = tfidf_cosines([f.value["lemmas"] for f in facts])
        elif kind == "person":  # names that can be one person's (identity.candidate) are, in one event
            self._base = np.ones((len(facts), len(facts)), dtype=np.float32)
        elif kind == "quotation":  # the same words quoted at more or less length are one quotation
            texts = [f.value["text"] for f in facts]
            self._base = word_cosines(texts)
            for i, j in quoted_within(texts):
                self._base[i, j] = self._base[j, i] = 1.0
        else:
            self._base = word_cosines([f.context for f in facts])
        self._base = np.round(self._base, DECIMALS)
        return self._base

    def add_embeddings(self, facts: list[Fact]) -> None:
        """Raise the similarity among `facts` (prepared, of an embedded kind) to the cosine of
        what they are about where that is higher.  Only facts that some other source's fact
        could align with need it: embedding is most of the cross-check's time."""
        if self._embed is None or not facts or facts[0].kind not in EMBEDDED_KINDS:
            return
        dated = [f for f in facts if f.value.get("of")]  # dates of a named happening: also by that name
        missing = sorted({f.about for f in facts} | {f.value["of"] for f in dated} - self._memo.keys())
        if missing:
            self._memo.update(zip(missing, self._embed(missing)))
        for group, text in ((facts, lambda f: f.about), (dated, lambda f: f.value["of"])):
            if not group:
                continue
            vectors = np.array([self._memo[text(f)] for f in group])
            block = np.ix_(*[np.array([self._row[f.id] for f in group])] * 2)
            self._base[block] = np.maximum(self._base[block], np.round(vectors @ vectors.T, DECIMALS))

    def __call__(self, a: Fact, b: Fact) -> float:
        sim = float(self._base[self._row[a.id], self._row[b.id]])
        if a.kind in ("quotation", "statement", "person"):
            return sim
        shared = set(a.keys) & set(b.keys)
        if a.keys and b.keys and a.keys[0] == b.keys[0]:
            sim += 0.1  # same counted noun / predicate lemma
        elif a.kind == "quantity" and a.keys[:1] != [""] and b.keys[:1] != [""]:
            sim -= 0.1  # different counted nouns
        if shared - {a.keys[0] if a.keys else ""}:
            sim += 0.05
        if a.kind == "place":
            sim += 0.3 * jaccard(set(a.value["keys"]), set(b.value["keys"])) \
                + 0.1 * jaccard(set(a.value.get("named") or ()), set(b.value.get("named") or ()))  # (the same street)
        if a.kind == "quantity" and (a.value["exact"] or 0) >= 3 and a.value["exact"] == b.value["exact"]:
            sim += 0.1  # the same specific figure ("47", "120,000") is itself evidence
        return sim


def word_cosines(texts: list[str]) -> np.ndarray:
    """Cosine of binary bags of content words, for every pair of texts."""
    from scipy.sparse import csr_matrix

    vocab: dict[str, int] = {}
    cols, ptr = [], [0]
    for t in texts:
        cols += [vocab.setdefault(w, len(vocab)) for w in words(t)]
        ptr.append(len(cols))
    m = csr_matrix((np.ones(len(cols), dtype=np.float32), cols, ptr), shape=(len(texts), max(1, len(vocab))))
    inter = (m @ m.T).toarray()
    sizes = np.sqrt(np.maximum(np.diag(inter), 1))
    return inter / sizes[:, None] / sizes[None, :]


def tfidf_cosines(docs: list[list[str]]) -> np.ndarray:
    """Cosine of TF-IDF vectors (binary term frequency, IDF over the given documents: the
    event's sentences), so that words every report repeats weigh little."""
    from scipy.sparse import csr_matrix

    vocab: dict[str, int] = {}
    cols, ptr = [], [0]
    for terms in docs:
        cols += sorted({vocab.setdefault(w, len(vocab)) for w in terms})
        ptr.append(len(cols))
    df = np.bincount(np.array(cols, dtype=np.int64), minlength=max(1, len(vocab)))
    idf = np.log((len(docs) + 1) / (df + 0.5)).astype(np.float32)
    m = csr_matrix((idf[cols] if cols else np.zeros(0, np.float32), cols, ptr),
                   shape=(len(docs), max(1, len(vocab))))
    inter = (m @ m.T).toarray()
    norms = np.sqrt(np.maximum(np.diag(inter), 1e-9))
    return inter / norms[:, None] / norms[None, :]
