"""Vague classes widened by helper vague46, on probes written by SHAPE before any read writer's misses were looked at
(tests/data/vague46_probes.yaml; its header gives the three shapes).

- V113 (the growth promise with nothing named, one pattern): an offer frame (we offer / you'll get / you'll enjoy /
  in return / join us for / a label's colon / the head of a line) before a noun of chance and a verb of growing with
  nothing grown into ("We offer room to grow", "Potential to progress", "a chance to shine"), bare or praised prospects,
  experience praised as what the job gives, the employer's care or investment promised ("We'll look after you", "We
  invest in our people"), reward or recognition promised ("Your hard work will be rewarded"), advancement by its speed
  or clarity ("a clear path to leadership", "fast-track progression"), the hire's good called the employer's priority,
  success equipped for ("We set you up for success"), growth as a share of the employer's ("As we grow, so will you"),
  going far, a career slogan and an ambition fulfilled. Silent when the clause names the step, the scheme, a figure or
  the object ("room to grow into a shift lead within 12 months", "We'll look after your travel costs").
- V103: "work hard" paired with fun said other ways ("we work hard but we have a laugh").
- V116: the employer set apart or renowned with nothing shown ("We do things differently.", "Renowned for quality").
- V117: "a laugh" / "a hoot" as a praise noun, raised by a plain word ("the team are a great laugh").
- V304: the requirement noun as the object of a duty of teaching, developing, promoting or checking is the work, not a
  requirement (context.yaml `duty-object-before`, V304 now skips `duty`): "Train staff in good communication skills";
  and praised awareness, acumen or sense of a named kind and a telephone manner ("Good commercial awareness"), and
  experience said to be proven or plentiful with nothing after it ("Proven experience.", "Plenty of experience essential").

Fire cases assert the rule itself and each fails at 6f123c9 (base46), but two V304 cases kept as the duty guard's
contrast ("Good communication skills.", "Ensure you have the relevant certifications.": the applicant as the object).
"""
from __future__ import annotations


import pytest

from conftest import matches_in_a_posting as matches, span_found, vague_probe_outcome

#: probes still open at the end of session 46, each a known gap: a superlative of the customers (V116's heads are the
#: employer's own); off-span or silent-case alarms of other rules (V107 "make your mark" and "second to none" with the
#: thing named, the V119 sentence model, V105 on "Juggling" classes) and the employer training the hire ("We will train
#: you in good customer service skills": `duty` reads no object "you", so "ensure you have ..." stays a requirement)
OPEN_MISSES = {"p46-b_cliche-033"}
#: session 49 (V119 retrained with the released writers' cases at half weight): alarms + p46-a_promise-070,
#: p46-a_promise-117, p46-b_cliche-077, p46-c_req-030, p46-c_req-034 - p46-b_cliche-045
OPEN_ALARMS = {"p46-a_promise-070", "p46-a_promise-083", "p46-a_promise-117", "p46-b_cliche-041", "p46-b_cliche-065",
               "p46-b_cliche-077", "p46-c_req-030", "p46-c_req-034", "p46-c_req-035", "p46-c_req-049"}


@pytest.fixture(scope="module")
def probe_scores():
    return vague_probe_outcome("vague46_probes.yaml")


def test_probes_hold(probe_scores):
    misses, alarms = probe_scores
    assert misses == OPEN_MISSES
    assert alarms == OPEN_ALARMS


# -- V113: an offer with nothing named ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("We offer room to grow.", "room to grow"),
    ("WHAT WE OFFER: EXCELLENT PROSPECTS", "EXCELLENT PROSPECTS"),
    ("We offer opportunities to develop.", "opportunities to develop"),
    ("Benefits: investment in you.", "investment in you"),
    ("We will invest in your future.", "invest in your future"),
    ("In return, you'll be looked after properly.", "looked after"),
    ("We'll look after you.", "look after you"),
    ("Potential to progress.", "Potential to progress"),
    ("You will gain invaluable experience.", "invaluable experience"),
    ("You'll learn loads.", "learn loads"),
    ("Your contribution will be recognised.", "Your contribution will be recognised"),
    ("A clear path to leadership.", "clear path to leadership"),
    ("Fast-track progression.", "Fast-track progression"),
    ("Your wellbeing matters to us.", "Your wellbeing matters to us"),
    ("We set you up for success.", "set you up for success"),
    ("As we grow, so will you.", "As we grow, so will you"),
    ("Opportunities will open up as we grow.", "Opportunities will open up as we grow"),
    ("The role will grow with you.", "The role will grow with you"),
    ("You'll go places with us.", "You'll go places with us"),
    ("Launch your career with us.", "Launch your career with us"),
    ("Realise your ambitions.", "Realise your ambitions"),
])
def test_offer_with_nothing_named_fires(text, span):
    assert span_found(span, matches(text, "V113"))


