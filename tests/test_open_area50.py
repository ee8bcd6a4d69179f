"""V119 vague-sentence (session 50): a place named after "in", "across", "around" ... makes a sentence a fact the reader
can check (``says_where``, tests/test_vague_sentence16.py), unless a word leaves the place open within the area named
("anywhere in", "various sites across", "several branches in", "in and around": the job is somewhere in it, a fact still
to come). Training writers AX, AZ and TH labelled such open places vague, and the place gate kept them silent.
(A month read as no place, "sometime in August", was tried with it and dropped: no unread case moved, and the model
then read "Strawberry pickers wanted from May." as vague.)

The gate is asked directly, and through the rule at a threshold one point below the sentence's own score, where only
the gate keeps a sentence silent (conftest.v119_below's reading: a retrain moves the scores, not this)."""
from __future__ import annotations

import pytest

from conftest import findings_in
from jdlint.checks.vague_sentence import DEFAULT_THRESHOLD, model, says_where

OPEN = [
    "Must be willing to work anywhere in Gauteng.",
    "Various sites across Yorkshire, wherever the contracts come in.",
    "You'll cover several branches in Greater Manchester.",
    "Based in and around Bristol, with travel between clients.",
    "Drivers work from different depots in the West Midlands.",
]
PLACES = [
    "You will go to sites across Kent.",  # an area alone is a place (vague46's probe p46-a_promise-128)
    "Our depot in Leeds runs two shifts.",
    "Join the lab at the University of Maine as a research technician.",
    "The branch in Mansfield opens at seven and closes at four.",
    "We're a friendly little pub in the heart of Hebden Bridge.",
]


def v119_below(text: str) -> list[str]:
    at = min(DEFAULT_THRESHOLD, model().score(text) - 1)
    return [d.match for d in findings_in(text, "V119", rule_options=(("V119", (("threshold", at),)),))]


@pytest.mark.parametrize("text", OPEN)
def test_an_open_place_does_not_say_where(text):
    assert not says_where(text, model().word_classes)
    assert v119_below(text) == [text]


@pytest.mark.parametrize("text", PLACES)
def test_a_named_place_or_area_says_where(text):
    assert says_where(text, model().word_classes)
    assert v119_below(text) == []
