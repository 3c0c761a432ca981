"""Readers: one per input format, each turning a file into Articles or per-file errors.

`read_paths` walks files and folders in a stable order, picks the reader by extension (and by
sniffing when the extension says nothing), and never lets one bad file stop the others.  The
language of each article is detected here, for batches of articles at once.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..model import Article, IngestError
from .common import MAX_BYTES, IngestFailure, detect_languages, read_bytes
from . import html, jsonl, text

READERS = {".txt": text.read, ".text": text.read, ".md": text.read,
           ".html": html.read, ".htm": html.read}
STREAMED = {".jsonl": jsonl.read_file, ".ndjson": jsonl.read_file}  # dumps: no whole-file cap


def _expand(paths: list[str]) -> Iterator[tuple[str, Path]]:
    for given in paths:
        p = Path(given)
        if p.is_dir():
            for child in sorted(c for c in p.rglob("*") if c.is_file() and not c.name.startswith(".")):
                yield str(child), child
        else:
            yield given, p


def _reader_for(path: Path, data: bytes):
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        from . import feeds
        if path.suffix.lower() in feeds.EXTENSIONS or feeds.sniff(data):
            return feeds.read
        head = data[:512].lstrip().lower()
        if head.startswith((b"<!doctype html", b"<html")):
            return html.read
        return text.read
    return reader


LANGUAGE_BATCH = 64  # articles whose languages are detected in one parallel call


def read_paths(paths: list[str]) -> Iterator[Article | IngestError]:
    """Yield an Article for each document found and an IngestError for each one that failed."""
    batch: list[Article | IngestError] = []
    for item in _read(paths):
        batch.append(item)
        if len(batch) == LANGUAGE_BATCH:
            yield from _with_languages(batch)
            batch = []
    yield from _with_languages(batch)


def _with_languages(items: list[Article | IngestError]) -> list[Article | IngestError]:
    articles = [a for a in items if isinstance(a, Article) and a.language is None]
    for article, language in zip(articles, detect_languages([f"{a.title}\n{a.text}" for a in articles])):
        article.language = language
    return items


def _read(paths: list[str]) -> Iterator[Article | IngestError]:
    for shown, path in _expand(paths):
        try:
            if path.suffix.lower() in STREAMED:
                yield from STREAMED[path.suffix.lower()](shown, path)
                continue
            data = read_bytes(path)
            yield from _reader_for(path, data)(shown, data)
        except IngestFailure as exc:
            yield IngestError(shown, str(exc))
        except OSError as exc:
            yield IngestError(shown, f"cannot read: {exc.strerror or exc}")


__all__ = ["read_paths", "MAX_BYTES"]
