"""Syndicated copies through the whole pipeline: one source, every outlet recorded."""
import json

from triangulate import analyze

BODY = ("Firefighters battled a blaze at a warehouse on the east side of the city on Friday night. "
        "Two workers were taken to hospital with minor burns, fire officials said, and about 40 "
        "people were evacuated from nearby homes. The cause of the fire is under investigation, "
        "and the warehouse owner said the building had passed an inspection in March.")


def test_copies_are_one_source_with_every_outlet(tmp_path):
    records = [{"title": "Warehouse fire", "text": BODY, "outlet": "Wire", "published": "2024-05-03"},
               {"title": "Warehouse fire", "text": BODY + " AP contributed.", "outlet": "Local",
                "published": "2024-05-03"}]
    f = tmp_path / "a.jsonl"
    f.write_text("".join(json.dumps(r) + "\n" for r in records))
    report = analyze([str(f)], db=str(tmp_path / "t.db"))
    original, copy = sorted(report.articles, key=lambda a: a.duplicate_of is not None)
    assert copy.duplicate_of == original.id and original.outlets == ["Wire", "Local"]
    (event,) = report.events
    assert set(event.articles) == {original.id, copy.id}
    assert {f.article for f in event.facts} == {original.id}
    assert all(c.status == "single" for c in event.comparisons)  # a copy corroborates nothing
