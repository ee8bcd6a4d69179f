"""The command line, through a subprocess, as users and tools call it."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import BAD_POSTING, FIXTURES, ROOT, run_cli, run_json

PACK = str(FIXTURES / "packs" / "testpack.yaml")
ONLY = ("--isolated", "--rule-pack", PACK, "--select", "ZZ")
POSTING = ("# Dessert chef\n\nWe serve a banana split every day.\n"
           "You need XX years of experience.\n\n"
           "You don't need a rockstar attitude.\n")


@pytest.fixture
def posting(tmp_path: Path) -> Path:
    p = tmp_path / "posting.md"
    p.write_text(POSTING, encoding="utf-8")
    return p


def test_text_output_and_exit_1(posting):
    r = run_cli(*ONLY, str(posting))
    assert r.returncode == 1, r.stderr
    lines = r.stdout.splitlines()
    assert f"{posting}:3:12: warning ZZ101 test-phrase 'banana split' is a test phrase; try 'sundae'" in lines
    assert f"{posting}:4:10: error ZZ102 test-regex placeholder 'XX'" in lines
    assert f"{posting}:1:1: info ZZ103 test-missing-pay pay section is missing" in lines
    assert not any("rockstar" in l for l in lines)  # negated: "You don't need a rockstar"
    assert lines[-1] == "Found 3 problems (1 error, 1 warning, 1 info) in 1 file."
    assert "\033[" not in r.stdout  # no colour when not a terminal


def test_exit_codes_follow_fail_on_and_exit_zero(posting, tmp_path):
    assert run_cli(*ONLY, "--fail-on", "error", str(posting)).returncode == 1
    assert run_cli(*ONLY, "--ignore", "ZZ102", "--fail-on", "error", str(posting)).returncode == 0
    assert run_cli(*ONLY, "--exit-zero", str(posting)).returncode == 0
    clean = tmp_path / "clean.md"
    clean.write_text("# Money talk\n\n$20 an hour.\n")
    r = run_cli(*ONLY, str(clean))
    assert r.returncode == 0 and "No problems found in 1 file." in r.stdout
    # usage and I/O errors are 2, even with --exit-zero
    assert run_cli("--format", "xml", str(clean)).returncode == 2
    assert run_cli(*ONLY, "--exit-zero", str(tmp_path / "missing.md")).returncode == 2
    assert run_cli().returncode == 2


def test_json_report(posting):
    r, rep = run_json(*ONLY, str(posting))
    assert r.returncode == 1
    assert rep["version"] == 1 and rep["tool"]["name"] == "jdlint"
    (f,) = rep["files"]
    assert f["path"] == str(posting) and isinstance(f["sections"], list) and f["metrics"]["words"] > 10
    d = next(x for x in f["diagnostics"] if x["code"] == "ZZ101")
    assert d["location"] == {"line": 3, "column": 12} and d["end_location"] == {"line": 3, "column": 24}
    text = posting.read_text()
    assert text[d["offset"]["start"]:d["offset"]["end"]] == d["match"] == "banana split"
    assert d["suggestions"] == ["sundae"] and d["fix"]["applicability"] == "unsafe"
    assert d["fix"]["edits"][0]["content"] == "sundae"
    assert rep["summary"]["by_severity"] == {"error": 1, "warning": 1, "info": 1}


def test_json_lines_streams_diagnostics_only(posting):
    r = run_cli(*ONLY, "--format", "json-lines", str(posting))
    rows = [json.loads(l) for l in r.stdout.splitlines()]
    assert sorted(x["code"] for x in rows) == ["ZZ101", "ZZ102", "ZZ103"]


def test_github_annotations(posting):
    r = run_cli(*ONLY, "--format", "github", str(posting))
    assert f"::error file={posting},line=4,col=10,endLine=4,endColumn=12,title=ZZ102 test-regex::placeholder 'XX'" in r.stdout.splitlines()
    assert any(l.startswith("::notice ") for l in r.stdout.splitlines())


def test_sarif_is_valid_and_repo_relative(tmp_path):
    from sarif_pydantic import Sarif

    rel = Path("jobs") / "p.md"
    (tmp_path / "jobs").mkdir()
    (tmp_path / rel).write_text(POSTING)
    r = run_cli(*ONLY, "--format", "sarif", str(rel), cwd=tmp_path)
    data = json.loads(r.stdout)
    Sarif.model_validate(data)
    run = data["runs"][0]
    assert data["version"] == "2.1.0"
    rules = run["tool"]["driver"]["rules"]
    assert {x["id"] for x in rules} == {"ZZ101", "ZZ102", "ZZ103", "ZZ104"}
    assert all(x["shortDescription"]["text"] and x["helpUri"] for x in rules)
    uris = {res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for res in run["results"]}
    assert uris == {"jobs/p.md"}
    levels = {res["ruleId"]: res["level"] for res in run["results"]}
    assert levels == {"ZZ101": "warning", "ZZ102": "error", "ZZ103": "note"}
    for res in run["results"]:
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]


def test_statistics_quiet_and_output_file(posting, tmp_path):
    r = run_cli(*ONLY, "--statistics", "--quiet", str(posting))
    assert re.search(r"^\s+1\s+ZZ101\s+test-phrase$", r.stdout, re.M)
    assert "Found" not in r.stdout
    out = tmp_path / "report.json"
    r = run_cli(*ONLY, "--format", "json", "--statistics", "--output", str(out), str(posting))
    assert r.stdout == "" and r.returncode == 1
    data = json.loads(out.read_text())
    assert {s["code"] for s in data["statistics"]} == {"ZZ101", "ZZ102", "ZZ103"}


def test_stdin_with_filename(posting):
    r = run_cli(*ONLY, "-", "--stdin-filename", "jobs/chef.md", stdin=POSTING)
    assert r.returncode == 1 and "jobs/chef.md:3:12:" in r.stdout
    # the suffix picks the parser: a .txt name reads bullets as plain text
    r = run_cli(*ONLY, "-", "--stdin-filename", "chef.txt", stdin="\u2022 a banana split\n")
    assert "chef.txt:1:5:" in r.stdout


def test_folders_recurse_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.md").write_text(POSTING)
    (tmp_path / "b" / "c.txt").write_text("We serve a banana split.\n")
    (tmp_path / "b" / "notes.py").write_text("banana split = 1\n")
    r, rep = run_json(*ONLY, str(tmp_path))
    assert [Path(f["path"]).name for f in rep["files"]] == ["a.md", "c.txt"]


def test_list_rules_and_explain():
    r = run_cli("--list-rules", "--format", "json")
    rules = json.loads(r.stdout)["rules"]
    assert len(rules) >= 3 and all({"code", "name", "category", "severity", "summary", "source", "fixable"} <= set(x) for x in rules)
    r = run_cli("--rule-pack", PACK, "--list-rules")
    assert re.search(r"ZZ101\s+test-phrase\s+vague\s+warning\s+fix A test phrase rule\.", r.stdout)
    for key in ("ZZ101", "test-phrase", "zz101"):
        e = run_cli("--rule-pack", PACK, "--explain", key)
        assert e.returncode == 0
        assert "ZZ101 test-phrase" in e.stdout and "We serve a banana split." in e.stdout and "How to fix" in e.stdout
    bad = run_cli("--explain", "NOPE999")
    assert bad.returncode == 2 and "unknown rule" in bad.stderr


def test_version_help_and_module_entry():
    r = run_cli("--version")
    assert r.returncode == 0 and r.stdout.startswith("jdlint ")
    h = run_cli("--help")
    assert h.returncode == 0 and "Exit codes" in h.stdout


def test_colour_only_when_asked(posting):
    r = run_cli(*ONLY, "--color", "always", str(posting))
    assert "\033[31merror\033[0m" in r.stdout


def test_fix_applies_unsafe_fixes_only_when_asked(posting):
    before = posting.read_text()
    r = run_cli(*ONLY, "--fix", str(posting))
    assert posting.read_text() == before  # the only fix is unsafe
    r = run_cli(*ONLY, "--fix", "--unsafe-fixes", str(posting))
    assert "We serve a sundae every day." in posting.read_text()
    assert "fixed 1 problem" in r.stderr
    assert posting.read_text().replace("sundae", "banana split") == before
    assert "ZZ101" not in r.stdout  # fixed findings are not reported again


def test_fix_refuses_stdin():
    r = run_cli(*ONLY, "--fix", "-", stdin=POSTING)
    assert r.returncode == 2 and "stdin" in r.stderr


def test_show_sections(tmp_path):
    p = tmp_path / "s.md"
    p.write_text("# Role\n\n## Money talk\n\n$20 an hour.\n")
    r = run_cli(*ONLY, "--show-sections", str(p))
    assert re.search(r"^\s+3-5\s+pay\s+by heading \"Money talk\"$", r.stdout, re.M)


def test_builtin_rules_run_on_the_example():
    r = run_cli(str(ROOT / "examples" / "case-manager.txt"))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "S104" in r.stdout


def test_jobs_gives_the_same_report_in_the_same_order(tmp_path):
    for i in range(20):  # enough files to use worker processes
        (tmp_path / f"ad{i:02d}.md").write_text(POSTING.replace("every day", f"on day {i}"))
    one = run_cli(*ONLY, "--jobs", "1", "--format", "json", str(tmp_path))
    two = run_cli(*ONLY, "--jobs", "2", "--format", "json", str(tmp_path))
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout
    assert [Path(f["path"]).name for f in json.loads(two.stdout)["files"]] == [f"ad{i:02d}.md" for i in range(20)]


def test_lint_texts_streams_in_order():
    import jdlint
    from jdlint.config import Config

    config = Config(rule_packs=(PACK,), select=("ZZ101",))
    texts = (f"Day {i}: a banana split." if i % 2 else f"Day {i}: a sundae." for i in range(6))
    reports = list(jdlint.lint_texts(texts, config=config))
    assert [len(r.diagnostics) for r in reports] == [0, 1, 0, 1, 0, 1]
    assert reports[1].path == "<text 2>.md"
