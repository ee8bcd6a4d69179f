"""Vague classes widened by helper promise47, on probes written by SHAPE before any read writer's misses were looked at
(tests/data/promise47_probes.yaml; its header gives the three shapes).

- V113 (the employer's care promised with nothing named, one home): the care verbs widened by the verbs of growing and
  backing (grow, nurture, develop, back, reward, promote) and their objects by the employer's own people ("our own",
  "talent", "our drivers": hire-role-noun), "see you right", "promote from within", "help you grow"; and the promise's
  other plain frames: effort traded for reach ("the harder you work, the further you'll go"), reach without limit ("no
  limit to how far you can go"; "the sky's the limit" stays V107's), growth for whoever wants it ("progression for those who want
  it"), a future praised as the offer ("Good future for hardworking person.") and support promised as a negation ("you
  won't be left to sink"); and the hire as the object of good treatment ("You'll be treated right", "Your voice will
  be heard"), the employer's stance ("We're here for you", "we stand by our people"), a chance given, something "in it
  for you" and work called secure or steady as the offer ("Long-term work available").
- V117: an item of a benefits list that names only a kind ("- Training", "- Career progression", "Benefits: Training,
  Progression, Good team."), read in the section reader's benefits sections, where such items are at least half of the
  list's items; and a duty verb ending one list item no longer makes the next item its object (context.yaml
  duty-object-before reads within one line: "- Training" / "- Great team").
- V301 (demands on the hire's time): the quantity hedges of the class beyond "some" ("most weekends", "a fair bit of
  overtime", "a lot of time on the road"), the frequency adverb after a time ("nights away now and again", "Sometimes
  nights."), long days and shifts, a time tied to a busy period the ad does not date ("extra hours in peak season",
  "Saturday work when it's busy") and the work called seasonal with no dates.
- V303: a start tied to an event by "once" or "as soon as" ("Start: once the harvest starts").
- V102 / V116: "never the same day twice", "never have a boring day"; the employer compared with the rest with nothing
  said of how ("we're not like other salons", "you won't find a better place to work", "forget everything you know
  about recruitment", "not a normal company").
"""
from __future__ import annotations

import pytest

from conftest import matches_in_a_posting as matches, span_found, vague_probe_outcome

#: probes still open at the end of session 47, each a known gap: a verbless pair of nouns with no frame ("Security and
#: stability."), hours said to rise at a named time ("Hours go up at Christmas": the calendar's seasons are left out,
#: as "shifts over the summer season" names the season, writer C 9227), hours compared across seasons
#: ("more in summer, fewer in winter"); alarms of other rules on silent probes (V119's sentence model, V107 "look after
#: our own" with its object named, P101 on pay words, V116 on a phrase in single quotes) and V301 on travel booked for
#: others (a duty)
OPEN_MISSES = {"p47-a_promise-041", "p47-b_open-023", "p47-b_open-034"}
#: session 49 (V119 retrained with the released writers' cases at half weight): alarms - p47-a_promise-046,
#: p47-a_promise-072, p47-c_cliche-050; session 50 (writers AX, AZ, TG, TH at half weight and the plain classes of
#: session 50): - p47-a_promise-070
OPEN_ALARMS = {"p47-a_promise-047", "p47-b_open-063", "p47-c_cliche-035", "p47-c_cliche-043", "p47-c_cliche-046",
               "p47-c_cliche-048"}


@pytest.fixture(scope="module")
def probe_scores():
    return vague_probe_outcome("promise47_probes.yaml")


def test_probes_hold(probe_scores):
    misses, alarms = probe_scores
    assert misses == OPEN_MISSES
    assert alarms == OPEN_ALARMS


