"""Score a `triangulate.report/1` JSON report against hand labels (shared/dev label format).

Scoring is per pair of articles within a labeled fact. A system fact matches a label value when it
belongs to that value's article and its [start, end) span overlaps the label quote located in the
article text. Pair status inside a conflict fact: articles giving the same value agree (`~x` vs `x`:
compatible), the others conflict. A labeled file maps to the report article whose `path` has the
same basename; a `duplicate_of` article stands for the article it duplicates (two files resolving to
one article count as an aligned pair predicted `agree`).

    python -m triangulate.evaluate --report REPORT.json --labels LABELS.json --texts DIR [--json OUT]
"""
from __future__ import annotations

import argparse
import json
import os
import re
from itertools import combinations
from pathlib import Path
from typing import Any

Span = tuple[int, int]
METRICS = {  # name: (numerator, denominator)
    "alignment_recall": ("aligned", "pairs"),
    "status_accuracy": ("status_correct", "aligned"),
    "conflict_recall": ("conflict_found", "conflict_pairs"),
    "conflict_precision": ("pred_conflict_correct", "pred_conflict"),
    "conflict_precision_labeled": ("pred_conflict_correct", "pred_conflict_on_labels"),
    "not_conflict_rate": ("nonconflict_kept", "nonconflict_aligned"),
    "single_found": ("singles_found", "singles"),
    "fact_recall": ("values_found", "values"),
    "event_date": ("dates_correct", "dated_events"),  # the event's `when` is the labeled day
    "event_place": ("places_correct", "located_events"),  # its `where` shares a word with the labeled location
}
COUNTS = ("pairs", "aligned", "status_correct", "conflict_pairs", "conflict_found", "pred_conflict",
          "pred_conflict_correct", "pred_conflict_nonconflict", "pred_conflict_unlabeled",
          "pred_conflict_on_labels", "nonconflict_aligned", "nonconflict_kept", "singles",
          "singles_found", "values", "values_found", "values_unlocated", "values_no_article",
          "duplicate_pairs", "dated_events", "dates_correct", "located_events", "places_correct")


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """Document-level B-cubed precision, recall and F1 of a clustering (doc -> cluster id)."""
    from collections import defaultdict

    by_pred, by_gold = defaultdict(set), defaultdict(set)
    for d in gold:
        by_pred[pred[d]].add(d)
        by_gold[gold[d]].add(d)
    p = sum(len(by_pred[pred[d]] & by_gold[gold[d]]) / len(by_pred[pred[d]]) for d in gold) / len(gold)
    r = sum(len(by_pred[pred[d]] & by_gold[gold[d]]) / len(by_gold[gold[d]]) for d in gold) / len(gold)
    return p, r, 2 * p * r / (p + r)


def locate(text: str, quote: str) -> Span | None:
    """Span of `quote` in `text`: exact match first, then ignoring all whitespace."""
    if not quote or not text:
        return None
    i = text.find(quote)
    if i >= 0:
        return i, i + len(quote)
    pos = [k for k, ch in enumerate(text) if not ch.isspace()]
    compact, needle = "".join(text[k] for k in pos), "".join(quote.split())
    j = compact.find(needle) if needle else -1
    return (pos[j], pos[j + len(needle) - 1] + 1) if j >= 0 else None


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _pair_status(fact: dict, a: str, b: str) -> str:
    """Pair-level label status: within a conflict fact, equal values do not conflict."""
    if fact["status"] != "conflict":
        return fact["status"]
    va, vb = (str(fact["values"][f].get("value")).strip().lower() for f in (a, b))
    if va == vb:
        return "agree"
    return "compatible" if va.lstrip("~") == vb.lstrip("~") else "conflict"


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _with_ratios(counts: dict[str, int]) -> dict[str, Any]:
    return {**{k: _ratio(counts[n], counts[d]) for k, (n, d) in METRICS.items()}, "counts": counts}


