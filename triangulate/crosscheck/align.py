"""Grouping facts of different sources that speak about the same thing."""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations, count

import numpy as np

from ..model import Fact
from .identity import candidate, same_measure, same_thing
from .judge import judge
from .similarity import Similarity

# Similarity needed to align two facts, per kind (chosen with eval/tune_crosscheck.py on dev).
# Times are low: two reports of one event whose times of day overlap rarely mean two happenings;
# contradicting times still need CONFLICT_JOIN.
JOIN = {"quantity": 0.40, "date": 0.55, "time": 0.20, "place": 0.30, "quotation": 0.5, "actor": 0.60,
        "statement": 0.20, "condition": 0.45, "wound": 0.30}
CONFLICT_JOIN = {"quantity": 0.72, "date": 0.72, "time": 0.72, "condition": 0.72, "wound": 0.72}  # when the values contradict
ONE_SIDED_STATEMENT = 0.35  # a sentence's best match that prefers another sentence needs more
AGREE_JOIN = {"date": 0.10}  # the same day stated by two reports of one event: the day is the evidence
MEASURED_JOIN = {"wound": 0.0, "condition": 0.0}  # each report's only wound site, or only person in a
# state: the structure is the evidence, whatever words the sentences use


def join_threshold(kind: str, verdict: str, measured: bool = False) -> float:
    """Similarity needed to align two facts: higher for a conflict, unless the structure says
    both are about the same thing (`identity.same_measure`: the same counted outcome, ...)."""
    if verdict == "unrelated":
        return float("inf")
    if measured:
        return MEASURED_JOIN.get(kind, JOIN[kind])
    if verdict == "agree" and kind in AGREE_JOIN:
        return AGREE_JOIN[kind]
    if verdict == "conflict":
        return CONFLICT_JOIN.get(kind, JOIN[kind])
    return JOIN[kind]


def _fits(left: list[Fact], right: list[Fact], similarity: Similarity) -> bool:
    """Average link between two groups, at the threshold their most demanding pair needs; a
    source never contradicts itself, and a conflict needs the same thing on both sides."""
    links, needed = [], 0.0
    for x in left:
        for y in right:
            verdict = judge(x, y)
            if x.article == y.article:
                if verdict == "conflict":
                    return False
                continue
            if verdict == "conflict" and not same_thing(x, y, similarity.sole):
                return False
            links.append(similarity(x, y) if candidate(x, y) else -1.0)
            needed = max(needed, join_threshold(x.kind, verdict, same_measure(x, y, similarity.sole)))
    return bool(links) and min(links) > 0 and sum(links) / len(links) >= needed


def align(facts: list[Fact], similarity: Similarity) -> list[list[Fact]]:
    """Greedy average-link grouping of candidate pairs, best pairs first: two facts, a fact and
    a group, or two groups merge when they fit."""
    base = similarity.prepare(facts)
    lowest = min([*JOIN.values(), *AGREE_JOIN.values()]) - 0.2  # no bonus lifts a pair further
    rows, cols = np.nonzero(np.triu(base, 1) >= lowest)
    pairs = [(facts[i], facts[j]) for i, j in zip(rows, cols) if candidate(facts[i], facts[j])]
    scored = []
    for a, b in pairs:
        verdict = judge(a, b)
        if verdict == "conflict" and not same_thing(a, b, similarity.sole):
            continue
        s = similarity(a, b)
        if s >= join_threshold(a.kind, verdict, same_measure(a, b, similarity.sole)):
            scored.append((s, a.id, b.id))
    group_of: dict[str, int] = {}
    groups: dict[int, list[Fact]] = {}
    by_id = {f.id: f for f in facts}
    new_ids = count()
    for s, ia, ib in sorted(scored, reverse=True):
        ga, gb = group_of.get(ia), group_of.get(ib)
        if ga is not None and ga == gb:
            continue
        left = groups[ga] if ga is not None else [by_id[ia]]
        right = groups[gb] if gb is not None else [by_id[ib]]
        if _fits(left, right, similarity):
            gid = ga if ga is not None else gb if gb is not None else next(new_ids)
            groups[gid] = left + right if gid != gb else right + left
            if ga is not None and gb is not None:
                del groups[gb if gid == ga else ga]
            for f in groups[gid]:
                group_of[f.id] = gid
        elif (ga is None) != (gb is None) and judge(by_id[ia], by_id[ib]) != "compatible":
            # its best partner is in a group it does not fit: an equal or contradicting value is
            # still worth a comparison of the pair alone (a merely overlapping one is not)
            gid = next(new_ids)
            groups[gid] = [by_id[ia], by_id[ib]]
            group_of[ib if ga is not None else ia] = gid
    return list(groups.values())


def pair_statements(facts: list[Fact], similarity: Similarity) -> list[list[Fact]]:
    """Sentences of two sources that say the same thing: for every pair of articles, the pairs
    of sentences that are each other's best match, above the join similarity.  A sentence
    often holds several facts, so it may pair with one sentence of each other source; pairs,
    unlike clusters, do not chain unrelated sentences together."""
    base = similarity.prepare(facts)
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(facts):
        by_article[f.article].append(i)
    pairs = []
    for a, b in combinations(sorted(by_article), 2):
        rows, cols = by_article[a], by_article[b]
        sub = base[np.ix_(rows, cols)]
        best_col, best_row = sub.argmax(axis=1), sub.argmax(axis=0)
        best = {(r, int(c)) for r, c in enumerate(best_col)} | {(int(r), c) for c, r in enumerate(best_row)}
        for r, c in sorted(best):
            mutual = best_col[r] == c and best_row[c] == r
            if sub[r, c] >= (JOIN["statement"] if mutual else ONE_SIDED_STATEMENT):
                pairs.append([facts[rows[r]], facts[cols[c]]])
    return pairs
