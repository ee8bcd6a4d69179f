"""V118 unbounded-duty, vague18 (session 34): the classes writers S and T wrote and V118 missed, read from the same
grammar. A duty told as a noun or an adjective ("exposure to", "involvement in", "responsible for") before an
unbounded object; more generic nouns of work (activities, functions, operations, initiatives, projects) and
free-choice words (diverse, numerous, other); a bare "stuff"; and a manner that leaves the duty open ("in any way
possible", "where you can", "and everything in between"). Near-misses: a named field after the object ("of the
depot"), the employer's help to the applicant ("we will support you in any way we can"), "where you can" opening a
description ("an agency where you can work with ..."), "get stuff done", a concrete object. Fixture text is written
for these tests, not taken from the writers' files.
"""
from __future__ import annotations

import pytest

from conftest import findings_in


def v118(text: str) -> list[str]:
    return [d.match for d in findings_in(text, "V118")]


@pytest.mark.parametrize("text, match", [
    ("Exposure to assorted activities across the plant.", "assorted activities"),
    ("Involvement in numerous initiatives as they come up.", "numerous initiatives"),
    ("You will be responsible for any other functions the director sets.", "any other functions"),
    ("Contribute to various projects when the workload allows.", "various projects"),
    ("SUPPORT ALL OPERATIONS WHEN ASKED", "ALL OPERATIONS"),
    ("You'll help the chef with general stuff before service.", "general stuff"),
    ("Assist the office manager in any way possible.", "in any way"),
    ("Pitch in on the shop floor wherever you can.", "wherever you can"),
    ("Manage the weekly rota and everything in between.", "everything in between"),
    ("Support other job functions when needed.", "other job functions"),
])
def test_fires_on_the_duty(text, match):
    assert match in v118(text), v118(text)


@pytest.mark.parametrize("text", [
    "Manage all operations of the Stockport depot and its 14 drivers.",  # a figure and a name
    "Manage all operations of the depot.",                              # "of the" names the field
    "We will support you in any way we can during your induction.",     # the employer's help to the hire
    "If you are looking for a team where you can learn fast, apply.",   # a place described, not a manner
    "You'll enjoy making calls to get stuff done.",                      # "get stuff done": no duty's object
    "Help with the admin stuff on Fridays.",                            # a noun names the stuff
    "Residents join in various activities every afternoon.",            # no duty verb: what residents do
    "Take part in all team activities such as the Friday quiz.",        # a list follows
])
def test_silent_on_near_misses(text):
    assert v118(text) == []
