"""Session 46 (pay46): probes written by shape before any read writer's misses were looked at
(tests/data/pay46_probes.yaml): pay words with no figure beside digits that are no amount (counts of days or hours,
grade and band numbers, years and dates, times, phone numbers, codes such as IR35 and 401(k)); real figures written
oddly beside such counts; pay addressed in everyday words; commission, piece and day rates with no rate or base;
open-ended figures; fill-in blanks in money, dates and contact details; and the near-misses that stay silent.

Every probe is asserted; the ones no mechanism covers yet are strict xfails listed in KNOWN_GAPS, so a gap that closes
(or a probe that starts failing) shows up.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import load_script, pay_probe_params
from jdlint.yamlio import load_fast

ROOT = Path(__file__).resolve().parent.parent
CASES = load_fast((ROOT / "tests" / "data" / "pay46_probes.yaml").read_text(encoding="utf-8"))["cases"]
_labels = load_script("eval_pay_placeholder").labels_found

# Probes no mechanism covers yet (text -> why left).
KNOWN_GAPS = {
}


@pytest.mark.parametrize("case", pay_probe_params("pay46_probes.yaml", KNOWN_GAPS))
def test_pay46_probe(case):
    assert _labels(case) == set(case["expect"])


def test_every_shape_has_probes_and_near_misses():
    classes = {c["class"] for c in CASES}
    assert {"count_digit", "figure_odd", "vague_words", "commission_no_base", "open_ended", "money_mask",
            "date_contact_mask", "near_miss"} <= classes
    assert sum(1 for c in CASES if not c["expect"]) >= 30


@pytest.mark.parametrize("text, masked", [
    # counts, grades, codes, times, years, dates and phone numbers go
    ("5 days a week, salary negotiable.", "n days a week, salary negotiable."),
    ("Band 5 - competitive.", "Band n - competitive."),
    ("Outside IR35, 24/7 site, 401(k) match.", "Outside IRnn, nn/n site, nnn(k) match."),
    ("Mon-Fri 9-5, 8am-5pm.", "Mon-Fri n-n, nam-npm."),
    ("Posted 2025-10-01.", "Posted nnnn-nn-nn."),
    ("Call 0800 123 4567 or (555) 555-5555.", "Call nnnn nnn nnnn or (nnn) nnn-nnnn."),
    ("3 x 12-hour shifts, 37.5 hrs, 13th month pay, Tier 2 visa, 4 on 4 off.",
     "n x nn-hour shifts, nnnn hrs, nnth month pay, Tier n visa, n on n off."),
    # what may be money stays: amounts, a scale or period after, a pay noun or a bound before, thousands, cents
    ("R25 000 pm, R9 800 pm, 450 pm", "R25 000 pm, R9 800 pm, 450 pm"),
    ("Salary: 45000, 35-40K, circa 500, 450-500, 18.75, 45,000", "Salary: 45000, 35-40K, circa 500, 450-500, 18.75, 45,000"),
    ("Pay: 12.50 an hour, AED 4.5k + housing, ₹6,00,000 per annum.", "Pay: 12.50 an hour, AED 4.5k + housing, ₹6,00,000 per annum."),
    ("Negotiable, 2.5 lakhs, a generous bonus of 10%, 12 LPA.", "Negotiable, 2.5 lakhs, a generous bonus of 10%, 12 LPA."),
])
def test_numbers_that_are_no_amount_are_masked(text, masked):
    from jdlint.extract.pay import _counts_masked
    assert _counts_masked(text) == masked
