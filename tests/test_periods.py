"""A period told by its length in one report and by its start in another."""
from datetime import date
from pathlib import Path

from triangulate import analyze
from triangulate.crosscheck.periods import began, fits
from triangulate.report import to_markdown


def _decades(qualifier: str | None, low: float, high: float | None) -> dict:
    return {"unit": "duration (days)", "period": True, "low": low, "high": high, "qualifier": qualifier}


def test_a_period_up_to_the_report_began_within_its_rounded_length():
    span = began(_decades("nearly", 9313.875, 10957.5), date(2023, 12, 13))  # "almost three decades"
    assert span[0].year == 1989 and span[1].year == 2002
    assert fits(span, {"start": "1990-01-01", "end": "1999-12-31"})  # "in the 1990s"
    assert not fits(span, {"start": "2015-01-01", "end": "2015-12-31"})
    assert began({**_decades(None, 10957.5, 10957.5), "period": False}, date(2023, 12, 13)) is None  # a term
    assert began(_decades(None, 2 / 24, 2 / 24), date(2023, 12, 13)) is None  # "a two-hour standoff"
    assert began(_decades("more_than", 3652.5, None), date(2023, 12, 13))[0] == date.min
    assert began(_decades(None, 36525, 1095750), date(2023, 12, 13))[0] == date.min  # a century to 3,000 years
    assert began(_decades(None, 1.6e12, 1.6e12), date(2023, 12, 13)) is None  # "4.5 billion years of history"


def _write(folder: Path, name: str, day: str, text: str) -> None:
    (folder / name).write_text(f"Peace deal signed\n\ndate {day}\n\n{text}\n", encoding="utf-8")


def _periods(folder: Path, tmp_path: Path) -> list:
    report = analyze([str(folder)], db=str(tmp_path / "t.db"))
    event = report.events[0]
    facts = {f.id: f for f in event.facts}
    return [(c.status, sorted(facts[i].quote for i in c.facts)) for c in event.comparisons if c.inferred]


def test_a_length_of_war_and_the_year_it_broke_out_are_compatible(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder, "a.txt", "2023-05-10", "The deal ends two decades of civil war in the country, officials said.")
    _write(folder, "b.txt", "2023-05-11", "The civil war broke out in 2003 and killed thousands, officials said.")
    assert _periods(folder, tmp_path) == [("compatible", ["2003", "two decades"])]
    report = analyze([str(folder)], db=str(tmp_path / "t.db"))
    assert [c.about for c in report.events[0].comparisons if c.inferred] == ["period: decades of civil war"]
    assert "| compatible (inferred) | period: decades of civil war |" in to_markdown(report)


def test_a_term_to_serve_and_a_start_outside_the_span_make_no_period(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder, "a.txt", "2023-05-10", "The deal ends two decades of civil war. The rebel leader was jailed "
                                          "for 25 years, officials said.")
    _write(folder, "b.txt", "2023-05-11", "The rebel leader was jailed in 1998. The civil war broke out in 2015, "
                                          "officials said.")
    assert _periods(folder, tmp_path) == []  # a prison term is no span up to now, however alike the
    # clauses; 2015 is no start of two decades, and a start that does not fit is no contradiction either


def test_a_length_longer_than_the_calendar_is_no_period_and_no_crash(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder, "a.txt", "2023-05-10", "The planet has seen 4.5 billion years of history, scientists said.")
    _write(folder, "b.txt", "2023-05-11", "The planet formed in 1990, scientists said in a report.")
    assert _periods(folder, tmp_path) == []
