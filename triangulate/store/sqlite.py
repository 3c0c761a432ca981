"""The embedded SQLite store.

Articles are keyed by content, facts by (article, kind, span), so storing the same input twice
changes nothing.  Each article is written together with its facts in one transaction, and an
event with its membership in another: an interrupted run leaves complete units only.
"""
from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

from ..cluster import WINDOW_DAYS, Profile
from ..model import Article, Event, Fact, Report
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
            self.db.execute("PRAGMA synchronous = NORMAL")  # in WAL mode still consistent after a
            # crash; only a power cut can lose the last commits, and a rerun redoes them
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

    def originals(self, first: str | None, last: str | None, undated: bool, limit: int = 20000) -> list[Article]:
        """Stored originals (no copies) published from `first` to `last` (ISO dates; both None:
        none by date), and the undated ones too when `undated`: the newest `limit` of them."""
        dated = bool(first and last)
        where = ["(published BETWEEN ? AND ?)"] * dated + ["published IS NULL"] * undated
        if not where:
            return []
        rows = self.db.execute(f"SELECT * FROM articles WHERE duplicate_of IS NULL AND ({' OR '.join(where)}) "
                               "ORDER BY added_at DESC, id LIMIT ?", [*([first, last] if dated else []), limit])
        return [_article(r) for r in rows]

    def is_analyzed(self, article_id: str, analyzer: str | None = None) -> bool:
        """Whether the article's facts and profile are stored, by `analyzer` when given (facts of
        an older version of the analysis are analysed again)."""
        row = self.db.execute("SELECT analyzed, analyzer FROM articles WHERE id = ?", (article_id,)).fetchone()
        return bool(row and row[0]) and (analyzer is None or row[1] == analyzer)

    def save_article(self, article: Article, facts: list[Fact] | None = None,
                     profile: Profile | None = None, analyzer: str | None = None) -> None:
        """Insert an article (or record new outlets of it) and, when given, replace its facts
        and clustering profile: all in one transaction."""
        values = [getattr(article, c) for c in ARTICLE_COLUMNS]
        with self.db:
            self.db.execute(
                f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}, outlets, skip) "
                f"VALUES ({', '.join('?' * len(ARTICLE_COLUMNS))}, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET outlets = excluded.outlets, "
                "duplicate_of = excluded.duplicate_of",
                [*values, json.dumps(article.outlets), json.dumps(article.skip)])
            if profile is not None:
                self.db.execute("INSERT OR REPLACE INTO profiles (article_id, published, data) VALUES (?, ?, ?)",
                                (article.id, profile.published, json.dumps(profile.to_data())))
            if facts is not None:
                self.db.execute("DELETE FROM facts WHERE article_id = ?", (article.id,))
                self.db.executemany(
                    'INSERT INTO facts (id, article_id, kind, start, "end", data) VALUES (?, ?, ?, ?, ?, ?)',
                    [(f.id, f.article, f.kind, f.start, f.end, json.dumps(_fact_data(f))) for f in facts])
                self.db.execute("UPDATE articles SET analyzed = 1, analyzer = ? WHERE id = ?", (analyzer, article.id))

    def get_articles(self, ids: list[str]) -> list[Article]:
        """Articles by id, in the order given."""
        found = {}
        for chunk in _chunks(list(dict.fromkeys(ids))):
            marks = ",".join("?" * len(chunk))
            found.update((r["id"], _article(r)) for r in
                         self.db.execute(f"SELECT * FROM articles WHERE id IN ({marks})", chunk))
        return [found[i] for i in dict.fromkeys(ids) if i in found]

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

    def add_to_events(self, membership: dict[str, str]) -> None:
        """Record article -> event assignments (events not built yet get a placeholder row)."""
        with self.db:
            self.db.executemany("INSERT OR IGNORE INTO events (id, title, data) VALUES (?, '', '{}')",
                                [(e,) for e in set(membership.values())])
            self.db.executemany("INSERT OR IGNORE INTO event_articles VALUES (?, ?)",
                                [(e, a) for a, e in membership.items()])

    def event_members(self, event_id: str) -> list[str]:
        rows = self.db.execute("SELECT ea.article_id FROM event_articles ea JOIN articles a ON a.id = ea.article_id "
                               "WHERE ea.event_id = ? ORDER BY a.published, a.id", (event_id,))
        return [r[0] for r in rows]

    def event_of_articles(self, ids: list[str]) -> dict[str, str]:
        out = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            out.update(self.db.execute(f"SELECT article_id, event_id FROM event_articles "
                                       f"WHERE article_id IN ({marks})", chunk).fetchall())
        return out

    def signatures(self, ids: list[str]) -> dict[str, bytes]:
        """Stored MinHash signatures (`Article.signature`) of the articles that have one."""
        out = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            out.update(self.db.execute(f"SELECT article_id, minhash FROM signatures WHERE article_id IN ({marks})",
                                       chunk).fetchall())
        return out

    def save_signatures(self, signatures: dict[str, bytes]) -> None:
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO signatures (article_id, minhash) VALUES (?, ?)",
                                list(signatures.items()))

    def profiles(self, ids: list[str]) -> list[Profile]:
        out = []
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            out += [Profile.from_data(a, json.loads(d)) for a, d in self.db.execute(
                f"SELECT article_id, data FROM profiles WHERE article_id IN ({marks})", chunk)]
        return out

    def open_events(self, new: list[Profile]) -> dict[str, list[Profile]]:
        """Events that articles dated like `new` may still join, with their members' profiles."""
        if not new:
            return {}
        dates = [p.published for p in new if p.published]
        if len(dates) == len(new):
            since = (date.fromisoformat(min(dates)) - timedelta(days=WINDOW_DAYS)).isoformat()
            rows = self.db.execute("SELECT DISTINCT ea.event_id FROM event_articles ea JOIN profiles p "
                                   "ON p.article_id = ea.article_id WHERE p.published >= ? "
                                   "OR p.published IS NULL", (since,))
        else:
            rows = self.db.execute("SELECT DISTINCT event_id FROM event_articles")
        events: dict[str, list[Profile]] = {}
        for (event_id,) in rows.fetchall():
            members = self.db.execute("SELECT p.article_id, p.data FROM profiles p JOIN event_articles ea "
                                      "ON ea.article_id = p.article_id WHERE ea.event_id = ?", (event_id,))
            events[event_id] = [Profile.from_data(a, json.loads(d)) for a, d in members]
        return {e: ps for e, ps in events.items() if ps}

    def events(self) -> list[dict]:
        return [json.loads(r[0]) for r in self.db.execute("SELECT data FROM events WHERE data != '{}' ORDER BY id")]

    def event(self, event_id: str) -> dict | None:
        row = self.db.execute("SELECT data FROM events WHERE id = ? AND data != '{}'", (event_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def event_rows(self) -> list[dict]:
        """One line per built event: title, first and last publication date, sources, outlets."""
        rows = []
        for data in self.events():
            articles = self.get_articles(data["articles"])
            dates = sorted(a.published for a in articles if a.published)
            outlets = sorted({o for a in articles for o in (a.outlets or [a.outlet]) if o})
            rows.append({"id": data["id"], "title": data["title"], "first": dates[0] if dates else None,
                         "last": dates[-1] if dates else None,
                         "sources": sum(1 for a in articles if a.duplicate_of is None),
                         "articles": len(articles), "outlets": outlets})
        return sorted(rows, key=lambda r: (r["first"] or "", r["id"]))

    def report(self, event_ids: list[str]) -> Report:
        """A report of stored events, with their articles."""
        events = [Event.from_dict(d) for d in (self.event(e) for e in event_ids) if d]
        articles = self.get_articles([a for e in events for a in e.articles])
        return Report(articles=articles, events=events, errors=[])

    def counts(self) -> dict[str, int]:
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "facts", "profiles", "events", "event_articles")}


def _chunks(ids: list[str], size: int = 500):
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def _fact_data(fact: Fact) -> dict:
    import dataclasses
    return {f.name: getattr(fact, f.name) for f in dataclasses.fields(fact)}


def _article(row: sqlite3.Row) -> Article:
    data = {c: row[c] for c in ARTICLE_COLUMNS}
    return Article(**data, outlets=json.loads(row["outlets"]),
                   skip=[tuple(s) for s in json.loads(row["skip"])])
