"""Markdown report: per event, the comparison table (conflicts first, each source's own words),
then what each source alone adds.  Article text is untrusted: table cells are escaped."""
from __future__ import annotations

from collections import defaultdict

from ..crosscheck import topic
from ..model import Article, Event, Fact, Report, source_names

STATUS_MARK = {"conflict": "CONFLICT", "compatible": "compatible", "agree": "agree", "single": "single"}


def cell(text: str | None, limit: int = 160) -> str:
    text = " ".join((text or "").split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    for ch in "\\|*_`<>[]#":
        text = text.replace(ch, "\\" + ch)
    return text


def _source(article: Article, names: dict[str, str]) -> str:
    return cell(names[article.id], 60)


def _event(event: Event, articles: dict[str, Article]) -> list[str]:
    facts = {f.id: f for f in event.facts}
    out = [f"## {cell(event.title, 200)}", ""]
    out.append(f"- **When:** {cell(event.when) or 'unknown'}  ")
    out.append(f"- **Where:** {cell(event.where) or 'unknown'}  ")
    out.append(f"- **Who:** {cell(', '.join(event.who)) or 'unknown'}  ")
    sources = [articles[a] for a in event.articles]
    names = source_names(sources)
    out.append("- **Sources:** " + "; ".join(
        f"{_source(a, names)} ({cell(a.published) or 'undated'}"
        + (f", copy of {cell(articles[a.duplicate_of].outlet)}" if a.duplicate_of else "")
        + (f", language {cell(a.language)}" if a.language not in ("en", None) else "") + ")"
        for a in sources))
    if event.error:
        out.append(f"- **Not cross-checked:** {cell(event.error, 300)}")
    out.append("")
    if event.summary:
        out += ["### Summary", ""] + [f"- {cell(s.text, 600)}" for s in event.summary] + [""]
    shared = [c for c in event.comparisons if c.status != "single"
              and not (c.status == "agree" and facts[c.facts[0]].kind == "person")]  # (a name spelt alike
    # by several sources is in the JSON report; one spelt differently is worth reading)
    out += ["### Across sources", "", "| status | about | what each source says |", "|---|---|---|"]
    for c in shared:
        said = "<br>".join(dict.fromkeys(f"{_source(articles[facts[i].article], names)}: "
                                         f"“{cell(facts[i].quote, 120)}”"
                                         for i in c.facts))  # (a wording a source repeats, once)
        note = " (later report may update)" if c.revision else " (inferred)" if c.inferred else ""
        out.append(f"| {STATUS_MARK[c.status]}{note} | {cell(topic(c, facts), 80)} | {said} |")
    if not shared:
        out.append("| – | no fact is stated by more than one source | |")
    out += ["", "### What each source alone adds", ""]
    singles = [facts[c.facts[0]] for c in event.comparisons if c.status == "single"
               and facts[c.facts[0]].kind not in ("actor", "person", "role") and not facts[c.facts[0]].value.get("stamp")]
    sentences = {(f.article, f.start, f.end) for f in singles if f.kind == "statement"}
    alone = defaultdict(list)
    for f in sorted(singles, key=lambda f: (f.start, f.kind != "statement")):
        if f.kind == "statement" or not any(a == f.article and s <= f.start and f.end <= e for a, s, e in sentences):
            alone[f.article].append(f)  # (a figure or quote whose whole sentence is listed is read there)
    for article_id in event.articles:
        if alone.get(article_id):
            out.append(f"**{_source(articles[article_id], names)}**")
            out += [f"- {f.kind}: “{cell(f.quote, 200)}”" + _what(f) for f in alone[article_id]]
            out.append("")
    return out


def _what(f: Fact) -> str:
    """What a figure, date or place alone is about ("“27” (age of mother)"); a sentence or a
    quotation says it itself."""
    if f.kind in ("statement", "quotation") or not f.about or f.about.lower() in f.quote.lower():
        return ""
    return f" ({cell(f.about, 80)})"


def to_markdown(report: Report) -> str:
    articles = {a.id: a for a in report.articles}
    out = ["# Triangulate report", ""]
    for event in report.events:
        out += _event(event, articles)
    if report.errors:
        out += ["## Files not processed", ""] + [f"- `{cell(e.path)}`: {cell(e.error)}" for e in report.errors]
    return "\n".join(out) + "\n"
