"""Q106 requirement-above-level: a requirement above the level the posting itself gives the job, in its title or
in the requirement's own block (requirement inflation, which every writer brief counts as vague phrasing: writers
AC, AF and AE each wrote it blind, none of it reported before). Near-misses: people the hire mentors, a school or
a doctor called junior, a title that also names a higher level, a degree under way, offered, negated or held by
someone else, years given as the alternative to a degree, a programme the hire must have completed."""
from __future__ import annotations

import pytest

import jdlint
from jdlint.config import Config


def found(text: str, path: str = "ad.md") -> list[str]:
    report = jdlint.lint_text(text, path, config=Config(select=("Q106",)))
    return [d.match for d in report.diagnostics if d.code == "Q106"]


@pytest.mark.parametrize("text, match", [
    # the title's level, the requirement under its own heading
    ("# Junior Data Analyst\n\nWe are a retail bank in Leeds.\n\n## Requirements\n\n"
     "- 5+ years of experience with SQL and Tableau\n- A degree in a numerate subject\n", "5+ years"),
    ("# Trainee Surveyor\n\nYou will have at least 4 years of surveying experience.\n", "at least 4 years"),
    ("# Marketing Intern\n\nA PhD in marketing is required.\n", "PhD"),
    ("# Content Writer Internship\n\nRequirements: a doctorate in English literature.\n", "doctorate"),
    # the level in the requirement's own block, as one-line postings and label lines give it
    ("Junior QA Tester (entry level): minimum 5 years of experience required.", "minimum 5 years"),
    ("Entry-level customer service role. Minimum of three years of call-centre experience required.", "three years"),
    ("Research Associate I. Doctorate required.", "Doctorate"),
    # a job that needs no degree, asked for a master's or a doctorate, required or preferred
    ("Front desk receptionist, Faculty of Science. PhD preferred.", "PhD"),
    ("Warehouse Picker, night shift. Master's degree in logistics preferred.", "Master's degree"),
    ("# Cashier\n\nFriendly shop in Galway.\n\n## Requirements\n\n- Master's degree in business\n", "Master's degree"),
])
def test_requirement_above_the_jobs_level_is_reported(text, match):
    assert found(text) == [match]


@pytest.mark.parametrize("text", [
    # the level of people the hire works with, a ladder, a school year
    "Senior Engineer: you will mentor junior developers. 5+ years of experience required.",
    "We have grown from entry level hires to a team of 40 over 12 years of experience in retail.",
    "# Senior Accountant\n\nAs a sophomore, junior or senior you led a society. 5 years of experience.\n",
    # "junior" of a school or a doctor in training, a graduate student's post
    "Junior School Teacher: at least 3 years of classroom experience.",
    "Junior Doctor (FY2): at least 3 years of clinical experience after qualifying.",
    "Graduate Teaching Assistant: Master's degree in progress.",
    # a title with a higher level too, or years within the entry level's ceiling
    "Junior or Mid-level Developer: 4 years of experience.",
    "Junior Developer: 2 years of experience with React.",
    # the degree negated, offered, or someone else's; the years as the route instead of a degree
    "Receptionist. No master's degree needed.",
    "We offer tuition support toward a master's degree for our cashiers.",
    "# Receptionist\n\nOur founder holds a PhD in chemistry.\n",
    "Trainee Accountant: a degree, or 3 years of bookkeeping experience.",
    # a programme the hire must have completed is a requirement, not the job's level
    "Completion of an approved internship after the degree. PhD in clinical psychology required.",
    # the no-degree word as the start of a longer title
    "Server Engineer: master's degree in computer science preferred.",
])
def test_requirement_within_or_beside_the_level_is_silent(text):
    assert found(text) == []


def test_max_entry_years_is_an_option():
    text = "Junior Developer: 3 years of experience with React."
    assert found(text) == ["3 years"]
    report = jdlint.lint_text(text, "ad.md", config=Config(select=("Q106",), rule_options=(("Q106", (("max-entry-years", 3),)),)))
    assert [d.code for d in report.diagnostics] == []
