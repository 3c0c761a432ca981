"""Fact extraction details that decide whether figures may be compared at all."""
import json

import pytest

from triangulate import analyze
from triangulate.crosscheck import topic


def _report(tmp_path, texts, published: str | None = "2005-11-28"):
    """The report of `texts` (one outlet each) as one event, analysed in the folder `tmp_path`
    (made if need be, so that one test can analyse several sets side by side)."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    f = tmp_path / "a.jsonl"
    f.write_text("".join(json.dumps({"title": f"Quake report {i}", "text": t, "outlet": f"Outlet {i}"}
                                    | ({"published": published} if published else {})) + "\n"
                         for i, t in enumerate(texts)))
    return analyze([str(f)], db=str(tmp_path / "t.db"), one_event=True)


def _conflicts(report) -> list[str]:
    """Explanations of the event's conflicts (shown by pytest when a test expects none)."""
    return [c.explanation for c in report.events[0].comparisons if c.status == "conflict"]


def _the_conflict(report):
    """The event's one conflict, and the quotes of its facts."""
    (conflict,) = [c for c in report.events[0].comparisons if c.status == "conflict"]
    return conflict, {f.quote for f in report.events[0].facts if f.id in conflict.facts}


def _quantities(report) -> dict:
    """The event's quantity facts by quote."""
    return {f.quote: f for f in report.events[0].facts if f.kind == "quantity"}


def _only_quotation(report):
    """The one quotation fact of the report's event (unpacking fails if there are none or more)."""
    (quote,) = [f for f in report.events[0].facts if f.kind == "quotation"]
    return quote


def _analysed(tmp_path, texts) -> tuple:
    """The report of `texts` as one event, and its quantity facts by quote."""
    report = _report(tmp_path, texts)
    return report, _quantities(report)


def _assert_background(report, earlier: str, current: str) -> None:
    facts = _quantities(report)
    assert facts[earlier].value["background"] is True
    assert facts[current].value["background"] is False


def test_the_toll_of_another_shooting_set_beside_this_one_is_background(tmp_path):
    report = _report(tmp_path, [
        "Yvonne Hiller shot three co-workers at the plant on Thursday, police said. Thursday's shooting came "
        "just weeks after a driver who had been accused of stealing from a beer distributorship fatally shot "
        "eight people, then himself.",
        "Police said Hiller shot three co-workers at the plant on Thursday."])
    eight = next(f for f in report.events[0].facts if f.quote.startswith("eight"))
    assert eight.value["background"] is True
    assert _conflicts(report) == []
    from triangulate.facts import mark_background
    eight.value["background"] = False
    assert mark_background([eight, *report.events[0].facts], None)[0].value["background"] is True  # (undated too)


def test_figures_of_earlier_happenings_are_background_and_never_conflict(tmp_path):
    report = _report(tmp_path, [
        "An earthquake struck Qeshm island on Sunday, killing 10 people, officials said. "
        "A major earthquake killed more than 31,000 people in the city of Bam in 2003.",
        "The quake on Qeshm island on Sunday killed 10 people and damaged seven villages, state media said.",
    ])
    _assert_background(report, "more than 31,000 people", "10 people")
    assert not [c for c in report.events[0].comparisons if c.status == "conflict"]


def test_a_sentence_dated_since_a_month_long_past_tells_the_present(tmp_path):
    report = _report(tmp_path, [
        "Yida is a camp of about 20,000 refugees from South Kordofan, where rebels have fought the army since June. "
        "Its manager had been arrested three times since March.",
        "Yida is home to more than 22,000 refugees, aid workers said on Saturday."], published="2011-11-12")
    assert _quantities(report)["about 20,000 refugees"].value["background"] is False  # ("since June": the rebels'
    assert _quantities(report)["three times"].value["background"] is True  # fighting, not the camp's size)
    assert _the_conflict(report)[1] == {"about 20,000 refugees", "more than 22,000 refugees"}


def test_a_population_is_not_a_toll_and_only_the_same_places_populations_conflict(tmp_path):
    report, facts = _analysed(tmp_path, [
        "Helicopters flew injured people to Bandar Abbas, a city of 500,000 people that was also jolted "
        "by the quake on Sunday. Qeshm is Iran's largest island, with a population of 120,000.",
        "The quake hit Qeshm, which has about 200,000 residents, on Sunday.",
    ])
    assert {q: facts[q].value["measure"] for q in ("500,000 people", "120,000", "about 200,000 residents")} \
        == dict.fromkeys(("500,000 people", "120,000", "about 200,000 residents"), "population")
    assert facts["500,000 people"].anchors == ["abbas", "bandar"]
    assert _the_conflict(report)[1] == {"120,000", "about 200,000 residents"}


def test_a_population_belongs_to_the_place_a_description_or_home_to_refers_to(tmp_path):
    report, facts = _analysed(tmp_path, [
        "The quake struck Qeshm island, home to 120,000 people, and the port of Bandar Abbas, state media said.",
        "Buildings on Qeshm Island were damaged. The island, which has about 200,000 residents, lies in the Gulf.",
    ])
    assert facts["120,000 people"].anchors == ["qeshm"]
    assert "qeshm" in facts["about 200,000 residents"].anchors
    assert _the_conflict(report)[1] == {"120,000 people", "about 200,000 residents"}


def test_depths_are_compared_as_depths_only(tmp_path):
    report, facts = _analysed(tmp_path, [
        "The quake on Sunday had a depth of 1.2 miles and struck 20 miles north of Santa Rosa, the USGS said.",
        "The quake on Sunday, centred 26 miles north of Santa Rosa, was 12 miles deep, the USGS said.",
    ])
    assert facts["1.2 miles"].value["measure"] == facts["12 miles"].value["measure"] == "depth"
    assert facts["20 miles"].value["measure"] is None
    by_id = {f.id: f.quote for f in report.events[0].facts}
    conflicts = [{by_id[i] for i in c.facts} for c in report.events[0].comparisons if c.status == "conflict"]
    assert {"1.2 miles", "12 miles"} in conflicts
    assert not [g for g in conflicts if g & {"1.2 miles", "12 miles"} and g & {"20 miles", "26 miles"}]


def test_a_depth_in_kilometres_and_miles_is_one_depth(tmp_path):
    _, facts = _analysed(tmp_path, ["It struck at 10 km (6 miles) deep, and another quake was one mile below "
                                    "ground level, 40 km from the coast."])
    assert [q for q, f in facts.items() if f.value["measure"] == "depth"] == ["10 km", "one mile"]


def test_the_people_living_in_a_camp_are_its_population(tmp_path):
    report, facts = _analysed(tmp_path, [
        "Bombs fell on Yida camp on Thursday. About 15,000 refugees living in Yida camp fled the fighting.",
        "Bombs fell on the Yida camp on Thursday. The camp houses more than 22,000 refugees. "
        "Some 300 people living in the hospital were moved.",
    ])
    assert {q: (facts[q].value["measure"], facts[q].anchors) for q in ("About 15,000 refugees", "more than 22,000 refugees")} \
        == dict.fromkeys(("About 15,000 refugees", "more than 22,000 refugees"), ("population", ["yida"]))
    assert facts["Some 300 people"].value["measure"] != "population"
    assert _the_conflict(report)[1] == {"About 15,000 refugees", "more than 22,000 refugees"}


def test_an_age_stated_of_she_or_he_is_the_age_of_the_person_named_before(tmp_path):
    report, facts = _analysed(tmp_path, [
        "Actress Jane Russell died on Monday at her home in Santa Maria, her son Thomas said. She was 89.",
        "Jane Russell, the film star, died on Monday. She was 90, and had been ill for years. She was in a hospital.",
    ])
    assert {q: f.about for q, f in facts.items()} == {"89": "age of Jane Russell", "90": "age of Jane Russell"}
    assert _the_conflict(report)[1] == {"89", "90"}


def test_no_dead_is_a_toll_of_none(tmp_path):
    report, facts = _analysed(tmp_path, [
        "A spokesman confirmed on Thursday there were no dead or wounded after bombs fell on the camp.",
        "Local official Miabek Lang said at least 12 people had been killed when bombs fell on the camp on Thursday.",
    ])
    assert (facts["no dead"].value["exact"], facts["no dead"].value["measure"]) == (0, "deaths")
    assert _the_conflict(report)[1] == {"no dead", "at least 12 people"}


def test_magnitudes_conflict_whether_or_not_their_clause_names_a_place(tmp_path):
    report, facts = _analysed(tmp_path, [
        "A 7.8-magnitude earthquake struck southern Turkey on Monday, killing at least 40 people, including "
        "three children, officials said.",
        "The death toll from Monday's magnitude 7.5 earthquake in southern Turkey rose to 45.",
    ])
    assert facts["magnitude 7.5 earthquake"].anchors and not facts["7.8-magnitude"].anchors
    assert _the_conflict(report)[1] == {"magnitude 7.5 earthquake", "7.8-magnitude"}
    assert facts["three children"].value["part"] is True  # some of the 40 dead, not a toll of its own


def test_the_displaced_are_counted_as_displaced(tmp_path):
    report, facts = _analysed(tmp_path, ["Floods displaced 10,000 people in the province on Sunday, officials said.",
                                         "Some 15,000 people fled their homes in the province after the floods on Sunday."])
    assert facts["10,000 people"].value["measure"] == facts["Some 15,000 people"].value["measure"] == "displaced"
    assert _the_conflict(report)[1] == {"10,000 people", "Some 15,000 people"}


def test_others_beside_another_outcome_are_all_of_theirs(tmp_path):
    report, facts = _analysed(tmp_path, [
        "A woman opened fire at a Kraft factory on Thursday night, killing two workers and wounding two others.",
        "Police say two people were killed and another wounded in a shooting at the Kraft plant on Thursday night.",
    ])
    assert facts["two others"].keys[0] == "people"  # all the wounded: others than the two dead
    assert _the_conflict(report)[1] == {"two others", "another"}
    (tmp_path / "b").mkdir()
    _, facts = _analysed(tmp_path / "b", ["The gunman killed his wife and two others on Thursday night."])
    assert facts["two others"].keys[0] == "other"  # the dead besides his wife


def test_a_participle_after_a_number_says_what_it_counts(tmp_path):
    _, facts = _analysed(tmp_path, ["Ten people were killed and at least 50 injured when an earthquake razed "
                                    "mud-brick villages on the island, officials said."])
    assert facts["at least 50"].value["measure"] == "injured" and facts["Ten people"].value["measure"] == "deaths"


def test_a_population_is_compared_with_populations_only(tmp_path):
    report = _report(tmp_path, ["The quake struck Qeshm island, home to 120,000 people, on Sunday.",
                                "Officials said more than 2,000 people on the island had lost their homes to "
                                "the quake on Sunday."])
    by_id = {f.id: f.quote for f in report.events[0].facts}
    groups = [{by_id[i] for i in c.facts} for c in report.events[0].comparisons]
    assert [g for g in groups if "120,000 people" in g] == [{"120,000 people"}]


def test_distances_from_different_places_do_not_conflict(tmp_path):
    report = _report(tmp_path, [
        "The epicenter of Sunday's quake was 35 miles southwest of the port of Bandar Abbas.",
        "Sunday's quake struck an island about 940 miles south of Tehran. Its epicenter was "
        "40 miles southwest of Bandar Abbas.",
    ])
    assert _quantities(report)["about 940 miles"].anchors == ["tehr"]
    conflict, _ = _the_conflict(report)
    assert "35" in conflict.explanation and "40" in conflict.explanation and "940" not in conflict.explanation


def test_qualifiers_of_a_number_stay_out_of_what_it_is_about(tmp_path):
    report = _report(tmp_path, ["The quake was followed by at least four aftershocks on Sunday. Police said "
                                "as many as 20,000 people took to the streets, roughly 30,000 by other counts."])
    about = {q: f.about for q, f in _quantities(report).items()}
    assert about["at least four aftershocks"].startswith("aftershocks")
    assert about["as many as 20,000 people"].removeprefix("crowd — ").startswith("people")  # (what it measures,
    # then what it counts)


