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


def main(argv):
    if len(argv) not in (2, 3):
        sys.exit("usage: python eval/labels/materialize.py OUT_DIR [LABELS.json]")
    labels_path = Path(argv[2]) if len(argv) == 3 else DEFAULT_LABELS
    labels = json.loads(labels_path.read_text(encoding="utf-8"))
    shared = load_shared()
    selection = selection_from_labels(labels)
    names = shared.materialize(str(DATA_DIR), argv[1], [(c, d) for c, d in selection if c != "newswcl50"])
    sys.path.insert(0, str(REPO / "eval"))
    import corpora  # NewsWCL50, which the shared renderer does not know
    for _, doc in (x for x in selection if x[0] == "newswcl50"):
        name = f"newswcl50_{doc}.txt"
        (Path(argv[1]) / name).write_text(corpora.render_newswcl50(doc), encoding="utf-8")
        names.append(name)
    print(f"wrote {len(names)} files to {argv[1]}")


if __name__ == "__main__":
    main(sys.argv)
