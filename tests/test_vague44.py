"""Vague classes widened by helper vague44 from the CATEGORIES every vague writer is briefed with, on probes written
before any read writer's misses were looked at (tests/data/vague44_probes.yaml; these tests hold sentences of the same
shapes written for this file, not the probes themselves).

- Q106 requirement inflation: ANY degree ("Must have a degree", "Bachelor degree required", "Degree holders only") or
  more than max-entry-years of experience asked for a manual or front-line job (cleaner, dishwasher, picker, packer,
  cashier, waiter...: ``manual_roles`` in jdlint/data/job_levels.yaml), as a master's already was for a receptionist;
  "fresher" as an entry level.
- V113 a benefit class promised with no benefit named: counted or ranged rather than praised ("many other benefits",
  "a wide range of benefits"), the other reward nouns (extras, incentives, terms and conditions, T&Cs), benefits said
  only to exist or to follow a policy ("Benefits package available", "Benefits as per company policy"), a label with
  an empty value ("Benefits: standard").

Fire cases assert the rule itself and each fails at 27cea5b (the session's base).
"""
from __future__ import annotations

import pytest

from conftest import matches_in_a_posting as matches


# -- Q106: a degree or years for a manual or front-line job -----------------------------------------------------------
@pytest.mark.parametrize("text, match", [
    ("Office cleaner wanted for early mornings. Applicants must have a degree.", "a degree"),
    ("Kitchen porter, 25 hours a week. A bachelor's degree is required.", "bachelor's degree"),
    ("Picker/packer on nights. Graduates only.", "Graduates"),
    ("Waitress for a busy café. Degree-educated applicants preferred.", "Degree-educated"),
    ("Pot washer needed. Minimum 4 years' experience.", "Minimum 4 years"),
    ("Cashier, weekends. At least three years of experience required.", "At least three years"),
    ("Car park attendant. University degree essential.", "University degree"),
    ("Freshers welcome for our data entry desk. 5 years of experience required.", "5 years"),
])
def test_inflation_for_manual_jobs_fires(text, match):
    assert matches(text, "Q106") == [match]


@pytest.mark.parametrize("text", [
    "Cleaner. No degree needed, we train you.",
    "Cleaner. You will clean three offices; our manager holds a degree in hospitality.",
    "Warehouse supervisor. 3 years of warehouse experience including 1 year leading a team.",
    "Kitchen porter. Food hygiene level 2 certificate an advantage.",
    "Cashier. 1 year of till experience preferred.",
    "Security guard. Valid SIA licence and 2 years of experience.",
    "Graduate trainee. 2:1 degree in any subject.",
    "Staff nurse. Nursing degree and NMC PIN required.",
    "Waiter. A degree or equivalent experience in hospitality management is welcome for the assistant manager track.",
    "Train our cleaners and porters. Degree in facilities management required.",  # the hire manages them
    "Cook. 3 years of experience on a busy line.",  # a cook may need years: not a manual_roles job
])
def test_inflation_for_manual_jobs_near_misses(text):
    assert matches(text, "Q106") == []


def test_higher_degree_for_a_new_manual_role_fires():
    # the manual roles also count for a master's, as the no-degree roles did
    assert matches("Shelf stacker, nights. MSc preferred.", "Q106") == ["MSc"]


# -- V113: a benefit class with no benefit named ----------------------------------------------------------------------
@pytest.mark.parametrize("text, match", [
    ("We offer numerous benefits.", "numerous benefits"),
    ("You will enjoy a broad range of benefits.", "a broad range of benefits"),
    ("Loads of extras to enjoy.", "Loads of extras"),
    ("Excellent terms and conditions.", "Excellent terms and conditions"),
    ("Great T&Cs with a friendly team.", "Great T&Cs"),
    ("Exclusive staff perks.", "Exclusive staff perks"),
    ("Benefits package available.", "Benefits package available"),
    ("Company benefits apply.", "Company benefits apply"),
    ("Other benefits as per company policy.", "Other benefits as per company policy"),
    ("Benefits: standard.", "Benefits: standard"),
    ("Perks of the job: plenty!", "Perks of the job: plenty"),
    ("You get all the benefits of a large company.", "all the benefits of a large company"),
])
def test_unnamed_benefits_fire(text, match):
    assert matches(text, "V113") == [match]


@pytest.mark.parametrize("text", [
    "Benefits: 25 days' holiday, pension and free parking.",
    "Numerous benefits, including private health cover and a 6% pension.",
    "Explain which benefits are available to new staff.",  # an HR duty: what is available is the work
    "Answer questions about the benefits available to employees.",
    "Benefits available:",  # a label before a list
    "Our benefits team administers the company pension scheme.",
    "Process housing benefit claims for tenants.",
    "Terms and conditions: NJC Green Book.",
    "Extras: free uniform and meals on shift.",
    "Incentives: 2% of monthly sales above target.",
    "A wide range of benefits such as life assurance and a cycle-to-work scheme.",
])
def test_unnamed_benefits_near_misses(text):
    assert matches(text, "V113") == []


