"""Session 40 (pay40): the mechanisms writer AJ's pay set (tests/data/pay_writerAJ.yaml, read data) found missed,
grouped by mechanism, each with near-misses. The fixtures are the builder's own wording for each class, not AJ's
sentences:

- a range grouped by spaces or points with its currency after and no pay word ("15 000 – 19 000 PLN net + VAT");
- the contract form named beside a figure (Brazil's CLT and PJ, the US's C2C and W2, "B2B:" as a line's label);
- a commission split as a label's value or "in your favour";
- money the worker pays (a room, a bed, meals by the shift), which is a price, not pay;
- P102 only where the open-ended figure is the posting's only figure (its RuleDoc's "only");
- pay named by the instrument that sets it with no figure (the tipped or legal minimum, an award named in full,
  loadings said to apply), pay tied to output with no rate, and the pay's currency named with no amount: P101.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import load_script, pay_case_labels

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("text, expected", [
    # tens of thousands grouped by a space or a point, the currency after, no pay word or period: the job's range
    ("Contract: 15 000 – 19 000 PLN net + VAT", {"pay-section"}),
    ("Senior: 12.000 – 15.000 € brutto", {"pay-section"}),
    ("B2B: 21 000 – 26 000 PLN / month", {"pay-section"}),
    # near-misses: no currency, or money that is a grant's
    ("Warehouse of 18 000 – 24 000 m2", set()),
    ("Grant: 18 000 – 24 000 PLN per project", set()),
])
def test_a_range_grouped_by_spaces_or_points(text, expected):
    assert pay_case_labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the contract form beside the figure says whose pay it is (as "UoP" and "B2B contract" did)
    ("R$ 8.200 CLT + VA", {"pay-section"}),
    ("$70/hr on C2C", {"pay-section"}),
    ("PJ: R$ 14.000 + PLR", {"pay-section"}),
    # near-misses: the letters with no money, and a price
    ("Our CLT team handles 3,000 tickets a week.", set()),
    ("Tickets cost R$ 45 per person.", set()),
])
def test_the_contract_form_beside_a_figure(text, expected):
    assert pay_case_labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Commission split: 60/40", {"pay-section"}),
    ("You keep a 75/25 split in your favour on every listing.", {"pay-section"}),
    # near-misses: a split of time, odds, a split that is not a hundred
    ("Work split: 70/30 office and remote", set()),
    ("Odds are 70/30 in your favour.", set()),
    ("Commission split: 60/60", set()),
])
def test_a_commission_split(text, expected):
    assert pay_case_labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what the worker pays for a room, a bed or meals by the shift is a price
    ("Meals in the staff canteen are $4 per shift.", set()),
    ("Worker accommodation is available at $120 a week.", set()),
    ("Hostel beds for pickers at NZ$25 a night.", set()),
    ("Room and board deducted at $150 per week.", set()),
    # near-misses: shift work's own pay, and pay beside a perk
    ("Sleep-in shifts: £95 a night", {"pay-section"}),
    ("Kitchen porters: £11.50 per hour, staff meals provided", {"pay-section"}),
    ("$26.50 per hour plus staff accommodation.", {"pay-section"}),
    ("Pay: $900 a week before deductions.", {"pay-section"}),
])
def test_money_the_worker_pays(text, expected):
    assert pay_case_labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a closed figure for the job and an open one beside it: not the posting's only figure
    ("Pickers earn $1.10 per kg; the best crews clear $280+ a day.", {"pay-section"}),
    ("Trainees start at $21.40/hour, topping out at $30.05/hour after three years.", {"pay-section"}),
    # near-misses: the open-ended figure alone stays P102 (its RuleDoc's bad example)
    ("Earn up to $25/hr.", {"pay-section", "P102"}),
    ("Pay from €2.400 a month.", {"pay-section", "P102"}),
])
def test_open_ended_only_when_it_is_the_only_figure(text, expected):
    assert pay_case_labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the instrument that sets the pay, named with no figure
    ("Servers are paid the tipped minimum wage plus tips.", {"P101"}),
    ("You'll make minimum wage to start.", {"P101"}),
    ("Staff receive award rates.", {"P101"}),
    ("Weekend penalty rates apply.", {"P101"}),
    ("Casual loading applies.", {"P101"}),
    ("Paid in line with the Children's Services (Early Education) Award.", {"P101"}),
    # pay tied to output with no rate, and the pay's currency with no amount
    ("The more shifts you pick up, the more you earn.", {"P101"}),
    ("We pay in EUR, on the last working day.", {"P101"}),
    ("Salary is paid in US dollars.", {"P101"}),
    ("Paid in GBP through Deel, every month.", {"P101"}),
    # near-misses: the instrument with its figure, a law named, what clients pay, other "the more"s
    ("Servers earn the state minimum wage, currently $16.28 an hour, plus tips.", {"pay-section"}),
    ("We comply with all minimum wage laws.", set()),
    ("Penalty rates apply on Saturdays, on a base of $28.10/hr.", {"pay-section"}),
    ("Clients pay in USD.", set()),
    ("We pay invoices in USD within 30 days.", set()),
    ("The more you learn, the more you grow.", set()),
    ("The more you earn, the more you save.", set()),
])
def test_pay_named_by_its_instrument(text, expected):
    assert pay_case_labels(text) == expected


def test_writer_aj_read_set():
    """Writer AJ's set (read data) at its bar: first read at 50d1113 it scored .912/.874; four of its labels disagree
    with the rule docs (tests/data/pay_writerAJ.yaml's header) and two cases are not English."""
    score = load_script("eval_pay_placeholder").score

    from jdlint.yamlio import load_fast

    cases = load_fast((ROOT / "tests" / "data" / "pay_writerAJ.yaml").read_text(encoding="utf-8"))["cases"]
    assert len(cases) == 120
    counts, failures = score(cases)
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    assert tp / (tp + fp) >= 0.95 and tp / (tp + fn) >= 0.95, [(c["id"], e, f) for c, e, f in failures]
