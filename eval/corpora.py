"""Load the public corpora in ../shared/data as plain article records with their gold events.

Records: {"id", "corpus", "split", "gold", "title", "text", "published"}.  Nothing here is
copied into the repository; evaluation and benchmark scripts read the shared folder.
"""
from __future__ import annotations

import importlib.util
import json
import re
from functools import lru_cache
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
DATA = SHARED / "data"
ECB_TEST = set(range(36, 46))
ECB_DEV = {2, 5, 12, 18, 21, 23, 34, 35}


@lru_cache(maxsize=1)
def _render():
    spec = importlib.util.spec_from_file_location("materialize", SHARED / "dev" / "materialize.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _jsonl(path: Path):
    with path.open(encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def _record(corpus, split, gold, doc_id, title, text, published=None):
    return {"id": f"{corpus}:{doc_id}", "corpus": corpus, "split": split, "gold": gold,
            "title": title.strip(), "text": text.strip(), "published": published}


def gvc(split: str) -> list[dict]:
    out = []
    for d in _jsonl(DATA / "gvc" / split / "docs.jsonl"):
        rendered = _render().render_gvc(d)
        title, _, body = rendered.partition("\n\n")
        published = re.match(r"Published: (\S+)", body)
        body = body.split("\n\n", 1)[1] if published else body
        out.append(_record("gvc", split, d["subtopic"], d["doc"], title, body,
                           published[1] if published else None))
    return out


def ecbplus(split: str) -> list[dict]:
    """split: 'test' (topics 36-45), 'dev' (the standard dev topics) or 'train'."""
    out = []
    for d in _jsonl(DATA / "ecbplus" / "ecbplus_docs.jsonl"):
        topic = int(d["topic"])
        s = "test" if topic in ECB_TEST else "dev" if topic in ECB_DEV else "train"
        if s != split:
            continue
        title, _, body = _render().render_ecbplus(d).partition("\n\n")
        out.append(_record("ecbplus", s, d["subtopic"], d["doc_id"], title, body))
    return out


def _ucdcr(folder: str, corpus: str, gold_key: str) -> list[dict]:
    """NewsWCL50 and MEANTIME: the first line of each text is its title."""
    out = []
    for d in _jsonl(DATA / folder / "docs.jsonl"):
        title, _, body = d["text"].partition("\n")
        out.append(_record(corpus, "all", d[gold_key], d["doc"], title, body))
    return out


def render_newswcl50(doc: str) -> str:
    """The article file of NewsWCL50 document `doc` ("0_L"), laid out as the shared renderer lays
    out the others: its first line (a headline or a dateline) as the title, then its paragraphs."""
    for d in _jsonl(DATA / "newswcl50" / "docs.jsonl"):
        if d["doc"] == doc:
            lines = [" ".join(line.split()) for line in d["text"].replace("\\n", "\n").split("\n")]
            lines = [line for line in lines if line]
            return lines[0] + "\n\n" + "\n\n".join(lines[1:]) + "\n"
    raise KeyError(f"no NewsWCL50 document {doc}")


def newswcl50() -> list[dict]:
    return _ucdcr("newswcl50", "newswcl50", "topic")


def meantime() -> list[dict]:
    return _ucdcr("meantime_en", "meantime", "doc_key")


def neus(split: str) -> list[dict]:
    """NeuS (AllSides): each story is the titles and leads of three outlets (left, centre,
    right) on one event, joined by [SEP]; gold = the story.  No dates or outlet names."""
    out = []
    with (DATA / "neus_allsides" / f"{split}.source").open(encoding="utf-8") as f:
        for story, line in enumerate(f):
            for k, part in enumerate(line.split("[SEP]")):
                m = re.match(r"\s*TITLE=>(.*?)\s*ARTICLE=>(.*)", part, re.S)
                if m and m[2].strip():
                    out.append(_record("neus", split, f"{split}-{story}", f"{split}-{story}-{k}", m[1], m[2]))
    return out


def everything() -> list[dict]:
    return (gvc("test") + gvc("val") + ecbplus("train") + ecbplus("dev") + ecbplus("test")
            + newswcl50() + meantime())
