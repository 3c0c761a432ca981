"""Cross-checking: align the facts of independent sources and judge each group.

Two facts of different sources are candidates when they are of the same kind and nothing in
their structure rules them out (a count of Armenians is not a count of Azerbaijanis; an age
is not a count).  Their similarity is the better of two cosines, computed as one matrix per
event and kind: sentence embeddings of what the facts are about, and the word overlap of the
sentences they come from (the value masked); small bonuses follow for sharing the counted
noun or the predicate.  Facts whose values are consistent join at a lower similarity than
facts whose values contradict: a conflict is a strong claim, so it needs stronger evidence
that both sources speak about the same thing (the same counted outcome, the same named
person's age, a high similarity), and a conflict lists exactly which fact pairs contradict.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from itertools import combinations, count

import numpy as np

from .facts import conditions
from .facts.context import keys_match
from .facts.numbers import overlaps
from .facts.quantities import PEOPLE
from .model import Article, Comparison, Fact

# Similarity needed to align two facts, per kind (chosen with eval/tune_crosscheck.py on dev).
# Times are low: two reports of one event whose times of day overlap rarely mean two happenings;
# contradicting times still need CONFLICT_JOIN.
JOIN = {"quantity": 0.40, "date": 0.55, "time": 0.20, "place": 0.30, "quotation": 0.5, "actor": 0.60,
        "statement": 0.20, "condition": 0.45}
CONFLICT_JOIN = {"quantity": 0.72, "date": 0.72, "time": 0.72, "condition": 0.72}  # when the values contradict
ONE_SIDED_STATEMENT = 0.35  # a sentence's best match that prefers another sentence needs more
AGREE_JOIN = {"date": 0.10}  # the same day stated by two reports of one event: the day is the evidence
WHOLE = {"", "people", "person", "victim", "toll", "life", "body", "fatality", "death", "casualty", "suspect",
         "injury", "arrest"}  # counted nouns that count everyone an outcome befell, not a part of
# them ("two women" of "three people")
EMBEDDED_KINDS = ("quantity", "date", "time", "place", "condition")  # the others align on their words (actors: on
# the same named actor; embedding their clauses changed nothing measurable and cost a fifth of the time)


def _anchors_compatible(a: Fact, b: Fact) -> bool:
    if not a.anchors or not b.anchors:
        return True
    if a.value["unit"].startswith("age"):
        return _same_person(a.anchors, b.anchors)
    return any(keys_match(x, y) for x in a.anchors for y in b.anchors)


def _same_person(a: list[str], b: list[str]) -> bool:
    """Same surname and, when both names give one, the same word before it: 'Rosales' is
    'Pedro Rosales', but 'Frederick Davis' is not 'Mariah Davis' (relatives share surnames)."""
    def same(x: str, y: str) -> bool:
        return x == y or keys_match(x, y)  # keys_match ignores keys under four letters ("Ana")

    return same(a[-1], b[-1]) and (len(a) < 2 or len(b) < 2 or same(a[-2], b[-2]))


def _words(text: str) -> set[str]:
    return {w for w in "".join(c.lower() if c.isalnum() else " " for c in text).split() if len(w) > 2}


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


# --- judging a pair of values: "agree", "compatible" or "conflict" -------------------------

def judge_quantity(a: dict, b: dict) -> str:
    if a["exact"] is not None and a["exact"] == b["exact"]:
        return "agree"
    if (a["low"], a["high"], a["qualifier"]) == (b["low"], b["high"], b["qualifier"]):
        return "agree"
    if overlaps(a, b):
        return "compatible"
    return "unrelated" if "vague" in (a["qualifier"], b["qualifier"]) else "conflict"


def judge_date(a: dict, b: dict) -> str:
    if (a["start"], a["end"]) == (b["start"], b["end"]):
        return "agree"
    disjoint = a["end"] < b["start"] or b["end"] < a["start"]
    if not disjoint:
        widest = max(_days(a), _days(b))
        return "compatible" if widest <= 366 else "unrelated"  # "2020-2023" says little of a day
    if "event" in (a.get("reference"), b.get("reference")) or a.get("qualifier") or b.get("qualifier"):
        return "unrelated"  # borrowed reference date or "since/until": not a contradiction
    return "conflict"


def _days(v: dict) -> int:
    return (date.fromisoformat(v["end"]) - date.fromisoformat(v["start"])).days


def judge_time(a: dict, b: dict) -> str:
    if (a["start"], a["end"]) == (b["start"], b["end"]):
        return "agree"
    if a["end"] < b["start"] or b["end"] < a["start"]:
        wide = "part of day" in (a["qualifier"], b["qualifier"])
        return "unrelated" if wide else "conflict"
    return "compatible"


def judge_place(a: dict, b: dict) -> str:
    """The same words, or the same named place however framed ("his East New York home" and
    "in East New York"), agree; anything else that aligned is a different precision."""
    named_a, named_b = set(a.get("named") or ()), set(b.get("named") or ())
    same_name = bool(named_a) and named_a == named_b
    return "agree" if same_name or set(a["keys"]) == set(b["keys"]) else "compatible"


def judge_quotation(a: Fact, b: Fact) -> str:
    same_text = _jaccard(_words(a.value["text"]), _words(b.value["text"])) > 0.9
    if not (a.speaker and b.speaker):
        return "agree" if same_text else "compatible"
    sa, sb = _words(a.speaker), _words(b.speaker)
    if sa == sb:
        return "agree" if same_text else "compatible"
    if sa & sb and len(sa) > 1 and len(sb) > 1 and not (sa <= sb or sb <= sa):
        return "conflict"  # "Catherine Dougherty" vs "Crystal Dougherty"
    return "compatible"


LENGTHS = {"mile", "km", "kilometre", "kilometer", "metre", "meter", "foot", "feet", "yard", "inch",
           "acre", "hectare", "kilogram", "kg", "pound", "ton", "tonne", "gallon", "litre", "liter"}


def judge(a: Fact, b: Fact) -> str:
    if a.kind == "quantity":
        verdict = judge_quantity(a.value, b.value)
        if verdict == "conflict" and a.keys[0] in LENGTHS and a.keys[0] == b.keys[0] \
                and abs(a.value["low"] - b.value["low"]) <= 0.05 * max(a.value["low"], b.value["low"]):
            return "compatible"  # "36 miles" and "35 miles": a measurement rounded or converted
        return verdict
    if a.kind == "date":
        return judge_date(a.value, b.value)
    if a.kind == "time":
        return judge_time(a.value, b.value)
    if a.kind == "place":
        return judge_place(a.value, b.value)
    if a.kind == "quotation":
        return judge_quotation(a, b)
    if a.kind == "condition":
        return conditions.judge(a.value["state"], b.value["state"])
    if a.kind == "statement":
        return "agree" if _jaccard(set(a.value["lemmas"]), set(b.value["lemmas"])) >= 0.8 else "compatible"
    return "agree" if a.value["action"] == b.value["action"] else "compatible"


# --- similarity ---------------------------------------------------------------------------

def _candidate(a: Fact, b: Fact) -> bool:
    if a.kind != b.kind or a.article == b.article:
        return False
    if a.kind == "quantity":
        return a.value["unit"] == b.value["unit"] and _anchors_compatible(a, b)
    if a.kind == "date" and (a.value["start"] is None or b.value["start"] is None):
        return False  # unresolved: stated, but not comparable
    if a.kind == "place":
        return bool(set(a.value["keys"]) & set(b.value["keys"]))
    if a.kind == "actor":
        return any(keys_match(x, y) for x in a.anchors for y in b.anchors)
    if a.kind == "condition" and a.anchors and b.anchors:
        return _same_person(a.anchors, b.anchors)
    return True


class Similarity:
    """Similarity of facts of one kind, as a matrix computed once per event and kind.

    The base similarity of two facts is the better of (a) the cosine of sentence embeddings of
    what they are about and (b) the word-overlap cosine of their sentences (value masked);
    for quotations, the word overlap of the quoted words.  Small structural bonuses and
    penalties (same counted noun, shared place words) are added per candidate pair."""

    def __init__(self, facts: list[Fact], embed: Callable[[list[str]], np.ndarray] | None):
        self._embed = embed
        self._memo: dict[str, np.ndarray] = {}
        self._row: dict[str, int] = {}
        self._base = np.zeros((0, 0), dtype=np.float32)
        self.sole: frozenset[str] = frozenset()

    def prepare(self, facts: list[Fact]) -> np.ndarray:
        self._row = {f.id: i for i, f in enumerate(facts)}
        self.sole = sole_counts(facts) | sole_subjects(facts)
        kind = facts[0].kind if facts else None
        if kind == "statement":
            base = _tfidf_cosines([f.value["lemmas"] for f in facts])
        else:
            texts = {"quotation": lambda f: f.value["text"]}
            base = _word_cosines([texts.get(kind, lambda f: f.context)(f) for f in facts])
        if self._embed is not None and facts and facts[0].kind in EMBEDDED_KINDS \
                and len({f.article for f in facts}) > 1:
            missing = sorted({f.about for f in facts} - self._memo.keys())
            if missing:
                self._memo.update(zip(missing, self._embed(missing)))
            about = np.array([self._memo[f.about] for f in facts])
            base = np.maximum(base, about @ about.T)
        self._base = base
        return base

    def __call__(self, a: Fact, b: Fact) -> float:
        sim = float(self._base[self._row[a.id], self._row[b.id]])
        if a.kind in ("quotation", "statement"):
            return sim
        shared = set(a.keys) & set(b.keys)
        if a.keys and b.keys and a.keys[0] == b.keys[0]:
            sim += 0.1  # same counted noun / predicate lemma
        elif a.kind == "quantity" and a.keys[:1] != [""] and b.keys[:1] != [""]:
            sim -= 0.1  # different counted nouns
        if shared - {a.keys[0] if a.keys else ""}:
            sim += 0.05
        if a.kind == "place":
            sim += 0.3 * _jaccard(set(a.value["keys"]), set(b.value["keys"]))
        if a.kind == "quantity" and (a.value["exact"] or 0) >= 3 and a.value["exact"] == b.value["exact"]:
            sim += 0.1  # the same specific figure ("47", "120,000") is itself evidence
        return sim


def _word_cosines(texts: list[str]) -> np.ndarray:
    """Cosine of binary bags of content words, for every pair of texts."""
    from scipy.sparse import csr_matrix

    vocab: dict[str, int] = {}
    cols, ptr = [], [0]
    for t in texts:
        cols += [vocab.setdefault(w, len(vocab)) for w in _words(t)]
        ptr.append(len(cols))
    m = csr_matrix((np.ones(len(cols), dtype=np.float32), cols, ptr), shape=(len(texts), max(1, len(vocab))))
    inter = (m @ m.T).toarray()
    sizes = np.sqrt(np.maximum(np.diag(inter), 1))
    return inter / sizes[:, None] / sizes[None, :]


def _tfidf_cosines(docs: list[list[str]]) -> np.ndarray:
    """Cosine of TF-IDF vectors (binary term frequency, IDF over the given documents: the
    event's sentences), so that words every report repeats weigh little."""
    from scipy.sparse import csr_matrix

    vocab: dict[str, int] = {}
    cols, ptr = [], [0]
    for words in docs:
        cols += sorted({vocab.setdefault(w, len(vocab)) for w in words})
        ptr.append(len(cols))
    df = np.bincount(np.array(cols, dtype=np.int64), minlength=max(1, len(vocab)))
    idf = np.log((len(docs) + 1) / (df + 0.5)).astype(np.float32)
    m = csr_matrix((idf[cols] if cols else np.zeros(0, np.float32), cols, ptr),
                   shape=(len(docs), max(1, len(vocab))))
    inter = (m @ m.T).toarray()
    norms = np.sqrt(np.maximum(np.diag(inter), 1e-9))
    return inter / norms[:, None] / norms[None, :]


# --- grouping -----------------------------------------------------------------------------

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


def same_thing(a: Fact, b: Fact, sole: frozenset[str] = frozenset()) -> bool:
    """Structural identity needed before two values may be called a conflict: the same counted
    outcome, or noun and predicate, for counts; a named person for ages; day precision for
    dates (the similarity gate does the rest); quotations and times as they are."""
    if a.kind == "quantity":
        if a.value["unit"].startswith("age"):  # only a named person's age can conflict
            return _same_measure(a, b, sole)
        if a.value.get("background") or b.value.get("background"):
            return False  # a figure of an earlier happening, quoted for context
        if a.value.get("part") or b.value.get("part"):
            return False  # "one of them": a part of a group, not its size
        if bool(a.anchors) != bool(b.anchors):
            return False  # "32 Armenian soldiers" vs "two soldiers": whose soldiers is unknown
        if a.value.get("measure") or b.value.get("measure"):
            return _same_measure(a, b, sole)  # both count the dead, say
        return a.keys[:2] == b.keys[:2] and bool(a.keys[0]) or _same_measure(a, b, sole)
    if a.kind == "date":  # two days for the same happening: the similarity gate decides
        return a.value["precision"] == b.value["precision"] == "day"
    if a.kind == "condition":
        return _same_measure(a, b, sole)
    return a.kind in ("quotation", "time")


def _same_measure(a: Fact, b: Fact, sole: frozenset[str] = frozenset()) -> bool:
    """Both count the same outcome (deaths, injured, ...), are each report's only count of the
    same kind of thing, or give the age of the same named person: structure strong enough that
    a contradiction needs no extra similarity."""
    if a.kind == "condition":  # the same named person, or each report's only person in a state
        sa, sb = _subject(a), _subject(b)
        if isinstance(sa, str) and isinstance(sb, str) and sa and sb and sa != sb:
            return False  # "a woman" is not "a man"
        return bool(a.anchors and b.anchors) or (a.id in sole and b.id in sole)
    if a.kind != "quantity" or a.value["unit"] != b.value["unit"]:
        return False
    if a.value["unit"].startswith("age"):
        return bool(a.anchors and b.anchors)
    if a.id in sole and b.id in sole and a.keys[0] == b.keys[0]:
        return True  # "four villages" and "seven villages", each report's only count of villages
    whole = {a.keys[0], b.keys[0]} <= WHOLE or a.keys[0] == b.keys[0]  # "two women" is part of "three people"
    return whole and a.value.get("measure") is not None and a.value.get("measure") == b.value.get("measure")


def _join_threshold(kind: str, verdict: str, same_measure: bool = False) -> float:
    """Similarity needed to align two facts: higher for a conflict, unless both explicitly
    count the same outcome (deaths, injured, arrested, missing)."""
    if verdict == "unrelated":
        return float("inf")
    if same_measure:
        return JOIN[kind]
    if verdict == "agree" and kind in AGREE_JOIN:
        return AGREE_JOIN[kind]
    if verdict == "conflict":
        return CONFLICT_JOIN.get(kind, JOIN[kind])
    return JOIN[kind]


def sole_counts(facts: list[Fact]) -> frozenset[str]:
    """Counts that are their article's only figure for a kind of thing other than people ("seven
    villages", however often repeated): two reports' only figures for villages count the same
    villages.  People are counted in too many roles for that (and unnamed people's ages: the
    "18-year-old man" of one report may be the other's 49-year-old suspect); their counts need
    a measure (deaths, injured)."""
    def kind_of(f: Fact) -> tuple | None:
        if f.value.get("background") or f.value.get("part"):
            return None
        if f.value["unit"] == "count" and f.keys[0] and f.keys[0] not in PEOPLE:
            return f.article, f.value["unit"], f.keys[0]
        return None

    figures = [(f, k) for f in facts if f.kind == "quantity" and (k := kind_of(f)) is not None]
    values: dict[tuple, set] = defaultdict(set)
    for f, k in figures:
        values[k].add((f.value["low"], f.value["high"]))
    return frozenset(f.id for f, k in figures if len(values[k]) == 1)


def sole_subjects(facts: list[Fact]) -> frozenset[str]:
    """Condition facts of articles that give the condition of one person only: in two such
    reports of one event, "a man has died" and "he is in critical condition" are one man."""
    subjects: dict[str, set] = defaultdict(set)
    for f in facts:
        if f.kind == "condition" and (subject := _subject(f)):
            subjects[f.article].add(subject)
    return frozenset(f.id for f in facts if f.kind == "condition" and len(subjects[f.article]) <= 1)


def _subject(f: Fact) -> tuple | str:
    """Whose condition: the name keys, else the head noun ("man"); "" for a pronoun or a
    generic word, which could be anyone the report speaks of."""
    if f.anchors:
        return tuple(f.anchors)
    noun = f.keys[-1] if len(f.keys) > 1 else ""
    return "" if noun in ANYONE else noun


ANYONE = {"", "he", "she", "they", "him", "her", "victim", "victims", "person", "people", "who"}


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
            links.append(similarity(x, y) if _candidate(x, y) else -1.0)
            needed = max(needed, _join_threshold(x.kind, verdict, _same_measure(x, y, similarity.sole)))
    return bool(links) and min(links) > 0 and sum(links) / len(links) >= needed


def align(facts: list[Fact], similarity: Similarity) -> list[list[Fact]]:
    """Greedy average-link grouping of candidate pairs, best pairs first: two facts, a fact and
    a group, or two groups merge when they fit."""
    base = similarity.prepare(facts)
    lowest = min([*JOIN.values(), *AGREE_JOIN.values()]) - 0.2  # no bonus lifts a pair further
    rows, cols = np.nonzero(np.triu(base, 1) >= lowest)
    pairs = [(facts[i], facts[j]) for i, j in zip(rows, cols) if _candidate(facts[i], facts[j])]
    scored = []
    for a, b in pairs:
        verdict = judge(a, b)
        if verdict == "conflict" and not same_thing(a, b, similarity.sole):
            continue
        s = similarity(a, b)
        if s >= _join_threshold(a.kind, verdict, _same_measure(a, b, similarity.sole)):
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


# --- comparisons --------------------------------------------------------------------------

def _comparison_id(fact_ids: list[str]) -> str:
    return "c" + hashlib.sha1(",".join(sorted(fact_ids)).encode()).hexdigest()[:11]


def _show(f: Fact) -> str:
    v = f.value
    if f.kind == "quantity":
        return v["text"] if v["qualifier"] not in (None, "sum") else str(v["exact"])
    if f.kind == "date":
        if v["start"] is None:
            return f"“{v['text']}” (unresolved: no publication date)"
        return v["start"] if v["start"] == v["end"] else f"{v['start']}..{v['end']}"
    if f.kind == "time":
        from .facts.times import show
        return f"{v['text']} ({show(v['start'])}–{show(v['end'])})" if v["start"] != v["end"] else show(v["start"])
    if f.kind == "place":
        return v["name"]
    if f.kind == "quotation":
        return f"“{v['text'][:60]}…” ({f.speaker or 'speaker unknown'})"
    if f.kind == "statement":
        return f"“{f.quote[:80]}…”" if len(f.quote) > 80 else f"“{f.quote}”"
    if f.kind == "condition":
        return f"{v['state']} (“{f.quote}”)"
    return f"{v['name']} {v['action']}"


def _status(group: list[Fact]) -> tuple[str, list[tuple[Fact, Fact, str]]]:
    verdicts = [(a, b, judge(a, b)) for a, b in combinations(group, 2) if a.article != b.article]
    kinds = {v for _, _, v in verdicts}
    if "conflict" in kinds:
        return "conflict", verdicts
    if kinds - {"agree"}:
        return "compatible", verdicts
    return "agree", verdicts


def _revision(group: list[Fact], published: dict[str, str | None]) -> bool:
    """A later report plausibly updates an earlier one: a toll that rises with time, or a
    person reported alive first and dead later."""
    kind = group[0].kind
    if not (kind == "condition" or kind == "quantity" and group[0].value["unit"] == "count"):
        return False  # an age or a date is not revised by a later report
    dated = [(published.get(f.article), f) for f in group if published.get(f.article)]
    if len({d for d, _ in dated}) < 2:
        return False
    dated.sort(key=lambda x: x[0])
    first, last = dated[0][1].value, dated[-1][1].value
    if kind == "condition":
        return last["state"] == "dead" and first["state"] != "dead"
    return (last["low"] or 0) >= (first["high"] if first["high"] is not None else float("inf"))


def _explain(status: str, group: list[Fact], labels: dict[str, str], revision: bool) -> str:
    said = "; ".join(f"{labels.get(f.article, f.article)}: {_show(f)}" for f in group)
    if status == "single":
        return f"only {labels.get(group[0].article, group[0].article)} reports this: {_show(group[0])}"
    if status == "agree":
        return f"{len(group)} sources state the same value ({said})"
    if status == "compatible":
        return f"consistent but stated differently ({said})"
    note = " A later report may update an earlier one." if revision else ""
    return f"sources disagree: {said}.{note}"


def _confidence(group: list[Fact], similarity: Similarity) -> float:
    """The least certain fact; for paired sentences also how alike they are (a paraphrase
    found by word overlap is a weaker link than a shared value)."""
    least = min(f.confidence for f in group)
    if group[0].kind == "statement":
        least = min(least, max(0.0, similarity(group[0], group[1])))
    return least


def crosscheck(facts: list[Fact], articles: list[Article],
               embed: Callable[[list[str]], np.ndarray] | None = None) -> list[Comparison]:
    """Comparisons for one event: aligned groups (agree/compatible/conflict) and singles."""
    labels = {a.id: a.outlet or a.id for a in articles}
    published = {a.id: a.published for a in articles}
    sources = {a.id for a in articles if a.duplicate_of is None}
    facts = [f for f in facts if f.article in sources]
    similarity = Similarity(facts, embed)
    by_kind: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        by_kind[f.kind].append(f)
    comparisons, grouped = [], set()
    for kind in sorted(by_kind):
        grouping = pair_statements if kind == "statement" else align
        for group in grouping(by_kind[kind], similarity):
            group.sort(key=lambda f: (published.get(f.article) or "", f.article, f.start))
            status, verdicts = _status(group)
            revision = status == "conflict" and _revision(group, published)
            disagreements = [[a.id, b.id] for a, b, v in verdicts if v == "conflict"]
            ids = [f.id for f in group]
            grouped.update(ids)
            comparisons.append(Comparison(
                id=_comparison_id(ids), about=group[0].about, status=status, facts=ids,
                explanation=_explain(status, group, labels, revision), revision=revision,
                sources=sorted({f.article for f in group}), disagreements=disagreements,
                confidence=round(_confidence(group, similarity), 2)))
    for f in facts:
        if f.id not in grouped:
            comparisons.append(Comparison(
                id=_comparison_id([f.id]), about=f.about, status="single", facts=[f.id],
                explanation=_explain("single", [f], labels, False), sources=[f.article],
                confidence=f.confidence))
    order = {"conflict": 0, "compatible": 1, "agree": 2, "single": 3}
    comparisons.sort(key=lambda c: (order[c.status], -len(c.sources)))
    return comparisons
