"""bias15: the wrong bias findings left on writer P's ads (tests/data/judged_strangers14.yaml), fixed by class (session
32), each tested on sentences written for it (none copied from tests/data/bias_heldout15.yaml), with fixtures that must
fire and near-misses that must not:

- what staff of one sex are given, not who is hired: a facility, transport, housing or leave offered "for female staff"
  (jdlint/checks/bias_gender.py ``PROVIDED_FOR_ONE_SEX``; writer P 9521 'Free hostel accommodation for female staff');
  a vacancy, a search or a hiring verb before the sex stays a preference;
- a bare welcome whose welcomed list also names newcomers by what they lack ("Fresh grads and first-timers are
  welcome!", writer P 9510) says no experience is needed, not that youth is wanted (data/context.yaml
  ``welcomed-newcomers``); "New grads welcome!" alone, or "only ... welcome", stays;
- "state" as an adjective or noun ("follow up with state agencies on pending cases", writer P 9514) is no request to
  state something (data/frames.yaml, the request frame's cue): the verb still asks.
"""
from __future__ import annotations

import pytest

from jdlint.diagnostics import Severity

from conftest import assert_bias_fires, assert_bias_silent, bias_findings as lint, loud_bias_matches as loud

FIRE = [
    ("gender", "We are hiring female staff for the reception desk.", "female staff"),
    ("gender", "Openings for female staff nurses in our Sharjah clinic.", "female staff"),
    ("gender", "Vacancies for male workers only, accommodation provided.", "male workers"),
    ("gender", "Accommodation is free, and we need female employees for the packing line.", "female employees"),
    ("age", "New grads welcome!", "New grads"),
    ("age", "Only fresh graduates and first-timers are welcome.", "fresh graduates"),
    ("age", "We want digital natives; career changers welcome too.", "digital natives"),
    ("religion", "Please state your religion on the form.", "religion"),
    ("family", "State whether you are married or single.", "married or single"),
    ("record", "You must state whether you have any criminal convictions.", "criminal convictions"),
    ("origin", "Applicants should state nationality and date of birth.", "nationality"),
]

SILENT = [
    ("gender", "Benefits: free hostel accommodation for female staff, subsidised meals and medical cover."),
    ("gender", "Company transport is arranged for female employees on the late shift."),
    ("gender", "Separate prayer rooms and lockers for female staff on each floor."),
    ("gender", "Bachelor quarters are available for male workers at the site camp."),
    ("age", "Fresh grads and first-timers are welcome!"),
    ("age", "First-timers and recent graduates are all welcome."),
    ("age", "Students, fresh graduates and non-degree holders are welcome."),
    ("age", "Fresh grads and those with no call centre experience welcome!"),
    ("record", "Follow up with state agencies on pending cases and appeals."),
    ("record", "Liaise with state prosecutors on pending criminal cases for our clients."),
    ("religion", "You will apply for state funding for our church schools."),
]


@pytest.mark.parametrize("category,text,span", FIRE)
def test_class_fires(category, text, span):
    assert_bias_fires(category, text, span)


@pytest.mark.parametrize("category,text", SILENT)
def test_near_miss_stays_silent(category, text):
    assert_bias_silent(category, text)


# Smoking status as a selection (D411 smoking-in-a-frame, rules/disability.yaml): the person named by the habit or its
# absence, the habit asked or made a condition, a smoking field on a form; not a rule of the premises, a smoker that
# cooks, or smokers as the people a service helps.
SMOKING_FIRE = [
    ("Au pair for two boys in Zurich; non-smokers only.", "non-smokers"),
    ("The successful applicant must be a non-smoker.", "non-smoker"),
    ("Smoke-free candidates preferred for this care role.", "Smoke-free candidates"),
    ("Sorry, no smokers.", "smokers"),
    ("Smokers need not apply.", "Smokers"),
    ("Do you smoke? Yes / No", "smoke"),
    ("Smoker (please tick): Yes / No", "Smoker"),
    ("We want a driver who does not smoke.", "who does not smoke"),
    ("Please state your smoking history on the form.", "smoking history"),
]

SMOKING_SILENT = [
    "The clinic, its grounds and the car park are smoke-free.",
    "Smoking is allowed only in the shelter behind the loading bay.",
    "You must not smoke on site or in company vehicles.",
    "Smoking: not permitted anywhere on the premises.",
    "You will help smokers quit through our stop-smoking service.",
    "Our pitmaster will teach you to run the offset smokers and the grill.",
    "We smoke our own bacon in-house.",
    "Our non-smoking office is on the third floor.",
]


@pytest.mark.parametrize("text,span", SMOKING_FIRE)
def test_smoking_status_as_a_selection_fires(text, span):
    found = [d.match for d in lint(text) if d.code == "D411" and d.severity >= Severity.warning]
    assert any(span in m for m in found), (text, [(d.code, d.match) for d in lint(text)])


@pytest.mark.parametrize("text", SMOKING_SILENT)
def test_smoking_rule_of_the_premises_is_silent(text):
    assert not [d for d in lint(text) if d.code == "D411"], (text, [(d.code, d.match) for d in lint(text)])