# -- V113: the ad's own promise with nothing named ---------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("We'll see you right.", "see you right"),
    ("We always look after our drivers.", "look after our drivers"),
    ("We grow our people.", "grow our people"),
    ("We nurture talent.", "nurture talent"),
    ("We promote from within.", "promote from within"),
    ("If you put the effort in, we'll reward you.", "reward you"),
    ("We'll help you grow.", "help you grow"),
    ("No limit to how far you can go.", "No limit to how far you can go"),
    ("The harder you work, the further you'll go.", "the further you'll go"),
    ("Progression for those who want it.", "Progression for those who want it"),
    ("Opportunities for those who want them.", "Opportunities for those who want them"),
    ("Good future for hardworking person.", "Good future"),
    ("You won't be left to sink.", "left to sink"),
    ("You'll never be left on your own.", "never be left on your own"),
    ("You'll be treated right.", "treated right"),
    ("You'll be treated like a person, not a number.", "treated like a person"),
    ("Your voice will be heard.", "Your voice will be heard"),
    ("We're here for you.", "here for you"),
    ("We're in it together.", "in it together"),
    ("We stand by our people.", "stand by our people"),
    ("We'll make sure you're OK.", "make sure you're OK"),
    ("We give people a chance.", "give people a chance"),
    ("There's plenty in it for you.", "plenty in it for you"),
    ("Secure job with a solid company.", "Secure job"),
    ("Long-term work available.", "Long-term work available"),
])
def test_promise_with_nothing_named_fires(text, span):
    assert span_found(span, matches(text, "V113"))


@pytest.mark.parametrize("text", [
    "We promote from within: three of our five managers started on the shop floor.",
    "We'll train you to HGV Class 1 within six months.",
    "You will grow our client base in the North West.",
    "Nurture seedlings in the propagation house.",
    "Help customers grow their savings.",
    "We look after our own vehicles in our Leeds workshop.",
    "We'll help you grow into a supervisor role within 12 months through our in-house course.",
    "Progression to Senior Technician after 18 months, with a pay rise to £32,000.",
    "You'll be treated to a staff party every December.",
    "Your feedback will be heard at the monthly staff forum, chaired by the MD.",
    "We're here for you from 8am to 6pm on 0800 123 456.",
    "We stand by our prices.",
    "We give people a chance to try the kit before buying.",
    "Secure job sites with fencing at the end of each day.",
    "Long-term work: a 3-year contract on the M62 scheme.",
    "Steady work with a 40-hour week guaranteed.",
    "Permanent job, full time.",
    "Patients will be treated with dignity.",
])
def test_promise_with_a_named_thing_stays_silent(text):
    assert matches(text, "V113") == []


# -- V117: a benefits list of kinds ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("Benefits:\n\n- Career progression\n- Pension at 5%", "Career progression"),
    ("What we offer:\n\n- Job security\n- Free parking on site", "Job security"),
    ("WHAT WE OFFER:\n\n- TRAINING\n- Company van", "TRAINING"),
    ("Benefits: Training, Progression, Good team.", "Progression"),
    # the item after a duty-verb item is its own line, not the verb's object
    ("Benefits:\n\n- Training\n- Great team.", "Great team"),
])
def test_benefit_of_a_kind_fires(text, span):
    assert span_found(span, matches(text, "V117"))


@pytest.mark.parametrize("text", [
    # one kind among named benefits (30 dev ads of one US federal template)
    "Benefits:\n\n- Health insurance\n- Dental insurance\n- 401(k) with 4% match\n- Paid holidays\n- Training and development",
    "Benefits:\n\n- NVQ Level 3 training paid for\n- Progression to team leader within a year",
    "Benefits:\n\n- Training: forklift licence in your first month\n- Pension",
    "Duties:\n\n- Training\n- Stock control\n- Cashing up",
    "Train staff in\ngood communication skills.",
])
def test_benefit_named_or_a_duty_stays_silent(text):
    assert matches(text, "V117") == []


# -- V301 / V303: a time given by a quantity, a frequency or an undated season ----------------------------------------

