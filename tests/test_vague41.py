"""Vague classes fresh writers mark and the rules missed (helper vague41), each a word class or a frame, not a phrase.

Pooled from the misses of the read writers (AC, AF, AH, AK: tests/data/read_writers/) and leave-one-writer-out:

- V301: flexibility about the hours asked of the hire with no measure ("must be flexible with regards to shift
  patterns", "a flexible attitude regarding working hours", "some flexibility needed"; writers AK, AH); the time or
  the stays counted only by a quantifier ("occasional extra hours", "some overnight stays") or a count hedged inside a
  rate ("a few classes a week"); travel and time-zone overlap left to the need with the destination between ("Travel
  to sites nationwide as required").
- V303: a place given as a name and an open rest ("Lagos and other states", "Bristol and surrounding areas") or as a
  point somewhere in a region ("somewhere in the Kanto region"): writers AK and AH, and the dev corpus.
- V304: "relevant" before any one-word field and experience ("relevant offshore experience").
- V114: a passion the hire must show ("demonstrate a passion for student success", writer AC and dev 0095, 0494);
  personality as the criterion of selection ("Personal suitability will be emphasised", "a certain type of person";
  writers AK, AF); traits that say only that the hire can be shaped or can take pressure ("trainable",
  "stress-resistant"; writers AK, AH, D).

Fire cases assert the rule itself, not V119's sentence model. Texts are written for these tests or are read writers'
cases (the id named). Each fire case fails at 25801f6 (checked by running this file against that commit's rules).
"""
from __future__ import annotations

import pytest

import jdlint


def findings(text: str) -> list:
    return jdlint.lint_text("# Job\n\n" + text + "\n", "t.md").diagnostics


def matches(text: str, code: str) -> list[str]:
    return [d.match for d in findings(text) if d.code == code]


# -- V301: flexibility over hours demanded, time counted by a quantifier, travel left to the need -------------------
@pytest.mark.parametrize("text, match", [
    ("Ground handlers must be flexible with regards to shift patterns.",
     "be flexible with regards to shift patterns"),  # wak-v-075
    ("You have a flexible attitude regarding working hours.", "a flexible attitude regarding working hours"),  # wah-v-137
    ("Care assistants need to be flexible around rotas.", "be flexible around rotas"),
    ("Evening and weekend shifts; some flexibility needed.", "some flexibility needed"),  # wah-v-099
    ("A degree of flexibility is required.", "A degree of flexibility is required"),
    ("Crunch is rare, but occasional extra hours may be needed before milestones.", "occasional extra hours"),  # wak-v-052
    ("Territory: North West (some overnight stays).", "some overnight stays"),  # wak-v-080
    ("The role involves the odd night away from home.", "the odd night away from home"),
    ("Teach a few classes a week at our Shoreditch studio.", "a few classes a week"),  # wak-v-051
    ("Cover a few evening shifts a month.", "a few evening shifts a month"),
    ("Travel to sites nationwide as required.", "Travel to sites nationwide as required"),  # wak-v-122
    ("Overlap with US time zones as needed.", "Overlap with US time zones as needed"),  # wak-v-137
])
def test_time_demands_fire(text, match):
    assert matches(text, "V301") == [match]


@pytest.mark.parametrize("text", [
    # the employer's own flexibility is a perk, not a demand on the hire
    "We are flexible about your start times.",
    "We can be flexible with shifts around school runs.",
    "We'll be flexible with hours for parents and carers.",
    # a measure after it in the clause
    "You must be flexible with shifts: two weekends a month on a rota.",
    "Some flexibility needed: you will cover one late shift a week.",
    "Occasional extra hours, never more than 4 a month, paid at time and a half.",
    "Teach 3 classes a week at our Shoreditch studio.",
    "Travel to the Leeds office twice a month.",
    # "a couple" is two (judged strangers, writer P 9520)
    "Start dinner a couple of nights a week.",
    # negated
    "You will never need to work extra hours as required by a manager.",
    # a flexible material, not a person
    "The hose must be flexible with a bend radius of 50 mm.",
])
def test_time_demands_near_misses(text):
    assert matches(text, "V301") == []


