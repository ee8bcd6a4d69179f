"""The money grammar of extract/pay.py (issue 14 item 4, helper pay5), as a matrix: every currency
of jdlint/data/currencies.yaml x every way of writing the number x every position (before or
after, with or without a space), read back as the value and currency it states; then the same
grammar against numbers that are not money (versions, dates, phones, times, weights)."""
from __future__ import annotations

import re

import pytest

from jdlint.extract.pay import currency_table, pay_mentions, sentence_spans

TABLE = currency_table()

#: a number as written, and its value
NUMBER_STYLES = [
    ("52,000", 52000.0), ("52.000", 52000.0), ("52'000", 52000.0), ("52\u2019000", 52000.0),
    ("52\u00a0000", 52000.0), ("52\u202f000", 52000.0), ("52\u2009000", 52000.0), ("52 000", 52000.0),
    ("52000", 52000.0), ("1,234.50", 1234.5), ("1.234,50", 1234.5), ("4,50,000", 450000.0),
    ("12,50", 12.5), ("12.50", 12.5), ("52k", 52000.0), ("52K", 52000.0),
]

_BEFORE = ([(code, code) for code in TABLE["codes"]] + list(TABLE["signs"].items())
           + list(TABLE["prefixed_signs"].items()) + list(TABLE["letter_signs"].items())
           + [(k + ".", v) for k, v in TABLE["letter_signs"].items() if k.lower() == "rs"])
_AFTER = ([(code, code) for code in TABLE["codes"]] + [(s, c) for s, c in TABLE["signs"].items() if s != "$"]
          + list(TABLE["after"].items()))


#: letters that open an amount only before a number grouped in thousands by commas ("N150,000")
_GROUPED_ONLY = set(TABLE["letter_signs_grouped"])


def _matrix():
    for currency, name in _BEFORE:
        for number, value in NUMBER_STYLES:
            if currency in _GROUPED_ONLY and not re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", number):
                continue
            for space in ("", " "):
                yield f"{currency}{space}{number}", value, name
    for currency, name in _AFTER:
        for number, value in NUMBER_STYLES:
            # a word, or letters glued to a "k" ("52kEUR"), needs the space
            glued_ok = not (currency[0].isalpha() and (currency.islower() or number[-1] in "kK"))
            spaces = ("", " ") if glued_ok else (" ",)
            for space in spaces:
                yield f"{number}{space}{currency}", value, name


MATRIX = list(_matrix())


def test_the_matrix_covers_every_currency_and_style():
    assert len(MATRIX) > 4000
    assert {name for _, _, name in MATRIX} >= set(TABLE["codes"])


def test_every_currency_number_style_and_position_reads_back():
    wrong = []
    for amount, value, name in MATRIX:
        text = f"Salary: {amount} per month."
        figures = [m.figure for m in pay_mentions(text) if m.figure is not None]
        got = (figures[0].minimum, figures[0].currency, figures[0].period) if figures else None
        if got != (value, name, "month") or len(figures) != 1 or figures[0].text.rstrip() != f"{amount} per month":
            wrong.append((amount, got, figures[0].text if figures else None))
    assert not wrong, (len(wrong), wrong[:20])


@pytest.mark.parametrize("text, low, high, currency", [
    ("Salary: €45.000 – €52.000 per year.", 45000.0, 52000.0, "EUR"),
    ("Salary: PLN 12 000 - 15 000 gross monthly.", 12000.0, 15000.0, "PLN"),
    ("Salary: 12 000 - 15 000 PLN gross monthly.", 12000.0, 15000.0, "PLN"),
    ("CHF 110'000 - 130'000 per year.", 110000.0, 130000.0, "CHF"),
    ("The salary is between $62,000 and $70,000 annually.", 62000.0, 70000.0, "$"),
    ("Hourly rate: $24.50 to $29.00.", 24.5, 29.0, "$"),
    ("Salary: £40k to £48k.", 40000.0, 48000.0, "GBP"),
    ("Annual salary: ¥4,500,000 to ¥6,000,000.", 4500000.0, 6000000.0, "JPY"),
    ("Salary: SGD 5,500 – 7,000 monthly.", 5500.0, 7000.0, "SGD"),
])
def test_ranges_in_every_style(text, low, high, currency):
    figures = [m.figure for m in pay_mentions(text) if m.kind == "range"]
    assert figures and (figures[0].minimum, figures[0].maximum, figures[0].currency) == (low, high, currency), figures


