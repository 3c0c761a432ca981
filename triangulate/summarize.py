"""An attributed account of an event, built only from what the sources said.

Each summary sentence is either a verbatim sentence of one source that carries facts other
sources corroborate (cited with every source that states them), or a statement that the
sources differ, made of their own quoted words.  Nothing is paraphrased, so nothing is stated
that no source said.
"""
from __future__ import annotations

from .model import Article, Comparison, Fact, SummarySentence

KIND_ORDER = {"quantity": 0, "date": 1, "time": 2, "place": 3, "condition": 4, "wound": 5, "weapon": 6,
              "actor": 7, "quotation": 8, "statement": 9}
MAX_SENTENCES = 6
PARAPHRASE = 0.5  # paired sentences cite each other only when this alike: a looser pair shares a
# topic, not necessarily the claim


def _sentence(article: Article, fact: Fact, statements: dict[str, list[Fact]]) -> tuple[int, int]:
    """Where the sentence of `article` that holds `fact` is: the statement fact covering it
    (spaCy's sentence), else the text between the surrounding full stops or line breaks."""
    for st in statements.get(article.id, []):
        if st.start <= fact.start and fact.end <= st.end:
            return st.start, st.end
    text = article.prose
    start = max(text.rfind(".", 0, fact.start), text.rfind("\n", 0, fact.start)) + 1
    ends = [i for i in (text.find(". ", fact.end), text.find("\n", fact.end)) if i >= 0]
    return start, min(ends) + 1 if ends else len(text)


def _cite(articles: list[Article]) -> str:
    return ", ".join(a.outlet or a.id for a in articles)


def summarize(comparisons: list[Comparison], facts: dict[str, Fact],
              articles: dict[str, Article]) -> list[SummarySentence]:
    corroborated = [c for c in comparisons if c.status in ("agree", "compatible") and len(c.sources) > 1
                    and (facts[c.facts[0]].kind != "statement" or c.confidence >= PARAPHRASE)]
    corroborated.sort(key=lambda c: (-len(c.sources), KIND_ORDER[facts[c.facts[0]].kind]))
    statements: dict[str, list[Fact]] = {}
    for f in facts.values():
        if f.kind == "statement":
            statements.setdefault(f.article, []).append(f)
    def value_of(f: Fact) -> tuple:
        return f.article, f.kind, f.value.get("unit"), f.value.get("low"), f.value.get("high"), f.value.get("start")

    disputed_values = {value_of(facts[i]) for c in comparisons if c.status == "conflict"
                       for pair in c.disagreements for i in pair}  # (a report that repeats a disputed
    # figure elsewhere states it there too: "5.9 magnitude tremor" in its title, "5.9-magnitude" below)
    disputed = [f for f in facts.values() if f.kind != "statement" and value_of(f) in disputed_values]
    summary, used = [], set()
    def undisputed(fact: Fact) -> str | None:
        """The sentence holding `fact`, unless another source contradicts one of its facts: it
        would seem to have their support (the conflict is told below instead)."""
        start, end = _sentence(articles[fact.article], fact, statements)
        if any(f.article == fact.article and start <= f.start < end for f in disputed):
            return None
        return " ".join(articles[fact.article].prose[start:end].split())

    for c in corroborated:
        members = sorted((facts[i] for i in c.facts), key=lambda f: (articles[f.article].published or "9999", f.start))
        sentence = next((s for s in map(undisputed, members) if s), None)  # the earliest report's, if it can
        if sentence is None or sentence in used or len(sentence) < 20:
            continue
        used.add(sentence)
        cited = [articles[a] for a in c.sources]
        summary.append(SummarySentence(f"{sentence} [{_cite(cited)}]", c.facts, c.sources))
        if len(summary) >= MAX_SENTENCES - 2:
            break
    for c in [c for c in comparisons if c.status == "conflict"][:2]:
        members = [facts[i] for i in c.facts]
        said = "; ".join(f"{articles[f.article].outlet or f.article}: “{f.quote}”" for f in members)
        summary.append(SummarySentence(f"Reports differ on {c.about}: {said}.", c.facts, c.sources))
    return summary
