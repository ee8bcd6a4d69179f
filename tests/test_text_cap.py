"""The text report's cap (issue 14): at most N findings of one rule per posting, the most
important ones, then "… and N more"; every other format keeps every finding."""
from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

import jdlint
from jdlint.config import DEFAULT_CAP
from jdlint.diagnostics import Severity
from jdlint.formatters import capped

from conftest import run_cli

# Written for this test: seven plain-words (V108) findings, "in order to" twice.
DUTIES = """# Office coordinator

## What you will do

- Utilize our booking system in order to plan rooms.
- Facilitate the handover prior to each launch.
- Leverage spreadsheets in order to track supplies.
- Commence each day by checking the shared inbox.
"""
PLAIN = ["Utilize", "in order to", "Facilitate", "prior to", "Leverage", "in order to", "Commence"]


def _words(n: int, word: str) -> str:
    return " ".join([word] * (n - 1)) + " end."


# Three sentences over R104's 35 words, of 40, 60 and 45 words, in that order.
LONG = f"# Driver\n\n{_words(40, 'drive')}\n\n{_words(60, 'load')}\n\n{_words(45, 'park')}\n"


@pytest.fixture
def duties(tmp_path: Path) -> Path:
    p = tmp_path / "duties.md"
    p.write_text(DUTIES, encoding="utf-8")
    return p


def _lines(stdout: str, code: str) -> list[str]:
    return [l for l in stdout.splitlines() if re.match(rf".*:\d+:\d+: \w+ {code} ", l)]


def test_the_fixture_has_the_findings_the_tests_count():
    found = [d.match for d in jdlint.lint_text(DUTIES, "duties.md").diagnostics if d.code == "V108"]
    assert found == PLAIN


def test_capped_keeps_distinct_wordings_first_in_report_order():
    diags = [d for d in jdlint.lint_text(DUTIES, "duties.md").diagnostics if d.code == "V108"]
    shown, hidden = capped(diags, 3)
    # each wording's first use before a repeat ("in order to" twice), then the earliest
    assert [d.match for d in shown] == ["Utilize", "in order to", "Facilitate"]
    assert hidden == [("V108", "plain-words", 4)]
    shown, hidden = capped(diags, 6)
    assert [d.match for d in shown] == [m for i, m in enumerate(PLAIN) if i != 5]  # the repeat goes
    assert capped(diags, None) == (diags, [])
    assert capped(diags, 7) == (diags, [])


def test_capped_ranks_severity_first():
    diags = [d for d in jdlint.lint_text(DUTIES, "duties.md").diagnostics if d.code == "V108"]
    diags[-1] = replace(diags[-1], severity=Severity.warning)  # as a severity override would
    shown, _ = capped(diags, 1)
    assert [d.match for d in shown] == ["Commence"]


def test_capped_keeps_the_longest_sentences():
    diags = [d for d in jdlint.lint_text(LONG, "long.md").diagnostics if d.code == "R104"]
    assert [d.message.split()[3] for d in diags] == ["40", "60", "45"]
    shown, hidden = capped(diags, 2)
    assert [d.message.split()[3] for d in shown] == ["60", "45"]  # the longest, in reading order
    assert hidden == [("R104", "long-sentence", 1)]


def test_capped_counts_each_rule_apart():
    diags = jdlint.lint_text(DUTIES + "\n" + LONG.split("\n", 1)[1], "both.md").diagnostics
    shown, hidden = capped(diags, 1)
    assert sorted(code for code, _, _ in hidden) == ["R104", "V108"]
    assert [d.code for d in shown].count("V108") == 1 and [d.code for d in shown].count("R104") == 1
    assert all(d in diags for d in shown) and len(shown) == len(diags) - sum(n for _, _, n in hidden)


def test_default_text_report_caps_and_says_how_many_more(duties):
    r = run_cli("--isolated", "--no-cache", "--select", "V108", str(duties))
    assert r.returncode == 0, r.stderr  # info only
    assert len(_lines(r.stdout, "V108")) == DEFAULT_CAP == 1
    assert f"{duties}: … and 6 more V108 plain-words findings" in r.stdout.splitlines()
    assert r.stdout.splitlines()[-1] == ("Found 7 problems (0 error, 0 warning, 7 info) in 1 file. "
                                         "6 repeated findings not shown (--no-cap).")


def test_no_cap_and_config_show_everything(duties, tmp_path):
    r = run_cli("--isolated", "--no-cache", "--select", "V108", "--no-cap", str(duties))
    assert len(_lines(r.stdout, "V108")) == 7 and "more V108" not in r.stdout
    assert "not shown" not in r.stdout
    for value, shown in (("false", 7), ("true", DEFAULT_CAP), ("5", 5), ("1", 1)):
        (tmp_path / ".jdlint.yaml").write_text(f"select: [V108]\ncap: {value}\n", encoding="utf-8")
        r = run_cli("--no-cache", str(duties))
        assert r.returncode == 0, r.stderr
        assert len(_lines(r.stdout, "V108")) == shown, value
        assert ("more V108" in r.stdout) == (shown < 7)


@pytest.mark.parametrize("value", ["0", "-2", "lots", "[3]"])
def test_a_bad_cap_is_a_config_error(duties, tmp_path, value):
    (tmp_path / ".jdlint.yaml").write_text(f"cap: {value}\n", encoding="utf-8")
    r = run_cli("--no-cache", str(duties))
    assert r.returncode == 2
    assert ".jdlint.yaml:1:1: cap is true, false or a number" in r.stderr


@pytest.mark.parametrize("fmt", ["json", "sarif", "github", "gitlab", "json-lines"])
def test_other_formats_never_drop_a_finding(duties, tmp_path, fmt):
    (tmp_path / ".jdlint.yaml").write_text("select: [V108]\ncap: 1\n", encoding="utf-8")
    r = run_cli("--no-cache", "-f", fmt, str(duties))
    if fmt == "json":
        assert len(json.loads(r.stdout)["files"][0]["diagnostics"]) == 7
    elif fmt == "sarif":
        assert len(json.loads(r.stdout)["runs"][0]["results"]) == 7
    elif fmt == "gitlab":
        assert len(json.loads(r.stdout)) == 7
    else:
        assert len([l for l in r.stdout.splitlines() if "plain" in l or "V108" in l]) == 7
