"""Session 51 (nearmiss51): four mechanisms of the negation context and the pronoun rule, each with cases that must
fire and near-misses that must not.

1. A list-negating phrase governs its own object, not a later clause that selects (``context.list_negated``): before,
   "Regardless of your CV, we only hire people under 35" was read as denied (every word within 60 characters after
   "regardless of" was).
2. Indifference to the ground in everyday and non-native words ("No matter your age", "We not care about your age",
   "we don't care how old you are") denies it, and a frame rule reads the denial even when its cue comes after the
   ground ("..., only that you are reliable"). A training writer's near-misses (TJ, kept out of the bias model) fired
   D310 on the first two.
3. D102: a sentence that opens by introducing a name ("Meet Marco", "Contact Sarah Jones") names that person; a title
   in apposition may take five words ("Big Dave, our 6ft 5 head door supervisor").
4. D102: an object pronoun after the hire's relation to someone already there ("hiring a sous chef to join him", "to
   support her") is that person, not the hire.

Measured (scripts/eval_unread.py --kind bias --per-case): the unread sets unchanged (592/81/162, per-case fp 56, with
writer BH); TJ (read) false alarms 15 -> 11; the dev corpus byte-identical (--select ALL).
"""
from __future__ import annotations

import pytest

from conftest import bias_findings, loud_bias_matches
from jdlint.context import list_negated
from jdlint.diagnostics import Severity


def pronoun_findings(text: str) -> list[str]:
    """D102's warnings on ``text`` (the other gender rules' findings are not what these cases test)."""
    return [d.match for d in bias_findings(text) if d.code == "D102" and d.severity >= Severity.warning]


@pytest.mark.parametrize("before, denied", [
    ("Regardless of ", True),
    ("Regardless of age, sex, religion or ", True),
    ("We welcome applicants irrespective of race, colour, ", True),
    ("No matter your background or ", True),
    ("We don't care how ", True),
    ("We not care about ", True),
    ("It doesn't matter ", True),
    ("Regardless of your CV, we only hire ", False),
    ("Whether or not you have a degree, applicants ", False),
    ("Regardless of experience, candidates must be ", False),
    ("No matter how good your CV is, we prefer ", False),
    ("We want ", False),
    # a list of grounds may end in a clause of its own words: still the phrase's object
    ("We hire regardless of age, race, or whether you have ", True),
])
def test_a_list_negating_phrase_governs_its_object_not_a_later_clause(before, denied):
    assert list_negated(before) is denied


@pytest.mark.parametrize("text", [
    "Regardless of your CV, we only hire people under 35.",
    "Regardless of experience, applicants must be under 30.",
    "Whether or not you have a degree, applicants must be under 30.",
    "With or without experience, we only take school leavers aged 16 to 18.",
])
def test_a_selection_after_the_denied_list_fires(text):
    assert loud_bias_matches(text, "age"), text


@pytest.mark.parametrize("text, category", [
    ("No matter your age or stage, our supermarket bakery team wants you.", "age"),
    ("We not care about your age, only that you are reliable and can work the weekend shift.", "age"),
    ("We don't care how old you are, only that you turn up on time.", "age"),
    ("Honestly, we don't mind whether you have kids; we just need someone for Saturday mornings.", "family"),
    ("No matter where you were born, you'll be welcome on our crew.", "origin"),
    ("Regardless of age, sex, religion or disability, all applicants are considered on merit.", "age"),
])
def test_indifference_to_the_ground_is_no_screen(text, category):
    assert not loud_bias_matches(text, category), loud_bias_matches(text, category)


@pytest.mark.parametrize("text, category", [
    ("We care about your age: applicants must be under 30.", "age"),
    ("Age matters to us: ideally you are in your twenties.", "age"),
    ("Candidates must be under 30, no matter their experience.", "age"),
    ("We don't care about your CV; we want someone young and hungry.", "age"),
])
def test_a_ground_selected_beside_indifference_to_something_else_fires(text, category):
    assert loud_bias_matches(text, category), text


@pytest.mark.parametrize("text", [
    "Meet Marco. Born in Naples, he brings his nonna's recipes to our hotel kitchen.",
    "Meet Priya. She runs our Leeds depot and she will train you on the forklift.",
    "Contact Sarah Jones on 0161 555 0101; she handles all applications.",
    "End of an era: Big Dave, our 6ft 5 head door supervisor, hangs up his badge after 20 years.",
    "We're hiring a sous chef to join him on the pass.",
    "We're hiring a kitchen porter to support her and keep the pass clean.",
    "The new bookkeeper will work alongside her and take over from him in the spring.",
    # the same relations before a title (the shared list, whose three-word phrases a title now reads too)
    "You will take over from the office manager; she has run the accounts for ten years.",
    "You will learn from the head chef, and she will teach you the sauces.",
])
def test_pronouns_about_someone_already_there_are_no_finding(text):
    assert not pronoun_findings(text), pronoun_findings(text)


@pytest.mark.parametrize("text", [
    "Meet the team. He will need a clean licence and must start at 6am.",
    "The ideal storeman is reliable. He must hold a forklift licence.",
    "Our new receptionist will greet visitors. She must be well presented.",
    "The new apprentice will learn the trade; we will pay him weekly.",
    # the employer supports the hire: the pronoun is the hire
    "Our new receptionist starts in May. We will support her through the first month.",
    "The successful apprentice will be paid weekly and we'll help him with the theory test.",
])
def test_pronouns_about_the_hire_still_fire(text):
    assert pronoun_findings(text), text
