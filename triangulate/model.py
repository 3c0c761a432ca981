"""The data model that flows through the pipeline.

Article -> Fact (grounded in the article's text) -> Comparison (facts of several sources about
one thing) -> Event (articles, facts, comparisons, summary) -> Report.  Every value object is a
plain dataclass that serializes to the `triangulate.report/1` JSON shapes with `to_dict`.
"""
from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

SCHEMA = "triangulate.report/1"

FACT_KINDS = ("quantity", "date", "time", "place", "quotation", "actor", "statement")
STATUSES = ("conflict", "compatible", "agree", "single")


SCALARS = (str, int, float, bool, type(None))


def _plain(obj: Any) -> Any:
    """JSON-ready copy of obj.  (Scalars first: most of an event's values are scalars, and
    reports are converted once per event built.)"""
    if type(obj) in SCALARS:
        return obj
    if dataclasses.is_dataclass(obj):
        return {name: _plain(getattr(obj, name)) for name in _public_fields(type(obj))}
    if isinstance(obj, (list, tuple)):
        return [_plain(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    return obj


@lru_cache(maxsize=None)
def _public_fields(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls) if not f.metadata.get("internal"))


def internal(default: Any = None, factory: Any = None) -> Any:
    """A field kept in memory and in the store but left out of the JSON report."""
    if factory is not None:
        return field(default_factory=factory, metadata={"internal": True}, compare=False)
    return field(default=default, metadata={"internal": True}, compare=False)


@dataclass
class Article:
    """One input document. `text` is exactly what facts' offsets point into."""

    id: str
    path: str
    title: str
    text: str = dataclasses.field(repr=False, default="")
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    language: str | None = None
    duplicate_of: str | None = None
    outlets: list[str] = field(default_factory=list)  # every outlet that ran this text
    kind: str = "full"  # "full" or "summary" (feed entries without full content)
    skip: list[tuple[int, int]] = internal(factory=list)  # metadata spans in text, not prose
    signature: bytes | None = internal(None)  # its MinHash, once deduplication has computed it

    def to_dict(self) -> dict[str, Any]:
        d = _plain(self)
        d.pop("text")
        return d

    @cached_property
    def prose(self) -> str:
        """The text with metadata spans blanked: what is analysed, at the same offsets."""
        text = self.text
        for s, e in self.skip:
            text = text[:s] + " " * (e - s) + text[e:]
        return text


@dataclass
class Fact:
    """A statement of one article, grounded in the verbatim `quote` at text[start:end]."""

    id: str
    article: str
    kind: str
    about: str
    quote: str
    start: int
    end: int
    value: Any
    attributed_to: str | None = None
    speaker: str | None = None
    confidence: float = 1.0
    sentence: int = internal(0)  # the sentence's first token index, for summaries and alignment
    keys: list[str] = internal(factory=list)  # lemmas that say what it is about
    anchors: list[str] = internal(factory=list)  # entity keys the value is tied to ("armenia")
    context: str = internal("")  # the sentence with the value masked, for similarity

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


@dataclass
class Comparison:
    """Facts of different sources about the same thing, and whether they agree."""

    id: str
    about: str
    status: str
    facts: list[str]
    explanation: str
    revision: bool = False
    sources: list[str] = field(default_factory=list)  # independent sources (article ids)
    disagreements: list[list[str]] = field(default_factory=list)  # fact pairs that contradict
    confidence: float = 1.0
    agreements: list[list[str]] = field(default_factory=list)  # in a compatible or conflicting group,
    # the fact pairs of different sources that state the same value
    inferred: bool = False  # the link rests on an inference no source states (a period's start from
    # its length: crosscheck.periods)

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


@dataclass
class SummarySentence:
    text: str
    facts: list[str]
    articles: list[str]

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


@dataclass
class Event:
    id: str
    title: str
    articles: list[str]
    when: str | None = None
    where: str | None = None
    who: list[str] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    comparisons: list[Comparison] = field(default_factory=list)
    summary: list[SummarySentence] = field(default_factory=list)
    clustering: str = ""  # how its articles were grouped
    error: str | None = None  # why it could not be cross-checked (its facts are kept, unchecked)

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Event":
        return cls(**{**d, "facts": [Fact(**f) for f in d["facts"]],
                      "comparisons": [Comparison(**c) for c in d["comparisons"]],
                      "summary": [SummarySentence(**s) for s in d["summary"]]})


def source_names(articles: list[Article]) -> dict[str, str]:
    """How each article is named as a source: its outlet, numbered in order of publication where
    the outlet ran several of the reports ("Quake Watch #1", "Quake Watch #2": two reports of one
    outlet, not two outlets)."""
    names = {a.id: a.outlet or a.id for a in articles}
    shared = Counter(names[a.id] for a in articles if a.duplicate_of is None)
    seen: Counter = Counter()
    for a in sorted(articles, key=lambda a: (a.published or "9999", a.id)):
        if shared[names[a.id]] > 1 and a.duplicate_of is None:
            seen[names[a.id]] += 1
            names[a.id] = f"{names[a.id]} #{seen[names[a.id]]}"
    return names


@dataclass
class IngestError:
    path: str
    error: str

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


@dataclass
class Report:
    articles: list[Article]
    events: list[Event]
    errors: list[IngestError]
    schema: str = SCHEMA

    def to_dict(self) -> dict[str, Any]:
        return {"schema": self.schema,
                "articles": [a.to_dict() for a in self.articles],
                "events": [e.to_dict() for e in self.events],
                "errors": [e.to_dict() for e in self.errors]}

    def article(self, article_id: str) -> Article:
        return next(a for a in self.articles if a.id == article_id)
