"""Pay and placeholder classes, fourth round (issue 14 item 4, helper coverage2): a pay period or
payment method with no amount is vague pay (P101); a guaranteed floor is this job's figure (kind
"floor", never P102); what staff pay for is no pay; a money mask is a placeholder only (T102, no
P101 beside it); letter masks in phone numbers are fill-ins (T102, not T103); template variables
of more template languages are fill-ins outside code. Each class with near-misses.
"""
from __future__ import annotations

import pytest

import jdlint
from jdlint.extract.pay import pay_mentions

DUTIES = "You will answer calls and schedule appointments for the clinic.\n\n"
SCORED = ("T102", "T103", "P101", "P102")


def codes(text: str, path: str = "t.md") -> set[str]:
    report = jdlint.lint_text(DUTIES + text + "\n", path)
    return {d.code for d in report.diagnostics if d.code in SCORED}


def pay_figure(text: str):
    report = jdlint.lint_text(DUTIES + text + "\n", "t.md")
    sections = [s for s in report.sections if s.kind == "pay" and s.pay]
    return sections[0].pay if sections else None


@pytest.mark.parametrize("text", [
    "Pay: fortnightly.",
    "Pay: weekly.",
    "Payment: weekly, by cheque.",
    "Salary: paid monthly in arrears.",
    "Pay frequency: biweekly via direct deposit.",
    "Pay schedule: semi-monthly, on the 15th and last day of the month.",
    "Wages are paid monthly by direct deposit.",
    "We pay our drivers every Friday.",
    "Pay: cash in hand.",
    "Wage: paid via PAYE.",
    "Remuneration: paid per shift.",
    "Rate of pay: weekly.",
])
def test_a_pay_period_or_method_without_an_amount_is_vague_pay(text):
    assert codes(text) == {"P101"}


@pytest.mark.parametrize("text", [
    "Pay: weekly, at $16 an hour.",
    "Pay is $17 an hour, paid fortnightly.",
    "We pay our drivers every Friday, $20 an hour.",
    "We pay attention to detail every day.",
    "Pay: per shift, $120.",
])
def test_a_period_beside_a_figure_or_another_sense_of_pay_is_not_vague_pay(text):
    assert "P101" not in codes(text)


@pytest.mark.parametrize("text, minimum", [
    ("Guaranteed minimum of $18 an hour plus tips.", 18.0),
    ("We guarantee a minimum of $20 per hour.", 20.0),
    ("Drivers earn never less than $900 a week.", 900.0),
    ("You will never earn less than £12.50 per hour.", 12.5),
    ("You are guaranteed a minimum of $15 per hour plus tips.", 15.0),
])
def test_a_guaranteed_floor_is_a_figure_not_open_ended_pay(text, minimum):
    assert codes(text) == set()
    figure = pay_figure(text)
    assert figure is not None and figure["min"] == minimum and figure["max"] is None
    assert [m.kind for m in pay_mentions(text) if m.kind != "vague"] == ["floor"]


def test_a_bare_minimum_stays_open_ended():
    assert "P102" in codes("Minimum of $20 per hour.")


@pytest.mark.parametrize("text", ["Staff parking is $5 a day.", "Lunch in the staff canteen costs $5."])
def test_what_staff_pay_for_is_not_pay(text):
    assert pay_figure(text) is None


def test_cost_of_living_beside_real_pay_is_still_pay():
    """dev ad 0010: "$1,500+ USD monthly ($200 Cost of living)" states the pay."""
    assert "P102" in codes("Jobs in Asia$1,500+ USD monthly ($200 Cost of living). Housing provided.")


@pytest.mark.parametrize("text", [
    "Salary: £__,___ per annum, paid monthly.",
    "Pay: $__ per hour, paid weekly.",
    "Hourly rate: $__.__",
])
def test_a_money_mask_is_a_placeholder_only(text):
    assert codes(text) == {"T102"}


@pytest.mark.parametrize("text", [
    "Ring 07XXX XXXXXX to arrange a trial shift.",
    "Questions? Call 01XXX XXXXXX.",
    "Call (212) XXX-XXXX to apply.",
    "Call (555) XXX-XXXX to book a visit.",
    "Call +1 (XXX) XXX-XXXX.",
    "Tel: (0XX) XXXX XXXX",
    "Call 1-800-XXX-XXXX today.",
])
def test_a_phone_letter_mask_is_a_fill_in_not_a_todo(text):
    assert codes(text) == {"T102"}


@pytest.mark.parametrize("text", [
    "Call us on 020 7946 0321 to apply.",
    "Sizes XS to XXXL.",
    "Serial: AB12XXXX99",
])
def test_real_numbers_and_sizes_are_not_phone_masks(text):
    assert "T102" not in codes(text)


@pytest.mark.parametrize("text", [
    "Hello %(first_name)s, thanks for applying.",
    "Welcome to $company$, where we bake bread.",
    "Join $employer$ in $city$.",
    "Location: [[office_city]]",
    "Start date: <%= start_date %>",
    "Apply by {{closing_date}}.",
])
def test_template_variables_of_more_languages_are_fill_ins(text):
    assert codes(text) == {"T102"}


@pytest.mark.parametrize("text", [
    "You will format log lines with `%(levelname)s` in Python.",
    "Jobs are fetched from `${API_URL}/jobs` in the app.",
    "Our ERB views use `<%= user.name %>` everywhere.",
    "Lunch in the staff canteen costs $5.",
])
def test_template_syntax_in_code_and_real_prices_are_not_fill_ins(text):
    assert codes(text) == set()
