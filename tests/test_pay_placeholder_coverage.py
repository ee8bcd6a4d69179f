"""Pay figures of every shape and template blanks, by class (issue 14 item 4, third round, helper
coverage): piece rates in cents, decimal commas and the currency after the amount, other
currencies and periods; underscore date masks with separators, fields named in lower case in
brackets, stock names (a stand-in company alone, a stock person or firm only beside another
blank). Each class has near-misses: prices, weights, real names and firms, real brackets
(citations, "[sic]", checkboxes), code. Fixture text is written for these tests.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

import jdlint
from jdlint.extract.pay import pay_mentions

ROOT = Path(__file__).resolve().parent.parent


def figures(text: str) -> list[tuple]:
    return [(m.kind, m.text, m.figure.minimum if m.figure else None, m.figure.currency if m.figure else None)
            for m in pay_mentions(text) if m.kind != "vague"]


@pytest.mark.parametrize("text, kind, minimum", [
    ("Pay: 45 cents per piece.", "single", 45.0),
    ("Hourly wage: 12,50 € per hour.", "single", 12.5),
    ("Salary: 2.800 € gross per month.", "single", 2800.0),
    ("Rate: 30 euros an hour.", "single", 30.0),
    ("Pay: ₱18,000 per month.", "single", 18000.0),
    ("Pay: Rs 25,000 per month.", "single", 25000.0),  # ("Rs." ends a sentence for sentences.py)
    ("Salary: INR 4,50,000 per annum.", "single", 450000.0),
    ("Salary: 45.000 € - 52.000 € per year.", "range", 45000.0),
    ("We pay £1,200 per fortnight.", "single", 1200.0),
    ("Pay: 250 pounds per week.", "single", 250.0),
    ("Earn 60 cents per box packed.", "single", 60.0),
])
def test_pay_figures_of_every_shape(text, kind, minimum):
    found = figures(text)
    assert found and found[0][0] == kind and found[0][2] == minimum, found


@pytest.mark.parametrize("text", [
    "Must be able to lift 50 pounds.",  # a weight, not pay
    "Must lift up to 50 pounds per day.",
    "Prices start at 2,50 € per coffee.",
    "Tickets cost 8,50 € per person.",
    "About 1,50 metres of cable per socket.",
])
def test_not_pay(text):
    assert figures(text) == []


def _t102(text: str, path: str = "t.md") -> list[str]:
    report = jdlint.lint_text("You will answer calls.\n\n" + text + "\n", path)
    return [d.match for d in report.diagnostics if d.code == "T102"]


@pytest.mark.parametrize("text, match", [
    ("Start date: __ / __ / 20__", "__ / __ / 20__"),
    ("Closing date: ___/___/______", "___/___/______"),
    ("Available from __.__.20__ onwards.", "__.__.20__"),
    ("Send your CV to [email address].", "[email address]"),
    ("Reply by [closing date].", "[closing date]"),
    ("About Company XYZ: we build accounting software.", "Company XYZ"),
])
def test_template_blanks(text, match):
    assert _t102(text, "t.txt") == [match]


def test_stock_names_count_only_beside_another_blank():
    assert _t102("Contact Jane Smith at Company XYZ for details.") == ["Jane Smith", "Company XYZ"]
    assert _t102("Contact Jane Smith, our office manager, for details.") == []
    assert _t102("Acme Corp is hiring cashiers.") == []
    assert _t102("Acme Corp is hiring. Join [Company Name].") == ["Acme Corp", "[Company Name]"]


@pytest.mark.parametrize("text", [
    "The review called local wages 'below average' [sic] last year.",
    "See the 2023 staffing review [1] for the figures.",
    "- [ ] I agree to a background check",
    "- [x] Full UK driving licence",
    "Our form posts `user[email_address]` to the API.",
    "Dates are written 12/05/2026 on the rota.",
])
def test_real_brackets_and_dates(text):
    assert _t102(text) == []


def test_heldout_cases_scored_together():
    """The held-out pay and placeholder cases (written before tuning, never tuned on one by one)
    at the issue's bar: precision and recall of at least 0.9."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from eval_pay_placeholder import CASES, score

    from jdlint.yamlio import load_fast

    cases = [c for c in load_fast(CASES.read_text(encoding="utf-8"))["cases"] if c.get("split") == "heldout"]
    assert len(cases) >= 15
    counts, failures = score(cases)
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    assert tp / max(1, tp + fp) >= 0.9 and tp / max(1, tp + fn) >= 0.9, failures


@pytest.mark.parametrize("text, vague", [
    ("Excellent rates for experienced drivers.", True),
    ("Pay is in line with the market.", True),
    ("We offer clients competitive rates for storage.", False),  # a business's prices
    ("Our rates are based on market prices.", False),
])
def test_pay_praised_or_pegged_to_the_market(text, vague):
    assert any(m.kind == "vague" for m in pay_mentions(text)) == vague
