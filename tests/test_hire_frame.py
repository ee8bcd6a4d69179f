"""The hire named by one sex, with the words a posting uses for the person it will hire ("the successful
gentleman will report to", "the chosen girl will help in the kitchen"): D110's ``hire`` frame
(rules/gender.yaml). Near-misses: the hire named without a sex, the people the hire will serve, a
possessive naming a place or service ("the new women's refuge") and compounds of "man"."""
from __future__ import annotations

import pytest

import jdlint
from jdlint.config import Config
from jdlint.diagnostics import Severity


def d110(text: str) -> list[str]:
    report = jdlint.lint_text("# Job\n\n" + text + "\n", path="job.md", config=Config(select=("D",)))
    return [d.trigger for d in report.diagnostics if d.code == "D110" and d.severity >= Severity.warning]


@pytest.mark.parametrize("text, match", [
    ("The successful gentleman will report to the works manager.", "The successful gentleman"),
    ("The chosen girl will help in the kitchen on weekends.", "The chosen girl"),
    ("the selected lady joins our reception team in March", "the selected lady"),
    ("The lucky man who gets this job will love it here.", "The lucky man"),
])
def test_the_hire_named_by_one_sex(text, match):
    assert d110(text) == [match]


@pytest.mark.parametrize("text", [
    "The successful candidate will run our women's support group.",
    "The successful applicant will mentor young women in STEM.",
    "The new women's refuge opens in May; you will run its front desk.",
    "Our new man-made fibre line needs an operator.",
    "The selected supplier will deliver to our Leeds site.",
])
def test_the_hire_without_a_sex_or_the_people_served(text):
    assert d110(text) == []
