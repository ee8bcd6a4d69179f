"""Pay addressed in whatever words, with no figure, is vague pay (issue 14 item 3): the pay noun as its
clause's subject with any predicate ("Pay will reflect your skills and attitude", "The money's worth your
while", "Pay is weekly") or with a praise word and no verb ("Wages good"). A figure anywhere in the clause
makes it pay, and the verb "pay" or a pay noun inside another noun phrase is not pay addressed."""
from __future__ import annotations

import pytest

import jdlint

DUTIES = "You will answer calls and schedule appointments for the clinic.\n\n"


def pay_findings(text: str):
    report = jdlint.lint_text(DUTIES + text + "\n", path="job.md")
    return ([d.match for d in report.diagnostics if d.code == "P101"],
            any(s.kind == "pay" and not s.empty and s.pay for s in report.sections))


@pytest.mark.parametrize("text, match", [
    ("Pay will reflect your skills and attitude.", "Pay will reflect your skills"),
    ("The money's worth your while if you can stick the early starts.", "money's worth your while"),
    ("Wages good, food and stay provided.", "Wages good"),
    ("Pay is weekly, every Friday.", "Pay is weekly, every Friday"),
])
def test_pay_addressed_without_a_figure_is_vague(text, match):
    vague, section = pay_findings(text)
    assert vague and vague[0].startswith(match) and not section


@pytest.mark.parametrize("text", [
    "Pay is £12.50 an hour.",
    "Pay is reviewed every April in line with inflation; the starting rate is £11.44.",
    "Pay attention to detail is a must.",
    "Salary sacrifice schemes are available.",
])
def test_a_figure_or_another_sense_is_not_vague_pay(text):
    vague, _section = pay_findings(text)
    assert vague == []