def _comparisons_with(report, *quotes):
    """Comparisons whose facts include every given quote (quantity facts only)."""
    event = report.events[0]
    facts = {f.id: f for f in event.facts if f.kind == "quantity"}
    return [c for c in event.comparisons
            if all(any(facts[i].quote == q for i in c.facts if i in facts) for q in quotes)]


def test_a_background_sentence_carries_on_into_a_pronoun_sentence(tmp_path):
    report = _report(tmp_path, [
        "A quake struck the island on Sunday, killing 10 people. The last major quake hit the region "
        "in February. It killed 612 people and injured more than 1,400.",
        "The quake on the island on Sunday killed 3 people, the governor said.",
    ])
    _assert_background(report, "612 people", "10 people")
    assert _comparisons_with(report, "10 people", "3 people")[0].status == "conflict"
    assert not [c for c in _comparisons_with(report, "612 people") if c.status == "conflict"]


def test_a_number_after_a_dateline_is_still_a_count(tmp_path):
    report = _report(tmp_path, ["Published 05 May 2010\nThree people died after rioters set fire to a bank."])
    (count,) = [f for f in report.events[0].facts if f.kind == "quantity"]
    assert count.quote.startswith("Three") and count.value["measure"] == "deaths"


def test_part_of_a_group_and_part_of_the_dead_are_not_the_toll(tmp_path):
    report = _report(tmp_path, [
        "Three people, one of them a pregnant woman, were killed when the bank burned on Wednesday.",
        "Three bank workers died on Wednesday; two women were killed in the fire, officials said.",
    ])
    assert _conflicts(report) == []


def test_some_of_the_injured_are_a_part_not_the_number_injured(tmp_path):
    report, facts = _analysed(tmp_path, [
        "Officials said 41 people were injured when the train derailed on Tuesday.",
        "The train derailed on Tuesday. Firefighters said 15 of the injured were in serious condition.",
    ])
    assert facts["15 of the injured"].value["part"] is True
    assert _conflicts(report) == []


@pytest.mark.parametrize("texts, quotes, status", [
    (["The governor said four villages had been destroyed by the quake on Sunday.",  # each report's
      "State television said the earthquake on Sunday flattened seven villages on the island."],  # only count
     ("four villages", "seven villages"), "conflict"),
    (["The epicentre was 36 miles south-west of the port, the survey said.",  # a measurement rounded
      "The survey said the epicentre was 35 miles southwest of the port."],  # differently
     ("36 miles", "35 miles"), "compatible"),
    (["Ten people are killed and about 50 hurt, officials said on Sunday.",  # "hurt" counts people;
      "The earthquake hit on Sunday, killing 10 people and injuring 80."],  # "80" is no year '80
     ("about 50 hurt", "80"), "conflict"),
])
def test_two_figures_compared(tmp_path, texts, quotes, status):
    (comparison,) = _comparisons_with(_report(tmp_path, texts), *quotes)
    assert comparison.status == status


@pytest.mark.parametrize("texts", [
    ["Klitschko, who has won 16 fights in a row, defended his title on Saturday.",  # a hyphened
     "Klitschko extended his 10-fight winning streak on Saturday in Berlin."],  # figure is a modifier
    ["He averaged 16.8 points a game in college, the team said on Monday.",  # a decimal is an average
     "He scored 24 points in the win on Monday, the team said."],
    ["Police said two others were taken in for questioning after the raid on Sunday.",  # "others" counts
     "Police said 14 others escaped during the raid on Sunday."],  # against those named before
    ["Bush played 52 games for the Saints before the trade, the team said on Monday.",  # tallies of play:
     "Bush was hurt two games into the season, the team said on Monday."],  # a career, a season, one game
    ["The economy added 943,000 jobs and 16.7 million jobs since the low point, the department said on Friday.",
     "The economy gained 88,000 jobs, the department said on Friday."],  # two counts of jobs
    ["Commandos also found three other rifles aboard the skiff on Monday, the navy said.",  # "other":
     "The navy seized nine rifles from the pirates' ship on Monday."],  # besides those told of before
    ["More than 100 potential jurors walked into the courthouse on Monday, the clerk said.",  # "one"
     "One juror told the judge on Monday that she knew the victim, the clerk said."],  # singles one out
])
def test_figures_that_are_not_each_reports_count_of_a_thing_do_not_conflict(tmp_path, texts):
    assert _conflicts(_report(tmp_path, texts)) == []


def test_relatives_sharing_a_surname_are_different_people(tmp_path):
    report = _report(tmp_path, [
        "Police charged Frederick Davis, 65, after his granddaughter, 5-year-old Mariah Davis, was shot.",
        "Mariah Davis, 5, found the gun under a pillow, police said of the shooting.",
    ])
    assert _conflicts(report) == []


def test_groups_about_the_same_figure_merge(tmp_path):
    report = _report(tmp_path, [
        "Police say the 9-month-old daughter was shot in the family apartment on Saturday.",
        "A 9-month-old baby was shot in the family apartment on Saturday, police said.",
        "The parents of a 9-month-old girl were charged after she was shot on Saturday.",
        "The 9-month-old baby is recovering after being shot on Saturday.",
    ])
    ages = [c for c in _comparisons_with(report, "9-month-old daughter") if c.status != "single"]
    assert len(ages) == 1 and len(ages[0].sources) == 4  # (each age quoted with whose it is)


def test_a_times_qualifier_and_part_of_day_are_kept(tmp_path):
    report = _report(tmp_path, ["Detectives say just before 2 p.m. the girl found the gun. "
                                "Neighbours heard shots last night around 10:30, police said."])
    times = {f.quote: f.value for f in report.events[0].facts if f.kind == "time"}
    assert times["just before 2 p.m."]["qualifier"] == "before"
    assert (times["just before 2 p.m."]["start"], times["just before 2 p.m."]["end"]) == (810, 840)
    (night,) = [v for q, v in times.items() if "10:30" in q]
    assert night["start"] <= 22 * 60 + 30 <= night["end"]


def test_midnight_is_a_clock_time_compared_around_the_clock():
    from triangulate.facts import times
    near, after, before_eleven = (times.resolve(t) for t in ("near midnight", "just after midnight", "11 p.m."))
    assert (near["start"], near["end"], near["qualifier"]) == (1425, 1455, "about")
    assert (after["start"], after["end"]) == (0, 30)
    assert not times.apart(near, after)  # 12:00-12:15 a.m. lies in both
    assert times.apart(near, before_eleven)


def test_time_spans_that_only_touch_are_apart_but_a_point_at_the_end_is_within():
    from triangulate.facts import times
    before, around, exact = (times.resolve(t) for t in ("just before 10:30 p.m.", "around 10:45 p.m.", "10:30 p.m."))
    assert times.apart(before, around)  # 10:00-10:30 and 10:30-11:00
    assert not times.apart(before, exact)


@pytest.mark.parametrize("text, start, end", [
    ("between 2 and 3 a.m.", 120, 180),
    ("9 a.m. to 5 p.m.", 540, 1020),
    ("10:30-11 p.m.", 1350, 1380),
    ("11 to 1 p.m.", 660, 780),  # (not 11 p.m.: a span runs forward)
])
def test_two_clock_times_told_as_a_span_are_every_minute_between(text, start, end):
    from triangulate.facts import times
    value = times.resolve(text)
    assert (value["start"], value["end"], value["qualifier"]) == (start, end, "span")


def test_a_span_of_clock_times_is_quoted_whole_and_holds_a_time_within(tmp_path):
    report = _report(tmp_path, ["The shooting in Rochester happened between 2 and 3 a.m. Sunday, police said.",
                                "The shooting in Rochester happened at 2:30 a.m. Sunday, police said."])
    facts = {f.id: f.quote for f in report.events[0].facts if f.kind == "time"}
    assert set(facts.values()) == {"between 2 and 3 a.m.", "2:30 a.m."}
    (times,) = [c for c in report.events[0].comparisons if set(c.facts) == set(facts)]
    assert times.status == "compatible"


def test_a_time_on_the_quarter_hour_may_be_one_rounded():
    from triangulate.crosscheck.judge import judge_time
    from triangulate.facts import times
    half, minutes, quarter, later = (times.resolve(t) for t in ("3:30 a.m.", "3:33 a.m.", "3:45 a.m.", "3:52 a.m."))
    assert judge_time(half, minutes) == "compatible"  # a fire called in at 3:33, reported at 3:30
    assert judge_time(half, quarter) == "conflict"
    assert judge_time(minutes, later) == "conflict"  # neither is round


def test_gallons_of_one_thing_are_no_count_of_gallons_of_another(tmp_path):
    other = _report(tmp_path, ["At its height, 5,000 gallons of water were poured onto the blaze.",
                               "The tank farm nearby holds 100,000 gallons of petroleum products."])
    assert _conflicts(other) == []
    same = _report(tmp_path / "b", ["At its height, 5,000 gallons of water were poured onto the blaze.",
                                    "Firefighters poured 8,000 gallons of water onto the blaze."])
    conflict, quotes = _the_conflict(same)
    assert quotes == {"5,000 gallons", "8,000 gallons"}


def test_the_same_weekday_in_two_undated_reports_agrees(tmp_path):
    event = _report(tmp_path, ["The White House said on Monday that it would delay the tariffs.",
                               "The administration delayed the tariffs on Monday, the White House said."],
                    published=None).events[0]
    facts = {x.id: x for x in event.facts}
    days = [c for c in event.comparisons if facts[c.facts[0]].kind == "date"]
    assert [(c.status, len(c.sources)) for c in days] == [("agree", 2)]
    assert all(facts[i].value["start"] is None for i in days[0].facts)  # (no publication date: unresolved)


def test_each_reports_only_clock_time_is_compared_but_timestamps_and_gmt_are_not(tmp_path):
    report = _report(tmp_path, [  # (GMT: the same moment told again, not a second time)
        "7:00pm UK, Wednesday 05 May 2010. A gunman opened fire at the group standing outside in the "
        "block of Bragg Street at 10:45 p.m. (03:45 GMT), a police report said.",
        "7:12pm BST, Wed May 5, 2010. Several people were standing in front of a home on Bragg Street "
        "just before 10:30 p.m. when someone began firing shots at them.",
    ])
    (conflict,) = [c for c in report.events[0].comparisons if c.status == "conflict"]
    facts = {f.id: f for f in report.events[0].facts}
    assert {facts[i].quote for i in conflict.facts} == {"10:45 p.m.", "just before 10:30 p.m."}
    stamps = [f for f in facts.values() if f.kind == "time" and f.value["stamp"]]
    assert len(stamps) == 2


def test_the_time_of_one_of_several_happenings_is_not_a_reports_only_time(tmp_path):
    report = _report(tmp_path, [
        "A series of earthquakes hit Papua. The first quake, magnitude 7.6, struck at 4:43 a.m. local time.",
        "The quake hit at 7:48 am just off the coast of Papua, the survey said.",
        "The quake struck off the coast of Papua at 7:48 a.m. local time.",
    ])
    assert _conflicts(report) == []


def test_the_time_of_a_telling_or_of_what_is_set_to_come_is_no_time_of_the_happening(tmp_path):
    report = _report(tmp_path, [
        "The quake struck at 2:09 a.m. A sheriff's dispatcher said around 7 a.m. that there were no reports of "
        "damage. Formal sentencing is set for 11 a.m. on Nov. 8.",
        "The earthquake hit the area shortly after 2 a.m., the survey said.",
    ])
    assert _conflicts(report) == []
    times = {f.quote: (f.value["telling"], f.value["planned"]) for f in report.events[0].facts if f.kind == "time"}
    assert times == {"2:09 a.m.": (False, False), "around 7 a.m.": (True, False), "11 a.m.": (False, True),
                     "shortly after 2 a.m.": (False, False)}


