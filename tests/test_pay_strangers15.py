"""Session 32 (pay15): the money grammar on East Asian pay, progressions, a fee that is the worker's pay, and the
vague and not-this-job wording the training writers' pay files still missed. The labels are cases p15-* of
tests/data/pay_placeholder_cases.yaml; here, the figure each gives and what stays silent."""
from __future__ import annotations

import pytest

from conftest import assert_pay_figure, first_pay_figure
from jdlint.extract.pay import pay_mentions


@pytest.mark.parametrize("text, expected", [
    # ten thousands, thousands and a hundred millions written after the digits, with or without a space after the pay word
    ("月給 25万円", ("single", 250_000, 250_000, "JPY", "month")),
    ("月給25万円 (monthly), overtime paid separately.", ("single", 250_000, 250_000, "JPY", "month")),
    ("Salary: 8千元 per month", ("single", 8_000, 8_000, "CNY", "month")),
    ("연봉 4,000만원", ("single", 40_000_000, 40_000_000, "KRW", "year")),
    ("Monthly salary 3,200,000원 before tax.", ("single", 3_200_000, 3_200_000, "KRW", "month")),
    ("時給 1,200円 for weekday evening shifts.", ("single", 1_200, 1_200, "JPY", "hour")),
    # the tilde and wave dashes between a range's ends
    ("Salary: 400万円〜550万円 per year.", ("range", 4_000_000, 5_500_000, "JPY", "year")),
    ("Annual salary: 380万円～520万円 depending on experience.", ("range", 3_800_000, 5_200_000, "JPY", "year")),
    ("Salary: RMB 18K~25K per month.", ("range", 18_000, 25_000, "RMB", "month")),
    # a progression: both figures are this job's pay, a range from the first to the last
    ("Band 5: £31,049 rising to £37,796 with annual increments.", ("range", 31_049, 37_796, "GBP", None)),
    ("Trainee rate of €2,100 a month, moving to €2,600 on qualification.", ("range", 2_100, 2_600, "EUR", "month")),
    ("Pay starts at $15 and rises to $18 after ninety days.", ("range", 15, 18, "$", None)),
])
def test_the_figure_of_east_asian_pay_and_progressions(text, expected):
    assert_pay_figure(text, expected)


@pytest.mark.parametrize("text", [
    # a company's capital in ten thousands of yen; a CJK scale with no currency and no pay word
    "The company was founded with capital of 5000万円 in 1998.",
    "Our app has 300万 users across Japan.",
    # a progression of a company's money
    "Revenue of $2m rising to $5m in two years.",
    "Annual turnover of £400,000, rising to £650,000 next year.",
])
def test_no_figure_in_near_misses(text):
    assert [m for m in pay_mentions(text) if m.figure is not None] == []


@pytest.mark.parametrize("text, expected", [
    # a fee the worker is paid, receives or earns, or a day's, a lump sum's or a consultancy's fee as the line's label
    ("Consultants will be paid a daily fee of USD 350.", ("single", 350, 350, "USD", "day")),
    ("Daily fee: USD 280 for enumerators.", ("single", 280, 280, "USD", "day")),
    ("Fixed fee of USD 12,000 for the three-month consultancy.", ("single", 12_000, 12_000, "USD", None)),
    # millions a month of a currency whose year's pay runs to millions, said gross
    ("NGN 1.2m monthly gross.", ("single", 1_200_000, 1_200_000, "NGN", "month")),
])
def test_the_figure_of_a_fee_or_a_wage_in_millions(text, expected):
    assert_pay_figure(text, expected)


@pytest.mark.parametrize("text", [
    # the employer's or its client's fee, and fees the worker does not earn
    "Our consultancy fee is €900 per day, invoiced monthly to the client.",
    "We charge a daily fee of $900.",
    "Referral fee of $500 for every hire you introduce.",
    "Application fee: $25.",
    # a stipend for a thing, before or after the amount
    "A stipend for your home office of $500 is provided.",
    "Full medical cover, a $750 home office stipend, flexible PTO and a paid week off at New Year.",
    # a floor for all the staff
    "All our staff earn at least the Real Living Wage of £12.60.",
    # millions of a company's money
    "We process NGN 5m monthly in payments.",
])
def test_no_figure_for_the_worker(text):
    assert [m for m in pay_mentions(text) if m.figure is not None] == []


