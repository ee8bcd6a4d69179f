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

from conftest import load_script
from jdlint.yamlio import load_fast

ROOT = Path(__file__).resolve().parent.parent
CASES = load_fast((ROOT / "tests" / "data" / "pay45_probes.yaml").read_text(encoding="utf-8"))["cases"]
_labels = load_script("eval_pay_placeholder").labels_found

# Probes no mechanism covers yet (text -> why left).
KNOWN_GAPS = {
}


def _param(case):
    marks = ()
    if case["text"] in KNOWN_GAPS:
        marks = (pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[case["text"]]),)
    return pytest.param(case, id=f"{case['class']}:{case['text'][:40]}", marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_pay45_probe(case):
    assert _labels(case) == set(case["expect"])


def test_every_shape_has_probes_and_near_misses():
    classes = {c["class"] for c in CASES}
    assert {"figure", "vague_words", "period_no_amount", "commission_no_base", "money_mask", "date_contact_mask",
            "template_var", "stock_example"} <= classes
    assert sum(1 for c in CASES if not c["expect"]) >= 40
