"""Inline directives name what exists (issue 18, item 10): the README's own example used a bare
category name, which silently matched nothing. Fixture text is written for these tests."""
from __future__ import annotations

from conftest import codes


def _lint(lint, text: str, path: str = "t.md"):
    return lint(text, path=path, select=("V101", "J"))


def test_category_form_suppresses_the_category(lint):
    report = _lint(lint, "# Role\n\n<!-- jdlint-disable D301 category:vague -->\nWe need a rockstar.\n")
    assert codes(report) == []


def test_a_bare_category_name_is_reported_at_the_comment(lint):
    text = "# Role\n\n<!-- jdlint-disable D301 vague -->\nWe need a rockstar.\n"
    report = _lint(lint, text)
    assert codes(report) == ["J002", "V101"]
    j = report.diagnostics[0]
    assert (j.line, j.column) == (3, 1) and str(j.severity) == "info"
    assert text[j.start:j.end] == "<!-- jdlint-disable D301 vague -->"
    assert "'vague'" in j.message and "category:vague" in j.message


def test_known_selectors_of_every_kind_are_not_reported(lint):
    text = ("# Role\n\n<!-- jdlint-disable-next-line V101, cliche-job-title V1 category:bias.age ALL -->\n"
            "We need a rockstar.\n<!-- jdlint-disable-line -->\n")
    assert codes(_lint(lint, text)) == []


def test_a_mistyped_code_in_a_plain_text_line_directive(lint):
    text = "Role\n\n# jdlint-disable-next-line V1O1\nWe need a rockstar.\n"
    report = _lint(lint, text, path="t.txt")
    assert codes(report) == ["J002", "V101"]
    assert report.diagnostics[0].line == 3


def test_the_unknown_selector_finding_can_itself_be_suppressed(lint):
    text = "# Role\n\n<!-- jdlint-disable-file J002 -->\n<!-- jdlint-disable nothing-here -->\nWe need a rockstar.\n"
    assert codes(_lint(lint, text)) == ["V101"]
