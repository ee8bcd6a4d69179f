"""Benefits read by the grammar of offers (sections12): something given (a thing and a giving
participle, "on us", the employer paying the hire's costs, any allowance), an offer denied, duties
whose object is a benefit, and a heading that pitches the job ("Why join us?") over text that
offers nothing. Each class has passages that must give benefits and near-misses that must not.
Passages written for these tests."""
from __future__ import annotations

import pytest

from jdlint.context import negated_in
from jdlint.sections import classify
from conftest import section_kinds


@pytest.mark.parametrize("sentence", [
    "Safety boots and hi-vis supplied",
    "Your season pass is provided",
    "Travel to site reimbursed weekly",
    "Lunch is on us every Friday.",
    "We'll pay for your forklift recertification.",
    "The practice covers your indemnity and college fees.",
    "Clothing allowance of $300 a year",
])
def test_something_given_is_a_benefit(sentence):
    assert classify._sentence_scores(sentence)[4] > 0


@pytest.mark.parametrize("sentence", [
    "Make sure PPE is provided to every visitor",         # a duty in the imperative
    "References will be provided on request.",            # the applicant's paperwork
    "All cleaning materials supplied.",                   # the work's own means
    "Warm leads are supplied by our marketing team.",     # the work's inputs, someone else giving
    "The studio is funded by three local councils.",      # funding with an agent: not a gift to the hire
    "Develop training provided coaching sessions for managers.",  # a modifier, not a gift
    "We pay your wages every Friday.",                    # the pay itself
])
def test_near_misses_of_a_gift_are_not_benefits(sentence):
    assert classify._sentence_scores(sentence)[4] == 0


@pytest.mark.parametrize("sentence, offered", [
    ("As a casual worker there is no holiday pay or pension.", False),
    ("We don't offer remote working or flexible hours.", False),
    ("No experience needed and free parking on site.", True),     # the negation is the experience's
    ("Zero-hours contract with holiday pay and a pension.", True),  # "zero" negates the hours, not every perk
])
def test_an_offer_denied_is_none(sentence, offered):
    assert (classify._sentence_scores(sentence)[4] > 0 or "benefits" in classify.sentence_kinds(sentence)) is offered


def test_negated_in_reads_a_sentence_as_the_bias_rules_do():
    s = "There is no pension or health insurance."
    assert negated_in(s, 0, len(s), s.index("pension"), s.index("pension") + 7)
    assert negated_in(s, 0, len(s), s.index("health"), len(s) - 1)
    t = "No weekends, and a pension from day one."
    assert not negated_in(t, 0, len(t), t.index("pension"), t.index("pension") + 7)


@pytest.mark.parametrize("sentence", [
    "Enrol new starters in the pension and dental schemes",
    "Explain the holiday and sick pay policy to new joiners",
    "Allocate overtime and annual leave across the rota",
])
def test_a_benefit_as_the_object_of_office_work_is_a_duty(sentence):
    duty_verb, *_, benefit, _ = classify._sentence_scores(sentence)
    assert duty_verb and benefit == 0


def test_a_pitch_heading_over_the_work_is_not_benefits():
    text = ("# Data Analyst\n\nAcme Transit runs buses across three counties.\n\n## Why join the data team?\n\n"
            "You'll work beside planners and drivers and learn how a timetable is built. You'll help decide "
            "where new routes go.\n\n## Requirements\n\n- SQL\n- Two years of analysis experience\n")
    assert "benefits" not in section_kinds(text)


def test_a_pitch_heading_over_perks_is_benefits():
    text = ("# Data Analyst\n\nAcme Transit runs buses across three counties.\n\n## Why join us?\n\n"
            "Free bus travel for you and your family, a pension with 8% employer contribution and 28 days' "
            "annual leave.\n")
    assert "benefits" in section_kinds(text)


def test_an_offer_heading_over_a_wage_alone_is_pay_not_benefits():
    text = ("# Porter\n\nMove stock between wards and the stores.\n\n## What we offer\n\n"
            "$18.40 an hour, rising to $19.10 after six months.\n")
    found = section_kinds(text)
    assert "pay" in found and "benefits" not in found


def test_an_offer_heading_over_a_wage_and_a_perk_is_benefits():
    text = ("# Porter\n\nMove stock between wards and the stores.\n\n## What we offer\n\n"
            "$18.40 an hour, free meals on every shift and a pension.\n")
    assert {"pay", "benefits"} <= section_kinds(text)


@pytest.mark.parametrize("sentence, offered", [
    ("Like everyone on the team, you'll get a free lunch on Fridays.", True),
    ("Staff get discounts in every branch.", True),
    ("Our members get discounts in every branch.", False),            # the customers' perk
    ("Ensure employees receive reasonable adjustments and that team events are accessible.", False),  # a duty
])
def test_one_perk_given_to_the_hire_in_passing_is_benefits(sentence, offered):
    assert ("benefits" in classify.sentence_kinds(sentence)) is offered


def test_a_perk_in_passing_inside_a_duty_paragraph_is_found():
    text = ("# Courier\n\nYou'll collect parcels from our depot in Hull and deliver them across East Yorkshire, "
            "keeping the scanner up to date. Like every driver here, you'll get free breakfast at the depot.\n")
    assert "benefits" in section_kinds(text)


@pytest.mark.parametrize("sentence, offered", [
    ("Salary 38,000 SAR per month plus family housing and two return flights a year.", True),
    ("$52,000 a year plus full dental for your family.", True),
    ("Transport home after a late shift is arranged by us.", True),
    ("KES 45,000 monthly, lunch provided daily.", True),
    ("Crew sleep in staff housing next to the lodge.", True),
    ("$500 per week plus commission on every sale.", False),       # more pay, not a perk
    ("$65,000 per year plus target commissions of $40k.", False),
    ("Minimum 6 plus years of payroll experience.", False),        # a count, not a figure
    ("£11 an hour plus tips.", False),
])
def test_a_perk_beside_the_pay_figure(sentence, offered):
    assert ("benefits" in classify.sentence_kinds(sentence) or classify._sentence_scores(sentence)[4] > 0) is offered


@pytest.mark.parametrize("opening, intro", [
    ("At Fernhill Farm we grow organic vegetables on 60 acres and deliver veg boxes to 900 homes.", True),
    ("At Riverside Surgery we need a receptionist for Monday mornings.", False),   # whom it seeks
    ("At Heathrow Terminal 5 you will check passengers onto flights.", False),    # the job
])
def test_the_employer_named_as_a_frame_without_a_comma(opening, intro):
    text = (f"# Role\n\n{opening}\n\n- Prepare monthly reports\n- Answer supplier queries\n\n"
            "You must have two years of experience in a similar role.\n")
    assert ("intro" in section_kinds(text)) is intro


@pytest.mark.parametrize("sentence, apply", [
    ("Send a cover note and two references to Dr Amadi (c.amadi@uni.example.edu).", True),
    ("Keen? Pop in and ask for Marta.", True),                       # the reader asked, then told
    ("Send invoices to accounts@acme.example.com every Friday.", False),  # a duty with a channel
    ("Check two references for every new starter.", False),          # a duty about references
])
def test_a_call_to_apply_without_you(sentence, apply):
    assert ("how-to-apply" in classify.sentence_kinds(sentence)) is apply
