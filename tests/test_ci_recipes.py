"""The CI recipes in examples/ci (and the README) parse, and their lint commands do what they say
when run here, in a git repository with a branch that adds, changes and deletes postings."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from ruamel.yaml import YAML

from conftest import ROOT, run_cli

CI = ROOT / "examples" / "ci"
POSTINGS = ROOT / "examples" / "postings"
BIN = str(Path(sys.executable).parent)  # where this environment's jdlint is

# GitLab code quality report (docs.gitlab.com, "Code Quality report format"): required fields.
CODE_QUALITY = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
            "type": {"const": "issue"},
            "description": {"type": "string", "minLength": 1},
            "check_name": {"type": "string", "minLength": 1},
            "fingerprint": {"type": "string", "pattern": "^[0-9a-f]{32}$"},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "location": {
                "type": "object",
                "required": ["path", "lines"],
                "properties": {
                    "path": {"type": "string", "pattern": "^[^/]"},  # relative to the repository
                    "lines": {"type": "object", "required": ["begin"],
                              "properties": {"begin": {"type": "integer", "minimum": 1},
                                             "end": {"type": "integer", "minimum": 1}}},
                },
            },
        },
    },
}


def _yaml(name: str) -> dict:
    return YAML(typ="safe").load((CI / name).read_text(encoding="utf-8"))


def _git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", "-c", "user.name=jdlint", "-c", "user.email=jdlint@example.org",
                           "-c", "init.defaultBranch=main", *args], cwd=cwd, check=True,
                          capture_output=True, text=True).stdout


CLEAN = "# Cook\n\nYou cook.\n"


@pytest.fixture
def repo(tmp_path) -> Path:
    """A clone whose branch ``feature`` adds and changes postings, deletes one, leaves one with
    findings untouched and changes a non-posting file; ``origin/main`` is the base."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    origin = tmp_path / "origin"
    (origin / "postings" / "team").mkdir(parents=True)
    (origin / "docs").mkdir()
    shutil.copy(POSTINGS / "infrastructure-developer.md", origin / "postings" / "untouched.md")
    (origin / "postings" / "team" / "changed.md").write_text(CLEAN, encoding="utf-8")
    (origin / "postings" / "deleted.md").write_text(CLEAN, encoding="utf-8")
    (origin / "docs" / "notes.md").write_text(CLEAN, encoding="utf-8")
    _git(origin, "init", "-q")
    _git(origin, "add", "-A")
    _git(origin, "commit", "-qm", "postings")
    work = tmp_path / "work"
    _git(tmp_path, "clone", "-q", str(origin), str(work))
    _git(work, "checkout", "-qb", "feature")
    shutil.copy(POSTINGS / "notify-developer.md", work / "postings" / "new posting.md")  # a space too
    (work / "postings" / "team" / "changed.md").write_text(CLEAN + "\nWe want a rockstar ninja.\n", encoding="utf-8")
    (work / "postings" / "deleted.md").unlink()
    (work / "docs" / "notes.md").write_text(CLEAN + "\nA rockstar wrote this.\n", encoding="utf-8")
    (work / "postings" / "logo.png").write_bytes(b"\x89PNG\r\n")
    _git(work, "add", "-A")
    _git(work, "commit", "-qm", "change postings")
    return work


CHANGED = {"postings/new posting.md", "postings/team/changed.md"}


def _env(**extra: str) -> dict:
    return {**os.environ, "PATH": BIN + os.pathsep + os.environ.get("PATH", ""), "NO_COLOR": "1", **extra}