# -- V303: a place with an open rest, or somewhere in a region ------------------------------------------------------
@pytest.mark.parametrize("text, match", [
    ("Location: Lagos and other states.", "other states"),  # wak-v-135
    ("Sessions take place in students' homes across Bristol and surrounding areas.", "surrounding areas"),  # wak-v-133
    ("Must have reliable transportation as this role services the metro and surrounding areas.",
     "surrounding areas"),  # dev 0436
    ("ALTs will be placed somewhere in the Kanto region.", "somewhere in the Kanto"),  # wak-v-100
])
def test_open_place_fires(text, match):
    assert matches(text, "V303") == [match]


@pytest.mark.parametrize("text", [
    # the rest named, or a distance given
    "Lagos, Abuja and other states such as Kano and Enugu.",
    "Leeds and surrounding areas within 10 miles of LS1.",
    "Bristol and surrounding areas (Bath, Clevedon, Portishead).",
    # remote anywhere in a country is a fact, not a hedge; other offices are the employer's
    "You can work from anywhere in the UK.",
    "Our London and other offices are closed on bank holidays.",
    # lower-case 'somewhere' with no place name after it
    "Somewhere in between is fine.",
    # negated
    "You will not be placed somewhere in the Kanto region at random: you choose from three towns.",
])
def test_open_place_near_misses(text):
    assert matches(text, "V303") == []


# -- V304: relevant + any field + experience -------------------------------------------------------------------------
@pytest.mark.parametrize("text, match", [
    ("Candidates should have relevant offshore experience.", "relevant offshore experience"),  # wak-v-045
    ("Appropriate retail background preferred.", "Appropriate retail background"),
])
def test_relevant_field_experience_fires(text, match):
    assert matches(text, "V304") == [match]


@pytest.mark.parametrize("text", [
    "Three years' relevant offshore experience on drilling rigs.",
    "Relevant offshore experience (BOSIET and HUET certificates).",
    "Relevant offshore experience, such as a season on a North Sea platform.",
    "Relevant offshore experience in drilling rigs.",
])
def test_relevant_field_experience_near_misses(text):
    assert matches(text, "V304") == []


# -- V114: a passion shown, personality as the criterion, shapeable and pressure-proof traits -----------------------
@pytest.mark.parametrize("text, match", [
    ("The successful candidate will demonstrate a passion for student success.", "passion for"),  # wac-v-043
    ("Demonstrate a passion for both teaching and serving in a diverse environment.", "passion for"),  # dev 0494
    ("Personal suitability will be emphasised.", "Personal suitability"),  # wak-v-054
    ("Great emphasis is placed on personal suitability.", "personal suitability"),
    ("Personal qualities will be given great weight.", "Personal qualities will be given great weight"),
    ("Camp life isn't for everyone, so you'll need to be a certain type of person.",
     "a certain type of person"),  # waf-v-036
    ("No experience? No problem, as long as you're trainable.", "trainable"),
    ("You are stress-resistant when vessels arrive off-window.", "stress-resistant"),  # wah-v-031
    ("We are waiting for responsible, purposeful, stress-resistant specialist.",
     "purposeful, stress-resistant specialist"),  # wd-v-088
])
def test_trait_criteria_fire(text, match):
    assert matches(text, "V114") == [match]


@pytest.mark.parametrize("text", [
    # a passion merely had, with the skill beside it
    "You have a passion for sewing and can hem trousers by hand.",
    # the answer to a question the ad rejects
    "Passionate about data? Nice, but what we really need is three years of SQL.",
    # personality the ad says it does not judge
    "Personal suitability is not assessed: we score the written test only.",
    # literal: a material or a coating
    "The housings are made of a stress-resistant polymer.",
    # the trait quoted and rejected
    "Don't tell us you're 'trainable'; tell us what you learned last year.",
])
def test_trait_criteria_near_misses(text):
    assert matches(text, "V114") == []


