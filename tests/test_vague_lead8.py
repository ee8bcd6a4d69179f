"""Classes seen among an independent writer's misses (issue 14 item 4), each with near-misses: a quality the
hire gives off or brings with nothing observable in it (V114: "radiates positivity", "someone with real
sparkle", "an entrepreneurial flair", "bags of grit"), the place's own top pick and the employer set apart
from its kind with nothing named (V116: "Melbourne's most-loved plumbing outfit", "not your average estate
agency"), and the catch-all duty whoever decides it (V201: "other duties as the church council may direct")."""
from __future__ import annotations

import pytest

import jdlint


def vague(text: str) -> list[tuple[str, str]]:
    report = jdlint.lint_text("# Job\n\n" + text + "\n", path="job.md")
    return [(d.code, d.match) for d in report.diagnostics if d.category == "vague"]


@pytest.mark.parametrize("text, code, match", [
    ("Our ideal barista radiates positivity from the first coffee.", "V114", "positivity"),
    ("You'll exude warmth and charm with every guest.", "V114", "warmth"),
    ("We want someone with real sparkle on the shop floor.", "V114", "real sparkle"),
    ("Bring an entrepreneurial flair to our family firm.", "V114", "entrepreneurial flair"),
    ("Labourer needed, bags of grit required.", "V114", "bags of grit"),
    ("We are Perth's most-loved bakery.", "V116", "Perth's most-loved bakery"),
    ("This is not your average accountancy firm.", "V116", "not your average accountancy firm"),
    ("It's no ordinary garage.", "V116", "no ordinary garage"),
    ("You will also do other duties as the head gardener may direct.", "V201", "other duties as the head gardener may direct"),
])
def test_fires(text, code, match):
    assert (code, match) in vague(text)


@pytest.mark.parametrize("text", [
    "You will treat every patient with warmth and dignity.",
    # ("A flair for numbers and a good eye for detail are needed." was silent here until session 47: V304 now reads an
    # aptitude with nothing measured, tests/test_req47.py)
    "Melbourne's most-visited museum needs a weekend guide.",
    "It is not your average day when the harvest comes in: expect 12-hour shifts.",
    "The job involves lots of drive time between our three sites.",
    "Other duties as set out in the attached job description.",
])
def test_near_misses_stay_silent(text):
    assert vague(text) == []
