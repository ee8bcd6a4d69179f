"""Gender-coded words said of a thing or of the people served, by grammar (gcoded37). Two classes of D201/D202 false
alarm on read writer sets (writer W, writer S, gender_coded_heldout14):

- an attributive adjective whose noun phrase is an -ing modifier and a thing ("a quiet reading room", "warm and cold
  holding temperatures"): where only a noun phrase can follow the adjective (after a determiner, a verb or a
  preposition), the -ing word before a noun is the compound's modifier and the noun after it decides; in a predicate
  or a fragment the -ing word is the hire's doing ("You are confident handling cash", "Confident using Excel");
- a participle before the people served as the subject of their own plural verb ("Trusting clients hand us the
  keys"); a gerund takes a singular verb or an object phrase ("Nurturing donors is central") and stays the hire's.

These fixtures are our own wording, not the writer sets' sentences."""
from __future__ import annotations

import pytest

import jdlint
from jdlint.config import Config


def coded(text: str) -> list[str]:
    report = jdlint.lint_text(f"# Job\n\n{text}\n", path="t.md", config=Config(select=("D201", "D202")))
    return [d.match for d in report.diagnostics if d.code in ("D201", "D202")]


@pytest.mark.parametrize("text", [
    # an -ing modifier and a thing after an attributive adjective
    "Keep a quiet waiting area for families at the front desk.",
    "Check the warm holding cabinets before every lunch service.",
    "Log warm and cold serving temperatures hourly on the kitchen sheet.",
    "The hotel offers a quiet working lounge on the top floor.",
    # a participle of the people served, the subject of their own verb
    "Trusting customers leave their bikes with us overnight, so the yard is locked.",
    "Our trusting patients expect their records to stay private.",
])
def test_coded_word_of_a_thing_or_of_the_served_is_silent(text):
    assert coded(text) == []


@pytest.mark.parametrize("text, word", [
    # a predicate or a fragment: the -ing word is what the hire does
    ("You are confident handling cash and card payments.", "confident"),
    ("Confident using spreadsheets and email.", "Confident"),
    ("You need to be really confident using a till.", "confident"),
    ("We want someone confident handling complaints.", "confident"),
    ("You feel confident leading meetings with suppliers.", "confident"),
    # an -ing word before a person: the person heads the phrase
    ("You will join a warm, welcoming team.", "warm"),
    ("We need a confident presenting coach.", "confident"),
    # a gerund of the hire's work: a singular verb or an object phrase follows
    ("Nurturing donors is central to this role.", "Nurturing"),
    ("Nurturing donors through the year is your job.", "Nurturing"),
    ("Nurturing clients well matters here.", "Nurturing"),
])
def test_same_word_of_the_hire_still_counts(text, word):
    assert word in coded(text)


# A sentence-initial run of capitalised words ending in a plural, with a singular verb after it, is one name
# (jdlint/propernames.py, _one_name_by_agreement): a coded word inside it is the name's ("Bold Coffee Roasters needs a
# driver"); with a plural verb or none the capitals may be the sentence's or a title's, and the word counts.
@pytest.mark.parametrize("text", [
    "Kind Paws Groomers needs a weekend assistant.",
    "Gentle Touch Cleaners seeks a part-time cleaner for offices.",
])
def test_coded_word_in_a_name_by_agreement_is_silent(text):
    assert coded(text) == []


@pytest.mark.parametrize("text, word", [
    ("Bold Sales Managers earn the most here.", "Bold"),
    ("Confident Care Assistants wanted for night shifts.", "Confident"),
])
def test_coded_word_before_plural_people_still_counts(text, word):
    assert word in coded(text)
