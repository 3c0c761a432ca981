#!/usr/bin/env python3
"""Summary quality on NeuS: ROUGE-1/2/Lsum of each story's summary against AllSides' roundup.

    .venv/bin/python eval/summary.py                     # NeuS val (tune here)
    .venv/bin/python eval/summary.py --split test        # report here
    .venv/bin/python eval/summary.py --stories 50        # the first 50 stories only

Each NeuS story (the title and lead of a left, a centre and a right outlet on one event) is
analysed as one event in a fresh store, and its `summary` sentences (without their "[source]"
citations) are scored against the story's neutral roundup with `rouge-score` (stemmed F1, x100),
next to two baselines computed the same way: the lead sentence of each source, and the best
single source (an oracle: per story, the source whose whole text scores best on ROUGE-2).
Needs `pip install -e ".[eval]"`.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path
from statistics import mean

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

import corpora  # noqa: E402
from triangulate import analyze  # noqa: E402

METRICS = ("rouge1", "rouge2", "rougeLsum")
CITATION = re.compile(r"\s*\[[^\[\]]*\]$")  # the "[outlet0, outlet2]" that ends each summary sentence
SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[\"“‘'(]?[A-Z0-9])")


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE_END.split(" ".join(text.split())) if s]


def references(split: str) -> list[str]:
    """The roundup of each story: the target's ARTICLE part (its TITLE is not part of it)."""
    path = corpora.DATA / "neus_allsides" / f"{split}.target"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\s*TITLE=>(.*?)\s*ARTICLE=>(.*)", line, re.S)
        out.append((m[2] if m else line).strip())
    return out


def summary_text(story: list[dict], workdir: Path, k: int) -> list[str]:
    """Our summary of one story, one sentence per line, citations removed."""
    path = workdir / f"story{k}.jsonl"
    path.write_text("".join(json.dumps({"id": r["id"], "title": r["title"], "text": r["text"],
                                        "outlet": f"outlet{i}"}) + "\n" for i, r in enumerate(story)))
    report = analyze([str(path)], db=str(workdir / f"story{k}.db"), one_event=True)
    return [CITATION.sub("", s.text) for e in report.events for s in e.summary]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="val", choices=("train", "val", "test"))
    parser.add_argument("--stories", type=int, default=None, help="the first N stories only")
    parser.add_argument("--show", type=int, default=0, help="print the first N summaries")
    args = parser.parse_args()
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        sys.exit('eval/summary.py needs rouge-score: .venv/bin/pip install -e ".[eval]"')
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)

    def rouge(candidate: list[str], reference: str) -> dict[str, float]:
        scores = scorer.score("\n".join(sentences(reference)), "\n".join(candidate))
        return {m: 100 * scores[m].fmeasure for m in METRICS}

    stories: dict[str, list[dict]] = {}
    for record in corpora.neus(args.split):
        stories.setdefault(record["gold"], []).append(record)
    refs = references(args.split)
    chosen = list(stories.items())[:args.stories]
    rows: dict[str, list[dict[str, float]]] = {"triangulate summary": [], "lead sentence of each source": [],
                                               "best single source (oracle)": []}
    empty = lengths = 0
    with tempfile.TemporaryDirectory() as tmp:
        for k, (gold, story) in enumerate(chosen):
            reference = refs[int(gold.rsplit("-", 1)[1])]
            ours = summary_text(story, Path(tmp), k)
            empty += not ours
            lengths += len(ours)
            rows["triangulate summary"].append(rouge(ours, reference))
            rows["lead sentence of each source"].append(rouge([sentences(r["text"])[0] for r in story], reference))
            rows["best single source (oracle)"].append(max((rouge(sentences(r["text"]), reference) for r in story),
                                                           key=lambda s: s["rouge2"]))
            if k < args.show:
                print(f"[story {k}]", *ours, "-- reference:", reference, sep="\n", end="\n\n")
    print(f"NeuS {args.split}: {len(chosen)} stories; our summaries: {lengths / max(len(chosen), 1):.1f} "
          f"sentences on average, {empty} empty")
    print(f"{'':32} {'R-1':>6} {'R-2':>6} {'R-Lsum':>6}")
    for name, scores in rows.items():
        print(f"{name:32} " + " ".join(f"{mean(s[m] for s in scores):6.2f}" for m in METRICS))


if __name__ == "__main__":
    main()
