"""JSONL: one article per line with `title`, `text` and optional `url`, `outlet`, `published`, `id`."""
from __future__ import annotations

import json
from collections.abc import Iterator

from ..model import Article, IngestError
from .common import MAX_BYTES, IngestFailure, content_key, decode, iso_date, outlet_from_name


def _article(path: str, lineno: int, record: object) -> Article:
    if not isinstance(record, dict):
        raise IngestFailure("not a JSON object")
    text = record.get("text") or record.get("body") or ""
    if not isinstance(text, str) or not text.strip():
        raise IngestFailure("no `text`")
    title = record.get("title") or text.strip().split("\n", 1)[0][:300]
    shown = f"{path}:{lineno}"
    return Article(id=content_key(text), path=shown, title=str(title).strip(), text=text,
                   url=record.get("url"), outlet=record.get("outlet") or record.get("source")
                   or outlet_from_name(path), published=iso_date(str(record.get("published") or
                                                                  record.get("date") or "")))


def read_file(shown: str, path) -> Iterator[Article | IngestError]:
    """Stream a JSONL file line by line: dumps of any size, each bad line its own error."""
    with open(path, "rb") as lines:
        seen_text = False
        for lineno, raw in enumerate(lines, 1):
            if not raw.strip():
                continue
            seen_text = True
            where = f"{shown}:{lineno}"
            try:
                if len(raw) > MAX_BYTES:
                    raise IngestFailure(f"line too large ({len(raw) / 2**20:.1f} MiB)")
                yield _article(shown, lineno, json.loads(decode(raw)))
            except json.JSONDecodeError as exc:
                yield IngestError(where, f"malformed JSON line: {exc.msg} at column {exc.colno}")
            except IngestFailure as exc:
                yield IngestError(where, str(exc))
        if not seen_text:
            yield IngestError(shown, "empty file")
