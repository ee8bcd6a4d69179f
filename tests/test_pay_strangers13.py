"""Session 30 (pay13): the money grammar and whose pay it is, on wording of registers the earlier sets
lacked (millions with no period, the period and the bound in other languages, farm piece work, crypto,
allowances that are a volunteer's pay, stepped salaries), and the figure each gives the JSON pay section.
The labels (pay-section, P101, P102, T102, T103) of these classes are cases of
tests/data/pay_placeholder_cases.yaml (ids p13*); here, what the figure says and what must stay silent."""
from __future__ import annotations

import time

import pytest

from jdlint.extract.pay import pay_mentions, shows_pay_figure


def figure(text: str) -> tuple:
    found = [m for m in pay_mentions(text) if m.figure is not None]
    assert found, f"no figure in {text!r}"
    f = found[0].figure
    return found[0].kind, f.minimum, f.maximum, f.currency, f.period


@pytest.mark.parametrize("text, expected", [
    # millions in a clause that names pay, with no period after them
    ("Annual salary ¥5.5m–¥6.5m.", ("range", 5_500_000, 6_500_000, "JPY", "year")),
    ("Total compensation of JPY 9m.", ("single", 9_000_000, 9_000_000, "JPY", None)),
    # the period in the employer's own language
    ("Salaris: € 2.900 per maand.", ("single", 2900, 2900, "EUR", "month")),
    ("Mshahara: KSh 30,000 kwa mwezi.", ("single", 30000, 30000, "KES", "month")),
    ("Salaire: 38 000 € par an.", ("single", 38000, 38000, "EUR", "year")),
    ("Upah Rp 25.000 per jam.", ("single", 25000, 25000, "IDR", "hour")),
    ("Staż: 1200 zł/mies. brutto", ("single", 1200, 1200, "PLN", "month")),
    ("Akkord: 1,20 € pro Stück", ("single", 1.2, 1.2, "EUR", "piece")),
    # Polish thousands, a bound in another language
    ("Pensja: 3,5 tys. zł netto", ("single", 3500, 3500, "PLN", None)),
    ("Gehalt: bis zu 70.000 € brutto im Jahr", ("open", None, 70000, "EUR", "year")),
    ("Stawka: od 25 zł/h", ("open", 25, None, "PLN", "hour")),
    # farm piece work, cents written "90c", a rate per N units (the N is no amount)
    ("Earn 90c per bunch of bananas cut.", ("single", 90, 90, "cents", "piece")),
    ("Leaflet drops: £4.50 per 100 leaflets delivered", ("single", 4.5, 4.5, "GBP", None)),
    # crypto pay, words in other scripts, "pm" after an amount, a stepped salary
    ("USDC 7,500 per month, paid on-chain", ("single", 7500, 7500, "USDC", "month")),
    ("Fifteen hundred złoty a week, cash in hand.", ("single", 1500, 1500, "PLN", "week")),
    ("Salary: R14 500 pm.", ("single", 14500, 14500, "ZAR", "month")),
    ("Trainee solicitor: £50,000 first year, £55,000 second year", ("single", 50000, 50000, "GBP", "year")),
    # an allowance that is a volunteer's pay; an open commission share
    ("Volunteers receive a living allowance of £150 a week.", ("single", 150, 150, "GBP", "week")),
    ("Up to 40% commission on colour services.", ("open", None, 40, "%", "sale")),
    # a line that is an amount and its bound
    ("Upwards of £60,000", ("open", 60000, None, "GBP", None)),
])
def test_the_figure_of_strangers_wording(text, expected):
    kind, low, high, currency, period = figure(text)
    assert (kind, currency, period) == expected[:1] + expected[3:]
    assert (low, high) == pytest.approx(expected[1:3])


@pytest.mark.parametrize("text", [
    # a company's money in millions, a wage bill, a salary pool
    "We raised ¥500m from investors.", "We pay out $2m in wages every year.", "The salary pool is $3m.",
    # allowances for a thing beside the pay, a bursary towards books
    "Interns receive a travel allowance of £40 a week.", "Staff get a phone allowance of $50 a month.",
    "We offer bursaries of up to £500 for training courses.",
    # everyone's floor, averages and medians, tips and service charge by themselves
    "Everyone at the bakery earns at least £12 an hour.", "Every member of our kaimahi earns at least $27.80 an hour.",
    "Every store in the group pays at least the Real Living Wage of £12.60.",
    "Our company minimum wage is £12.60 an hour across all sites.",
    "Our median pay is £14 an hour.", "Tronc adds about £2 an hour.",
    "Service charge is shared equally and averages £250 a month.",
    # prices, the clock, a word that is a currency's name in another sense
    "The farm sells strawberries at £3 per punnet.", "Charter rates for the yacht start at €180,000 per week.",
    "Shift ends at 9 pm sharp.", "We won 3 awards in 2024.", "$5m", "Win £500!",
])
def test_not_this_jobs_pay(text):
    assert not shows_pay_figure(text), [m for m in pay_mentions(text)]


@pytest.mark.parametrize("text", [
    "Salary as per " + "a" * 100_000,
    "Everyone at the " + "a" * 100_000,
    "Volunteers receive " + "a " * 50_000 + "allowance",
    "Competitive " + "rates " * 20_000,
    "£35,000 " + "- " * 50_000,
    "Up to " + "40% " * 20_000 + "commission",
    "Salary: " + "X" * 100_000,
    "Lorem " + "ipsum " * 20_000,
])
def test_new_patterns_stay_linear_on_hostile_input(text):
    import jdlint

    began = time.process_time()
    jdlint.lint_text("You will answer calls.\n\n" + text + "\n", path="t.md")
    assert time.process_time() - began < 20