def _bash(script: str, cwd: Path, env: dict) -> subprocess.CompletedProcess:
    # GitHub runs `run:` with `bash -e {0}`; GitLab runs each script line in one shell, stopping at a failure
    return subprocess.run(["bash", "-e", "-c", script], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def _changed(repo: Path) -> set[str]:
    return {p for p in (repo / "changed.txt").read_bytes().decode("utf-8").split("\0") if p}


# -- GitHub Actions ------------------------------------------------------------------------
def _github_run(repo: Path, tmp_path: Path) -> dict[str, subprocess.CompletedProcess | None]:
    flow = _yaml("github-jdlint.yml")
    job = flow["jobs"]["jdlint"]
    output = tmp_path / "github_output"
    output.write_text("")
    env = _env(**{k: str(v) for k, v in job["env"].items()})
    assert job["env"]["BASE_REF"] == "${{ github.base_ref }}"
    env.update(BASE_REF="main", GITHUB_OUTPUT=str(output))
    results: dict[str, subprocess.CompletedProcess | None] = {}
    count = None
    for step in job["steps"]:
        if "run" not in step or "pip install" in step["run"]:
            continue  # actions and the install: jdlint is installed here already
        condition = step.get("if", "")
        if "steps.changed.outputs.count != '0'" in condition and count == "0":
            results[step["id"]] = None
            continue
        results[step["id"]] = r = _bash(step["run"], repo, env)
        if step["id"] == "changed":
            assert r.returncode == 0, r.stderr
            count = dict(line.split("=", 1) for line in output.read_text().split())["count"]
    return results


def test_github_workflow_shape():
    flow = _yaml("github-jdlint.yml")
    assert flow["name"] == "jdlint" and "pull_request" in flow["on"]
    assert flow["permissions"]["security-events"] == "write"
    steps = flow["jobs"]["jdlint"]["steps"]
    upload = next(s for s in steps if str(s.get("uses", "")).startswith("github/codeql-action/upload-sarif"))
    sarif = next(s for s in steps if s.get("id") == "sarif")
    assert f"--output {upload['with']['sarif_file']}" in sarif["run"] and "--format sarif" in sarif["run"]
    assert "always()" in upload["if"] and "always()" in sarif["if"]  # uploaded even when the lint step fails
    assert "--format github" in next(s for s in steps if s.get("id") == "lint")["run"]
    checkout = next(s for s in steps if str(s.get("uses", "")).startswith("actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0


def test_github_workflow_lints_only_the_changed_postings(repo, tmp_path):
    results = _github_run(repo, tmp_path)
    assert _changed(repo) == CHANGED
    lint = results["lint"]
    assert lint.returncode != 0, lint.stdout  # a missing-pay warning fails the check
    lines = lint.stdout.splitlines()
    assert lines and all(l.startswith(("::error ", "::warning ", "::notice ")) for l in lines)
    files = {l.split("file=", 1)[1].split(",line=", 1)[0] for l in lines}
    assert files == CHANGED
    assert any("title=V101 cliche-job-title" in l and "changed.md" in l for l in lines)
    assert results["sarif"].returncode == 0, results["sarif"].stderr
    sarif = json.loads((repo / "jdlint.sarif").read_text(encoding="utf-8"))
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]}
    assert uris == CHANGED  # repository-relative, as code scanning needs
    assert len(sarif["runs"][0]["results"]) == len(lines)


def test_github_workflow_skips_linting_when_no_posting_changed(repo, tmp_path):
    _git(repo, "checkout", "-q", "main")
    _git(repo, "checkout", "-qb", "docs-only")
    (repo / "docs" / "notes.md").write_text("Changed.\n", encoding="utf-8")
    _git(repo, "commit", "-qam", "docs")
    results = _github_run(repo, tmp_path)
    assert _changed(repo) == set()
    assert results["lint"] is None and results["sarif"] is None


# -- GitLab CI -----------------------------------------------------------------------------
def _gitlab_run(repo: Path) -> list[subprocess.CompletedProcess]:
    job = _yaml("gitlab-jdlint.yml")["jdlint"]
    env = _env(**{k: str(v) for k, v in job["variables"].items()}, CI_MERGE_REQUEST_TARGET_BRANCH_NAME="main")
    assert "pip install" in job["before_script"][0]  # jdlint is installed here already
    return [_bash(line, repo, env) for line in job["script"]]


def test_gitlab_job_shape():
    job = _yaml("gitlab-jdlint.yml")["jdlint"]
    assert job["artifacts"]["reports"]["codequality"] == "gl-code-quality-report.json"
    assert job["artifacts"]["when"] == "always"
    assert any(r.get("if", "").startswith("$CI_PIPELINE_SOURCE == \"merge_request_event\"") for r in job["rules"])
    assert any("--format gitlab --output gl-code-quality-report.json" in line for line in job["script"])


def test_gitlab_job_reports_code_quality_for_the_changed_postings(repo):
    *setup, last = _gitlab_run(repo)
    for r in setup:
        assert r.returncode == 0, r.stderr
    assert last.returncode != 0  # the log's text report; warnings fail the job
    assert "missing-pay" in last.stdout and "untouched.md" not in last.stdout
    assert _changed(repo) == CHANGED
    report = json.loads((repo / "gl-code-quality-report.json").read_text(encoding="utf-8"))
    jsonschema.validate(report, CODE_QUALITY)
    assert {i["location"]["path"] for i in report} == CHANGED
    assert len({i["fingerprint"] for i in report}) == len(report)


def test_gitlab_job_passes_with_an_empty_report_when_no_posting_changed(repo):
    _git(repo, "checkout", "-q", "main")
    _git(repo, "checkout", "-qb", "docs-only")
    (repo / "docs" / "notes.md").write_text("Changed.\n", encoding="utf-8")
    _git(repo, "commit", "-qam", "docs")
    for r in _gitlab_run(repo):
        assert r.returncode == 0, r.stderr
    assert json.loads((repo / "gl-code-quality-report.json").read_text(encoding="utf-8")) == []


# -- the formatter itself ------------------------------------------------------------------
def test_gitlab_fingerprints_survive_moved_lines_and_tell_repeats_apart(tmp_path):
    posting = tmp_path / "p.md"
    body = "We want a rockstar. Our rockstar team.\n"
    posting.write_text("# Chef\n\n" + body, encoding="utf-8")
    before = json.loads(run_cli("--isolated", "--no-cache", "-f", "gitlab", "p.md", cwd=tmp_path).stdout)
    posting.write_text("# Chef\n\nA new first line.\n\n" + body, encoding="utf-8")
    after = json.loads(run_cli("--isolated", "--no-cache", "-f", "gitlab", "p.md", cwd=tmp_path).stdout)
    jsonschema.validate(before, CODE_QUALITY)
    rock = [i for i in before if i["check_name"].startswith("V101")]
    assert len(rock) == 2 and rock[0]["fingerprint"] != rock[1]["fingerprint"]
    moved = {i["fingerprint"]: i["location"]["lines"]["begin"] for i in after}
    for issue in rock:
        assert moved[issue["fingerprint"]] == issue["location"]["lines"]["begin"] + 2


def test_readme_shows_the_same_recipes():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in ("github-jdlint.yml", "gitlab-jdlint.yml"):
        lines = (CI / name).read_text(encoding="utf-8").splitlines()
        start = next(i for i, line in enumerate(lines) if line and not line.startswith("#"))
        assert "\n".join(lines[start:]) in readme, name  # from the first line after the header comment