def test_a_journeys_start_is_not_the_time_of_the_crash(tmp_path):
    report = _report(tmp_path, [
        "The train had left Milan's Rogoredo station at 5:55 a.m. bound for Piacenza, Trenord said.",
        "Three carriages left the tracks shortly after 6:30 a.m. near Casalpusterlengo, officials said.",
        "The commuter train jumped the tracks at about 6:40 a.m. near Casalpusterlengo.",
    ])
    assert _conflicts(report) == []
    (compared,) = [c for c in report.events[0].comparisons if c.status == "compatible"
                   and {f.kind for f in report.events[0].facts if f.id in c.facts} == {"time"}]
    facts = {f.id: f.quote for f in report.events[0].facts}
    assert {facts[i] for i in compared.facts} == {"shortly after 6:30 a.m.", "about 6:40 a.m."}


def test_a_time_the_sentence_runs_into_is_no_timestamp_even_beside_a_full_date(tmp_path):
    report = _report(tmp_path, ["Officers arrived shortly after midnight on Sunday, 5 November 2023, police said."])
    (time,) = [f for f in report.events[0].facts if f.kind == "time"]
    assert time.quote == "shortly after midnight" and time.value["stamp"] is False


def test_a_victim_reported_critical_then_dead_is_a_conflict_flagged_as_revision(tmp_path):
    f = tmp_path / "a.jsonl"
    rows = [("2016-10-29", "A man is in critical condition after being shot early Saturday, police said."),
            ("2016-11-01", "A man has died after being shot early Saturday on the southeast side.")]
    f.write_text("".join(json.dumps({"title": f"Shooting report {i}", "text": t, "outlet": f"Outlet {i}",
                                     "published": d}) + "\n" for i, (d, t) in enumerate(rows)))
    event = analyze([str(f)], db=str(tmp_path / "t.db"), one_event=True).events[0]
    states = {x.value["state"] for x in event.facts if x.kind == "condition"}
    assert states == {"critical", "dead"}
    (conflict,) = [c for c in event.comparisons if c.status == "conflict"]
    assert conflict.revision



def _conditions_event(tmp_path, rows):
    f = tmp_path / f"c{len(rows[0][1])}.jsonl"
    f.write_text("".join(json.dumps({"title": f"Shooting report {i}", "text": t, "outlet": f"Outlet {i}",
                                     "published": d}) + "\n" for i, (d, t) in enumerate(rows)))
    return analyze([str(f)], db=str(tmp_path / f"c{len(rows[0][1])}.db"), one_event=True).events[0]


def test_all_victims_expected_to_survive_then_one_dead_is_a_revision(tmp_path):
    event = _conditions_event(tmp_path, [
        ("2016-11-03", "All five victims of a Wednesday night shooting are expected to survive, police said."),
        ("2016-11-22", "A man wounded in a shooting earlier this month has died, police said.")])
    (conflict,) = [c for c in event.comparisons if c.status == "conflict"]
    assert conflict.revision
    for rows in ([("2016-11-03", "One man died at the scene. Five others are expected to survive, police said."),
                  ("2016-11-04", "A man wounded in the shooting has died, police said.")],  # (the others lived)
                 [("2016-11-03", "All five victims of the shooting are expected to survive, police said."),
                  ("2016-11-04", "The gunman died of a self-inflicted wound, police said.")]):  # (not a victim)
        assert not [c for c in _conditions_event(tmp_path, rows).comparisons if c.status == "conflict"]

def test_conditions_of_different_people_do_not_conflict(tmp_path):
    report = _report(tmp_path, [
        "A woman was in stable condition after the shooting on Sunday, police said.",
        "A man died at the scene of the shooting on Sunday, police said.",
    ])
    assert not [c for c in report.events[0].comparisons if c.status == "conflict"]


def test_a_clock_time_the_entity_recognizer_missed_is_still_a_time(tmp_path):
    report = _report(tmp_path, ["Deputies said the shooting happened around 8:30am at the house."])
    (time,) = [f for f in report.events[0].facts if f.kind == "time"]
    assert time.quote == "around 8:30am" and (time.value["start"], time.value["end"]) == (495, 525)


def _wound_conflicts(report) -> list[list]:
    """The wound facts of each conflicting wound comparison."""
    facts = {f.id: f for f in report.events[0].facts}
    return [[facts[i] for i in c.facts] for c in report.events[0].comparisons
            if facts[c.facts[0]].kind == "wound" and c.status == "conflict"]


def test_wound_sites_one_report_each_are_compared(tmp_path):
    report = _report(tmp_path, [
        "The father accidentally shot the baby in the hip on Saturday, police said.",
        "Police said the baby was struck in the lower abdomen on Saturday.",
        "The baby, who was shot in the lower abdomen, is in stable condition.",
    ])
    (conflict,) = _wound_conflicts(report)  # hip against lower abdomen
    assert {f.value["part"] for f in conflict} == {"hip", "abdomen"}


def test_the_sides_of_one_body_part_conflict_whatever_else_was_hit(tmp_path):
    report = _report(tmp_path, [
        "The girl was shot in the leg and suffered a bullet wound behind her left ear, police said.",
        "She was hit in the arm and had a bullet wound behind her right ear, officials said.",
        "A second victim was grazed in the shoulder.",
    ])
    (conflict,) = _wound_conflicts(report)
    assert {(f.value["part"], f.value["side"]) for f in conflict} == {("ear", "left"), ("ear", "right")}


def test_rates_forecasts_and_the_whole_of_a_share_are_not_conflicting_figures(tmp_path):
    report = _report(tmp_path, [
        "The unemployment rate fell to 5.4% in July. Economists had expected 5.7%. "
        "The country recorded 279 deaths on Sunday. The Liberals won 157 of 338 seats.",
        "The unemployment rate dropped to 5.4%, the bureau said. The country is averaging more than "
        "1,500 deaths a day. The Liberals took 157 seats.",
    ])
    assert _conflicts(report) == []


def test_a_value_before_a_change_and_a_loose_bound_do_not_conflict(tmp_path):
    report = _report(tmp_path, [
        "The jobless rate dropped to 3.5% in September from 3.7% in August. "
        "More than 500,000 Americans have died of the disease.",
        "The unemployment rate fell to 3.5%, the lowest since 1969. "
        "The country marked 500,000 deaths from the disease on Monday.",
    ])
    facts = _quantities(report)
    (before,) = [f for q, f in facts.items() if q.startswith("3.7")]
    assert before.value["previous"] is True
    assert _conflicts(report) == []


def test_counts_of_different_countries_do_not_conflict(tmp_path):
    report = _report(tmp_path, [
        "A tally showed Saturday that 18,860 people have now died in the U.S. from the virus.",
        "The US toll is narrowly above that of Italy, which is reporting 19,468 deaths from the virus.",
    ])
    assert _conflicts(report) == []


def test_a_listed_count_is_summed_whole(tmp_path):
    report = _report(tmp_path, ["Yerevan said 55 prisoners were held, including six civilians, "
                                "41 soldiers and eight separatist leaders."])
    sums = [f for f in report.events[0].facts if f.kind == "quantity" and f.value["qualifier"] == "sum"]
    assert [f.value["exact"] for f in sums] == [55]
    assert sums[0].quote == "six civilians, 41 soldiers and eight separatist leaders"


def test_the_date_of_an_embedded_post_is_not_the_date_of_the_happening(tmp_path):
    report = _report(tmp_path, [
        "Steven Dolan shot his stepdaughter and killed himself on Sunday, police said.\n"
        "Steven Dolan shot his stepdaughter and killed himself — Ana Ruiz (@AnaNews) November 29, 2005",
        "Steven Dolan shot his stepdaughter and killed himself on Sunday, police said.",
    ])
    dates = {f.quote: f for f in report.events[0].facts if f.kind == "date"}
    assert dates["November 29, 2005"].value["stamp"] is True
    assert dates["Sunday"].value["stamp"] is False
    assert not _conflicts(report)


@pytest.mark.parametrize("texts", [
    # an increment is not the toll; "unaccounted for" are the missing, not the dead
    ["At least 60 are confirmed dead and 80 unaccounted for after the collapse on Sunday.",
     "The toll rose to 60 on Sunday as rescue workers pulled six more bodies from the rubble."],
    # a report that gives several figures for one noun: which of them another report's figure
    # stands for is unknown ("an additional" marks the increments)
    ["The deal means the company will supply 200 million doses by July, and the deal includes the "
     "option to buy an additional 400 million doses.",
     "The company will supply 100 million additional doses; 70 million doses will be supplied by June."],
    # all of a set against some of it
    ["On Sunday the Senate passed all 12 spending bills.", "On Sunday the Senate passed two spending bills."],
    # what is yet to happen, and the end of a span, are not when something happened
    ["The session on Sunday lasted until nearly 2 a.m.", "The session on Sunday is to resume at 1 p.m."],
    # the worst of more is a part of them
    ["The quake on Sunday flattened seven villages.", "On Sunday the four hardest-hit villages were Tonban, "
     "Gavarzin, Khaledin and Gourian."],
    # a loose bound that a precise figure misses by a hair
    ["The index closed down nearly 1,861.81 points on Sunday.", "The index fell 1,861.82 points on Sunday."],
])
def test_figures_that_play_different_roles_do_not_conflict(tmp_path, texts):
    assert not _conflicts(_report(tmp_path, texts))


def test_increments_and_figures_of_a_whole_set_are_marked(tmp_path):
    facts = _quantities(_report(tmp_path, [
        "Rescuers pulled six more bodies from the rubble on Sunday; all 12 victims were found."]))
    assert facts["six more bodies"].value["increment"] is True
    (twelve,) = [f for q, f in facts.items() if q.endswith("12 victims")]
    assert twelve.value["whole_set"] is True and twelve.value["increment"] is False


def test_at_least_is_a_bound_not_a_superlative(tmp_path):
    report = _report(tmp_path, ["The quake on Sunday was followed by three strong aftershocks.",
                                "The quake on Sunday was followed by at least four strong aftershocks."])
    assert _quantities(report)["at least four strong aftershocks"].value["part"] is False
    assert len(_conflicts(report)) == 1


def test_each_reports_only_day_of_the_happening_is_compared(tmp_path):
    conflicting = _report(tmp_path / "a", [
        "Police said the girl was shot by her father in the family apartment on Saturday. "
        "The father was arraigned on Monday.",
        "The 9-month-old was wounded on Sunday by her father, investigators said.",
    ])
    (conflict,) = _conflicts(conflicting)
    assert "2005-11-26" in conflict and "2005-11-27" in conflict  # Saturday and Sunday before the 28th
    followed = _report(tmp_path / "b", ["The man was shot on Saturday and died in hospital on Monday.",
                                        "The man, who was shot on Saturday, was arrested on Sunday."])
    assert not _conflicts(followed)


def test_the_day_police_were_called_out_is_the_day_of_the_happening(tmp_path):
    called = _report(tmp_path / "a", [
        "Police were called to a Pershing Court residence at 12:31 a.m. Wednesday for a report of a male "
        "with a gunshot to the head.",
        "A Uniontown man is thankful to be alive after a shooting at Pershing Court Manor on Thursday."])
    (conflict,) = _conflicts(called)
    assert "2005-11-23" in conflict and "2005-11-24" in conflict
    phoned = _report(tmp_path / "b", ["His sister called him on Wednesday to ask about the party.",
                                      "A man was shot at the party on Thursday, police said."])
    assert not _conflicts(phoned)  # a call, but no one called out
    told = _report(tmp_path / "c", [  # the day of the shooting told besides: that is the report's day
        "Police responded to a call on Saturday. The baby was shot and wounded on Sunday by her father.",
        "The baby was shot by her father in their apartment on Saturday, police said."])
    (conflict,) = _conflicts(told)
    assert "2005-11-26" in conflict and "2005-11-27" in conflict


