"""Vague classes widened by helper vague43: built from the CATEGORY every vague writer is briefed to cover, not from a
writer's sentences, and four wrong classes judged on real ads.

Widened (each a frame x a word class x no anchor):
- V303: a job fact left to someone else's needs in its verb forms ("Shift times depend on the needs of the business",
  "hours dictated by workload"); the start date among the facts ("Start date to be agreed"); the fact said to drift
  ("Hours may change over time"), to be open ("Contract length is open") or to run on ("possibility of extension");
  "as needed" after a time fact ("Hours are flexible as needed", "Shifts as required").
- V201: the duties themselves said to drift ("Duties will vary from day to day", "The role will evolve").
- V113: advancement promised with no praise word and no path ("real scope for progression", "potential for
  promotion", "opportunities to progress your career"); "training and development opportunities" praised;
  a career that "will take off"; a "working atmosphere" praised.
- V301: the days themselves hedged as what a job "may include" ("may include weekends").
- V304: experience asked for with nothing else ("Must have experience.", "Previous experience is an advantage");
  "pertinent" and "requisite" beside "relevant"; skill with computers as a state ("Must be computer literate").

Wrong classes fixed (judged on real ads in session 42):
- V303 on the employer's own base or service area ("a company located in Savannah, Georgia and surrounding areas").
- V304 on knowledge whose object is a list of named fields ("Extensive knowledge in construction methods, materials,
  water damages, exterior, roofing and mitigation").
- V304 on a category-rating scale's definition ("Candidates in this category possess good skills and experience
  above the minimum requirements").
- V115 on a purpose clause after named duties ("... providing administrative support to ensure the office runs
  smoothly").

Fire cases assert the rule itself and each fails at 9c601df (the session's base). Texts are written for these tests
from the categories, or are dev-corpus sentences (the ad named).
"""
from __future__ import annotations

import pytest

from conftest import matches_in_a_posting as matches


# -- V303: a plan fact left open -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, match", [
    ("Shift times depend on the needs of the business.", "Shift times depend on the needs"),
    ("Working hours will be dictated by workload.", "Working hours will be dictated by workload"),
    ("Start date to be agreed.", "Start date to be agreed"),
    ("Start date depends on funding.", "Start date depends on funding"),
    ("Hours may change over time.", "Hours may change over time"),
    ("Hours are flexible as needed.", "Hours are flexible as needed"),
    ("Shifts as required.", "Shifts as required"),
    ("Contract length is open.", "open"),
    ("Duration: open-ended.", "open-ended"),
    ("Temporary position with possibility of extension.", "possibility of extension"),
    ("The contract may be extended.", "may be extended"),
])
def test_open_job_facts_fire(text, match):
    assert matches(text, "V303") == [match]


@pytest.mark.parametrize("text", [
    "Hours to suit your availability.",  # the hire's own needs: a perk, not a hedge
    "Start date: 1 September 2026.",
    "Shifts as required by the Working Time Regulations.",  # what a law requires
    "Hours vary from 20 to 30 a week.",
    "12-month contract with possible extension to 24 months.",  # the extension measured
    "Our office is open Monday to Friday.",
    # dev 0207: a place noun as a duty's object, not the job's place
    "Manage contract analytical laboratory sites as required to support third party manufacturing relationships.",
    # dev 0284: the employer's own base and service area
    "Action Cleaning Service is a family-owned cleaning company located in Savannah, Georgia and surrounding areas.",
    "We are a plumbing firm serving Leeds and surrounding areas.",
])
def test_open_job_facts_near_misses(text):
    assert matches(text, "V303") == []


def test_open_rest_of_a_place_still_fires_for_the_job():
    # the job's own place given as a name and an open rest, also after a glued sentence (dev 0436, judged defensible)
    assert matches("You will visit students' homes across Bristol and surrounding areas.", "V303") == ["surrounding areas"]
    text = ("You may also repair PC peripherals.Must have reliable transportation as this role services the metro and "
            "surrounding areas.")
    assert matches(text, "V303") == ["surrounding areas"]


# -- V201: the duties said to drift -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, match", [
    ("Duties will vary from day to day.", "Duties will vary"),
    ("Responsibilities may change as the business grows.", "Responsibilities may change"),
    ("The role will evolve over time.", "The role will evolve"),
    ("Your workload will fluctuate with the seasons.", "Your workload will fluctuate"),
])
def test_drifting_duties_fire(text, match):
    assert matches(text, "V201") == [match]


@pytest.mark.parametrize("text", [
    "Duties vary: mornings are stock counts, afternoons are deliveries.",
    "The duties include changing beds and serving meals.",
    "Patients' needs vary.",
])
def test_drifting_duties_near_misses(text):
    assert matches(text, "V201") == []


# -- V113: advancement promised with nothing named ---------------------------------------------------------------------
@pytest.mark.parametrize("text, match", [
    ("There is real scope for progression within the company.", "real scope for progression"),
    ("There is potential for promotion.", "potential for promotion"),
    ("Opportunities to progress your career.", "Opportunities to progress your career"),
    ("This role will be involved in all aspects of the day-to-day accounting with room for growth.",
     "room for growth"),  # dev 0247
    ("Fantastic training and development opportunities are available.",
     "Fantastic training and development opportunities"),
    ("Your career will take off with us.", "Your career will take off"),
    ("Friendly working atmosphere.", "Friendly working atmosphere"),
])
def test_empty_promises_fire(text, match):
    assert matches(text, "V113") == [match]


