"""Gender-coded words (D201/D202) said of someone or something other than the hire (gcoded42): the employer as "we"
doing the coded verb or fronting it, a thing, a body or the people served as the coded verb's subject, a relative
clause with a contracted subject, a bare plural thing as the subject, a second adjective of a complement, an
adjective list before a thing, and words of other senses (a passive "-able", a job title, a school's provision).

Fixture text is written for these tests; the dev-corpus sentences they echo are named where they were met.
"""
from __future__ import annotations

import pytest

import jdlint
from jdlint.config import Config


def words(text: str) -> list[str]:
    report = jdlint.lint_text("# Job\n\n" + text + "\n", path="t.md", config=Config(select=("D2",)))
    return [d.match.lower() for d in report.diagnostics if d.code in ("D201", "D202")]


# The employer as "we" doing the coded verb, or a coded word in the phrase fronted to "we" (dev corpus: "We nurture the
# wellbeing of our community", "Together, we are shaping the future", "As a trusted partner, we continually focus").
@pytest.mark.parametrize("text", [
    "We nurture our people with a training budget of two thousand pounds.",
    "We'll support your visa application.",
    "At Acme we challenge ourselves to ship every week.",
    "Together, we are shaping the future of web measurement.",
    "As a trusted partner, we help hospitals run their wards.",
])
def test_the_employer_as_we_is_silent(text):
    assert words(text) == []


# ... but what "we" want, and a fronted phrase that names the hire, stay the hire's.
@pytest.mark.parametrize("text,word", [
    ("If you're confident, we want to hear from you.", "confident"),
    ("We value togetherness above all.", "togetherness"),
    ("We want someone trustworthy to handle the till and the safe.", "trustworthy"),
    ("We look for people who connect easily with others.", "connect"),
])
def test_what_we_want_of_the_hire_stays(text, word):
    assert word in words(text)


# A coded verb whose subject is a thing, a body or the people served: their doing, not a trait asked of the hire.
@pytest.mark.parametrize("text", [
    "The board will decide on promotions in March.",
    "The panel decides by Friday.",
    "Our software leads the market in route planning.",
    "Clients trust us with their keys.",
])
def test_a_coded_verb_of_another_subject_is_silent(text):
    assert words(text) == []


# ... a person, the hire or a noun compound (no verb agreement) keeps it counted; a noun after a verb is no verb.
@pytest.mark.parametrize("text,word", [
    ("The senior associate nurtures trainees and reviews their first drafts.", "nurtures"),
    ("You persist where others give up.", "persist"),
    ("The team challenge is on Friday.", "challenge"),
    ("Our engineers challenge each other in code review.", "challenge"),
    ("Applicants must decide by June whether to relocate.", "decide"),
    ("Shows sympathy and tact on escalation calls.", "sympathy"),
])
def test_a_coded_verb_of_a_person_stays(text, word):
    assert word in words(text)


# A relative clause whose subject is contracted with its auxiliary still names the people served as the subject.
@pytest.mark.parametrize("text", [
    "The patients you'll meet may be aggressive or confused.",
    "The clients you\u2019ve supported are loyal to the brand.",
])
def test_the_served_with_a_contracted_relative_are_silent(text):
    assert words(text) == []


# A bare plural thing of the lists as the subject at a clause's start; a bare plural of people stays counted.
def test_a_bare_plural_thing_subject_is_silent():
    assert words("Deadlines can be challenging during peak season.") == []
    assert "assertive" in words("Negotiators must be assertive with suppliers.")


# The second adjective of a complement of a thing ("Keep the nursery warm and quiet"); of people it stays counted.
# Someone the hire reports to, works beside or learns from, and a person of "your", is not the hire; "your team" and
# "your colleagues" are the hire's own group and stay counted.
@pytest.mark.parametrize("text", [
    "You'll report to a supportive, experienced manager.",
    "You'll work alongside a kind, patient mentor.",
    "Mentoring from a confident senior engineer.",
    "Your manager is supportive and experienced.",
    "Your line manager is a decisive leader.",
])
def test_someone_the_hire_works_under_is_silent(text):
    assert words(text) == []


