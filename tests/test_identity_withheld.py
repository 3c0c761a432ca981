"""Names withheld in one report and given in another (facts.identity)."""
import json

import pytest
from conftest import analyze_texts

from triangulate import analyze
from triangulate.facts import identity
from triangulate.nlp.models import spacy_pipeline


@pytest.mark.parametrize("text, roles", [
    ("The man's name has not been released, police said.", ["victim"]),
    ("The victim has not yet been identified.", ["victim"]),
    ("Police did not release the suspect's name.", ["suspect"]),
    ("Authorities won't release the suspect's relationship to the victim.", []),
    ("Police named the victim on Monday.", []),
    ("Detectives say a 46-year old man, who has not been identified, killed a 47-year old woman.", ["suspect"]),
    ("Detectives went to the scene; there was no suspect description given.", ["suspect"]),
    ("No suspects have been identified in the robbery.", ["suspect"]),
    ("Police have no suspects, a spokesman said.", ["suspect"]),
    ("Police said there was no description of the car available.", []),
])
def test_a_withheld_name_and_whose(text, roles):
    assert [w.role for w in identity.withheld(spacy_pipeline()(text))] == roles


def test_a_name_withheld_first_and_given_later_is_an_update(tmp_path):
    texts = [("A man was shot and killed in the valet area of the hotel around 11 p.m. Thursday. The man's name "
              "has not been released, police said.", "2016-11-11"),
             ("Justin Malone was killed Nov. 10 at the hotel, the coroner said. He died at the scene.", "2016-11-23"),
             ("A man found shot to death on Thursday was identified Friday as Justin Malone, 34.", "2016-11-12")]
    f = tmp_path / "a.jsonl"
    f.write_text("".join(json.dumps({"title": f"Hotel shooting {i}", "text": t, "outlet": f"Outlet {i}",
                                     "published": d}) + "\n" for i, (t, d) in enumerate(texts)))
    event = analyze([str(f)], db=str(tmp_path / "t.db"), one_event=True).events[0]
    facts = {x.id: x for x in event.facts}
    (conflict,) = [c for c in event.comparisons if c.status == "conflict"]
    assert {facts[i].value["state"] for i in conflict.facts} == {"withheld", "named"}
    assert {facts[i].quote for i in conflict.facts} == {"name has not been released", "Justin Malone"}
    assert len(conflict.disagreements) == 2 and conflict.revision is True
    assert any(line.text.startswith("Reports differ on the identity of the victim") for line in event.summary)


def test_a_withheld_man_is_not_a_named_woman(tmp_path):
    texts = ["A man was shot and killed at the gun range on Monday. The man's name has not been released.",
             "Sarah Bonner was killed at the gun range on Monday, the coroner said.",
             "Justin Malone was killed at the gun range on Monday, the coroner said."]
    event = analyze_texts(tmp_path, texts, "Range shooting", "2016-12-27").events[0]
    facts = {x.id: x for x in event.facts}
    pairs = [sorted(facts[i].quote for i in pair) for c in event.comparisons if c.status == "conflict"
             for pair in c.disagreements]
    assert pairs == [["Justin Malone", "name has not been released"]]  # (a given name says the sex)


def test_no_suspect_known_and_a_wanted_man_named_later_disagree(tmp_path):
    texts = ["A man was shot in the head in a drive-by shooting on Porter Street on Sunday. Detectives went to the "
             "scene; there was no suspect description given.",
             "Erick Malone is wanted in the deadly shooting on Porter Street on Sunday. Police identified the "
             "alleged shooter as 21-year-old Erick Malone."]
    event = analyze_texts(tmp_path, texts, "Porter Street shooting", "2016-05-02").events[0]
    facts = {x.id: x for x in event.facts}
    (conflict,) = [c for c in event.comparisons if c.status == "conflict"]
    assert {facts[i].quote: facts[i].value["state"] for i in conflict.facts} == {
        "no suspect description given": "withheld", "Erick Malone": "named"}
    assert {facts[i].value["role"] for i in conflict.facts} == {"suspect"}


def test_a_suspect_identified_as_someone_well_after_the_verb_is_named(tmp_path):
    texts = ["A man was shot in the head on Porter Street on Sunday; there was no suspect description given.",
             "A man was shot dead on Porter Street on Sunday. Police identified the alleged shooter as "
             "21-year-old Erick Malone."]
    event = analyze_texts(tmp_path, texts, "Porter Street shooting", "2016-05-02").events[0]
    facts = {x.id: x for x in event.facts}
    (conflict,) = [c for c in event.comparisons if c.status == "conflict"]
    assert {facts[i].quote for i in conflict.facts} == {"no suspect description given", "Erick Malone"}
