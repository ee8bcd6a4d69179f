"""Inline suppression directives in Markdown and plain text."""
from __future__ import annotations

import pytest

from conftest import FIXTURES
from jdlint.config import Config
from jdlint.engine import Linter
from jdlint.source import SourceFile, kind_for

PACK = str(FIXTURES / "packs" / "testpack.yaml")
CONFIG = Config(rule_packs=(PACK,), select=("ZZ101", "ZZ102"))


def found(text: str, path: str = "t.md") -> list[tuple[str, int]]:
    (report,) = list(Linter(CONFIG).lint_sources([SourceFile(path, text, kind_for(path))]))
    return [(d.code, d.line) for d in report.diagnostics]


BODY = "A banana split.\n\nXX years needed.\n\nAnother banana split.\n"


def test_no_directive():
    assert found(BODY) == [("ZZ101", 1), ("ZZ102", 3), ("ZZ101", 5)]


@pytest.mark.parametrize("directive", ["<!-- jdlint-disable-file -->", "<!-- jdlint-disable-file ZZ101 ZZ102 -->",
                                       "<!-- jdlint-disable-file ZZ -->", "<!-- jdlint-disable-file category:vague, test-regex -->"])
def test_disable_file(directive):
    assert found(directive + "\n" + BODY) == []


def test_disable_file_with_one_code_keeps_the_others():
    assert found("<!-- jdlint-disable-file test-phrase -->\n" + BODY) == [("ZZ102", 4)]


def test_disable_enable_range():
    text = "A banana split.\n<!-- jdlint-disable ZZ101 -->\nA banana split.\nXX years.\n<!-- jdlint-enable ZZ101 -->\nA banana split.\n"
    assert found(text) == [("ZZ101", 1), ("ZZ102", 4), ("ZZ101", 6)]


def test_disable_without_enable_runs_to_the_end():
    assert found("A banana split.\n\n<!-- jdlint-disable -->\n\nA banana split.\n\nXX years.\n") == [("ZZ101", 1)]


def test_disable_next_line_skips_blank_lines():
    text = "<!-- jdlint-disable-next-line ZZ101 -->\n\nA banana split. XX years.\n\nA banana split.\n"
    assert found(text) == [("ZZ102", 3), ("ZZ101", 5)]


def test_disable_line():
    assert found("A banana split. <!-- jdlint-disable-line -->\n\nA banana split.\n") == [("ZZ101", 3)]


def test_plain_text_line_form():
    text = "# jdlint-disable-next-line ZZ101\nA banana split.\nA banana split.\n"
    assert found(text, "t.txt") == [("ZZ101", 3)]
    assert found("# jdlint-disable-file\n" + BODY, "t.txt") == []
    # the comment form works in plain text too
    assert found("<!-- jdlint-disable-file ZZ102 -->\n" + BODY, "t.txt") == [("ZZ101", 2), ("ZZ101", 6)]


def test_hash_lines_are_not_directives_in_markdown():
    # in Markdown "# jdlint-disable" is a heading, not a directive
    assert found("# jdlint-disable-file\n\n" + BODY) == [("ZZ101", 3), ("ZZ102", 5), ("ZZ101", 7)]
