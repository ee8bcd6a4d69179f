"""The Python API."""
from __future__ import annotations

from conftest import BAD_POSTING, FIXTURES

import jdlint
from jdlint.config import Config

PACK = str(FIXTURES / "packs" / "testpack.yaml")


def test_lint_text_returns_a_report_with_exact_positions():
    config = Config(rule_packs=(PACK,), select=("ZZ101",))
    report = jdlint.lint_text("# Chef\n\nWe serve a banana split.\n", path="chef.md", config=config)
    (d,) = report.diagnostics
    assert (d.code, d.line, d.column, d.end_column, d.match) == ("ZZ101", 3, 12, 24, "banana split")
    assert report.to_json()["diagnostics"][0]["offset"] == {"start": 19, "end": 31}


def test_lint_text_plain_text_by_suffix():
    config = Config(rule_packs=(PACK,), select=("ZZ101",))
    report = jdlint.lint_text("\u2022 banana split\n", path="chef.txt", config=config)
    assert [(d.line, d.column) for d in report.diagnostics] == [(1, 3)]


def test_lint_paths_streams_reports_in_order(tmp_path):
    for name in ("b.md", "a.md"):
        (tmp_path / name).write_text(BAD_POSTING)
    reports = list(jdlint.lint_paths([str(tmp_path), str(tmp_path / "missing.md")],
                                     config=Config(rule_packs=(PACK,), select=("ZZ",))))
    assert [r.path.rsplit("/", 1)[-1] for r in reports] == ["missing.md", "a.md", "b.md"]
    assert reports[0].error and "no such file" in reports[0].error
    assert all(r.error is None for r in reports[1:])


def test_default_config_uses_builtin_rules():
    report = jdlint.lint_text(BAD_POSTING)
    assert report.diagnostics and all(d.path == "<text>.md" for d in report.diagnostics)
