"""D405 on a licence the posting already makes conditional on driving (lead9): silent; the variants of
tests/data/precision_variants8.yaml (class conditional) hold the real-ad wordings. A licence next to a
condition about something else, or whose only 'driving' word is the licence itself, is still reported."""
from __future__ import annotations

import pytest

import jdlint
from jdlint.config import Config


def d405(text: str) -> list[str]:
    report = jdlint.lint_text("# Cleaner\n\nClean offices.\n\n" + text + "\n", path="job.md", config=Config(select=("D405",)))
    return [d.match for d in report.diagnostics]


@pytest.mark.parametrize("text", [
    "When the rota includes deliveries, you will need a full driving licence.",
    "A clean licence is needed only for roles that drive the minibus.",
])
def test_a_licence_conditional_on_driving_is_silent(text):
    assert d405(text) == []


@pytest.mark.parametrize("text", [
    # the condition is about cleaning, and the only 'driv' word is the licence (dev 0284)
    "Attention to detail when carrying out cleaning tasksA valid driver's license and reliable transportation.",
    "If you like tidy spaces, a valid driving licence is a must.",
])
def test_a_licence_beside_another_condition_is_reported(text):
    assert d405(text)
