"""Pay figures across registers (pay8, issue 14): currency letters with a full stop ("Ksh. 35,000"),
thousands said "grand" in digits or words, "pays" as a pay word, "per diem" as a period, bounds
after an amount ("RM 4,000 and above") and before an amount in words ("up to twenty pounds an
hour"). Each class with near-misses.
"""
from __future__ import annotations

import pytest

from jdlint.extract.pay import FIGURE_KINDS, pay_mentions
from jdlint.sentences import sentence_spans


def kinds(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    return [(m.kind, m.figure.minimum, m.figure.maximum, m.figure.period) for m in pay_mentions(text)
            if m.kind in FIGURE_KINDS]


# --- currency letters written with a full stop keep the amount in one sentence ---------------------
@pytest.mark.parametrize("text", ["Salary: Ksh. 35,000 net per month.", "Pay: Kr. 450 per hour.", "Salary Dhs. 4,000 a month."])
def test_currency_letters_with_full_stop_stay_in_the_sentence(text):
    assert len(sentence_spans(text, 0, len(text))) == 1
    assert kinds(text) and kinds(text)[0][0] == "single"


def test_a_currency_letter_before_a_capital_still_ends_the_sentence():
    text = "We are hiring in Kenya, ask for Ksh. Rates are good."
    assert len(sentence_spans(text, 0, len(text))) == 2


# --- "grand": a thousand of the currency -------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("You'll earn thirty grand a year.", 30000.0),
    ("Salary: 40 grand plus van.", 40000.0),
    ("Salary: £30 grand.", 30000.0),
    ("The job pays forty-five grand a year.", 45000.0),
])
def test_grand_is_thousands(text, value):
    assert [k[1] for k in kinds(text)] == [value]


@pytest.mark.parametrize("text", [
    "Our office is at 40 Grand Street.", "We gave away 5 grand prizes last year.",
    "We raised 50 grand for charity.", "The 3 grand pianos in the lobby need tuning.",
])
def test_grand_near_misses(text):
    assert kinds(text) == []


# --- "pays", "per diem", bounds after an amount and before an amount in words ------------------
def test_pays_is_a_pay_word():
    assert kinds("The role pays £32k.") == [("single", 32000.0, 32000.0, None)]
    assert kinds("The client pays £32k for the licence.") == []


def test_per_diem_is_a_period():
    assert kinds("£180 per diem for locum shifts.") == [("single", 180.0, 180.0, "day")]


@pytest.mark.parametrize("text", ["Salary: RM 4,000 and above.", "Salary £25k or higher, depending on experience.",
                                  "Pay: $30/hr and upwards."])
def test_bound_after_the_amount_is_open(text):
    assert [k[0] for k in kinds(text)] == ["open"]


def test_and_above_the_named_thing_is_no_bound():
    assert [k[0] for k in kinds("Salary: £25,000 and above the national average for the region.")] != ["open"]


@pytest.mark.parametrize("text, low, high", [
    ("Earn up to twenty pounds an hour.", None, 20.0),
    ("Pay starts at fifteen dollars an hour.", 15.0, None),
])
def test_word_amounts_with_a_bound_are_open(text, low, high):
    assert kinds(text) == [("open", low, high, "hour")]


def test_the_one_who_pays_is_someone_else():
    assert kinds("The client pays £32k for the licence.") == []


# --- the naira written "N" before a number grouped in thousands --------------------------------------
@pytest.mark.parametrize("text, value", [("Salary: N120,000 per month.", 120000.0), ("Salary: N 85,000 monthly.", 85000.0)])
def test_naira_letter(text, value):
    found = [(m.kind, m.figure.minimum, m.figure.currency) for m in pay_mentions(text) if m.kind in FIGURE_KINDS]
    assert found == [("single", value, "NGN")]


@pytest.mark.parametrize("text", ["Wear N95 masks at all times.", "Order N 1,500 units of stock.", "Level N3, 1,000 staff."])
def test_naira_letter_near_misses(text):
    assert kinds(text) == []


# --- vague pay: what pay depends on, "package" as the sentence's subject, the best rates ------------
def vague(text: str) -> list[str]:
    return [m.text for m in pay_mentions(text) if m.kind == "vague"]


