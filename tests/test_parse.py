"""Per-article analysis in worker processes: same results, same order, one failure stays one."""
import dataclasses
import multiprocessing
import os
import time

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
    return [(p.article.id, [(f.id, f.kind, f.quote) for f in p.facts], p.profile.entities, p.profile.years,
             p.profile.terms, p.error) for p in parsed]


def test_worker_processes_give_the_results_of_one_process_in_input_order():
    articles = _articles(parse.PARALLEL_FROM)
    in_workers = list(parse.parse_articles(articles, workers=2))
    in_process = list(parse.parse_articles(articles, workers=1))
    assert [p.article.id for p in in_workers] == [a.id for a in articles]
    assert _summary(in_workers) == _summary(in_process)
    for mine, theirs in zip(in_workers, in_process):  # one embedding thread or two: the same vectors
        assert mine.profile.vector @ theirs.profile.vector > 0.9999
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


def _slow_chunk(articles):
    """A stand-in for parse_chunk that records each chunk it is given (runs in the workers)."""
    with open(os.environ["PARSED_LOG"], "a") as log:
        log.write(f"{articles[0].id}\n")
    time.sleep(0.2)
    return [parse.Parsed(a) for a in articles]


def test_stopping_early_cancels_the_chunks_not_yet_parsed(tmp_path, monkeypatch):
    log = tmp_path / "parsed.log"
    monkeypatch.setenv("PARSED_LOG", str(log))
    monkeypatch.setattr(parse, "parse_chunk", _slow_chunk)
    articles = _articles(40 * parse.CHUNK)
    results = parse.parse_articles(articles, workers=2)
    assert next(results).article.id == articles[0].id
    results.close()  # what Ctrl-C or an error in the consumer does to the generator
    for child in multiprocessing.active_children():
        child.join()  # the workers finish the chunks they hold, then stop
    assert 0 < len(log.read_text().splitlines()) < 40
