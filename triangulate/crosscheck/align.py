"""Grouping facts of different sources that speak about the same thing."""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations, count

import numpy as np

from ..facts.quantities import is_age
from ..model import Fact
from .identity import candidate, same_measure, same_thing
from .judge import days_spanned, judge
from .similarity import Similarity

# Similarity needed to align two facts, per kind (chosen with eval/tune_crosscheck.py on dev).
# Times are low: two reports of one event whose times of day overlap rarely mean two happenings;
# contradicting times still need CONFLICT_JOIN.
# Charges, custody and manner are told of the event's main happening, so a low similarity will do;
# a person's names are matched by identity.candidate alone.
JOIN = {"quantity": 0.40, "date": 0.55, "time": 0.20, "place": 0.30, "quotation": 0.5, "actor": 0.60,
        "statement": 0.20, "condition": 0.45, "wound": 0.30, "weapon": 0.30, "person": 0.5, "charge": 0.2,
        "custody": 0.2, "manner": 0.2, "score": 0.3, "identity": 0.3, "role": 0.0, "relation": 0.2, "residence": 0.3}
CONFLICT_JOIN = {kind: 0.72 for kind in ("quantity", "date", "time", "condition", "wound", "weapon", "charge",
                                         "custody", "manner", "identity", "relation", "residence")}  # when the values
# contradict
CONFLICT_JOIN["score"] = float("inf")  # a report telling several games' scores: which is which is unknown
CONFLICT_JOIN["role"] = 0.0  # one named person's two ranks: the name is the evidence
ONE_SIDED_STATEMENT = 0.35  # a sentence's best match that prefers another sentence needs more
AGREE_JOIN = {"date": 0.10}  # the same day stated by two reports of one event: the day is the evidence
SPECIFIC_JOIN = 0.15  # the same specific figure in two reports of one event ("183 compact discs" and
# "183 CDs"): the figure is the evidence, however the sentences around it differ; a rounder one
# ("14", "55,000") or an age may be a coincidence ("14 others" hurt, a tsunami's "14 countries")
MEASURED_JOIN = {"wound": 0.0, "condition": 0.0, "quantity/population": 0.0, "quantity/magnitude": 0.0,
                 "quantity/depth": 0.0, "date": 0.0, "weapon": 0.0, "charge": 0.0, "custody": 0.0, "manner": 0.0,
                 "relation": 0.0, "score": 0.0, "identity": 0.0, "place": 0.0, "residence": 0.0}  # each
# report's only wound site, person in a state, day of the happening, magnitude, depth, kind of
# weapon, manner or word on custody, the population of the same named place, the charges against
# or the home town of the same named person, the final score, the side of a building a happening
# was on:
# the structure is the evidence, whatever words the sentences use


def join_threshold(kind: str, verdict: str, measured: bool = False, measure: str | None = None,
                   specific: bool = False) -> float:
    """Similarity needed to align two facts: higher for a conflict, unless the structure says
    both are about the same thing (`identity.same_measure`: the same counted outcome, ...)."""
    if verdict == "unrelated":
        return float("inf")
    if measured:
        return MEASURED_JOIN.get(f"{kind}/{measure}", MEASURED_JOIN.get(kind, JOIN[kind]))
    if verdict == "agree" and kind in AGREE_JOIN:
        return AGREE_JOIN[kind]
    if verdict == "agree" and specific:
        return min(SPECIFIC_JOIN, JOIN[kind])
    if verdict == "conflict":
        return CONFLICT_JOIN.get(kind, JOIN[kind])
    return JOIN[kind]


class Links:
    """Verdict and similarity of pairs of facts of one kind, each computed once: grouping asks
    for the same pairs again and again."""

    def __init__(self, similarity: Similarity):
        self.similarity = similarity
        self._verdicts: dict[tuple[str, str], str] = {}
        self._scores: dict[tuple[str, str], tuple[float, float]] = {}

    def verdict(self, a: Fact, b: Fact) -> str:
        key = (a.id, b.id)
        if key not in self._verdicts:
            self._verdicts[key] = judge(a, b)
        return self._verdicts[key]

    def comparable(self, a: Fact, b: Fact) -> bool:
        """Candidates that could align at some similarity: their values relate, and a conflict
        only between facts about the same thing."""
        verdict = self.verdict(a, b)
        return verdict != "unrelated" and not (verdict == "conflict" and not same_thing(a, b, self.similarity.sole))

    def score(self, a: Fact, b: Fact) -> tuple[float, float]:
        """(similarity, similarity needed to align): -1 for facts that are not candidates."""
        key = (a.id, b.id)
        if key not in self._scores:
            sim = self.similarity(a, b) if candidate(a, b) else -1.0
            measured = same_measure(a, b, self.similarity.sole)
            measure = a.value.get("measure") or a.value["unit"] if a.kind == "quantity" else None
            verdict = self.verdict(a, b)
            if verdict == "compatible" and a.kind == "date" and max(days_spanned(a.value), days_spanned(b.value)) <= 1:
                verdict = "agree"  # "Monday night" (into Tuesday) and "Sept. 5": the same day, as evidence
            specific = a.kind == "quantity" and specific_figure(a) and specific_figure(b)
            self._scores[key] = sim, join_threshold(a.kind, verdict, measured, measure, specific)
        return self._scores[key]


