"""Gender-coded words (D201/D202) said of the hire where the noun phrase, a word family form or a frame says so
(gcoded40), against the same words said of things, of the people served, in fixed terms and names.

Fixture text is written for these tests.
"""
from __future__ import annotations

import pytest

import jdlint
from jdlint.config import Config


def words(text: str) -> list[str]:
    report = jdlint.lint_text("# Job\n\n" + text + "\n", path="t.md", config=Config(select=("D2",)))
    return [d.match for d in report.diagnostics if d.code in ("D201", "D202")]


# A thing noun that only modifies the person heading the phrase (a job title's compound) says nothing of the
# adjective's sense: the phrase names the hire.
@pytest.mark.parametrize("text,word", [
    ("A driven software engineer to join our payments squad.", "driven"),
    ("Dependable dog groomer for our Leeds salon.", "Dependable"),
    ("We want a strong data analyst who enjoys messy spreadsheets.", "strong"),
    ("A determined, resourceful bid manager.", "determined"),
    ("Seeking an ambitious property consultant for our Dubai office.", "ambitious"),
])
def test_an_adjective_before_a_compound_job_title_is_said_of_the_hire(text, word):
    assert words(text) == [word]


@pytest.mark.parametrize("text", [
    "Create inclusive and supportive teams or organizations.",       # the thing after the person: no modifier
    "Acme is the dominant market leader in Asia.",                   # a market's leader: the employer's standing
    "Aggressive callers are routed to the duty manager.",            # the people served head the phrase
    "Supportive housing caseworker: connect clients with vouchers.",  # a kind of service, one term
    "An aggressive growth target for the sales team.",               # a thing heads it
    "Prometheus is a leading provider of hospital software.",        # a participle: the employer's standing
])
def test_no_person_headed_phrase_when_the_thing_is_not_its_modifier(text):
    assert words(text) == []