def test_weapons_are_compared_by_class_and_caliber(tmp_path):
    same = _report(tmp_path / "a", [
        "Police said Rosales shot the girl on Sunday while cleaning an unlicensed Colt .45 handgun.",
        "The girl was hit on Sunday by a bullet from a .45 caliber handgun that had been obtained illegally.",
        "Gun violence in the city is rising, and he faces weapons charges.",
    ])
    weapons = [f for f in same.events[0].facts if f.kind == "weapon"]
    assert {(f.quote, f.value["kind"], f.value["caliber"]) for f in weapons} == {
        ("unlicensed Colt .45 handgun", "handgun", "45"), (".45 caliber handgun", "handgun", "45")}
    (aligned,) = [c for c in same.events[0].comparisons if set(c.facts) == {f.id for f in weapons}]
    assert aligned.status == "agree" and not _conflicts(same)
    different = _report(tmp_path / "b", ["The man opened fire with a handgun at the party on Sunday.",
                                         "The man opened fire with a hunting rifle at the party on Sunday."])
    assert len(_conflicts(different)) == 1


@pytest.mark.parametrize("a, b, verdict", [
    ({"kind": "gun", "caliber": None}, {"kind": "handgun", "caliber": "45"}, "compatible"),
    ({"kind": "long gun", "caliber": None}, {"kind": "shotgun", "caliber": None}, "compatible"),
    ({"kind": "long gun", "caliber": None}, {"kind": "handgun", "caliber": None}, "conflict"),
    ({"kind": "handgun", "caliber": "45"}, {"kind": "handgun", "caliber": "9mm"}, "conflict"),
    ({"kind": "gun", "caliber": None}, {"kind": "knife", "caliber": None}, "conflict"),
    ({"kind": "weapon", "caliber": None}, {"kind": "knife", "caliber": None}, "compatible"),
    ({"kind": "rifle", "caliber": "223"}, {"kind": "rifle", "caliber": "large"}, "conflict"),  # "a high-caliber rifle"
    ({"kind": "rifle", "caliber": "30"}, {"kind": "rifle", "caliber": "large"}, "compatible"),
    ({"kind": "handgun", "caliber": "9mm"}, {"kind": "handgun", "caliber": "large"}, "compatible"),
])
def test_weapon_verdicts(a, b, verdict):
    from triangulate.facts import weapons
    assert weapons.judge(a, b) == verdict == weapons.judge(b, a)


def test_a_caliber_told_as_a_size():
    from triangulate.facts.weapons import caliber
    assert [caliber(p) for p in ("a high-caliber hunting rifle", "a small caliber pistol", "a .223 caliber rifle")] \
        == ["large", "small", "223"]


def test_one_named_and_n_others_count_n_plus_one(tmp_path):
    report = _report(tmp_path, [
        "Fred Duhart died two weeks after he and four others were wounded in a shooting on Sunday.",
        "Five people, including Duhart, were injured in the shooting on Sunday.",
    ])
    facts = _quantities(report)
    assert facts["he and four others"].value["low"] == 5 and facts["he and four others"].value["qualifier"] == "sum"
    assert facts["four others"].value["low"] == 4  # the others alone are still stated
    (agree,) = _comparisons_with(report, "he and four others", "Five people")
    assert agree.status == "agree" and not _conflicts(report)


def test_sums_of_money_with_their_currency(tmp_path):
    report = _report(tmp_path, [
        "On Sunday Greece accepted a 110 billion euro ($141 billion) loan package. Trump signed a nearly "
        "$500 billion bill. The $1 trillion infrastructure bill was delayed. She weighs 135 pounds and ran 5m.",
        "On Sunday Greece accepted a €110bn ($146bn) loan package. Trump signed a $484 billion bill. "
        "The $1.2 trillion infrastructure bill was delayed.",
    ])
    facts = _quantities(report)
    money = {q: (f.value["currency"], f.value["low"], f.value["converted"]) for q, f in facts.items()
             if f.value["unit"] == "money"}
    assert money["$141 billion"] == ("USD", 141e9, True) and money["$146bn"] == ("USD", 146e9, True)
    assert money["€110bn"][:2] == ("EUR", 110e9) and money["110 billion euro"][:2] == ("EUR", 110e9)
    assert facts["nearly $500 billion bill"].value["qualifier"] == "nearly"
    assert facts["$1 trillion infrastructure bill"].value["qualifier"] == "round"
    assert facts["135 pounds"].value["unit"] == "weight (kg)"
    assert facts["5m"].value["unit"] == "distance (m)"  # "m" with no currency and nothing counted: metres
    assert not _conflicts(report)  # a conversion at another rate, a round figure and a bound
    for pair in (("$141 billion", "$146bn"), ("nearly $500 billion bill", "$484 billion bill"),
                 ("$1 trillion infrastructure bill", "$1.2 trillion infrastructure bill")):
        assert [c.status for c in _comparisons_with(report, *pair)] == ["compatible"]
    assert not _comparisons_with(report, "$141 billion", "110 billion euro")  # dollars and euros


def test_wire_copy_spelling_of_euros_and_tokenized_clock_times(tmp_path):
    report, facts = _analysed(tmp_path, [
        "The plan would save euro30 billion ($40 billion) through 2012.",
        "The gunman walked in about 10 a . m . and opened fire, police said.",
    ])
    assert facts["euro30 billion"].value["currency"] == "EUR"
    assert facts["$40 billion"].value["converted"] is True  # the dollars convert the euros
    times = [f for f in report.events[0].facts if f.kind == "time"]
    assert [(t.quote, t.value["start"], t.value["end"]) for t in times] == [("about 10 a . m", 585, 615)]
    assert not any(q.startswith("about 10") for q in facts)  # a clock time, not a count


def test_ages_without_old_deaths_found_by_others_and_everyday_places(tmp_path):
    report, facts = _analysed(tmp_path, [
        "The gunman wounded a 16-year girl in a Kalamazoo alley. Police are investigating the deaths "
        "of four individuals.",
        "Officers found the man deceased in the driveway. He had served a 10-year sentence. A woman, 29, "
        "was shot in both legs. The shooter, a 15-year employee, had been a 30-year resident of the town.",
    ])
    assert facts["16-year girl"].value["unit"] == "age (years)"  # "a 16-year girl" (quoted with whose age)
    assert facts["10-year"].value["unit"] == "duration (days)"  # not before a person
    assert facts["15-year"].value["unit"] == facts["30-year"].value["unit"] == "duration (days)"  # how long
    assert (facts["woman, 29"].value["unit"], facts["woman, 29"].about) == ("age (years)", "age of woman")
    assert facts["four individuals"].value["measure"] == "deaths"
    (dead,) = [f for f in report.events[0].facts if f.kind == "condition"]
    assert (dead.quote, dead.about) == ("found the man deceased", "condition of man")  # not the officers'
    places = {f.quote for f in report.events[0].facts if f.kind == "place"}
    assert {"in a Kalamazoo alley", "in the driveway"} <= places


def test_the_day_of_a_time_is_a_date_that_corroborates_and_never_contradicts(tmp_path):
    report = _report(tmp_path, [
        "Two teenagers were found shot in an alley late Monday night, police said.",
        "The teens were shot on Sept. 5 while playing with a gun. Early Tuesday morning police made an arrest.",
    ])  # published Monday 2005-11-28
    days = {f.quote: f.value for f in report.events[0].facts if f.kind == "date"}
    assert (days["Monday"]["start"], days["Monday"]["end"], days["Monday"]["precision"]) == \
        ("2005-11-28", "2005-11-29", "night")  # the night runs into Tuesday
    assert days["Monday"]["in_time"] is True and days["Tuesday"]["in_time"] is True
    assert _conflicts(report) == []  # "Sept. 5" and Tuesday's arrest tell other moments


def test_a_date_knows_the_happening_a_noun_names_whatever_the_parse(tmp_path):
    report = _report(tmp_path, [
        "Leaders were arrested in the wake of the military operation in September. The rapid "
        "September offensive ended it. He was shot in the hand on Nov. 2 and held Sunday morning.",
    ])
    dated = [(f.quote, f.value.get("of")) for f in report.events[0].facts if f.kind == "date"]
    assert dated == [("September", "military operation"), ("September", "rapid offensive"),  # (the
                     ("Nov. 2", None), ("Sunday", None)]  # first hangs on "arrested"); a body part and a
    # time of day are not happenings



def test_the_happening_is_named_past_people_places_and_light_verbs(tmp_path):
    report = _report(tmp_path, [
        "They held a rare swap of prisoners of war on Wednesday. The exchange took place on Wednesday. "
        "The shooting of a man on Monday shocked residents. Police found the body of the victim on Monday.",
    ])
    dated = [(f.quote, f.value.get("of")) for f in report.events[0].facts if f.kind == "date"]
    assert dated == [("Wednesday", "rare swap"), ("Wednesday", "exchange"), ("Monday", "shooting"),
                     ("Monday", None)]  # not "war" nor "place"; a body is no happening

def test_counts_that_open_a_sentence_and_what_shooting_counts(tmp_path):
    _, facts = _analysed(tmp_path, [
        "The country recorded 279 deaths on Sunday. About 207 million people have had a first dose. "
        "About 1,400 Americans have died on average each day in May.",
        "A gunman shot 14 people on Sunday, killing five police officers. Two men were later shot dead in the city.",
    ])
    assert facts["About 207 million people"].value["unit"] == "count"  # after "Sunday. "
    assert facts["About 1,400 Americans"].value["unit"] == "rate"
    assert facts["14 people"].value["measure"] == "shot"  # the dead and the wounded together
    assert facts["five police officers"].value["measure"] == "deaths"
    assert facts["Two men"].value["measure"] == "deaths"  # "shot dead"


def test_place_phrases_stop_where_the_place_does(tmp_path):
    report = _report(tmp_path, [
        "The man was shot outside their home on Sutter Avenue on Sunday. It was the deadliest day in U.S. "
        "history, said the mayor, who has been in office since 2019. He spoke in an Ohio debate on Tuesday. "
        "Troops were sent to the border in the United States. Talks were held in Spain and the US."])
    places = {f.quote: f.value for f in report.events[0].facts if f.kind == "place"}
    assert "outside their home on Sutter Avenue" in places
    assert not any("history" in q or "office" in q or "debate" in q for q in places)
    assert places["in the United States"]["named"] == ["state", "united"]  # no "the"
    assert "in Spain and the US" in places


def test_who_died_is_the_person_the_relative_clause_hangs_on(tmp_path):
    report = _report(tmp_path, [
        "A woman who was shot in both legs on Sunday was in stable condition.",
        "Police arrested two men in the killing of a 38-year-old man who died on Sunday.",
    ])
    conditions = {f.value["state"]: f for f in report.events[0].facts if f.kind == "condition"}
    assert conditions["dead"].keys[-1] == "man"
    assert not _conflicts(report)  # a woman stable, a man dead: two people


def test_spelled_out_hyphenated_ages_are_ages_that_can_conflict(tmp_path):
    report, facts = _analysed(tmp_path, ["Police said two-year-old Ava Reyes was shot on Monday.",
                                         "Ava Reyes, 3, was shot on Monday, police said."])
    assert facts["two-year-old Ava Reyes"].value["unit"] == "age (years)"
    assert facts["two-year-old Ava Reyes"].value["exact"] == 2
    assert _conflicts(report) == ["sources disagree: Outlet 0: 2; Outlet 1: 3."]


def test_a_short_utterance_is_a_quotation_with_its_speaker_and_a_scare_quoted_term_is_not(tmp_path):
    report = _report(tmp_path, ["Officials met on Monday. “We will rebuild,” Mayor Jane Ortiz told reporters. "
                                "The gunmen fired from a “concealed position,” police said."])
    quote = _only_quotation(report)
    assert (quote.quote, quote.speaker, quote.value["cue"]) == ("We will rebuild,", "Jane Ortiz", "tell")


