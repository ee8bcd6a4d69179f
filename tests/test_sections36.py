"""Benefits as real ads and the released writers tell them (sections36), each class with cases that must be
benefits and near-misses that must not. The cases are written for this file, not copied from the writers' sentences
the classes were found in (tests/data/train/writerY_sections.yaml, writerZ_sections.yaml), nor from the read sets.

- a perk marked paid, funded, subsidised or discounted ("Two paid charity days a year"), not "paid search";
- the employer bearing a cost of the hire's, named by the cost ("We cover visa fees and flights"), "at our cost";
- money for the hire's costs named by its noun (a book stipend, supermarket vouchers, interest-free staff loans),
  not a fellow's stipend, which is pay;
- the hire mentored or coached ("New starters will be mentored by ..."), not the hire mentoring others;
- what the hire will earn or accrue ("You will earn 25 days of annual leave"), which is no duty;
- a wish put to the reader that the job grants ("Would you like flexible hours ...?"), not a wish with no perk;
- near-misses: a benefit word as what the hire must know or will administer ("Working knowledge of holiday pay
  rules", "Administer staff benefits and pension enrolment"), the employer's trade ("We supply fresh bread to
  cafés"), the pay ("We pay weekly by BACS").
"""
from __future__ import annotations

import pytest

from conftest import section_kinds

#: duties with no heading over them (a heading's section would cover the paragraph after it, read then only for the
#: sentence-level kinds)
DUTIES = "You will pick and pack orders and load the vans.\n\n- Pick and pack orders\n- Load the vans\n\n"


def has_benefits(sentence: str) -> bool:
    """Whether a posting of duties followed by ``sentence`` as a paragraph of its own has a benefits section."""
    return "benefits" in section_kinds(f"# Warehouse Operative\n\n{DUTIES}{sentence}\n")


@pytest.mark.parametrize("sentence", [
    # a perk marked paid, funded, subsidised or discounted
    "Two paid charity days every year.",
    "Fully funded CIPD qualification once you pass probation.",
    "Discounted rooms at our partner hotels for you and your family.",
    # the employer bearing the hire's costs, named by the cost
    "We cover visa fees and flights for overseas nurses.",
    "Forklift training at our cost.",
    # money for the hire's costs named by its noun
    "A yearly book stipend for every engineer.",
    "Monthly supermarket vouchers.",
    "Salary sacrifice scheme for bikes and electric cars.",
    "Employer KiwiSaver contributions of 3% from day one.",
    # the hire mentored or coached
    "New starters will be mentored by a senior technician.",
    "The successful applicant will be coached by our head chef.",
    # what the hire earns is no duty
    "You will earn 25 days of annual leave plus bank holidays.",
    # a wish put to the reader, granted
    "Would you like to be able to work flexible hours?",
    "Would you like to be able to choose your shifts and work from home now and then?",
])
def test_perk_is_benefits(sentence):
    assert has_benefits(sentence)


@pytest.mark.parametrize("sentence", [
    "Manage paid search and paid social campaigns across Google and Meta.",
    "Stipend of £18,000 a year for three years.",
    "We supply fresh bread to 200 cafés across Yorkshire.",
    "Working knowledge of holiday pay and pension auto-enrolment rules.",
    "Administer staff benefits, pension enrolment and holiday records for 400 employees.",
    "Experience processing 401(k) and health plan enrolments.",
    "We pay weekly by BACS.",
    "You will mentor new starters and check their work.",
    "Would you like to work with customers?",
])
def test_near_miss_is_not_benefits(sentence):
    assert not has_benefits(sentence)


def test_a_mentored_hire_is_no_duty_or_requirement():
    """"The successful candidate will ..." opens a duty or a requirement ("... will be a confident driver"), but not
    where the hire is mentored or coached: that is given to the hire (dev 0197's "The successful candidate will be
    supported and mentored in these tasks by our experienced team" was a requirements section of its own)."""
    kinds = section_kinds("# Trainee Analyst\n\nThe successful candidate will be supported and mentored by our senior "
                          "engineers.\n")
    assert "benefits" in kinds and not kinds & {"requirements", "responsibilities"}
    assert "requirements" in section_kinds(
        "# Delivery Driver\n\nThe successful candidate will be a confident driver with a clean licence.\n")