# Known misses by class (issue 14 item 2): a photograph or the body's measures sent with the CV in a notice's shorthand
# (D810's `enclosed` frame: "CV with photo to ..."), a photo's passport size no passport (rules/origin.yaml), fitness
# judged by a doctor or the illnesses of a lifetime asked for (D410's health terms), and "mature" said of the person
# hired beside other adjectives or after "someone" (D310's life-stage terms).
CLASS_FIRE = [
    ("appearance", "Waiters wanted. CV with photo to jobs@harbourgrill.co.za", "photo"),
    ("appearance", "Text your resume plus a full-length picture to 0917 222 0101.", "picture"),
    ("appearance", "Bio-data along with height and weight to the agency.", "height"),
    ("appearance", "Send resume + 2x2 ID picture to the HR office.", "picture"),
    ("appearance", "Applicants must send a full-length picture.", "picture"),
    ("disability", "Security guards: medically fit candidates only.", "medically fit"),
    ("disability", "A certificate of medical fitness must accompany every application.", "medical fitness"),
    ("disability", "Have you had any serious illnesses or operations?", "serious illnesses"),
    ("age", "We need a mature, dependable person for weekend reception.", "mature"),
    ("age", "Looking for someone mature to mind the shop on Sundays.", "mature"),
    ("age", "Mature-aged applicants need not apply.", "Mature-aged"),
]

CLASS_SILENT = [
    ("appearance", "Photo ID (passport or driving licence) is checked at induction."),
    ("appearance", "Cover letter and portfolio with photos of kitchens you have fitted."),
    # the whole of a matter, not a photograph (realads half A: 'can see the big picture' was judged wrong)
    ("appearance", "You must be able to see the big picture and the detail."),
    ("appearance", "Candidates should keep the wider picture in mind when triaging."),
    ("origin", "Attach two passport-size photographs with the form."),
    ("disability", "Record each resident's previous illnesses in the care plan."),
    ("disability", "Staff returning from sick leave bring a medical certificate."),
    ("disability", "The medical fitness assessment is done after a conditional offer."),
    ("age", "You'll maintain a mature and well-tested Rails codebase."),
    ("age", "We are a mature, well-funded business hiring an analyst."),
    ("age", "Mature students are warmly welcome to apply."),
]


@pytest.mark.parametrize("category,text,span", CLASS_FIRE)
def test_known_miss_class_fires(category, text, span):
    assert any(span in m or m in span for m in loud(text, category)), (text, [(d.code, d.match) for d in lint(text)])


@pytest.mark.parametrize("category,text", CLASS_SILENT)
def test_known_miss_near_miss_stays_silent(category, text):
    assert not loud(text, category), (text, [(d.code, d.match) for d in lint(text)])


# From writer Q (training data, read after the lead scored it at 883c911: bias P .914 R .946, rules alone 50/6/5), by
# class: the owner of a diary after "of the" is not the hire (context.yaml ``others-of``); the authority that administers
# a law as the agent of a requirement, and an exemption named by what it permits, are a lawful basis (``lawful-basis``:
# info); "national" the adjective is no nationality; a race told by the face; the people served said to take better to
# one kind of person; an age "around that age" relative to the team, fitting in "if you're"; an adverb inside a passive
# request ("must also be declared"); a clean or clear police record; and a record requirement denied is none (D901 skips
# a negated match).
Q_FIRE = [
    ("gender", "Our clients respond much better to a female physiotherapist.", "female"),
    ("age", "The crew are all about 25, so you'd fit right in if you're around that age.", "around that age"),
    ("record", "Cashiers: previous cautions must also be declared.", "cautions"),
    ("record", "Clean police record from your home country essential.", "Clean police record"),
    ("record", "Must have a clear criminal record.", "clear criminal record"),
    ("origin", "We only take tutors with a Western face for the kindergarten.", "Western face"),
    ("origin", "Must be a Qatari national with a valid licence.", "national"),
]

Q_SILENT = [
    ("gender", "You'll manage the diary, inbox and travel of the Chairman and his deputies."),
    ("origin", "Korean immigration requires a passport from one of seven English-speaking countries for the E-2 visa."),
    ("religion", "RE teacher: as permitted for posts of religious instruction, applicants must be practising Catholics."),
    ("origin", "You must provide an apostilled national criminal background check for the visa."),
    ("origin", "Bring your national insurance number on day one."),
    ("gender", "Pupils respond better to clear routines, so you'll plan each lesson in detail."),
    ("record", "You don't need a clean record to work with us."),
    ("record", "A clean criminal record is not required; we assess each conviction individually."),
    ("record", "Keep clear records of every stock movement."),
]


@pytest.mark.parametrize("category,text,span", Q_FIRE)
def test_writer_q_class_fires(category, text, span):
    assert any(span in m or m in span for m in loud(text, category)), (text, [(d.code, d.match) for d in lint(text)])


@pytest.mark.parametrize("category,text", Q_SILENT)
def test_writer_q_near_miss_stays_silent(category, text):
    assert not loud(text, category), (text, [(d.code, d.match) for d in lint(text)])


