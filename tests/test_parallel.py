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


def test_the_first_posting_is_linted_before_the_workers_start(tmp_path):
    # what a posting first touches (here the syllable counter and its table) is loaded once, in the parent, for
    # every worker; the reports are the serial run's, in order
    from jdlint import syllables
    from jdlint.config import Config
    from jdlint.engine import Linter

    for i in range(PARALLEL_MIN_FILES + 1):
        (tmp_path / f"{i:02d}.md").write_text(f"# Engineer {i}\n\nYou will be a rockstar ninja, aged 20-30. "
                                             f"Salary: $ per year.\n", encoding="utf-8")
    paths = sorted(str(p) for p in tmp_path.iterdir())
    linter = Linter(Config(select=("ALL",)))
    syllables._word_syllables.cache_clear()  # the per-word counter, made at the first posting
    parallel = linter.lint_paths(paths, jobs=2)
    first = next(parallel)
    assert syllables._word_syllables.cache_info().currsize == 1  # made here, before any worker forks
    reports = [first] + list(parallel)
    serial = list(Linter(Config(select=("ALL",))).lint_paths(paths))
    assert [r.path for r in reports] == paths
    assert [[(d.code, d.line, d.column) for d in r.diagnostics] for r in reports] == \
        [[(d.code, d.line, d.column) for d in r.diagnostics] for r in serial]
    assert any(r.diagnostics for r in reports)


def test_the_rule_screen_is_built_before_the_workers_start(tmp_path):
    # an index builds its RE2 screen only after matching.SCREEN_AFTER_POSTINGS postings; a folder
    # run builds it in the parent after the first posting, so no worker builds its own
    pytest.importorskip("re2")
    from jdlint.config import Config
    from jdlint.engine import Linter

    for i in range(PARALLEL_MIN_FILES + 1):
        (tmp_path / f"{i:02d}.md").write_text(f"# Nurse {i}\n\nYoung, energetic women wanted.\n", encoding="utf-8")
    paths = sorted(str(p) for p in tmp_path.iterdir())
    linter = Linter(Config(select=("ALL",)))
    reports = list(linter.lint_paths(paths, jobs=2))
    assert len(reports) == len(paths)
    (plan,) = linter._plans.values()
    assert plan._index._screen not in (False, None)  # built here, after one posting
    serial = Linter(Config(select=("ALL",)))
    assert [[(d.code, d.line, d.column) for d in r.diagnostics] for r in reports] == \
        [[(d.code, d.line, d.column) for d in r.diagnostics] for r in serial.lint_paths(paths)]