@pytest.mark.parametrize("text", [
    "We offer room to grow into a shift lead within 12 months.",
    "Roots need room to grow, so leave 30 cm between plants.",
    "We offer opportunities to develop through our funded CIPD Level 5 course.",
    "Investment in your future: we match pension contributions up to 6%.",
    "You will be looked after by a mentor for your first 8 weeks, then move to your own caseload.",
    "We'll look after your travel costs.",
    "We invest in our people through a funded degree apprenticeship.",
    "Your hard work will be rewarded with a quarterly bonus of up to 10%.",
    "A clear path to Senior Technician within 18 months.",
    "Keep a clear path to the fire exits at all times.",
    "We're in a period of rapid growth, opening 12 stores this year.",
    "Your development is supported through a £1,000 training budget and a CIPD course.",
    "Set customers up for success with onboarding calls.",
    "The opportunity to develop software for air traffic control.",
    "Valuable experience in Xero is required.",
    "The role will grow with the business into a Head of Finance post within two years.",
    "As we grow, so will your team: you will hire two analysts in 2025.",
    "Start your career with us as a trainee technician on £24,000.",
    "Help clients achieve their goals.",
    "Opportunities will arise to work overtime at weekends.",
    "We do not offer room to grow.",
])
def test_offer_with_a_named_thing_stays_silent(text):
    assert matches(text, "V113") == []


# -- clichés beyond the lexicon ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, code, span", [
    ("We work hard but we have a laugh.", "V103", "work hard but we have a laugh"),
    ("Work hard, party harder.", "V103", "Work hard, party harder"),
    ("We do things differently.", "V116", "We do things differently"),
    ("We're different.", "V116", "We're different"),
    ("Renowned for quality.", "V116", "Renowned for quality"),
    ("The team are a great laugh.", "V117", "a great laugh"),
])
def test_cliche_classes_fire(text, code, span):
    assert span_found(span, matches(text, code))


@pytest.mark.parametrize("text, code", [
    ("We do things differently: every engineer owns a client.", "V116"),
    ("We are known for our sourdough.", "V116"),
    ("We are different from other agencies in one way: we pay weekly.", "V116"),
    ("Work hard to have fun in your spare time.", "V103"),
    ("It was a riot of colour.", "V117"),
    ("The kids had a good laugh at the show.", "V117"),
])
def test_cliche_near_misses_stay_silent(text, code):
    assert matches(text, code) == []


# -- V304: a requirement with no measure, not a duty's object ----------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("Good communication skills.", "Good communication skills"),
    ("Good health and safety awareness.", "Good health and safety awareness"),
    ("Good commercial awareness.", "Good commercial awareness"),
    ("Excellent telephone manner.", "Excellent telephone manner"),
    ("Ensure you have the relevant certifications.", "the relevant certifications"),
    ("Proven experience.", "Proven experience"),
    ("Plenty of experience essential.", "Plenty of experience"),
    ("EXTENSIVE EXPERIENCE REQUIRED", "EXTENSIVE EXPERIENCE"),
])
def test_requirement_fires(text, span):
    assert span_found(span, matches(text, "V304"))


@pytest.mark.parametrize("text", [
    "Train staff in good communication skills.",
    "Promote health and safety awareness across the site.",
    "Develop the team's computer skills through weekly sessions.",
    "Help pupils build strong literacy skills.",
    "Support learners to gain the relevant qualifications.",
    "Improve the IT skills of volunteers at the library.",
    "Ensure staff hold the relevant certifications before they work at height.",
    "Foster strong teamwork skills within the shift.",
    "Model excellent communication skills for the class.",
    "Verify that contractors have the required licences.",
    "Raise safeguarding awareness among volunteers.",
    "Explain the relevant tickets to passengers.",
    "Check that all drivers hold the appropriate licence.",
    "We have extensive experience.",
    "Proven experience and ability in public relations writing and editing.",
    "Proven experience of managing a team of 10.",
    "You will gain plenty of experience.",
])
def test_requirement_as_a_duty_object_stays_silent(text):
    assert matches(text, "V304") == []
