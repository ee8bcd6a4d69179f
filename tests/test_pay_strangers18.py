"""Session 34 (pay18): the classes training writers W and X (US hospitals and trades, Gulf employers, ESL teaching
in Asia, domestic work, salons, agencies) found missed, each with near-misses: an editing marker as a pay label's
whole value (T103, not also vague pay), "+" adding a named extra of a package, lower bounds in other words ("not
less than", "Over 100k OTE", "Min.", "35.000+ THB"), a rate confirmed at booking, placement on a pay schedule, and
the editor's question marks and bracketed notes. The fixtures are the builder's own wording for each class."""
from __future__ import annotations

import pytest

from conftest import assert_pay_figure, codes, pay_case_labels


@pytest.mark.parametrize("text, expected", [
    # a marker left as a pay label's value, with or without a note to a colleague: the unfinished field (T103) alone
    ("Weekly wage: TBC", {"T103"}),
    ("Base salary - TBD", {"T103"}),
    ("Day rate: TBA until finance signs it off.", {"T103"}),
    ("Salary: TBD (Karen checking with payroll)", {"T103"}),
    # the marker as the employer's shorthand to applicants: pay put off to the interview, or said to depend on
    # something, is vague pay as well
    ("Salary: TBD at the second interview.", {"P101", "T103"}),
    ("Salary: TBC depending on experience.", {"P101", "T103"}),
    ("Pay: TBD, negotiable for the right person.", {"P101", "T103"}),
    ("Salary TBD at interview.", {"P101", "T103"}),
])
def test_a_marker_in_a_pay_label(text, expected):
    assert pay_case_labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "+" and a named extra of a package: the basic is this job's figure, not open-ended
    ("Basic salary SAR 1,900 + gratuity and annual air ticket.", ("single", 1_900, 1_900, "SAR", None)),
    ("Rate: $26.40/hr + night shift differential", ("single", 26.4, 26.4, "$", "hour")),
    ("Basic PHP 18,000 + COLA", ("single", 18_000, 18_000, "PHP", None)),
    ("Salary AED 2,400 + service charge + meals on duty", ("single", 2_400, 2_400, "AED", None)),
    # a bare "not less than" is a lower bound like "at least"; a promise with its verb, or "never", is a floor
    ("Monthly salary not less than QAR 3,000.", ("open", 3_000, None, "QAR", None)),
    ("Pay: no less than R55 per hour", ("open", 55, None, "ZAR", "hour")),
    ("You will not earn less than $21 an hour.", ("floor", 21, None, "$", "hour")),
    # a bound written short before the amount does not end the sentence
    ("Min. 15,000 MYR monthly.", ("open", 15_000, None, "MYR", "month")),
    ("Max. €2.800 pro Monat", ("open", None, 2_800, "EUR", "month")),
    # "+" glued to the number with the currency after it
    ("Pay: 42.000+ CZK monthly", ("open", 42_000, None, "CZK", "month")),
    ("Salary: 30,000+ THB", ("open", 30_000, None, "THB", None)),
    # millions written with a capital M, as ESL ads in Korea write the won ("2.2M KRW per month")
    ("Salary: 2.2M KRW per month + housing", ("single", 2_200_000, 2_200_000, "KRW", "month")),
    ("Salary: KRW 2.4M monthly", ("single", 2_400_000, 2_400_000, "KRW", "month")),
])
def test_the_figure_of_writer_w_and_x_classes(text, expected):
    assert_pay_figure(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("Over 120k OTE for closers.", {"pay-section", "P102"}),
    ("Salary: more than 45k depending on experience.", {"pay-section", "P102"}),
    ("Monthly salary not less than QAR 3,000.", {"pay-section", "P102"}),
    ("Basic salary SAR 1,900 + gratuity and annual air ticket.", {"pay-section"}),
    # a worker's rate left to a later step of an agency's process, and a place on a pay schedule with no figure
    ("Shift rate confirmed on assignment.", {"P101"}),
    ("Hourly pay agreed at placement.", {"P101"}),
    ("Initial placement on the teachers' salary schedule reflects verified experience.", {"P101"}),
    ("Staff are placed on the county pay scale according to years of service.", {"P101"}),
    # pay by a unit of work with no amount, said by the employer; when pay arrives and nothing else; the law or the
    # employer's other workplaces named instead of a figure
    ("We pay our coaches per session.", {"P101"}),
    ("Wages paid in cash at the end of every week.", {"P101"}),
    ("Salary as per Qatar labour law.", {"P101"}),
    ("Pay on par with our other clinics.", {"P101"}),
    # a mask of hashes where the digits go, after any currency, is the unfilled field alone
    ("Salary: SAR ####", {"T102"}),
    ("Pay: ₱##,### per month", {"T102"}),
    ("Salary: (to fill)", {"T102"}),
    # one question mark is as blank as three
    ("Monthly salary: ?", {"T103"}),
])
def test_open_and_vague_pay_of_writer_w_and_x_classes(text, expected):
    assert pay_case_labels(text) == expected


@pytest.mark.parametrize("text", [
    # counts, ranges and prices, not open-ended pay
    "Our pay app has over 100k users.",
    "We have served more than 50k customers since 2010.",
    "Customers pay as much as $60 for a colour and cut.",
    "Room rates confirmed at booking.",
    "Dinner for two is £45 + service charge.",
    # a price per click, a gratuity under the law, overtime under the law beside the pay, a bracket of prose
    "We pay per click for search ads.",
    "End-of-service gratuity is paid as per UAE labour law.",
    "Overtime is paid as per the collective agreement.",
    "Someone keen (to add value) every day.",
    # a company's money in millions, capital M or not
    "We raised $5M from investors in 2023.",
    "You will manage a $2M marketing budget.",
    # a placement that is no pay schedule's
    "Successful trainees are placed on a fixed-term contract.",
    "Placement on the NHS waiting list is not required.",
    # a figure on the schedule is the pay
    "Placement on the salary schedule: Step 3, $58,200 a year.",
    # a heading asking the reader a question is no note to the writer
    "[Why join us?] Our nurses stay for years.",
])
def test_near_misses_stay_quiet(text):
    assert pay_case_labels(text) <= {"pay-section"}
    if "Step 3" not in text:
        assert pay_case_labels(text) == set()


@pytest.mark.parametrize("text, expected", [
    # question marks as a label's value before a note of what to do
    ("Start time: ??? check with the site lead", {"T103"}),
    ("Uniform size: ?? ask Omar", {"T103"}),
    # a bracketed note naming a topic's details to write up, or asking the writer a question
    ("[insert the parking info here]", {"T103"}),
    ("Perks: [mention the staff discount?]", {"T103"}),
    # a bracketed field's name stays a field
    ("[insert details]", {"T102"}),
    ("[insert clinic name] is hiring a receptionist.", {"T102"}),
])
def test_editing_marks_of_writer_w_and_x(text, expected):
    assert pay_case_labels(text) == expected


def test_the_question_marks_need_a_label_or_a_note():
    import jdlint

    report = jdlint.lint_text("You will book appointments.\n\nReady for a change??? Apply today!\n", path="t.md")
    assert "T103" not in codes(report)
