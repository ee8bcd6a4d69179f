"""Vague pay composed from the word classes of jdlint/data/pay_wording.yaml (helper pay5, issue 14
item 4): praise x pay noun, pay noun x a verb tying it to the worker, a base plus commission, and a
step of a pay structure with no amount; and a field word in angle brackets as a fill-in. Each
class fires on our own sentences and stays quiet on near-misses (figures, school grades,
qualifications, a client base, HTML, an e-mail address)."""
from __future__ import annotations

import pytest

import jdlint
from jdlint.extract.pay import pay_mentions, pay_wording

DUTIES = "You will answer calls and schedule appointments for the clinic.\n\n"


def kinds(text: str) -> set[str]:
    return {m.kind for m in pay_mentions(text)}


def codes(text: str, path: str = "t.md") -> set[str]:
    return {d.code for d in jdlint.lint_text(DUTIES + text + "\n", path=path).diagnostics}


@pytest.mark.parametrize("text", [
    "Brilliant pay and great tips.",
    "Market-leading salary and a company car.",
    "An industry-beating remuneration package awaits.",
    "We offer a first-class salary package.",
    "Superb, highly competitive hourly rate.",
    "Wages that reflect the hard work you put in.",
    "We offer pay that reflects your skills and experience.",
    "Wages reward the effort you put in.",
    "A salary that truly recognises your expertise.",
    "Basic plus commission.",
    "Base + commission.",
    "Basic salary plus uncapped commission.",
    "A retainer and monthly bonus.",
])
def test_vague_pay_classes_fire(text):
    assert "vague" in kinds(text), pay_mentions(text)
    assert "P101" in codes(text)


@pytest.mark.parametrize("text", [
    "Grade 6 on the university pay spine.",
    "This post is on Band 5 of Agenda for Change.",
    "Appointment will be at Grade 7 on the national pay scale.",
    "Salary: Level 4, spine points 18-22.",
    "Band 6 (NHS), full time.",
])
def test_a_pay_grade_with_no_amount_is_vague_pay(text):
    assert "grade" in kinds(text) and not kinds(text) & {"range", "single", "open"}, pay_mentions(text)
    assert "P101" in codes(text)


@pytest.mark.parametrize("text", [
    "Candidates need Grade 5 in GCSE English and maths.",
    "You will hold a Level 3 diploma in childcare.",
    "Our client base and commission structure grew last year.",
    "Pay that reflects the £12.60 living wage, paid weekly.",  # a figure: not vague
    "Salary: £28,000 on Band 5 of Agenda for Change.",  # the amount decides
    "Basic salary £24,000 plus uncapped commission.",
    "We build brilliant tools that reflect how nurses work.",
    "Great products and fair prices for our customers.",
])
def test_near_misses_are_not_vague_pay(text):
    assert "P101" not in codes(text)


def test_the_classes_are_data():
    wording = pay_wording()
    assert {"pay_nouns", "praise", "tie_verbs", "commission_bases", "commission_words", "grade_words",
            "pay_structures"} <= set(wording)
    assert all(w == w.lower() for key in wording for w in wording[key])


@pytest.mark.parametrize("text, fires", [
    ("<Company> is an equal opportunity employer.", True),
    ("Please send your CV to <Recruiter Name> at <Email>.", True),
    ("Our office is in <LOCATION>.", True),
    ("From: Priya Natarajan <priya.natarajan@northwind.io>", False),
    ("Questions go to Tom Baker <tom@bakery-co.uk>.", False),
    ("Use <b>bold</b> text in the <Br> tag.", False),
])
def test_a_field_word_in_angle_brackets_is_a_fill_in(text, fires):
    assert ("T102" in codes(text, "t.txt")) == fires


@pytest.mark.parametrize("text", [
    "Salary: As per industry standards.",
    "CTC: Not disclosed.",
    "Pay dependant on experience.",
    "Salary: Pro rata.",
    "Wages: award rates.",
    "Good hike on current CTC.",
    "Salary no bar for the right candidate.",
    "Earn great money every week.",
    "We pay the going rate.",
])
def test_empty_predicates_and_standalone_phrases(text):
    assert "vague" in kinds(text), pay_mentions(text)


