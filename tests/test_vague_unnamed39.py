"""Vague classes fresh writers mark and the lists did not know (helper vague39), each composed from word classes.

- V304 unnamed-requirement: a requirement that points at something without naming it ("relevant certifications",
  "a wide range of tools", "good IT skills"), silent when the field is named after it
  (a preposition and a noun with no determiner), in brackets, by examples or a figure, or after a count of years.
- V303: a job fact left to later ("Sessions to be agreed", "rotation TBC") or hedged by conditions nobody names
  ("Remote (some restrictions apply)").
- V301: travel given a reach and no measure ("Able to travel regionally"), flexibility left to the employer's needs,
  and a gig's effort played down with no measure ("won't take long", "should be easy for a pro").
- V113: more work promised on an unnamed condition ("if this goes well", "could lead to ongoing work").
- P101 (vague pay in everyday words, data/pay_wording.yaml): a gig's budget left open, pay said to be fair, a bonus
  praised with no figure, pay as hype ("Easy money").

Fire cases assert the rule itself, not V119's sentence model. Texts are written for these tests or are read writers'
cases (the id named: writer AC, tests/data/read_writers/; writer AF, released in session 39).
"""
from __future__ import annotations

import pytest

import jdlint


def findings(text: str) -> list:
    return jdlint.lint_text("# Job\n\n" + text + "\n", "t.md").diagnostics


def matches(text: str, code: str) -> list[str]:
    return [d.match for d in findings(text) if d.code == code]


# -- V304: a requirement that names nothing ---------------------------------------------------------------------
@pytest.mark.parametrize("text, match", [
    ("Must have relevant certifications.", "relevant certifications"),  # wac-v-067
    ("Appropriate qualification in a technical discipline.", "Appropriate qualification"),  # wac-v-086
    ("Working knowledge of relevant legislation and standards.", "relevant legislation"),  # wac-v-087
    ("Possess relevant experience in the shipping industry.", "relevant experience"),  # waf-v-089
    ("Proficiency in the usual office software.", "the usual office software"),  # wac-v-083
    ("Familiarity with a wide range of tools and technologies.", "a wide range of tools"),  # wac-v-033
    ("Hands-on experience with a variety of molecular biology techniques.",
     "variety of molecular biology techniques"),  # waf-v-124
    ("You will need the necessary licences to drive our vans.", "the necessary licences"),
    ("Candidates must be fluent in English and have good IT skills.", "good IT skills"),  # wac-v-020
    ("Good communication skills are essential.", "Good communication skills"),  # waf-v-068
    ("Excellent attention to detail.", "Excellent attention to detail"),  # waf-v-010
    ("Some exposure to underground environments would be highly regarded.", "Some exposure to"),  # waf-v-114
])
def test_an_unnamed_requirement_fires(text, match):
    assert matches(text, "V304") == [match]


@pytest.mark.parametrize("text", [
    # the field named right after (a noun with no determiner), in brackets, by examples or a list
    "A relevant degree in Computer Science or Physics.",
    "Relevant tertiary qualifications in public policy, economics or natural resource management are desirable.",
    "- a few solid years' experience in a similar role of office administration, project coordination or EA/PA;",
    "Relevant experience (CSCS card and two years on site).",
    "Relevant certifications such as CompTIA A+ or CCNA.",
    "A degree in a relevant field such as chemistry or biology.",
    "You will use a range of tools such as Jira and Figma.",
    "Strong communication skills, shown by at least two years writing care plans.",  # writer K's near-miss
    "Excellent Excel skills, tested at interview with a 30-minute pivot table exercise.",  # writer S's near-miss
    # a count of years measures it
    "At least 3 years of relevant experience.",
    "Five years' relevant experience in logistics.",
    # negated, quoted; an offer, not a requirement
    "No relevant experience needed, we train you.",
    'Our motto is "the right tools for the job".',
    "We offer a wide range of benefits.",
    "Full training provided.",
    # knowledge named at the usual levels, or with examples (vague40: knowledge praised by degree, "Good knowledge of
    # microservices", now fires: writers AC and AF mark the degree word; tests/test_vague40.py)
    "Working knowledge of microservices, REST APIs and Hibernate/JPA.",
    "Solid understanding of relational databases (PostgreSQL, MySQL).",
    "Some exposure to tools such as Jira is useful.",
    # the list follows (dev 0634)
    "We look for strong craft skills and sophistication in at least one of the following areas:",
])
def test_a_named_or_measured_requirement_is_silent(text):
    assert matches(text, "V304") == []