def test_a_quote_that_follows_an_attributed_one_in_its_paragraph_is_the_same_speakers(tmp_path):
    report = _report(tmp_path, ["“She was a sweet, loving little girl,” Catherine Dougherty, a godmother, told "
                                "KYW. “She was full of life, always willing to help.”\n\n“We want answers,” "
                                "neighbours shouted.\n\n“Nobody should die like this, not in this city.”"])
    speakers = {f.value["text"][:10]: f.speaker for f in report.events[0].facts if f.kind == "quotation"}
    assert speakers["She was a "] == speakers["She was fu"] == "Catherine Dougherty"
    assert speakers["Nobody sho"] is None  # another paragraph: no speaker is guessed


def test_british_per_cent_is_a_percentage(tmp_path):
    _, facts = _analysed(tmp_path, ["Around 40pc of households were affected, the council said."])
    (share,) = facts.values()
    assert share.value["unit"] == "percent" and (share.value["low"], share.value["high"]) == (36, 44)


def test_no_one_arrested_then_two_arrested_is_a_revision_and_no_one_else_is_an_increment(tmp_path):
    f = tmp_path / "a.jsonl"
    rows = [("2016-11-03", "A man was shot near 22nd Street on Sunday night. Nobody has been arrested, police said. "
                           "No one else was hurt, and there were no immediate reports of other injuries."),
            ("2016-11-08", "Two suspects were arrested Monday in the shooting of a man near 22nd Street. "
                           "Police said three people were hurt. No one was seriously injured.")]
    f.write_text("".join(json.dumps({"title": f"Shooting report {i}", "text": t, "outlet": f"Outlet {i}",
                                     "published": d}) + "\n" for i, (d, t) in enumerate(rows)))
    event = analyze([str(f)], db=str(tmp_path / "t.db"), one_event=True).events[0]
    zeros = {x.quote: x.value for x in event.facts if x.kind == "quantity" and x.value["exact"] == 0}
    assert zeros["Nobody has been arrested"]["measure"] == "arrested"
    assert zeros["No one else was hurt"]["increment"] and zeros["No one else was hurt"]["measure"] == "injured"
    assert zeros["no immediate reports of other injuries"]["increment"]
    assert "No one was seriously injured" not in zeros  # of the seriously hurt only
    facts = {x.id: x for x in event.facts}
    conflicts = {facts[c.facts[0]].kind: c for c in event.comparisons if c.status == "conflict"}
    assert sorted(conflicts) == ["custody", "quantity"]  # none arrested, then two; at large, then held
    assert sorted(facts[i].quote for i in conflicts["quantity"].facts) == ["Nobody has been arrested", "Two suspects"]
    assert sorted(facts[i].value["status"] for i in conflicts["custody"].facts) == ["at large", "in custody"]
    assert conflicts["quantity"].revision and conflicts["custody"].revision


def test_people_named_by_several_reports_are_matched_and_their_spellings_compared(tmp_path):
    f = tmp_path / "a.jsonl"
    rows = ["Police believe William Zweck shot 18-year-old Kodi Pruner on Friday. His grandfather Frederick "
            "Davis said the family was shaken. Yerevan said nothing.",
            "An 18-year-old male, Kodi Prunner, is in critical condition. Officers arrested William Zweck, 49. "
            "Mariah Davis, a cousin, spoke to reporters."]
    f.write_text("".join(json.dumps({"title": f"Shooting report {i}", "text": t, "outlet": f"Outlet {i}",
                                     "published": "2016-10-29"}) + "\n" for i, t in enumerate(rows)))
    report = analyze([str(f)], db=str(tmp_path / "t.db"), one_event=True)
    event = report.events[0]
    facts = {x.id: x for x in event.facts}
    named = {x.quote for x in event.facts if x.kind == "person"}
    assert {"Kodi Pruner", "Kodi Prunner", "William Zweck", "Frederick Davis", "Mariah Davis"} <= named
    assert "Yerevan" not in named and not any("Shooting" in n for n in named)
    groups = {c.status: sorted(facts[i].quote for i in c.facts) for c in event.comparisons
              if facts[c.facts[0]].kind == "person" and c.status != "single"}
    assert groups == {"compatible": ["Kodi Pruner", "Kodi Prunner"], "agree": ["William Zweck", "William Zweck"]}
    from triangulate.report import to_markdown
    table = to_markdown(report).split("### Across sources")[1].split("### What each source alone adds")[0]
    assert "Kodi Prunner" in table and "William Zweck”" not in table  # a name spelt alike is no news


def test_durations_compare_in_days_and_relative_dates_are_not_durations(tmp_path):
    report, facts = _analysed(tmp_path, [
        "Unions staged a 24-hour strike on Thursday. Three days later, talks resumed after 18 months.",
        "Workers held a one-day strike on Thursday. Two weeks ago the talks had stalled for a year and a half."])
    assert facts["24-hour"].value["unit"] == "duration (days)" and facts["24-hour"].value["exact"] == 1
    assert facts["18 months"].value["exact"] == 547.875
    assert not any(q.startswith(("Three days", "Two weeks")) for q in facts)  # dates told from another
    quantities = {f.id for f in facts.values()}
    groups = [(c.status, c.explanation) for c in report.events[0].comparisons
              if c.status != "single" and c.facts[0] in quantities and "24-hour" in c.explanation]
    assert groups == [("agree", "2 sources state the same value (Outlet 0: 24-hour; Outlet 1: one-day)")]


def test_durations_in_seconds_and_minutes_keep_their_size(tmp_path):
    report, facts = _analysed(tmp_path, [
        "The quake was felt strongly in Banda Aceh for around 15 seconds, officials said.",
        "The quake was felt strongly in Banda Aceh for around one minute, a journalist said."])
    seconds, minute = facts["around 15 seconds"].value, facts["around one minute"].value
    assert 0 < seconds["low"] < seconds["high"] < minute["low"]  # (in days: not rounded to zero)
    conflict, quotes = _the_conflict(report)
    assert quotes == {"around 15 seconds", "around one minute"}


def test_charges_are_compared_by_offence_and_degree(tmp_path):
    from triangulate.facts.charges import judge, offence

    assert offence("3rd degree  Murder") == "third-degree murder" == offence("third - degree murder")
    assert judge(["first-degree murder"], ["second-degree murder"]) == "conflict"
    assert judge(["homicide", "reckless endangerment"], ["homicide"]) == "compatible"
    assert judge(["murder"], ["manslaughter"]) == "conflict"  # one killing charged as two kinds
    assert judge(["attempted murder"], ["manslaughter"]) == judge(["homicide"], ["murder"]) == "compatible"
    f = tmp_path / "a.jsonl"
    rows = ["Police charged Kenneth Murphy of Allentown with homicide. He was charged with leading the team last year.",
            "Kenneth Murphy faces several charges including criminal homicide and reckless endangerment.",
            "Murphy was arraigned Monday on first-degree murder charges.",
            "Kenneth Murphy is charged with second-degree murder."]
    f.write_text("".join(json.dumps({"title": f"Court report {i}", "text": t, "outlet": f"Outlet {i}",
                                     "published": "2016-10-29"}) + "\n" for i, t in enumerate(rows)))
    event = analyze([str(f)], db=str(tmp_path / "t.db"), one_event=True).events[0]
    charged = {x.quote: x.value["offences"] for x in event.facts if x.kind == "charge"}
    assert charged == {"homicide": ["homicide"],
                       "criminal homicide and reckless endangerment": ["criminal homicide", "reckless endangerment"],
                       "first-degree murder": ["first-degree murder"], "second-degree murder": ["second-degree murder"]}
    (conflict,) = [c for c in event.comparisons if c.status == "conflict"]
    quotes = {x.id: x.quote for x in event.facts}
    assert [sorted(quotes[i] for i in pair) for pair in conflict.disagreements] == [
        ["first-degree murder", "second-degree murder"]]  # the other charges are parts of one charge sheet


def test_where_a_person_died_is_compared(tmp_path):
    from triangulate.facts.conditions import judge

    assert judge("dead", "dead", "scene", None) == "compatible"  # one report does not say where
    f = tmp_path / "a.jsonl"
    rows = ["Madeline Kafoury died at the scene, police said. Jim Ray was found dead in his car.",
            "Madeline Kafoury died on the way to the hospital. Jim Ray died Tuesday."]
    f.write_text("".join(json.dumps({"title": f"Shooting report {i}", "text": t, "outlet": f"Outlet {i}",
                                     "published": "2016-10-29"}) + "\n" for i, t in enumerate(rows)))
    event = analyze([str(f)], db=str(tmp_path / "t.db"), one_event=True).events[0]
    where = {(x.quote, x.value["where"]) for x in event.facts if x.kind == "condition"}
    assert where == {("died at the scene", "scene"), ("found dead", "scene"),
                     ("died on the way to the hospital", "en route"), ("died", None)}  # the quote tells where
    kinds = {x.id: x.kind for x in event.facts}
    statuses = sorted(c.status for c in event.comparisons if c.status != "single" and kinds[c.facts[0]] == "condition")
    assert statuses == ["compatible", "conflict"]  # Ray: dead, and dead where found; Kafoury: two places
    (differ,) = [s.text for s in event.summary if s.text.startswith("Reports differ")]
    assert "Outlet 0: “died at the scene”" in differ and "Outlet 1: “died on the way to the hospital”" in differ


def test_the_manner_of_a_shooting_is_compared(tmp_path):
    from triangulate.facts.manner import judge

    assert judge("murder-suicide", "suicide") == "compatible" and judge("accident", "suicide") == "conflict"
    report, _ = _analysed(tmp_path, ["Police believe the shooting was accidental. A suicide prevention group spoke.",
                                     "The gun accidentally went off, his mother said.",
                                     "Relatives insist it was not an accident."])
    facts = {x.id: x for x in report.events[0].facts}
    manners = sorted((x.quote, x.value["manner"]) for x in facts.values() if x.kind == "manner")
    assert manners == [("accidental", "accident"), ("accidentally", "accident"), ("not an accident", "intentional")]
    (conflict,) = [c for c in report.events[0].comparisons if c.status == "conflict"]
    assert {facts[i].value["manner"] for i in conflict.facts} == {"accident", "intentional"}


def test_a_manner_told_as_likely_is_compatible_with_it_told_as_certain(tmp_path):
    report, _ = _analysed(tmp_path, ["Police said he shot his wife and then himself in an apparent murder-suicide.",
                                     "He shot his wife and then himself in a murder-suicide, police said."])
    facts = {x.id: x for x in report.events[0].facts}
    assert sorted((x.quote, x.value["hedged"]) for x in facts.values() if x.kind == "manner") == [
        ("apparent murder-suicide", True), ("murder-suicide", False)]
    assert [c.status for c in report.events[0].comparisons if c.about.startswith("manner")] == ["compatible"]


def test_manners_that_can_all_be_true_are_one_account_that_another_can_contradict(tmp_path):
    report, _ = _analysed(tmp_path, ["He died of an apparent self-inflicted gunshot wound. The shooting may have "
                                     "been a suicide, police said.",
                                     "The coroner said the fatal shooting was ruled an accident."])
    facts = {x.id: x for x in report.events[0].facts}
    assert sorted((x.quote, x.value["manner"], x.value["hedged"]) for x in facts.values() if x.kind == "manner") == [
        ("accident", "accident", False), ("apparent self-inflicted", "self-inflicted", True),
        ("may have been a suicide", "suicide", True)]
    conflict, _ = _the_conflict(report)
    assert [sorted(facts[i].quote for i in pair) for pair in conflict.disagreements] == [
        ["accident", "may have been a suicide"]]  # a self-inflicted wound may be an accident


