"""RSS 0.9x/1.0/2.0 and Atom feeds (feedparser): each entry becomes an article."""
from __future__ import annotations

import re

from ..model import Article, IngestError
from .common import IngestFailure, content_key, decode, iso_date

EXTENSIONS = (".rss", ".atom", ".xml", ".feed")


def sniff(data: bytes) -> bool:
    head = data[:1024].lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def _plain(html_text: str) -> str:
    import trafilatura
    text = trafilatura.extract(f"<html><body>{html_text}</body></html>") if "<" in html_text else None
    return (text or re.sub(r"<[^>]+>", " ", html_text)).strip()


def read(path: str, data: bytes):
    import feedparser

    feed = feedparser.parse(decode(data))
    if not feed.entries:
        reason = f": {feed.bozo_exception}" if feed.bozo else ""
        raise IngestFailure(f"not a readable RSS/Atom feed{reason}")
    outlet = feed.feed.get("title") or None
    for i, entry in enumerate(feed.entries, 1):
        shown = f"{path}#{i}"
        full = entry.get("content")
        body = _plain(full[0].value) if full else _plain(entry.get("summary", ""))
        if not body:
            broken = f" (malformed feed: {feed.bozo_exception})" if feed.bozo else ""
            yield IngestError(shown, f"feed entry has no text{broken}")
            continue
        source = (entry.get("source") or {}).get("title")  # an aggregator's entry names its outlet
        yield Article(id=content_key(body), path=shown, title=entry.get("title", "").strip(),
                      text=body, url=entry.get("link"), outlet=(source or "").strip() or outlet,
                      published=iso_date(entry.get("published") or entry.get("updated")),
                      kind="full" if full else "summary")