# -- V303: a job fact left to later, or hedged by unnamed conditions ----------------------------------------------
@pytest.mark.parametrize("text, match", [
    ("Sessions to be agreed with the successful candidate.", "Sessions to be agreed"),  # waf-v-046
    ("Site location will be confirmed with successful applicants.", "Site location will be confirmed"),  # waf-v-147
    ("Camp job for millwrights; rotation TBC, and camp, flights and meals are covered.", "rotation TBC"),  # waf-v-047
    ("Shift pattern to be discussed.", "Shift pattern to be discussed"),
    ("Travels to be expected.", "Travels to be expected"),  # waf-v-054
    ("Remote (some restrictions apply)", "some restrictions apply"),  # wac-v-023
    ("Hybrid working, conditions apply.", "conditions apply"),
    ("Post holder may be asked to work at other locations within the Trust.", "work at other locations"),  # waf-v-072
    ("Hours: mostly mornings.", "mostly mornings"),  # waf-v-128
])
def test_a_fact_left_to_later_fires(text, match):
    assert matches(text, "V303") == [match]


@pytest.mark.parametrize("text", [
    "Hours to be agreed, between 20 and 30 a week.",
    "Travel is expected to be minimal, about two days a month.",
    "The site is confirmed as Leeds.",
    "Your rota is agreed four weeks in advance.",
    "Restrictions apply: UK residents only.",
    "We will confirm the site location once the contract is signed.",
    "You will work across our sites in Leeds and York.",
    "Hours: 7am to 3pm, mostly on the ward.",
])
def test_a_fact_given_is_silent(text):
    assert matches(text, "V303") == []


# -- V301: travel and flexibility left open; a gig's effort played down ----------------------------------------------
@pytest.mark.parametrize("text, match", [
    ("Able to travel regionally.", "travel regionally"),  # waf-v-059
    ("Travel required as needed to investigator sites.", "Travel required as needed"),  # waf-v-109
    ("The post holder will be expected to work flexibly to meet the needs of the service.",
     "work flexibly to meet the needs"),  # waf-v-130
    ("Data entry from 40 PDFs into Google Sheets, won't take long.", "won't take long"),  # waf-v-091
    ("Need a logo for my bakery — should be easy for a pro.", "should be easy for a"),  # waf-v-116
])
def test_an_unmeasured_demand_fires(text, match):
    assert matches(text, "V301") == [match]


@pytest.mark.parametrize("text", [
    "It won't take long, about 3 hours in total.",
    "You will travel internationally about twice a year.",
    "We never travel internationally.",
    "The form is easy for customers to fill in.",
])
def test_a_measured_demand_is_silent(text):
    assert matches(text, "V301") == []


# -- V113: more work on an unnamed condition ------------------------------------------------------------------------
@pytest.mark.parametrize("text, match", [
    ("Looking for a long-term partner if this goes well!", "if this goes well"),  # waf-v-003
    ("Could lead to ongoing work for the right person.", "Could lead to ongoing work"),
])
def test_work_promised_on_a_condition_fires(text, match):
    assert matches(text, "V113") == [match]


@pytest.mark.parametrize("text", [
    "If it works out, we will extend the contract by 6 months.",
    "The trial lasts two weeks; if it goes well you join the rota.",
    "We are not promising that this could lead to more work.",
])
def test_a_condition_with_its_terms_is_silent(text):
    assert matches(text, "V113") == []


# -- P101: pay in everyday words, no figure -----------------------------------------------------------------------
@pytest.mark.parametrize("text, match", [
    ("budget is flexible for the right person, hmu", "budget is flexible"),  # wac-v-027
    ("Budget is flexible — 3 pages, WordPress, Elementor.", "Budget is flexible"),  # waf-v-032
    ("need someone chill & reliable for mod work, paying fairly", "paying fairly"),  # wac-v-071
    ("5-day work week, attractive bonus.", "attractive bonus"),  # waf-v-122
    ("Easy money, cash every Friday!!", "Easy money"),  # waf-v-132
])
def test_pay_in_everyday_words_fires(text, match):
    assert matches(text, "P101") == [match]


@pytest.mark.parametrize("text", [
    "Budget: $300 fixed for 3 logo concepts and 2 revisions.",  # waf near-miss
    "You will manage a flexible budget across three sites.",
    "We won't tell you this is a family; it's a job, and we pay it fairly at $19/hr.",  # writer W's near-miss
    "We pay all employees fairly and equitably regardless of gender.",
    "A generous bonus of 10% of salary, paid in March.",
])
def test_pay_with_its_figure_or_another_sense_is_silent(text):
    assert matches(text, "P101") == []


# -- the read fresh writer as a floor (writer AF, session 39; first read at 8372118: P .98 R .51) -------------------
def test_writer_af_read_set_keeps_its_floor():
    """Writer AF's 150 cases (tests/data/read_writers/, read data, not trained on) scored as scripts/eval_vague.py
    scores them: the word-class mechanisms lifted recall to .73 with one false alarm; a change that loses them fails."""
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root / "scripts"))
    import eval_vague

    cases = eval_vague.load(root / "tests" / "data" / "read_writers" / "writerAF_vague.yaml")
    score = eval_vague.evaluate(cases)["heldout"]
    assert score["tp"] / (score["tp"] + score["fn"]) >= 0.70
    assert score["tp"] / (score["tp"] + score["fp"]) >= 0.95
