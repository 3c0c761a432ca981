"""Worker processes for the per-article and per-event stages.

Workers are forked where the platform allows, so that they share what the parent has loaded (the
spaCy pipeline) without loading it again.  Each computes on one thread.  Results come back in
input order, and only a few tasks are queued ahead, so that stopping early (Ctrl-C, an error
downstream) waits for little work.
"""
from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import TypeVar

WORKERS = min(2, os.cpu_count() or 1)
PARALLEL_FROM = 24  # articles; below this a worker process costs more than it saves
AHEAD = 4  # tasks waiting or running per worker
HELD = 64  # finished tasks per worker whose results wait for an earlier, longer task

Item, Result = TypeVar("Item"), TypeVar("Result")


def ordered_map(function: Callable[[Item], Result], items: Iterable[Item], workers: int = WORKERS
                ) -> Iterator[Result]:
    """function(item) for each item, computed in `workers` processes, yielded in input order.

    Up to `workers * AHEAD` tasks wait or run at any time: a long task at the head of the line
    holds back the yielding of later results (up to `workers * HELD` of them), not the
    computing of later tasks, so that the other workers do not idle behind it."""
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_one_thread_each)
    queued: deque[Future] = deque()
    try:
        for item in items:
            queued.append(pool.submit(function, item))
            while queued and queued[0].done():
                yield queued.popleft().result()
            while len(unfinished := [f for f in queued if not f.done()]) > workers * AHEAD \
                    or len(queued) > workers * HELD:
                wait(unfinished, return_when=FIRST_COMPLETED)
                while queued and queued[0].done():
                    yield queued.popleft().result()
        while queued:
            yield queued.popleft().result()
    finally:  # cancel the queued tasks and let the running ones finish: not waiting for them
        # (shutdown(wait=False)) can leave the pool's thread failing on closed pipes at exit
        pool.shutdown(wait=True, cancel_futures=True)


def _one_thread_each() -> None:
    """Each worker computes on one thread (embeddings, and the BLAS under spaCy and numpy): the
    workers already keep every core busy, and more threads would only contend for them."""
    from threadpoolctl import threadpool_limits

    from .nlp import embed

    embed.THREADS = 1
    threadpool_limits(limits=1)
