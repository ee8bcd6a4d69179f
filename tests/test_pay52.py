"""Session 52 (pay52): pay addressed without a figure for this job (tests/data/pay52_probes.yaml). A pay label whose own
sentence gives the pay in words ("Salary: DOE.") does not claim the money in the sentences after it (a deposit, rent,
a fee), and no label claims a price or what staff pay; one rate put off with no figure ("Rate as discussed", "Rate
agreed on the day"); the tips praised as the pay ("Tips are great"); and the near-misses that stay silent (tips as
advice, other rates, prices on their own, bonus-only figures, a company-wide floor said with the employer's verb).

Every probe is asserted; the ones no mechanism covers yet are strict xfails listed in KNOWN_GAPS, so a gap that closes
(or a probe that starts failing) shows up.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import load_script, pay_probe_params
from jdlint.yamlio import load_fast

ROOT = Path(__file__).resolve().parent.parent
CASES = load_fast((ROOT / "tests" / "data" / "pay52_probes.yaml").read_text(encoding="utf-8"))["cases"]
_labels = load_script("eval_pay_placeholder").labels_found

# Probes no mechanism covers yet (text -> why left).
KNOWN_GAPS = {
    "Pay: DOE. Uniform deposit of $40 taken from the first pay.":
        "a pay word in the deposit's own clause ('the first pay') keeps the price reading away",
    "Wage: DOE. Pickers pay £10 a week for a caravan pitch.":
        "a worker noun before 'pay' reads as the worker's pay, not what the worker pays",
}


@pytest.mark.parametrize("case", pay_probe_params("pay52_probes.yaml", KNOWN_GAPS))
def test_pay52_probe(case):
    assert _labels(case) == set(case["expect"])


def test_every_shape_has_probes_and_near_misses():
    classes = {c["class"] for c in CASES}
    assert {"other_money", "deferred", "praised", "figure", "near_miss"} <= classes
    assert sum(1 for c in CASES if c["expect"] and c["expect"] != ["pay-section"]) >= 30
    assert sum(1 for c in CASES if c["class"] == "near_miss") >= 45


@pytest.mark.parametrize("text, figure", [
    ("Salary: DOE. A deposit of £200 is held for the uniform.", None),
    ("Salary: negotiable. Staff accommodation is available at £95 a week.", None),
    ("Compensation: We have a budget between USD 40,000 and 50,000 per year.", 40000.0),
])
def test_a_label_with_its_value_claims_no_later_money(text, figure):
    from jdlint.extract.pay import heading_money_figure
    found = heading_money_figure(text, labelled=True)
    assert (found.minimum if found else None) == figure
