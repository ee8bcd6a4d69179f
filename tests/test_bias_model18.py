"""Session 34 (bias18): the bias model retrained with writers S, T, W and X read three kinds of near-miss above its
threshold; each is now kept from it by what the sentence is about, not by deleting the words it learnt. Pairs are
read at a threshold any sentence passes, so each test says only whether the model reads the sentence: the near-miss
is not read, its twin that selects applicants is. The sentences were written for this file (no training case)."""
from __future__ import annotations

import pytest

import jdlint
from jdlint.checks.bias_selection import CODES, read_as
from jdlint.config import Config

MODEL_CODES = tuple(sorted(CODES))
LENIENT = Config(select=MODEL_CODES, rule_options=tuple((c, (("threshold", -50.0),)) for c in MODEL_CODES))


def read(text: str) -> bool:
    return bool(jdlint.lint_text("# Job\n\n" + text + "\n", path="job.md", config=LENIENT).diagnostics)


@pytest.mark.parametrize("near_miss, selecting", [
    # a yes/no question about where a document is asks about the paper, not the applicant
    ("Is your date of birth on the form?", "Please give your date of birth on the form."),
    ("Is your marital status on the application form?", "State your marital status on the application form."),
    ("Are your passport details in the pack?", "Candidates must send passport details and their nationality."),
    ("Is your religion on your CV?", "Tell us your religion when you apply."),
    # the employer's provision for a group of staff: lodging, transport, rooms (read when it narrows the pool)
    ("Bachelor quarters are available for male workers at the site camp.",
     "Bachelor quarters are available for male workers only."),
    ("Company transport is arranged for female employees on the late shift.",
     "Only female employees are needed for the late shift."),
    ("Separate changing rooms are provided for women on each floor.",
     "Separate changing rooms are provided for women only, so we hire men."),
])
def test_the_near_miss_is_not_read_and_its_selecting_twin_is(near_miss, selecting):
    assert not read(near_miss), near_miss
    assert read(selecting), selecting


def test_past_before_a_job_noun_is_work_history_not_a_record():
    # blanked for the model (in training too): the sentence keeps its offsets
    for text in ("Tell us about anything in your past roles that shows leadership.",
                 "Describe two past projects and your part in them.", "What did your past employers value in you?"):
        assert "past" not in read_as(text).split() and len(read_as(text)) == len(text)
    # a person's past is still read
    for text in ("Anything in your past we should know about?", "People with a past need not apply.",
                 "In the past five years, have you been dismissed?"):
        assert read_as(text) == text
