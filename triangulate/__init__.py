"""triangulate: turn many news reports into one verified, source-attributed account.

    >>> import triangulate
    >>> report = triangulate.analyze(["examples/seeds/"])
    >>> report.events[0].comparisons[0].status
"""
from __future__ import annotations

from .model import Article, Comparison, Event, Fact, IngestError, Report, SummarySentence
from .pipeline import analyze

__version__ = "0.1.0"
__all__ = ["analyze", "Article", "Comparison", "Event", "Fact", "IngestError", "Report",
           "SummarySentence", "__version__"]
