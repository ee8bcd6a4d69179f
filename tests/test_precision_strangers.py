"""The mechanisms judging strangers' ads led to (precision12, session 30; tests/data/judged_strangers.yaml):
writer M's scraped-job-board ads in tests/data/sections_synth13, and near-misses in the same shapes.

- A job board's header fields and a flattened ad's labelled parts run together at spaced separators (' | ',
  ' – ', ' — ') are no long sentence (R104, ``rule_packs.is_run_together_list``); a dash used as a dash in
  prose still is.
- A commitment to an inclusive or diverse workplace with other qualities beside it ("an inclusive and
  accessible workplace") is equal-opportunity wording (``jdlint/data/context.yaml``), so the metrics leave it
  out as boilerplate (R103 scored a pay section with it) and S110 sees the statement.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import jdlint
from jdlint.config import Config
from jdlint.context import is_eeo_sentence
from jdlint.rule_packs import is_run_together_list

WRITER_M = Path(__file__).parent / "data" / "sections_synth13" / "dev"


def _codes(path: Path, code: str) -> list:
    report = jdlint.lint_text(path.read_text(encoding="utf-8"), str(path), config=Config())
    return [d for d in report.diagnostics if d.code == code]


@pytest.mark.parametrize("ad, opening", [
    ("9328.md", "Line Cook"),          # header fields at ' – ', then the first sentence
    ("9304.md", "Restaurant Supervisor"),  # fields at ' | '
    ("9321.md", "Piping Engineer"),    # fields at ' – ' and ' — '
    ("9321.md", "We are urgently"),    # the summary, then '— Candidate Requirements:', '— What We Offer:' ...
])
def test_fields_run_together_are_no_long_sentence(ad, opening):
    assert not [d for d in _codes(WRITER_M / ad, "R104") if d.trigger.startswith(opening)]


def test_long_sentences_of_flattened_ads_are_still_reported():
    # the same ads' real long sentences: duties listed in one sentence
    assert any(d.trigger.startswith("As a Line Cook you will work the grill") for d in _codes(WRITER_M / "9328.md", "R104"))
    assert any(d.trigger.startswith("Responsibilities: Lead a team") for d in _codes(WRITER_M / "9304.md", "R104"))


@pytest.mark.parametrize("text, run_together", [
    ("Sales Associate – Bristol – Part time – 20 hours – Our shop on Park Street sells maps and travel books", True),
    ("Cleaner | Norwich | £12.21 an hour | Early mornings | We clean offices across the city centre", True),
    ("We need a cleaner for our offices. — Key Duties: vacuum the floors; empty the bins; clean the kitchens", True),
    # a dash used as a dash: an aside in lower case, an explanation, a range of hours, a pronoun's aside
    ("Our shop on Park Street – the oldest map shop in the city – sells maps, guides and travel books to "
     "visitors from all over the world", False),
    ("We open from 9 – 5 on weekdays and from 10 – 4 on Saturdays, and you will run the till", False),
    ("Most of the work is in offices — early in the morning, before the staff arrive — and in two schools", False),
    ("You – the new cleaner – will look after the ground floor", False),
])
def test_spaced_separators(text, run_together):
    assert is_run_together_list(text) is run_together


def test_inclusion_paragraph_is_left_out_of_the_section_score():
    # 9305's pay section is 39 words of its own, under R103's 60: the inclusion paragraph below it made the 60
    assert not _codes(WRITER_M / "9305.html", "R103")
    assert is_eeo_sentence("Okanagan Riverside Hospital is committed to an inclusive and accessible workplace.")


@pytest.mark.parametrize("sentence, eeo", [
    ("Okanagan Riverside Hospital is committed to an inclusive and accessible workplace.", True),
    ("We are committed to a welcoming, inclusive and barrier-free environment.", True),
    ("The clinic is committed to a diverse, respectful and accessible recruitment process.", True),
    ("Ancora Education is committed to creating a diverse and inclusive work environment.", True),
    ("We are committed to building a diverse and inclusive workforce.", True),
    # other commitments in the same shape, and inclusive things a business makes
    ("We are committed to a safe, modern and efficient working environment.", False),
    ("The home is committed to a clean and accessible building for our residents.", False),
    ("Our studio is committed to an inclusive design process.", False),
    ("We are committed to creating inclusive products for every customer.", False),
    ("We are committed to a supportive and hard-working team.", False),
])
def test_commitment_with_other_qualities(sentence, eeo):
    assert is_eeo_sentence(sentence) is eeo


@pytest.mark.parametrize("text, run_together", [
    # seed 36 (0401): qualifications and an EEO statement glued at a heading in capitals and at a bracket
    ("A Master's degree with 18 graduate hours in theatre or performing artsPREFERRED QUALIFICATIONS M.F.A in "
     "Theatre or M.A. in related field", True),
    ("Minorities and veterans are encouraged to apply (EOE/AA/M/F/D/V)It is the policy of the college to hire "
     "without regard to race", True),
    ("Lift boxes of up to 20 kg (with help)We also need you to drive the van", True),
    # names and acronyms that mix cases, acronyms after a space, a bracket with a space after it
    ("You will run the PostgreSQL database and the LabVIEW rigs on macOS and FreeRTOS boards for the test team", False),
    ("You will hold an HGV licence and a CPC card (both checked) and drive for the NHS trust", False),
    ("You will write the noSQL and graphQL services (see the stack below) with the team", False),
])
def test_capitals_and_brackets_glued(text, run_together):
    assert is_run_together_list(text) is run_together
