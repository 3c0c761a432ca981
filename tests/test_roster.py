"""Ages of one person in two reports that list the same people (crosscheck.roster)."""
import json

from triangulate import analyze


def _event(tmp_path, texts):
    tmp_path.mkdir(parents=True, exist_ok=True)  # (one test may analyse several sets side by side)
    f = tmp_path / "a.jsonl"
    f.write_text("".join(json.dumps({"title": f"Shooting {i}", "text": t, "published": "2016-06-29"}) + "\n"
                         for i, t in enumerate(texts)))
    return analyze([str(f)], db=str(tmp_path / "t.db"), one_event=True).events[0]


def _age_conflicts(event) -> set[frozenset[str]]:
    quotes = {f.id: f.quote for f in event.facts}
    return {frozenset(quotes[i] for i in c.facts) for c in event.comparisons
            if c.status == "conflict" and c.about.startswith("age")}


def test_the_unmatched_ages_of_two_rosters_are_one_person(tmp_path):
    event = _event(tmp_path, [
        "Police said a 46-year-old man killed a 47-year-old woman and a 12-year-old girl before shooting himself.",
        "The 46-year-old man was found in the garage, and a 47-year-old woman and an 11-year-old girl were "
        "found in the front yard, police said."])
    assert _age_conflicts(event) == {frozenset({"12-year-old girl", "11-year-old girl"})}


def test_one_shared_age_is_not_enough_to_pair_the_rest(tmp_path):
    event = _event(tmp_path, [
        "Police said a 46-year-old man shot a 12-year-old girl in the yard.",
        "Police said the 46-year-old man had argued with an 11-year-old girl's father."])
    assert not _age_conflicts(event)


def test_a_man_is_never_a_woman_however_near_their_ages(tmp_path):
    event = _event(tmp_path, [
        "Police said a 46-year-old man killed a 47-year-old woman and a 30-year-old man.",
        "Police said the 46-year-old man killed a 47-year-old woman and wounded a 31-year-old woman."])
    assert not _age_conflicts(event)


def test_a_named_woman_is_never_a_man_either(tmp_path):
    event = _event(tmp_path, [
        "Police said Steven Dolan, 46, shot Mary Smith, 30, and a 12-year-old girl at the house.",
        "A 46-year-old man shot a 31-year-old man and a 12-year-old girl at the house, police said."])
    assert _age_conflicts(event) == set()  # (her given name says she is a woman)


def test_a_third_report_carries_a_person_to_a_report_that_shares_one_age(tmp_path):
    event = _event(tmp_path, [
        "Police said a 46-year-old man killed a 47-year-old woman and a 12-year-old girl before shooting himself.",
        "The 46-year-old man was found in the garage, and a 47-year-old woman and an 11-year-old girl were "
        "found in the front yard, police said.",
        "Steven Dolan, 46, a firefighter, shot his 11-year-old stepdaughter, officials said."])
    conflicts = [c for c in event.comparisons if c.status == "conflict" and c.about.startswith("age")]
    assert len(conflicts) == 1
    quotes = {f.id: (f.article, f.quote) for f in event.facts}
    assert len({quotes[i][0] for i in conflicts[0].facts}) == 3  # the stepdaughter's age too
    assert sorted(q for _, q in (quotes[i] for i in conflicts[0].facts)) == [
        "11-year-old girl", "11-year-old stepdaughter", "12-year-old girl"]


def test_no_person_is_carried_through_a_report_with_two_near_ages(tmp_path):
    event = _event(tmp_path, [
        "Police said a 46-year-old man killed a 47-year-old woman and a 12-year-old girl before shooting himself.",
        "The 46-year-old man was found in the garage, and a 47-year-old woman, an 11-year-old girl and a "
        "13-year-old girl were found in the front yard, police said.",
        "Steven Dolan, 46, a firefighter, shot his 11-year-old stepdaughter, officials said."])
    quotes = {f.id: (f.article, f.quote) for f in event.facts}
    for c in event.comparisons:
        if c.status == "conflict" and c.about.startswith("age"):
            assert len({quotes[i][0] for i in c.facts}) == 2


def test_each_reports_only_unnamed_person_a_year_apart_is_one_person(tmp_path):
    event = _event(tmp_path, ["A 24-year-old man was shot dead outside a bar on Tuesday night, police said.",
                              "Police said a 25-year-old man was killed in a shooting outside a bar on Tuesday night."])
    assert _age_conflicts(event) == {frozenset({"24-year-old man", "25-year-old man"})}
    (tmp_path / "b").mkdir()
    other = _event(tmp_path / "b", ["A 24-year-old man was shot dead outside a bar on Tuesday night.",
                                    "A 25-year-old woman was shot dead outside a bar on Tuesday night."])
    assert _age_conflicts(other) == set()


def test_ages_in_months_and_years_compare_in_years(tmp_path):
    baby = "Police say a man shot his girlfriend before turning the shotgun on himself."
    event = _event(tmp_path / "apart", [f"{baby} Their 1- or 2 -year - old baby was wounded.",  # (tokenized text)
                                        "A husband shot his wife and 6-month old baby before shooting himself, police said."])
    assert _age_conflicts(event) == {frozenset({"1- or 2 -year - old baby", "6-month old baby"})}  # (six months is not 1)
    event = _event(tmp_path / "within", [f"{baby} Their 1-year-old baby was wounded.",
                                         "A husband shot his wife and 18-month-old baby before shooting himself, police said."])
    assert _age_conflicts(event) == set()  # eighteen months old is a 1-year-old
    (ages,) = [c for c in event.comparisons if c.about.startswith("age")]
    assert ages.status == "compatible"


def test_an_age_told_by_its_decade_holds_the_ages_in_it(tmp_path):
    told = "was shot on Main Street in Dayton on Sunday, police said."
    event = _event(tmp_path / "three", [f"A man in his 20s {told}", f"A 25-year-old man {told}",
                                        f"The victim, in his late 20s, {told}"])
    ages = {f.quote: f.value for f in event.facts if f.kind == "quantity"}
    assert {q: (v["low"], v["high"]) for q, v in ages.items()} == {
        "man in his 20s": (20, 29), "25-year-old man": (25, 25), "victim, in his late 20s": (26, 29)}
    (men,) = [c for c in event.comparisons if c.about.startswith("age") and len(c.facts) > 1]
    assert men.status == "compatible" and not _age_conflicts(event)
    event = _event(tmp_path / "clauses", [f"The victim, who was in her 60s, {told}",
                                          f"The man aged in his early 30s {told} His father died in his 80s."])
    ages = {f.quote: (f.value["low"], f.value["high"]) for f in event.facts if f.kind == "quantity"}
    assert ages == {"victim, who was in her 60s": (60, 69), "man aged in his early 30s": (30, 33)}  # (not "died
    # in his 80s": when he died)
