"""Session 52: five gaps session 51 saw and left, each mended as a mechanism with cases that must fire and near-misses
that must not.

1. D810: a photograph the applicant is told to make and then send ("Please take a recent photo of yourself and send
   it with your CV") drew nothing: the request frame read its verb only before the term. The request's verb after the
   term, on a pronoun for it ("... and send it with your CV", "... and whatsapp it to"), is a request too.
2. D502: citizenship as one of the statuses listed as the ways to meet a right-to-work demand ("You must be an
   Australian citizen, permanent resident or hold a valid work visa") admits every lawful worker; D510 read that list
   as another sense since session 51 and D502 did not. The list has one home now (frames.yaml ``shared-senses``, read
   by both) and takes the verb before the visa ("hold a valid work visa").
3. D102: a possessive or object pronoun after a hire that someone already there needs ("Our client, a retired judge,
   needs a driver for his weekly appointments") is the one who needs, in that clause.
4. D102: a pronoun after one read as someone else, of the same sex and with no person named between, is that person
   too ("You will report to him directly, and cover his diary when he is on leave").
5. "irrespective of" was an equal-opportunity statement wherever it stood, so "Irrespective of qualifications, we only
   take school leavers aged 16 to 18" was silent (the whole sentence read as the statement); before a selection of its
   own later in the sentence ("only", "must") it is not one now ("Applicants are assessed on merit, irrespective of
   where they trained" stays a statement, tests/test_eeo_home.py).
6. Both ends of the age range named together, neither chosen ("Fresh graduate or 40 years in the trade, we want to
   hear from you", "From school leavers to retirees, everyone is welcome"): the whole range, a widening
   (``context.names_whole_range``, context.yaml ``opposite-poles``); the bias model reads it only with a welcome in the
   sentence (``welcomes_whole_range``). Both ends inside a frame that fits or prefers ("Would suit a school leaver or a
   semi-retired person") still fire.
7. Two near-misses recall52 saw firing: a photograph declined ("No photos, please": "no X, please" excludes people,
   of a photograph it asks not to send one) and leave or pay for a new parent offered with its amount or pay ("You
   will have 26 weeks' maternity leave at full pay": the benefit, not the hire's plans); other senses of D810 and D610.

Measured: the dev corpus byte-identical (``--select ALL --format json --no-cache``); the unread bias sets unchanged
(``scripts/eval_unread.py --kind bias --per-case``: 592/75/162, per-case fp 51).
"""
from __future__ import annotations

import pytest

from conftest import bias_findings, loud_bias_matches
from test_nearmiss51 import pronoun_findings
from jdlint.diagnostics import Severity


def loud(text: str) -> list[tuple[str, str]]:
    """(code, match) of every bias warning or error on ``text``."""
    return [(d.code, d.match) for d in bias_findings(text)
            if d.category.startswith("bias.") and d.severity >= Severity.warning]


PHOTO_SENT_AFTER = [
    "Please take a recent photo of yourself and send it with your CV.",
    "Take a selfie and whatsapp it to 0777 123456 with your name.",
    "Snap a clear picture of yourself, then email it to hr@lagunaspa.example with your details.",
]

PHOTO_OTHER = [
    "Take photos of each finished cake and upload them to our Instagram.",
    "Take a photo of the meter reading and send it to the office.",
    "Take a recent photo of the damage and send it to the insurer.",
    "You will take photos of each room for the listing and send them to the owner.",
    "Please send your CV; no photo needed.",
]


@pytest.mark.parametrize("text", PHOTO_SENT_AFTER)
def test_a_photo_made_then_sent_is_asked_for(text):
    assert loud_bias_matches(text, "appearance"), loud(text)


@pytest.mark.parametrize("text", PHOTO_OTHER)
def test_photos_of_things_or_the_work_stay_silent(text):
    assert not loud_bias_matches(text, "appearance"), loud(text)


STATUS_LISTS = [
    "You must be an Australian citizen, permanent resident or hold a valid work visa.",
    "Applicants must be a UK citizen, have settled status or hold a valid work visa.",
    "Candidates must be Canadian citizens, permanent residents or have a valid work permit.",
]

CITIZENSHIP_DEMANDS = [
    "You must be an Australian citizen.",
    "US citizens or green card holders only.",
    "Must be an Australian citizen or permanent resident.",
]


@pytest.mark.parametrize("text", STATUS_LISTS)
def test_citizenship_among_the_ways_to_work_lawfully_is_no_demand(text):
    assert not loud_bias_matches(text, "origin"), loud(text)