class _Index:
    """Report lookups: articles by file name, facts by article, comparisons with their facts."""

    def __init__(self, report: dict, texts: dict[str, str], article_texts: dict[str, str]):
        arts = report.get("articles", [])
        self.by_id = {a["id"]: a for a in arts}
        self.by_file = {os.path.basename(a.get("path") or ""): a["id"] for a in arts}
        self.texts, self.article_texts = texts, article_texts
        self.events: list[dict] = report.get("events", [])
        self.facts: list[dict] = []
        self.comparisons: list[tuple[str, list[dict]]] = []  # (status, facts)
        for event in report.get("events", []):
            local = {f["id"]: f for f in event.get("facts", [])}
            self.facts.extend(local.values())
            for comp in event.get("comparisons", []):
                self.comparisons += _expand(comp, local)

    def canonical(self, article_id: str | None) -> str | None:
        """The article a duplicate stands for (itself when not a duplicate)."""
        for _ in range(len(self.by_id)):
            if not (article_id in self.by_id and self.by_id[article_id].get("duplicate_of")):
                break
            article_id = self.by_id[article_id]["duplicate_of"]
        return article_id

    def article_of(self, fname: str) -> str | None:
        return self.canonical(self.by_file.get(fname))

    def text_of(self, article_id: str) -> str | None:
        if article_id in self.article_texts:
            return self.article_texts[article_id]
        art = self.by_id.get(article_id)
        return self.texts.get(os.path.basename(art.get("path") or "")) if art else None

    def label_span(self, fname: str, quote: str) -> Span | None:
        """Quote span in the text the article's offsets refer to (the canonical one for duplicates)."""
        aid = self.article_of(fname)
        text = self.text_of(aid) if aid else None
        return locate(text if text is not None else self.texts.get(fname, ""), quote)


def _same_value(a: dict, b: dict) -> bool:
    """Two facts with the same normalized value (the wording, `text`, aside)."""
    va, vb = a.get("value"), b.get("value")
    if not (isinstance(va, dict) and isinstance(vb, dict)):
        return False  # no normalized value to compare
    return {k: v for k, v in va.items() if k != "text"} == {k: v for k, v in vb.items() if k != "text"}


def _expand(comp: dict, local: dict[str, dict]) -> list[tuple[str, list[dict]]]:
    """(status, facts) entries of a comparison, most specific first.  Within a compatible or
    conflict group, two facts of different articles agree when the report lists them among its
    `agreements` or their normalized values are the same; a
    conflict that lists its `disagreements` (the fact pairs that contradict) conflicts only on
    those pairs, and its other pairs count as compatible."""
    facts = [local[i] for i in comp.get("facts", []) if i in local]
    status, pairs = comp.get("status", ""), comp.get("disagreements")
    agreeing = {frozenset(pair) for pair in comp.get("agreements") or ()}  # as the report says, or by value
    same = [("agree", [a, b]) for a, b in combinations(facts, 2)
            if status in ("compatible", "conflict") and a.get("article") != b.get("article")
            and (frozenset((a.get("id"), b.get("id"))) in agreeing or _same_value(a, b))]
    if status != "conflict" or not pairs:
        return same + [(status, facts)]
    return same + [("compatible", facts)] + [("conflict", [local[i] for i in pair if i in local]) for pair in pairs]


def _fact_hits(facts: list[dict], article: str | None, span: Span | None) -> list[dict]:
    """Facts of `article` whose [start, end) overlaps `span`."""
    return [f for f in facts if article is not None and span is not None and f.get("article") == article
            and isinstance(f.get("start"), int) and _overlaps((f["start"], f.get("end") or 0), span)]


def _score_event(event: dict, idx: _Index) -> dict[str, int]:
    """Counts for one labeled event."""
    c = dict.fromkeys(COUNTS, 0)
    spans: dict[tuple[int, str], Span | None] = {}
    labeled_pairs: list[tuple[dict, str, str]] = []
    for k, fact in enumerate(event.get("facts", [])):
        for fname, val in fact["values"].items():
            spans[k, fname] = span = idx.label_span(fname, val.get("quote", ""))
            found = bool(_fact_hits(idx.facts, idx.article_of(fname), span))
            c["values"] += 1
            c["values_found"] += found
            c["values_unlocated"] += span is None
            c["values_no_article"] += idx.article_of(fname) is None
            if len(fact["values"]) == 1:
                c["singles"] += 1
                c["singles_found"] += found
        for fa, fb in combinations(sorted(fact["values"]), 2):
            labeled_pairs.append((fact, fa, fb))
            status = _pair_status(fact, fa, fb)
            pred = _predict(idx, fa, spans[k, fa], fb, spans[k, fb], c)
            c["pairs"] += 1
            c["aligned"] += pred is not None
            c["status_correct"] += pred == status
            if status == "conflict":
                c["conflict_pairs"] += 1
                c["conflict_found"] += pred == "conflict"
            elif status in ("agree", "compatible") and pred is not None:
                c["nonconflict_aligned"] += 1
                c["nonconflict_kept"] += pred != "conflict"
    _precision(event, idx, spans, labeled_pairs, c)
    found = _report_event(event, idx)
    if event.get("date"):
        c["dated_events"] += 1
        c["dates_correct"] += found.get("when") == event["date"]
    if event.get("location"):
        c["located_events"] += 1
        c["places_correct"] += bool(_place_words(found.get("where")) & _place_words(event["location"]))
    return c


