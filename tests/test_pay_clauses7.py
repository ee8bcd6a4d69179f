"""Pay read by clause (pay7): what an amount is (pay, a bonus, an allowance, a budget, a price) is
said in the amount's own clause, so a pay figure survives beside an allowance or budget figure and
a price stays silent beside pay words; prices by the night or the head are no pay; a role said to
be unpaid or voluntary has addressed pay (no S104, and no vague pay). Each class with near-misses.
"""
from __future__ import annotations

import pytest

import jdlint
from jdlint.extract.pay import FIGURE_KINDS, pay_mentions

DUTIES = "You will answer calls and schedule appointments for the clinic.\n\n"
SCORED = ("T102", "T103", "P101", "P102")


def codes(text: str, select: tuple[str, ...] = SCORED) -> set[str]:
    if select == SCORED:
        report = jdlint.lint_text(DUTIES + text + "\n", "t.md")
    else:
        from jdlint.config import Config
        report = jdlint.lint_text(DUTIES + text + "\n", "t.md", config=Config(select=select))
    return {d.code for d in report.diagnostics if d.code in select}


def pay_figure(text: str):
    report = jdlint.lint_text(DUTIES + text + "\n", "t.md")
    sections = [s for s in report.sections if s.kind == "pay" and s.pay]
    return sections[0].pay if sections else None


def figures(text: str) -> list[str]:
    return [m.text for m in pay_mentions(text) if m.kind in FIGURE_KINDS]


# --- 1. a pay figure beside money that is not pay, in another clause of the sentence ---------------
@pytest.mark.parametrize("text, minimum", [
    ("Hourly wage: €14,50 gross, plus holiday allowance of 8%.", 14.5),
    ("Day rate: £210, plus a travel allowance of £15 per day.", 210.0),
    ("Salary $58,000; the team has a training budget of $20,000.", 58000.0),
    ("Pay is $23 an hour and the project has funding from a state grant.", 23.0),
    ("Hourly rate of R 95, with a uniform allowance.", 95.0),
    ("Base salary $90,000 plus a bonus of $10,000.", 90000.0),
])
def test_a_pay_figure_survives_beside_money_that_is_not_pay(text, minimum):
    figure = pay_figure(text)
    assert figure is not None and figure["min"] == minimum


@pytest.mark.parametrize("text", [
    "Plus a travel allowance of £15.",
    "You will manage a training budget of $20,000.",
    "We raised $20M in Series B funding last year.",
    "An annual bonus of up to $5,000.",
    "Our salaries are reviewed each year; the phone allowance is $40.",
])
def test_money_that_is_not_pay_stays_silent_in_its_own_clause(text):
    assert pay_figure(text) is None


def test_the_veto_reaches_only_the_amounts_own_clause():
    # the allowance is the second clause's: the first amount is pay, the second is not
    sent = "Wage: $640 a week, plus an allowance of $50."
    assert figures(sent) == ["$640 a week"]


# --- 2. prices are not pay, even with a pay word elsewhere in the sentence -----------------------
@pytest.mark.parametrize("text", [
    "Rooms from ¥18,000 per night.",
    "Cabins from £95 per night, breakfast included.",
    "The set menu is $40 per person.",
    "Memberships start at $29 a month.",
    "Menus from £30 per head.",
    "Lessons cost $45 an hour.",
    "Our hostel beds go for ₹800 a night in summer.",
    "Classes are A$25 per session for members.",
    "Boat hire is 300 kr per hour.",
])
def test_a_price_by_the_night_or_the_head_is_no_pay(text):
    assert pay_figure(text) is None and codes(text) == set()


@pytest.mark.parametrize("text, minimum", [
    ("Night carers earn £95 per night.", 95.0),
    ("Sleep-in shifts: £95 a night.", 95.0),
    ("Night carers: £110 per night.", 110.0),
    ("Tutors earn $40 an hour for adults and $30 for children.", 40.0),
    ("The cost of living is high, so we pay $25 an hour.", 25.0),
    ("Sleep-in shifts pay £80 per night.", 80.0),
    ("Salary is £26,000 a year; guests pay £120 per night for a room.", 26000.0),
])
def test_pay_by_the_night_stays_pay(text, minimum):
    figure = pay_figure(text)
    assert figure is not None and figure["min"] == minimum