# -- V107 pace, V113 disruption by any object, V201 a contribution to success as the whole duty ----------------------
@pytest.mark.parametrize("text, code, match", [
    ("Ability to operate at pace across client workstreams.", "V107", "operate at pace"),  # wak-v-037
    ("You'll be moving at pace with a small team.", "V107", "moving at pace"),
    ("We are a fintech disrupting payments for small traders in Lagos and Abuja.", "V113",
     "disrupting payments"),  # wak-v-059
    ("A proptech startup disrupting lettings in Manchester.", "V113", "disrupting lettings"),
    ("Contribute to the wider organisational strategy.", "V201",
     "Contribute to the wider organisational strategy"),  # wah-v-001
    ("Contribute to the overall success of the Client Experience department.", "V201",
     "Contribute to the overall success"),  # wf-v-048
    ("As Client Advisor you contribute to the excellence of the client experience.", "V201",
     "contribute to the excellence"),  # waf-v-140
])
def test_pace_disruption_contribution_fire(text, code, match):
    assert matches(text, code) == [match]


@pytest.mark.parametrize("text, code", [
    # disruption in its literal sense: pupils, services, sleep
    ("Pupils disrupting lessons are sent to the head of year.", "V113"),
    ("Night feeds mean the team is disrupting patients' sleep as little as possible.", "V113"),
    # the contribution said by how it is made, a figure, or a label heading a list of tasks (dev 0597, 18F)
    ("Contribute to our growth by opening two new stores a year.", "V201"),
    ("Our engineers contribute to the success of 40 hospitals.", "V201"),
    ("Objective #3: Contribute to the continued success of the visual design team and shared resources.", "V201"),
    # negated
    ("You will not contribute to the wider strategy; this is a hands-on support role.", "V201"),
])
def test_pace_disruption_contribution_near_misses(text, code):
    assert matches(text, code) == []


# -- V303: flexible hours as a perk line of their own, time off as a heap, a fact open to change ---------------------
@pytest.mark.parametrize("text, match", [
    ("⏰ Flexible hours to suit you!", "Flexible hours"),  # wak-v-034
    ("Flexible hours available! Home health aides needed in Dayton and Springfield.", "Flexible hours"),  # wac-v-118
    ("Flexible hours to fit your life!", "Flexible hours"),  # wah-v-056
    ("Lots of holidays 🏖️", "Lots of holidays"),  # wak-v-103
    ("Plenty of paid time off.", "Plenty of paid time off"),
    ("Working hours: mostly evenings and weekends, subject to change.", "subject to change"),  # wak-v-130
    ("Schedule subject to change.", "subject to change"),
])
def test_perk_line_heap_and_changeable_fact_fire(text, match):
    assert matches(text, "V303") == [match]


@pytest.mark.parametrize("text", [
    # flexible hours beside other perks, with a fact, for a group, or the job board's checkbox
    "We offer competitive pay and flexible hours.",
    "Flexible hours: choose any four of our six opening days.",
    "Flexible hours are available for parents and carers.",
    "Benefits:\n\nFlexible schedule",
    # time off counted, a change with its notice
    "25 days of holiday plus bank holidays, and lots of training.",
    "Schedule subject to change with two weeks' notice.",
    # not a fact of the job
    "Prices are subject to change.",
])
def test_perk_line_heap_and_changeable_fact_near_misses(text):
    assert matches(text, "V303") == []


# -- P101 wording: the amount said to vary; V114: the codes or essence of a quality embodied --------------------------
@pytest.mark.parametrize("text, code, match", [
    ("Housing provided, or a housing allowance (amount varies).", "P101", "amount varies"),  # wak-v-065
    ("Paid in cash, amount depends on the job.", "P101", "amount depends on the job"),  # waf-v-065
    ("You manage a team of 14 Client Advisors and embody the codes of elegance of the House.", "V114",
     "embody the codes of elegance"),  # waf-v-099
])
def test_amount_and_embodied_quality_fire(text, code, match):
    assert matches(text, code) == [match]


@pytest.mark.parametrize("text, code", [
    ("The amount of travel varies by season.", "P101"),
    ("Record the amount dispensed; the amount varies by prescription.", "P101"),
    ("You will enforce the codes of practice of the Food Standards Agency.", "V114"),
])
def test_amount_and_embodied_quality_near_misses(text, code):
    assert matches(text, code) == []
