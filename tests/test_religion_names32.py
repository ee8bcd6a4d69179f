"""D710 religion-in-a-frame: a faith word that is a person's name after a title, or the place of worship a post is at
named in its job title, is no faith asked of the hire (judged wrong on real ads outside the corpus sources: a
professor's given name in 'send applications to', 'a warm, organised and motivated Church Administrator'). The frame
on the hire's own faith and worship still fires. Sentences written for this test."""
from __future__ import annotations

import pytest

import jdlint
from jdlint.config import Config


def religion_codes(sentence: str) -> set[str]:
    report = jdlint.lint_text(f"# Role\n\n{sentence}\n", path="ad.md", config=Config(select=("D7",)))
    return {d.code for d in report.diagnostics}


@pytest.mark.parametrize("sentence", [
    "Please send applications by email to Prof. Christian Soeller (c.soeller@example.ac.uk).",
    "Informal enquiries are welcome: contact Dr Christian Haas, who leads the lab.",
    "Preference will be given to applicants who have worked with Mrs. Christian before.",
    "We are seeking a warm, organised and motivated Church Administrator to join our office team.",
    "Ideally you will have worked as a Parish Secretary or in a busy school office.",
    "The Cathedral Musician must be available for evensong rehearsals on Thursdays.",
    "We need an experienced Temple Caretaker to look after the grounds and boiler.",
])
def test_names_and_places_of_worship_in_titles_are_no_faith_asked(sentence):
    assert "D710" not in religion_codes(sentence)


@pytest.mark.parametrize("sentence", [
    "Must attend church every Sunday.",
    "Which church do you attend?",
    "We are seeking a committed Christian to join our team.",
    "Preference will be given to Christian applicants.",
    "The ideal candidate is a Christian who attends a local parish.",
])
def test_the_hire_s_own_faith_and_worship_still_fire(sentence):
    assert "D710" in religion_codes(sentence)
