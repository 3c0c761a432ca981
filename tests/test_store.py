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
    import triangulate.pipeline as pipeline
    db = str(tmp_path / "t.db")
    calls = []
    real = pipeline.extract_facts

    def flaky(article, doc, *args):
        calls.append(article.id)
        if len(calls) == 2:
            raise KeyboardInterrupt  # the user pressed Ctrl-C during the second article
        return real(article, doc, *args)

    monkeypatch.setattr(pipeline, "extract_facts", flaky)
    with pytest.raises(KeyboardInterrupt):
        analyze([str(SEEDS)], db=db)
    con = sqlite3.connect(db)
    analysed = {r[0] for r in con.execute("SELECT id FROM articles WHERE analyzed = 1")}
    with_facts = {r[0] for r in con.execute("SELECT DISTINCT article_id FROM facts")}
    assert analysed == with_facts == {calls[0]}
    monkeypatch.setattr(pipeline, "extract_facts", real)
    report = analyze([str(SEEDS)], db=db)  # the next run finishes the job
    assert len({f.article for f in report.events[0].facts}) == 2