@pytest.mark.parametrize("text,word", [
    ("You'll work alongside supportive colleagues.", "supportive"),
    ("Your team is collaborative and kind.", "kind"),
    ("You are supportive of your manager.", "supportive"),
])
def test_the_hires_own_group_stays(text, word):
    assert word in words(text)


def test_a_second_adjective_of_a_things_complement_is_silent():
    assert words("Keep the nursery warm and quiet during nap time.") == []
    assert words("Keep the team supportive and kind.") == ["supportive", "kind"]


# An adjective list before a thing ("a quiet, calm waiting room"); before a person or a trait, or as a fragment, it
# stays counted.
def test_an_adjective_list_before_a_thing_is_silent():
    assert words("The clinic has a quiet, calm waiting room.") == []


@pytest.mark.parametrize("text,word", [
    # a longer list runs on to a head past the words read: the skills and the manner are the hire's (dev corpus)
    ("Strong interpersonal, analytical, problem-solving, negotiation skills.", "interpersonal"),
    ("Self starter with excellent interpersonal, motivational and facilitation skills.", "interpersonal"),
    ("Behaves in an honest, fair, and ethical manner.", "honest"),
    ("An intense competitive spirit with an assertive, confident personalityExcellent written skills", "assertive"),
    ("Hire bold, creative copywriters.", "bold"),
    ("Confident, calm under pressure.", "confident"),
    ("A warm, professional manner on the phone.", "warm"),
    ("Seeking a decisive, hands-on site manager.", "decisive"),
    ("We want a gentle, caring nurse for our hospice.", "gentle"),
])
def test_an_adjective_list_before_a_person_stays(text, word):
    assert word in words(text)


# Words of other senses: what can be understood or supported (dev corpus), a job title, an instrument, a school's
# provision.
@pytest.mark.parametrize("text", [
    "Document work in plain language that is understandable to its audience.",
    "Ensure the tools are reliable, supportable and maintainable.",
    "Childminders must be Ofsted registered.",
    "The forceps must be sterilised after use.",
    "Nurture groups run on Tuesday afternoons.",
    "Hostile takeover experience in M&A is a plus.",
    "Dominant hand strength test for machine operators.",
    "Our athletics track is open to staff.",
    "Tenderloin and brisket prep in the kitchen.",
    "Cheers to our tenth year in business!",
    "Cheerleader coach for the school squad.",
    "Sensitivity analysis on the financial model.",
    "Emotionally charged calls are routed to senior staff.",
    "Challenge 25 policy applies to all alcohol sales.",
    "Compassion fatigue support is available to all nurses.",
    "Empathy map templates in Miro.",
    "Modesty panels for the reception desks.",
    "Analytic geometry tutor for A-level students.",
])
def test_other_senses_are_silent(text):
    assert words(text) == []


@pytest.mark.parametrize("text,word", [
    ("Be understanding when guests complain about delays.", "understanding"),
    ("A nurturing presence in the toddler room.", "nurturing"),
    ("Supportive of colleagues during peak season.", "supportive"),
    ("Athletic build and a love of the outdoors.", "athletic"),
    ("A tender touch with newborns.", "tender"),
    ("Cheerful and chatty on the phones.", "cheerful"),
    ("Cultural sensitivity and tact with families.", "sensitivity"),
    ("A dominant personality to run the sales floor.", "dominant"),
    ("Hostile to shortcuts on safety, you stop the line when you must.", "hostile"),
    ("Emotionally intelligent and calm with callers.", "emotionally"),
    ("Empathy for patients is essential.", "empathy"),
    ("Compassion for every resident.", "compassion"),
    ("Modesty about your own achievements.", "modesty"),
    ("Analytical thinkers wanted.", "analytical"),
])
def test_the_traits_of_those_stems_stay(text, word):
    assert word in words(text)
