"""Vague classes widened by helper vague45 from the five groups every vague writer is briefed with (groups 3 and 4: job
facts left open, requirements with no level or measure), on probes written by SHAPE before any read writer's misses were
looked at (tests/data/vague45_probes.yaml; its header says which close calls were decided how, and why).

- V303: more job-fact nouns (timings, hrs, hours of work, probation, on-call, territory, route, accommodation, reporting
  line, team size), more verbs of deciding later (informed, intimated, notified, allocated, assigned, given), more heads
  a fact is left to (the project, the season, the client, company policy or norms, the roster), the start date among the
  labels, more open label values (rotational, depends, as agreed, extensive, required, until further notice), the verb of
  setting between a fact and its hedge ("Shifts are allocated based on availability"), "variable"/"negotiable" as the
  clause's last word, a place as "one of our sites" / "any site", "could be anywhere in", and shifts that rotate with no
  pattern ("rotational shifts", "a variety of shifts").
- V301: the times themselves as the subject ("Night shifts may be required"), "at short notice", "on an as-needed basis".
- V304: experience or knowledge of an unnamed object ("experience in a similar role", "knowledge of the industry"), bare
  computer skills, labels with an empty value ("Education: graduate", "Experience: preferred"), schooling to an unnamed
  level ("Educated to a decent level"), a language asked as "knowledge of" with no level, praised written and verbal
  communication, "the right" / "necessary" / "common" qualifiers, "suitably qualified", "Must be experienced.".
- Q106: graduation asked ("Graduation is compulsory"), "compulsory" as an asking word, "office junior" a manual role.

Fire cases assert the rule itself and each fails at 13af2cf (the session's base).
"""
from __future__ import annotations


import pytest

from conftest import matches_in_a_posting as matches, vague_probe_outcome

#: probes still open at the end of session 45, each a known gap (a test that fails when a fixed one regresses or a
#: new one opens): the reporting line given as a person "to be appointed", a start "ASAP or to be agreed", a degree word
#: before a named field ("Solid experience in logistics": the knowledge pattern's head list has no "experience"), a
#: trade said qualified, a label listing generic skills, aptitude and mechanical knowledge, "standard office software",
#: a graduate asked of a trainee receptionist (receptionist is not a manual role), an apprentice label; and three
#: requirement nouns as a duty's object (pre-existing V304 false alarms)
#: session 49 (V119 retrained with the released writers' cases at half weight): misses - p45-e_infl-006
OPEN_MISSES = {"p45-c_open-048", "p45-c_open-059", "p45-d_req-022", "p45-d_req-031", "p45-d_req-035", "p45-d_req-039",
               "p45-d_req-040", "p45-d_req-043", "p45-e_infl-012"}
#: (vague46) the three duty-object alarms closed by `duty-object-before`
#: session 49 (V119 retrained with the released writers' cases at half weight): alarms + p45-c_open-082,
#: p45-c_open-086, p45-c_open-095, p45-d_req-050, p45-d_req-066, p45-e_infl-018, p45-e_infl-021; session 50 (writers AX,
#: AZ, TG, TH at half weight and the plain classes of session 50): - p45-d_req-066
OPEN_ALARMS = {"p45-c_open-082", "p45-c_open-086", "p45-c_open-092", "p45-c_open-095", "p45-d_req-050",
               "p45-e_infl-018", "p45-e_infl-021"}


@pytest.fixture(scope="module")
def probe_scores():
    return vague_probe_outcome("vague45_probes.yaml")


def test_probes_hold(probe_scores):
    misses, alarms = probe_scores
    assert misses == OPEN_MISSES
    assert alarms == OPEN_ALARMS


# -- V303: a job fact left open ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, match", [
    ("Duty timings will be communicated after joining.", "Duty timings will be communicated"),
    ("Job location will be intimated at the time of joining.", "Job location will be intimated"),
    ("Your sales territory will be allocated on your first day.", "territory will be allocated"),
    ("Accommodation to be arranged.", "Accommodation to be arranged"),
    ("Probation period as per company policy.", "Probation period as per company policy"),
    ("Contract duration depends on the project.", "Contract duration depends on the project"),
    ("Team size will depend on the season.", "Team size will depend on the season"),
    ("Reporting line to be confirmed.", "Reporting line to be confirmed"),
    ("Hrs: varies", "varies"),
    ("Shift timings: Rotational", "Rotational"),
    ("Start date: depends", "depends"),
    ("Travel: extensive", "extensive"),
    ("Duration: until further notice", "until further notice"),
    ("Shift times are variable.", "variable"),
    ("Shifts are allocated based on availability of work.", "Shifts are allocated based on availability"),
    ("Must be willing to work in rotational shifts.", "rotational shifts"),
    ("You will work a variety of shifts.", "a variety of shifts"),
    ("You may be placed at any site in the county.", "placed at any site"),
    ("Your base could be anywhere in the North West.", "could be anywhere in the North"),
    ("Your hours will be built around the needs of the clinic.", "Your hours will be built around the needs"),
    ("Must be willing to relocate.", "willing to relocate"),
    ("Week off: Rotational", "Rotational"),
    ("Location: Multiple locations", "Multiple locations"),
    ("Duty hours: as per management", "as per management"),
    ("Working hours: flexi", "flexi"),
])
def test_open_job_facts_fire(text, match):
    assert matches(text, "V303") == [match]


