"""JSONL: one article per line with `title`, `text` and optional `url`, `outlet`, `published`, `id`."""
from __future__ import annotations

import json

from ..model import Article, IngestError
from .common import IngestFailure, content_key, decode, detect_language, iso_date, outlet_from_name


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
                                                                  record.get("date") or "")),
                   language=detect_language(text))


def read(path: str, data: bytes):
    text = decode(data)
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield _article(path, lineno, json.loads(line))
        except json.JSONDecodeError as exc:
            yield IngestError(f"{path}:{lineno}", f"malformed JSON line: {exc.msg} at column {exc.colno}")
        except IngestFailure as exc:
            yield IngestError(f"{path}:{lineno}", str(exc))
