"""A question put to the applicant about a protected characteristic is a request for it (issue 14): the
wh-question ("What is your nationality?"), a question with the characteristic after the language it asks
about ("Is English your first language?"), the question of sex itself ("Are you male or female?") and a
form field with the sexes to tick ("Sex: M / F"). Near-misses: the same question shapes about the job,
the people served or a building, and both sexes named together to widen the pool. The cues are the shared
``request`` frame's (jdlint/data/frames.yaml), so every frame rule reads them."""
from __future__ import annotations

import pytest

import jdlint
from jdlint.config import Config
from jdlint.diagnostics import Severity


def loud(text: str) -> list[tuple[str, str]]:
    report = jdlint.lint_text("# Job\n\n" + text + "\n", path="job.md", config=Config(select=("D",)))
    return [(d.category, d.trigger) for d in report.diagnostics if d.severity >= Severity.warning]


ASKED = [
    ("bias.origin", "What is your nationality?", "What is your nationality"),
    ("bias.origin", "Application form, question 4: what is your country of birth?", "what is your country of birth"),
    ("bias.origin", "Where were you born? Tell us in your cover letter.", "Where were you born"),
    ("bias.origin", "Is Hindi your first language?", "Is Hindi your first language"),
    ("bias.religion", "What is your religion?", "What is your religion"),
    ("bias.family", "What is your marital status?", "What is your marital status"),
    ("bias.age", "What is your date of birth?", "What is your date of birth"),
    ("bias.gender", "Are you male or female?", "Are you male or female"),
    ("bias.gender", "In your email, state whether you are a man or a woman.", "state whether you are a man or a woman"),
    ("bias.gender", "Sex: M / F", "Sex: M / F"),
    ("bias.gender", "Gender: male or female", "Gender: male or female"),
]


@pytest.mark.parametrize("category, text, match", ASKED)
def test_a_question_about_the_characteristic_is_a_request(category, text, match):
    assert (category, match) in loud(text)


QUIET = [
    "Is your passion helping older people?",  # about the job: no word between "is" and "your"
    "What is your favourite part of caring for elderly women?",  # the people served
    "What is your experience of supporting disabled children?",
    "What is your availability on Sundays?",
    "How old is the building?",
    "Where were you trained? Tell us about your NVQ.",
    "We are looking for men and women who love the outdoors.",  # both sexes widen the pool
    "Are you a man or woman who loves the outdoors? Join us.",
    "Gender-neutral toilets are on every floor.",
    "We will never ask what your religion is or where you were born.",
]


@pytest.mark.parametrize("text", QUIET)
def test_the_same_shapes_about_the_job_stay_silent(text):
    assert loud(text) == []