# The training writers' misses with the rules alone (issue 14 item 3), by class, on sentences written for each: the
# colloquial names of a nation's people; "older" beside other adjectives; winding down before retirement and an age
# named by a life stage ("of gap-year age"); the year school ended asked; a medicine taken asked in the base form or
# "you are currently taking"; a sense or function named with its trouble; D407's wording no longer hides D410's frame;
# a question's first clause ended by a comma ("How many children do you have, and ...").
TRAIN_FIRE = [
    ("origin", "Aussies preferred for the bar, sorry.", "Aussies"),
    ("origin", "Shearer wanted, must be a dinky-di Kiwi.", "Kiwi"),
    ("age", "Would suit an older, semi-retired gentleman.", "older, semi-retired gentleman"),
    ("age", "Perfect for someone looking to wind down towards retirement.", "wind down towards retirement"),
    ("age", "Au pairs should be of student age.", "of student age"),
    ("age", "Which year did you graduate from university?", "year did you graduate from university"),
    ("disability", "Do you use any prescription medication? Yes / No", "prescription medication"),
    ("disability", "Please list medicines you are now taking.", "medicines you are now taking"),
    ("disability", "Candidates with memory or balance problems cannot be considered.", "memory or balance problems"),
    ("disability", "Handicapped applicants will not be considered.", "Handicapped"),
    ("family", "How many kids do you have, and does anyone help with them?", "kids"),
]

TRAIN_SILENT = [
    ("origin", "You'll pack kiwis and stone fruit for export."),
    ("age", "You will work with children of school age after class."),
    ("disability", "Help residents take their medication on time."),
    ("disability", "You'll support pupils with speech difficulties in small groups."),
    ("family", "You'll know how many children attend each session."),
]


@pytest.mark.parametrize("category,text,span", TRAIN_FIRE)
def test_training_writer_class_fires(category, text, span):
    assert any(span in m or m in span for m in loud(text, category)), (text, [(d.code, d.match) for d in lint(text)])


@pytest.mark.parametrize("category,text", TRAIN_SILENT)
def test_training_writer_near_miss_stays_silent(category, text):
    assert not loud(text, category), (text, [(d.code, d.match) for d in lint(text)])


# The team's trait made the hire's: slotting or blending into a team of one sex (D110 ``team-sex``, fit frame), and a
# team's age band or look told and then "kept that way" (frames.yaml ``kept``, opt-in for D110, D310, D510); a height in
# metres only with "tall" or "in height".
TEAM_FIRE = [
    ("gender", "You'll need to blend into an all-male warehouse crew.", "all-male warehouse crew"),
    ("age", "The office is all in their twenties and we'd like to keep it that way.", "in their twenties"),
    ("origin", "Our reception has a white British look and we want to keep it that way.", "British look"),
    ("appearance", "Hosts must be at least 1.70 m tall.", "1.70 m tall"),
]

TEAM_SILENT = [
    ("gender", "You'll join our all-female team of midwives on the labour ward."),
    ("age", "Our prices are low and we want to keep it that way."),
    ("appearance", "Racking must be at least 1.80 m high."),
    ("appearance", "Doorways are 1.2 m wide for wheelchair access."),
]


@pytest.mark.parametrize("category,text,span", TEAM_FIRE)
def test_team_trait_kept_fires(category, text, span):
    assert any(span in m or m in span for m in loud(text, category)), (text, [(d.code, d.match) for d in lint(text)])


@pytest.mark.parametrize("category,text", TEAM_SILENT)
def test_team_trait_near_miss_stays_silent(category, text):
    assert not loud(text, category), (text, [(d.code, d.match) for d in lint(text)])


# Two false-alarm classes of the training writers: the people a service acts on named by their age (D302's exceptions:
# "We support people aged 65 and over", writer K) and a need the employer offers to meet (frames.yaml subject-matter:
# "Tell us if you need flexible hours for caring responsibilities and we'll work around them", writer A). A limit on
# applicants and a question about the reader's family stay.
SERVED_FIRE = [
    ("age", "Applicants aged 65 and over need not apply.", "aged 65 and over"),
    ("family", "Tell us if you have children.", "children"),
]

SERVED_SILENT = [
    ("age", "We care for adults over 18 with learning disabilities in supported flats."),
    ("age", "Our carers visit people aged 80 and over in their own homes."),
    ("family", "Let us know if you need time off for childcare and we'll plan the rota around it."),
    ("religion", "Tell us if you need a quiet room for prayer during Ramadan."),
]


@pytest.mark.parametrize("category,text,span", SERVED_FIRE)
def test_applicant_limit_still_fires(category, text, span):
    assert any(span in m or m in span for m in loud(text, category)), (text, [(d.code, d.match) for d in lint(text)])


@pytest.mark.parametrize("category,text", SERVED_SILENT)
def test_people_served_and_needs_met_stay_silent(category, text):
    assert not loud(text, category), (text, [(d.code, d.match) for d in lint(text)])
