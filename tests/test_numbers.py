import math

import pytest

from triangulate.facts.numbers import find_amounts, overlaps, words_to_number


def one(text):
    (amount,) = find_amounts(text)
    return amount


@pytest.mark.parametrize("text, low, high, low_open, high_open", [
    ("over 100,000 Armenians", 100000, math.inf, True, True),
    ("most of its 120,000 ethnic Armenians", 60000, 120000, True, False),
    ("more than two dozen soldiers", 24, math.inf, True, True),
    ("at least 10 people", 10, math.inf, False, True),
    ("as many as seven children", 0, 7, False, False),
    ("tens of thousands of people", 20000, 100000, False, True),
    ("fewer than 50 houses", 0, 50, False, True),
])
def test_qualified_amounts_are_intervals(text, low, high, low_open, high_open):
    a = one(text)
    assert (a.low, a.high, a.low_open, a.high_open) == (low, high, low_open, high_open)


def test_about_is_a_rounding_band_around_the_value():
    a = one("about 130 people")
    assert a.low < 130 < a.high and a.exact is None and a.qualifier == "about"


def test_spelled_out_and_tokenised_numbers():
    assert words_to_number("Thirty-one") == 31
    assert words_to_number("two dozen") == 24
    assert one("home to 120 , 000 people").exact == 120000
    assert one("2.5 million people").exact == 2_500_000
    assert one("put the magnitude at 6 . 1 .").exact == 6.1  # text tokenized word by word
    assert [a.exact for a in find_amounts("killed 10 .\n9 were hurt")] == [10, 9]  # two sentences


def test_abbreviated_scales_are_read_where_they_cannot_be_units():
    assert one("would slice 30bn euros").exact == 30e9  # "bn" is never a unit
    assert one("a 30m euros plan").exact == 30e6  # "m" before a currency word
    (drop,) = find_amounts("a 5m drop")  # "m" alone, with no currency and nothing counted: metres,
    assert (drop.text, drop.exact) == ("5", 5)  # left for the unit (quantities.MEASURED_IN)


def test_offsets_point_at_the_phrase():
    text = "Officials said more than two dozen soldiers were freed."
    a = one(text)
    assert text[a.start:a.end] == "more than two dozen"


def test_overlap_respects_open_ends():
    over = one("over 100,000").to_value()
    most = one("most of its 120,000").to_value()
    exactly = one("100,000").to_value()
    assert overlaps(over, most)
    assert not overlaps(over, exactly)  # "over 100,000" excludes 100,000 itself


def test_no_and_another_are_counts():
    assert [(a.text, a.exact) for a in find_amounts("No arrests have been made.")] == [("No", 0)]
    assert [(a.text, a.exact) for a in find_amounts("her mother and another woman were home")] == [("another", 1)]
    assert [a.exact for a in find_amounts("another 50 people")] == [50]
    assert [(a.text, a.exact) for a in find_amounts("Another four people died")] == [("four", 4)]


@pytest.mark.parametrize("text, found", [
    ("killing two and critically wounding a third.", [("two", 2), ("a third", 1)]),  # one more person
    ("shot three, killing two and injuring a third co-worker", [("three", 3), ("two", 2), ("a third", 1)]),
    ("prices were cut by a third", []),  # a fraction
    ("he wounded a third of the crowd", []),
])
def test_a_third_harmed_after_others_is_one_more(text, found):
    assert [(a.text, a.exact) for a in find_amounts(text)] == found


def test_a_number_word_hyphenated_to_a_time_unit_is_a_number_and_to_other_words_is_not():
    assert one("a two-year-old girl").exact == 2
    assert one("a forty-seven-year-old man").text == "forty-seven"
    assert one("a nine-month-old baby").exact == 9
    assert find_amounts("two-thirds of voters") == find_amounts("a one-sided game") == []


def test_round_figures_in_words_hold_what_rounds_to_them():
    million = one("a million people")
    assert (million.low, million.high, million.qualifier) == (500_000, 1_500_000, "round")
    assert (one("half a million").low, one("half a million").high) == (450_000, 550_000)
    assert one("a quarter of a million homes").exact == 250_000
    assert one("half a dozen people").exact == 6 and one("a dozen eggs").exact == 12
    assert one("nearly a million").qualifier == "nearly"


def test_and_a_half_adds_a_half():
    (amount,) = find_amounts("sentenced to 22 and a half years")
    assert (amount.text, amount.exact) == ("22 and a half", 22.5)
    (amount,) = find_amounts("it lasted two and a half hours")
    assert (amount.text, amount.exact) == ("two and a half", 2.5)


def test_a_proportion_is_no_count_but_a_count_in_a_year_or_a_span_is(tmp_path):
    from triangulate.facts import quantities
    from triangulate.nlp.models import spacy_pipeline
    nlp = spacy_pipeline()

    def counts(text):
        return [q.amount.text for q in quantities.extract(nlp(text))]
    assert counts("Only one in five high-speed trains ran on Tuesday.") == []
    assert counts("Police arrested 12 in 2019.") == ["12"]
    assert counts("He killed 3 in 20 minutes.") == ["3"]


@pytest.mark.parametrize("text, low, high", [
    ("two or three people were hurt", 2, 3),
    ("between 200 and 300 people", 200, 300),
    ("some 20-30 people, police said", 20, 30),
    ("a cost of $5-6 billion.", 5e9, 6e9),
    ("between 2 and 3 million people", 2e6, 3e6),
    ("two or three hundred people", 200, 300),  # (the scale of the second end is the first's too)
    ("a 5- or 6-year-old boy", 5, 6),
    ("10 to 15 minutes", 10, 15),
])
def test_two_numbers_told_as_the_ends_of_a_range_are_one_interval(text, low, high):
    a = one(text)
    assert (a.low, a.high, a.exact, a.qualifier) == (low, high, None, "range")


@pytest.mark.parametrize("text, values", [
    ("rose from 5 to 7 percent", [5, 7]),  # a change: the value before and after
    ("the Senate voted 52 to 48", [52, 48]),  # a tally: a range ascends
    ("They lost 1-2 to Chelsea", []),  # a score (facts.scores)
    ("a 3-5 record this season", []),  # a win-loss record
    ("the Jaguars went 2-6 .", []),  # a record: a dashed range counts what follows it
    ("the 0-14 Lions", []),
])
def test_a_change_a_tally_or_a_score_is_no_range(text, values):
    assert [a.exact for a in find_amounts(text)] == values


@pytest.mark.parametrize("text, low, high, low_open, high_open", [
    ("five or more people", 5, math.inf, False, True),
    ("200-plus people", 200, math.inf, False, True),
    ("100+ people", 100, math.inf, False, True),
    ("10 or fewer people", 0, 10, False, False),
])
def test_a_qualifier_after_its_number_counts(text, low, high, low_open, high_open):
    a = one(text)
    assert (a.low, a.high, a.low_open, a.high_open, a.exact) == (low, high, low_open, high_open, None)
    assert text.startswith(a.text)


def test_or_so_after_a_number_is_about_it():
    a = one("30 or so protesters")
    assert a.low < 30 < a.high and a.qualifier == "about" and a.text == "30 or so"
