#!/usr/bin/env python3
"""Speed and memory of `triangulate analyze` on real articles (a benchmark, not a test).

    .venv/bin/python bench/analyze_speed.py                 # 1,000 articles from ../shared/data
    .venv/bin/python bench/analyze_speed.py --articles 300
    .venv/bin/python bench/analyze_speed.py --articles 10000     # adds NeuS leads past ~1,300
    .venv/bin/python bench/analyze_speed.py --articles 50000     # and made articles past ~10,500
    .venv/bin/python bench/analyze_speed.py --cluster-scale 10000 100000

The first form runs the whole pipeline (read, dedupe, parse, profile, facts, clustering,
cross-check, summary, SQLite) in one `analyze` call on a fresh store and reports articles/s per
stage and overall, and the peak resident memory of the process and of its worker processes.
`--cluster-scale` measures the clustering stage alone on N synthetic articles made from the
real ones (each a perturbed, re-dated copy: some words dropped, the date moved by months), to
show how time per article changes with N.
"""
from __future__ import annotations

import argparse
import re
import json
import random
import resource
import sys
import tempfile
import time
from collections import Counter, defaultdict
from datetime import date, timedelta
from itertools import zip_longest
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

import corpora  # noqa: E402


def peak_mib() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


class Stopwatch:
    """Wraps functions of the pipeline to add up the time spent in each stage."""

    def __init__(self):
        self.seconds: dict[str, float] = defaultdict(float)

    def wrap(self, module, name: str, label: str) -> None:
        inner = getattr(module, name)

        def timed(*args, **kwargs):
            t = time.perf_counter()
            try:
                return inner(*args, **kwargs)
            finally:
                self.seconds[label] += time.perf_counter() - t
        setattr(module, name, timed)


def synthesized(real: list[dict], n: int) -> list[dict]:
    """n made articles, each the sentences of two real records interleaved (so that no made
    text is a near copy of a real one, and dedupe cannot skip it), dated 120 days later per
    round through the records so that made articles start events of their own."""
    rng = random.Random(11)
    made = []
    for i in range(n):
        round_no, k = divmod(i, len(real))
        a, b = real[k], real[(k * 7 + round_no * 13 + 1) % len(real)]
        sentences = [s for pair in zip_longest(re.split(r"(?<=[.!?])\s+", a["text"]),
                                               re.split(r"(?<=[.!?])\s+", b["text"])) for s in pair if s]
        day = date.fromisoformat(a["published"] or "2016-01-01") + timedelta(days=120 * (round_no + 1) + rng.randrange(30))
        made.append({"id": f"made-{i}", "title": f"{a['title']} / {b['title']}"[:300], "text": " ".join(sentences),
                     "published": day.isoformat()})
    return made


def whole_pipeline(n: int) -> None:
    from triangulate import pipeline

    records = corpora.everything()
    if n > len(records):  # beyond the ~1,300 full articles: NeuS titles and leads (three outlets per story)
        records += corpora.neus("train") + corpora.neus("val") + corpora.neus("test")
    if n > len(records):  # beyond the ~10,500 real records: made ones
        records += synthesized(records, n - len(records))
    records = records[:n]
    watch = Stopwatch()
    watch.wrap(pipeline, "read", "read+dedupe")
    watch.wrap(pipeline, "analyze_new", "parse+profile+facts")
    watch.wrap(pipeline.cluster, "assign", "clustering")
    watch.wrap(pipeline, "rebuild_events", "cross-check+summary")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "articles.jsonl"
        src.write_text("".join(json.dumps({k: r[k] for k in ("id", "title", "text", "published")}) + "\n"
                               for r in records))
        t = time.perf_counter()
        report = pipeline.analyze([str(src)], db=str(Path(tmp) / "bench.db"))
        total = time.perf_counter() - t
    own, children = peak_mib()
    print(f"articles: {len(records)}  events: {len(report.events)}  facts: "
          f"{sum(len(e.facts) for e in report.events)}  errors: {len(report.errors)}")
    for stage, seconds in watch.seconds.items():
        print(f"  {stage:22} {seconds:8.1f} s  {len(records) / max(seconds, 1e-9):8.1f} articles/s")
    print(f"  {'total':22} {total:8.1f} s  {len(records) / total:8.1f} articles/s")
    print(f"peak RSS: {own:.0f} MiB (this process), {children:.0f} MiB (largest worker process)")


def cluster_scale(sizes: list[int]) -> None:
    import numpy as np

    from triangulate import cluster
    sys.path.insert(0, str(ROOT / "eval"))
    import importlib
    cluster_eval = importlib.import_module("cluster")
    base_records = corpora.gvc("test") + corpora.gvc("val") + corpora.newswcl50() + corpora.meantime()
    base = cluster_eval.profiles(base_records)
    rng = random.Random(7)
    for n in sizes:
        made = []
        for i in range(n):
            src = base[i % len(base)]
            copy_no = i // len(base)
            terms = Counter({t: c for t, c in src.terms.items() if rng.random() > 0.2})
            vector = src.vector + np.random.default_rng(i).normal(0, 0.02, src.vector.shape).astype(np.float32)
            base_day = date.fromisoformat(src.published or "2016-01-01") + timedelta(days=i % len(base) % 60)
            day = (base_day + timedelta(days=120 * copy_no)).isoformat()  # each copy four months later
            made.append(cluster.Profile(f"{src.article}-{copy_no}", vector / np.linalg.norm(vector),
                                        src.entities, day, terms, src.years))
        t = time.perf_counter()
        assignment = cluster.assign(made)
        seconds = time.perf_counter() - t
        print(f"clustering {n:7} articles: {seconds:8.1f} s  {n / seconds:8.1f} articles/s  "
              f"{1000 * seconds / n:6.2f} ms/article  events: {len(set(assignment.values()))}  "
              f"peak RSS {peak_mib()[0]:.0f} MiB", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--cluster-scale", type=int, nargs="*")
    args = parser.parse_args()
    if args.cluster_scale:
        cluster_scale(args.cluster_scale)
    else:
        whole_pipeline(args.articles)


if __name__ == "__main__":
    main()
