import sqlite3

import pytest

from triangulate import analyze
from triangulate.store import Store
from triangulate.store.migrations import MIGRATIONS

from conftest import SEEDS


def test_migrations_run_once_and_record_the_version(tmp_path):
    db = tmp_path / "t.db"
    assert Store(db).version == len(MIGRATIONS)
    assert Store(db).version == len(MIGRATIONS)  # re-opening migrates nothing


def test_analyzing_twice_changes_nothing(tmp_path):
    db = str(tmp_path / "t.db")
    first = analyze([str(SEEDS)], db=db)
    counts = Store(db).counts()
    second = analyze([str(SEEDS)], db=db)
    assert Store(db).counts() == counts
    assert [c.to_dict() for c in first.events[0].comparisons] == [c.to_dict() for c in second.events[0].comparisons]


def test_an_interrupted_run_leaves_complete_articles(tmp_path, monkeypatch):
    import triangulate.store.sqlite as sqlite_store
    db = str(tmp_path / "t.db")
    stored = []
    real = sqlite_store._fact_data

    def flaky(fact):
        if fact.article not in stored:
            stored.append(fact.article)
        if len(stored) == 2:
            raise KeyboardInterrupt  # Ctrl-C while the second article's facts are being written
        return real(fact)

    monkeypatch.setattr(sqlite_store, "_fact_data", flaky)
    with pytest.raises(KeyboardInterrupt):
        analyze([str(SEEDS)], db=db)
    con = sqlite3.connect(db)
    analysed = {r[0] for r in con.execute("SELECT id FROM articles WHERE analyzed = 1")}
    with_facts = {r[0] for r in con.execute("SELECT DISTINCT article_id FROM facts")}
    with_profiles = {r[0] for r in con.execute("SELECT article_id FROM profiles")}
    assert analysed == with_facts == with_profiles == {stored[0]}
    monkeypatch.setattr(sqlite_store, "_fact_data", real)
    report = analyze([str(SEEDS)], db=db)  # the next run finishes the job
    assert len({f.article for f in report.events[0].facts}) == 2


def test_facts_of_an_older_analysis_are_extracted_again(tmp_path):
    db = str(tmp_path / "t.db")
    first = analyze([str(SEEDS)], db=db)
    facts = {f.id for f in first.events[0].facts}
    con = sqlite3.connect(db)
    with con:  # as an older version of triangulate would have left them
        con.execute("UPDATE articles SET analyzer = 'older'")
        con.execute("DELETE FROM facts WHERE kind = 'quantity'")
    con.close()
    again = analyze([str(SEEDS)], db=db)
    assert {f.id for f in again.events[0].facts} == facts
    assert all(f.value["start"] for f in again.events[0].facts if f.kind == "date")  # the undated
    # article's "on Wednesday" is resolved again against the event's first report
    con = sqlite3.connect(db)
    assert {r[0] for r in con.execute("SELECT DISTINCT analyzer FROM articles")} != {"older"}
