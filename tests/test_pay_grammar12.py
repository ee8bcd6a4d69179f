"""Pay grammar classes of session 29 (pay12, issue 14 items 3-4): what may stand between an amount
and its period ("basic", "in-hand"), a period unit with a word naming it ("per audio minute", "per
credit hour"), rates named in the plural ("Day rates upwards of"), the smaller unit after an amount
in words ("twelve pounds fifty an hour"), Indonesia's "juta", a bound after a lakh amount ("5 LPA and
above"), a mask over India's pay unit ("XX LPA"), a policy as the only pay ("as per HR policy"), a
company-wide floor said of everyone, editors' notes. Each class with the figure it states and
near-misses that must stay quiet.
"""
from __future__ import annotations

import pytest

from conftest import pay_case_labels
from jdlint.extract.pay import FIGURE_KINDS, pay_mentions


def figures(text: str) -> list[tuple[str, float | None, float | None, str | None, str | None]]:
    return [(m.kind, m.figure.minimum, m.figure.maximum, m.figure.currency, m.figure.period) for m in pay_mentions(text)
            if m.kind in FIGURE_KINDS]


@pytest.mark.parametrize("text, figure", [
    # what stands between the amount and its period
    ("R14,500 basic per month.", ("single", 14500.0, 14500.0, "ZAR", "month")),
    ("£28,000 basic plus overtime.", ("single", 28000.0, 28000.0, "GBP", None)),
    ("Rs 28k in-hand per month, cab facility both ways.", ("single", 28000.0, 28000.0, "INR", "month")),
    ("KES 40,000 take-home per month.", ("single", 40000.0, 40000.0, "KES", "month")),
    # a unit named by a word before it
    ("50 cents per audio minute transcribed.", ("single", 50.0, 50.0, "cents", "minute")),
    ("Salary Range: $1,395 per credit hour this semester.", ("single", 1395.0, 1395.0, "$", "hour")),
    ("Pickers earn 40p per packed box.", ("single", 40.0, 40.0, "pence", None)),
    # Indonesia's million
    ("IDR 7.5 juta per month, staff housing included.", ("single", 7500000.0, 7500000.0, "IDR", "month")),
    # the smaller unit in words
    ("Pay: twelve pounds fifty an hour.", ("single", 12.5, 12.5, "GBP", "hour")),
    ("We pay nine pounds and twenty pence per hour.", ("single", 9.2, 9.2, "GBP", "hour")),
    ("The rate is ten dollars and twenty-five cents an hour.", ("single", 10.25, 10.25, "dollars", "hour")),
    # a bound after a lakh amount
    ("Salary: 5 LPA and above.", ("open", 500000.0, None, "INR", "year")),
    ("CTC: 8 LPA+ for strong candidates.", ("open", 800000.0, None, "INR", "year")),
    # rates in the plural
    ("Day rates upwards of £400.", ("open", 400.0, None, "GBP", "day")),
    ("Day rates from £350 to £420.", ("range", 350.0, 420.0, "GBP", "day")),
    # a retainer is this job's pay; what the amount is offered to
    ("Monthly retainer of £1,200 for 20 hours of social content.", ("single", 1200.0, 1200.0, "GBP", "month")),
    ("$60k+ for the right closer.", ("open", 60000.0, None, "$", None)),
    # a salary named by its full-time equivalent; "to" as a bound right after a pay noun
    ("Youth pastor, 0.6 FTE: £18,500 (£30,833 FTE).", ("single", 18500.0, 18500.0, "GBP", None)),
    ("Rates to €85/hour for experienced contractors.", ("open", None, 85.0, "EUR", "hour")),
    # an amount in words with no currency, right before its period, after a pay noun
    ("Pay: twenty-two fifty an hour.", ("single", 22.5, 22.5, None, "hour")),
    ("We pay fifteen an hour.", ("single", 15.0, 15.0, None, "hour")),
    # the pay label and period in the employer's own language; more ISO codes; a "$" named by its code
    ("Sueldo: ARS 850.000 por mes.", ("single", 850000.0, 850000.0, "ARS", "month")),
    ("Salario: $15.000.000 COP mensuales.", ("single", 15000000.0, 15000000.0, "COP", "month")),
    ("Salary: 5.000 € brutto/Monat.", ("single", 5000.0, 5000.0, "EUR", "month")),
    ("Lønn: 550 000 kr i året.", ("single", 550000.0, 550000.0, "kr", "year")),
    ("Salaire: 25,50 $ de l'heure.", ("single", 25.5, 25.5, "$", "hour")),
    ("Salaire: 150 000 FCFA par mois.", ("single", 150000.0, 150000.0, "XOF", "month")),
    ("Salary: ETB 15,000 per month.", ("single", 15000.0, 15000.0, "ETB", "month")),
    ("Salary: $70,000 – $80,000 USD.", ("range", 70000.0, 80000.0, "USD", None)),
    # a lower bound the employer guarantees is a floor (no open end)
    ("Guaranteed pay of at least £500 a week.", ("floor", 500.0, None, "GBP", "week")),
    ("A minimum of $20 per hour is guaranteed.", ("floor", 20.0, None, "$", "hour")),
    ("Guaranteed hourly minimum of $17.", ("floor", 17.0, None, "$", "hour")),
    ("A minimum of $20 per hour.", ("open", 20.0, None, "$", "hour")),
    # what else a commission is a share of
    ("Commission: 3% of the first-year premium on every policy you sell.", ("commission", 3.0, 3.0, "%", "sale")),
    # the incentives add to the amount, they do not name it
    ("Earn as much as PHP 40,000 monthly with incentives.", ("open", None, 40000.0, "PHP", "month")),
])
def test_figure_read(text, figure):
    assert figures(text)[:1] == [figure]


