from datetime import date

import pytest

from triangulate.facts.dates import resolve

WED = date(2023, 12, 13)  # a Wednesday


@pytest.mark.parametrize("text, start, end, precision", [
    ("Wednesday", "2023-12-13", "2023-12-13", "day"),
    ("on Monday", "2023-12-11", "2023-12-11", "day"),
    ("last week", "2023-12-04", "2023-12-10", "week"),
    ("September", "2023-09-01", "2023-09-30", "month"),
    ("April", "2023-04-01", "2023-04-30", "month"),
    ("late 2020", "2020-09-01", "2020-12-31", "part-of-year"),
    ("the 1990s", "1990-01-01", "1999-12-31", "decade"),
    ("September 19", "2023-09-19", "2023-09-19", "day"),
    ("2020-2023", "2020-01-01", "2023-12-31", "range"),
    ("yesterday", "2023-12-12", "2023-12-12", "day"),
])
def test_relative_dates_resolve_against_publication(text, start, end, precision):
    r = resolve(text, WED)
    assert (r.start.isoformat(), r.end.isoformat(), r.precision) == (start, end, precision)


@pytest.mark.parametrize("text", ["three decades", "the past 30 years", "three months", "18"])
def test_durations_and_bare_numbers_are_not_dates(text):
    assert resolve(text, WED) is None


def test_month_and_day_prefer_the_past_unless_just_ahead():
    assert resolve("May 4", date(2016, 4, 18)).start == date(2016, 5, 4)
    assert resolve("Nov. 2", date(2016, 5, 25)).start == date(2015, 11, 2)


def test_relative_dates_need_a_reference():
    assert resolve("Wednesday", None) is None
    assert resolve("September 19, 2023", None).start == date(2023, 9, 19)


@pytest.mark.parametrize("text, start, end", [
    ("December 5-7", "2023-12-05", "2023-12-07"),
    ("5 to 7 December 2023", "2023-12-05", "2023-12-07"),
    ("Nov. 28 to Dec. 2", "2023-11-28", "2023-12-02"),
    ("between Monday and Wednesday", "2023-12-11", "2023-12-13"),
    ("Tuesday to Thursday", "2023-12-05", "2023-12-07"),  # (told on a Wednesday: last week's)
    ("from October to January", "2022-10-01", "2023-01-31"),  # each end the latest not after the telling
    ("between March and May 2021", "2021-03-01", "2021-05-31"),
])
def test_two_days_or_months_told_as_the_ends_of_a_span_are_every_day_between(text, start, end):
    r = resolve(text, WED)
    assert (r.start.isoformat(), r.end.isoformat(), r.precision) == (start, end, "range")


def test_what_is_no_span_of_days_keeps_its_reading():
    assert resolve("mid-December", WED).precision == "month"
    assert resolve("2023-12-13", WED).precision == "year"  # (as before: a stamp's date, read by its year)


def test_a_day_within_a_span_another_report_gives_is_no_conflict(tmp_path):
    import json

    from triangulate import analyze
    f = tmp_path / "a.jsonl"
    f.write_text("".join(json.dumps({"title": "Storm", "text": t, "published": "2023-11-09", "outlet": o}) + "\n" for t, o in (
        ("Officials said the storm battered the coast of Brittany November 5-7, cutting power to 90,000 homes.", "A"),
        ("Officials said the storm battered the coast of Brittany on November 6, cutting power to homes.", "B"))))
    event = analyze([str(f)], db=str(tmp_path / "t.db"), one_event=True).events[0]
    quotes = {f.id: f.quote for f in event.facts}
    (days,) = [c for c in event.comparisons if c.about and any(quotes[i] == "November 5-7" for i in c.facts)]
    assert (days.status, {quotes[i] for i in days.facts}) == ("compatible", {"November 5-7", "November 6"})


def test_ordinal_days_are_days():
    assert resolve("3rd March 2021", date(2021, 3, 10)).start == date(2021, 3, 3)
    assert resolve("March 3rd", date(2021, 3, 10)).precision == "day"


