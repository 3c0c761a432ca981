"""Fact extraction details that decide whether figures may be compared at all."""
import json

from triangulate import analyze


def _report(tmp_path, texts):
    f = tmp_path / "a.jsonl"
    f.write_text("".join(json.dumps({"title": f"Quake report {i}", "text": t, "outlet": f"Outlet {i}",
                                     "published": "2005-11-28"}) + "\n" for i, t in enumerate(texts)))
    return analyze([str(f)], db=str(tmp_path / "t.db"), one_event=True)


def test_figures_of_earlier_happenings_are_background_and_never_conflict(tmp_path):
    report = _report(tmp_path, [
        "An earthquake struck Qeshm island on Sunday, killing 10 people, officials said. "
        "A major earthquake killed more than 31,000 people in the city of Bam in 2003.",
        "The quake on Qeshm island on Sunday killed 10 people and damaged seven villages, state media said.",
    ])
    facts = {f.quote: f for f in report.events[0].facts if f.kind == "quantity"}
    assert facts["more than 31,000 people"].value["background"] is True
    assert facts["10 people"].value["background"] is False
    assert not [c for c in report.events[0].comparisons if c.status == "conflict"]


def test_a_population_is_not_a_toll(tmp_path):
    report = _report(tmp_path, ["Helicopters flew injured people to Bandar Abbas, a city of 500,000 people "
                                "that was also jolted by the quake on Sunday."])
    (population,) = [f for f in report.events[0].facts if f.quote.startswith("500,000")]
    assert population.value["measure"] is None
