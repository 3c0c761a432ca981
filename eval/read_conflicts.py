#!/usr/bin/env python3
"""Print the conflicts predicted on real multi-outlet stories that have no fact labels, to read.

    .venv/bin/python eval/read_conflicts.py                 # NeuS val, all 307 stories
    .venv/bin/python eval/read_conflicts.py --stories 60 --split test

Each NeuS story (the title and lead of a left, a centre and a right outlet on one event) is
analysed as one event in a fresh store; every comparison with status `conflict` is printed with
its explanation.  There are no labels: the point is to read them and count the wrong ones
(docs/quality.md has the last reading).
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
from triangulate import analyze  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="val", choices=("train", "val", "test"))
    parser.add_argument("--stories", type=int, default=None, help="the first N stories only")
    args = parser.parse_args()
    stories: dict[str, list[dict]] = {}
    for record in corpora.neus(args.split):
        stories.setdefault(record["gold"], []).append(record)
    chosen = list(stories.values())[:args.stories]
    found = 0
    with tempfile.TemporaryDirectory() as tmp:
        for k, story in enumerate(chosen):
            path = Path(tmp) / f"story{k}.jsonl"
            path.write_text("".join(json.dumps({"id": r["id"], "title": r["title"], "text": r["text"],
                                                "outlet": f"outlet{i}"}) + "\n" for i, r in enumerate(story)))
            report = analyze([str(path)], db=str(Path(tmp) / f"story{k}.db"), one_event=True)
            for event in report.events:
                for c in event.comparisons:
                    if c.status == "conflict":
                        found += 1
                        print(f"[story {k}] {c.explanation}")
    print(f"{len(chosen)} stories, {found} conflicts")


if __name__ == "__main__":
    main()