@pytest.mark.parametrize("text, period", [
    ("Up to 2.800 EUR net monthly.", "month"),
    ("Salary: £30,000 gross per annum.", "year"),
    ("Pay: A$2,150 per fortnight before tax.", "fortnight"),
    ("Day rate: €550 per day.", "day"),
    ("Pickers are paid 40p per kilo picked.", None),  # piece rates keep no period name but are pay
])
def test_what_may_sit_between_an_amount_and_its_period(text, period):
    figures = [m.figure for m in pay_mentions(text) if m.figure is not None]
    assert figures, text
    if period:
        assert figures[0].period == period


def test_a_money_abbreviation_keeps_its_amount_in_one_sentence():
    text = "Salary: Rs. 35,000 per month for freshers."
    assert len(sentence_spans(text, 0, len(text))) == 1
    figures = [m.figure for m in pay_mentions(text) if m.figure is not None]
    assert figures and (figures[0].minimum, figures[0].currency) == (35000.0, "INR")


@pytest.mark.parametrize("text", [
    "Experience with Python 3.12 and Django 5.0 required.",
    "Experience with R 4.2 and Tk 8.6 is a plus.",  # a language and a toolkit, not rand or taka
    "Start date: 01.09.2025, interviews in the week of 14 July.",
    "Call us on +44 20 7946 0018 with questions.",
    "Shifts run from 06:00 to 14:30, Monday to Friday.",
    "Must be able to lift 25 kg and 50 pounds.",
    "We are ISO 9001 certified with 1 500 customers.",
    "Our team of 12 000 people works in 40 countries.",
    "The R2 visa and R&D tax credits are handled by our team.",
    "Meet us at 3pm at the office.",
])
def test_numbers_that_are_not_money(text):
    assert [m for m in pay_mentions(text) if m.figure is not None] == []


@pytest.mark.parametrize("text, plus_is_open", [
    ("Salary: £40k plus.", True),
    ("Salary: $60,000 plus, depending on experience.", True),
    ("Hourly wage: 13,50 € plus night supplements.", False),
    ("Salary: $90,000 plus bonus.", False),
    # "+" is a bound alone or before DOE, an addition before what it adds (pay6)
    ("Salary: $60k+", True),
    ("Salary: £40k+ DOE", True),
    ("Pay: $1,500+ USD monthly", True),
    ("Salary: AUD $95,000 + super", False),
    ("Salary: $95,000 + 11.5% super", False),
    ("Salary: £40k + benefits", False),
    ("Compensation: $145K + equity", False),
])
def test_plus_after_an_amount(text, plus_is_open):
    kinds = [m.kind for m in pay_mentions(text) if m.figure is not None]
    assert ("open" in kinds) == plus_is_open, kinds


@pytest.mark.parametrize("text, kind, low, period", [
    ("Pay: $25/hr–$30/hr depending on certification.", "range", 25.0, "hour"),
    ("Salary in excess of £40,000.", "open", 40000.0, None),
    ("Earn upwards of $900 per week.", "open", 900.0, "week"),
    ("Pay: £450 pw.", "single", 450.0, "week"),
    ("Rent-free flat and £2,000 pcm salary.", "single", 2000.0, "month"),
    ("Salary: 45,000 per annum.", "single", 45000.0, "year"),  # no currency: a pay noun and a period
    ("Pay: 12.50 an hour.", "single", 12.5, "hour"),
    ("Salary: Php 25,000 monthly.", "single", 25000.0, "month"),
    ("Salary: S/ 3,500 per month.", "single", 3500.0, "month"),
    ("Salary: Dhs 15,000 per month.", "single", 15000.0, "month"),
])
def test_bounds_shorthands_and_bare_figures(text, kind, low, period):
    figures = [m for m in pay_mentions(text) if m.figure is not None]
    assert figures and figures[0].kind == kind, figures
    assert (figures[0].figure.minimum, figures[0].figure.period) == (low, period), figures[0].figure


@pytest.mark.parametrize("text", [
    "You will work 40 hours per week.",
    "Paid 2 days per week in the office.",
    "The rate is 3 per shift.",
    "Deliver 60 per day; pay is weekly.",
    "We have over $2 billion in assets.",
    "Rent: £450 pw for the flat.",
])
def test_bare_numbers_and_bounds_that_are_not_pay(text):
    assert [m for m in pay_mentions(text) if m.figure is not None] == []


