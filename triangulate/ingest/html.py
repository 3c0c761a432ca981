"""Saved HTML pages: main text, title, date and site name via trafilatura (scripts never kept)."""
from __future__ import annotations

from ..model import Article
from .common import IngestFailure, content_key, decode, iso_date, outlet_from_name


def read(path: str, data: bytes):
    import trafilatura

    page = decode(data)
    doc = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False,
                                      favor_precision=True)
    text = (doc.text if doc else "") or ""
    if not text.strip():
        raise IngestFailure("no article text found in the HTML page")
    yield Article(id=content_key(text), path=path, title=(doc.title or "").strip(), text=text,
                  url=doc.url, outlet=doc.sitename or doc.hostname or outlet_from_name(path),
                  published=iso_date(doc.date))
