"""Session 33 (pay16): who an amount is for, a package added to an amount, the units of performers' and gig
workers' pay, "p.m." after South Asian amounts, vague pay that turns on something unnamed, a grade on a scale
named in full, and the bracketed note to the writer (T103) told from a bracketed field (T102). Built from the
misses of training writers S and T; the fixtures here are the builder's own wording for each class."""
from __future__ import annotations

import pytest

import jdlint
from jdlint.extract.pay import pay_mentions


@pytest.mark.parametrize("text, expected", [
    # a worker named right after the amount, or as the line's label, says whose pay it is
    ("Per function: ₱1,800 for servers, ₱2,600 for head waiters", ("single", 1_800, 1_800, "PHP", "piece")),
    ("S$6k+ for a senior chef", ("open", 6_000, None, "SGD", None)),
    ("$85k+ for experienced linehaul drivers.", ("open", 85_000, None, "$", None)),
    ("Bar staff: $180 per night, paid in cash", ("single", 180, 180, "$", None)),
    ("Musicians: R900 per set", ("single", 900, 900, "ZAR", "piece")),
    # "sign on" as joining, not a sign-on bonus
    ("Sign on at $24 an hour as a Home Care Aide.", ("single", 24, 24, "$", "hour")),
    # a package: an amount with a pay addition, or paid thirteen times a year
    ("USD 4,000 + housing for site engineers", ("single", 4_000, 4_000, "USD", None)),
    ("A$120k + super, 2/1 roster", ("single", 120_000, 120_000, "AUD", None)),
    ("KES 60,000 x 13 months", ("single", 60_000, 60_000, "KES", None)),
    # South Asia's "p.m." after an amount and its "/-"
    ("Rs. 28,000/- p.m. fixed", ("single", 28_000, 28_000, "INR", "month")),
    # Europe's ",-" marking a whole amount, before or after its currency
    ("Salaris: 4.100,- € bruto per maand", ("single", 4_100, 4_100, "EUR", "month")),
    ("€ 3.200,- bruto per maand", ("single", 3_200, 3_200, "EUR", "month")),
    ("Lønn: 45.000,- kr per måned", ("single", 45_000, 45_000, "kr", "month")),
    # "minimum" after the amount, or a bound after its period, leaves it open
    ("Salary: £35,000 minimum.", ("open", 35_000, None, "GBP", None)),
    ("$30/hr and upwards", ("open", 30, None, "$", "hour")),
    # the job advertised named after the amount
    ("£30k and above for this role", ("open", 30_000, None, "GBP", None)),
    # a bound before a line that is only an amount
    ("In excess of €50,000.", ("open", 50_000, None, "EUR", None)),
])
def test_the_figure_of_writer_s_and_t_classes(text, expected):
    kind, low, high, currency, period = _first(text)
    assert (kind, currency) == (expected[0], expected[3])
    assert (low, high) == (pytest.approx(expected[1]) if expected[1] is not None else None,
                           pytest.approx(expected[2]) if expected[2] is not None else None)
    if expected[4]:
        assert period == expected[4]


def _first(text):
    found = [m for m in pay_mentions(text) if m.figure is not None]
    assert found, f"no figure in {text!r}"
    f = found[0].figure
    return found[0].kind, f.minimum, f.maximum, f.currency, f.period


@pytest.mark.parametrize("text", [
    # who is named after "for" is a customer, or the noun after it is no worker
    "Tickets are £15 for adults and £8 for children.",
    "Parking costs £10 for an extra hour.",
    "Quote wedding packages between ₱60,000 and ₱180,000 to couples.",
    # the business's own figures, a typical customer's spend, expenses repaid
    "Store turnover is £50,000 a week.",
    "Monthly revenue of $80,000 across both sites.",
    "Our average client spends $2,000 a month with us.",
    "Expenses of up to £300 a month are reimbursed.",
    "Mileage: 45p per mile.",
    # "minimum" of something else after the amount
    "Orders have a $50 minimum spend.",
    # a list's numbers with ",-" and no currency
    "Steps 1,- 2,- 3 are listed below.",
    # what is added to a price
    "Room hire is £500 + VAT per day.",
    # a floor for everyone on the staff
    "As a Living Wage employer, no one on our team earns less than £12.60 an hour.",
    # sign-on as a bonus stays a bonus
    "A $1,500 sign-on bonus is paid after 90 days.",
])
def test_no_figure_for_the_worker_in_near_misses(text):
    assert [m for m in pay_mentions(text) if m.figure is not None] == []


@pytest.mark.parametrize("text", [
    "Hourly rate depends on subject and level.",
    "Salary varies by campus.",
    "Rate per word to be agreed.",
    "Salary: Welsh Local Government scale, Grade 6.",
    "Placed at GS-11 on the federal scale.",
])
def test_vague_pay_and_a_grade_with_no_figure(text):
    kinds = [m.kind for m in pay_mentions(text)]
    assert kinds and set(kinds) <= {"vague", "grade"}, kinds


def test_a_commission_on_sales_keeps_its_share():
    assert "commission" in [m.kind for m in pay_mentions("Earn 5% commission on sales of £10,000 a month.")]


def test_a_guaranteed_minimum_after_the_amount_is_a_floor():
    assert "open" not in [m.kind for m in pay_mentions("Drivers are guaranteed £500 a week minimum.")]


def test_a_figure_after_what_pay_depends_on_is_the_pay():
    assert [m.kind for m in pay_mentions("Hourly rate depends on subject: $30 for GCSE.")] != ["vague"]


def _placeholder_codes(line: str) -> list[str]:
    report = jdlint.lint_text(f"You will answer calls for the clinic.\n\n{line}\n", path="t.md")
    return sorted({d.code for d in report.diagnostics if d.code in ("T102", "T103")})


@pytest.mark.parametrize("line, expected", [
    # a field's name, with or without the verb that asks for it: the value goes there (T102)
    ("Apply by [insert date].", ["T102"]),
    ("Salary: [insert salary here]", ["T102"]),
    ("Closing date: [add closing date before publishing]", ["T102"]),
    ("Shift timing: [shift hours] IST", ["T102"]),
    ("Start: [start time]", ["T102"]),
    # text to compose, a source to copy from, a condition, or who will see to it: a note to the writer (T103)
    ("[insert a short line about the team here]", ["T103"]),
    ("[add the bit from the Leeds ad about parking]", ["T103"]),
    ("[insert rota here once Priya confirms]", ["T103"]),
    ("Benefits: [Tom to add pension details]", ["T103"]),
    ("Benefits: [HR to confirm]", ["T103"]),
    # question marks glued to what is in doubt, before what to do about it
    ("Rotation: 4/4 or 3/3??? check with ops", ["T103"]),
    # question marks as a label's whole value: the value is not known yet (every training writer: an editing note)
    ("Start date: ???", ["T103"]),
    ("Salary: ???", ["T103"]),
    # question marks shaped like an amount stay a money mask, a field
    ("Salary: $??,???", ["T102"]),
    # near-misses: a bracket that is a tag or an aside, question marks of emphasis
    ("Call us [any time] on the number below.", []),
    ("We work [2 hours] a day on admin.", []),
    ("[Remote] Payroll Administrator", []),
    ("Who are we looking for??? You!", []),
])
def test_a_bracketed_field_or_a_note_to_the_writer(line, expected):
    assert _placeholder_codes(line) == expected
