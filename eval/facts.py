#!/usr/bin/env python3
"""Fact and cross-check quality on labeled events (the seeds, the public dev set, our own labels).

    .venv/bin/python eval/facts.py                       # all label files, table per event
    .venv/bin/python eval/facts.py --labels ../shared/dev/seeds.labels.json --json out.json
    .venv/bin/python eval/facts.py --check               # fail if a metric drops below its floor

Each labeled event's articles are analysed together as one event (as `triangulate analyze` does)
in a fresh store; the reports are merged and scored with `triangulate.evaluate`.  Article texts
are materialized from ../shared (never copied into the repository).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

import corpora  # noqa: E402
from triangulate.evaluate import format_table, score  # noqa: E402
from triangulate.pipeline import analyze  # noqa: E402

LABELS = [SHARED / "dev" / "seeds.labels.json", SHARED / "dev" / "public.labels.json",
          ROOT / "eval" / "labels" / "extra.labels.json", ROOT / "eval" / "labels" / "heldout_gvc.labels.json",
          ROOT / "eval" / "labels" / "heldout_ecb.labels.json", ROOT / "eval" / "labels" / "heldout_newswcl.labels.json",
          ROOT / "eval" / "labels" / "heldout2_ecb.labels.json", ROOT / "eval" / "labels" / "heldout3_ecb.labels.json",
          ROOT / "eval" / "labels" / "heldout3_newswcl.labels.json"]
FLOORS = json.loads((ROOT / "eval" / "floors.json").read_text()) if (ROOT / "eval" / "floors.json").exists() else {}


def _label_materializer():
    spec = importlib.util.spec_from_file_location("labels_materialize", ROOT / "eval" / "labels" / "materialize.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def materialize(names: set[str], out: Path) -> None:
    """Write the labeled files into `out`: seeds are copied, corpus documents rendered."""
    out.mkdir(parents=True, exist_ok=True)
    corpus = []
    for name in sorted(names):
        seed = SHARED / "seeds" / name
        if seed.exists():
            (out / name).write_bytes(seed.read_bytes())
        else:
            prefix, _, rest = name.removesuffix(".txt").partition("_")
            corpus.append((prefix, rest))
    if corpus:
        _label_materializer().write_documents(corpus, out)


def evaluate_file(label_path: Path, work: Path, embeddings: bool = True) -> dict:
    labels = json.loads(label_path.read_text())
    names = {n for e in labels["events"] for n in e["articles"]}
    docs = work / label_path.stem
    materialize(names, docs)
    merged = {"schema": "triangulate.report/1", "articles": [], "events": [], "errors": []}
    for event in labels["events"]:
        report = analyze([str(docs / n) for n in event["articles"]], db=str(work / f"{event['id']}.db"), one_event=True,
                         embeddings=embeddings).to_dict()
        for key in ("articles", "events", "errors"):
            merged[key].extend(report[key])
    texts = {n: (docs / n).read_text(encoding="utf-8-sig") for n in names}
    return score(merged, labels, texts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--labels", nargs="*", type=Path, default=[p for p in LABELS if p.exists()])
    parser.add_argument("--json", type=Path, help="write all results to this file")
    parser.add_argument("--check", action="store_true", help="exit 1 if a metric is under its floor")
    parser.add_argument("--no-embeddings", action="store_true")
    args = parser.parse_args(argv)
    results, failed = {}, []
    with tempfile.TemporaryDirectory() as tmp:
        for path in args.labels:
            result = evaluate_file(path, Path(tmp), not args.no_embeddings)
            results[path.name] = result
            print(f"== {path.name}\n{format_table(result)}\n")
            for metric, floor in FLOORS.get(path.name, {}).items():
                value = result["overall"].get(metric, result.get(metric))
                if value is None or value < floor:
                    failed.append(f"{path.name}: {metric} = {value} < floor {floor}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    for line in failed:
        print("FLOOR BROKEN:", line, file=sys.stderr)
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    sys.exit(main())
