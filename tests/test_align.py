"""Grouping: when two groups of facts about one thing merge."""
from triangulate.crosscheck.align import _fits
from triangulate.model import Fact


class Pairs:
    """Verdicts and (similarity, needed) of fact pairs, as align.Links gives them."""

    def __init__(self, table: dict[frozenset, tuple[str, float, float]]):
        self.table = table
        self.similarity = type("Similarity", (), {"sole": frozenset()})()

    def verdict(self, a: Fact, b: Fact) -> str:
        return self.table[frozenset((a.id, b.id))][0]

    def score(self, a: Fact, b: Fact) -> tuple[float, float]:
        return self.table[frozenset((a.id, b.id))][1:]


def _week(fact_id: str, article: str) -> Fact:
    return Fact(fact_id, article, "date", "fired", "last week", 0, 9,
                {"start": "2007-04-02", "end": "2007-04-08", "precision": "week"})


def _day(fact_id: str, article: str, day: str) -> Fact:
    return Fact(fact_id, article, "date", "shot", day, 0, 9, {"start": day, "end": day, "precision": "day"})


def test_one_looser_pair_does_not_set_the_bar_for_a_whole_merge():
    a, b, c, d = _week("a", "1"), _week("b", "2"), _week("c", "3"), _week("d", "4")
    pairs = Pairs({frozenset("ac"): ("agree", 0.30, 0.10), frozenset("ad"): ("compatible", 0.60, 0.55),
                   frozenset("bc"): ("agree", 0.40, 0.10), frozenset("bd"): ("agree", 0.50, 0.10)})
    # mean similarity 0.45 against a mean bar of 0.21: the one compatible pair's 0.55 is not the bar
    assert _fits([a, b], [c, d], pairs)


def test_a_contradiction_in_a_merge_keeps_its_own_bar():
    a, b, c = _day("a", "1", "2016-05-11"), _day("b", "2", "2016-05-10"), _day("c", "3", "2016-05-10")
    pairs = Pairs({frozenset("ac"): ("conflict", 0.50, 0.72), frozenset("bc"): ("agree", 0.90, 0.10)})
    assert not _fits([a, b], [c], pairs)  # mean 0.70 < 0.72, however well the agreeing pair fits
    pairs.table[frozenset("ac")] = ("conflict", 0.60, 0.72)
    assert _fits([a, b], [c], pairs)  # mean 0.75


def test_days_of_one_happening_disagree_by_days_not_months():
    from triangulate.crosscheck.judge import judge_date

    def day(d: str) -> dict:
        return {"start": d, "end": d, "precision": "day", "reference": "published"}

    assert judge_date(day("2015-11-02"), day("2015-11-11")) == "conflict"  # one shooting misdated
    assert judge_date(day("2015-05-11"), day("2015-11-11")) == "unrelated"  # two shootings


def test_a_street_with_another_number_or_none_is_another_precision():
    from triangulate.crosscheck.judge import judge_place
    house = {"name": "2111 Bragg Street", "keys": ["bragg", "street"], "named": ["bragg"]}
    block = {"name": "the 2100 block of Bragg Street", "keys": ["block", "bragg", "street"], "named": ["bragg"]}
    street = {"name": "Bragg Street", "keys": ["bragg", "street"], "named": ["bragg"]}
    assert judge_place(house, block) == judge_place(house, street) == "compatible"
    assert judge_place(street, dict(street, name="Bragg St.")) == "agree"


def test_today_a_day_off_another_reports_day_is_no_contradiction():
    from triangulate.crosscheck.judge import judge_date

    monday = {"start": "2007-04-09", "end": "2007-04-09", "text": "Monday"}
    today = {"start": "2007-04-10", "end": "2007-04-10", "text": "today"}
    tuesday = dict(today, text="Tuesday")
    assert judge_date(today, monday) == "unrelated"  # a wire story's "today", dated by a later page
    assert judge_date(tuesday, monday) == "conflict"


def test_a_specific_figure_is_one_of_three_significant_digits_and_not_an_age():
    from triangulate.crosscheck.align import specific_figure

    def count(exact, unit="count") -> Fact:
        return Fact("f", "1", "quantity", "files", str(exact), 0, 3, {"exact": exact, "unit": unit})

    assert [specific_figure(count(x)) for x in (183, 2417, 334e6, 1.19e9)] == [True] * 4
    assert [specific_figure(count(x)) for x in (14, 55000, 2000, 8.75, None)] == [False] * 5
    assert not specific_figure(count(102, "age (years)"))  # two people may be of one age


def test_the_same_specific_figure_aligns_sentences_told_differently(tmp_path):
    from test_identity import _event

    event = _event(tmp_path, [
        "Israeli agents smuggled out 183 compact discs of Iranian files, Netanyahu said.",
        "He displayed 183 CDs on a bookshelf behind him."])
    by_quote = {f.quote: f for f in event.facts if f.kind == "quantity"}
    discs, cds = by_quote["183 compact discs"], by_quote["183 CDs"]
    assert any({discs.id, cds.id} <= set(c.facts) and c.status == "agree" for c in event.comparisons)
