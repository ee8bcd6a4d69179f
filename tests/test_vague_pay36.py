"""Vague pay without a figure (helper vaguepay36, issue 14): the whole vague pay statement, not its first words
(``extract.pay.PAY_CONTINUATION``: a predicate of the pay after a comma, a dash, "and"/"but" or a copula, an idiom
said of it, praise of what comes on top), and the word classes of jdlint/data/pay_wording.yaml it needed (praise
from data/evaluative_words.yaml, a bonus scheme as a pay noun, pay fitted to the person, a bare "pay depends",
rates praised for the workers hired). Our own sentences, written for these classes; near-misses: a new offer after
the comma ("Competitive salary, great team"), a figure in the statement, rates for customers, a room's rates."""
from __future__ import annotations

import pytest

import jdlint
from jdlint.extract.pay import pay_mentions

DUTIES = "You will answer calls and schedule appointments for the clinic.\n\n"


def vague(text: str) -> list[str]:
    return [m.text for m in pay_mentions(text) if m.kind == "vague"]


def p101(text: str) -> list[str]:
    return [d.match for d in jdlint.lint_text(DUTIES + text + "\n", path="t.md").diagnostics if d.code == "P101"]


# (text, words the finding must reach: the rest of the statement)
CONTINUED = [
    ("Salary: negotiable, really good for the right person.", "really good for the right person"),
    ("Compensation: DOE, extremely generous for a strong candidate", "extremely generous for a strong candidate"),
    ("Tax-free salary, highly attractive, with a yearly ticket home", "highly attractive"),
    ("Pay will be discussed at the interview, very competitive in the market.", "very competitive in the market"),
    ("Remuneration is attractive and comparable to similar charities.", "comparable to similar charities"),
    ("Wages to be agreed at interview, but we're not stingy!", "we're not stingy"),
    ("Commission uncapped, the sky is the limit for a hungry closer!", "the sky is the limit"),
    ("Earning potential is limitless.", "limitless"),
    ("Monthly pay with attractive bonuses and incentives.", "attractive bonuses"),
    ("Bonus scheme - discretionary and very rewarding.", "very rewarding"),
]


@pytest.mark.parametrize("text,rest", CONTINUED)
def test_the_finding_covers_the_rest_of_the_pay_statement(text, rest):
    found = p101(text)
    assert found and rest in found[0], found


@pytest.mark.parametrize("text,first", [
    # a new offer after the comma: an attributive praise word before a noun, not a predicate of the pay
    ("Competitive salary, great team and free parking.", "Competitive salary"),
    ("Competitive pay and excellent training for new starters.", "Competitive pay"),
    ("Attractive salary, brilliant colleagues, lovely office.", "Attractive salary"),
    # a clause about something else
    ("Salary: competitive, and the team is great.", "Salary: competitive"),
    # praise of an extra that is not money
    ("Competitive salary plus generous holidays.", "Competitive salary"),
])
def test_a_new_offer_after_the_pay_is_not_its_continuation(text, first):
    assert vague(text)[:1] == [first], vague(text)


@pytest.mark.parametrize("text", [
    "Salary: negotiable, very good for right person, from $40,000 a year.",
    "Pay is competitive and comparable to the £28,000 sector average.",
])
def test_a_figure_ends_the_statement_or_settles_the_pay(text):
    assert not p101(text)
    assert all(not any(ch.isdigit() for ch in v) for v in vague(text))


@pytest.mark.parametrize("text", [
    "Fab pay and free merch for weekend promo shifts.",
    "Stellar earnings for the right rep.",
    "Gaji lumayan, boss friendly, can WhatsApp.",
    "A stipend befitting the fellow's experience.",
    "Pay worthy of your talent.",
    "Incentive scheme: generous and uncapped.",
    "Help clear out the garage and the shed, pay depends. Text Sam.",
    "Our rates are highly competitive for agency nurses.",
    "Our day rates are very attractive to experienced scaffolders.",
])
def test_new_members_of_the_pay_word_classes(text):
    assert vague(text), pay_mentions(text)
    assert p101(text)


@pytest.mark.parametrize("text", [
    "Our rates are extremely competitive for members and their families.",  # a price for customers
    "Room rates vary.",  # a hotel's prices
    "Pay depends on the shift you pick: $18 days, $21 nights.",  # the figures follow
    "Bonus scheme: 10% of base salary, paid in March.",  # a figure
    "Stellar reviews from our customers.",  # praise of something else
])
def test_near_misses_stay_silent(text):
    assert not p101(text)


@pytest.mark.parametrize("text", [
    # when pay arrives, with no amount
    "Paid cash weekly.",
    "Payday every other Friday.",
    "Weekly payday!",
    "Paychecks every other week.",
    "Paid on the 15th and 30th.",
    "Instant pay through our app.",
    # commission or a bonus on the work, with no rate
    "Commission paid on all sales.",
    "Bonuses for hitting monthly targets.",
    "Performance-related pay.",
    "Pay linked to results.",
    "Earn per delivery.",
    # enough for the reader, or rising, with no figure
    "A salary you'll be happy with.",
    "Pay you can live on.",
    "Pay that's worth getting out of bed for.",
    "Pay rises with experience.",
    "You'll be paid what you're worth.",
    "Better pay than most.",
    "Paid over the odds.",
    "Make serious money.",
    "Earn big.",
    "A healthy salary.",
    # openness as the clause's end, settled later
    "Salary open.",
    "Salary flexible for the right person.",
    "Wages by arrangement.",
    "Salary subject to negotiation.",
    "Salary range negotiable.",
    # a salary with what comes on top, no figure
    "Salary plus car.",
])
def test_issue_14_classes_in_everyday_words(text):
    assert vague(text), pay_mentions(text)
    assert p101(text)


@pytest.mark.parametrize("text", [
    "Please state the salary you expect.",  # the applicant's figure asked for
    "Tell us the salary you would like.",
    "Tell us the salary you believe is fair.",
    "Commission paid on all sales at 10%.",  # a rate
    "10% commission on every sale.",
    "Drivers earn per delivery, at $4 a drop.",
    "Invoices are paid on the 15th of each month.",  # someone else's payments
    "Salary plus car allowance of £5,000.",
    "Pay rises with inflation each April.",
    "Payday loans are a scourge for our clients.",
    "Help clients make good money decisions.",  # another sense of "good money"
    "You will administer performance-related pay across the group.",  # pay as the work's subject
    "You will be processing commission on all sales.",
    "You will be on call one weekend in four, with a call-out fee paid per visit.",  # an extra, paid per visit
])
def test_issue_14_near_misses(text):
    assert not p101(text)


def test_pay_handled_as_the_work_is_not_the_offer():
    # the handling verbs of data/pay_wording.yaml, not the employer's own offer
    assert p101("We provide competitive salaries.")
    assert not p101("You will benchmark competitive salaries for the client.")
