"""Vague classes widened by helper vague42: word classes and frames, not sentences.

- V304: a requirement given a quantity but no level, the class of "some experience" spread to what else an applicant
  holds ("some knowledge of", "Some Japanese ability"); knowledge praised by degree with a one-word field and nothing
  after it ("excellent subject knowledge"); a level said to be enough with no level named ("Reasonable level of
  physical fitness"); supervision played down as the requirement ("work with minimal supervision"); a requirement left
  to the employer's judgment ("Equivalent combination of education and experience may be considered"); exposure as a
  nice-to-have with no measure ("Exposure to a mining environment will be advantageous").
- V113: growth promised as a bare opportunity ("Growth opportunities available!"); "other perks" after a figured
  salary; rank praise of the people worked with ("top-tier clients", "elite brands").
- V301: hours said to move with no pattern ("shifting schedules"). V303: a plan fact's label left for later ("Rotation:
  TBC").
- V105: talent as engine power ("intellectual horsepower") and competence as an idiom of knowing ("know your way
  around").
- V118: "multiple" before a noun that names no work ("handle multiple tasks").

Fire cases assert the rule itself, not V119's sentence model; each fails at 2402f6f (the session's base). Texts are
written for these tests or are read writers' cases (the id named). Near-misses come from the writers' silent cases,
the dev corpus (the ad named) and the senses the patterns' comments name.
"""
from __future__ import annotations

import pytest

import jdlint


def findings(text: str) -> list:
    return jdlint.lint_text("# Job\n\n" + text + "\n", "t.md").diagnostics


def matches(text: str, code: str) -> list[str]:
    return [d.match for d in findings(text) if d.code == code]


# -- V304: a requirement with a quantity or a degree and no level ------------------------------------------------------
@pytest.mark.parametrize("text, match", [
    ("Some Japanese ability is a plus.", "Some Japanese ability"),  # wak-v-018
    ("Some knowledge of photonics.", "Some knowledge"),  # dev 0390's wording
    ("A little French ability would help.", "A little French ability"),
    ("Tutors must have excellent subject knowledge.", "excellent subject knowledge"),  # wak-v-140
    ("Good product knowledge is essential.", "Good product knowledge"),
    ("Reasonable level of physical fitness required.", "Reasonable level of physical fitness"),  # wak-v-118
    ("A good level of English is required.", "A good level of English"),
    ("Ability to work with minimal supervision.", "work with minimal supervision"),  # wak-v-106
    ("The coordinator works independently under limited supervision.", "works independently under limited supervision"),
])
def test_levelless_requirements_fire(text, match):
    assert matches(text, "V304") == [match]


@pytest.mark.parametrize("text", [
    "You will gain some knowledge of our booking systems in your first month.",  # the job's offer, not a requirement
    "Some Japanese (JLPT N3) is a plus.",
    "Good SQL knowledge.",  # the tool is named
    "Excellent product knowledge of the Dyson range, tested at interview.",
    "A good standard of English (GCSE grade C) is required.",
    "The group assures you a good standard of living.",  # dev 0127: the place, not a requirement
    "Must have a high level of attention to detail and accuracy.",  # dev 0211: a duty's standard
    "Barbers must be able to do skin fades and beard shapes without supervision.",  # wx-v-134, silent
    "Operate the high-energy X-ray irradiator in Building 4 under supervision of the RPA.",  # wb-v-099, silent
    "Some experience is not required.",
])
def test_levelless_requirements_silent(text):
    assert matches(text, "V304") == []


# -- V113: growth as a bare opportunity, other perks after a salary, rank praise of clients -----------------------------
@pytest.mark.parametrize("text, match", [
    ("Growth opportunities available!", "Growth opportunities"),  # wah-v-021
    ("Opportunities for career advancement and professional development.",
     "Opportunities for career advancement and professional development"),
    ("Monthly salary 2.1M–2.4M KRW depending on experience, plus other perks.", "other perks"),  # wak-v-110
    ("£28,000 and many other benefits.", "many other benefits"),  # vague44: the count word is part of the promise
    ("Work with top-tier clients.", "top-tier clients"),
    ("You will partner with elite brands.", "elite brands"),
])
def test_promises_fire(text, match):
    assert matches(text, "V113") == [match]


