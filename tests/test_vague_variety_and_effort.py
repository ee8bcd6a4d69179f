"""Vague wording by class, fourth round (lead): variety promised instead of described and runs of
pace and change adjectives (V102), goals claimed with force (V107), effort and temperament with no
task (V105), person-as-machine labels (V101). Each class fires on the phrase itself and stays
silent on near-misses: literal senses, negations, names, purpose clauses, wording from dev ads
(the ad is named). Fixture text is written for these tests unless a line names a corpus ad.
"""
from __future__ import annotations

import pytest

from conftest import matches_in_a_posting as findings


@pytest.mark.parametrize("text, code, match", [
    ("No two days are ever the same in our busy kitchen.", "V102", "No two days are ever the same"),
    ("Every shift is different at our garden centre!", "V102", "Every shift is different"),
    ("No day here is typical.", "V102", "No day here is typical"),
    ("You'll thrive in a busy, ever-evolving environment.", "V102", "busy, ever-evolving environment"),
    ("Our constantly evolving workplace keeps you on your toes.", "V102", "constantly evolving workplace"),
    ("Ready to smash your sales targets every month?", "V107", "smash your sales targets"),
    ("Help us take the charity to new heights.", "V107", "to new heights"),
    ("You must be willing to muck in when it gets busy.", "V105", "muck in"),
    ("A good sense of humour is a must.", "V105", "sense of humour"),
    ("We want a can-do, get-things-done mentality.", "V105", "get-things-done mentality"),
    ("Are you a sales machine? We want to hear from you.", "V101", "sales machine"),
])
def test_fires_on_the_phrase(text, code, match):
    assert match in findings(text, code), findings(text, code)


@pytest.mark.parametrize("text, code", [
    ("Each shift starts at 7 a.m. and ends at 3 p.m.", "V102"),
    ("Every day is different from the weekend rota: see the schedule below.", "V102"),
    ("Our busy environment team monitors air quality.", "V102"),                 # one adjective, a team's name
    ("Navigate government bureaucracy to get things done.", "V105"),           # dev 0514: a purpose, not a trait
    ("The sales team closed 40 new accounts last year.", "V101"),
    ("Replace worn cutting edges on the plough every October.", "V107"),       # the plural is the tool's edges
])
def test_near_misses_stay_silent(text, code):
    assert findings(text, code) == []