@pytest.mark.parametrize("text", [
    "Salary depends on the interview.", "Pay will be based on your last drawn salary.",
    "Remuneration commensurate with your track record.", "Salary dependent on your current CTC.",
    "Package to be discussed.", "The package is attractive.", "We pay the best rates in town.",
])
def test_vague_pay_classes8(text):
    assert vague(text)


@pytest.mark.parametrize("text", [
    "You will install the software package to be discussed with the client.",
    "Our success depends on the interview panel's judgement.", "We pay the best attention to detail.",
    "The package is delivered to the client by courier.",
])
def test_vague_pay_near_misses8(text):
    assert vague(text) == []


# --- money that is not this job's pay: a legal minimum as news, money handled, a perk's value -------
@pytest.mark.parametrize("text", [
    "The national minimum wage rose to R27.58 an hour this year.", "Minimum wage in Kenya is KES 15,000 per month.",
    "Handle cash of up to ₦500,000 per day.", "You will process refunds of up to £200 a day.",
    "Free meals worth $15 per shift.", "Staff get vouchers valued at £50 a month.",
])
def test_money_that_is_not_this_jobs_pay(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text", [
    "We pay the National Minimum Wage of £11.44 per hour.", "Minimum wage for apprentices is £6.40 an hour.",
    "You will handle cash and earn £12 an hour.", "Salary: £24,000 per year; you will handle cash and card payments.",
])
def test_pay_beside_those(text):
    assert len(kinds(text)) == 1


# --- more registers: "/-", "quid", a share with pay as the subject, "or more" after a period ---------
@pytest.mark.parametrize("text, kind", [
    ("Salary: 25,000/- per month.", "single"), ("Wages: 20 quid an hour cash.", "single"),
    ("Pay is 28% of the load.", "commission"), ("Pay: $18/hr or more based on experience.", "open"),
    ("A salary of around fifty thousand pounds.", "single"),
])
def test_more_registers(text, kind):
    assert [k[0] for k in kinds(text)] == [kind]


@pytest.mark.parametrize("text", [
    "Fuel card with a limit of R5,000 per month.", "You must be able to lift fifty pounds.",
    "Pay attention to the 28% of loads that arrive late.",
])
def test_more_registers_near_misses(text):
    assert kinds(text) == []


def test_stipend_is_a_pay_noun():
    assert vague("Stipend will be provided.")


# --- currencies written after the amount in words and letters; bounds on amounts with no currency ---
@pytest.mark.parametrize("text, currency", [
    ("Salary: 1200 KD per month.", "KWD"), ("Salary: 4000 SR.", "SAR"), ("Monthly salary: 2500 dhs.", "AED"),
    ("Salary: 50,000 Rupees per month.", "INR"), ("Salary: 85.000 TL.", "TRY"), ("Salary: GHC 2,000.", "GHC"),
    ("Gross salary: Kes. 70,000 per month.", "KES"), ("Salary: 3,000 riyal a month.", "riyals"),
])
def test_currency_after_in_words_and_letters(text, currency):
    found = [(m.kind, m.figure.currency) for m in pay_mentions(text) if m.kind in FIGURE_KINDS]
    assert found == [("single", currency)]


@pytest.mark.parametrize("text", [
    "Hiring 5 SR engineers with 10 years of experience.", "Run 500 ft of cable a day.", "We have 3 Sr developers.",
])
def test_currency_letters_after_near_misses(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text, low, high", [
    ("Salary: Up to 50K per month.", None, 50000.0), ("Salary: above 25,000 per month.", 25000.0, None),
    ("Salary: 20k upwards.", 20000.0, None), ("Honorarium: $500 per talk.", 500.0, 500.0),
])
def test_bounds_on_amounts_with_no_currency(text, low, high):
    assert [(k[1], k[2]) for k in kinds(text)] == [(low, high)]


# --- vague pay in more everyday words ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Pay dependant on age and experience.", "Salary expectation will be discussed.", "Top rates paid.",
    "Top money paid to the right candidate.", "Pay per project, negotiable.", "Wages paid at the union rate.",
])
def test_vague_pay_everyday8(text):
    assert vague(text)


@pytest.mark.parametrize("text", [
    "Please state your salary expectations.", "Pay slips, TBC by HR.", "Top money managers trust us.",
    "We pay suppliers at the agreed rate.", "Handle payroll, competitive tendering and audits.",
])
def test_vague_pay_everyday8_near_misses(text):
    assert vague(text) == []