@pytest.mark.parametrize("text, value, currency, period", [
    ("We pay thirty thousand dollars a year to start.", 30000.0, "dollars", "year"),
    ("Earn fifteen pounds an hour.", 15.0, "GBP", "hour"),
    ("Two hundred and fifty euros per week, paid in 2 instalments.", 250.0, "EUR", "week"),
    ("A salary of forty-five thousand dollars.", 45000.0, "dollars", None),
])
def test_amounts_in_words(text, value, currency, period):
    figures = [m.figure for m in pay_mentions(text) if m.figure is not None]
    assert figures and (figures[0].minimum, figures[0].currency, figures[0].period) == (value, currency, period), figures


@pytest.mark.parametrize("text", [
    "You get a hundred dollars of store credit.",
    "We raised thousands of pounds for charity.",
    "Lift fifty pounds regularly; pay is weekly.",
    "One of our ten offices pays for parking.",
])
def test_words_that_are_not_an_amount(text):
    assert [m for m in pay_mentions(text) if m.figure is not None] == []


@pytest.mark.parametrize("text, low, high", [
    ("Salary: KRW 45m per year.", 45e6, 45e6),
    ("Salary: JPY 6.5m – 8m per year depending on level.", 6.5e6, 8e6),
    ("Pay: $30 thousand a year.", 30000.0, 30000.0),
])
def test_thousands_and_millions_as_a_scale(text, low, high):
    figures = [m.figure for m in pay_mentions(text) if m.figure is not None]
    assert figures and (figures[0].minimum, figures[0].maximum) == (low, high), figures


@pytest.mark.parametrize("text", [
    "We raised $5m in 2023.",
    "You will manage a £1.2m budget per year.",
    "Revenue of $2m per year.",
    "Salary: $1-2 million.",  # not a salary anyone is offered: no period, and not "$1"
    "We closed a $3-4m Series A.",
])
def test_millions_that_are_not_pay(text):
    assert [m for m in pay_mentions(text) if m.figure is not None] == []


def test_the_screens_skip_only_sentences_without_money(monkeypatch):
    """The pay reader skips a sentence's amount, grade and word-amount patterns when its
    lower-cased text holds no currency mark, grade word or currency word; with no lower-cased
    text (``safe_lower`` giving up) it runs them all. Both must read the same."""
    from conftest import EXAMPLES

    from jdlint import engine
    from jdlint.extract import pay
    from jdlint.source import decode

    texts = [f"Salary: {amount} per month, Grade {len(amount)} on the pay spine." for amount, _, _ in MATRIX[::5]]
    texts += ["We pay thirty thousand dollars a year.", "Earn fifteen pounds an hour in 2 shifts.",
              "Band 5 of Agenda for Change, 37.5 hours.", "Salary: R18 500 per month.", "Spine points 18-22, salary: TBC."]
    for path in sorted(EXAMPLES.rglob("*")):
        if path.is_file() and path.suffix in (".md", ".txt", ".html"):
            text = engine.parse_document(decode(path.read_bytes(), str(path))).text
            texts += [text[s:e] for s, e in sentence_spans(text, 0, len(text))]
    screened = []
    for text in texts:
        pay._sentence_pay.cache_clear()
        screened.append(pay._sentence_pay(text))
    monkeypatch.setattr(pay, "safe_lower", lambda text: None)
    for text, expected in zip(texts, screened):
        pay._sentence_pay.cache_clear()
        assert pay._sentence_pay(text) == expected, text
    pay._sentence_pay.cache_clear()


@pytest.mark.parametrize("text, is_pay", [
    # India's CTC is the whole package and LPA names its own period, so incentives after it are extra
    ("CTC: ₹4.5 - 6 LPA + incentives.", True),
    ("Package: 12-15 LPA plus incentives.", True),
    # an amount that is the incentive itself is not the job's pay
    ("Incentives of up to 2 lakh per quarter.", False),
    ("A joining incentive of ₹50,000 after probation.", False),
])
def test_a_package_with_incentives_after_it(text, is_pay):
    assert any(m.figure is not None for m in pay_mentions(text)) == is_pay