def test_the_state_of_the_person_a_noun_names_is_compared_beside_others(tmp_path):
    report, _ = _analysed(tmp_path, ["A woman was shot at a gun range on Monday. Deputies say the woman is in "
                                     "serious condition.",
                                     "A 24-year-old woman died after being shot at a gun range. Separately, a "
                                     "sheriff was found dead at his home."])
    conflict, quotes = _the_conflict(report)
    assert quotes == {"in serious condition", "died"}  # the sheriff's death is another person's


def test_each_reports_only_side_of_a_building_a_shooting_was_on_is_compared(tmp_path):
    report, _ = _analysed(tmp_path, ["Police said the shooting happened outside a lounge called The Underground. "
                                     "Two victims were taken to the hospital.",
                                     "A gunman opened fire inside a crowded nightclub early Sunday. Mourners later "
                                     "gathered outside the hospital.",
                                     "The shooting happened at the Underground nightclub on Junction Avenue."])
    facts = {x.id: x for x in report.events[0].facts}
    sides = sorted((x.quote, x.value["position"]) for x in facts.values() if x.kind == "place" and x.value["position"])
    assert sides == [("inside a crowded nightclub", "inside"), ("outside a lounge", "outside"),
                     ("outside the hospital", "outside")]
    conflict, quotes = _the_conflict(report)
    assert quotes == {"outside a lounge", "inside a crowded nightclub"}  # (the mourners were not shot at)


def test_custody_is_in_custody_or_at_large_whatever_the_words(tmp_path):
    report, _ = _analysed(tmp_path, ["Zweck was arrested on preliminary charges. Police hope to question the "
                                     "driver before he is arrested.",
                                     "Officers said Zweck is now in custody.", "Zweck turned himself in Thursday."])
    facts = {x.id: x for x in report.events[0].facts}
    held = sorted((x.quote, x.value["status"]) for x in facts.values() if x.kind == "custody")
    assert held == [("arrested", "in custody"), ("in custody", "in custody"), ("turned himself in", "in custody")]
    groups = [c for c in report.events[0].comparisons if facts[c.facts[0]].kind == "custody"]
    assert [(c.status, len(c.sources)) for c in groups] == [("agree", 3)]


def test_an_arrest_of_an_earlier_happening_is_background(tmp_path):
    f = tmp_path / "a.jsonl"
    rows = [("2016-11-03", "The gunman is still on the loose, police said on Wednesday."),
            ("2016-11-03", "In 2012, the man was arrested for a robbery.")]
    f.write_text("".join(json.dumps({"title": f"Report {i}", "text": t, "outlet": f"Outlet {i}", "published": d})
                         + "\n" for i, (d, t) in enumerate(rows)))
    event = analyze([str(f)], db=str(tmp_path / "t.db"), one_event=True).events[0]
    held = {x.quote: x.value for x in event.facts if x.kind == "custody"}
    assert held["arrested"]["background"] and not held["on the loose"]["background"]
    assert not [c for c in event.comparisons if c.status == "conflict"]


def test_a_compatible_group_lists_the_pairs_that_state_the_same_value(tmp_path):
    report = _report(tmp_path, [
        "The earthquake killed 10 people on Sunday, officials said.",
        "Officials said the earthquake killed at least 10 people on Sunday.",
        "The earthquake on Sunday killed 10 people, state television said.",
    ])
    (deaths,) = [c for c in report.events[0].comparisons if set(c.facts) & _ids(report, "10 people")]
    facts = {f.id: f.quote for f in report.events[0].facts}
    assert deaths.status == "compatible"
    assert [sorted(facts[i] for i in pair) for pair in deaths.agreements] == [["10 people", "10 people"]]


def _ids(report, quote: str) -> set[str]:
    return {f.id for f in report.events[0].facts if f.quote == quote}


def test_a_persons_statistics_line_is_not_compared_for_conflicts(tmp_path):
    report, facts = _analysed(tmp_path, [
        "He had 53 catches for 605 yards and five touchdowns this season. The quake damaged eight bridges, "
        "40 schools and 1,600 houses.",
        "He wound up with eight catches for 101 yards and two touchdowns on Sunday. The quake damaged seven "
        "bridges, 40 schools and 1,600 houses.",
    ])
    assert facts["53 catches"].value["statistics"] and facts["eight catches"].value["statistics"]
    assert not facts["eight bridges"].value.get("statistics")  # what a quake damaged: no one's tally
    conflicts = _conflicts(report)
    assert not any("53" in c for c in conflicts)  # the season's catches against one game's
    assert any("eight bridges" in c or "8" in c for c in conflicts)  # eight bridges against seven


def test_an_obituarys_survived_by_is_not_a_survivor(tmp_path):
    report = _report(tmp_path, ["Mark Felt died on Thursday at his home in Santa Rosa, his family said.",
                                "Felt is survived by two children, Joan Felt and Mark Felt Jr., the family said."])
    assert [f.quote for f in report.events[0].facts if f.kind == "condition"] == ["died"]
    assert _conflicts(report) == []
    survivor = _report(tmp_path / "b", ["Felt survived the crash on Thursday, his family said."])
    assert [f.value["state"] for f in survivor.events[0].facts if f.kind == "condition"] == ["alive"]


def test_a_clock_time_split_by_the_model_keeps_its_hour(tmp_path):
    report = _report(tmp_path, ["The suspect gave himself up to police just after 6 : 00 p.m. , '' the chief said ."])
    (time,) = [f for f in report.events[0].facts if f.kind == "time"]
    assert time.quote == "just after 6 : 00 p.m." and (time.value["start"], time.value["end"]) == (1080, 1110)


def test_a_time_in_gmt_does_not_contradict_local_time(tmp_path):
    report = _report(tmp_path, ["Page died at 18:41 on Thursday ( 02:41 GMT ) in a Los Angeles hospital.",
                                "Page died at 6:41pm on Thursday in a Los Angeles hospital, her agent said."])
    universal = {f.quote: f.value["universal"] for f in report.events[0].facts if f.kind == "time"}
    assert universal["02:41"] and not universal["6:41pm"]
    assert _conflicts(report) == []


def test_wire_copys_four_digit_clock_times_are_times_and_agree_with_the_same_time_told_otherwise(tmp_path):
    report = _report(tmp_path, [
        "The quake, which struck at 1353 (1023 GMT), was felt in Oman. The ferry left at 2130 hours.",
        "It hit at 1:53 p.m. local time, the agency said. He has done 1000 hours of community service."])
    times = {f.quote: (f.value["start"], f.value["universal"]) for f in report.events[0].facts if f.kind == "time"}
    assert times == {"1353": (833, False), "1023": (623, True), "2130 hours": (1290, False), "1:53 p.m.": (833, False)}
    assert not [q for q, v in _quantities(report).items() if "2130" in q]  # no duration of 88 days
    assert any(c.status == "agree" and len(c.facts) == 2 and {f.quote for f in report.events[0].facts
               if f.id in c.facts} == {"1353", "1:53 p.m."} for c in report.events[0].comparisons)


@pytest.mark.parametrize("texts, ages", [
    (["Gray's older sister, Mahnefah Gray, 19, told reporters that the officers lied on Sunday.",  # a nickname
      "The protest grew out of a vigil for Kimani (Kiki) Gray, 16, killed by police bullets on Saturday."],
     {"Mahnefah Gray, 19": "age of Mahnefah Gray", "Kimani (Kiki) Gray, 16": "age of Kimani Gray"}),
    (["Deputy Jerry Ortiz was shot dead on Friday. Ortiz, 35, was alone at about 3 p.m. Friday, police said.",
      "\"I'm relieved,\" said 17-year-old Jeremy Ortiz, one of the deputy's relatives, on Friday."],  # a surname
     # (alone, "Ortiz" is the full name given before)
     {"Ortiz, 35": "age of Jerry Ortiz", "17-year-old Jeremy Ortiz": "age of Jeremy Ortiz"}),
])
def test_whose_age_keeps_people_of_one_surname_apart(tmp_path, texts, ages):
    report = _report(tmp_path, texts)
    assert {f.quote: f.about for f in report.events[0].facts
            if f.kind == "quantity" and f.value["unit"].startswith("age")} == ages
    assert _conflicts(report) == []


def test_the_condition_of_several_people_is_no_single_persons(tmp_path):
    report = _report(tmp_path, ["Two workers were killed and a third was wounded at the plant on Thursday, police said.",
                                "He was later listed in stable condition at Jefferson hospital, police said on Thursday."])
    assert _conflicts(report) == []
    groups = {f.quote: f.value["group"] for f in report.events[0].facts if f.kind == "condition"}
    assert groups == {"killed": True, "in stable condition": False}


def test_a_wound_is_where_someone_was_hurt_not_an_idiom(tmp_path):
    report = _report(tmp_path, [
        "Police said Escalante was shot in the back of the head outside the jail on Sunday.",
        "Escalante was shot in his head from behind on Sunday; his widow swallowed the lump in her throat.",
        "Wayne, who was hit in the back of the end zone for the winning score, rose to his feet on Sunday.",
    ])
    wounds = sorted((f.quote, f.value["part"]) for f in report.events[0].facts if f.kind == "wound")
    assert wounds == [("in his head", "head"), ("in the back of the head", "head")]
    assert _conflicts(report) == []



def test_one_speaker_spelt_two_ways_is_no_conflict_but_two_people_are(tmp_path):
    same = _report(tmp_path, ["President Carolos Papoulias said the country had \"reached the edge of the abyss\".",
                              "\"Our country is on the edge of the abyss,\" President Karolos Papoulias said."])
    assert _conflicts(same) == []
    two = _report(tmp_path / "b", ["\"She was full of life,\" Catherine Dougherty told KYW on Sunday.",
                                   "\"She was full of life,\" said Crystal Dougherty, a family friend, on Sunday."])
    assert any("Dougherty" in c for c in _conflicts(two))


@pytest.mark.parametrize("one, other, verdict", [
    ("Catherine Dougherty", "Crystal Dougherty", "conflict"),
    ("The agency", "the announcement", "compatible"),  # they share only their article
    ("the Korean Central News Agency", "The agency", "agree"),  # (one name given in full and short)
    ("Ahmad Karimi", "Ali Rahimi", "conflict"),  # one sentence in two named people's mouths
    ("Ahmad Karimi", "officials", "compatible"),  # (a name and no name: the name may be one of them)
])
def test_one_quote_said_by_two_speakers(one, other, verdict):
    from triangulate.crosscheck.judge import judge_quotation
    from triangulate.model import Fact

    text = "The North will shut down its nuclear test site within weeks."
    a, b = (Fact(id=f"f{i}", article=f"a{i}", kind="quotation", about="", quote=text, start=0, end=len(text),
                 value={"text": text, "cue": "said"}, speaker=speaker) for i, speaker in enumerate((one, other)))
    assert judge_quotation(a, b) == verdict


def test_a_place_ends_before_the_line_break_that_follows_it(tmp_path):
    report = _report(tmp_path, ["Earthquake on Iranian Island of Qeshm\n\nThe quake killed ten people."])
    (place,) = [f for f in report.events[0].facts if f.kind == "place"]
    assert (place.quote, place.value["name"]) == ("on Iranian Island of Qeshm", "Iranian Island of Qeshm")


def test_weapon_words_in_idioms_and_arsenals_are_no_weapons(tmp_path):
    report = _report(tmp_path, ["The memos hold no smoking gun, and critics say he jumped the gun. They stuck to "
                                "their guns. Patience is her secret weapon. Police found a loaded gun in the car. "
                                "Iran denies seeking nuclear weapons, and the North must give up its weapons of mass "
                                "destruction."])
    assert [f.quote for f in report.events[0].facts if f.kind == "weapon"] == ["loaded gun"]  # (an arsenal of
    # the news is no weapon someone used either)