@pytest.mark.parametrize("text, code, span", [
    ("You'll work most weekends.", "V301", "most weekends"),
    ("A fair bit of overtime.", "V301", "A fair bit of overtime"),
    ("A bit of weekend work.", "V301", "A bit of weekend work"),
    ("Lots of early starts.", "V301", "Lots of early starts"),
    ("A lot of time on the road.", "V301", "A lot of time on the road"),
    ("Much of the week is spent travelling.", "V301", "Much of the week"),
    ("Nights away now and again.", "V301", "Nights away now and again"),
    ("Sometimes nights.", "V301", "Sometimes nights"),
    ("Long days at times.", "V301", "Long days"),
    ("Extra hours in peak season.", "V301", "in peak season"),
    ("Overtime at busy times.", "V301", "Overtime at busy times"),
    ("Saturday work when it's busy.", "V301", "when it's busy"),
    ("Work is seasonal.", "V301", "seasonal"),
    ("Start: once the harvest starts.", "V303", "once the harvest starts"),
    ("Start date: as soon as the funding is in.", "V303", "as soon as the funding is in"),
    ("On call some weeks.", "V301", "On call some weeks"),
    ("You'll be on the road a lot.", "V301", "on the road a lot"),
    ("Early starts and late finishes.", "V301", "Early starts and late finishes"),
    ("Sometimes you'll stay late.", "V301", "Sometimes you'll stay late"),
    ("Every now and then you'll work late.", "V301", "you'll work late"),
    ("Plenty of driving.", "V303", "Plenty of driving"),
    ("Weekends on a rota basis.", "V303", "Weekends on a rota basis"),
    ("Shifts are worked on a rota.", "V303", "Shifts are worked on a rota"),
    ("Travel across the patch.", "V303", "Travel across the patch"),
    ("Based at one of our yards.", "V303", "one of our yards"),
])
def test_open_time_fires(text, code, span):
    assert span_found(span, matches(text, code))


@pytest.mark.parametrize("text", [
    "Every other weekend.",
    "2 nights a month away.",
    "Our busiest season is summer; hours are 8am-4pm Monday to Friday all year.",
    "Hours: 7am-3pm; in peak season (July-August) 7am-5pm.",
    "Seasonal contract: 1 April to 30 September.",
    "We supply seasonal produce to local restaurants.",
    "Plenty of weekends off in winter.",
    "Most of our customers are farmers.",
    "Long days at times, up to 10 hours, paid as overtime.",
    "Some weekends, about one in three.",
    "Honestly the job is quiet most nights, expect three or four callouts a shift.",
    "Doing lots of overtime is not company policy.",
    "Weekends on a rota: one in four.",
    "Shifts are worked on a rota published six weeks ahead.",
    "Travel across the North West region.",
    "Early starts (6am) and late finishes (10pm) on alternate weeks.",
    "Sometimes you'll work with the marketing team.",
    "You'll be on the road a lot, about three days a week.",
    "Based at one of our yards in Hull or Goole.",
    "Plenty of driving, about 300 miles a week.",
    "We're hiring servers for Saturday and Sunday shifts over the summer season.",
])
def test_time_with_its_measure_stays_silent(text):
    assert [m for code in ("V301", "V303") for m in matches(text, code)] == []


# -- V102 / V116: clichés beyond the lexicon ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, code, span", [
    ("It's never the same day twice.", "V102", "never the same day twice"),
    ("You'll never have a boring day.", "V102", "never have a boring day"),
    ("We're not like other salons.", "V116", "not like other salons"),
    ("You won't find a better place to work.", "V116", "find a better place"),
    ("Different from anything you've done before.", "V116", "Different from anything you've done before"),
    ("Forget everything you know about recruitment.", "V116", "Forget everything you know about recruitment"),
    ("We're not a normal company.", "V116", "not a normal company"),
    ("We really are different.", "V116", "We really are different"),
])
def test_cliche_fires(text, code, span):
    assert span_found(span, matches(text, code))


@pytest.mark.parametrize("text", [
    "Unlike other sites, this one has no night shift.",
    "Not like other jobs in the area, we pay weekly.",
    "Different from our Leeds role, this one is days only.",
    "We can't find a better supplier than Bakers Ltd for flour.",
    "This is not a normal-hours role: shifts are 6pm to 2am, four nights a week.",
])
def test_cliche_with_its_fact_stays_silent(text):
    assert [m for code in ("V102", "V116") for m in matches(text, code)] == []
