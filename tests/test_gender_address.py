"""D103 gendered-group-noun and D106 generic-man: a warning when the sentence says who should apply
or be hired, info elsewhere; names, quotes, EEO text and D104's sex preferences are left alone.
Fixture text is written for these tests."""
from __future__ import annotations

import pytest

import jdlint
from jdlint.config import Config
from jdlint.diagnostics import Severity


def found(text: str, code: str):
    report = jdlint.lint_text("# Job\n\n" + text + "\n", path="t.md", config=Config(select=("D1",)))
    return [(d.trigger, d.severity) for d in report.diagnostics if d.code == code]


@pytest.mark.parametrize("text,match", [
    ("Calling all ladies who love fashion: we are hiring sales assistants.", "ladies"),
    ("Need 3 guys for a house move this Saturday, cash paid.", "guys"),
    ("Gentlemen with bar experience are invited to apply.", "Gentlemen"),
    ("Any lads interested in a labouring job, send me a message.", "lads"),
    ("Guys, we're hiring baristas for our new cafe.", "Guys"),
])
def test_group_word_saying_who_to_hire_is_a_warning(text, match):
    assert found(text, "D103") == [(match, Severity.warning)]


@pytest.mark.parametrize("text,match", [
    ("Two more lads needed for the warehouse, start Monday.", "lads needed"),
    # a notice headed by the want is a preference frame (bias6): "Hiring girls" is D110's one finding
    ("Hiring girls for our front desk and promotions team.", "Hiring girls"),
])
def test_a_group_word_in_a_frame_is_one_d110_finding_not_two(text, match):
    """Issue 14: inside a frame D110 reports the word as one sex required or preferred and D103 leaves it."""
    assert found(text, "D110") == [(match, Severity.warning)] and found(text, "D103") == []


@pytest.mark.parametrize("text,match", [
    ("Thanks, guys, for making this the best team I've worked in!", "guys"),
    ("Every Friday the lads from the depot play five-a-side.", "lads"),
])
def test_group_word_elsewhere_is_info(text, match):
    assert found(text, "D103") == [(match, Severity.info)]


@pytest.mark.parametrize("text", [
    '"Thanks, guys, we are hiring again!" - Sam, Support Lead',            # a quote
    "You will coordinate events for the Ladies European Tour.",            # a name
    "Our volunteers run the Boys & Girls Club summer camp.",               # a listed name
    "Lunch at Five Guys on Fridays.",
    "We welcome applications from men and women, boys and girls alike are welcome at our open day.",
])
def test_group_word_near_misses(text):
    assert [m for m, sev in found(text, "D103") if sev >= Severity.warning] == []


def test_sex_preference_is_left_to_d104():
    assert found("Ladies preferred for the front desk.", "D103") == []
    assert found("Ladies preferred for the front desk.", "D104") == [("Ladies preferred", Severity.error)]


def test_generic_man_warns_only_where_it_names_the_people_wanted():
    assert found("Manpower required: ten general labourers for a site contract.", "D106") == [("Manpower", Severity.warning)]
    assert found("We lack the manpower to cover weekends.", "D106") == [("manpower", Severity.info)]
    # "man the phones" describes the work, even in a hiring sentence
    assert found("We need someone to man the phones.", "D106") == [("man the phones", Severity.info)]
    assert found("Our client ManpowerGroup is hiring.", "D106") == []
