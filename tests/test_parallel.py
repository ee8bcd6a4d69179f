"""How a folder run splits its files between worker processes (engine.chunk_size).

A worker takes its next task when it finishes one, so the run ends at most one task after the
ideal split: tasks must be short and many next to the run, and never empty."""
from __future__ import annotations

import pytest

from jdlint.engine import PARALLEL_MIN_FILES, chunk_size


@pytest.mark.parametrize("jobs", [2, 3, 4, 8])
def test_the_dev_corpus_gives_every_worker_many_short_tasks(jobs):
    files = 272
    size = chunk_size(files, jobs)
    tasks = -(-files // size)
    assert tasks >= 8 * jobs  # the last task is a small share of any worker's run
    assert size <= 16


def test_a_large_folder_keeps_tasks_short():
    # 10,000 postings: one task of 16 files is a fraction of a second of a minutes-long run
    assert chunk_size(10_000, 2) == 16


@pytest.mark.parametrize("files", [PARALLEL_MIN_FILES, 17, 40, 100])
def test_small_folders_still_get_tasks_of_at_least_one_file(files):
    for jobs in (2, 4, 64):
        size = chunk_size(files, jobs)
        assert size >= 1
        chunks = [list(range(files))[i:i + size] for i in range(0, files, size)]
        assert [f for chunk in chunks for f in chunk] == list(range(files))  # every file, once, in order
