"""Scores of games and votes (facts.scores): found where a result is told, compared without order."""
import pytest
from conftest import analyze_texts

from triangulate.facts import scores
from triangulate.nlp.models import spacy_pipeline


def _pairs(text: str) -> list[tuple[int, int]]:
    return [s.pair for s in scores.extract(spacy_pipeline()(text))]


@pytest.mark.parametrize("text, pairs", [
    ("Arsenal beat Chelsea 3-1 on Saturday.", [(3, 1)]),
    ("They moved top with a 2–0 win over Spurs.", [(2, 0)]),
    ("Arsenal 2-1 Chelsea: Saka stars", [(2, 1)]),
    ("The Supreme Court ruled 6-3 on Friday.", [(6, 3)]),
    ("The 10-year-old was hurt on 9-11 in a 4x4, the 2013-14 season's 5-10% drop.", []),
    ("Doors open 7-9 p.m. and the course runs 3-4 hours.", []),
])
def test_a_pair_of_numbers_is_a_score_only_where_a_result_is_told(text, pairs):
    assert _pairs(text) == pairs


def test_the_same_score_either_way_round_agrees_and_another_conflicts():
    assert scores.judge((3, 1), (1, 3)) == "agree"
    assert scores.judge((3, 1), (2, 1)) == "conflict"


def test_reports_of_one_game_with_different_scores_conflict_and_the_summary_says_so(tmp_path):
    texts = ["Arsenal moved to the top of the league with a 3-1 win over Chelsea on Saturday. Bukayo Saka "
             "scored twice in the first half and Martin Odegaard added a third.",
             "Saka struck twice as the Gunners beat Chelsea 3-1 on Saturday evening to climb above Liverpool.",
             "Arsenal beat Chelsea 2-1 at the Emirates on Saturday. The attendance was 60,251, a record."]
    event = analyze_texts(tmp_path, texts, "Match", "2025-04-13").events[0]
    facts = {x.id: x for x in event.facts}
    (conflict,) = [c for c in event.comparisons if c.status == "conflict"]
    assert sorted(facts[i].quote for i in conflict.facts) == ["2-1", "3-1", "3-1"]
    assert all(facts[a].quote != facts[b].quote for a, b in conflict.disagreements)
    for line in event.summary:  # no sentence with a score is vouched for by a source with another
        told = {facts[i].value["text"] for i in line.facts if facts[i].kind == "score"}
        assert len(told) <= 1 or line.text.startswith("Reports differ"), line.text
    assert any("differ on the score" in line.text for line in event.summary)
