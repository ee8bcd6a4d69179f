"""Session 31 (pay14): the money grammar on writer N's registers, and pay in a table's column.
The labels are cases p14-* of tests/data/pay_placeholder_cases.yaml; here, the figure each gives.

Pay in a table's column. The parsers join a row's cells with " ; "; a header cell
that names pay ("Salary", "Hourly rate", "Day rate (GBP)", "Pay / hour") makes each cell under it read as
that pay ("Hourly rate: 14.50"), so a bare figure is pay and "Negotiable" is vague pay, and section
detection counts the cell as pay. The labels are cases p14-17.. of tests/data/pay_placeholder_cases.yaml;
here, the figure each cell gives, where the finding sits, and what stays silent."""
from __future__ import annotations

import time

import pytest

import jdlint
from conftest import assert_pay_figure
from jdlint.extract.pay import pay_mentions, table_pay_figure_starts


@pytest.mark.parametrize("text, expected", [
    # the Philippine peso's "P" before thousands
    ("Salary: P18,500/month basic", ("single", 18500, 18500, "PHP", "month")),
    # millions after which the currency is a word, and a label of the period and tax
    ("Starting salary 36 million won a year.", ("single", 36_000_000, 36_000_000, "KRW", "year")),
    ("Monthly gross: UGX 4.5m", ("single", 4_500_000, 4_500_000, "UGX", None)),
    # a pay label and a figure in thousands with no currency
    ("OTE: 95K", ("single", 95000, 95000, None, None)),
    # "+" before a qualified addition is no bound: a single amount, not an open-ended one
    ("Base salary of $55k + uncapped commission.", ("single", 55000, 55000, "$", None)),
    # a line that is a range and what it depends on
    ("USD 1,800 - 2,200, depending on the account.", ("range", 1800, 2200, "USD", None)),
])
def test_the_figure_of_writer_n_wording(text, expected):
    assert_pay_figure(text, expected)


@pytest.mark.parametrize("text, kind", [
    # "+" glued to the amount is "or more", whatever words follow (the lead, after pay14's spaced addition)
    ("OTE $90k+ with uncapped commission.", "open"),
    ("Salary: £28k+ plus benefits.", "open"),
    ("Salary: $60k+ DOE.", "open"),
    # spaced, it adds what follows, qualified or not; glued with an addition right after, it adds that
    ("Base salary of $55k + uncapped commission.", "single"),
    ("£30k + annual bonus and car.", "single"),
    ("We pay $25/hr+ tips.", "single"),
])
def test_a_glued_plus_is_a_bound_and_a_spaced_one_adds(text, kind):
    assert [m.kind for m in pay_mentions(text) if m.figure is not None][0] == kind


@pytest.mark.parametrize("text", [
    "Resolve P1 and P2 incidents within the SLA.", "Bring your P45 from your last employer.",
    "The game has won 4 million players since launch.", "Headcount: 12,000",
    "Over 120 stores, depending on the region.", "Our auto policies run from $90 to $250 a month in premiums.",
])
def test_no_figure_in_writer_n_near_misses(text):
    assert [m for m in pay_mentions(text) if m.figure is not None] == []


def _figures(markdown: str) -> list[tuple]:
    from jdlint.parse import parse_document
    from jdlint.source import SourceFile

    doc = parse_document(SourceFile("t.md", markdown, "markdown"))
    return [(doc.text[m.start:m.end], m.kind, m.figure.minimum, m.figure.maximum, m.figure.period)
            for m in pay_mentions(doc.text) if m.figure is not None]


@pytest.mark.parametrize("markdown, expected", [
    ("| Role | Hourly rate |\n|---|---|\n| Picker | 14.50 |\n| Packer | 13.90 |\n",
     [("14.50", "single", 14.5, 14.5, "hour"), ("13.90", "single", 13.9, 13.9, "hour")]),
    ("| Grade | Salary (annual, EUR) |\n|---|---|\n| AO | 36k - 48k |\n",
     [("36k - 48k", "range", 36000, 48000, "year")]),
    ("| Role | Pay / hour |\n|---|---|\n| Cook | $15 - $17 |\n", [("$15 - $17", "range", 15, 17, "hour")]),
    # the next table under the first: its own header, its own period
    ("| Role | Hourly rate |\n|---|---|\n| Picker | 14.50 |\n\n| Role | Monthly salary |\n|---|---|\n| Clerk | 2,400 |\n",
     [("14.50", "single", 14.5, 14.5, "hour"), ("2,400", "single", 2400, 2400, "month")]),
])
def test_a_pay_column_cell_is_that_pay(markdown, expected):
    assert _figures(markdown) == [(t, k, pytest.approx(lo), pytest.approx(hi), p) for t, k, lo, hi, p in expected]


@pytest.mark.parametrize("markdown", [
    "| Team | Headcount |\n|---|---|\n| Support | 45 |\n",
    "| Account | Rate |\n|---|---|\n| Fixed saver | 5.25 |\n",  # a bank's interest, not pay
    "| Crew | Base |\n|---|---|\n| First officer | 737 |\n",  # where the crew are based
    "| Role | Salary |\n|---|---|\n| Analyst | 3 |\n",  # too small to be an amount
    "| Shift | Start | Finish |\n|---|---|---|\n| Late | 14:00 | 22:00 |\n",
])
def test_numbers_under_other_headers_are_no_pay(markdown):
    assert _figures(markdown) == []


def test_vague_pay_in_the_column_is_reported_on_the_cell():
    text = "Answer calls for the clinic.\n\n| Role | Salary |\n|---|---|\n| Account manager | Negotiable |\n"
    report = jdlint.lint_text(text, path="t.md")
    found = [d for d in report.diagnostics if d.code == "P101"]
    assert len(found) == 1
    assert text.splitlines()[found[0].line - 1] == "| Account manager | Negotiable |"


def test_the_section_detector_reads_the_cell_as_pay():
    text = "Answer calls for the clinic.\n\n| Vacancy | Depot | Salary |\n|---|---|---|\n| Driver | Leeds | 31,500 |\n"
    report = jdlint.lint_text(text, path="t.md")
    assert [s.pay["min"] for s in report.sections if s.kind == "pay"] == [31500]


def test_rows_joined_without_a_header_and_long_rows_stay_linear():
    assert table_pay_figure_starts("no table here") == frozenset()
    row = " ; ".join(["x"] * 40)
    text = "Role ; Salary\n" + "\n".join(f"Clerk ; {n % 900 + 10},500" for n in range(4000)) + "\n" + (row + "\n") * 2000
    started = time.perf_counter()
    assert len(table_pay_figure_starts(text)) == 4000
    assert time.perf_counter() - started < 5