def test_a_quotation_is_trimmed_and_read_in_its_sentence_once(tmp_path):
    from triangulate.report import to_markdown
    report = _report(tmp_path, ['The lawyer denied it on Friday. " NO proof or evidence , " he wrote in an email to '
                                'Reuters.'])
    quote = _only_quotation(report)
    assert quote.quote == "NO proof or evidence ,"  # without the spaces of tokenized text
    alone = to_markdown(report).split("### What each source alone adds")[1]
    assert "statement: “" in alone and "NO proof" in alone and "quotation:" not in alone  # once, in its sentence


def test_a_sentence_gives_the_quote_mark_that_opens_the_next_one_to_it(tmp_path):
    report = _report(tmp_path, ['The party sued the campaign on Friday. " Russia launched an all - out assault on our '
                                'democracy , " said Tom Perez . He said "We won the whole thing today." Then it rained '
                                'on the parade all day long.'])
    said = [f.quote for f in report.events[0].facts if f.kind == "statement"]
    assert said == ["The party sued the campaign on Friday.",
                    '" Russia launched an all - out assault on our democracy , " said Tom Perez .',
                    'He said "We won the whole thing today."', "Then it rained on the parade all day long."]


def test_a_places_doing_is_no_place(tmp_path):
    report = _report(tmp_path, ["The inquiry into Russia's alleged meddling went on. The quake struck in Iran's "
                                "Kerman province on Sunday. Flynn admitted lying to investigators in the Russia "
                                "inquiry."])
    assert [f.quote for f in report.events[0].facts if f.kind == "place"] == ["in Iran's Kerman province"]


def test_a_street_abbreviated_is_the_same_street(tmp_path):
    report = _report(tmp_path, ["A man was shot in the yard of a home at 2111 Bragg St. on Wednesday night.",
                                "Police found the victims in the 2100 block of Bragg Street late Wednesday."])
    event = report.events[0]
    places = {f.id: f for f in event.facts if f.kind == "place"}
    assert {f.value["name"]: f.value["keys"] for f in places.values()}["2111 Bragg St."] == ["2111", "bragg", "street"]
    linked = [c for c in event.comparisons if c.status != "single" and set(c.facts) <= set(places)]
    assert any({places[i].quote for i in c.facts} >= {"in the yard of a home at 2111 Bragg St.",
                                                       "in the 2100 block of Bragg Street"} for c in linked)


def test_an_address_is_a_place_its_house_number_no_count_and_a_street_or_hotel_no_person(tmp_path):
    report, quantities = _analysed(tmp_path, [
        "Police found the handgun at the crime scene, 240 Woodland Street, on Monday. The shooting happened at "
        "2500 N. Hollywood Way in Burbank, at the Marriott Hotel, where 300 police officers came."])
    assert list(quantities) == ["300 police officers"]
    assert not [f.value["name"] for f in report.events[0].facts if f.kind == "person"]
    places = {f.quote for f in report.events[0].facts if f.kind == "place"}
    assert {"240 Woodland Street", "2500 N. Hollywood Way"} <= places


def test_an_address_wherever_the_sentence_puts_it_is_the_same_place(tmp_path):
    report = _report(tmp_path, ["Police responded to a drive by shooting at 30 Porter Street on Saturday.",
                                "The teen was found with multiple gunshot wounds at 30 Porter St. on Saturday."])
    facts = {f.id: f for f in report.events[0].facts}
    assert any({facts[i].quote for i in c.facts} == {"at 30 Porter Street", "30 Porter St."}
               for c in report.events[0].comparisons if c.status in ("agree", "compatible"))


def test_where_someone_was_taken_is_a_place_and_where_they_went_is_not(tmp_path):
    report = _report(tmp_path, ["The boy was taken to Primary Children's Hospital on Monday. Most residents fled "
                                "to Armenia, officials said."])
    assert [f.quote for f in report.events[0].facts if f.kind == "place"] == ["to Primary Children's Hospital"]


def test_a_sentence_starts_after_the_dash_of_a_dateline(tmp_path):
    report = _report(tmp_path, ["FLINT ( WWJ/AP ) – Police say a 3-year - old boy has been found dead in Flint after "
                                "finding a loaded gun. — He was pronounced dead on the scene by medics."])
    said = [f.quote for f in report.events[0].facts if f.kind == "statement"]
    assert said == ["Police say a 3-year - old boy has been found dead in Flint after finding a loaded gun.",
                    "He was pronounced dead on the scene by medics."]


def test_a_pages_copyright_year_is_a_stamp_and_a_lone_figure_says_what_it_is(tmp_path):
    from triangulate.report import to_markdown
    from triangulate.report.markdown import _what
    report = _report(tmp_path, ["The child was in the car with her 27-year-old mother, police said on Tuesday.\n\n"
                                "Copyright 2016 by KATV. All rights reserved.",
                                "A child was killed in a shooting on Tuesday, police said."])
    facts = {f.quote: f for f in report.events[0].facts if f.kind in ("date", "quantity")}
    assert facts["2016"].value["stamp"]  # the page's year, not the happening's
    assert "“2016”" not in to_markdown(report).split("### What each source alone adds")[1]
    assert _what(facts["27-year-old mother"]) == " (age of mother)"


def test_a_figure_after_from_is_an_earlier_value_only_when_from_hangs_on_the_change(tmp_path):
    report = _report(tmp_path, ["A powerful 7.5-magnitude earthquake struck central Japan on Monday, killing 48 "
                                "people.",
                                "The death toll from the 7.6-magnitude earthquake that struck central Japan on Monday "
                                "rose to 62, officials said. Unemployment fell to 3.5% from 3.7% in May."])
    event = report.events[0]
    previous = {f.quote: f.value["previous"] for f in event.facts if f.kind == "quantity"}
    assert previous["7.6-magnitude"] is False and previous["3.7%"] is True
    assert [c.about for c in event.comparisons if c.status == "conflict" and "magnitude" in c.about]  # 7.5 / 7.6


def test_a_number_in_a_name_is_no_count(tmp_path):
    report = _report(tmp_path, ["Hurricane Ian made landfall on Wednesday as a Category 4 storm with winds of 150 mph.",
                                "Ian came ashore on Wednesday with winds of 150 miles per hour, just shy of a Category "
                                "5 storm. The ATR 72 carried 72 people."])
    event = report.events[0]
    assert not [c for c in event.comparisons if c.status == "conflict"]  # no "4" against "5"
    counts = sorted(f.quote for f in event.facts if f.kind == "quantity" and f.value["unit"] == "count")
    assert counts == ["72 people"]  # not the Category's 4 and 5, nor the ATR's 72


def test_a_planned_day_is_the_next_one_and_a_plans_figure_is_no_report(tmp_path):
    report = _report(tmp_path, ["Lula, 77, will take office on January 1. The leaders will meet on Thursday, and "
                                "the company will supply 200 million doses.",
                                "Lula, 76, will be sworn in on Jan. 1, officials said. The talks began on Thursday."])
    facts = report.events[0].facts  # published Monday 2005-11-28
    days = {(f.quote, f.value["start"]) for f in facts if f.kind == "date"}
    assert {("January 1", "2006-01-01"), ("Thursday", "2005-12-01")} <= days  # yet to come
    assert ("Thursday", "2005-11-24") in days  # ("began": past)
    assert [f.value["expected"] for f in facts if f.quote == "200 million doses"] == [True]
    assert [c.about for c in report.events[0].comparisons if c.status == "conflict"] == ["age of Lula"]  # (the
    # planned day no longer makes the sentence an earlier happening's)


def test_a_planned_day_of_an_undated_report_is_the_next_one_too(tmp_path):
    f = tmp_path / "mixed.jsonl"
    f.write_text(json.dumps({"title": "Lula wins", "text": "Lula won the runoff on Sunday, officials said.",
                             "published": "2022-10-31", "outlet": "A"}) + "\n"
                 + json.dumps({"title": "Lula to take office", "text": "Lula won on Sunday and will take office "
                               "on January 1, officials said.", "outlet": "B"}) + "\n")
    event = analyze([str(f)], db=str(tmp_path / "t.db"), one_event=True).events[0]
    days = {f.quote: f.value["start"] for f in event.facts if f.kind == "date"}
    assert days["January 1"] == "2023-01-01"  # resolved against the event's first report, then ahead


def test_a_feeling_about_a_shooting_is_no_plan_and_the_day_is_the_shootings(tmp_path):
    report = _report(tmp_path, ["A Uniontown man is thankful to be alive after a shooting at Pershing Court Manor "
                                "on Thursday. The council is expected to vote on Monday.",
                                "A man was shot on Thursday, police said."])
    first = min(a.id for a in report.articles if a.title.endswith("0"))
    days = {f.quote: f.value for f in report.events[0].facts if f.kind == "date" and f.article == first}
    assert days["Thursday"]["planned"] is False and days["Thursday"]["start"] == "2005-11-24"  # past, not ahead
    assert days["Thursday"]["of"] == "shooting"  # the noun the date hangs on, not "Manor" before it
    assert days["Monday"]["planned"] is True


def test_a_model_number_before_its_noun_is_no_count(tmp_path):
    report = _report(tmp_path, ["A Yeti Airlines plane carrying 72 people crashed on Sunday. The ATR 72 aircraft, "
                                "flying from Kathmandu, went down at about 10:50 a.m. The Boeing 737 jets were "
                                "grounded.",
                                "The plane had 68 passengers and four crew."])
    counts = sorted(f.quote for f in report.events[0].facts if f.kind == "quantity")
    assert "72 aircraft" not in counts and "737 jets" not in counts and "72 people" in counts


def test_a_place_a_quake_struck_is_a_place(tmp_path):
    report = _report(tmp_path, ["A magnitude 5.9 earthquake struck Qeshm island on Sunday, and the tremor shook Oman "
                                "and the United Arab Emirates as well.",
                                "The quake was felt as far away as Oman and the United Arab Emirates."])
    places = sorted(f.quote for f in report.events[0].facts if f.kind == "place")
    assert "Qeshm island" in places and "Oman and the United Arab Emirates" in places


def test_the_day_of_an_arrest_told_as_a_possessive_is_compared(tmp_path):
    report = _report(tmp_path, [
        "Galen Hawk was arrested Friday in connection with the shooting, the sheriff said.",
        "Deputies said Thursday afternoon's arrest came after a search of the area.",
    ])
    (thursday,) = [f for f in report.events[0].facts if f.kind == "date" and f.quote == "Thursday"]
    assert "arrest" in thursday.value["of"]
    assert _the_conflict(report)[1] == {"Thursday", "Friday"}


def test_an_age_set_off_after_any_one_person_noun(tmp_path):
    report, facts = _analysed(tmp_path, [
        "The troubled actress, 26, checked into the clinic on Thursday, her lawyer said.",
        "The 26-year-old actress checked into the clinic on Thursday. In the third quarter, 26, points fell.",
    ])
    ages = [f for f in report.events[0].facts if f.kind == "quantity" and f.value["unit"].startswith("age")]
    assert [f.about for f in ages] == ["age of actress", "age of actress"]
    assert [c.status for c in report.events[0].comparisons if set(c.facts) == {f.id for f in ages}] == ["agree"]


def test_a_death_confirmed_is_a_condition_that_contradicts_an_earlier_one(tmp_path):
    report = _report(tmp_path, [
        "Police said the woman is in serious condition after she was shot at the gun range on Monday.",
        "She survived for several days, but the coroner confirmed her death on Thursday. She was shot at the "
        "gun range on Monday.",
    ])
    assert [f.value["state"] for f in report.events[0].facts if f.kind == "condition"].count("alive") == 0
    (death,) = [f for f in report.events[0].facts if f.kind == "condition" and f.value["state"] == "dead"]
    assert death.quote == "her death"
    assert death.id in _the_conflict(report)[0].facts


