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
    ("Our ideal barista radiates friendliness.", "V114", "friendliness"),
    ("She exudes a quiet steadiness that patients trust.", "V114", "a quiet steadiness"),
    ("Bring boundless curiosity and a love of spreadsheets.", "V114", "Bring boundless curiosity"),
    ("Every host lives and breathes our values.", "V114", "lives and breathes our values"),
    # set apart with any head noun
    ("Join Bristol's most ambitious housing charity.", "V116", "Bristol's most ambitious housing charity"),
    ("Join the UK's most loved sandwich chain.", "V116", "UK's most loved sandwich chain"),
    ("We are not your average call centre.", "V116", "not your average call centre"),
    ("This is no ordinary garden centre.", "V116", "no ordinary garden centre"),
    ("Enjoy an exciting mix of strategy and delivery.", "V113", "an exciting mix of strategy and delivery"),
    ("A unique combination of craft and commerce awaits.", "V113", "A unique combination of craft and commerce"),
    # jargon compounds with an abstract modifier
    ("Own the end-to-end customer journey for our app.", "V113", "the end-to-end customer journey"),
    ("Drive engagement across the wider partner ecosystem.", "V113", "the wider partner ecosystem"),
    # vague duties with an open object
    ("Provide general operational support across the branch network.", "V201", "general operational support"),
    ("Offer ad hoc project support to the board.", "V201", "ad hoc project support"),
    ("Be ready to muck in with bits and pieces around the yard.", "V201", "muck in with bits and pieces"),
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
    ("The team's most senior engineer is your mentor.", "V116"),                # a rank, not a place's boast
    ("London's most deprived boroughs are our focus.", "V116"),                 # a fact about the place
    ("It's best to think about it first.", "V116"),                             # dev 0587: a contraction
    ("Named one of the World's Most Ethical Companies.", "V116"),               # dev 0484: a ranking's name
    ("One of the nation's most academically complex universities.", "V116"),   # dev 0670: a description
    ("No ordinary shares were issued this year.", "V116"),                      # finance, not a boast
    ("We bake with a blend of rye and spelt flour.", "V113"),                   # a recipe
    ("Our chocolatiers use a unique blend of cocoa and hazelnuts.", "V113"),
    ("The customer journey mapping tool is Miro.", "V113"),                     # a design term alone
    ("General Statement of Duties", "V201"),                                    # dev 0509: a heading
    ("Provide general ledger support to the finance director.", "V201"),        # a field's name
    ("Provide general admin support: filing, post and diaries.", "V201"),       # a list follows
])
def test_near_misses_stay_silent(text, code):
    assert findings(text, code) == []
