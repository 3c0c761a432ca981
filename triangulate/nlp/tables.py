"""Two of spaCy's rule components, computing the same annotations from tables.

Profiling the English pipeline on news showed two rule components costing nearly as much as
its neural ones, through per-token Python work:

- the attribute ruler holds about 180 one- and two-token patterns (tag map entries, pronoun
  morphology, a few word exceptions), and spaCy's Matcher tries each of them at every token:
  as long as the shared tok2vec layer.  Here patterns made only of exact values and IN / NOT_IN
  / REGEX tests are filed under the values of their first token, so that each token costs a few
  dictionary look-ups.  The matches are the Matcher's, in the same order, and the ruler's own
  code applies them.  A pattern of any other shape makes the component run the Matcher.
- the rule lemmatizer works out each token's lemma again (its own cache keeps only some
  results), and tests its candidate forms against lists of known words.  A lemma depends only
  on the word, its part of speech and its morphology, so here each such triple is lemmatized
  once per process by the lemmatizer's own rules, which test against sets of the same words.

The parses are identical (`tests/test_tables.py`, and token by token on 600 articles of the
corpora).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from operator import itemgetter

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import AttributeRuler

COLUMNS = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE, "ORTH": ORTH, "TEXT": ORTH}
RULER_FACTORY, LEMMATIZER_FACTORY = "indexed_attribute_ruler", "memo_lemmatizer"
MEMO_SIZE = 500_000  # lemmas remembered per process before the memo starts again

Spec = tuple[tuple[int, ...], tuple[int, ...], tuple[tuple[int, Callable[[int], bool]], ...]]
# (columns, their exact values, (column, test of its value)) of one pattern token


class IndexedAttributeRuler(AttributeRuler):
    """An AttributeRuler whose `match` looks its patterns up by exact token values."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._index: tuple | bool | None = None  # built on first use; False: run the Matcher

    def add(self, *args, **kwargs) -> None:
        super().add(*args, **kwargs)
        self._index = None

    def clear(self) -> None:
        super().clear()
        self._index = None

    def match(self, doc):
        if self._index is None:
            self._index = self._build_index()
        if self._index is False or not len(doc):
            return super().match(doc)
        tables, columns, where = self._index
        rows = doc.to_array(columns).tolist()
        if len(columns) == 1:
            rows = [[value] for value in rows]
        found = set()
        for key_of, table in tables:
            for start, key in enumerate(map(key_of, rows)):
                for attr_id, match_id, specs in table.get(key, ()):
                    if specs is None:  # one token, exact values only: the key was the test
                        found.add((attr_id, match_id, start, start + 1))
                        continue
                    end = start + len(specs)
                    if end <= len(rows) and all(_fits(rows[start + k], spec, where, first=k == 0)
                                                for k, spec in enumerate(specs)):
                        found.add((attr_id, match_id, start, end))
        return sorted(found)

    def _build_index(self):
        """[(key of a row, {key: [(attr id, match id, specs, or None when the key says all)]})]
        per set of exact columns of a pattern's first token, the columns to read and their
        positions; False when a pattern has a shape this index does not cover."""
        strings = self.vocab.strings
        by_columns: dict[tuple, dict] = {}
        used: set[int] = set()
        for attr_id, entry in enumerate(self.patterns):
            match_id = strings.add(str(attr_id))
            for pattern in entry["patterns"]:
                specs = [_spec(token, strings) for token in pattern]
                if not specs or None in specs:
                    return False
                for cols, _, sets in specs:
                    used.update(cols, (c for c, _ in sets))
                keys = _keys(pattern[0], specs[0], strings)
                plain = len(specs) == 1 and not specs[0][2] and bool(keys[0][0])
                for cols, key in keys:
                    by_columns.setdefault(cols, {}).setdefault(key, []).append(
                        (attr_id, match_id, None if plain else specs))
        columns = sorted(used) or [ORTH]
        where = {c: k for k, c in enumerate(columns)}
        tables = [(itemgetter(*(where[c] for c in cols)) if cols else _no_key, table)
                  for cols, table in by_columns.items()]
        return tables, columns, where


def _keys(token: dict, spec: Spec, strings) -> list[tuple[tuple[int, ...], object]]:
    """Where a pattern's first token is filed: under its exact values, else under each value of
    its first IN test (the test itself is still checked), else under the empty key."""
    cols, values, _ = spec
    if cols:
        return [(cols, values[0] if len(values) == 1 else values)]
    for key, value in token.items():
        if isinstance(value, dict) and "IN" in value:
            column = COLUMNS[key]
            return [((column,), _code(column, v, strings)) for v in value["IN"]]
    return [((), ())]


