"""Session 45 (pay45): probes written by shape before any read writer's misses were looked at
(tests/data/pay45_probes.yaml: figures across countries' conventions, pay addressed in words with no figure, a pay
period or form with no amount, commission/tips/piece rate with no base, fill-in blanks in money, dates and contact
details, template variables, stock examples, and the near-misses that stay silent: template syntax in code, money
that is not this job's pay, real contact details and dates, pay words in another sense).

Every probe is asserted; the ones no mechanism covers yet are strict xfails listed in KNOWN_GAPS, so a gap that closes
(or a probe that starts failing) shows up.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import load_script, pay_probe_params
from jdlint.yamlio import load_fast

ROOT = Path(__file__).resolve().parent.parent
CASES = load_fast((ROOT / "tests" / "data" / "pay45_probes.yaml").read_text(encoding="utf-8"))["cases"]
_labels = load_script("eval_pay_placeholder").labels_found

# Probes no mechanism covers yet (text -> why left).
KNOWN_GAPS = {
    "The role pays between 40 and 45 thousand euros a year.": "a range in words with one scale word for both ends",
    "Salary: N/A": "left alone: P101's label class skips 'N/A' on purpose (a form's empty answer, not pay wording)",
    "ABC Ltd is hiring a cashier.": "left alone: 'ABC Ltd' is a stand-in only beside another blank (leftovers.STOCK_PAIRED)",
    "Rates that reflect your expertise.": "bare 'rates' is also a price, so the tie verbs take a pay noun",
    "We pay a premium for great people.": "'pay a premium' with no pay noun after it",
    "Salary is reviewed regularly and is competitive.": "the review after the pay noun ends the subject class before 'competitive'",
}


@pytest.mark.parametrize("case", pay_probe_params("pay45_probes.yaml", KNOWN_GAPS))
def test_pay45_probe(case):
    assert _labels(case) == set(case["expect"])


def test_every_shape_has_probes_and_near_misses():
    classes = {c["class"] for c in CASES}
    assert {"figure", "vague_words", "period_no_amount", "commission_no_base", "money_mask", "date_contact_mask",
            "template_var", "stock_example"} <= classes
    assert sum(1 for c in CASES if not c["expect"]) >= 40


@pytest.mark.parametrize("text, expected", [
    # the period or form is what the posting says of its pay: vague pay
    ("You will receive a monthly salary.", {"P101"}),
    ("Staff are on a weekly wage.", {"P101"}),
    ("This is an exempt, salaried position.", {"P101"}),
    ("We pay twice a month.", {"P101"}),
    # the figure is given, pointed to, or the words are the payroll's work or a review
    ("You will receive a monthly salary of R18 000.", {"pay-section"}),
    ("Hourly rate and overtime rate are shown in the table below.", set()),
    ("We offer an annual salary review.", set()),
    ("Monthly salary reconciliations and payroll reports.", set()),
    ("Manage payroll for non-salaried staff.", set()),
])
def test_a_pay_period_or_form_with_no_amount(text, expected):
    assert _labels({"text": text}) == expected


def test_vague_pay_reports_the_pay_wording_before_the_job_form():
    """A posting with "a salaried role" first and "Pay is commensurate with experience" after: P101 points at the
    second, the words to rewrite (dev ad 0673 has this shape)."""
    import jdlint
    text = ("You will answer calls.\n\n- This is a full-time, salaried role.\n- Pay is commensurate with experience.\n")
    found = [d for d in jdlint.lint_text(text, path="t.md").diagnostics if d.code == "P101"]
    assert len(found) == 1 and text[found[0].start:].startswith("Pay is commensurate")


@pytest.mark.parametrize("text, expected", [
    # a legal floor guaranteed to every member of staff is no vague pay for this job; said of this job's pay, it is
    ("All our staff are paid at least the national minimum wage.", set()),
    ("You'll be paid minimum wage.", {"P101"}),
])
def test_a_company_wide_legal_floor(text, expected):
    assert _labels({"text": text}) == expected
