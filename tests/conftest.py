"""Shared fixtures: the seed articles shipped in examples/, analysed once per session."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "examples" / "seeds"


@pytest.fixture(scope="session")
def seeds_report(tmp_path_factory):
    from triangulate import analyze
    db = tmp_path_factory.mktemp("seeds") / "t.db"
    return analyze([str(SEEDS)], db=str(db))


@pytest.fixture(scope="session")
def seed_event(seeds_report):
    return seeds_report.events[0]


def facts_by_quote(event, text):
    return [f for f in event.facts if text in f.quote]


def analyze_texts(tmp_path, texts: list[str], title: str, published: str | None):
    """The report of `texts` as one event, each from its own outlet ("Outlet 0", ...) and titled
    `title` with its number; undated when `published` is None."""
    from triangulate import analyze
    f = tmp_path / "a.jsonl"
    dated = {"published": published} if published else {}
    f.write_text("".join(json.dumps({"title": f"{title} {i}", "text": t, "outlet": f"Outlet {i}", **dated}) + "\n"
                         for i, t in enumerate(texts)))
    return analyze([str(f)], db=str(tmp_path / "t.db"), one_event=True)
