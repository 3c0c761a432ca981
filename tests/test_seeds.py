"""The canonical example, end to end: what a reader of both seed articles would conclude."""
from triangulate.report import to_json, validate

from conftest import facts_by_quote


def comparison_of(event, quote):
    (fact,) = [f for f in event.facts if f.quote.startswith(quote)]
    return next(c for c in event.comparisons if fact.id in c.facts), fact


def test_report_matches_the_schema(seeds_report):
    import json
    assert validate(json.loads(to_json(seeds_report))) == []


def test_every_fact_is_a_verbatim_span(seeds_report):
    texts = {a.id: a.text for a in seeds_report.articles}
    event = seeds_report.events[0]
    assert event.facts
    for f in event.facts:
        assert texts[f.article][f.start:f.end] == f.quote


def test_no_conflicts_between_the_seeds(seed_event):
    assert [c for c in seed_event.comparisons if c.status == "conflict"] == []


def test_released_armenians_are_corroborated(seed_event):
    comp, fact = comparison_of(seed_event, "32 Armenian military")
    members = [f for f in seed_event.facts if f.id in comp.facts]
    assert comp.status in ("agree", "compatible") and fact.value["exact"] == 32
    assert len(comp.sources) == 2
    assert any(f.quote.startswith("32 Armenians") for f in members)
    assert any(f.quote.startswith("more than two dozen") for f in members)  # >24 fits 32


def test_released_azerbaijanis_are_not_mixed_with_armenians(seed_event):
    comp, _ = comparison_of(seed_event, "two Azerbaijani military")
    assert comp.status == "agree"
    values = {f.value["exact"] for f in seed_event.facts if f.id in comp.facts}
    assert values == {2}


def test_wednesday_is_the_publication_day(seed_event):
    wednesdays = [f for f in facts_by_quote(seed_event, "Wednesday") if f.kind == "date"]
    assert {f.value["start"] for f in wednesdays} == {"2023-12-13"}
    comp = next(c for c in seed_event.comparisons if wednesdays[0].id in c.facts)
    assert comp.status == "agree" and set(comp.facts) >= {f.id for f in wednesdays}



def test_three_decades_of_control_fit_independence_in_the_1990s(seed_event):
    comp, decades = comparison_of(seed_event, "almost three decades")
    (nineties,) = [f for f in seed_event.facts if f.id in comp.facts and f.kind == "date"]
    assert comp.status == "compatible" and comp.inferred and nineties.quote == "the 1990s"
    assert decades.value["period"] and decades.value["qualifier"] == "nearly"

def test_refugee_figures_are_compatible_intervals(seed_event):
    comp, over = comparison_of(seed_event, "over 100,000")
    most = [f for f in seed_event.facts if f.quote.startswith("most of its 120,000")][0]
    assert comp.status == "compatible" and most.id in comp.facts
    assert (over.value["low"], over.value["high"], most.value["low"], most.value["high"]) == (100000, None, 60000, 120000)


def test_coordinated_counts_are_summed(seed_event):
    (total,) = [f for f in seed_event.facts if f.kind == "quantity" and f.value["qualifier"] == "sum"
                and f.quote.startswith("Thirty-one")]
    assert total.value["exact"] == 32


def test_quotation_has_its_speaker(seed_event):
    (q,) = [f for f in seed_event.facts if f.kind == "quotation" and f.quote.startswith("Thirty-one")]
    assert q.speaker == "Nikol Pashinyan" and q.value["cue"] == "write"


def test_event_description(seed_event):
    assert seed_event.when == "2023-12-13"
    assert "border" in (seed_event.where or "")
    assert {"Azerbaijan", "Armenia"} <= set(seed_event.who)


def test_summary_sentences_cite_their_sources(seeds_report):
    event = seeds_report.events[0]
    texts = {a.id: a.text for a in seeds_report.articles}
    assert event.summary
    for s in event.summary:
        assert s.articles and s.facts
        assert any(s.text.split(" [")[0][:60] in " ".join(texts[a].split()) for a in s.articles)


def test_a_third_report_in_html_adds_no_false_conflict(tmp_path):
    """'32 Armenian soldiers' (a new page) and 'two soldiers' (a seed's headline) are counts of
    different groups: no conflict may be claimed between them."""
    from triangulate import analyze
    from conftest import SEEDS

    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Swap</title><script>alert(1)</script></head><body><article>"
                    "<h1>Armenia and Azerbaijan swap prisoners</h1><p>Azerbaijan released 32 Armenian "
                    "soldiers on Wednesday and Armenia freed two Azerbaijani servicemen, officials said. "
                    "The exchange took place at the border between the two countries.</p></article></body></html>")
    report = analyze([str(SEEDS), str(page)], db=str(tmp_path / "t.db"), one_event=True)
    assert len(report.events[0].articles) == 3
    assert [c.explanation for c in report.events[0].comparisons if c.status == "conflict"] == []


def test_comparisons_read_conflicts_then_facts_then_paired_sentences_then_singles(seed_event):
    kinds = {f.id: f.kind for f in seed_event.facts}
    rank = [0 if c.status == "conflict" else 3 if c.status == "single" else 2 if kinds[c.facts[0]] == "statement"
            else 1 for c in seed_event.comparisons]
    assert rank == sorted(rank) and {1, 2, 3} <= set(rank)
