"""bias12: classes of bias wording built by mechanism (session 29), each tested on sentences written for it (none
copied from the training writers' files or from tests/data/bias_heldout12.yaml), with fixtures that must fire and
near-misses that must not:

- origin: the worker hired as the object of an act of hiring, needing or supplying workers, with no auxiliary or
  article before the act (frames.yaml ``engaged``, opt-in, origin only), and any agentive plural as the open worker
  class after a demonym, but for the people the work serves or deals with, language specialists, relatives, goods and a
  trade named after a country;
- gender: a full name after "report to", "work with", "alongside", "under" is a person a pronoun can refer to;
- family: unsuitability told as a condition on the reader ("not ideal if you're ...");
- age: a date mask Markdown reads as empty bold ("DOB: __/__/____" reaches the rules as "DOB: //____");
- disability: a vehicle's route or a round named as the job's is a driving duty (D405 drops to info);
- gender: a job title tagged with one sex in brackets ("Project Engineer (m)", "Cleaner (female)"; "(m/w/d)" names
  everyone), and the sexes offered in brackets after a form's label with no colon ("Gender (M/F) / Phone");
- the bias model: figures read by their shape, "only" before a figure no applicant cue, and a sentence that denies a
  requirement ("you do not need to be", "regardless of") not read.
"""
from __future__ import annotations

import pytest

from conftest import assert_bias_fires, assert_bias_silent, bias_findings as lint
from jdlint.sentence_model import kept_tokens, number_shape


FIRE = [
    ("origin", "Garment factory hiring Bangladeshi stitchers for the winter orders.", "Bangladeshi stitchers"),
    ("origin", "The farm needs Bulgarian pickers for the apple harvest.", "Bulgarian pickers"),
    ("origin", "Our household wants a Sri Lankan housekeeper who can cook.", "Sri Lankan housekeeper"),
    ("origin", "Recruitment firm supplying Nepali guards to malls in Doha.", "Nepali guards"),
    ("origin", "Contractor sourcing 40 Turkish plasterers for the hotel fit-out.", "Turkish plasterers"),
    ("origin", "Shipping line recruiting Indonesian seafarers, apply with your book.", "Indonesian seafarers"),
    ("family", "Not ideal if you're hoping to start a family this year.", "start a family"),
    ("family", "This post won't suit you if you have small children at home.", "small children"),
    ("age", "DOB: __/__/____", "DOB"),
    ("age", "Date of birth: __-__-____", "Date of birth"),
    ("gender", "Vacancy: Project Engineer (m), full time, Munich.", "Engineer (m)"),
    ("gender", "Office cleaner (female) wanted for evening shifts.", "cleaner (female)"),
    ("gender", "Please fill in: Name / Sex (M/F) / Phone number", "Sex (M/F)"),
]

SILENT = [
    # the people the work serves or deals with, language specialists, goods, a trade named after a country
    ("origin", "You will support families who need Arabic interpreters at hospital appointments."),
    ("origin", "Our agency supplies German printers and Japanese tractors to farms."),
    ("origin", "We are hiring Brazilian distributors for our coffee brand."),
    ("origin", "The workshop is hiring French polishers for antique restoration."),
    ("origin", "The charity is providing Syrian refugees with housing and English classes."),
    ("origin", "Our Lebanese bakery is hiring a counter assistant."),
    ("origin", "The clinic needs Spanish speakers on reception."),
    # a pronoun about the person named in full
    ("gender", "You will report to Aylin Demir; she leads the compliance team."),
    ("gender", "You'll work alongside Marcus Bell, and he will show you the systems."),
    # a condition that is no trait of the reader
    ("family", "It's not a problem if you have children; the hours are flexible."),
    ("age", "Don't worry if you haven't used Sage before, we train you."),
    # everyone tagged, a size, a unit, a facility
    ("gender", "Vacancy: Project Engineer (m/w/d), full time, Munich."),
    ("gender", "Uniform sizes: Polo (M), Fleece (L)."),
    ("gender", "Record the pipe length (m) on each job sheet."),
    ("gender", "Clean the staff toilets (female) on the first floor twice a day."),
]


@pytest.mark.parametrize("category,text,span", FIRE)
def test_class_fires(category, text, span):
    assert_bias_fires(category, text, span)


@pytest.mark.parametrize("category,text", SILENT)
def test_near_miss_stays_silent(category, text):
    assert_bias_silent(category, text)


def test_a_route_on_the_road_makes_the_licence_a_duty():
    """D405 reads a driving duty anywhere in the posting: a van route or a milk round is one (info), an office is not."""
    on_road = [d for d in lint("A full driving licence is needed. The delivery round covers four towns.") if d.code == "D405"]
    office = [d for d in lint("A full driving licence is needed. You will work in our office.") if d.code == "D405"]
    assert on_road and all(str(d.severity) == "info" for d in on_road)
    assert office and all(str(d.severity) == "warning" for d in office)


def test_figures_are_read_by_shape_for_the_bias_model_only():
    assert [number_shape(t) for t in ("5", "35", "1995", "2024", "240", "1500")] == ["0", "00", "0000", "0000", "000", "000"]
    assert kept_tokens("Under 35 and born after 1995", numbers="shape") == ["under", "00", "and", "born", "after", "0000"]
    # V119 and every caller that does not ask for shapes read figures as they are
    assert kept_tokens("Under 35 and born after 1995") == ["under", "35", "and", "born", "after", "1995"]


def test_only_before_a_figure_is_no_applicant_cue():
    from jdlint.checks.bias_selection import APPLICANT_CUE

    assert not APPLICANT_CUE.search("We're only 5 years old, and 40 clinics have joined")
    assert APPLICANT_CUE.search("Only locals with a car")


@pytest.mark.parametrize("text", [
    "You do not need to be a Muslim to work in our halal butchery.",
    "Staff are hired regardless of faith, and the shop closes for Friday prayers.",
])
def test_a_denied_requirement_is_no_selection_for_the_model(text):
    from jdlint.checks.bias_selection import CODES

    assert not [d for d in lint(text) if d.code in CODES]
