"""Worker pools: results in input order, and no idling behind a long task at the head."""
from __future__ import annotations

import time
from pathlib import Path

from triangulate.workers import ordered_map


def _task(item: tuple[int, str, int]) -> str:
    """Task 0 waits (at most 30 s) for the file that task `signal` writes."""
    number, folder, signal = item
    flag = Path(folder) / "done"
    if number == signal:
        flag.write_text("yes")
    if number == 0:
        deadline = time.monotonic() + 30
        while not flag.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        return "saw the later task" if flag.exists() else "waited in vain"
    return f"task {number}"


def test_later_tasks_run_while_the_first_one_waits_and_results_keep_their_order(tmp_path):
    signal = 12  # beyond the few tasks a pool used to queue behind an unfinished head
    results = list(ordered_map(_task, ((k, str(tmp_path), signal) for k in range(20)), workers=2))
    assert results == ["saw the later task"] + [f"task {k}" for k in range(1, 20)]