# --- 5. a role said to be unpaid has addressed pay ------------------------------------------------
@pytest.mark.parametrize("text", [
    "This is a volunteer remote role for a board member.",
    "This is an unpaid, part-time internship with flexible hours.",
    "As a startup we are unable to offer upfront salary.",
    "The position is voluntary and reasonable travel costs are covered.",
    "Trustees serve on a voluntary basis.",
    "Expenses only.",
])
def test_an_unpaid_role_is_pay_addressed_without_vague_pay(text):
    assert codes(text, ("S104", "P101")) == set()


@pytest.mark.parametrize("text", [
    "Experience managing volunteers is essential.",
    "You will coordinate volunteer placements across the county.",
    "We offer voluntary benefits such as pet insurance.",
    "You will chase unpaid invoices.",
    "Related unpaid or volunteer work experience may count as qualifying experience.",
    "Report to the Volunteer Coordinator each morning.",
    "Two unpaid leave days a year for volunteering.",
])
def test_volunteer_and_unpaid_in_other_senses_leave_pay_missing(text):
    assert codes(text, ("S104",)) == {"S104"}


def test_a_stipend_with_an_amount_is_pay_beside_a_volunteer_role():
    text = "This is a volunteer role with a stipend of $1,500 per month."
    assert pay_figure(text) == pytest.approx(pay_figure(text))  # the figure is read
    assert pay_figure(text)["min"] == 1500.0


# --- 3. pay addressed without a figure, in everyday words: vague pay (P101), no pay section ---------
@pytest.mark.parametrize("text", [
    "Paid on the NJC scale.",
    "This is a GS-11 position.",
    "This role is paid at Band 5.",
    "Salary: Grade C2.",
    "Salary according to the collective agreement.",
    "Wages as per the enterprise agreement.",
    "Pay is set under the modern award.",
    "The money's good.",
    "Pay's decent and the tips are better.",
    "The pay here is great.",
    "The salary on offer is very good.",
    "Wages are up for discussion.",
    "We're flexible on salary for the right person.",
])
def test_pay_without_a_figure_in_everyday_words_is_vague_pay(text):
    assert codes(text) == {"P101"} and pay_figure(text) is None


@pytest.mark.parametrize("text", [
    "You will grade essays on a scale of one to ten.",
    "Salary will be paid at the end of each month, $3,100.",
    "Dinner is served at an award-winning hotel.",
    "You will be paid on time, every time, at $21 an hour.",
    "Our band plays at the summer party.",
    "Our AS 12 machines are in the post room.",
    "We are open on Sundays.",
    "We are flexible with hours.",
    "Money is raised through donations.",
])
def test_other_senses_and_figures_beside_the_same_words_are_not_vague_pay(text):
    assert "P101" not in codes(text)


def test_a_grade_beside_its_amount_is_a_figure():
    assert pay_figure("Salary: Grade C2, £31,000 a year.")["min"] == 31000.0


# --- 4. number formats and currencies --------------------------------------------------------------
@pytest.mark.parametrize("text, minimum, currency", [
    ("Salary kr 32 000 per month.", 32000.0, "kr"),
    ("Lønn: kr 32 000 brutto.", 32000.0, "kr"),
    ("Stundenlohn: 15,20 € brutto.", 15.2, "EUR"),
    ("Hourly wage: €14,50 gross.", 14.5, "EUR"),
    ("Salary R 15 000 per month.", 15000.0, "ZAR"),
    ("Salary CHF 95'000 per year.", 95000.0, "CHF"),
    ("Salary 15k-18k.", 15000.0, None),
    ("£24-27k pro rata.", 24000.0, "GBP"),
    ("$18-$22/hr DOE.", 18.0, "$"),
])
def test_number_formats_and_currencies_give_the_figure(text, minimum, currency):
    figure = pay_figure(text)
    assert figure is not None and figure["min"] == minimum and figure["currency"] == currency


@pytest.mark.parametrize("text", [
    "Salary: 60k+ DOE.",
    "A$90,000 and up, depending on experience.",
])
def test_open_ended_figures_without_a_pay_noun_or_currency_are_open_ended_pay(text):
    assert codes(text) == {"P102"} and pay_figure(text) is not None


@pytest.mark.parametrize("text", [
    "We did $80,000 gross margin last quarter.",
    "Tickets are $20 before tax.",
    "We need 10k+ followers on the page.",
    "You must lift 50 pounds and drive 300 km a day.",
])
def test_gross_and_plus_in_other_senses_are_no_figure(text):
    assert pay_figure(text) is None
