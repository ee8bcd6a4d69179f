"""Fixes: the article before a replaced word agrees with the replacement, and each fix is
applied whole or not at all.

Fixture text is written for these tests.
"""
from __future__ import annotations

import pytest

from jdlint.context import indefinite_article
from jdlint.diagnostics import Edit
from jdlint.fixes import apply_fixes

from conftest import run_cli


@pytest.mark.parametrize("phrase, article", [
    ("expert developer", "an"), ("specialist", "a"), ("experienced engineer", "an"),
    ("salesperson", "a"), ("office assistant", "an"), ("ombudsperson", "an"), ("usher", "an"),
    ("uncrewed", "an"), ("uninformed", "an"), ("unique role", "a"), ("university", "a"),
    ("user researcher", "a"), ("European office", "a"), ("one-off", "a"), ("hour", "an"),
    ("honest", "an"), ("host", "a"), ("head teacher", "a"), ("MBA", "an"), ("BA", "a"),
    ("SQL developer", "an"), ("", "a"),
])
def test_indefinite_article(phrase, article):
    assert indefinite_article(phrase) == article


def fixed(tmp_path, text: str) -> str:
    posting = tmp_path / "posting.md"
    posting.write_text(text, encoding="utf-8")
    run_cli("--no-cache", "--select", "V101,D101", "--fix", "--unsafe-fixes", str(posting))
    return posting.read_text(encoding="utf-8")


def test_fixes_make_the_article_agree(tmp_path):
    text = ("# Engineer\n\nWe want a rockstar developer and an ninja. A rockstar ships.\n"
            "Join as a **rockstar** or as a\nrockstar. Hire A ROCKSTAR.\n\n- A ninja\n- An salesman\n")
    assert fixed(tmp_path, text) == (
        "# Engineer\n\nWe want an expert developer and a specialist. An expert ships.\n"
        "Join as an **expert** or as an\nexpert. Hire AN EXPERT.\n\n- A specialist\n- A salesperson\n")


def test_fixes_leave_articles_that_are_not_articles(tmp_path):
    text = "# Engineer\n\nOur Plan A rockstar is a first-class specialist. Vitamin A ninja. Sofia rockstar.\n"
    assert fixed(tmp_path, text) == (
        "# Engineer\n\nOur Plan A expert is a first-class specialist. Vitamin A specialist. Sofia expert.\n")


def test_a_fix_applies_whole_or_waits():
    text = "a rockstar and a ninja"
    word_and_article = (Edit(0, 1, "an"), Edit(2, 10, "expert"))
    overlapping = (Edit(8, 14, "X"),)  # overlaps the first fix's word: waits for the next run
    later = (Edit(17, 22, "specialist"),)
    assert apply_fixes(text, [later, overlapping, word_and_article]) == ("an expert and a specialist", 2)
    assert apply_fixes(text, [(Edit(0, 1, "an"), Edit(2, 10, "expert"), Edit(99, 100, "!"))]) == (text, 0)