def specific_figure(f: Fact) -> bool:
    """An exact figure of three significant digits or more ("183", "$334 million", "2,417"; not
    "14", "55,000" nor "8.75"), and not an age: two reports of one event rarely give one such
    figure for two different things (a figure of two digits: one in a hundred or so)."""
    exact = f.value.get("exact")
    if exact is None or exact < 100 or is_age(f.value):
        return False
    return len(str(round(exact)).rstrip("0")) >= 3


def _fits(left: list[Fact], right: list[Fact], links: Links) -> bool:
    """Average link between two groups, at the mean of their pairs' thresholds, or a contradicting
    pair's own if higher; a source never contradicts itself, and a conflict needs the same thing
    on both sides."""
    sims, needed, conflicting = [], [], 0.0
    for x in left:
        for y in right:
            verdict = links.verdict(x, y)
            if x.article == y.article:
                if verdict == "conflict":
                    return False
                continue
            if verdict == "conflict" and not same_thing(x, y, links.similarity.sole):
                return False
            sim, threshold = links.score(x, y)
            sims.append(sim)
            needed.append(threshold)
            if verdict == "conflict":
                conflicting = max(conflicting, threshold)
    return bool(sims) and min(sims) > 0 and sum(sims) / len(sims) >= max(conflicting, sum(needed) / len(needed))


def _candidate_pairs(facts: list[Fact]) -> list[tuple[Fact, Fact]]:
    """Pairs of facts of different articles that `identity.candidate` accepts (quantities are
    only ever candidates within a unit, so they are blocked by unit first; names by the first
    letters of each of their words)."""
    blocks: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        if f.kind == "person":
            for key in {k[:2] for k in f.value["keys"]}:
                blocks[f"person/{key}"].append(f)
        else:
            blocks[("age" if is_age(f.value) else f.value["unit"]) if f.kind == "quantity" else f.kind].append(f)
    order = {f.id: i for i, f in enumerate(facts)}
    pairs = {(a.id, b.id): (a, b) for block in blocks.values() for a, b in combinations(block, 2)
             if a.article != b.article and candidate(a, b)}
    return sorted(pairs.values(), key=lambda p: (order[p[0].id], order[p[1].id]))


def align(facts: list[Fact], similarity: Similarity) -> list[list[Fact]]:
    """Greedy average-link grouping of candidate pairs, best pairs first: two facts, a fact and
    a group, or two groups merge when they fit."""
    similarity.prepare(facts)
    links = Links(similarity)
    pairs = [(a, b) for a, b in _candidate_pairs(facts) if links.comparable(a, b)]
    similarity.add_embeddings(list({f.id: f for pair in pairs for f in pair}.values()))
    scored = []
    for a, b in pairs:
        s, needed = links.score(a, b)
        if s >= needed:
            scored.append((s, a.id, b.id))
    group_of: dict[str, int] = {}
    groups: dict[int, list[Fact]] = {}
    by_id = {f.id: f for f in facts}
    new_ids = count()
    unfit: set[tuple] = set()  # pairs of groups, as they were, that did not fit: many candidate
    # pairs join the same two groups, and a large event would test them again and again

    def state(group: int | None, fact: str) -> tuple:  # groups only grow: (id, size) is a version
        return ("group", group, len(groups[group])) if group is not None else ("fact", fact)

    for s, ia, ib in sorted(scored, reverse=True):
        ga, gb = group_of.get(ia), group_of.get(ib)
        if ga is not None and ga == gb:
            continue
        left = groups[ga] if ga is not None else [by_id[ia]]
        right = groups[gb] if gb is not None else [by_id[ib]]
        tested = (state(ga, ia), state(gb, ib))
        if tested not in unfit and _fits(left, right, links):
            gid = ga if ga is not None else gb if gb is not None else next(new_ids)
            groups[gid] = left + right if gid != gb else right + left
            if ga is not None and gb is not None:
                del groups[gb if gid == ga else ga]
            for f in groups[gid]:
                group_of[f.id] = gid
            continue
        unfit.add(tested)
        if (ga is None) != (gb is None) and links.verdict(by_id[ia], by_id[ib]) != "compatible":
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
