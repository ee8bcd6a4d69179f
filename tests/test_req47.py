"""V304 widened by helper req47: a competence held with a DEGREE or HEDGE and no measure, in everyday words, in a
requirement frame, on probes written by SHAPE before any read writer's misses were looked at
(tests/data/req47_probes.yaml; its header gives the shapes).

- a_pred: a hedge predicate whose object is the competence ("handy with a spreadsheet", "comfortable on the phones",
  "no stranger to a spreadsheet"; knowing one's way around is V105's idiom) after a requirement frame (an item or a label's
  value, must / should / need to be, you're, someone who is, ideally).
- b_noun: a hedge noun of aptitude or amount after a requirement's verb or at an item's head ("a good head for
  figures", "a feel for design", "a basic grasp of accounts", "some time on the tools", "a bit of warehouse work").
- c_adj: a hedge degree before a competence head ("decent spreadsheet skills", "Reasonable fitness", "basic IT"), an
  X-savvy / -ally literate / numerate state, a language by degree in ALL CAPS.
Silent: the object named (a capital: "at home in Excel"), a bracket, colon, level or figure after it, the clause
going on past the object ("confident with figures after our two-week course"), no frame ("Our team are handy with
spreadsheets", "get comfortable with the phones", "you'll get a feel for the job"), pay ("Basic salary £24,000").
"""
from __future__ import annotations

import pytest

from conftest import matches_in_a_posting as matches, vague_probe_outcome

#: probes still open at the end of session 47, each a known gap: a trade or a record after a hedge degree with no
#: competence head ("Basic carpentry", "Fair driving record", "basic bookkeeping": a benefits list says "Decent hours"
#: the same way), an acronym in the slot ("Reasonable DIY skills") and praise of ability or service ("Good cooking
#: ability", "Good customer service": on the dev corpus these are mostly duties, "deliver excellent customer service")
#: session 49 (V119 retrained with the released writers' cases at half weight): misses - p47-c_adj-024
OPEN_MISSES = {"p47-c_adj-006", "p47-c_adj-008", "p47-c_adj-017", "p47-c_adj-025", "p47-c_adj-028"}
#: alarms of other rules, each there before session 47: V105's idiom on a named tool and on a question the next words
#: answer; the V119 sentence model on the employer's own and a proper name
#: session 49 (V119 retrained with the released writers' cases at half weight): alarms + p47-n_near-033 -
#: p47-n_near-035; session 50 (writers AX, AZ, TG, TH at half weight and the plain classes of session 50): + p47-n_near-010
#: ("You will handle the tools and keep the workshop tidy.", 1.57)
OPEN_ALARMS = {"p47-n_near-005", "p47-n_near-008", "p47-n_near-010", "p47-n_near-033", "p47-n_near-037",
               "p47-n_near-059"}


@pytest.fixture(scope="module")
def probe_scores():
    return vague_probe_outcome("req47_probes.yaml")


def test_probes_hold(probe_scores):
    misses, alarms = probe_scores
    assert misses == OPEN_MISSES
    assert alarms == OPEN_ALARMS


@pytest.mark.parametrize("text, span", [
    ("You'll need to be handy with a spreadsheet.", "handy with a spreadsheet"),
    ("Must be comfortable on the phones.", "comfortable on the phones"),
    ("MUST BE HANDY WITH TOOLS", "HANDY WITH TOOLS"),
    ("Ideally you'll be at ease with numbers.", "at ease with numbers"),
    ("Requirements: comfortable with technology.", "comfortable with technology"),
    ("You should be no stranger to a spreadsheet.", "no stranger to a spreadsheet"),
    ("Need someone handy with a paintbrush.", "handy with a paintbrush"),
])
def test_hedge_predicate_fires(text, span):
    assert span in matches(text, "V304")