# -- V114: an empty trait asked of the hire in everyday words --------------------------------------------------------
@pytest.mark.parametrize("text, match", [
    ("A willing attitude essential.", "willing attitude"),
    ("Must be hard working and honest.", "hard working and honest"),
    ("MUST BE HARD WORKING AND RELIABLE", "HARD WORKING AND RELIABLE"),
    ("Ideal applicant: cheerful, presentable and punctual.", "cheerful, presentable and punctual"),
    ("The ideal candidate is friendly and approachable.", "friendly and approachable"),
    ("Personality: calm and level-headed.", "calm and level-headed"),
    ("We want someone switched on.", "switched on"),
    ("Are you full of beans?", "full of beans"),
    ("Right attitude more important than experience.", "Right attitude"),
    ("You will bring real determination.", "bring real determination"),
    ("A friendly nature is essential.", "friendly nature"),
])
def test_everyday_traits_fire(text, match):
    assert matches(text, "V114") == [match]


@pytest.mark.parametrize("text", [
    "The van must be clean and tidy at the end of each shift.",  # the subject is the van
    "Must be able to lift 25 kg.",
    "Must be reliable and punctual.",  # two plain conditions with no hype word first: left to V119
    "Ideal candidate: holds a Class 2 licence and has two years of multi-drop experience.",
    "Personality tests are not used; we run a 30-minute practical.",
    "You will show real estate clients around the homes we let.",
    "Bring real ingredients: we cook from scratch.",
    "You will show real commitment to patient safety by following the checklist.",  # the duty named after it
    "Our residents are friendly and approachable; you will help them at mealtimes.",
])
def test_everyday_traits_near_misses(text):
    assert matches(text, "V114") == []


# -- V117, V102: plain-word hype of the job or workplace --------------------------------------------------------------
@pytest.mark.parametrize("text, code, match", [
    ("Lovely working environment.", "V117", "Lovely working environment"),
    ("Friendly team.", "V117", "Friendly team"),
    ("An incredible working environment awaits you.", "V113", "incredible working environment"),
    ("The work is never boring.", "V102", "The work is never boring"),
    ("Never a dull moment!", "V102", "Never a dull moment"),
    ("The job is interesting and varied.", "V102", "The job is interesting and varied"),
])
def test_plain_hype_fires(text, code, match):
    assert matches(text, code) == [match]


@pytest.mark.parametrize("text", [
    "Our team is friendly.",  # a plain word stated of the team: plain English (V117's own example)
    "Friendly team of 6 nurses on days.",  # a figure
    "Great Benefits",  # a heading-like line with no full stop
    "The working environment is a cold store at 2C.",
    "Lovely working environment, in a converted mill with free parking.",
])
def test_plain_hype_near_misses(text):
    assert [d for d in ("V117", "V102") if matches(text, d)] == []


# -- V304: a language asked for by a degree word alone ----------------------------------------------------------------
@pytest.mark.parametrize("text, match", [
    ("Good English required.", "Good English"),
    ("Any school leaver with decent English can apply for the call centre.", "decent English"),
    ("Basic spoken French is needed for the Paris calls.", "Basic spoken French"),
    ("Excellent phone manner with strong spoken English.", "strong spoken English"),  # dev 0155
])
def test_language_by_degree_fires(text, match):
    assert matches(text, "V304") == [match]


@pytest.mark.parametrize("text", [
    "Good English and maths GCSEs.",  # school subjects with a grade
    "Good English (CEFR B2) required.",
    "Strong English, IELTS 7 or above.",
    "Fluent English required.",
    "You will cook good English food for our guests.",
    "You will be teaching good English to adult learners.",
])
def test_language_by_degree_near_misses(text):
    assert matches(text, "V304") == []


# -- V113: time off praised with no amount -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, match", [
    ("Generous holiday allowance.", "Generous holiday allowance"),
    ("We offer generous PTO and a pension.", "generous PTO"),
    ("Excellent holiday entitlement.", "Excellent holiday entitlement"),
    ("VCU offers a generous leave package and career paths for advancement.", "generous leave package"),  # dev 0473
])
def test_time_off_without_days_fires(text, match):
    assert matches(text, "V113") == [match]


@pytest.mark.parametrize("text", [
    "Generous holiday: 30 days plus bank holidays.",
    "25 days generous annual leave.",
    "Good leave management is part of the HR role.",
    "Approve annual leave requests for the team.",
])
def test_time_off_without_days_near_misses(text):
    assert matches(text, "V113") == []
