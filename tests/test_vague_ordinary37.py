"""Vagueness in ordinary words (helper vague37), and the one "made concrete by what follows" context.

The work or the time named only by a catch-all word, as constructions with word classes in rules/vague.yaml
(``catch-all-decider``, ``help-place``, ``time-off-duty``,
``demand-verb`` x ``hedged-frequency``): V201 for the work ("anything the site manager asks", "help out at the
shop"; a doing verb with a catch-all object, "handle the whole thing", is V118's grammar), V301 for the time ("some evenings and weekends", "hours may vary", "visit the
site from time to time"). What follows may pin them down: skip context ``specified``
(``FileAnalysis.is_specified``, word lists ``specified-*`` in jdlint/data/context.yaml), shared by V104, V105,
V118, V201 and V301 (V104 and V105, about a trait or an idiom, only its part ``answered``). Fire cases assert the rule itself (not V119's sentence model, which is retrained at every merge),
so each fails without its pattern. Fixture text is written for these tests unless a line names a corpus ad.
"""
from __future__ import annotations

import pytest

import jdlint

UNDER_TEST = ("V104", "V105", "V118", "V201", "V301")


def findings(text: str) -> list:
    return jdlint.lint_text(text + "\n", "t.md").diagnostics


def codes_on(text: str, span: str) -> list[str]:
    at = text.index(span)
    return [d.code for d in findings(text) if d.start < at + len(span) and at < d.end]


# -- the work named only by a catch-all (V201) -------------------------------------------------------
@pytest.mark.parametrize("text, span", [
    # the catch-all left to whoever decides
    ("Duties include, but are not limited to, anything the site manager asks.", "anything the site manager asks"),
    ("Cook meals, iron clothes and anything else the employer requires.", "anything else the employer requires"),
    ("Drivers also do whatever the depot manager needs.", "whatever the depot manager needs"),
    # other "functions" and "activities"
    ("Process incoming mail and other related functions.", "and other related functions"),
    ("You will take care of all miscellaneous activities as assigned.", "all miscellaneous activities"),
    ("Other activities as required to meet the agency's objectives.", "Other activities as required"),  # dev 0377
    # help with no task named
    ("Housekeeper for general household help in a busy home.", "general household help"),
    ("Looking for someone to help out at the shop, message me if keen.", "help out at the shop"),
    ("Housekeeper to generally help around the house.", "generally help around the house"),
    ("Students wanted to lend a hand at the cafe.", "lend a hand at the cafe"),
    ("Someone to lend a hand in the bakery now and then.", "lend a hand in the bakery"),
    ("Runner needed, general help on set, whatever's needed on the day.", "whatever's needed"),
])
def test_catch_all_work_fires(text, span):
    assert "V201" in codes_on(text, span)


# -- a doing verb with a catch-all object: V118's grammar (jdlint/checks/vague_duties.py) --------------
@pytest.mark.parametrize("text, span", [
    ("You will handle the whole thing, basically, from start to end.", "the whole thing"),
    ("We need a caretaker who is handy with most things.", "most things"),
    ("The runner will handle most jobs around the yard.", "most jobs"),
])
def test_catch_all_object_fires(text, span):
    assert "V118" in codes_on(text, span)


# -- the time named only by a quantifier or a hedge (V301) --------------------------------------------
@pytest.mark.parametrize("text, span", [
    ("This is a full time role which will also include some evenings and weekends.", "some evenings and weekends"),  # dev 0122
    ("You will work occasional Saturdays.", "occasional Saturdays"),
    ("Expect the odd late night before a launch.", "the odd late night"),
    ("Monday to Friday. Hours may vary.", "Hours may vary"),  # dev 0213
    ("This is a variable hours contract.", "variable hours"),
    ("You will visit the Leeds site from time to time.", "visit the Leeds site from time to time"),
    ("Attend community tech events on occasion.", "Attend community tech events on occasion"),  # dev 0673
    ("Flexibility in working hours and a willingness to cover shifts as needed.", "cover shifts as needed"),  # dev 0355
    ("Visit clients in Leeds as required.", "Visit clients in Leeds as required"),
])
def test_unquantified_time_fires(text, span):
    assert "V301" in codes_on(text, span)


