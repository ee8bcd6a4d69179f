"""Section detection on strangers' ads (sections10): formats and wording an ad from an unseen
employer uses. Each class has passages that must give the kind and near-misses that must not:
labels run into a flattened one-line ad (also in capitals), numbered label lines, label words of
many registers, the hire's day told as prose, a benefit added to the pay in passing, and the
employer's product (not a perk) as a sentence's subject. Passages written for these tests."""
from __future__ import annotations

import time

import pytest

from jdlint import sections
from jdlint.config import Config
from jdlint.engine import make_plan, parse_document
from jdlint.sections.inline import inline_labels
from jdlint.source import SourceFile

SYNONYMS = make_plan(Config()).synonyms


def kinds(text: str, kind: str = "markdown") -> set[str]:
    document = parse_document(SourceFile(path="ad.html" if kind == "html" else "ad.md", text=text, kind=kind))
    return {s.kind for s in sections.detect(document, SYNONYMS) if not s.empty}


DUTY = "# Job\n\nSort parcels on the night shift at our depot.\n\n"


# -- labels run into a flattened ad ---------------------------------------------------------------
FLAT_CAPS = ("# Driver\n\nRESPONSIBILITIES Drive a 7.5 tonne lorry on multi-drop routes and unload at each stop "
             "REQUIREMENTS C1 licence and two years of multi-drop work BENEFITS Pension overtime and paid breaks "
             "HOW TO APPLY Call 01234 555 666 today\n")
FLAT_TITLE = ("# Bar Staff\n\nAbout us We are a busy riverside pub in Bath The role Serve drinks, clear tables and "
              "help in the cellar What you need Over 18 and happy to work weekends Benefits Free staff meal and a "
              "share of tips How to apply Email manager@riverpub.example\n")


def test_labels_run_into_a_flattened_ad_in_capitals():
    assert {"responsibilities", "requirements", "benefits", "how-to-apply"} <= kinds(FLAT_CAPS)


def test_labels_run_into_a_flattened_ad_in_title_case():
    # "The role" names no kind: its words are no content, so "Serve drinks ..." opens with a duty verb
    assert {"intro", "responsibilities", "requirements", "benefits", "how-to-apply"} <= kinds(FLAT_TITLE)


def test_a_label_word_inside_a_punctuated_paragraph_is_no_flat_label():
    # a paragraph with its marks is no flattened ad: "Benefits" after a plain space is a word
    text = ("We explain the Benefits Agency rules to claimants. You will help people fill in forms. "
            "Our advisers meet clients in libraries. Most days you will see five or six people.")
    labels = inline_labels(text, lambda label: (["benefits"], False), lambda label: label.lower() == "benefits")
    assert labels == []


def test_flat_labels_stay_linear_on_a_long_flattened_block():
    def seconds(n: int) -> float:
        text = "# Job\n\n" + " ".join(["Benefits Free meal and How To Apply Email The Role Serve drinks"] * n) + "\n"
        start = time.process_time()
        kinds(text)
        return time.process_time() - start

    small, large = seconds(500), seconds(5000)
    assert large < 25 * max(small, 0.01)


# -- numbered label lines ---------------------------------------------------------------------------
def test_numbered_label_lines_name_their_parts():
    text = ("# Chef\n\n1. About the role\n\nLead the kitchen at our Bath café.\n\n2. About you\n\n"
            "You'll have run a kitchen before.\n\n3. What we offer\n\nTips, meals and a pension.\n")
    assert {"responsibilities", "requirements", "benefits"} <= kinds(text)


def test_a_real_short_list_is_not_a_label():
    text = "# Chef\n\nYou will:\n\n- Cook lunches\n\nThe kitchen closes at 3pm and you will clean down before you go.\n"
    assert "benefits" not in kinds(text) and "requirements" not in kinds(text)


# -- label words of many registers -----------------------------------------------------------------
@pytest.mark.parametrize("heading, kind", [
    ("Your day", "responsibilities"), ("What's involved", "responsibilities"), ("Main tasks", "responsibilities"),
    ("Role purpose", "responsibilities"),
    ("Who we're after", "requirements"), ("You are", "requirements"), ("Your profile", "requirements"),
    ("Person spec", "requirements"),
    ("What's on offer", "benefits"), ("The package", "benefits"), ("Extras", "benefits"), ("Why us?", "benefits"),
    ("Getting in touch", "how-to-apply"), ("Keen?", "how-to-apply"), ("Like what you see?", "how-to-apply"),
    ("The company", "intro"), ("Our client", "intro"),
])
def test_label_words_of_many_registers(heading, kind):
    assert sections.heading_kinds(heading, SYNONYMS) == [kind]