@pytest.mark.parametrize("text", [
    "Timings: 9am to 6pm, Sunday to Thursday.",
    "Probation period: 3 months.",
    "Your territory covers Kent and East Sussex.",
    "Accommodation provided: a single room on site.",
    "Team size: 8 engineers.",
    "You will report to the Head of Finance.",
    "Rotating shifts: two weeks of days, then two weeks of nights.",
    "A variety of shifts including days, evenings and weekends.",
    "Location: 14 Market Street, Oldham.",
    "Plan delivery routes as needed for the drivers.",
    "Advise customers on the best route.",
    "Shifts are allocated four weeks ahead on the staff app.",
    "Start date: flexible",  # a start left to the applicant is an offer (tests/test_vague.py)
    "Lead the packaging line, running two laminators on a 12-hour rotating roster.",  # writer N: the length is the pattern
    "Act as charge nurse on a rotating basis.",  # writer M 9305: a duty taken in turns
    "You will work in one of our offices listed above.",  # dev 0597: the offices are named
    "Applicants must be willing to relocate to or commute to San Francisco.",
    "Location: multiple locations across Dublin and Cork.",
    "Week off: Sunday.",
])
def test_open_job_facts_near_misses(text):
    assert matches(text, "V303") == []


# -- V301: the times themselves hedged ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, match", [
    ("Night shifts may be required.", "Night shifts may be required"),
    ("Weekends may be needed in busy periods.", "Weekends may be needed"),
    ("You may be asked to work at short notice.", "work at short notice"),
    ("Nights and weekends on an as-needed basis.", "Nights and weekends on an as-needed basis"),
    ("Must have full availability.", "full availability"),
    ("Weekend availability essential.", "Weekend availability"),
    ("You'll work whenever we need you.", "work whenever we need"),
])
def test_hedged_time_demands_fire(text, match):
    assert matches(text, "V301") == [match]


@pytest.mark.parametrize("text", [
    "Night shifts: 10pm to 6am, three a week.",
    "Weekends off.",
    "We can cover your shift at short notice if your child is ill.",  # the employer's promise, not a demand
])
def test_hedged_time_demands_near_misses(text):
    assert matches(text, "V301") == []


# -- V304: a requirement with no level or measure ---------------------------------------------------------------------
@pytest.mark.parametrize("text, match", [
    ("Must have experience in a similar role.", "experience in a similar role"),
    ("REQUIREMENTS: EXPERIENCE IN SIMILAR POSITION", "EXPERIENCE IN SIMILAR POSITION"),
    ("Knowledge of the industry is required.", "Knowledge of the industry"),
    ("Experience of working in a similar environment.", "Experience of working in a similar environment"),
    ("Computer skills are a must.", "Computer skills"),
    ("Basic IT skills required.", "Basic IT skills"),
    ("Education: any graduate", "any graduate"),
    ("Experience: preferred", "Experience: preferred"),
    ("Educated to a decent level.", "Educated to a decent level"),
    ("Knowledge of English.", "Knowledge of English"),
    ("Excellent written and verbal communication.", "Excellent written and verbal communication"),
    ("Must have the right qualifications.", "the right qualifications"),
    ("Suitably qualified candidates should apply.", "Suitably qualified"),
    ("Must be experienced.", "Must be experienced"),
    ("Good literacy and numeracy.", "Good literacy"),
    ("Must be physically fit.", "Must be physically fit"),
])
def test_unmeasured_requirements_fire(text, match):
    assert matches(text, "V304") == [match]


@pytest.mark.parametrize("text", [
    "Must have 2 years of experience in a similar role.",
    "You will gain experience in a similar role across our three sites.",
    # dev 0393: knowledge kept up as a duty
    "Develop and maintain knowledge of the industry and the target audience.",
    # dev 0522: an understanding shared, not asked
    "Build a strong foundation of trust, based on a shared understanding of the business unit needs and realities.",
    # dev 0673: the learners' experience
    "We are delivering students the best possible learning experience in the market.",
    "Computer skills (Excel, Word, Outlook).",
    "Computer skills test at interview.",
    # dev 0025: the environment named before it
    "Keyboarding and windows environment PC skills required.",
    "Education: BSc Nursing",
    "Experience: 3 years in hospitality.",
    "Educated to degree level in chemistry.",
    "Knowledge of English (CEFR B2).",
    "A command of English grammar, usage and vocabulary.",
    "Fully qualified electrician with JIB gold card.",
    "Must be experienced in Sage 50.",
    "Must be physically fit to lift 25 kg repeatedly.",
    "Must have an excellent driving record.",  # dev 0474: a record a reader can check
    "Offer subject to an extensive criminal background check.",  # dev 0501
    # judged strangers writer M 9327: an equity statement's boilerplate
    "Preference will be given to suitably qualified candidates from designated groups.",
])
def test_unmeasured_requirements_near_misses(text):
    assert matches(text, "V304") == []


# -- Q106: graduation asked of a manual job ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, match", [
    ("Car wash attendant. Graduation is compulsory.", "Graduation"),
    ("Cleaner. Degree mandatory.", "Degree"),
    ("Office junior: degree essential.", "degree"),
])
def test_graduation_for_manual_jobs_fires(text, match):
    assert matches(text, "Q106") == [match]


@pytest.mark.parametrize("text", [
    "Car wash attendant. Graduation ceremony photos on our website.",
    "Office junior. GCSEs in English and maths; no degree needed.",
])
def test_graduation_for_manual_jobs_near_misses(text):
    assert matches(text, "Q106") == []