def test_an_aptitude_with_nothing_measured_fires():
    """Session 8's lead held this silent ("a flair for numbers" names the skill): it names the skill but not how much of
    it, a requirement with no measure, as "a good head for figures" (changed at the merge of session 47)."""
    assert "A flair for numbers" in matches("A flair for numbers and a good eye for detail are needed.", "V304")


def test_a_catch_all_object_is_v118s():
    """"handy with most things": the object is a catch-all, V118's grammar (tests/test_vague_ordinary37.py), not a competence
    held with a hedge."""
    assert matches("We need a caretaker who is handy with most things.", "V304") == []


@pytest.mark.parametrize("text, span", [
    ("You'll need a good head for figures.", "a good head for figures"),
    ("Must have a knack for sales.", "a knack for sales"),
    ("You need a basic grasp of accounts.", "a basic grasp of accounts"),
    ("You'll need a reasonable grasp of English.", "a reasonable grasp of English"),
    ("Some time on the tools would be great.", "Some time on the tools"),
    ("Experience: a bit of warehouse work.", "a bit of warehouse work"),
])
def test_hedge_noun_fires(text, span):
    assert span in matches(text, "V304")


@pytest.mark.parametrize("text, span", [
    ("Decent spreadsheet skills.", "Decent spreadsheet skills"),
    ("Reasonable fitness needed.", "Reasonable fitness"),
    ("Must have basic IT.", "basic IT"),
    ("Must be social media savvy.", "social media savvy"),
    ("Should be financially literate.", "financially literate"),
    ("Numerate and literate.", "Numerate and literate"),
    ("REASONABLE ENGLISH AND BASIC MATHS", "REASONABLE ENGLISH"),
])
def test_hedge_degree_fires(text, span):
    assert any(span in m for m in matches(text, "V304"))


@pytest.mark.parametrize("text", [
    "Must be at home in Excel: pivot tables, lookups and macros.",
    "You'll be confident with figures after our two-week training course.",
    "We'll help you get comfortable with the phones.",
    "Our team are handy with spreadsheets and will show you the ropes.",
    "You must be comfortable lifting 20 kg.",
    "You're happy to work weekends.",
    "You will be at home on the road: 3 nights away a week.",
    "You're comfortable with what you know, and know how to use your team's talents.",  # dev 0535
    "Basic knowledge of how emails are sent and reputation management",  # dev 0548
    "Basic knowledge of HACCP is taught on the first day.",
    "Basic salary £24,000 plus commission.",
    "Train staff in basic food hygiene.",
    "Conversational Spanish (B1) required.",
    "We are looking for individuals who are comfortable with high-volume, fast-paced environments!",  # dev 0268: V102's
    # a condition of the job, not a competence, and a dash that is no list marker (judged strangers writers M and P)
    "- SHOULD BE COMFORTABLE WITH NIGHT SHIFTS",  # writerM 9326
    "- Happy with early starts and physical work",  # writerP 9518
    "everyone gets a day a month for professional development and free parking on site — handy in town.",  # writerM 9319
])
def test_measured_named_or_unframed_stays_silent(text):
    assert matches(text, "V304") == []


# -- Q106: a degree asked of a manual or front-line job in plain words --------------------------------------------------
@pytest.mark.parametrize("text, span", [
    ("# Car wash attendant\n\nMust be university educated.", "university educated"),
    ("# Kitchen porter\n\nA uni degree is essential.", "uni degree"),
    ("# Shelf stacker\n\nUniversity-educated candidates preferred.", "University-educated"),
])
def test_plain_degree_for_a_manual_job_fires(text, span):
    from conftest import findings_in

    assert [d.match for d in findings_in(text, "Q106")] == [span]


@pytest.mark.parametrize("text", [
    "# Software engineer\n\nUniversity-educated candidates preferred.",  # no level the degree is above
    "# Cleaner\n\nOur founder is university educated.",  # nobody asks for it
])
def test_plain_degree_where_it_is_no_inflation_stays_silent(text):
    from conftest import findings_in

    assert findings_in(text, "Q106") == []
