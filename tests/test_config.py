"""Configuration discovery, selection, severity, options and per-file ignores."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES
from jdlint.config import Config, ConfigError, load_config
from jdlint.diagnostics import Severity
from jdlint.engine import Linter

PACK = FIXTURES / "packs" / "testpack.yaml"
POSTING = ("# Dessert chef\n\nWe serve a banana split every day.\n"
           "You need XX years of experience.\n")


def lint_file(path: Path, **kw) -> list[tuple[str, str]]:
    linter = Linter(**kw)
    (report,) = list(linter.lint_paths([str(path)]))
    assert report.error is None, report.error
    return [(d.code, str(d.severity)) for d in report.diagnostics if d.code.startswith("ZZ")]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "jobs" / "deep").mkdir(parents=True)
    (tmp_path / "jobs" / "deep" / "p.md").write_text(POSTING)
    return tmp_path


def write_config(folder: Path, body: str) -> None:
    (folder / ".jdlint.yaml").write_text(f"rule-packs: [{PACK}]\n" + body)


def test_nearest_config_walking_up(tree):
    write_config(tree, "select: [ZZ]\nignore: [ZZ102]\n")
    assert lint_file(tree / "jobs" / "deep" / "p.md") == [("ZZ103", "info"), ("ZZ101", "warning")]
    write_config(tree / "jobs", "select: [ZZ102]\n")  # nearer file wins, no merging
    assert lint_file(tree / "jobs" / "deep" / "p.md") == [("ZZ102", "error")]


def test_pyproject_tool_table(tree):
    (tree / "pyproject.toml").write_text(f'[project]\nname = "x"\n\n[tool.jdlint]\nrule-packs = ["{PACK}"]\nselect = ["test-regex"]\n')
    assert lint_file(tree / "jobs" / "deep" / "p.md") == [("ZZ102", "error")]


def test_pyproject_without_tool_table_is_skipped(tree):
    write_config(tree, "select: [ZZ101]\n")
    (tree / "jobs" / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert lint_file(tree / "jobs" / "deep" / "p.md") == [("ZZ101", "warning")]


def test_config_flag_and_isolated(tree, tmp_path):
    write_config(tree, "select: [ZZ101]\n")
    other = tmp_path / "other.yaml"
    other.write_text(f"rule-packs: [{PACK}]\nselect: [ZZ102]\n")
    p = tree / "jobs" / "deep" / "p.md"
    assert lint_file(p, config_path=str(other)) == [("ZZ102", "error")]
    isolated = lint_file(p, isolated=True, overrides={"rule_packs": (str(PACK),)})
    assert ("ZZ101", "warning") in isolated and ("ZZ102", "error") in isolated


def test_cli_overrides_file(tree):
    write_config(tree, "select: [ZZ101]\nfail-on: error\n")
    p = tree / "jobs" / "deep" / "p.md"
    assert lint_file(p, overrides={"select": ("ZZ102",)}) == [("ZZ102", "error")]
    assert lint_file(p, overrides={"extend_select": ("ZZ103",)}) == [("ZZ103", "info"), ("ZZ101", "warning")]


@pytest.mark.parametrize("select, ignore, expected", [
    (["ZZ"], ["ZZ10"], []),
    (["ZZ"], ["ZZ1"], []),
    (["ZZ102"], ["ZZ1"], ["ZZ102"]),             # the more specific selector wins
    (["category:placeholder"], [], ["ZZ102"]),
    (["category:vague", "test-regex"], [], ["ZZ102", "ZZ101"]),
    (["ALL"], ["category:structure", "ZZ101", "category:bias", "category:readability"], ["ZZ102"]),
])
def test_selectors(tree, select, ignore, expected):
    write_config(tree, f"select: {select}\nignore: {ignore}\n")
    found = [c for c, _ in lint_file(tree / "jobs" / "deep" / "p.md")]
    assert sorted(found) == sorted(expected)


def test_severity_override_by_code_name_and_category(tree):
    write_config(tree, "select: [ZZ101, ZZ102]\nseverity:\n  test-phrase: error\n  category:placeholder: info\n")
    assert lint_file(tree / "jobs" / "deep" / "p.md") == [("ZZ101", "error"), ("ZZ102", "info")]


def test_rule_options(tree):
    write_config(tree, "select: [ZZ104]\nrules:\n  ZZ104: {threshold: 5}\n")
    assert lint_file(tree / "jobs" / "deep" / "p.md") == [("ZZ104", "info")]
    write_config(tree, "select: [ZZ104]\n")
    assert lint_file(tree / "jobs" / "deep" / "p.md") == []


def test_per_file_ignores(tree):
    (tree / "jobs" / "deep" / "q.md").write_text(POSTING)
    write_config(tree, "select: [ZZ101, ZZ102]\nper-file-ignores:\n  'jobs/deep/p.*': [ZZ102]\n")
    assert lint_file(tree / "jobs" / "deep" / "p.md") == [("ZZ101", "warning")]
    assert lint_file(tree / "jobs" / "deep" / "q.md") == [("ZZ101", "warning"), ("ZZ102", "error")]


def test_min_severity(tree):
    write_config(tree, "select: [ZZ]\nmin-severity: warning\n")
    assert lint_file(tree / "jobs" / "deep" / "p.md") == [("ZZ101", "warning"), ("ZZ102", "error")]


def test_section_headings_from_config(tree):
    (tree / "jobs" / "deep" / "p.md").write_text("# Chef\n\n## Remuneration\n\nAsk Sam about it.\n")
    write_config(tree, "select: [ZZ103]\n")
    assert lint_file(tree / "jobs" / "deep" / "p.md") == [("ZZ103", "info")]
    write_config(tree, "select: [ZZ103]\nsections:\n  headings:\n    pay: [remuneration]\n")
    assert lint_file(tree / "jobs" / "deep" / "p.md") == []


@pytest.mark.parametrize("body, message", [
    ("fail-on: fatal\n", ".jdlint.yaml:1:1: unknown severity 'fatal'"),
    ("select: {a: 1}\n", ".jdlint.yaml:1:1: expected a list of strings"),
    ("sections:\n  required: [salary]\n", "unknown section kind 'salary'"),
    ("sections:\n  requird: [pay]\n", ".jdlint.yaml:2:3: unknown key 'requird' under sections"),
    ("rule-packs: [nowhere/]\n", "rule pack 'nowhere/' not found"),
    ("rules:\n  ZZ101: 5\n", ".jdlint.yaml:2:3: options for ZZ101 must be a mapping"),
])
def test_config_errors(tmp_path, body, message):
    (tmp_path / ".jdlint.yaml").write_text(body)
    with pytest.raises(ConfigError) as exc:
        load_config(tmp_path / ".jdlint.yaml")
    assert message in str(exc.value)


def test_defaults():
    c = Config()
    assert c.fail_on is Severity.warning and c.select is None
    assert set(c.sections_required) == {"intro", "responsibilities", "requirements", "pay", "benefits", "how-to-apply", "eeo"}