def test_a_day_first_date_keeps_its_day_and_the_day_is_no_count(tmp_path):
    import json

    from triangulate import analyze
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"title": "Flood", "text": "The river burst its banks on 5 November 2023, officials said.",
                             "published": "2023-11-07"}) + "\n")
    facts = analyze([str(f)], db=str(tmp_path / "t.db")).events[0].facts
    (day,) = [f for f in facts if f.kind == "date"]
    assert (day.quote, day.value["start"], day.value["precision"]) == ("5 November 2023", "2023-11-05", "day")
    assert not [f for f in facts if f.kind == "quantity"]


@pytest.mark.parametrize("line, stamp", [
    ("10 June 2013 Last updated at 14 : 00 GMT", True),
    ("PUBLISHED : 02 : 31 GMT , 12 March 2013 | UPDATED : 22 : 19 GMT , 12 March 2013", True),
    ("Sunday , March 17 , 2013 | 5 : 00 PM", True),
    ("Posted : Sunday , March 29th 2015 at 9:17pm", True),
    ("Updated 5:30 p.m.", True),
    ("02 . 29 . 12 4 : 15 PM", True),  # a numeric date with dots
    ("2 . 9 aftershock at 2 : 12 a . m .", False),
    ("On Monday at 5 p.m.", False),  # no year, no stamp word: a fragment of the story
    ("Police responded about 2:20 p.m. Sunday , March 29 , 2015 .", False),
])
def test_a_line_of_dates_times_and_stamp_words_is_a_pages_dateline(line, stamp):
    from triangulate.facts.dates import on_stamp_line
    text = f"http://example.com/story\n\n{line}\nThe body starts here ."
    assert on_stamp_line(text, text.index(line) + 3) is stamp


def test_two_pages_datelines_do_not_conflict(tmp_path):
    import json

    from triangulate import analyze
    texts = ["Monday 5 August 2013 08 . 33 BST\nPeter Capaldi was named the 12th Doctor on Sunday , the BBC said .",
             "Sunday 4 August 2013 , 19 : 30\nPeter Capaldi was named the 12th Doctor on Sunday , the BBC said ."]
    f = tmp_path / "a.jsonl"
    f.write_text("".join(json.dumps({"title": f"Doctor {i}", "text": t}) + "\n" for i, t in enumerate(texts)))
    event = analyze([str(f)], db=str(tmp_path / "t.db"), one_event=True).events[0]
    stamps = [x for x in event.facts if x.kind in ("date", "time") and "August 2013" in x.quote or "19 : 30" in x.quote]
    assert stamps and all(x.value["stamp"] for x in stamps)
    assert [c.explanation for c in event.comparisons if c.status == "conflict"] == []


@pytest.mark.parametrize("line", ["09 / 10 / 10 08 : 23 PM ET", "8 : 24am :", "Dec . 24 4 : 33 AM EST",
                                  "Story Created : Aug 7 , 2012 at 9 : 56 AM AKDT",
                                  "Originally published 05 / 03 / 2013 at 10 : 20 AM EDT"])
def test_datelines_with_numeric_dates_zones_and_live_blog_entries(line):
    from triangulate.facts.dates import on_stamp_line
    text = f"Headline\n{line}\nThe body starts here ."
    assert on_stamp_line(text, text.index(line) + 1)


def test_an_undated_pages_own_stamp_or_dated_link_resolves_its_weekdays(tmp_path):
    import json

    from triangulate import analyze
    texts = ["Updated : July 7 , 2012 , 10 : 04 PM ET\nKlitschko stopped Thompson in the sixth round on Saturday .",
             "http://example.com/2012/07/08/klitschko-thompson/\nKlitschko beat Thompson on Saturday in Bern .",
             "Posted 12 / 19 / 2005\nKlitschko beat Thompson on Saturday ."]
    f = tmp_path / "a.jsonl"
    f.write_text("".join(json.dumps({"title": f"Fight {i}", "text": t}) + "\n" for i, t in enumerate(texts)))
    report = analyze([str(f)], db=str(tmp_path / "t.db"), one_event=True)
    assert [a.published for a in report.articles] == [None, None, None]  # metadata only
    saturdays = {x.value["start"] for x in report.events[0].facts if x.kind == "date" and x.quote == "Saturday"}
    assert saturdays == {"2012-07-07", "2005-12-17"}
    # a weekday leaning on a page's stamp (which may be an update's) corroborates, never contradicts
    assert [c.explanation for c in report.events[0].comparisons if c.status == "conflict"] == []