@pytest.mark.parametrize("heading", ["Who you'll be helping", "Contact", "Web Application", "The small print"])
def test_label_near_misses_name_no_part(heading):
    assert sections.heading_kinds(heading, SYNONYMS) == []


def test_capital_labels_over_paragraphs():
    text = ("# Welder\n\nTHE ROLE\n\nFabricate steel frames to drawings in our Hull workshop.\n\nABOUT YOU\n\n"
            "Coded MIG welder with a year in fabrication.\n\nTHE PACKAGE\n\nOvertime at time and a half, a pension "
            "and free PPE.\n\nHOW TO APPLY\n\nEmail your CV to jobs@example.co.uk.\n")
    assert {"responsibilities", "requirements", "benefits", "how-to-apply"} <= kinds(text)


# -- duties told as prose ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Your shift starts with moving linen trolleys to the wards, then collecting waste bags and restocking store rooms.",
    "Most of your time is spent answering calls from tenants and booking repairs.",
])
def test_the_hires_time_told_as_what_fills_it_is_duties(text):
    assert "responsibilities" in sections.sentence_kinds(text)


@pytest.mark.parametrize("text", [
    "Your day starts at 7am and finishes at 3pm.",
    "Most of your time off is yours to plan.",
])
def test_the_hires_hours_are_no_duties(text):
    assert "responsibilities" not in sections.sentence_kinds(text)


# -- benefits in passing, and the employer's product ------------------------------------------------
@pytest.mark.parametrize("text", [
    "The rate is £12.50 an hour plus holiday pay.",
    "£24,000 plus 25 days' annual leave.",
    "It is a permanent role plus a pension.",
])
def test_a_benefit_added_to_the_pay_in_passing(text):
    assert "benefits" in kinds(DUTY + text + "\n")


@pytest.mark.parametrize("text", [
    "Our policies cover dental treatment, vet fees and third-party liability.",
    "The Gold membership includes a sauna, free towels and discounted treatments.",
    "Our app gives users cashback, free delivery and a loyalty bonus.",
    "Members enjoy free towels, a sauna and discounted personal training.",
    "Three years in retail plus a forklift licence.",
])
def test_the_employers_product_or_a_requirement_is_no_perk(text):
    assert "benefits" not in kinds(DUTY + text + "\n")


@pytest.mark.parametrize("text", [
    "Our health insurance covers you and your family.",
    "Our policies include flexible working and enhanced maternity pay.",
])
def test_the_staffs_cover_stays_a_perk(text):
    assert "benefits" in kinds(DUTY + text + "\n")


# -- what is no perk: pay alone, a preferred skill; what is one: kit handed to the hire -------------
@pytest.mark.parametrize("text", [
    "We offer a competitive salary.",
    "We offer competitive pay, depending on experience.",
    "Bonus points if you know SQL.",
    "Welsh is a bonus.",
])
def test_pay_alone_or_a_preferred_skill_is_no_perk(text):
    assert "benefits" not in kinds(DUTY + text + "\n")


@pytest.mark.parametrize("text", [
    "We offer a competitive salary and a pension.",
    "Uniform and PPE provided.",
    "A company van is provided.",
    "£30,000 plus an annual bonus.",
])
def test_kit_handed_over_and_pay_with_a_perk_are_perks(text):
    assert "benefits" in kinds(DUTY + text + "\n")


# -- the employer told after a frame of time ------------------------------------------------------
@pytest.mark.parametrize("text, intro", [
    ("For over 40 years we have supplied timber to builders across Wales.", True),
    ("Since 1987 our bakers have made every loaf by hand in Whitby.", True),
    ("For the first two weeks, we will train you on the tills.", False),
])
def test_the_employer_after_a_frame_of_time(text, intro):
    assert ("intro" in kinds("# Job\n\n" + text + "\n\nSort parcels on the night shift and load the vans.\n")) is intro
