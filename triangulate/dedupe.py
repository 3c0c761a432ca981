"""Syndicated copies: exact duplicates share a content key, near duplicates a MinHash.

A copy is kept as an article (its outlet ran the story) but points to the first copy seen with
`duplicate_of`; only that first copy is analysed, so one wire story counts as one source.  The
first copy's `outlets` lists every outlet that ran it.
"""
from __future__ import annotations

import re

from datasketch import MinHash, MinHashLSH

from .model import Article

SHINGLE = 5
PERMUTATIONS = 128
THRESHOLD = 0.7  # light edits score ~0.8, same event in other words ~0.02 (notes/dependencies.md)


def minhash(text: str) -> MinHash:
    words = re.findall(r"\w+", text.lower())
    m = MinHash(num_perm=PERMUTATIONS, seed=1)
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    m.update_batch([s.encode("utf-8") for s in shingles])
    return m


class Deduplicator:
    """Incremental: feed articles in order; each is marked as an original or a copy."""

    def __init__(self, threshold: float = THRESHOLD):
        self._lsh = MinHashLSH(threshold=threshold, num_perm=PERMUTATIONS)
        self._hashes: dict[str, MinHash] = {}
        self.originals: dict[str, Article] = {}
        self.threshold = threshold

    def add(self, article: Article) -> Article:
        if article.id in self.originals:
            return self._mark_copy(article, self.originals[article.id])
        m = minhash(article.text)
        for other in self._lsh.query(m):
            if self._hashes[other].jaccard(m) >= self.threshold:
                return self._mark_copy(article, self.originals[other])
        self._lsh.insert(article.id, m)
        self._hashes[article.id] = m
        self.originals[article.id] = article
        if article.outlet and article.outlet not in article.outlets:
            article.outlets.append(article.outlet)
        return article

    def _mark_copy(self, copy: Article, original: Article) -> Article:
        copy.duplicate_of = original.id
        if copy.outlet and copy.outlet not in original.outlets:
            original.outlets.append(copy.outlet)
        return copy