@pytest.mark.parametrize("line, day", [
    ("Saturday , 28 September 2013 01 : 43", "2013-09-28"),  # tagged "September 2013 01": not the 1st
    ("Posted : Sep 27 , 2013 5 : 50 PM", "2013-09-27"),  # tagged "27 , 2013 5": not the year alone
    ("Published 9 : 46 PM CDT Sep 26 , 2013", "2013-09-26"),
    ("Posted September 26 , 2013 - 3 : 47pm Updated September 27 , 2013 - 6 : 56am", "2013-09-26"),
    ("Monday 5 August 2013 08 . 33 BST", "2013-08-05"),
    ("Posted 12 / 19 / 2005", "2005-12-19"),
    ("POSTED : 1052 GMT ( 1852 HKT ) , April 10 , 2007", "2007-04-10"),  # clock times, not years
    ("MAY 3 , 2013 AT 1 : 10PM", "2013-05-03"),
    ("Dec . 24 4 : 33 AM EST", None),  # no year: no day
])
def test_a_stamp_line_is_read_whole_not_as_the_tagger_cuts_it(line, day):
    from triangulate.facts.dates import stamp_day
    assert stamp_day(line) == (date.fromisoformat(day) if day else None)


def test_weekdays_of_undated_pages_resolve_against_stamps_the_tagger_cuts(tmp_path):
    from conftest import analyze_texts
    texts = ["Saturday , 28 September 2013 01 : 43\nThe jury deliberated almost seven hours Thursday before "
             "convicting him .",
             "Posted : Sep 27 , 2013 5 : 50 PM\nThe jury deliberated almost seven hours Thursday .",
             "Published 9 : 46 PM CDT Sep 26 , 2013\nAn Oklahoma man was found guilty Thursday ."]
    event = analyze_texts(tmp_path, texts, "Verdict", None).events[0]
    assert {x.value["start"] for x in event.facts if x.quote == "Thursday"} == {"2013-09-26"}
    assert event.when == "2013-09-26"
    stamps = {(x.quote, x.value["start"]) for x in event.facts if x.kind == "date" and x.value["stamp"]}
    assert ("Sep 27 , 2013", "2013-09-27") in stamps or ("Sep 27 , 2013 5", "2013-09-27") in stamps


@pytest.mark.parametrize("text, reference, start, end, precision", [
    ("Easter", "2018-04-20", "2018-04-01", "2018-04-01", "day"),  # a movable feast
    ("over Easter weekend", "2018-04-20", "2018-03-29", "2018-04-04", "week"),
    ("Good Friday", "2018-04-20", "2018-03-30", "2018-03-30", "day"),
    ("Christmas Day", "2018-01-05", "2017-12-25", "2017-12-25", "day"),  # the last one, not eleven months ahead
    ("Christmas", "2018-12-01", "2018-12-25", "2018-12-25", "day"),  # (or the one just ahead)
    ("next Christmas", "2018-01-05", "2018-12-25", "2018-12-25", "day"),
    ("New Year 's Eve", "2018-01-02", "2017-12-31", "2017-12-31", "day"),  # (a corpus's tokenised possessive)
    ("Thanksgiving", "2017-12-01", "2017-11-23", "2017-11-23", "day"),  # the fourth Thursday of November
    ("Memorial Day", "2018-06-01", "2018-05-28", "2018-05-28", "day"),  # the last Monday of May
    ("Christmas 2019", None, "2019-12-25", "2019-12-25", "day"),  # the year said: no reference needed
])
def test_holidays_resolve_to_their_day_that_year(text, reference, start, end, precision):
    r = resolve(text, date.fromisoformat(reference) if reference else None)
    assert (r.start.isoformat(), r.end.isoformat(), r.precision) == (start, end, precision)


def test_holidays_the_tagger_misses_are_dates_unless_they_name_a_thing(tmp_path):
    from conftest import analyze_texts
    event = analyze_texts(tmp_path, ["The trip, which took place over Easter, was kept secret. Christmas shopping "
                                     "fell."], "Secret trip", "2018-04-20").events[0]
    assert [(f.quote, f.value["start"]) for f in event.facts if f.kind == "date"] == [("Easter", "2018-04-01")]