@pytest.mark.parametrize("text", [
    "Excellent money management skills needed.",
    "Quality checks as per industry standards.",
    "Salary: £30,000 pro rata.",
])
def test_empty_predicate_near_misses(text):
    assert "P101" not in codes(text)


@pytest.mark.parametrize("text, path, fires", [
    ("Team: <TEAM NAME>", "t.md", True),
    ("Salary: <salary range>", "t.txt", True),
    ("Welcome to $company!", "t.md", True),
    ("Location: ((location))", "t.md", True),
    ("Apply via @@apply_link@@", "t.md", True),
    ("Pay is $5 per unit, in USD.", "t.md", False),
    ("Prices ((1)) and (($5)) as written.", "t.md", False),
    ("Use `$company` in the shell script.", "t.md", False),  # code
])
def test_more_template_syntaxes(text, path, fires):
    assert ("T102" in codes(text, path)) == fires


@pytest.mark.parametrize("text", [
    # a pay label whose value holds no figure
    "Rate: negotiable.",
    "Stipend: to be confirmed.",
    "Package: excellent, details at interview.",
    "Pay: weekly, every Friday.",
    "Compensation: Salary + bonus + equity.",
    # pay details only on request
    "Salary details available on application.",
])
def test_pay_named_with_no_figure_is_vague_pay(text):
    assert "vague" in kinds(text)
    assert "P101" in codes(text)


@pytest.mark.parametrize("text", [
    "Salary: £28,000 per annum.",  # a figure
    "Salary: see below.",  # points to the figure
    "Rate: 4.8 stars on Glassdoor.",  # a digit: not a pay label's empty value
    "Heart rate: monitored hourly.",  # not a pay label
])
def test_a_pay_label_with_a_figure_or_a_pointer_is_not_vague(text):
    assert "P101" not in codes(text)


def test_a_masked_amount_after_a_pay_label_is_a_fill_in_not_vague_pay():
    found = codes("Salary: XX,XXX per year.")
    assert "T102" in found and "P101" not in found


# -- pay praised through its verb, and earnings compared with the reader's own (pay6) --------------
@pytest.mark.parametrize("text", [
    "We reward our people handsomely.",
    "We pay our carers generously.",
    "We compensate our engineers very well.",
    "Earn more than you ever have in hospitality!",
    "You could make far more than you would anywhere else.",
])
def test_pay_praised_through_its_verb_is_vague(text):
    assert "P101" in codes(text), text


@pytest.mark.parametrize("text", [
    "You will pay close attention to detail, and do it well.",
    "We pay our suppliers on time and treat them well.",
    "Pay attention and communicate well.",
    "Rewarding work, done well.",
    "We pay our drivers well: $25 an hour.",  # a figure after: the figure is the pay
])
def test_other_senses_and_figures_are_not_praise_of_pay(text):
    assert "P101" not in codes(text), text


def test_earning_more_than_a_figure_is_the_figure():
    assert "open" in kinds("Earn more than $900 a week.")
    assert "vague" not in kinds("Earn more than $900 a week.")


@pytest.mark.parametrize("text, vague", [
    ("We pay above the minimum wage.", True),
    ("All roles are paid well above the living wage.", True),
    ("Highly paid position with a great team.", True),
    ("Remuneration will be commensurate.", True),
    ("We pay above the minimum wage, at $18 an hour.", False),  # the figure is the pay
    ("Pay attention to the minimum order quantity.", False),
    ("Highly paid professionals like doctors use our app.", False),  # others' pay
    ("This is a highly paid role.", True),
])
def test_pay_above_a_floor_or_praised_with_no_figure(text, vague):
    assert ("P101" in codes(text)) == vague, text


@pytest.mark.parametrize("text, vague", [
    ("Salary - negotiable for the right candidate", True),  # a dash as the label's separator
    ("Salary - $45,000 per year", False),
    ("The salary for this position is very competitive.", True),
    ("100% commission, no cap on earnings.", True),
    ("Paid per job completed.", True),
    ("Piece-rate pay.", True),
    ("Drivers are paid per job: $40 a drop.", False),
    ("Salary is not an issue for the right person.", True),
    ("Salaries are reviewed annually.", False),
    ("Salary sacrifice scheme available.", False),
    ("Our rates are competitive.", False),  # a price, not pay
])
def test_more_registers_of_pay_without_a_figure(text, vague):
    assert ("P101" in codes(text)) == vague, text
