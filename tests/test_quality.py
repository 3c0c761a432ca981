"""Quality floors on the canonical seeds, scored against their hand labels (../shared/dev)."""
import json

from triangulate import analyze
from triangulate.evaluate import score

from conftest import ROOT, SEEDS

LABELS = ROOT.parent / "shared" / "dev" / "seeds.labels.json"
FLOORS = json.loads((ROOT / "eval" / "floors.json").read_text())["seeds.labels.json"]


def test_seed_metrics_stay_above_their_floors(tmp_path):
    labels = json.loads(LABELS.read_text())
    report = analyze([str(SEEDS)], db=str(tmp_path / "t.db"), one_event=True).to_dict()
    texts = {p.name: p.read_text(encoding="utf-8-sig") for p in SEEDS.iterdir()}
    result = score(report, labels, texts)["overall"]
    for metric, floor in FLOORS.items():
        assert result[metric] is not None and result[metric] >= floor, (metric, result[metric], floor)
    assert result["counts"]["pred_conflict"] == 0  # the seeds contain no conflict