def test_undated_reports_naming_one_holiday_agree(tmp_path):
    import json

    from triangulate import analyze
    f = tmp_path / "a.jsonl"
    f.write_text("".join(json.dumps({"title": f"Secret trip {i}", "text": text, "outlet": f"Outlet {i}"}) + "\n"
                         for i, text in enumerate(["The director met the leader over Easter weekend.",
                                                   "The director met the leader in secret over Easter weekend, "
                                                   "officials said."])))
    event = analyze([str(f)], db=str(tmp_path / "t.db"), one_event=True).events[0]
    facts = {x.id: x for x in event.facts}
    assert [(c.status, sorted(facts[i].article[:3] for i in c.facts)) for c in event.comparisons
            if facts[c.facts[0]].kind == "date"] == [("agree", sorted(a[:3] for a in event.articles))]


def test_last_night_tagged_a_time_is_the_night_before_publication(tmp_path):
    from conftest import analyze_texts
    event = analyze_texts(tmp_path, ["A woman opened fire at a factory in Philadelphia last night, killing two."],
                          "Factory shooting", "2010-09-10").events[0]
    assert [(f.quote, f.value["start"], f.value["precision"]) for f in event.facts if f.kind == "date"] \
        == [("last night", "2010-09-09", "night")]


def test_an_undated_reports_weekday_is_compatible_with_a_day_that_is_that_weekday(tmp_path):
    import json

    from triangulate import analyze
    f = tmp_path / "a.jsonl"
    reports = [{"title": "Plant shooting", "text": "The shooting at the plant happened on Thursday, police said.",
                "outlet": "Undated"},
               {"title": "Plant shooting", "text": "The shooting at the plant happened on Sept. 9, 2010, police said.",
                "outlet": "Dated in its text"},  # (no report is dated: "Thursday" stays unresolved)
               {"title": "Plant shooting", "text": "The shooting at the plant happened on Friday, police said.",
                "outlet": "Wrong day"}]
    f.write_text("".join(json.dumps(r) + "\n" for r in reports))
    event = analyze([str(f)], db=str(tmp_path / "t.db"), one_event=True).events[0]
    facts = {x.id: x for x in event.facts}
    told = sorted((c.status, sorted(facts[i].quote for i in c.facts)) for c in event.comparisons
                  if facts[c.facts[0]].kind == "date")
    assert told == [("compatible", ["Sept. 9, 2010", "Thursday"]), ("single", ["Friday"])]  # (2010-09-09 was
    # a Thursday; an undated "Friday" may be another day of the story: never a conflict)


def test_undated_reports_naming_one_day_of_a_month_agree(tmp_path):
    import json

    from triangulate import analyze
    f = tmp_path / "a.jsonl"
    texts = ["The president will visit the UK on July 13, officials said.",
             "The president will visit Britain on 13 July, Downing Street said.",
             "The president will visit the UK on the 13th of July."]
    f.write_text("".join(json.dumps({"title": f"Visit {i}", "text": t, "outlet": f"Outlet {i}"}) + "\n"
                         for i, t in enumerate(texts)))
    event = analyze([str(f)], db=str(tmp_path / "t.db"), one_event=True).events[0]
    facts = {x.id: x for x in event.facts}
    assert [(c.status, len(c.facts)) for c in event.comparisons if facts[c.facts[0]].kind == "date"] == [("agree", 3)]


def test_a_day_of_a_month_said_without_its_year_agrees_with_that_day_and_a_month_holds_it():
    from triangulate.crosscheck.judge import judge_date
    pending = {"start": None, "end": None, "precision": None, "text": "July 13", "qualifier": None}
    day = {"start": "2018-07-13", "end": "2018-07-13", "precision": "day", "text": "July 13, 2018", "qualifier": None}
    month = {**pending, "text": "in July"}
    friday = {**pending, "text": "Friday"}
    assert judge_date(pending, day) == "agree"
    assert judge_date(month, day) == "compatible"
    assert judge_date(friday, day) == "compatible"  # (2018-07-13 was a Friday)
    assert judge_date({**pending, "text": "July 14"}, day) == "unrelated"  # (another day, maybe of another happening)