@pytest.mark.parametrize("text", [
    "Growth opportunity: after 12 months, techs move to Level II with a $2/hr raise.",  # ww-v-109, silent
    "Growth opportunities: after 12 months, trainees sit the ACCA Strategic Professional exams fully funded.",  # wg-v-101
    "We view obstacles as opportunities for growth.",  # dev 0499: a value, not an offer
    "Opportunity for development to Key Account Manager within a year.",
    "Salary £30,000 plus other benefits: 25 days' leave and a pension.",
    "SALARY: Attractive + Incentives + Other Benefits",  # wd-v-043: the writer marks "Attractive" (P101)
    "Our clients are Tesco, Boots and Aldi.",
])
def test_promises_silent(text):
    assert matches(text, "V113") == []


# -- V301, V105, V118 ---------------------------------------------------------------------------------------------------
def test_shifting_schedules_fire():
    assert matches("Must be willing to work on shifting schedules.", "V301") == ["shifting schedules"]  # wak-v-111
    assert matches("Expect changing shifts over the holidays.", "V301") == ["changing shifts"]


def test_rotating_roster_silent():
    # wak-v-057, silent: a rotating roster is a pattern
    assert matches("Store managers work a 45-hour week on a rotating roster published 4 weeks ahead.", "V301") == []


def test_horsepower_fire_and_silent():
    assert matches("Candidates must demonstrate intellectual horsepower.", "V105") == ["intellectual horsepower"]
    assert matches("The pump delivers 40 horsepower at full load.", "V105") == []


def test_multiple_tasks():
    assert matches("Must be able to join immediately and handle multiple tasks.", "V118") == ["multiple tasks"]  # waf-v-146
    # "multiple projects" is the job's own unit on real ads (dev 0100, 0276, 0299)
    assert matches("Ability to manage multiple projects and prioritize effectively.", "V118") == []
    assert matches("Handle multiple client accounts.", "V118") == []


# -- V304: a requirement left to the employer's judgment ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Equivalent combination of education and experience may be considered.",  # wac-v-140
    "Such alternatives to the above qualifications as the Board may find appropriate and acceptable.",  # waf-v-058
    "Candidates with more experience in corporate lending will be considered for a more senior role.",  # waf-v-066
])
def test_discretion_fire(text):
    assert matches(text, "V304")


@pytest.mark.parametrize("text", [
    "Equivalent experience (e.g. HND plus three years in a lab) may be considered.",
    "Bachelor's degree in Accounting or an equivalent combination of education and experience.",
    "Candidates will be considered for the Senior Analyst post in Leeds.",
])
def test_discretion_silent(text):
    assert matches(text, "V304") == []


# -- V303: a plan fact's label whose value is left for later; V105: competence as an idiom of knowing ------------------
def test_label_left_for_later():
    assert matches("Rotation: TBC", "V303") == ["Rotation: TBC"]  # wak-v-012
    assert matches("Schedule: to be confirmed", "V303") == ["Schedule: to be confirmed"]
    assert matches("Hours: 9-5, Monday to Friday; overtime rates to be agreed.", "V303") == []


def test_knowing_idioms():
    assert matches("You know your way around DeFi protocols.", "V105") == ["know your way around"]  # wah-v-145
    assert matches("Someone who knows their way around a commercial kitchen.", "V105") == ["knows their way around"]
    assert matches("We'll show you your way around the warehouse.", "V105") == []


# -- V304: exposure as a nice-to-have; V303: more verbs of deciding later ----------------------------------------------
def test_exposure_nice_to_have():
    # wak-v-104
    assert matches("Exposure to a mining environment will be advantageous.", "V304") == ["Exposure to a mining environment"]
    assert matches("Exposure to AWS would be a plus.", "V304") == ["Exposure to AWS"]
    # wah-v-126, silent: a colon and a task make it the job
    assert matches("Exposure to AWS: you will deploy to EKS and manage RDS instances.", "V304") == []
    assert matches("Exposure to hydrogen sulphide is possible; H2S Alive certification required.", "V304") == []  # waf-v-104


def test_left_for_later_verbs():
    assert matches("Shift pattern to be mutually agreed.", "V303") == ["Shift pattern to be mutually agreed"]
    assert matches("Location will be shared after interview.", "V303") == ["Location will be shared"]
    assert matches("Hours will be shared in the Monday rota email, 9am-5pm.", "V303") == []


def test_judged_strangers_near_misses():
    # judged strangers, writer C 9228 and writer P 9505: the field named after it; a level descriptor opening a list
    assert matches("- Strong configuration knowledge across GL, AP, AR, Asset Accounting and Controlling", "V304") == []
    assert matches("The section is seeking a Policy Officer. Working under limited direction, you will:\n\n"
                   "- draft briefs", "V304") == []
