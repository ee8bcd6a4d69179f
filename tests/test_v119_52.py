"""Session 52 (judge52's round): V119's judged wrong findings on real ads, as two classes.

1. A verbless requirement ("Bachelor's degree required.", dev 0393) scored above the threshold on "required" alone:
   the model learned it from "as required" and "when required". ``predicate_weight_only`` scores the phrase without
   its predicate; a phrase vague on its own still counts, and the elliptical markers are no verbless requirement.
2. Travel "to" a named place ("In the future, occasional travel to Ottawa may be required.", dev 0514, 0522, 0524,
   0533) says where, as "in" and "near" a name do (``LOCATED``); "welcome to Brightlane" still names the employer.

Measured: dev corpus (--select ALL) exactly those five V119 findings gone; unread vague unchanged
(scripts/eval_unread.py --kind vague --per-case: 439/40/100, per-case fp 15).
"""
from __future__ import annotations

import pytest

from jdlint.checks.vague_sentence import DEFAULT_THRESHOLD, VERBLESS_REQUIREMENT, model, predicate_weight_only, says_where
from conftest import findings_in


def v119(text: str) -> list[str]:
    return [d.match for d in findings_in("# Job\n\n" + text + "\n") if d.code == "V119"]


@pytest.mark.parametrize("sentence", [
    "Bachelor's degree required.",
    "Degree required.",
    "Full UK driving licence essential.",
    "Forklift certificate mandatory.",
])
def test_a_named_requirement_with_its_predicate_is_plain(sentence):
    assert predicate_weight_only(model(), sentence, DEFAULT_THRESHOLD)
    assert not v119(sentence)


@pytest.mark.parametrize("sentence", [
    "Other duties as required.",
    "Overtime when required.",
    "Travel if needed.",
    "Occasional travel may be required.",
    "Flexibility wherever needed.",
])
def test_elliptical_markers_are_no_verbless_requirement(sentence):
    assert VERBLESS_REQUIREMENT.match(sentence) is None


@pytest.mark.parametrize("sentence", [
    "Positive vibes and good energy required.",
    "A passion for making magic happen essential.",
])
def test_a_phrase_vague_on_its_own_still_fires(sentence):
    assert not predicate_weight_only(model(), sentence, DEFAULT_THRESHOLD)
    # V119, or the named vague rule it stands aside for
    assert [d for d in findings_in("# Job\n\n" + sentence + "\n") if d.code.startswith("V")]


@pytest.mark.parametrize("sentence, where", [
    ("In the future, occasional travel to Ottawa may be required.", True),
    ("Regular trips to Leeds are part of the job.", True),
    ("You will drive to Inverness twice a week.", True),
    ("Welcome to Brightlane, where magic happens every day.", False),
    ("Say hello to Brightlane's famous Friday vibes.", False),
])
def test_travel_to_a_named_place_says_where(sentence, where):
    assert says_where(sentence, model().word_classes) is where


def test_the_judged_sentence_is_silent():
    assert not v119("In the future, occasional travel to Ottawa may be required.")
    assert v119("Welcome to Brightlane, where magic happens every day.")