def test_a_wish_to_be_able_is_no_requirement():
    """"able to" in a wish put to the reader asks for no ability."""
    assert "requirements" not in section_kinds(
        "# Web Developer\n\nWould you like to be able to work flexible hours and from any location?\n")


# --- how to apply: a contact for questions is none (both conventions: apply18's "a contact for questions only is
# not"; docs/section-labelling.md's "a contact 'for more information' alone") -----------------------------------------

#: a posting with no how-to-apply of its own (as tests/test_apply18.py's)
APPLY_BASE = ("# Warehouse Operative\n\nNorthfield Supplies is a family-run distributor in Leeds.\n\n"
              "## Duties\n\n- Pick and pack orders\n- Load vans\n- Keep the loading bay tidy\n\n")


def applies(text: str) -> bool:
    return "how-to-apply" in section_kinds(APPLY_BASE + text + "\n")


@pytest.mark.parametrize("text", [
    "If you have any questions about the role, please email sam@northfield.example.",
    "Any questions? Call Sam on 0113 496 0000.",
    "Got a question? WhatsApp us on 07700 900123.",
    "Queries to hr@northfield.example",
])
def test_a_contact_for_questions_is_no_way_to_apply(text):
    assert not applies(text)


@pytest.mark.parametrize("text", [
    "If you have any questions or would like to apply, email sam@northfield.example.",
    "Any questions? Email sam@northfield.example. To apply, send your CV to jobs@northfield.example.",
    "Interested? Email sam@northfield.example.",
    "Questions or ready to apply? Email sam@northfield.example.",
    "Send your CV to jobs@northfield.example.",
])
def test_a_call_to_apply_beside_questions_stays(text):
    assert applies(text)


def test_a_contact_for_questions_joins_no_section():
    """Dev 0625's contact for questions under "Questions?" had become part of the requirements before it once it was
    no longer how-to-apply: a block that is a contact for questions alone is left out of the sections."""
    ad = ("# Analyst\n\n## Qualifications\n\nYou must have three years of experience in procurement.\n\n## Questions?\n\n"
          "For any questions related to technical or process issues, please contact jobs@agency.example\n")
    from jdlint import sections
    from jdlint.engine import parse_document
    from jdlint.source import SourceFile
    from conftest import default_synonyms

    document = parse_document(SourceFile(path="ad.md", text=ad, kind="markdown"))
    last_line = ad.count("\n")
    assert not any(s.end_line >= last_line and s.kind in ("requirements", "how-to-apply")
                   for s in sections.detect(document, default_synonyms()))


# --- perks beside the pay, the requirements or a compound's first word (sections36, second step) ----------------------

@pytest.mark.parametrize("sentence", [
    # a verbless gift line whose first word is also a duty verb: "Work" is the compound's, not an imperative
    "Work trousers and fleece supplied.",
    # perks inside the pay line: the pay is read for the pay, the perks for the benefits
    "£12.50 an hour, mileage paid at 45p a mile, plus a free uniform.",
])
def test_perk_line_is_benefits(sentence):
    assert has_benefits(sentence)


def test_a_cost_the_employer_bears_after_the_requirements_is_benefits():
    """The employer bearing a cost, named by the cost, is an offer by its grammar: a benefits sentence even in a
    paragraph that opens with the requirements."""
    ad = ("# Groundworker\n\nYou'll need a City & Guilds Level 2 and two years on site. We cover CSCS card fees and "
          "supply all the tools.\n")
    assert {"requirements", "benefits"} <= section_kinds(ad)


def test_an_imperative_before_a_gift_is_still_a_duty():
    assert not has_benefits("Ensure PPE is provided to all visitors.")
