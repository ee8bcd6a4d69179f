"""Session 48 (lead): a gendered title that names a person who is not the hire, and an age the insurer sets.

From the lead's 55 near-misses by ground (lawful bases, people served, proper names, benefits for families), written
before any change: 3 drew a warning. Two classes generalise: a title in apposition with a named person ("The Chairman
of the board, Mr Okafor, will sit on the panel", "our Foreman, Dave Smith,") is that person's title, not the job
advertised (context.yaml `others-after`, the one home of "names someone else"); and an insurer as the agent of an
age limit ("the insurer sets this for all drivers") is the lawful basis D302 already reads in "insurer's
requirements". The job's own gendered title and a bare age limit still fire. The dev corpus' report is byte-identical.
"""
from __future__ import annotations

import pytest

from conftest import assert_bias_fires, assert_bias_silent

SILENT = [
    ("gender", "The Chairman of the board, Mr Okafor, will sit on the interview panel."),
    ("gender", "You will report weekly to our Foreman, Dave Smith, on site progress."),
    ("gender", "Our Chairman, Dr Mensah, founded the trust in 1998."),
    ("age", "Must be 25+ to drive the pool car: the insurer sets this for all drivers."),
    ("age", "Drivers must be 21 or over, as our insurance requires it."),
]

FIRE = [
    ("gender", "Chairman wanted for our residents association.", "Chairman"),
    ("gender", "Foreman needed for a 12-person crew.", "Foreman"),
    ("gender", "The new Foreman, Dave Smith, starts on Monday; we need a second foreman too.", "foreman"),
    ("age", "Must be 25+ to drive the van.", "25+"),
    ("age", "Must be under 30.", "under 30"),
]


@pytest.mark.parametrize("category,text", SILENT)
def test_someone_elses_title_or_the_insurers_limit_is_not_a_warning(category, text):
    assert_bias_silent(category, text)


@pytest.mark.parametrize("category,text,span", FIRE)
def test_the_jobs_own_title_and_a_bare_age_limit_still_fire(category, text, span):
    assert_bias_fires(category, text, span)
