"""Gender-coded words in other senses, by class (bias scoring of an independent writer's set): a coded word
before an animal, a pest or a plant ("aggressive wasp nests"), before a setting or product of cleaning
("the gentle cycle"), and a compound that only begins with a stem ("leaderboard"). The same words said of
the hire stay findings."""
from __future__ import annotations

import pytest

import jdlint
from jdlint.config import Config


def coded(text: str) -> list[str]:
    report = jdlint.lint_text("# Job\n\n" + text + "\n", path="job.md", config=Config(select=("D201", "D202")))
    return [d.match.lower() for d in report.diagnostics]


@pytest.mark.parametrize("text", [
    "Our pest control technicians deal with aggressive wasp nests; full PPE is supplied.",
    "You will handle aggressive dogs at the shelter.",
    "Use the gentle cycle for wool and silk garments.",
    "Top the monthly leaderboard and win a weekend away.",
])
def test_other_senses(text):
    assert coded(text) == []


@pytest.mark.parametrize("text, word", [
    ("We want an aggressive closer who hates losing.", "aggressive"),
    ("You are gentle and patient with nervous clients.", "gentle"),
    ("You will be a natural leader on the shop floor.", "leader"),
])
def test_the_hire_described(text, word):
    assert word in coded(text)