@pytest.mark.parametrize("text", [
    "Opportunities to advance the mission of public health.",  # the employer's mission, not the hire's career
    "Our market has huge potential for growth.",  # a firm's growth
    "There is scope for promotion to Senior Technician within 18 months.",  # the path named
    "Scope for progression to a supervisory role.",
])
def test_empty_promises_near_misses(text):
    assert matches(text, "V113") == []


# -- V301: the days hedged as what the job may include ---------------------------------------------------------------
def test_hedged_days_fire_and_time_off_does_not():
    assert matches("Work schedule is flexible but may include weekends.", "V301") == ["may include weekends"]
    assert matches("Benefits include weekends off and a 4-day week.", "V301") == []


# -- V304: experience with nothing else; the two wrong classes --------------------------------------------------------
@pytest.mark.parametrize("text, match", [
    ("Must have experience.", "Must have experience"),
    ("Previous experience is an advantage.", "Previous experience is an advantage"),
    ("Prior experience preferred.", "Prior experience preferred"),
    ("Hands-on experience is a plus!", "Hands-on experience is a plus"),
    ("Candidates should have pertinent experience.", "pertinent experience"),
])
def test_bare_experience_fires(text, match):
    assert matches(text, "V304") == [match]


@pytest.mark.parametrize("text", [
    "Experience in payroll preferred.",  # the field named
    "2 years' experience required.",
    "Experience: 3 years minimum.",
    "No experience required.",
    "Experience",  # a heading, not a requirement
    "Experience Required",
    # dev 0288: a list of named fields is the measure
    "Extensive knowledge in construction methods, materials, water damages, exterior, roofing and mitigation.",
    # a US federal category-rating scale defines its grades against the posting's minimum (dev 0614)
    "Best Qualified: Candidates in this category possess good skills and experience above the minimum requirements "
    "for the announced position.",
])
def test_unnamed_requirement_near_misses(text):
    assert matches(text, "V304") == []


def test_knowledge_by_degree_still_fires_with_one_field():
    # writers AC and AF mark the degree word; a list needs two commas, so "spoken and written" is no list
    assert matches("Good knowledge of German, spoken and written.", "V304") == ["Good knowledge of"]
    assert matches("Good communication skills are essential.", "V304") == ["Good communication skills"]


# -- V115: a purpose clause after named duties ------------------------------------------------------------------------
def test_purpose_clause_after_named_duties_is_silent():
    text = ("Duties include greeting visitors, managing incoming calls, and providing administrative support to "
            "ensure the office runs smoothly and efficiently.")  # dev 0441
    assert matches(text, "V115") == []


@pytest.mark.parametrize("text, match", [
    ("Your job is to keep things running smoothly.", "keep things running smoothly"),
    ("You will be ensuring things run smoothly.", "ensuring things run smoothly"),
    ("Help to keep everything running smoothly behind the scenes.", "keep everything running smoothly"),
])
def test_the_job_defined_as_keeping_things_running_still_fires(text, match):
    assert matches(text, "V115") == [match]


# -- V304: skill with computers asked as a state, no tool or level ------------------------------------------------------
@pytest.mark.parametrize("text, match", [
    ("Must be computer literate.", "computer literate"),
    ("Computer literacy required.", "Computer literacy"),
    ("IT-savvy and organised.", "IT-savvy"),
])
def test_computer_literacy_fires(text, match):
    assert matches(text, "V304") == [match]


@pytest.mark.parametrize("text", [
    "Computer literate (Excel, Word, Outlook).",  # the tools named
    "Computer literate with Microsoft Excel and Sage.",
    "We teach digital literacy to adults.",  # a subject taught, not a requirement
])
def test_computer_literacy_near_misses(text):
    assert matches(text, "V304") == []


# -- V304: knowledge praised by degree, its synonyms -------------------------------------------------------------------
@pytest.mark.parametrize("text, match", [
    ("Solid background in finance.", "Solid background in"),
    ("A strong grounding in accounting principles.", "strong grounding in"),
    ("Excellent familiarity with social media.", "Excellent familiarity with"),
    ("Proven expertise in sales.", "Proven expertise in"),
])
def test_knowledge_synonyms_fire(text, match):
    assert matches(text, "V304") == [match]


@pytest.mark.parametrize("text", [
    "We will give you a solid grounding in bookkeeping.",  # the employer's offer
    # dev 0522: a foundation built, not a requirement held
    "Work with your peers to build deep relationships and a strong foundation of trust.",
])
def test_knowledge_synonyms_near_misses(text):
    assert matches(text, "V304") == []


# -- V303 / V301: the drift with nothing after it; hours long as a predicate; a demand with a frequency adverb only ------
@pytest.mark.parametrize("text, code, match", [
    ("Shift pattern varies.", "V303", "Shift pattern varies"),
    ("Location: flexible.", "V303", "flexible"),
    ("Hours can be long during busy periods.", "V301", "Hours can be long"),
    ("On call occasionally.", "V301", "On call occasionally"),
    ("Overtime is required regularly.", "V301", "Overtime is required regularly"),
])
def test_open_time_and_place_predicates_fire(text, code, match):
    assert matches(text, code) == [match]


@pytest.mark.parametrize("text", [
    "Hours vary, 20-30 a week.",  # the range named after the comma
    "Patients' needs vary.",
    "Prices vary.",
    "Our opening hours are long, 7am to 10pm.",
])
def test_open_time_and_place_predicates_near_misses(text):
    assert matches(text, "V301") == matches(text, "V303") == []