# --- placeholders: fiction phone numbers, a letter mask before a currency code --------------------------
def t_codes(text: str) -> set[str]:
    import jdlint
    report = jdlint.lint_text("You will answer calls and schedule appointments.\n\n" + text + "\n", "t.md")
    return {d.code for d in report.diagnostics if d.code in ("T102", "T103")}


@pytest.mark.parametrize("text", ["Phone: +1 (555) 123-4567", "Call 555-867-5309 today.", "Call 555-0142 to apply.",
                                  "Salary: XXXX EUR gross", "Salary: XXXXX USD per year."])
def test_placeholders8(text):
    assert t_codes(text) == {"T102"}


@pytest.mark.parametrize("text", ["Call 1-800-555-1234 to apply.", "Call (212) 555-1234 to apply.",
                                  "Order 5551234567 units.", "Sizes XXXXL and up."])
def test_placeholders8_near_misses(text):
    assert t_codes(text) == set()


# --- the employer's offer of thousands; "pay of" after a bonus; money handled as a noun -----------------
@pytest.mark.parametrize("text", ["We're offering £28k.", "We offer 30,000 EUR gross.", "Sign-on bonus $2,000 and pay of $24/hr."])
def test_offered_thousands_and_pay_of(text):
    assert len(kinds(text)) == 1


@pytest.mark.parametrize("text", ["We offer $1,500 to each team for training.", "We offer $5,000 relocation support.",
                                  "We offer 2,000 products online.", "Cash handling up to $5,000 per shift."])
def test_offered_thousands_near_misses(text):
    assert kinds(text) == []


# --- vague pay: money said "£££", labels with "offered", tax-free, Agenda for Change, one-word payscale --
@pytest.mark.parametrize("text", [
    "Excellent £££ for the right person.", "Earn $$$ from home!", "Salary offered: Best in the industry.",
    "Tax-free salary plus accommodation.", "Salary in line with NHS Agenda for Change.",
])
def test_vague_pay_registers8(text):
    assert vague(text)


def test_one_word_payscale_names_a_grade():
    assert [m.kind for m in pay_mentions("Payscale: Level 7.")] == ["grade"]


@pytest.mark.parametrize("text", [
    "Salary: please state your expected salary.", "Advise clients on competitive pay benchmarking.",
    "You'll handle good money discipline for clients.", "Costs: $$ to $$$ on our menu price guide.",
])
def test_vague_pay_registers8_near_misses(text):
    assert vague(text) == []


@pytest.mark.parametrize("text, fields", [
    ("Pay: $[rate] per hour", ["$[rate]"]), ("Salary: $[SALARY_MIN] - $[SALARY_MAX].", ["$[SALARY_MIN]", "$[SALARY_MAX]"]),
    ("Pay: $[amount] per hour", ["[amount]"]),
])
def test_a_name_in_brackets_where_the_amount_goes(text, fields):
    import jdlint
    report = jdlint.lint_text("You will answer calls and schedule appointments.\n\n" + text + "\n", "t.md")
    assert [d.match for d in report.diagnostics if d.code == "T102"] == fields


@pytest.mark.parametrize("text", ["See [$5 off](https://example.org/deal) today.", "Costs $[five](note)."])
def test_a_link_after_a_currency_sign_is_no_field(text):
    assert t_codes(text) == set()


# --- 555-0100 to 555-0199 is North America's fiction range; other countries' numbers share the digits --------
@pytest.mark.parametrize("text", ["Call 555-0142 to apply.", "Call (956) 555-0147 to apply.", "Phone +1 (212) 555-0199.",
                                  "Call 555 0199 today."])
def test_the_fiction_range_alone_or_after_a_bracketed_area_code_is_a_stand_in(text):
    assert t_codes(text) == {"T102"}


@pytest.mark.parametrize("text", ["Call Thandi on 011 555 0172 for details.",  # Johannesburg's area code
                                  "Text 021 555 0192 to apply.",  # a New Zealand mobile
                                  "Call +64 21 555 0192.", "Call (011) 555 0172.", "Call 0161 555 0123 today.",
                                  "Questions? Call 319-555-0134 or 319-362-1200."])
def test_the_same_digits_after_another_group_are_a_real_number(text):
    assert t_codes(text) == set()
