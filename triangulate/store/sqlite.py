"""The embedded SQLite store.

Articles are keyed by content, facts by (article, kind, span), so storing the same input twice
changes nothing.  Each article is written together with its facts in one transaction, and an
event with its membership in another: an interrupted run leaves complete units only.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from ..model import Article, Event, Fact
from .migrations import MIGRATIONS

ARTICLE_COLUMNS = ("id", "path", "url", "outlet", "title", "published", "language",
                   "duplicate_of", "kind", "text")


class Store:
    def __init__(self, path: str | Path = "triangulate.db"):
        self.path = str(path)
        self.db = sqlite3.connect(self.path)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            self.db.execute("PRAGMA journal_mode = WAL")
        self.migrate()

    def migrate(self) -> int:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            with self.db:
                self.db.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
        return len(MIGRATIONS)

    @property
    def version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def close(self) -> None:
        self.db.close()

    # --- articles and facts ------------------------------------------------------------

    def get_article(self, article_id: str) -> Article | None:
        row = self.db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        return _article(row) if row else None

    def articles(self) -> list[Article]:
        return [_article(r) for r in self.db.execute("SELECT * FROM articles ORDER BY added_at, id")]

    def is_analyzed(self, article_id: str) -> bool:
        row = self.db.execute("SELECT analyzed FROM articles WHERE id = ?", (article_id,)).fetchone()
        return bool(row and row[0])

    def save_article(self, article: Article, facts: list[Fact] | None = None) -> None:
        """Insert or update an article (and, when given, replace its facts) atomically."""
        values = [getattr(article, c) for c in ARTICLE_COLUMNS]
        with self.db:
            self.db.execute(
                f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}, outlets, skip) "
                f"VALUES ({', '.join('?' * len(ARTICLE_COLUMNS))}, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET outlets = excluded.outlets, "
                "duplicate_of = excluded.duplicate_of",
                [*values, json.dumps(article.outlets), json.dumps(article.skip)])
            if facts is not None:
                self.db.execute("DELETE FROM facts WHERE article_id = ?", (article.id,))
                self.db.executemany(
                    'INSERT INTO facts (id, article_id, kind, start, "end", data) VALUES (?, ?, ?, ?, ?, ?)',
                    [(f.id, f.article, f.kind, f.start, f.end, json.dumps(_fact_data(f))) for f in facts])
                self.db.execute("UPDATE articles SET analyzed = 1 WHERE id = ?", (article.id,))

    def facts(self, article_ids: list[str]) -> list[Fact]:
        marks = ",".join("?" * len(article_ids))
        rows = self.db.execute(f"SELECT data FROM facts WHERE article_id IN ({marks}) "
                               'ORDER BY article_id, start, "end", kind', article_ids)
        return [Fact(**json.loads(r[0])) for r in rows]

    # --- events --------------------------------------------------------------------------

    def save_event(self, event: Event) -> None:
        with self.db:
            self.db.execute("INSERT INTO events (id, title, data) VALUES (?, ?, ?) ON CONFLICT(id) "
                            "DO UPDATE SET title = excluded.title, data = excluded.data, "
                            "updated_at = datetime('now')",
                            (event.id, event.title, json.dumps(event.to_dict())))
            self.db.execute("DELETE FROM event_articles WHERE event_id = ?", (event.id,))
            self.db.executemany("INSERT INTO event_articles VALUES (?, ?)",
                                [(event.id, a) for a in event.articles])

    def events(self) -> list[dict]:
        return [json.loads(r[0]) for r in self.db.execute("SELECT data FROM events ORDER BY id")]

    def counts(self) -> dict[str, int]:
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "facts", "events", "event_articles")}


def _fact_data(fact: Fact) -> dict:
    import dataclasses
    return {f.name: getattr(fact, f.name) for f in dataclasses.fields(fact)}


def _article(row: sqlite3.Row) -> Article:
    data = {c: row[c] for c in ARTICLE_COLUMNS}
    return Article(**data, outlets=json.loads(row["outlets"]),
                   skip=[tuple(s) for s in json.loads(row["skip"])])
