"""Who is the same person, and which figures measure the same thing (crosscheck.identity)."""
from triangulate.facts.people import same_person
from triangulate.facts.context import entity_key


def keys(name: str) -> list[str]:
    return [entity_key(w) for w in name.replace(".", " ").split()]


def test_a_surname_alone_is_the_full_name():
    assert same_person(keys("Rosales"), keys("Pedro Rosales"))


def test_relatives_sharing_a_surname_are_not_one_person():
    assert not same_person(keys("Frederick Davis"), keys("Mariah Davis"))


def test_titles_and_suffixes_do_not_change_the_person():
    assert same_person(keys("Mr. LaCalamita"), keys("Anthony LaCalamita III"))
    assert same_person(keys("Anthony LaCalamita"), keys("Anthony LaCalamita III"))


def test_a_misspelt_given_name_is_the_same_person():
    assert same_person(keys("Javon Wilson"), keys("Jovan Wilson"))
    assert not same_person(keys("Jane Wilson"), keys("John Wilson"))


def _event(tmp_path, texts):
    import json

    from triangulate import analyze
    f = tmp_path / "a.jsonl"
    f.write_text("".join(json.dumps({"title": f"Chase {i}", "text": t, "published": "2007-04-10"}) + "\n"
                         for i, t in enumerate(texts)))
    return analyze([str(f)], db=str(tmp_path / "t.db"), one_event=True).events[0]


def test_a_speed_is_one_unit_however_written(tmp_path):
    event = _event(tmp_path, ["Deputies chased him at speeds up to 120 miles per hour across three counties.",
                              "The chase reached speeds of 120 mph on the interstate, deputies said."])
    speeds = [f for f in event.facts if f.kind == "quantity" and "120" in f.quote]
    assert len(speeds) == 2 and {f.keys[0] for f in speeds} == {"speed"}
    assert {f.value["unit"] for f in speeds} == {"speed (km/h)"} and speeds[0].value["high"] == 193.121
    assert any(set(c.facts) >= {s.id for s in speeds} for c in event.comparisons if c.status != "single")


def test_miles_and_kilometres_compare_once_converted(tmp_path):
    event = _event(tmp_path, ["Police chased him for 48km at speeds of up to 193km/h before he crashed.",
                              "Police chased him for about 30 miles at speeds of 120 mph before he crashed."])
    by_quote = {f.quote: f for f in event.facts if f.kind == "quantity"}
    assert by_quote["48km"].value["exact"] == 48000 and by_quote["about 30 miles"].value["unit"] == "distance (m)"
    linked = {frozenset(c.facts): c.status for c in event.comparisons if c.status != "single"}
    pairs = [(by_quote["48km"], by_quote["about 30 miles"])]
    pairs += [(f, g) for f in by_quote.values() for g in by_quote.values()
              if f.value["unit"] == g.value["unit"] == "speed (km/h)" and f.article < g.article]
    assert len(pairs) == 2
    for f, g in pairs:
        assert any({f.id, g.id} <= group and status == "compatible" for group, status in linked.items())


def test_a_middle_initial_does_not_change_the_person():
    assert same_person(keys("Thomas P. Gutierrez"), keys("Thomas Gutierrez"))


def test_a_middle_name_one_report_leaves_out_does_not_change_the_person():
    assert same_person(keys("Amar Chisler"), keys("Amar Daeshawn Chisler"))
    assert not same_person(keys("Mary Ann Jones"), keys("Mary Beth Jones"))
    assert not same_person(keys("Jerry Ortiz"), keys("Jeremy Ortiz"))


def _percent_comparisons(event) -> list[tuple[str, list[str]]]:
    quotes = {f.id: f.quote for f in event.facts}
    return sorted((c.status, sorted(quotes[i] for i in c.facts)) for c in event.comparisons
                  if c.status != "single" and c.about.startswith("percent"))


def test_two_shares_of_one_thing_conflict_however_the_percent_is_written(tmp_path):
    event = _event(tmp_path, ["The fire was 10% contained as of Thursday morning, officials said.",
                              "The blaze had scorched nearly 15,000 acres by Thursday and was 5 percent contained."])
    assert _percent_comparisons(event) == [("conflict", ["10%", "5 percent"])]


