"""Unit tests for triangulate.evaluate on a small synthetic report, labels and texts."""
from __future__ import annotations

import json

import pytest

from triangulate.evaluate import format_table, locate, main, score

TEXTS = {
    "a.txt": "Police said 5 people died. The fire began at noon. Mayor Lee resigned.",
    "b.txt": "Five people were killed. The blaze started at 3 p.m. on Monday.",
    "c.txt": "Officials: 5 dead. The fire began around noon.",
}


def span(fname: str, quote: str) -> tuple[int, int]:
    start = TEXTS[fname].index(quote)
    return start, start + len(quote)


def fact(fid: str, art: str, quote: str, grounded: bool = True) -> dict:
    start, end = span(art + ".txt", quote)
    if not grounded:
        start, end = start + 3, end + 3
    return {"id": fid, "article": art, "kind": "number", "about": "x", "quote": quote,
            "start": start, "end": end, "value": None, "attributed_to": None, "speaker": None}


def label(quotes: dict[str, str], status: str, values: dict[str, object] | None = None) -> dict:
    values = values or {}
    return {"slot": "s", "status": status,
            "values": {f: {"value": values.get(f, 1), "quote": q} for f, q in quotes.items()}}


@pytest.fixture
def report() -> dict:
    facts = [
        fact("f1", "a", "5 people died"), fact("f2", "b", "Five people were killed"),
        fact("f3", "c", "5 dead"),
        fact("f4", "a", "fire began at noon"), fact("f5", "b", "blaze started at 3 p.m."),
        fact("f6", "c", "fire began around noon"),
        fact("f7", "a", "Mayor Lee resigned", grounded=False),
    ]
    comparisons = [
        # deaths: a, b, c all agree, but the system calls a-b a conflict (false conflict)
        {"id": "c1", "about": "deaths", "status": "conflict", "facts": ["f1", "f2"]},
        {"id": "c2", "about": "deaths", "status": "agree", "facts": ["f1", "f3"]},
        # start time: b conflicts with a and c, but the system calls it compatible (missed conflict)
        {"id": "c3", "about": "time", "status": "compatible", "facts": ["f4", "f5", "f6"]},
    ]
    articles = [{"id": x, "path": f"/in/{x}.txt", "url": None, "outlet": x, "title": x,
                 "published": None, "language": "en", "duplicate_of": None} for x in "abc"]
    return {"schema": "triangulate.report/1", "articles": articles, "errors": [],
            "events": [{"id": "e1", "title": "t", "when": None, "where": None, "who": [],
                        "articles": ["a", "b", "c"], "facts": facts, "comparisons": comparisons,
                        "summary": []}]}


@pytest.fixture
def labels() -> dict:
    facts = [
        label({"a.txt": "said 5 people died", "b.txt": "Five people were killed",
               "c.txt": "5 dead"}, "agree"),
        label({"a.txt": "began at noon", "b.txt": "started at 3 p.m.", "c.txt": "began around noon"},
              "conflict", {"a.txt": "12:00", "b.txt": "15:00", "c.txt": "~12:00"}),
        label({"a.txt": "Mayor Lee resigned"}, "single"),
        label({"b.txt": "on Monday"}, "single"),
    ]
    return {"events": [{"id": "e1", "title": "t", "articles": list(TEXTS), "facts": facts}]}


def test_locate_exact_and_whitespace_insensitive() -> None:
    assert locate("ab  cd ef", "cd") == (4, 6)
    assert locate("The fire\n began", "fire began") == (4, 15)
    assert locate("Smith , 32", "Smith, 32") == (0, 10)
    assert locate("abc", "zzz") is None and locate("abc", "") is None


def test_score(report: dict, labels: dict) -> None:
    m = score(report, labels, TEXTS)["overall"]
    c = m["counts"]
    # pairs: deaths a-b, a-c, b-c (agree); time a-b, a-c (conflict), b-c (conflict) -> 6
    assert c["pairs"] == 6
    # aligned: deaths a-b (c1), a-c (c2); b-c deaths has no comparison; time all three (c3)
    assert c["aligned"] == 5 and m["alignment_recall"] == pytest.approx(5 / 6)
    # status: deaths a-b predicted conflict (wrong), a-c agree (right); time a-b, b-c compatible
    # (wrong, labeled conflict), a-c compatible ('12:00' vs '~12:00' -> compatible: right)
    assert c["status_correct"] == 2 and m["status_accuracy"] == pytest.approx(2 / 5)
    assert c["conflict_pairs"] == 2 and c["conflict_found"] == 0 and m["conflict_recall"] == 0.0
    # one predicted conflict pair (c1: a-b), on an agree label
    assert c["pred_conflict"] == 1 and c["pred_conflict_correct"] == 0
    assert c["pred_conflict_nonconflict"] == 1 and c["pred_conflict_unlabeled"] == 0
    assert m["conflict_precision"] == 0.0 and m["conflict_precision_labeled"] == 0.0
    # agree/compatible aligned pairs: deaths a-b (conflict!), a-c, time a-c -> 2 of 3 kept
    assert c["nonconflict_aligned"] == 3 and m["not_conflict_rate"] == pytest.approx(2 / 3)
    # single: 'Mayor Lee resigned' found (f7 span is off by 3 but still overlaps); 'on Monday' not
    assert c["singles"] == 2 and m["single_found"] == 0.5
    assert c["values"] == 8 and c["values_found"] == 7 and m["fact_recall"] == pytest.approx(7 / 8)
    # grounding: f7 quote != text[start:end], and quote in text only counts when offsets are unknown
    assert m["grounding_exact"] == pytest.approx(6 / 7) and m["grounding"] == 1.0
    art_texts = {x: TEXTS[x + ".txt"] for x in "abc"}
    assert score(report, labels, TEXTS, art_texts)["overall"]["grounding"] == pytest.approx(6 / 7)


