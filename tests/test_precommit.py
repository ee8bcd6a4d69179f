"""The pre-commit hook, end to end: the real ``pre-commit try-repo`` against this checkout.

pre-commit builds its own virtualenv for the hook and ``pip install``s this repository into it,
non-editable, as it does for users. To keep the test offline, pip is told not to touch an index
(``PIP_NO_INDEX``), to build with the setuptools virtualenv seeds (``PIP_NO_BUILD_ISOLATION``) and to install
jdlint alone (``PIP_NO_DEPS``); the hook environment then finds jdlint's dependencies (spaCy and
friends, already installed for the tests) through ``PYTHONPATH`` pointing at a folder that links
every installed package *except* jdlint, so the jdlint that runs is the one pre-commit installed.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from conftest import ROOT

pytest.importorskip("pre_commit")

CLEAN = """# Payroll Specialist

## About us
We run payroll for 300 schools in Ohio.
Full-time, Monday to Friday, on-site in Columbus, OH.

## What you'll do
- Run the monthly payroll for 4,000 staff.
- Answer pay questions from school offices.

## What you bring
- Two years of payroll experience.

## Pay and benefits
$52,000 to $60,000 a year, health cover, and 25 days of paid leave.

## How to apply
Send your CV to jobs@northfield-library.org by 30 June.
We are an equal opportunity employer.
"""
BAD = "# Sales Rockstar\n\nWe want a young digital native. XX years experience.\n"


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"})


def _deps_without_jdlint(tmp: Path) -> Path:
    site = Path(sysconfig.get_paths()["purelib"])
    linked = tmp / "deps"
    linked.mkdir()
    for entry in site.iterdir():
        name = entry.name.lower()
        if name.startswith(("jdlint", "__editable__", "_jdlint")) or name.endswith(".pth"):
            continue
        (linked / entry.name).symlink_to(entry)
    return linked


@pytest.fixture(scope="module")
def hook_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("precommit")
    repo = tmp / "postings"
    repo.mkdir()
    _git(repo, "init", "-q")
    (repo / "clean.md").write_text(CLEAN)
    (repo / "bad.md").write_text(BAD)
    _git(repo, "add", ".")
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp / "cache"),
        # PIP_NO_BUILD_ISOLATION is inverted: "0" means --no-build-isolation (pip's documented quirk)
        "PIP_NO_INDEX": "1", "PIP_NO_BUILD_ISOLATION": "0", "PIP_NO_DEPS": "1",
        "PYTHONPATH": str(_deps_without_jdlint(tmp)),
        "NO_COLOR": "1",
    }
    pre_commit = [sys.executable, "-m", "pre_commit"]

    def run(*files: str):
        return subprocess.run([*pre_commit, "try-repo", str(ROOT), "jdlint", "--verbose", "--files", *files],
                              cwd=repo, env=env, capture_output=True, text=True, timeout=900)

    return run


def test_manifest_is_valid():
    r = subprocess.run([sys.executable, "-m", "pre_commit", "validate-manifest", str(ROOT / ".pre-commit-hooks.yaml")],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_hook_fails_on_a_bad_posting_with_findings(hook_run):
    r = hook_run("bad.md")
    out = r.stdout + r.stderr
    assert r.returncode == 1, out
    assert "jdlint" in out and "Failed" in out
    assert "bad.md:3:" in out and "Traceback" not in out


def test_hook_passes_a_clean_posting(hook_run):
    r = hook_run("clean.md")
    out = r.stdout + r.stderr
    assert r.returncode == 0, out
    assert "Passed" in out