@pytest.mark.parametrize("text", [
    "Interest rates of 5% apply to staff loans.",
    "Basic knowledge of Excel is needed.",
    "Lift fifty pounds five times a shift.",
    "Everyone on our payroll earns above the Thai minimum wage of 363 baht a day.",
    "Everybody here earns at least £12 an hour.",
    "A $500 sign-on bonus with your first paycheck.",
    "Support our campaign to raise the statutory minimum wage to KES 15,000.",
    "Night shift differential of $2/hr.",
    "Weekend uplift of £1.50 per hour.",
    "Travel to clients in Leeds and Hull.",
    "You will work forty hours a week.",
    "Shifts are twelve a month.",
    "We sell 500 plats a year.",
    "Our AMD 7950 build servers run nightly.",
])
def test_no_figure_for_this_job(text):
    assert figures(text) == []


def test_incentives_added_after_a_lakh_figure_leave_it_closed():
    assert figures("CTC: 8 LPA + incentives.") == [("single", 800000.0, 800000.0, "INR", "year")]


@pytest.mark.parametrize("text, expected", [
    ("CTC: XX LPA.", {"T102"}),
    ("Package: X.X LPA to Y.Y LPA.", {"T102"}),
    ("Salary: XX-XX lakh per annum.", {"T102"}),
    ("Band C salary as per HR policy.", {"P101"}),
    ("Pay according to company guidelines.", {"P101"}),
    ("Salary to convene between both parts.", {"P101"}),
    ("NOTE TO SELF: delete this line before posting", {"T103"}),
    ("Shift allowance ??? (check with ops)", {"T103"}),
    ("Team size ??? - check with Priya", {"T103"}),
    ("Day rate TK, confirm with the client.", {"T103"}),
    ("Travel: approx. TK% of the time", {"T103"}),
    ("Call us on 01632 960000 for details.", {"T102"}),
    ("Hiring manager: Head of XX", {"T102"}),
    ("A stipend is provided for the duration of the fellowship.", {"P101"}),
    ("Salary in accordance with the NJC pay scales.", {"P101"}),
    ("Salary: 5 LPA and above.", {"pay-section", "P102"}),
    # DOE as "depending on experience" in a pay line; a template field named for pay leaves no vague pay
    ("Salary: DOE.", {"P101"}),
    ("Hourly, DOE.", {"P101"}),
    ("Salary band: ${SALARY_BAND}", {"T102"}),
    ("Salary: {{ salary_range }} (competitive).", {"T102"}),
    # pay addressed in everyday words, no figure
    ("Paid per shift.", {"P101"}),
    ("You'll be paid by the hour.", {"P101"}),
    ("Pay rates available on request.", {"P101"}),
    ("Salary and benefits open for discussion with the right person.", {"P101"}),
    ("Straight commission.", {"P101"}),
    ("Salary and benefits are market-leading.", {"P101"}),
    ("Monthly salary will be fixed based on performance in interview.", {"P101"}),
    ("Pay is competitive and overtime is paid at time and a half.", {"P101"}),
    ("Guaranteed pay of at least £500 a week.", {"pay-section"}),
    ("Salary: at least $50,000, and a guaranteed bonus.", {"pay-section", "P102"}),
    ("Base rate $20/hr plus night differential of $2/hr.", {"pay-section"}),
    ("Happy to discuss salary.", {"P101"}),
    ("We'll talk money at the interview.", {"P101"}),
    # blanks
    ("Start date: DD Month YYYY", {"T102"}),
    ("Experience: X-Y years.", {"T102"}),
    ("Benefits include [list 3-4 benefits].", {"T102"}),
    ("Location: <%= @job.city %>", {"T102"}),
    ("Join {{ company }} to build data pipelines.", {"T102"}),
    ("Send CVs to [Recruiter Name] by Friday.", {"T102"}),
    ("Send your CV to test@test.com.", {"T102"}),
    ("Address: Street Name 1, 12345 City.", {"T102"}),
    ("Pay: 00.00 per hour", {"T102"}),
    ("Day rates upwards of £500.", {"pay-section", "P102"}),
])
def test_findings(text, expected):
    assert pay_case_labels(text) == expected