def _report_event(event: dict, idx: _Index) -> dict:
    """The report event that holds most of a labeled event's articles ({} if none holds any)."""
    ids = {idx.article_of(f) for f in event.get("articles", [])} - {None}
    best = max(idx.events, key=lambda e: len(ids & set(e.get("articles", []))), default=None)
    return best if best and ids & set(best.get("articles", [])) else {}


PLACE_FILLER = {"the", "a", "an", "of", "in", "at", "on", "near", "and", "block", "street", "avenue", "road", "home",
                "city", "county", "area"}  # words that name no particular place


def _place_words(text: str | None) -> set[str]:
    """The words of a place that can tell it ("Sunnyvale", "Aceh"), for a lenient match: a label
    spells out "Sunnyvale, California, USA" where a report's `where` says "Sunnyvale , California"."""
    return set(re.findall(r"\w+", (text or "").lower())) - PLACE_FILLER


def _predict(idx: _Index, fa: str, sa: Span | None, fb: str, sb: Span | None, c: dict) -> str | None:
    """Predicted status of a labeled pair, or None when no comparison links matching facts."""
    a, b = idx.article_of(fa), idx.article_of(fb)
    if a is not None and a == b:
        c["duplicate_pairs"] += 1
        return "agree"
    ha, hb = _fact_hits(idx.facts, a, sa), _fact_hits(idx.facts, b, sb)
    linked = [(st, facts) for st, facts in idx.comparisons
              if any(f is h for f in facts for h in ha) and any(f is h for f in facts for h in hb)]
    if not linked:
        return None

    def fit(facts: list[dict]) -> float:  # how closely the comparison's facts cover the labeled quotes
        return sum(max((_iou((f["start"], f.get("end") or 0), span) for f in facts if any(f is h for h in hits)),
                       default=0.0) for hits, span in ((ha, sa), (hb, sb))) / 2

    if any(st == "conflict" for st, _ in linked):
        return "conflict"
    # else the comparison of the facts the label quotes most closely ("Pedro Rosales, 47": the age,
    # not the sentence around it)
    return max(linked, key=lambda entry: fit(entry[1]))[0]


def _iou(a: Span, b: Span | None) -> float:
    if b is None:
        return 0.0
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return inter / max(1, max(a[1], b[1]) - min(a[0], b[0]))


def _precision(event: dict, idx: _Index, spans: dict, labeled: list[tuple[dict, str, str]], c: dict) -> None:
    """Predicted conflict pairs among this event's articles, checked against the labeled pairs."""
    files: dict[str, list[str]] = {}
    for fname in event.get("articles", []):
        if (aid := idx.article_of(fname)) is not None:
            files.setdefault(aid, []).append(fname)
    facts_index = {id(f): k for k, f in enumerate(event.get("facts", []))}
    for status, facts in idx.comparisons:
        if status != "conflict":
            continue
        arts = sorted({idx.canonical(f.get("article")) for f in facts} & files.keys())
        for a, b in combinations(arts, 2):
            fa_facts = [f for f in facts if idx.canonical(f.get("article")) == a]
            fb_facts = [f for f in facts if idx.canonical(f.get("article")) == b]
            verdicts = set()
            for fact, la, lb in labeled:
                k = facts_index[id(fact)]
                for x, y in ((la, lb), (lb, la)):
                    if x in files[a] and y in files[b] and _fact_hits(fa_facts, a, spans[k, x]) \
                            and _fact_hits(fb_facts, b, spans[k, y]):
                        verdicts.add(_pair_status(fact, la, lb) == "conflict")
            c["pred_conflict"] += 1
            c["pred_conflict_correct"] += True in verdicts
            c["pred_conflict_nonconflict"] += verdicts == {False}
            c["pred_conflict_unlabeled"] += not verdicts
    c["pred_conflict_on_labels"] = c["pred_conflict_correct"] + c["pred_conflict_nonconflict"]


