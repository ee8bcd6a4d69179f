"""Vague wording by frames with an open slot (vague8): the frame is stable and the content word
varies, so the slot takes a class (an abstract quality recognised by the noun's shape, -ness, -ity,
-ism, -ence/-ance, -tude, -ship, or a short list of bare ones) instead of a list of phrases.
Each frame fires on words no list holds and stays silent on near-misses: measurable things
(experience, hours, a licence), what the job offers (variety, responsibility), literal senses,
negations, names, and a noun after the quality that makes it a modifier. Fixture text is written
for these tests unless a line names a corpus ad.
"""
from __future__ import annotations

import pytest

from conftest import matches_in_a_posting as findings


@pytest.mark.parametrize("text, code, match", [
    # a quantity of an abstract quality asked of the hire
    ("You'll bring heaps of patience and a calm head to our care home in Wigan.", "V114", "heaps of patience"),
    ("Stores want someone with bucketloads of cheerfulness for the Christmas rush.", "V114", "bucketloads of cheerfulness"),
    ("We're after an installer with plenty of stubbornness when a job goes wrong.", "V114", "plenty of stubbornness"),
    ("A caring assistant with loads of kindness.", "V114", "loads of kindness"),
    ("Show tons of initiative on the shop floor.", "V114", "tons of initiative"),
    # giving off, embodying or bringing an abstract quality
    ("Our ideal barista radiates friendliness.", "V114", "radiates friendliness"),
    ("She exudes a quiet steadiness that patients trust.", "V114", "exudes a quiet steadiness"),
    ("Bring boundless curiosity and a love of spreadsheets.", "V114", "Bring boundless curiosity"),
    ("Every host lives and breathes our values.", "V114", "lives and breathes our values"),
])
def test_fires_on_the_phrase(text, code, match):
    assert match in findings(text, code), findings(text, code)


@pytest.mark.parametrize("text, code", [
    ("You need a wealth of experience in Sage 50.", "V114"),                    # measurable
    ("We need someone with lots of patience training experience.", "V114"),     # a noun follows: a modifier
    ("The role comes with plenty of variety and autonomy.", "V114"),            # what the job offers
    ("You will have plenty of responsibility from day one.", "V114"),
    ("The heater radiates heat across the workshop.", "V114"),                  # literal, not abstract
    ("Bring your own tools and a valid CSCS card.", "V114"),
    ("Candidates with plenty of exposure to IFRS 9 are welcome.", "V114"),
    ("The site has masses of parking and plenty of storage.", "V114"),
    ("We don't need someone who radiates friendliness; we need accurate dispensing.", "V114"),  # negated
    # dev 0494: the philosophy is named and explained after it
    ("A teacher who embodies our Philosophy of Education (based on a classical approach).", "V114"),
])
def test_near_misses_stay_silent(text, code):
    assert findings(text, code) == []
