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


# -- --fix and the file system (issue 18, item 7) ------------------------------------------------
import json
import os
import stat

NINJA = "# Developer\n\nWe're hiring a JavaScript ninja. The ninja will code.\n"
FIXED = "# Developer\n\nWe're hiring a JavaScript specialist. The specialist will code.\n"
FIX_ARGS = ("--no-cache", "--select", "V101", "--fix", "--unsafe-fixes")


def test_a_read_only_file_is_refused(tmp_path):
    posting = tmp_path / "ro.md"
    posting.write_text(NINJA)
    posting.chmod(0o444)
    other = tmp_path / "rw.md"
    other.write_text(NINJA)
    r = run_cli(*FIX_ARGS, str(posting), str(other))
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert f"jdlint: error: {posting}: read-only file; not fixed" in r.stderr.splitlines()[0]
    assert posting.read_text() == NINJA and stat.S_IMODE(posting.stat().st_mode) == 0o444
    assert other.read_text() == FIXED  # the other file is still fixed


def test_a_symlink_is_fixed_through_and_stays_a_link(tmp_path):
    target = tmp_path / "real" / "posting.md"
    target.parent.mkdir()
    target.write_text(NINJA)
    link = tmp_path / "link.md"
    link.symlink_to(target)
    r = run_cli(*FIX_ARGS, str(link))
    assert r.returncode == 0, r.stderr
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text() == FIXED


def test_hard_links_are_written_in_place(tmp_path):
    posting = tmp_path / "posting.md"
    posting.write_text(NINJA)
    other = tmp_path / "other-name.md"
    os.link(posting, other)
    inode = posting.stat().st_ino
    r = run_cli(*FIX_ARGS, str(posting))
    assert r.returncode == 0, r.stderr
    assert posting.stat().st_ino == inode and posting.stat().st_nlink == 2
    assert other.read_text() == FIXED


def test_the_report_after_fix_describes_the_file_as_written(tmp_path):
    """Fixes change lengths: findings after them must be at their places in the new text."""
    posting = tmp_path / "posting.md"
    text = NINJA + "\nWe want a young, energetic digital native who is a rockstar.\n"
    posting.write_text(text)
    r = run_cli("--no-cache", "--select", "V101,D3", "--fix", "-f", "json", str(posting))  # safe fixes only
    r = run_cli("--no-cache", "--select", "V101,D3", "--fix", "--unsafe-fixes", "-f", "json", str(posting))
    written = posting.read_text()
    assert written != text and "ninja" not in written
    report = json.loads(r.stdout)["files"][0]["diagnostics"]
    fresh = json.loads(run_cli("--no-cache", "--select", "V101,D3", "-f", "json", str(posting)).stdout)
    assert report == fresh["files"][0]["diagnostics"]
    assert report and all(written[d["offset"]["start"]:d["offset"]["end"]] == d["match"] for d in report)


def test_team_of_ninjas_keeps_the_plural(tmp_path):
    """Lemma matching finds "ninjas" for the term "ninja": the replacement takes the plural."""
    assert fixed(tmp_path, "# Role\n\nJoin a team of ninjas.\n") == "# Role\n\nJoin a team of specialists.\n"
    # a term with a plural of its own keeps that one's suggestion; a singular stays singular
    assert fixed(tmp_path, "# Role\n\nOur rockstars and a ninja.\n") == "# Role\n\nOur experts and a specialist.\n"
    assert fixed(tmp_path, "# Role\n\nTwo salesmen wanted.\n") == "# Role\n\nTwo salespeople wanted.\n"


@pytest.mark.parametrize("phrase, plural, replaceable", [
    ("specialist", "specialists", True), ("office assistant", "office assistants", True),
    ("salesperson", "salespeople", True), ("chairman", "chairmen", True), ("courier", "couriers", True),
    ("newspaper carrier", "newspaper carriers", True), ("early-career candidate", "early-career candidates", True),
    ("promotional staff", None, False), ("shares our values", None, False), ("uses", None, False),
    ("person able to perform the essential functions, with or without reasonable accommodation", None, False),
])
def test_only_a_short_countable_replacement_is_made_plural(phrase, plural, replaceable):
    from jdlint.rule_packs import _countable_noun_phrase, _plural_phrase

    assert _countable_noun_phrase(phrase) is replaceable
    if replaceable:
        assert _plural_phrase(phrase) == plural