def _grounding(idx: _Index) -> dict[str, Any]:
    """Share of all system facts whose quote is the article text at [start, end)."""
    exact = loose = no_text = 0
    for f in idx.facts:
        aid, quote = f.get("article"), f.get("quote") or ""
        text = idx.text_of(aid) if aid else None
        if text is None:
            no_text += 1
        elif isinstance(f.get("start"), int) and quote and text[f["start"]:f.get("end") or 0] == quote:
            exact += 1
        elif aid not in idx.article_texts and quote and quote in text:
            loose += 1  # text is the raw file, not necessarily what offsets index (e.g. HTML)
    n = len(idx.facts)
    return {"grounding": _ratio(exact + loose, n), "grounding_exact": _ratio(exact, n),
            "counts": {"facts": n, "exact": exact, "loose": loose, "no_text": no_text}}


def score(report: dict, labels: dict, texts: dict[str, str],
          article_texts: dict[str, str] | None = None) -> dict[str, Any]:
    """Metrics overall and per labeled event (ratios are None when undefined)."""
    idx = _Index(report, texts, article_texts or {})
    per_event = {e["id"]: _score_event(e, idx) for e in labels.get("events", [])}
    total = {k: sum(c[k] for c in per_event.values()) for k in COUNTS}
    ground = _grounding(idx)
    return {"overall": {**_with_ratios(total), "grounding": ground["grounding"],
                        "grounding_exact": ground["grounding_exact"]},
            "grounding_counts": ground["counts"],
            "events": {eid: _with_ratios(c) for eid, c in per_event.items()}}


def _cell(m: dict[str, Any], key: str) -> str:
    num, den = METRICS[key]
    return "-" if m[key] is None else f"{m[key]:.2f} ({m['counts'][num]}/{m['counts'][den]})"


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def format_table(result: dict[str, Any]) -> str:
    """Plain-text table: the overall row then one row per event, ratios with their counts."""
    cols = list(METRICS)
    rows = [("overall", result["overall"])] + list(result["events"].items())
    table = [[name] + [_cell(m, k) for k in cols] for name, m in rows]
    widths = [max(len(h), *(len(r[i]) for r in table)) for i, h in enumerate(["event"] + cols)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in [["event"] + cols] + table]
    g, gc, c = result["overall"], result["grounding_counts"], result["overall"]["counts"]
    lines.append(f"grounding {_fmt(g['grounding'])} (exact {_fmt(g['grounding_exact'])}: {gc['exact']} exact"
                 f" + {gc['loose']} loose of {gc['facts']} facts, {gc['no_text']} without text)")
    lines.append(f"predicted conflict pairs {c['pred_conflict']} = {c['pred_conflict_correct']} correct"
                 f" + {c['pred_conflict_nonconflict']} on non-conflict labels + {c['pred_conflict_unlabeled']}"
                 f" unlabeled; duplicate pairs {c['duplicate_pairs']}, unlocated quotes"
                 f" {c['values_unlocated']}, values without article {c['values_no_article']}")
    return "\n".join(lines)


def _read_texts(directory: Path, names: set[str]) -> dict[str, str]:
    """File texts as the readers see them: bytes decoded as UTF-8, BOM stripped."""
    paths = [directory / n for n in sorted(names)]
    return {p.name: p.read_bytes().decode("utf-8-sig") for p in paths if p.is_file()}


def main(argv: list[str] | None = None) -> int:
    """CLI entry point."""
    ap = argparse.ArgumentParser(prog="python -m triangulate.evaluate", description=__doc__.split("\n")[0])
    ap.add_argument("--report", required=True, type=Path)
    ap.add_argument("--labels", required=True, type=Path)
    ap.add_argument("--texts", required=True, type=Path, help="directory holding the labeled files")
    ap.add_argument("--json", type=Path, help="also write the full result as JSON here")
    args = ap.parse_args(argv)
    report = json.loads(args.report.read_text(encoding="utf-8"))
    labels = json.loads(args.labels.read_text(encoding="utf-8"))
    names = {n for e in labels.get("events", []) for n in e.get("articles", [])}
    names |= {os.path.basename(a.get("path") or "") for a in report.get("articles", [])} - {""}
    result = score(report, labels, _read_texts(args.texts, names))
    print(format_table(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