def test_true_conflict_and_unlabeled_conflict(report: dict, labels: dict) -> None:
    comps = report["events"][0]["comparisons"]
    comps[0]["status"] = "agree"
    comps[2]["status"] = "conflict"  # a-b and b-c correct, a-c on a non-conflict pair
    comps.append({"id": "c4", "about": "mayor", "status": "conflict", "facts": ["f7", "f5"]})
    m = score(report, labels, TEXTS)["overall"]
    c = m["counts"]
    assert c["conflict_found"] == 2 and m["conflict_recall"] == 1.0
    # predicted conflict pairs: c3 a-b, a-c, b-c; c4 a-b (f7 matches only a single label)
    assert c["pred_conflict"] == 4 and c["pred_conflict_correct"] == 2
    assert c["pred_conflict_nonconflict"] == 1 and c["pred_conflict_unlabeled"] == 1
    assert m["conflict_precision"] == 0.5 and m["conflict_precision_labeled"] == pytest.approx(2 / 3)


def test_duplicate_article_and_missing_article(report: dict, labels: dict) -> None:
    report["articles"][2]["duplicate_of"] = "a"
    events = report["events"][0]
    events["facts"] = [f for f in events["facts"] if f["article"] != "c"]
    events["comparisons"] = [{"id": "c1", "about": "d", "status": "agree", "facts": ["f1", "f2"]}]
    m = score(report, labels, TEXTS)["overall"]
    # c duplicates a: its label quotes are looked up in a's text ('5 dead' is not there)
    assert m["counts"]["duplicate_pairs"] == 2 and m["counts"]["aligned"] == 3
    report["articles"].pop(1)
    assert score(report, labels, TEXTS)["overall"]["counts"]["values_no_article"] == 3


def test_format_table_and_cli(report: dict, labels: dict, tmp_path) -> None:
    table = format_table(score(report, labels, TEXTS))
    assert "overall" in table and "e1" in table and "alignment_recall" in table
    for name, text in TEXTS.items():
        (tmp_path / name).write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (tmp_path / "r.json").write_text(json.dumps(report))
    (tmp_path / "l.json").write_text(json.dumps(labels))
    out = tmp_path / "out.json"
    assert main(["--report", str(tmp_path / "r.json"), "--labels", str(tmp_path / "l.json"),
                 "--texts", str(tmp_path), "--json", str(out)]) == 0
    assert json.loads(out.read_text())["overall"]["counts"]["pairs"] == 6


def test_a_pair_is_scored_by_the_comparison_that_covers_its_quotes_most_closely(report: dict) -> None:
    event = report["events"][0]
    event["facts"] += [fact("s1", "a", "Police said 5 people died."), fact("s2", "c", "Officials: 5 dead.")]
    event["comparisons"] = [  # the sentences pair as "compatible", the counts in them agree
        {"id": "c9", "about": "sentence", "status": "compatible", "facts": ["s1", "s2"]},
        {"id": "c2", "about": "deaths", "status": "agree", "facts": ["f1", "f3"]}]
    labels = {"events": [{"id": "e1", "articles": ["a.txt", "c.txt"],
                          "facts": [label({"a.txt": "5 people died", "c.txt": "5 dead"}, "agree")]}]}
    assert score(report, labels, TEXTS)["overall"]["status_accuracy"] == 1.0


def test_event_date_is_the_when_of_the_event_holding_the_labeled_articles(report: dict, labels: dict) -> None:
    assert score(report, labels, TEXTS)["overall"]["event_date"] is None  # no labeled date
    labels["events"][0]["date"] = "2024-03-04"
    report["events"][0]["when"] = "2024-03-05"
    report["events"].append({**report["events"][0], "id": "e2", "articles": ["c"], "when": "2024-03-04"})
    m = score(report, labels, TEXTS)["overall"]
    assert (m["counts"]["dated_events"], m["counts"]["dates_correct"]) == (1, 0)  # e1 holds most of them
    report["events"][0]["when"] = "2024-03-04"
    assert score(report, labels, TEXTS)["overall"]["event_date"] == 1.0


def test_event_place_is_the_where_of_the_event_holding_the_labeled_articles(report: dict, labels: dict) -> None:
    assert score(report, labels, TEXTS)["overall"]["event_place"] is None  # no labeled location
    labels["events"][0]["location"] = "1700 block of West Highland Avenue, Aransas Pass, Texas"
    report["events"][0]["where"] = "the home"  # no word that tells the place
    m = score(report, labels, TEXTS)["overall"]
    assert (m["counts"]["located_events"], m["counts"]["places_correct"]) == (1, 0)
    report["events"][0]["where"] = "Aransas Pass"
    assert score(report, labels, TEXTS)["overall"]["event_place"] == 1.0
