"""V119 vague-sentence, vague18 (session 34): a sentence that reads as vague only through words used in their literal
sense is scored again without them (vague_sentence.literal_weight_only, jdlint/data/literal_senses.yaml). Retrained with
writers S and T, the model learned "back" from "has your back", "hero" from "be a hero", "home" from "a home from home";
in a clinic, on a web page or in a care home those words say what the work is. The rest of a claim still counts.
Fixture text is written for these tests.
"""
from __future__ import annotations

import pytest

from conftest import findings_in
from jdlint.checks.vague_sentence import DEFAULT_THRESHOLD, model


def v119(text: str) -> list[str]:
    return [d.match for d in findings_in(text, "V119")]


@pytest.mark.parametrize("text", [
    "Most of our patients come in with back pain after long drives.",
])
def test_a_literal_sense_does_not_make_the_sentence_vague(text):
    # the model alone reads it as vague (through "back"): the literal reading is what keeps it silent; the suite's
    # older near-misses ("Back pain is the commonest complaint ...", "a hero image for every product page", "Our care
    # home offers a varied range of activities for residents.") are kept silent the same way
    assert DEFAULT_THRESHOLD < model().score(text)
    assert v119(text) == []


@pytest.mark.parametrize("text", [
    "Our care home is a home from home for every resident and a family for our staff.",
    "Our physio team has your back every single day.",
])
def test_the_rest_of_a_claim_still_counts(text):
    assert v119(text) == [text]
