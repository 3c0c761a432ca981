"""Syndicated copies: exact duplicates share a content key, near duplicates a MinHash, and
trimmed copies are contained in the longer story they were cut from.

A copy is kept as an article (its outlet ran the story) but points to the original with
`duplicate_of`; only the original is analysed, so one wire story counts as one source.  The
original is the first copy seen, unless a later one holds all of it and more: an outlet that ran
the first paragraphs of a wire story adds nothing the full story does not say, so the full story
becomes the original (within one run: what is stored already stays as it is).  The original's
`outlets` lists every outlet that ran the story.
"""
from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

from .model import Article

SHINGLE = 5
PERMUTATIONS = 128
THRESHOLD = 0.7  # light edits score ~0.8, same event in other words ~0.02 (notes/dependencies.md)
CANDIDATE = 0.1  # MinHash Jaccard of a story and a trimmed copy of a fifth of its length or more
CONTAINED = 0.8  # share of the shorter text's shingles inside the longer: a copy cut from it
MIN_SHINGLES = 20  # shorter texts (a summary, a quote) are too short to tell a copy from a citation


_FRESH = MinHash(num_perm=PERMUTATIONS, seed=1)
SCHEME, HASH_TYPE = _FRESH.scheme, _FRESH.hashvalues.dtype  # how this datasketch hashes: stored
# signatures are only compared with signatures of the same scheme


def shingles(text: str) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}


def minhash(text: str) -> MinHash:
    m = MinHash(num_perm=PERMUTATIONS, seed=1)
    m.update_batch([s.encode("utf-8") for s in shingles(text)])
    return m


class Deduplicator:
    """Incremental: feed articles in order; each is marked as an original or a copy (and an
    earlier original found to be cut from the new article becomes its copy)."""

    def __init__(self, threshold: float = THRESHOLD):
        self._lsh = MinHashLSH(threshold=min(threshold, CANDIDATE), num_perm=PERMUTATIONS)
        self._hashes: dict[str, MinHash] = {}
        self.originals: dict[str, Article] = {}
        self.copies: dict[str, list[Article]] = {}
        self.threshold = threshold

    def add(self, article: Article) -> Article:
        if article.id in self.originals:
            return self._mark_copy(article, self.originals[article.id])
        original, cut_from_it = self._compare(article)
        if original is not None:
            return self._mark_copy(article, original)
        for old in cut_from_it:
            self._replace(old, article)
        self.known(article)
        if article.outlet and article.outlet not in article.outlets:
            article.outlets.insert(0, article.outlet)
        return article

    def known(self, article: Article) -> None:
        """Take `article` as an original (one stored by an earlier run, say, with its signature)."""
        self._lsh.insert(article.id, self._hash(article))
        self.originals[article.id] = article

    def copy_of(self, article: Article) -> Article | None:
        """The known original `article` copies (a near duplicate of it, or cut from it), if any."""
        return self._compare(article)[0]

    def _hash(self, article: Article) -> MinHash:
        """The article's MinHash, from its `signature` when it has one (kept in the article for
        the next look, and for the store)."""
        if article.id not in self._hashes:
            if article.signature is None:
                m = minhash(article.text)
                article.signature = m.hashvalues.astype(HASH_TYPE).tobytes()
            else:
                m = MinHash(num_perm=PERMUTATIONS, seed=1, scheme=SCHEME,
                            hashvalues=np.frombuffer(article.signature, dtype=HASH_TYPE))
            self._hashes[article.id] = m
        return self._hashes[article.id]

    def _compare(self, article: Article) -> tuple[Article | None, list[Article]]:
        """(the original `article` copies, the originals cut from `article`)."""
        m = self._hash(article)
        own: set[str] | None = None
        cut_from_it = []
        for other in sorted(self._lsh.query(m)):
            if other == article.id:
                continue
            similarity = self._hashes[other].jaccard(m)
            if similarity >= self.threshold:
                return self.originals[other], []
            if similarity >= CANDIDATE / 2:  # (the estimate's error)
                own = shingles(article.text) if own is None else own
                theirs = shingles(self.originals[other].text)
                shared = len(own & theirs)
                if len(own) >= MIN_SHINGLES and shared >= CONTAINED * len(own):
                    return self.originals[other], []
                if len(theirs) >= MIN_SHINGLES and shared >= CONTAINED * len(theirs):
                    cut_from_it.append(self.originals[other])
        return None, cut_from_it

    def _mark_copy(self, copy: Article, original: Article) -> Article:
        copy.duplicate_of = original.id
        self.copies.setdefault(original.id, []).append(copy)
        if copy.outlet and copy.outlet not in original.outlets:
            original.outlets.append(copy.outlet)
        return copy

    def _replace(self, old: Article, new: Article) -> None:
        """`old` was cut from `new`: it and its copies become copies of `new`."""
        self._lsh.remove(old.id)
        del self._hashes[old.id], self.originals[old.id]
        for copy in [old, *self.copies.pop(old.id, [])]:
            copy.duplicate_of = None
            self._mark_copy(copy, new)
        for outlet in old.outlets:
            if outlet not in new.outlets:
                new.outlets.append(outlet)
        old.outlets = []
