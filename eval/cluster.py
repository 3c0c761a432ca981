#!/usr/bin/env python3
"""Event clustering quality on the public corpora: document-level B-cubed P/R/F1 and ARI.

    .venv/bin/python eval/cluster.py                  # every corpus and split
    .venv/bin/python eval/cluster.py --tune           # threshold sweep on train/dev splits only
    .venv/bin/python eval/cluster.py --tune-adopt     # the lone-article adoption sweep, same splits
    .venv/bin/python eval/cluster.py --tune-years     # the different-years penalty sweep, same splits

Gold: ECB+ subtopic (test topics 36-45; dev and train as in shared/data/README.md), GVC
incident (test, val), NewsWCL50 event, NeuS story (three outlets' title and lead, undated).  Order independence: the same documents shuffled.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from math import comb
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

import corpora  # noqa: E402
from triangulate import cluster  # noqa: E402
from triangulate.evaluate import bcubed  # noqa: E402
from triangulate.ingest.common import content_key  # noqa: E402

SPLITS = {"ecb+ test": lambda: corpora.ecbplus("test"), "ecb+ dev": lambda: corpora.ecbplus("dev"),
          "ecb+ train": lambda: corpora.ecbplus("train"), "gvc test": lambda: corpora.gvc("test"),
          "gvc val": lambda: corpora.gvc("val"), "newswcl50": corpora.newswcl50,
          "neus val": lambda: corpora.neus("val"), "neus test": lambda: corpora.neus("test")}
TUNE = ("ecb+ train", "ecb+ dev", "gvc val", "neus val")


def ari(pred: dict[str, str], gold: dict[str, str]) -> float:
    docs = list(gold)
    pairs = Counter((pred[d], gold[d]) for d in docs)
    index = sum(comb(n, 2) for n in pairs.values())
    a = sum(comb(n, 2) for n in Counter(pred[d] for d in docs).values())
    b = sum(comb(n, 2) for n in Counter(gold[d] for d in docs).values())
    expected = a * b / comb(len(docs), 2)
    top = (a + b) / 2
    return (index - expected) / (top - expected) if top != expected else 1.0


def profiles(records: list[dict]) -> list[cluster.Profile]:
    """The pipeline's profiles; spaCy reads only the opening, which is all a profile uses."""
    from triangulate.nlp.models import spacy_pipeline

    docs = spacy_pipeline().pipe([r["title"] + "\n\n" + r["text"][:1500] for r in records], batch_size=32)
    return cluster.build_profiles([(content_key(r["id"] + r["text"]), r["title"], r["text"], r["published"],
                                    cluster.entity_keys(doc), cluster.years_named(doc, r["published"]))
                                   for r, doc in zip(records, docs)])


def run(records, profs, threshold: float, shuffle_seed: int | None = None):
    pairs = list(zip(records, profs))
    if shuffle_seed is not None:
        random.Random(shuffle_seed).shuffle(pairs)
    assignment = cluster.assign([p for _, p in pairs], threshold=threshold)
    pred = {r["id"]: assignment[p.article] for r, p in pairs}
    gold = {r["id"]: r["gold"] for r, _ in pairs}
    return bcubed(pred, gold), ari(pred, gold)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tune", action="store_true")
    parser.add_argument("--tune-adopt", action="store_true")
    parser.add_argument("--tune-years", action="store_true")
    parser.add_argument("--splits", nargs="*", default=list(SPLITS))
    args = parser.parse_args()
    names = TUNE if args.tune or args.tune_adopt or args.tune_years else args.splits
    data = {n: SPLITS[n]() for n in names}
    profs = {n: profiles(recs) for n, recs in data.items()}
    if args.tune_years:
        for penalty in (0.0, 0.03, 0.05, 0.075, 0.1, 0.125, 0.15, 0.2):
            cluster.YEAR_PENALTY = penalty
            f1 = {n: run(data[n], profs[n], cluster.THRESHOLD)[0][2] for n in names}
            print(f"years penalty {penalty:.3f}: " + "  ".join(f"{n} F1 {v:.3f}" for n, v in f1.items())
                  + f"  mean {sum(f1.values()) / len(f1):.3f}", flush=True)
        return
    if args.tune_adopt:
        for threshold in (0.10, 0.15, 0.20, float("inf")):
            for margin in (0.0, 0.03, 0.05, 0.08, 0.10):
                cluster.ADOPT_THRESHOLD, cluster.ADOPT_MARGIN = threshold, margin
                f1 = {n: run(data[n], profs[n], cluster.THRESHOLD)[0][2] for n in names}
                print(f"adopt at {threshold} margin {margin:.2f}: " + "  ".join(f"{n} F1 {v:.3f}" for n, v in f1.items())
                      + f"  mean {sum(f1.values()) / len(f1):.3f}", flush=True)
        return
    if args.tune:
        import itertools
        for lw, ew, t in itertools.product((1.0, 0.85, 0.7, 0.5), (0.0, 0.15, 0.3), (0.2, 0.25, 0.3, 0.35, 0.4)):
            cluster.LEXICAL_WEIGHT, cluster.ENTITY_WEIGHT = lw, ew
            f1 = {n: run(data[n], profs[n], t)[0][2] for n in names}
            print(f"lexical {lw} entity {ew} threshold {t:.2f}: " + "  ".join(f"{n} F1 {v:.3f}" for n, v in f1.items())
                  + f"  mean {sum(f1.values()) / len(f1):.3f}", flush=True)
        return
    print(f"{'split':12} {'docs':>5} {'events':>6}  B3-P   B3-R   B3-F1  ARI    shuffled-F1")
    for n in names:
        (p, r, f), a = run(data[n], profs[n], cluster.THRESHOLD)
        (_, _, fs), _ = run(data[n], profs[n], cluster.THRESHOLD, shuffle_seed=7)
        print(f"{n:12} {len(data[n]):5} {len({x['gold'] for x in data[n]}):6}  {p:.3f}  {r:.3f}  {f:.3f}  {a:.3f}  {fs:.3f}")


if __name__ == "__main__":
    main()