def test_a_fixed_fee_with_its_figure_is_no_vague_pay():
    assert [m.kind for m in pay_mentions("Fixed fee of USD 12,000 for the three-month consultancy.")] == ["single"]
    assert [m.kind for m in pay_mentions("Fixed salary plus commission.")] == ["vague"]


def test_a_stipend_that_is_the_pay_stays_pay():
    assert first_pay_figure("Interns receive a stipend of $2,000 a month.")[1] == 2000
    assert first_pay_figure("Stipend: $2,500 per month for the fellowship.")[1] == 2500


@pytest.mark.parametrize("text, expected", [
    # (writer Q) pay labels and periods of the Balkans, the Baltics and Cyrillic ads
    ("Plata: 2.800 EUR neto mesečno", ("single", 2_800, 2_800, "EUR", "month")),
    ("Plaća: 1.500 EUR mjesečno", ("single", 1_500, 1_500, "EUR", "month")),
    ("Palk: 2500 EUR kuus", ("single", 2_500, 2_500, "EUR", "month")),
    ("Atlyginimas: 2500 EUR per mėnesį", ("single", 2_500, 2_500, "EUR", "month")),
    ("Зарплата: 150 000 руб. в месяц", ("single", 150_000, 150_000, "RUB", "month")),
    # the taka after the amount, offered by performance
    ("Up to 25,000 Tk for top performers", ("open", None, 25_000, "BDT", None)),
    # a share of the catch named as a share
    ("Deckhands receive an 8% share of the catch value each trip.", ("commission", 8, 8, "%", None)),
])
def test_the_figure_of_writer_q_wording(text, expected):
    kind, low, high, currency, period = first_pay_figure(text)
    assert (kind, currency) == (expected[0], expected[3])
    assert (low, high) == (pytest.approx(expected[1]) if expected[1] is not None else None, pytest.approx(expected[2]))
    if expected[4]:
        assert period == expected[4]


@pytest.mark.parametrize("text", [
    "We donate a 5% share of proceeds to charity.",
    "Alga is a genus of seaweed; we harvest 50 tonnes a year.",
    "Our top performers sell 25,000 units a year.",
])
def test_no_figure_in_writer_q_near_misses(text):
    assert [m for m in pay_mentions(text) if m.figure is not None] == []


@pytest.mark.parametrize("text", [
    # pay matched to what others pay or where the job is, which the posting does not price
    "Wages in line with what others in the trade pay.",
    "Salary benchmarked to location.",
    # left to be settled later, in other words
    "The package will be worked out at the final interview.",
    # the amount named after the pay, and left open
    "Salary paid in USD, amount negotiable.",
    # rates set by an institution, praised piece rates, a rate with only what is added to it
    "Stipend at standard university rates",
    "Generous piece rates for fast pickers",
    "Hourly rate plus overtime and tips.",
    # the unit of piece work, or only when pay arrives
    "Paid per tree planted, top planters earn the most.",
    "Monthly salary, paid on the 25th of each month",
])
def test_vague_pay_in_the_training_writers_words(text):
    assert [m.kind for m in pay_mentions(text)] == ["vague"]


@pytest.mark.parametrize("text", [
    "Hourly rate and overtime rate are shown in the table below.",
    "Hourly rate plus overtime: see the table below.",
    "Paid per cent of sales.",
    "Hourly rate",
])
def test_no_vague_pay_where_the_figure_is_elsewhere_or_no_pay_is_said(text):
    assert [m for m in pay_mentions(text) if m.kind == "vague"] == []


@pytest.mark.parametrize("text", [
    "Paid at the standard rate of $18.50 an hour.",
    "Salary: $45,000, paid on the 25th of each month.",
    "Hourly rate: $14 plus tips.",
])
def test_a_figure_beside_the_same_words_is_the_pay(text):
    assert any(m.figure is not None for m in pay_mentions(text))


@pytest.mark.parametrize("text, kind", [
    # (writer Q's second half) a range in thousands with what it depends on; an amount offered to the right worker of a trade
    ("Vet surgeon: 55-65k DOE", "range"),
    ("USD 4k+ for the right engineer", "open"),
    ("Up to $6,000 a month for the right chef with Italian experience.", "open"),
])
def test_the_kind_of_writer_q_second_half_figures(text, kind):
    assert [m.kind for m in pay_mentions(text) if m.figure is not None][0] == kind


