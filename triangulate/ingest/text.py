"""Plain-text articles: line 1 the headline, then the body.

Metadata lines at the top are recognised and kept out of the prose: `date 2023-12-13` (also as a
prefix of the first line, as in some wire copies), `Published: ...`, `Outlet:`/`Source:`, `URL:`.
The article text is the file itself, so fact offsets are offsets into the file.
"""
from __future__ import annotations

import re

from ..model import Article
from .common import content_key, decode, iso_date, outlet_from_name

META = re.compile(r"^[ \t]*(?P<key>date|published|posted|(?:last )?updated|outlet|source|url)\s*:?\s+"
                  r"(?P<value>\S[^\n]*?)[ \t]*$", re.I | re.M)
DATE_PREFIX = re.compile(r"^[ \t]*date[ \t]+(?P<date>\d{4}-\d{2}-\d{2})[ \t]+", re.I)
HEADER_LINES = 6


def _header_metadata(text: str) -> tuple[dict[str, str], list[tuple[int, int]]]:
    """Metadata found in the first lines, and the spans they occupy (not prose)."""
    meta: dict[str, str] = {}
    skip: list[tuple[int, int]] = []
    first = DATE_PREFIX.match(text)
    if first:
        meta["published"] = first["date"]
        skip.append(first.span())
    header_end = _nth_line_end(text, HEADER_LINES)
    for m in META.finditer(text, 0, header_end):
        key, value = m["key"].lower(), m["value"]
        if first and m.start() < first.end():
            continue
        if key in ("date", "published", "posted", "updated", "last updated") and len(value) <= 60 and iso_date(value):
            meta.setdefault("published", iso_date(value) or "")
        elif key in ("outlet", "source") and len(value) < 80:
            meta.setdefault("outlet", value)
        elif key == "url" and value.startswith("http"):
            meta.setdefault("url", value)
        else:
            continue
        skip.append(m.span())
    return meta, skip


def _nth_line_end(text: str, n: int) -> int:
    pos = 0
    for _ in range(n):
        nxt = text.find("\n", pos)
        if nxt < 0:
            return len(text)
        pos = nxt + 1
    return pos


def _title(text: str, skip: list[tuple[int, int]]) -> str:
    masked = list(text[:2000])
    for s, e in skip:
        masked[s:e] = " " * (min(e, 2000) - s) if s < 2000 else []
    for line in "".join(masked).splitlines():
        if line.strip():
            return line.strip()[:300]
    return ""


def read(path: str, data: bytes):
    text = decode(data)
    meta, skip = _header_metadata(text)
    article = Article(id=content_key(text), path=path, title=_title(text, skip), text=text,
                      url=meta.get("url"), outlet=meta.get("outlet") or outlet_from_name(path),
                      published=meta.get("published"), skip=skip)
    yield article