def test_a_named_centre_and_natural_features_are_places_but_the_centre_of_a_dispute_is_not(tmp_path):
    report = _report(tmp_path, [
        "Lindsay Lohan checked into the Betty Ford Center on Thursday, her lawyer said.",
        "The climber fell on a ridge near a hut on Saturday. He was at the center of the dispute.",
    ])
    places = {f.quote for f in report.events[0].facts if f.kind == "place"}
    assert {"into the Betty Ford Center", "on a ridge", "near a hut"} <= places
    assert not any("dispute" in p for p in places)


def test_a_quotation_fragment_agrees_with_the_fuller_quotation_it_runs_inside(tmp_path):
    report = _report(tmp_path, [
        'Trump wrote on Twitter: "This is very good news for North Korea and the World - big progress!"',
        'Trump said in a post that the move was "very good news for North Korea."',
        'Trump said: "We made big progress on all fronts today."',  # (words in common, but not one run of them)
    ])
    facts = {f.id: f for f in report.events[0].facts}
    told = sorted((c.status, sorted(facts[i].value["text"] for i in c.facts)) for c in report.events[0].comparisons
                  if facts[c.facts[0]].kind == "quotation")
    assert ("agree", ["This is very good news for North Korea and the World - big progress!",
                      "very good news for North Korea."]) in told
    assert ("single", ["We made big progress on all fronts today."]) in told


def test_a_time_tokenised_word_by_word_keeps_its_clause(tmp_path):
    report = _report(tmp_path, ["The shooting happened at 10 : 30 p . m . Thursday , police said . Formal "
                                "sentencing is set for 11 a . m . on Nov . 8 ."])
    times = {f.quote: (f.about, f.value["planned"]) for f in report.events[0].facts if f.kind == "time"}
    assert times == {"10 : 30 p . m": ("shooting happened", False), "11 a . m": ("Formal sentencing set", True)}


def test_a_place_that_opens_a_sentence_holds_for_each_count_after_it(tmp_path):
    """A district's toll is part of the quake's, told in a sentence that opens with the district:
    every count in it, the elliptical "140 were injured" too, belongs to that district."""
    report, facts = _analysed(tmp_path, [
        "In neighbouring Central Aceh district, 10 people were killed, 140 were injured and about 1,500 houses "
        "were damaged, an official said.",
        "The quake injured more than 200 people and damaged more than 300 houses, a spokesman said."])
    assert facts["140"].anchors == facts["10 people"].anchors == ["aceh", "centra"]
    assert facts["more than 200 people"].anchors == []
    assert not _conflicts(report)


def test_crowd_sizes_of_one_gathering_conflict(tmp_path):
    """Police and organisers disagree on a crowd: each report's count of those who gathered is a
    crowd, whatever it calls them; protesters who were killed are a toll, and protests no crowd."""
    report, facts = _analysed(tmp_path, [
        "Some 5,000 demonstrators gathered outside parliament on Saturday, police said. Two protests were held.",
        "Organisers said a crowd of 12,000 had gathered outside parliament. Three protesters were killed."])
    assert facts["Some 5,000 demonstrators"].value["measure"] == facts["12,000"].value["measure"] == "crowd"
    assert facts["Three protesters"].value["measure"] == "deaths"
    assert facts["Two protests"].value["measure"] is None
    conflict, quotes = _the_conflict(report)
    assert quotes == {"Some 5,000 demonstrators", "12,000"}
    facts_by_id = {f.id: f for f in report.events[0].facts}
    assert topic(conflict, facts_by_id) == "the size of the crowd"


def test_whom_the_attacker_shot_is_a_relation_that_reports_may_contradict(tmp_path):
    """'Shot his girlfriend' and 'shot his wife': each report's only relation of the victim to the
    shooter, of two kinds; a relative who speaks is none, and 'her boyfriend' in 'killed his
    ex-wife and her boyfriend' is hers."""
    report = _report(tmp_path, [
        "Police said a man shot his girlfriend before turning the shotgun on himself. His mother called 911.",
        "A husband allegedly shot his wife, police said."])
    relations = {f.quote: f.value for f in report.events[0].facts if f.kind == "relation"}
    assert relations == {"shot his girlfriend": {"relation": "girlfriend", "group": "partner", "text": "shot his girlfriend",
                                                 "background": False},
                         "shot his wife": {"relation": "wife", "group": "spouse", "text": "shot his wife",
                                           "background": False}}
    conflict, quotes = _the_conflict(report)
    assert quotes == {"shot his girlfriend", "shot his wife"}
    again = _report(tmp_path / "ex", ["He killed his ex-wife and her boyfriend on Sunday.",
                                      "A man killed his former wife and her new partner, police said."])
    assert {f.value["relation"] for f in again.events[0].facts if f.kind == "relation"} == {"ex-wife"}
    assert not _conflicts(again)


def test_a_relation_told_of_the_attacker_is_the_victims_too(tmp_path):
    """'Shot by her estranged husband' makes the victim his wife: compatible with 'shot his wife',
    in conflict with 'shot his girlfriend'; 'killed by his father' makes the victim a child."""
    report = _report(tmp_path, ["A woman was shot and killed by her estranged husband on Sunday.",
                                "A man shot his wife on Sunday, police said.",
                                "Police said a man shot his girlfriend on Sunday."])
    groups = {f.quote: f.value["group"] for f in report.events[0].facts if f.kind == "relation"}
    assert groups == {"killed by her estranged husband": "spouse", "shot his wife": "spouse",
                      "shot his girlfriend": "partner"}
    conflict = next(c for c in report.events[0].comparisons if c.status == "conflict")
    facts = {f.id: f.quote for f in report.events[0].facts}
    assert {frozenset((facts[a], facts[b])) for a, b in conflict.disagreements} == {
        frozenset(("killed by her estranged husband", "shot his girlfriend")),
        frozenset(("shot his wife", "shot his girlfriend"))}
    son = _report(tmp_path / "son", ["The boy was fatally shot by his father.", "He shot his two sons."])
    assert {(f.value["relation"], f.value["group"]) for f in son.events[0].facts if f.kind == "relation"} == {
        ("father", "child"), ("son", "child")}


def test_an_open_toll_is_no_figure_a_hundred_times_larger():
    from triangulate.crosscheck.judge import judge
    from triangulate.model import Fact

    def toll(fid: str, low: float, high: float | None, article: str) -> Fact:
        return Fact(fid, article, "quantity", "deaths — people: killed", "", 0, 1,
                    {"low": low, "high": high, "low_open": high is None, "high_open": high is None,
                     "exact": low if high == low else None, "qualifier": "at least" if high is None else None,
                     "unit": "count", "measure": "deaths"}, keys=["people", "kill"])

    at_least_five = toll("a", 5, None, "1")
    assert judge(at_least_five, toll("b", 24, 24, "2")) == "compatible"  # a toll that rose since
    assert judge(at_least_five, toll("c", 170_000, 170_000, "2")) == "unrelated"  # another happening's
    assert judge(toll("d", 10, 10, "1"), toll("e", 26_000, None, "2")) == "unrelated"  # (not a conflict)
    assert judge(toll("f", 1, 1, "1"), at_least_five) == "conflict"  # (an early toll, raised since)


def test_a_figure_hyphened_to_magnitude_is_read_and_a_hyphened_label_is_not():
    from triangulate.facts.numbers import find_amounts
    assert [a.text for a in find_amounts("It was a magnitude-6.1 temblor on the F-16 route.")] == ["6.1"]


def test_a_hyphened_magnitude_is_read_and_another_is_no_magnitude(tmp_path):
    report, facts = _analysed(tmp_path, ["The survey said it was a magnitude-6.1 temblor. Another said magnitude 5.9."])
    assert facts["magnitude-6.1"].value["unit"] == facts["magnitude 5.9"].value["unit"] == "magnitude"
    assert facts["Another"].value["unit"] == "count"  # ("another" near "magnitude" is one more, not magnitude 1)


def test_a_straight_quotation_over_several_lines_is_one_with_its_speaker(tmp_path):
    report = _report(tmp_path, [
        "At 55, he is the same age as William Hartnell when he was cast.\nIn an interview Peter Capaldi admitted he "
        "had been a fan.\n\"Being asked to play the Doctor is an amazing privilege .\nLike the Doctor himself I "
        "find myself in utter terror .\nI can't wait to get started , \" he said .\nHe called it \"a great role\" too."])
    quote = _only_quotation(report)
    assert quote.value["text"].startswith("Being asked") and quote.value["text"].endswith("get started ,")
    assert quote.speaker == "Peter Capaldi"  # the subject "he" stands for, not the nearer William Hartnell


def test_a_pronoun_speaker_is_the_subject_named_beside_a_title(tmp_path):
    report = _report(tmp_path, [
        "Banks agreed to lend Greece billions, said Anargyros Bizianis, a trader. The German Chancellor, Angela "
        "Merkel, said the crisis showed the need for the rules of Wolfgang Schaeuble. \"The future of Europe is "
        "at stake,\" she told a debate."])
    quote = _only_quotation(report)
    assert quote.speaker == "Angela Merkel"


def test_the_quotations_own_words_are_never_its_speaker(tmp_path):
    report = _report(tmp_path, [
        '" This constituted an act of unprecedented treachery : the campaign of a nominee in league with a '
        'hostile foreign power , " DNC Chair Tom Perez said in a statement Friday .'])
    quote = _only_quotation(report)  # (the parser makes "the campaign" a second subject of "said")
    assert quote.speaker == "DNC Chair Tom Perez"


def test_over_with_an_object_of_its_own_is_a_preposition_not_more_than(tmp_path):
    report = _report(tmp_path, [
        "Greece will get 110 billion euros over three years. The files were spread over 183 CDs. "
        "The storm killed over 100 people. He has worked there for over 20 years. "
        "Residents over 65 were evacuated first."])
    values = {f.quote: (f.value["qualifier"], f.value["low"], f.value["high"])
              for f in report.events[0].facts if f.kind == "quantity"}
    assert values["three years"][0] is None and values["three years"][1] == values["three years"][2]
    assert values["183 CDs"] == (None, 183, 183)
    assert values["over 100 people"] == ("more_than", 100, None)
    assert values["over 20 years"][0] == "more_than"
    assert values["over 65"][0] == "more_than"


def test_the_emergency_number_is_no_count(tmp_path):
    report = _report(tmp_path, [
        "A co-worker called 911 and a 911 dispatcher sent officers. Police fielded 911 calls for an hour. "
        "About 911 people were evacuated. A caller phoned to 999. The toll rose to 112."])
    counts = [f.quote for f in report.events[0].facts if f.kind == "quantity"]
    assert counts == ["About 911 people", "112"]


def test_a_range_is_one_figure_that_holds_what_lies_between_its_ends(tmp_path):
    told = "Between 20 and 30 people were injured when the bridge collapsed in Tbilisi on Monday, police said."
    within = _report(tmp_path / "within", [told, "Police said 25 people were injured when the bridge collapsed in Tbilisi."])
    assert _conflicts(within) == []  # not "20" and "30" against 25
    (range_,) = [f for f in _quantities(within).values() if f.article == within.events[0].articles[0]]
    assert (range_.quote, range_.value["low"], range_.value["high"]) == ("Between 20 and 30 people", 20, 30)
    beyond = _report(tmp_path / "beyond", [told, "Police said 60 people were injured when the bridge collapsed in Tbilisi."])
    assert _the_conflict(beyond)[1] == {"Between 20 and 30 people", "60 people"}


def test_an_age_in_a_capitalised_headline_is_in_years_like_any_other(tmp_path):
    report = _report(tmp_path, ["Police said a 2-Year-Old Girl was hurt in Dayton.",
                                "Officers found that a 2-year-old girl had been injured at a home on Main Street."])
    assert {f.quote: f.value["unit"] for f in _quantities(report).values()} == {
        "2-Year-Old Girl": "age (years)", "2-year-old girl": "age (years)"}