def test_a_share_rounded_is_the_same_share_and_another_holders_share_is_not(tmp_path):
    event = _event(tmp_path, ["Jane Smith won 52% of the vote on Tuesday, while Tom Jones took 48%.",
                              "Smith won 51.8 percent of the vote and Jones won 48.2 percent."])
    assert _percent_comparisons(event) == [("compatible", ["48%", "48.2 percent"]),
                                           ("compatible", ["51.8 percent", "52%"])]


def test_shares_of_different_wholes_never_conflict(tmp_path):
    from triangulate import analyze
    (tmp_path / "a.txt").write_text("Jobs report\ndate 2019-11-01\n\nThe unemployment rate rose 3.6 percent in "
                                    "October, the labor department said.\n")
    (tmp_path / "b.txt").write_text("Jobs up\ndate 2019-11-01\n\nAverage hourly wages rose 3 percent in October, "
                                    "the labor department said.\n")
    event = analyze([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], db=str(tmp_path / "t.db"),
                    one_event=True).events[0]
    assert _percent_comparisons(event) == []  # (alike sentences: only the wholes, rate and wages, differ)


def test_no_injuries_contradicts_injured_firefighters(tmp_path):
    event = _event(tmp_path, ["Two firefighters suffered minor injuries battling the blaze, Cal Fire said.",
                              "No injuries have been reported in the blaze, Cal Fire said."])
    facts = {f.id: f for f in event.facts}
    assert [f.value["measure"] for f in event.facts if f.quote == "Two firefighters"] == ["injured"]
    conflicts = [sorted(facts[i].quote for i in c.facts) for c in event.comparisons if c.status == "conflict"]
    assert conflicts == [["No injuries", "Two firefighters"]]


def test_a_sum_rounded_in_its_scale_word_is_the_same_sum(tmp_path):
    event = _event(tmp_path, ["The company reported a net loss of 1.2 billion euros for the quarter, it said.",
                              "The company said it posted a net loss of 1.19 billion euros in the quarter."])
    money = {f.id: f.quote for f in event.facts if f.kind == "quantity"}
    statuses = {frozenset(money[i] for i in c.facts if i in money): c.status for c in event.comparisons
                if c.status != "single" and set(c.facts) & money.keys()}
    assert statuses.get(frozenset({"1.2 billion euros", "1.19 billion euros"})) == "compatible", statuses


def test_metres_written_short_and_an_age_before_a_demonym_compare(tmp_path):
    event = _event(tmp_path, ["The 32-year-old Englishman Robert Buckley fell about 600m from a ridge on Saturday.",
                              "31-year-old Robert Buckley fell 700 meters from a ridge on Saturday, police said."])
    by_quote = {f.quote: f for f in event.facts if f.kind == "quantity"}
    assert by_quote["about 600m"].value["unit"] == "distance (m)"
    assert by_quote["32-year-old Englishman Robert Buckley"].about == "age of Robert Buckley"
    assert by_quote["31-year-old Robert Buckley"].about == "age of Robert Buckley"
    conflicts = [{event_fact.quote for event_fact in event.facts if event_fact.id in c.facts}
                 for c in event.comparisons if c.status == "conflict"]
    assert {"32-year-old Englishman Robert Buckley", "31-year-old Robert Buckley"} in conflicts
    assert {"about 600m", "700 meters"} in conflicts


def test_each_reports_only_bail_is_compared(tmp_path):
    event = _event(tmp_path, ["Chad Couture was charged with assault. Couture's bond was set at $500,000, police said.",
                              "Chad Couture is being held on $750,000 bond after he shot his friend, police said."])
    (conflict,) = [c for c in event.comparisons if c.status == "conflict"]
    assert {f.quote for f in event.facts if f.id in conflict.facts} == {"$500,000", "$750,000 bond"}


def test_a_short_given_name_and_a_surname_misspelt_twice_are_the_same_person():
    from triangulate.facts.people import name_keys, related
    assert same_person(keys("Dan Caron"), keys("Daniel Caron")) and same_person(keys("Bill Jones"), keys("William Jones"))
    assert related(name_keys("Karen Sargent"), name_keys("Karen Sergeant"))
    assert related(name_keys("Dan Caron"), name_keys("Daniel Caron"))
    assert not related(name_keys("Karen Sargent"), name_keys("Kevin Sergeant"))
    assert not same_person(keys("Daniel Caron"), keys("Mariah Caron"))