@pytest.mark.parametrize("text", CITIZENSHIP_DEMANDS)
def test_citizenship_without_a_work_visa_in_the_list_still_fires(text):
    assert any(code == "D502" for code, _ in loud(text)), loud(text)


SOMEONE_THERE_NEEDS = [
    "Our client, a retired judge, needs a driver for his weekly appointments.",
    "Mr Patel is looking for a PA to manage his diary and his travel.",
    "The owner needs a housekeeper who can cook his meals.",
    "Our client, an elderly gentleman in Bath, needs a part-time carer for his daily walks.",
]

THE_HIRE_AGAIN = [
    "Our client needs a driver. He must hold a clean licence.",
    "Our client needs a driver and he must hold a clean licence.",
    "Our client needs a driver; his duties include loading the van.",
    "We need a driver for his own round in Leeds.",
]


@pytest.mark.parametrize("text", SOMEONE_THERE_NEEDS)
def test_a_pronoun_about_whoever_needs_the_hire_is_silent(text):
    assert not pronoun_findings(text)


@pytest.mark.parametrize("text", THE_HIRE_AGAIN)
def test_the_hire_after_the_need_still_fires(text):
    assert pronoun_findings(text)


SAME_PERSON_AGAIN = [
    "You will report to him directly, and cover his diary when he is on leave.",
    "Our founder built the firm in 1990. You will support him and manage his calendar when he travels.",
    "Meet Dana, our head baker. You will learn from her, and she will show you her sourdough.",
]

SOMEONE_NEW_BETWEEN = [
    "You will report to him directly. The new assistant will need her own car.",
    "You will support him in the office. The successful driver must have his own van.",
]


@pytest.mark.parametrize("text", SAME_PERSON_AGAIN)
def test_a_pronoun_after_one_about_someone_else_is_that_person(text):
    assert not pronoun_findings(text)


@pytest.mark.parametrize("text", SOMEONE_NEW_BETWEEN)
def test_the_hire_named_between_is_the_hire(text):
    assert pronoun_findings(text)


IRRESPECTIVE_SELECTS = [
    "Irrespective of qualifications, we only take school leavers aged 16 to 18.",
    "Irrespective of experience, applicants must be under 30.",
]

IRRESPECTIVE_STATEMENTS = [
    "We recruit irrespective of age, race, sex, religion or disability.",
    "Applications are considered irrespective of gender or ethnicity.",
]


@pytest.mark.parametrize("text", IRRESPECTIVE_SELECTS)
def test_irrespective_of_something_else_then_a_selection_fires(text):
    assert loud_bias_matches(text, "age"), loud(text)


@pytest.mark.parametrize("text", IRRESPECTIVE_STATEMENTS)
def test_irrespective_of_the_grounds_is_a_statement(text):
    assert not loud(text)


WHOLE_RANGE = [
    "Fresh graduate or 40 years in the trade, we want to hear from you.",
    "From school leavers to retirees, everyone is welcome.",
    "Whether you're a recent graduate or a seasoned professional, we'd love to hear from you.",
    "We hire digital natives and silver surfers alike.",
    "Experienced or newly qualified, we will train you in our methods.",
]

ONE_END_CHOSEN = [
    "Recent graduates or young people preferred.",
    "We want school leavers and students, not retirees.",
    "Would suit a school leaver or a semi-retired person.",
    "We prefer someone in their twenties to someone in their fifties.",
    "Seasoned veterans preferred over young graduates.",
]


@pytest.mark.parametrize("text", WHOLE_RANGE)
def test_both_ends_of_the_age_range_welcomed_is_no_preference(text):
    assert not loud_bias_matches(text, "age"), loud(text)


@pytest.mark.parametrize("text", ONE_END_CHOSEN)
def test_one_end_chosen_or_both_in_a_fit_frame_still_fires(text):
    assert loud_bias_matches(text, "age"), loud(text)


OFFERED_OR_DECLINED = [
    "No photos, please.",
    "No photos please - we judge on your CV alone.",
    "You will have 26 weeks' maternity leave at full pay.",
    "Enhanced parental leave and paternity pay at 90% for six weeks.",
]

STILL_SCREENS = [
    "Applications without a photo will not be considered.",
    "No photo, no interview.",
    "Not suitable for anyone planning maternity leave soon.",
    "We cannot accommodate maternity leave in this role.",
]


@pytest.mark.parametrize("text", OFFERED_OR_DECLINED)
def test_a_photo_declined_or_parental_leave_offered_is_silent(text):
    assert not loud(text)


@pytest.mark.parametrize("text", STILL_SCREENS)
def test_a_photo_demanded_or_leave_refused_still_fires(text):
    assert loud(text)
