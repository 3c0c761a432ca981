"""Residence facts: where a report says a person lives, and reports that give one person two towns."""
import json

from triangulate import analyze
from triangulate.facts.residence import judge


def _report(tmp_path, texts):
    f = tmp_path / "a.jsonl"
    f.write_text("".join(json.dumps({"title": f"Shooting report {i}", "text": t, "outlet": f"Outlet {i}",
                                     "published": "2016-05-18"}) + "\n" for i, t in enumerate(texts)))
    return analyze([str(f)], db=str(tmp_path / "t.db"), one_event=True)


def _residences(report) -> dict[str, dict]:
    return {f.quote: f.value for f in report.events[0].facts if f.kind == "residence"}


def test_a_home_town_is_read_from_of_resident_and_an_unnamed_lead_named_later(tmp_path):
    report = _report(tmp_path, [
        "A Dayton man was shot outside a bar on Friday night. Sgt. Mike Jones said officers found the victim, "
        "24-year-old Marcus Johnson, on the sidewalk. Springfield resident Tina Ortiz, 31, was also hurt. "
        "Lt. Dana Reed, of Dayton Police, said a Russian man was questioned. Ann Lowe of the FBI and "
        "Sam Hart of CNN were at the scene. David Miller, 23, of Newton Street, saw it. Constable James Rush, "
        "of Twizel, and Ken Rosenthal of Fox Sports spoke later. Michael Harris, 29, from Bristol, was held. "
        "Laura Chen from Microsoft declined to comment."])
    found = _residences(report)
    assert found["A Dayton man"]["place"] == "Dayton"
    assert found["A Dayton man"]["name"] == "Marcus Johnson"  # named next, not the sergeant who spoke
    assert found["Springfield resident Tina Ortiz"]["place"] == "Springfield"
    assert found["Michael Harris, 29, from Bristol"]["place"] == "Bristol"  # British style
    # no police service, agency, broadcaster, company, nationality or street, and no constable's station:
    assert set(found) == {"A Dayton man", "Springfield resident Tina Ortiz", "Michael Harris, 29, from Bristol"}


def test_two_towns_for_one_person_conflict_and_a_town_and_its_state_do_not(tmp_path):
    report = _report(tmp_path, [
        "A Dayton man was shot outside a bar on Friday night. Police said the victim, 24-year-old Marcus Johnson, "
        "was taken to a hospital. Tina Ortiz, 31, of Houston, was also hurt.",
        "Marcus Johnson, 24, of Springfield, was shot outside a bar on Friday night. Texas resident Tina Ortiz "
        "was also hurt, police said."])
    facts = {f.id: f for f in report.events[0].facts}
    found = {c.status: sorted(facts[i].quote for i in c.facts) for c in report.events[0].comparisons
             if facts[c.facts[0]].kind == "residence"}
    assert found == {"conflict": ["A Dayton man", "Marcus Johnson, 24, of Springfield"],
                     "compatible": ["Texas resident Tina Ortiz", "Tina Ortiz, 31, of Houston"]}


def test_places_that_may_hold_one_another_are_compatible():
    assert judge({"place": "Fort Smith, Ark."}, {"place": "Fort Smith"}) == "agree"
    assert judge({"place": "East Oakland"}, {"place": "Oakland"}) == "compatible"
    assert judge({"place": "Pennsylvania"}, {"place": "Uniontown"}) == "compatible"  # a state (ISO 3166-2)
    assert judge({"place": "Fayette County"}, {"place": "Uniontown"}) == "compatible"
    assert judge({"place": "Uniontown", "noun": "man"}, {"place": "Pittsburgh", "noun": None}) == "conflict"
    # two loose descriptions may be a neighbourhood and its borough:
    assert judge({"place": "Brownsville", "noun": "mother"}, {"place": "Brooklyn", "noun": "mother"}) == "compatible"


def test_two_reports_unnamed_people_of_one_town_are_not_taken_for_one_person(tmp_path):
    report = _report(tmp_path, [
        "A Dallas man was shot outside a bar on Friday night, police said.",
        "Officers later questioned a Dallas man about a stolen truck found nearby."])
    facts = {f.id: f for f in report.events[0].facts}
    compared = [c.status for c in report.events[0].comparisons if facts[c.facts[0]].kind == "residence"]
    assert compared == ["single", "single"]  # the victim and someone questioned: nothing says one man


def test_a_home_town_told_in_an_apposition_is_the_named_persons_once_and_a_building_is_none(tmp_path):
    found = _residences(_report(tmp_path, [
        "John Roe, 25, a resident of Uniontown, was arrested. Ann Lee, a resident of Senior Towers, saw it. "
        "Jane Doe, a Brooklyn resident, spoke to reporters."]))
    assert {quote: (v["place"], v["name"]) for quote, v in found.items()} == {
        "John Roe, 25, a resident of Uniontown": ("Uniontown", "John Roe"),
        "Jane Doe, a Brooklyn resident": ("Brooklyn", "Jane Doe")}  # (not also an unnamed "a Brooklyn resident")
