"""Gender-coded words are counted when they describe the person hired (session 29). Writer I's 140 cases
(tests/data/writers_heldout/writerI_gender_coded.yaml) showed where the counting went wrong: a coded adjective whose
noun phrase heads on a thing ("a supportive environment", "strong coffee"), the word inside a business's
name, a negated requirement, and the employer speaking of itself. These fixtures are our own wording."""
from __future__ import annotations

import pytest

import jdlint
from jdlint.config import Config


def coded(text: str) -> list[str]:
    report = jdlint.lint_text(f"# Job\n\n{text}\n", path="t.md", config=Config(select=("D201", "D202")))
    return [d.match for d in report.diagnostics if d.code in ("D201", "D202")]


@pytest.mark.parametrize("text", [
    # an adjective heading a thing: no list of things needed
    "The clinic has a calm, supportive atmosphere on every ward.",
    "Expect an ambitious roadmap for the next two quarters.",
    "The lab runs analytical chemistry for three water companies.",
    "The spa plays gentle music in every treatment room.",
    "It is a sensitive archive, so access is logged.",
    # inside a business's name
    "Brave Horizons Dental Clinic is hiring a receptionist.",
    "Join the crew at Gentle Giants Removals in Bristol.",
    # negated: not asked of the hire
    "You don't need to be assertive; the role is mostly filing.",
    "You are not expected to be dominant in meetings.",
    # the employer of itself
    "We're confident you will find the training thorough.",
    "We are ambitious about reaching 40 sites by 2027.",
    # a flattened list ran the head noun into the next item
    "Competitive salaryPension and parking",
])
def test_coded_word_not_said_of_the_hire_is_silent(text):
    assert coded(text) == []


@pytest.mark.parametrize("text, word", [
    ("We want an assertive negotiator for our Leeds branch.", "assertive"),
    ("A supportive presence for new starters on the night shift.", "supportive"),
    ("Autonomous engineers who can own a feature end to end.", "Autonomous"),
    ("Be persistent with suppliers who miss deadlines.", "persistent"),
    ("Show persistent commitment to careful documentation.", "persistent"),
    ("Confident driving a forklift in a busy yard.", "Confident"),
    ("Ambitious and kind people do well here.", "Ambitious"),
    ("Self-sufficient vet techs for our rural practice.", "Self-sufficient"),
    ("We are looking for confident people to run the tills.", "confident"),
    ("Excellent analytical skillsAbility to travel", "analytical"),
])
def test_coded_word_said_of_the_hire_still_counts(text, word):
    assert word in coded(text)


@pytest.mark.parametrize("text", [
    "Autonomous vehicles are tested on our private track.",
    "Set up persistent storage for the build servers.",
])
def test_technical_senses_of_the_new_words_are_silent(text):
    assert coded(text) == []