@pytest.mark.parametrize("text", [
    "CTC: 12 LPA.",  # a figure, no mask
    "Sizes XS to XXL are provided.",
    "Paid leave as per company policy.",
    "Who are we looking for??? You!",
    "Note to self-starters: apply now.",
    "Send your CV to jane.doe@example.com by Friday.",  # (the address is T102; its "doe" is not DOE)
    "Early Education Teacher (TK, K, 1st Grade)",
    "Shop at TK Maxx for your uniform.",
    "Call 0161 496 0732 between 9 and 5.",
    "A salary review takes place every April.",
    # a stock surname and the Department of Energy are not DOE
    "Please contact John Q. Doe in HR.",
    "Send applications to Doe, Jane (Recruiter).",
    "Experience working with DOE national laboratories.",
    "Mr. Doe will interview you.",
    "We are happy to discuss flexible working.",
    "Paid holidays and sick leave.",
    "Use the [list view] in Jira.",
    # pay stated elsewhere; overtime as a multiple of pay; a count of hours
    "Pay rates are in the table below and are not negotiable.",
    "Overtime is paid at 1.5x for hours over 40 per week.",
    "Overtime paid at 1.5x the hourly rate after 48 hours per week as per labour law.",
    "Debug views such as `<%= @user.name %>`.",
    # template syntax named as an example, outside code markup
    "You'll write GitHub Actions using ${{ secrets.TOKEN }}.",
    "Use placeholders like [Customer Name] in the CRM macro.",
    "You will build email templates with merge tags like {{first_name}} and {{company}}.",
    "The night bus leaves at 00.00 a day before the depot opens.",
    "Competitive salary: $50,000-$55,000 a year.",
])
def test_near_misses_stay_quiet(text):
    assert not pay_case_labels(text) - {"pay-section", "T102" if "example.com" in text else ""}
