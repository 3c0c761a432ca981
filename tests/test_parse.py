"""Per-article analysis in worker processes: same results, same order, one failure stays one."""
import dataclasses

from triangulate import parse
from triangulate.ingest import read_paths

from conftest import SEEDS


def _articles(n: int):
    """n distinct articles made from the seeds (a number in each title keeps them apart)."""
    seeds = [a for a in read_paths([str(SEEDS)])]
    made = []
    for i in range(n):
        a = seeds[i % len(seeds)]
        made.append(dataclasses.replace(a, id=f"{a.id}-{i}", path=f"{a.path}#{i}", title=f"{a.title} ({i})"))
    return made


def _summary(parsed):
    return [(p.article.id, [(f.id, f.kind, f.quote) for f in p.facts], p.entities, p.years, p.error)
            for p in parsed]


def test_worker_processes_give_the_results_of_one_process_in_input_order():
    articles = _articles(parse.PARALLEL_FROM)
    in_workers = list(parse.parse_articles(articles, workers=2))
    in_process = list(parse.parse_articles(articles, workers=1))
    assert [p.article.id for p in in_workers] == [a.id for a in articles]
    assert _summary(in_workers) == _summary(in_process)
    assert all(p.facts for p in in_workers)


def test_a_failing_article_is_reported_and_the_others_go_on(monkeypatch):
    articles = _articles(3)
    real = parse.extract_facts

    def failing(article, *args):
        if article.id == articles[1].id:
            raise ValueError("bad parse")
        return real(article, *args)

    monkeypatch.setattr(parse, "extract_facts", failing)
    parsed = list(parse.parse_articles(articles, workers=1))
    assert [p.error is None for p in parsed] == [True, False, True]
    assert "fact extraction failed: ValueError('bad parse')" == parsed[1].error
    assert parsed[0].facts and parsed[2].facts and not parsed[1].facts
