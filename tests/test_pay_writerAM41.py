"""Session 41 (pay41): the mechanisms writer AM's pay set (tests/data/pay_writerAM.yaml, read data) and the open notes
of session 40 found missed, grouped by mechanism, each with near-misses. The fixtures are the builder's own wording for
each class, not AM's sentences:

- pay put off to a call or a question the reader must start ("ring the desk about day rates"): P101;
- a rate named by its unit of work before it ("per-page rates"), with a figure (pay) or a dependence and none (P101);
- a template field standing for the amount ("[LOW] to [HIGH] a year") is T102 alone, not vague pay too;
- a bracket that the sentence goes on from ("[Employer] is ...") is a blank, not a section's heading; a greeting's or an
  address's bracket is a blank whatever its words; a key pressed ("Press [Enter]") is none;
- a sign closing the amount before it, times a count ("900€ x 14"), is no money mask;
- "lorem ipsum" named in a sentence is not the filler;
- money that is not this job's pay: what the worker looks after by its value ("clients worth"), deductions by amount;
- a bare figure by its period with the contract form after ("48/hr on W2") is pay;
- commission only, named as the pay's label before its share ("Commission only: 20% of every policy sold"), is pay;
- template syntax in a sentence about configuration ("Set X=${X} in your .env file") is real syntax, not a blank;
- pay tied to the pace of the work with no rate ("the faster you pick the more you make") is P101;
- the employer's floor across its group ("our minimum wage across the group") is company-wide, not this job's pay;
- the pay noun as a question standing for its label ("Your salary? Let's talk") and a fee or rate with its figure put
  off to a later step ("Rate agreed at interview") are P101.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import load_script, pay_case_labels

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("text, expected", [
    ("Great lanes for company drivers — phone dispatch about current rates.", {"P101"}),
    ("Locum shifts all over the county; message us for day rates!", {"P101"}),
    ("Interested? Speak to the site manager about pay.", {"P101"}),
    ("Weekend work available, just ask about the hourly rate.", {"P101"}),
    # near-misses: a figure after, pay questions as the work, a price on request, no pay noun
    ("Phone dispatch about current rates: $0.62 per mile loaded.", {"pay-section"}),
    ("Contact HR about payslip queries.", set()),
    ("You will email contractors about pay disputes.", set()),
    ("Call the shop for rates on bulk orders.", set()),
    ("Ask about our referral scheme.", set()),
    ("You will phone clients about late invoices.", set()),
])
def test_pay_put_off_to_a_call(text, expected):
    assert pay_case_labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Per-page rates are $1.10 to $1.60.", {"pay-section"}),
    ("Per-mile rates vary by lane and season.", {"P101"}),
    ("Per-hour rates depend on the client and the subject.", {"P101"}),
    # near-misses: a figure in the clause; a unit that no pay is named by
    ("Per-page rates depend on length: $1.10 to $1.60.", {"pay-section"}),
    ("Per-capita rates depend on the region.", set()),
])
def test_a_rate_named_by_its_unit_first(text, expected):
    assert pay_case_labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Salary: [LOW] to [HIGH] a year, depending on experience", {"T102"}),
    ("Rate: [Amount] per shift, negotiable", {"T102"}),
    # near-miss: a field elsewhere leaves vague pay vague
    ("Join [Employer Name]; we pay a competitive salary depending on experience.", {"T102", "P101"}),
])
def test_a_field_for_the_amount_is_the_blank_not_vague_pay(text, expected):
    assert pay_case_labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("[Employer Name] is a family-run chain of bakeries with shops across [Region].", {"T102"}),
    ("[Company]'s warehouse team is growing fast across the whole of the region.", {"T102"}),
    ("Hi [Applicant], thanks for your interest in the role.", {"T102"}),
    ("Questions go to jobs@[employer].com", {"T102"}),
    # near-misses: a section written under its bracketed label; a key or a button; a footnote
    ("[Benefits] We offer a pension match, 25 days of leave and free parking on site.", set()),
    ("Press [Enter] to submit the order on the screen.", set()),
    ("Click [Add] to start a new ticket.", set()),
    ("Hi team, [Remote] roles are welcome.", set()),
])
def test_brackets_that_are_blanks_by_their_frame(text, expected):
    assert pay_case_labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Base pay: 900€ x 14 payments a year.", {"pay-section"}),
    ("Salary: €1,800 x 14 per year.", {"pay-section"}),
    # the mask itself still fires
    ("Salary: € XX.XXX per year.", {"T102"}),
    ("Pay: $X.XX per hour.", {"T102"}),
])
def test_a_sign_times_a_count_is_no_mask(text, expected):
    assert pay_case_labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Our writers replace lorem ipsum with real words before any review.", set()),
    ("We never ship Lorem ipsum to production.", set()),
    # the filler, pasted
    ("Lorem ipsum dolor sit amet.", {"T103"}),
    ("Perks: lorem ipsum", {"T103"}),
    ("Lorem ipsum.", {"T103"}),
])
def test_lorem_ipsum_named_is_not_the_filler(text, expected):
    assert pay_case_labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("You will look after clients worth $3m a year.", set()),
    ("Run a territory valued at £400,000 a year.", set()),
    ("Pay deductions of $25 a week cover the uniform.", set()),
    ("£30 a week is deducted from your wages for the staff house.", set()),
    # near-misses: the pay beside them, and the gig worker's own jobs by their worth
    ("Salary: $48,000 a year; you will look after clients worth $3m a year.", {"pay-section"}),
    ("Salary: $48,000 a year before deductions.", {"pay-section"}),
    ("Complete jobs worth $40 each, paid weekly.", {"pay-section"}),
])
def test_money_that_is_not_this_jobs_pay(text, expected):
    assert pay_case_labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("48/hr on W2.", {"pay-section"}),
    ("Up to 70/hr on C2C.", {"pay-section", "P102"}),
    ("55 per hour via 1099.", {"pay-section"}),
    # near-misses: a count on the contract form, a count by the day
    ("At least 2 years on W2.", set()),
    ("Files 30 forms per day on W2 payroll.", set()),
])
def test_a_bare_rate_on_its_contract_form(text, expected):
    assert pay_case_labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Commission only: 18% of every policy you write.", {"pay-section"}),
    ("Commission-only – 30% of each deal closed.", {"pay-section"}),
    # near-misses: the share given away, and commission only with no share (vague)
    ("Commission only: we give 5% of every sale to charity.", {"P101"}),
    ("This is a commission-only role.", {"P101"}),
])
def test_commission_only_with_its_share(text, expected):
    assert pay_case_labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Keep SMTP_HOST=${SMTP_HOST} in the .env file, never in the repo.", set()),
    ("Read tokens from environment variables such as ${API_TOKEN}.", set()),
    # near-misses: a blank in the prose of the same kind of ad
    ("The base salary is ${salary} a year.", {"T102"}),
    ("Our platform team is hiring in ${CITY}.", {"T102"}),
])
def test_template_syntax_in_configuration_is_real(text, expected):
    assert pay_case_labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Paid by the bin: the quicker you pick, the more you earn.", {"P101"}),
    ("The harder you work, the more you take home.", {"P101"}),
    # near-misses: growth, not pay; a rate given
    ("The faster you learn, the more you grow.", set()),
    ("$30 per bin; the faster you pick, the more you make.", {"pay-section"}),
])
def test_pay_tied_to_pace_with_no_rate(text, expected):
    assert pay_case_labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Our minimum wage throughout the chain is $18.50 an hour.", set()),
    ("Group-wide, nobody is paid under £12.60 an hour.", set()),
    # near-misses: this job's pay, working across the group
    ("Salary: £31,000; you will work across the group.", {"pay-section"}),
    ("Salary: £31,000 a year across the group's two sites.", {"pay-section"}),
])
def test_a_floor_across_the_group(text, expected):
    assert pay_case_labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Hourly rate? We'll work it out together.", {"P101"}),
    ("Pay? Honestly, better than most.", {"P101"}),
    ("Session fee confirmed at booking.", {"P101"}),
    ("Day rate agreed after the first call.", {"P101"}),
    # near-misses: the answer gives the figure; a question about pay as the work; a price confirmed; a figure after
    ("Salary? $46,000 a year.", {"pay-section"}),
    ("Questions about pay? Call Sam in HR.", set()),
    ("Prices confirmed on booking.", set()),
    ("Fee agreed at booking: $380 per event.", {"pay-section"}),
])
def test_pay_asked_or_put_off(text, expected):
    assert pay_case_labels(text) == expected


def test_writer_am_read_set():
    """Writer AM's set (read data) at its bar: first read at e193ecd it scored .906/.916; six of its labels disagree
    with the rule docs (tests/data/pay_writerAM.yaml's header) and one case is not English."""
    score = load_script("eval_pay_placeholder").score

    from jdlint.yamlio import load_fast

    cases = load_fast((ROOT / "tests" / "data" / "pay_writerAM.yaml").read_text(encoding="utf-8"))["cases"]
    assert len(cases) == 120
    counts, failures = score(cases)
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    assert tp / (tp + fp) >= 0.93 and tp / (tp + fn) >= 0.95, [(c["id"], e, f) for c, e, f in failures]
