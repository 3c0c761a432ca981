#!/usr/bin/env python3
"""Choose cross-check thresholds on labeled dev data (never on test data).

    .venv/bin/python eval/tune_crosscheck.py --labels ../shared/dev/public.labels.json

Facts are extracted once per event (kept in .cache/eval/); then every combination of join
thresholds is scored.  Prints alignment recall, conflict precision/recall per combination.
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

import facts as fact_eval  # noqa: E402
from triangulate import crosscheck  # noqa: E402
from triangulate.evaluate import score  # noqa: E402
from triangulate.nlp.embed import embed  # noqa: E402
from triangulate.events import build_event  # noqa: E402
from triangulate.pipeline import ingest  # noqa: E402
from triangulate.store import Store  # noqa: E402

_memo: dict[str, object] = {}


def cached_embed(texts):
    import numpy as np
    missing = [t for t in dict.fromkeys(texts) if t not in _memo]
    if missing:
        _memo.update(zip(missing, embed(missing)))
    return np.array([_memo[t] for t in texts])


def prepare(label_path: Path, work: Path):
    labels = json.loads(label_path.read_text())
    docs = work / label_path.stem
    fact_eval.materialize({n for e in labels["events"] for n in e["articles"]}, docs)
    events = []
    for event in labels["events"]:
        db = work / f"{label_path.stem}-{event['id']}.db"
        (built,) = ingest([str(docs / n) for n in event["articles"]], str(db), embeddings=False,
                          one_event=True).events
        store = Store(db)
        events.append((built.id, store.get_articles(built.articles), store))
    texts = {p.name: p.read_text(encoding="utf-8-sig") for p in docs.iterdir()}
    return labels, events, texts


def run(labels, events, texts) -> dict:
    merged = {"schema": "triangulate.report/1", "articles": [], "events": [], "errors": []}
    for event_id, articles, store in events:
        facts = store.facts([a.id for a in articles if a.duplicate_of is None])
        event = build_event(event_id, articles, facts, cached_embed)
        merged["articles"] += [a.to_dict() for a in articles]
        merged["events"].append(event.to_dict())
    return score(merged, labels, texts)["overall"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--labels", nargs="+", type=Path, required=True)
    parser.add_argument("--work", type=Path, default=ROOT / ".cache" / "eval")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    prepared = [prepare(p, args.work) for p in args.labels]
    grid = {"statement": [0.3, 0.4, 0.5, 0.6], "date_agree": [0.25], "place": [0.3], "conflict": [0.72]}
    for q, da, pl, c in itertools.product(*grid.values()):
        crosscheck.JOIN.update(statement=q, place=pl)
        crosscheck.AGREE_JOIN.update(date=da)
        crosscheck.CONFLICT_JOIN.update(quantity=c, date=c)
        rows = [run(*p) for p in prepared]
        cells = "  ".join(f"align {r['alignment_recall']:.3f} confP {r['conflict_precision'] or 0:.2f} "
                          f"confR {r['conflict_recall'] or 0:.2f} status {r['status_accuracy'] or 0:.2f}"
                          for r in rows)
        print(f"statement={q} date_agree={da} place={pl} conflict={c}: {cells}", flush=True)


if __name__ == "__main__":
    main()
