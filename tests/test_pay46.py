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

from conftest import load_script
from jdlint.yamlio import load_fast

ROOT = Path(__file__).resolve().parent.parent
CASES = load_fast((ROOT / "tests" / "data" / "pay46_probes.yaml").read_text(encoding="utf-8"))["cases"]
_labels = load_script("eval_pay_placeholder").labels_found

# Probes no mechanism covers yet (text -> why left).
KNOWN_GAPS = {
    "Band 5 - competitive.": "no pay noun: a band's praise alone",
    "Posted 2025-10-01: generous salary package.": "a date's year and month read as a range in a sentence about pay",
    "401(k) with match; base salary competitive.": "a digit anywhere after the pay words reads as a figure",
    "Salary: as per industry standards, 5 days working.": "a digit anywhere after the pay words reads as a figure",
    "Salary: best in industry + 2 weekly offs.": "a digit anywhere after the pay words reads as a figure",
    "Day rate contract, outside IR35.": "a digit anywhere after the pay words reads as a figure",
    "Salary open, 2 openings in Pune.": "a digit anywhere after the pay words reads as a figure",
    "Salary: TBD based on experience, 2 positions available.": "T103 too",
    "Salary 80,000+ per annum.": "a figure with '+' and no currency",
    "Hourly rate 18.75, 24/7 rota.": "a figure with no currency before a clause with digits",
    "We pay what the job's worth.": "pay said to match the job, no pay noun",
    "Pay matched to your current package.": "pay matched to the reader's own",
    "We will beat your current salary.": "pay matched to the reader's own",
    "Salary 80,000+ per annum, 5 days a week.": "a figure with '+' and no currency",
}


def _param(case):
    marks = ()
    if case["text"] in KNOWN_GAPS:
        marks = (pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[case["text"]]),)
    return pytest.param(case, id=f"{case['class']}:{case['text'][:40]}", marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_pay46_probe(case):
    assert _labels(case) == set(case["expect"])


def test_every_shape_has_probes_and_near_misses():
    classes = {c["class"] for c in CASES}
    assert {"count_digit", "figure_odd", "vague_words", "commission_no_base", "open_ended", "money_mask",
            "date_contact_mask", "near_miss"} <= classes
    assert sum(1 for c in CASES if not c["expect"]) >= 30
