"""Session 47 (lead): gender-coded words in other senses that the lead's own near-misses found counted.

Written by class before any change (30 near-misses: pay and products, duties with served people, proper names,
verbs of the work; 8 fire cases): three were counted. "support" with the people the post serves after it is the
duty, as "lead a team" is ("You will support patients with asthma"); with colleagues or "the people around you" it is
still the hire's manner, and "connect with every patient" still the hire's rapport. "warm up" and "warming the ..."
heat things. Unread gender-coded pool, per silent case .937 -> .940 (AI 5 -> 4), recall unchanged; the dev corpus'
report byte-identical. "Interpersonal skills training is provided" stays counted (the trait named as what is taught).
"""
from __future__ import annotations

import pytest

import jdlint
from jdlint.config import Config


def coded(text: str) -> list[str]:
    report = jdlint.lint_text("# Job\n\n" + text + "\n", "t.md", config=Config(select=("D201", "D202")))
    return [d.match for d in report.diagnostics]


@pytest.mark.parametrize("text", [
    "You will support customers by phone and email.",
    "You will support patients with asthma and COPD.",
    "You'll support residents with personal care and meals.",
    "Warm up the ovens by 6am.",
    "Warming the plates before service is part of the close-down.",
    "Food is warmed to 75°C before it is served.",
])
def test_other_sense_is_not_counted(text):
    assert coded(text) == []


@pytest.mark.parametrize("text,word", [
    ("You support your teammates whenever they are stretched.", "support"),
    ("You support the people around you.", "support"),
    ("Someone who can connect with every patient.", "connect"),
    ("You connect easily with people at every level.", "connect"),
    ("You are warm and welcoming.", "warm"),
    ("A warm, caring nanny for two children.", "warm"),
])
def test_the_hire_s_manner_still_counts(text, word):
    assert word in coded(text)
