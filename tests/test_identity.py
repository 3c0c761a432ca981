"""Who is the same person, and which figures measure the same thing (crosscheck.identity)."""
from triangulate.crosscheck.identity import same_person
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


def test_a_speed_is_one_unit_however_written(tmp_path):
    import json

    from triangulate import analyze
    f = tmp_path / "a.jsonl"
    texts = ["Deputies chased him at speeds up to 120 miles per hour across three counties.",
             "The chase reached speeds of 120 mph on the interstate, deputies said."]
    f.write_text("".join(json.dumps({"title": f"Chase {i}", "text": t, "published": "2007-04-10"}) + "\n"
                         for i, t in enumerate(texts)))
    event = analyze([str(f)], db=str(tmp_path / "t.db"), one_event=True).events[0]
    speeds = [f for f in event.facts if f.kind == "quantity" and "120" in f.quote]
    assert len(speeds) == 2 and {f.keys[0] for f in speeds} == {"mph"}
    assert any(set(c.facts) >= {s.id for s in speeds} for c in event.comparisons if c.status != "single")


def test_a_middle_initial_does_not_change_the_person():
    assert same_person(keys("Thomas P. Gutierrez"), keys("Thomas Gutierrez"))