def test_the_basis_pay_is_reckoned_on_with_no_figure_is_vague():
    assert [m.kind for m in pay_mentions("Crew paid on a share basis")] == ["vague"]


@pytest.mark.parametrize("text", [
    "All group employees in Malaysia earn at least RM 1,700, the national minimum wage.",
    "We moved here for the right reasons.",
    "Our team of 20-30 engineers.",
])
def test_no_figure_for_this_job_in_writer_q_second_half_near_misses(text):
    assert [m for m in pay_mentions(text) if m.figure is not None] == []


@pytest.mark.parametrize("text, expected", [
    # a scale written once, after the range's second end, belongs to both ends
    ("Salary: 8-10jt per bulan.", ("range", 8_000_000, 10_000_000, "IDR", "month")),
    ("Salary: VND 20 - 30 million / month.", ("range", 20_000_000, 30_000_000, "VND", "month")),
    ("Salary: 20-30 triệu VND.", ("range", 20_000_000, 30_000_000, "VND", None)),
    ("Salary: 400〜550万円 per year.", ("range", 4_000_000, 5_500_000, "JPY", "year")),
    # Vietnamese pay label and period, Peru's "S/." (no sentence break after its full stop), the Gulf's dinars before the digits
    ("Lương: 15 triệu VND/tháng.", ("single", 15_000_000, 15_000_000, "VND", "month")),
    ("Salary: S/. 2,500 mensual.", ("single", 2_500, 2_500, "PEN", "month")),
    ("Basic: KD 450 + accommodation + food.", ("single", 450, 450, "KWD", None)),
    ("Salary: BD 600 per month.", ("single", 600, 600, "BHD", "month")),
])
def test_the_figure_of_a_scale_on_both_ends_and_other_regions(text, expected):
    assert_pay_figure(text, expected)


@pytest.mark.parametrize("text", [
    "BD 2 years of experience required.",
    "Năm 2020 we opened our Hanoi office.",
])
def test_no_figure_in_initials_and_years(text):
    assert [m for m in pay_mentions(text) if m.figure is not None] == []


@pytest.mark.parametrize("text", [
    # money the worker handles or runs for others, a rig's or a market's rate, what clients save, a country's minimum wage
    # as a fact, a perk's points
    "Handle petty cash of up to KES 50,000 per week.",
    "Process payroll for 300 staff earning between $2,000 and $5,000 a month.",
    "Rig day rates have risen to $400,000.",
    "Our clients save up to AED 5,000 a month with our service.",
    "The minimum wage in the Philippines is PHP 610 per day.",
    "Earn points worth up to $50 a month on our app.",
])
def test_no_figure_for_this_job_in_others_money(text):
    assert [m for m in pay_mentions(text) if m.figure is not None] == []


@pytest.mark.parametrize("text", [
    "We pay the National Minimum Wage of £11.44 per hour.",
    "Day rate: USD 650 on a 28/28 rotation.",
    "Clients pay £40 an hour; you earn £25 an hour.",
])
def test_this_jobs_pay_beside_the_same_words_stays(text):
    assert any(m.figure is not None for m in pay_mentions(text))


def test_how_often_pay_arrives_is_not_the_figures_period():
    # the label's period is the figure's; "paid monthly" says when it arrives
    assert first_pay_figure("Annual salary: 380万円～520万円 depending on experience, paid monthly.")[4] == "year"
    assert first_pay_figure("Salary: £2,000 per month, paid monthly in arrears.")[4] == "month"


@pytest.mark.parametrize("text, found", [
    # a pay label and a figure in thousands written with no separator, alone on its line (a real ad's header)
    ("Salary: 62500", True), ("Salary: 62500.", True), ("Pay: 1500", True),
    # a figure under a thousand, or with a decimal part, says nothing by itself
    ("Salary: 625", False), ("Salary: 62500.50", False),
])
def test_a_pay_label_and_a_bare_figure(text, found):
    assert any(m.figure is not None for m in pay_mentions(text)) is found


def test_one_rate_compared_with_another_is_no_vague_pay():
    # eval_vague's near-miss c3-h30: the higher rate is one the ad gives elsewhere
    assert pay_mentions("Experienced individuals will be paid at the higher rate.") == []
