#!/usr/bin/env python3
"""Materialize the article files referenced by a label file of eval/labels (default extra.labels.json).

usage: python eval/labels/materialize.py OUT_DIR [LABELS.json]

Writes exactly the documents the label file names (event articles and negatives), using the
renderer of the shared development set (../shared/dev/materialize.py, relative to the repository
root) on the public corpora in ../shared/data. No corpus text is kept in the repository: the
label file holds only document ids (file names) and short quotes.

File names are `<corpus>_<doc>.txt` (e.g. `gvc_<doc hash>.txt`), as in shared/dev.
"""
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent                 # eval/labels -> repository root
SHARED = REPO.parent / "shared"           # shared/ is a sibling of the repository root
DATA_DIR = SHARED / "data"
SHARED_MATERIALIZE = SHARED / "dev" / "materialize.py"
DEFAULT_LABELS = HERE / "extra.labels.json"


def load_shared():
    spec = importlib.util.spec_from_file_location("shared_dev_materialize", SHARED_MATERIALIZE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def selection_from_labels(labels):
    """(corpus, doc id) for every article and negative file of a label file, in order, deduplicated."""
    names = [n for e in labels["events"] for n in e["articles"]]
    names += [n["file"] for n in labels.get("negatives", [])]
    selection, seen = [], set()
    for name in names:
        stem = name[:-4] if name.endswith(".txt") else name
        corpus, _, doc = stem.partition("_")
        if corpus not in ("gvc", "ecbplus", "newswcl50") or not doc:
            raise SystemExit(f"unsupported article file name: {name}")
        if (corpus, doc) not in seen:
            seen.add((corpus, doc))
            selection.append((corpus, doc))
    return selection


def write_documents(selection, out_dir):
    """Render (corpus, doc id) pairs into out_dir as the shared development set does; returns
    the file names.  GVC and ECB+ go through the shared renderer's own functions: its
    `materialize` refuses ECB+ test topics (36-45) to keep the clustering test split unseen, and
    fact labels drawn from them (heldout3_ecb) never tune clustering.  NewsWCL50, which the
    shared renderer does not know, is rendered by eval/corpora.py."""
    shared = load_shared()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    docs = shared.load(str(DATA_DIR)) if any(c != "newswcl50" for c, _ in selection) else {}
    sys.path.insert(0, str(REPO / "eval"))
    import corpora
    names = []
    for corpus, doc_id in selection:
        if corpus == "newswcl50":
            name, text = f"newswcl50_{doc_id}.txt", corpora.render_newswcl50(doc_id)
        else:
            name, text = shared.file_name(corpus, doc_id), shared.RENDER[corpus](docs[(corpus, doc_id)])
        (out / name).write_text(text, encoding="utf-8", newline="\n")
        names.append(name)
    return names


def main(argv):
    if len(argv) not in (2, 3):
        sys.exit("usage: python eval/labels/materialize.py OUT_DIR [LABELS.json]")
    labels_path = Path(argv[2]) if len(argv) == 3 else DEFAULT_LABELS
    labels = json.loads(labels_path.read_text(encoding="utf-8"))
    names = write_documents(selection_from_labels(labels), argv[1])
    print(f"wrote {len(names)} files to {argv[1]}")


if __name__ == "__main__":
    main(sys.argv)