def _no_key(row: list[int]) -> tuple:
    return ()


def _spec(token: dict, strings) -> Spec | None:
    exact, sets = {}, []
    for key, value in token.items():
        column = COLUMNS.get(key)
        if column is None:
            return None
        if isinstance(value, dict):
            if len(value) != 1 or set(value) - {"IN", "NOT_IN", "REGEX"}:
                return None
            (op, operand), = value.items()
            sets.append((column, _test(op, operand, column, strings)))
        else:
            exact[column] = _code(column, value, strings)
    cols = tuple(sorted(exact))
    return cols, tuple(exact[c] for c in cols), tuple(sets)


def _test(op: str, operand, column: int, strings) -> Callable[[int], bool]:
    """The Matcher's IN, NOT_IN and REGEX (re.search on the token's string) on a column value."""
    if op == "REGEX":
        pattern, memo = re.compile(operand), {}

        def search(code: int) -> bool:
            if code not in memo:
                memo[code] = pattern.search(strings[code]) is not None
            return memo[code]
        return search
    items = frozenset(_code(column, v, strings) for v in operand)
    return items.__contains__ if op == "IN" else lambda code: code not in items


def _code(column: int, value, strings) -> int:
    """A pattern value as `Doc.to_array` writes it: booleans as 0/1, strings as their hash."""
    return int(value) if column == IS_SPACE else strings.add(str(value))


def _fits(row: list[int], spec: Spec, where: dict[int, int], first: bool) -> bool:
    """Whether a token's row meets a pattern token (its exact values are known to match when
    it is the first token: they were the look-up key)."""
    cols, values, sets = spec
    if not first and any(row[where[c]] != v for c, v in zip(cols, values)):
        return False
    return all(test(row[where[c]]) for c, test in sets)


@Language.factory(RULER_FACTORY, default_config={"patterns": []})
def make_indexed_attribute_ruler(nlp: Language, name: str, patterns: list) -> IndexedAttributeRuler:
    ruler = IndexedAttributeRuler(nlp.vocab, name)
    ruler.add_patterns(patterns)
    return ruler


class MemoLemmatizer(EnglishLemmatizer):
    """The English rule lemmatizer, with each (word, part of speech, morphology) lemmatized
    once."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._memo: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc):
        if self.mode != "rule" or not len(doc):
            return super().__call__(doc)
        try:
            rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
            lemmas = rows[:, 3].copy()
            for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
                if lemma == 0 or self.overwrite:
                    key = (orth, pos, morph)
                    if key not in self._memo:
                        if len(self._memo) >= MEMO_SIZE:
                            self._memo.clear()
                        self._memo[key] = self.vocab.strings.add(self.lemmatize(doc[i])[0])
                    lemmas[i] = self._memo[key]
            doc.from_array([LEMMA], lemmas.reshape(-1, 1).astype(np.uint64))
            return doc
        except Exception as e:
            self.get_error_handler()(self.name, self, [doc], e)


@Language.factory(LEMMATIZER_FACTORY, default_config={"mode": "rule", "overwrite": False})
def make_memo_lemmatizer(nlp: Language, name: str, mode: str, overwrite: bool) -> MemoLemmatizer:
    return MemoLemmatizer(nlp.vocab, None, name, mode=mode, overwrite=overwrite)


def use_tables(nlp: Language) -> None:
    """Replace the pipeline's attribute ruler and English rule lemmatizer, where it has them,
    by the components above, with the same patterns and lookup tables."""
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    if type(ruler) is AttributeRuler:
        nlp.replace_pipe("attribute_ruler", RULER_FACTORY, config={"patterns": ruler.patterns})
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if type(lemmatizer) is EnglishLemmatizer:
        nlp.replace_pipe("lemmatizer", LEMMATIZER_FACTORY,
                         config={"mode": lemmatizer.mode, "overwrite": lemmatizer.overwrite})
        nlp.get_pipe("lemmatizer").initialize(lookups=_with_word_sets(lemmatizer.lookups))


def _with_word_sets(lookups: Lookups) -> Lookups:
    """The lemmatizer's tables, each part of speech's list of known words as a set: the rules
    test candidate forms against it (`form in index`), and a list of 57,000 nouns made every
    such test a scan."""
    copy = Lookups()
    for name in lookups.tables:
        table = lookups.get_table(name)
        copy.add_table(name, {k: frozenset(v) if name == "lemma_index" else v for k, v in table.items()})
    return copy
