"""Wrong findings on real ads outside the corpus sources (realads16, session 32), fixed by class.

D710 religion-in-a-frame: a faith word that is a person's name after a title, or the place of worship a post is at
named in its job title, is no faith asked of the hire ('send applications to Prof. Christian ...', 'a warm, organised
and motivated Church Administrator'); the frame on the hire's own faith and worship still fires. Q104: below.
Sentences written for this test."""
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


# Q104 degree-requirement: a doctorate asked for a postdoctoral post is what the post is (judged wrong twice on real
# ads outside the corpus sources); any other degree, or a doctorate for another post, is still reported.
def degree_codes(posting: str) -> set[str]:
    report = jdlint.lint_text(posting, path="ad.md", config=Config(select=("Q104",)))
    return {d.code for d in report.diagnostics}


@pytest.mark.parametrize("posting", [
    "# Postdoctoral Research Associate\n\nRequirements: a PhD in structural biology is required.\n",
    "# Postdoc in Ecology\n\nYou must hold a doctoral degree in ecology or a closely related field.\n",
])
def test_a_doctorate_for_a_postdoctoral_post_is_the_post(posting):
    assert "Q104" not in degree_codes(posting)


@pytest.mark.parametrize("posting", [
    "# Data Scientist\n\nRequirements: a PhD in statistics is required.\n",
    "# Postdoctoral Fellow\n\nA Bachelor's degree in biology is required for the technician role.\n",
])
def test_other_degrees_and_other_posts_still_report(posting):
    assert "Q104" in degree_codes(posting)