# -- near misses: the employer's promise, time off, a name, another sense ------------------------------
@pytest.mark.parametrize("text", [
    "We do everything we can to support your development.",
    "The most things we ask is that you turn up on time.",
    "Enjoy regular weekends off with your family.",
    "We are closed on some bank holidays.",
    "Call our general help line on 0800 123 456.",
    "The General Help Desk team answers calls from 8am to 6pm.",
    "Each Saturday the team works the market stall from 7am to 1pm.",
    "Attend fire drills as required by the Fire Safety Order.",
    # a purpose after it names the field (dev 0614)
    "Deliver whatever's needed to guide development.",
    # a time opening its own clause says when, not that the hire gives it (writer P 9507, judged wrong for V119)
    "Some nights you'll help with the dishes when it gets slammed.",
])
def test_other_senses_stay_silent(text):
    assert not [d.code for d in findings(text) if d.code in UNDER_TEST]


# -- made concrete by what follows (skip context `specified`) ------------------------------------------
@pytest.mark.parametrize("text", [
    "Some travel, about two nights a month, within Ontario.",
    "You will work some weekends (one in four, paid at time and a half).",
    "Occasional Saturdays, once a month on a rota.",
    "Help out in the kitchen by washing up and prepping vegetables.",
    "You will handle everything from invoicing to payroll.",
    "Handle ad hoc requests logged through the ServiceNow queue within 48 hours.",
    # a question the next words answer
    "Team player? In practice that means covering one colleague's shift per month when they are on leave.",
    "Wear many hats? No, this is a focused role: invoices, payroll and VAT returns only.",
    "Team player? Sure, but mostly we need someone who can run the forklift certification program.",
])
def test_made_concrete_by_what_follows(text):
    assert not [d.code for d in findings(text) if d.code in UNDER_TEST]


@pytest.mark.parametrize("text, span, code", [
    # the same words with nothing after them that pins them down
    ("Team player? Apply today.", "Team player", "V105"),
    ("Wear many hats? You will love it here.", "Wear many hats", "V104"),
    ("You will handle everything, from start to finish.", "everything", "V118"),
    ("Some travel, with the odd trip abroad.", "Some travel", "V301"),
    # a frequency that is the subject of its own clause is vagueness, not a count (dev 0531)
    ("You'll have the opportunity to wear multiple hats -- each day is not like the next.", "wear multiple hats", "V104"),
    # examples after a catch-all leave it open (dev 0401, judged right)
    ("Perform other duties as assigned - including early college classes. Direct student productions.",
     "Perform other duties as assigned", "V201"),
    # a figure in or after an idiom does not pin a trait down (vague_cases vb-033)
    ("We expect someone who gives 110% every single shift.", "110%", "V105"),
    # a frequency alone names no work (writer N's "whatever the pastoral team needs each week")
    ("Lend a hand at the cafe every Saturday morning.", "Lend a hand at the cafe", "V201"),
    # a count after a break belongs to another clause
    ("Some travel is expected, but our 25 days of leave are generous.", "Some travel", "V301"),
])
def test_vague_without_what_follows_still_fires(text, span, code):
    assert code in codes_on(text, span)



@pytest.mark.parametrize("text", [
    # V301 reads the one context too (its patterns once carried a lookahead of their own)
    "Some travel, up to 10% of your time.",
    "Some travel (up to 10%) within the region.",
    "Overtime as needed, never more than four hours a week.",
    "You may be required to work evenings, about one a fortnight.",
])
def test_time_demand_with_its_measure(text):
    assert "V301" not in [d.code for d in findings(text)]


def test_a_reference_number_after_a_label_is_no_measure():
    # dev 0222: the job number after "Job Number:" once hid the demand from V301's own lookahead
    text = "May require working extended hours Job Number: RC# 902062"
    assert "V301" in codes_on(text, "extended hours")
