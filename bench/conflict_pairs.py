#!/usr/bin/env python3
"""Every conflict pair the pipeline finds in the 1,000 benchmark articles, one line each (a
review aid, not a test): diff the output of two commits to read what a change adds or removes.

    .venv/bin/python bench/conflict_pairs.py > pairs.txt          # the same articles as analyze_speed.py
    .venv/bin/python bench/conflict_pairs.py --articles 300

A line is `[event id] kind: 'quote' (about) <> 'quote' (about)`, in the report's order.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

import corpora  # noqa: E402
from triangulate import pipeline  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    records = corpora.everything()[:args.articles]
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "articles.jsonl"
        source.write_text("".join(json.dumps({k: r[k] for k in ("id", "title", "text", "published")}) + "\n"
                                  for r in records))
        report = pipeline.analyze([str(source)], db=str(Path(tmp) / "store.db"))
    count = 0
    for event in report.events:
        facts = {f.id: f for f in event.facts}
        for comparison in event.comparisons:
            if comparison.status != "conflict":
                continue
            for a, b in comparison.disagreements:
                fa, fb = facts[a], facts[b]
                print(f"[{event.id}] {fa.kind}: {fa.quote!r} ({fa.about[:50]}) <> {fb.quote!r} ({fb.about[:50]})")
                count += 1
    print(f"{count} conflict pairs", file=sys.stderr)


if __name__ == "__main__":
    main()
