"""Sections on real ads' wording (sections17, issue 14): benefit words that offer the hire nothing
(a leave the hire covers for someone else, the decisions an EEO policy applies to, the work's own
inputs handed over, a bonus alone) and a pay sentence or a pay line that also gives a benefit
("... is $45,000 and includes benefits", "+ HRA"); a pay label's two bare figures whose dash was
lost. Each class has passages that must give the kind and near-misses that must not. Passages
written for these tests (the real ads they stand for, realads17 A, are not copied)."""
from __future__ import annotations

import pytest

from jdlint.extract.pay import pay_mentions, shows_pay_figure
from jdlint.sections import classify
from conftest import section_kinds, benefit_score


# --- a leave the hire stands in for is the post's reason, not its perk -------------------------

@pytest.mark.parametrize("sentence", [
    "We also need a supply teacher to cover maternity leave from March.",
    "This is a twelve-month contract covering a period of parental leave.",
    "Temporary post: maternity cover until August.",
    "You will be covering for a colleague's sick leave over the summer.",
    "A fixed-term paternity leave replacement is needed in the finance team.",
])
def test_a_leave_the_hire_covers_is_no_perk(sentence):
    assert benefit_score(sentence) == 0
    assert "benefits" not in classify.sentence_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "We offer enhanced maternity pay and a pension.",
    "Generous parental leave and private health cover are included.",
    "Staff get 20 days of sick leave a year and a pension.",
])
def test_the_hires_own_leave_stays_a_perk(sentence):
    assert "benefits" in classify.sentence_kinds(sentence)


# --- benefits among the employment decisions an EEO policy covers -----------------------------

@pytest.mark.parametrize("sentence", [
    "This policy covers every part of employment, including recruitment, promotion, pay, benefits, "
    "training and dismissal.",
    "Decisions on hiring, transfers, compensation and benefits are made without regard to age or religion.",
    "Our commitment extends to layoffs, recall, benefits and termination.",
])
def test_benefits_in_a_policys_scope_are_no_offer(sentence):
    assert benefit_score(sentence) == 0
    assert "benefits" not in classify.sentence_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    # promotion, training and compensation are also offered; only decisions such as hiring or
    # termination make a list a policy's scope
    "We offer competitive compensation, training, promotion opportunities and great benefits.",
    "After hiring you will get full benefits and a pension from day one.",
])
def test_an_offer_beside_one_decision_word_stays(sentence):
    assert "benefits" in classify.sentence_kinds(sentence)


# --- the work's own inputs handed over are no gift -----------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Documentation for an example endpoint is provided as a model of what we want.",
    "Packing materials and postage provided by the company.",
    "Details of the project are provided in the attached brief.",
    "A template for the weekly report is provided.",
])
def test_the_works_inputs_given_are_no_perk(sentence):
    assert "benefits" not in classify.sentence_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "Uniform and tools provided.",
    "Accommodation for the whole season is provided.",
    "Lunch on every shift is provided.",
    "Travel to site reimbursed.",
])
def test_a_gift_to_the_hire_stays_a_perk(sentence):
    assert "benefits" in classify.sentence_kinds(sentence)


# --- a bonus alone is pay's variable part --------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Bonuses and commission structure set by results.",
    "Annual bonus",
    "Salary: £31,000 + bonus.",
])
def test_a_bonus_alone_is_no_perk(sentence):
    assert benefit_score(sentence) <= classify.BONUS_ALONE
    assert "benefits" not in classify.sentence_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "We offer an annual bonus and a pension.",
    "Relocation bonus and private medical cover.",
])
def test_a_bonus_beside_a_perk_stays(sentence):
    assert benefit_score(sentence) > classify.BONUS_ALONE
    assert "benefits" in classify.sentence_kinds(sentence)


@pytest.mark.xfail(strict=True, reason="open: a lone bonus bullet between items no kind claims still decodes as "
                   "benefits on its BONUS_ALONE score; at 0 the flattened (oneline) layouts of writers M 9311 and "
                   "P 9525 lost a block boundary (eval_section_layouts synth14 intro .909 -> .889)")
def test_a_lone_bonus_bullet_under_a_pay_heading_is_no_benefits_section():
    ad = ("# Sales Rep\n\nYou will visit shops and take orders for our snacks.\n\n"
          "## Pay and growth\n\n- Reps earn $700-$1,100 a week.\n- Weekly pay.\n"
          "- Bonuses and commission set by results.\n\nEmail your CV to jobs@example.com.\n")
    assert "benefits" not in section_kinds(ad)


# --- pay that also gives benefits ----------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The salary for this role is $52,000 and includes benefits described on our HR site.",
    "The stipend for this post is £19,000 and includes benefits such as a pension.",
    "Pay: Rs 28,000 per month + HRA.",
    "Salary: INR 40,000 a month + HRA and medical insurance.",
])
def test_a_pay_line_that_adds_a_benefit_gives_both(sentence):
    assert {"pay", "benefits"} <= classify.sentence_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "Salary: Rs 28,000 per month + 10% commission.",
    "Salary: £31,000 + bonus.",
    "The salary for this position is $52,000 per year.",
])
def test_a_pay_line_with_more_pay_gives_pay_only(sentence):
    assert classify.sentence_kinds(sentence) & {"pay", "benefits"} == {"pay"}


def test_a_figure_after_this_position_is_is_no_duty():
    assert classify._sentence_scores("The salary for this position is $45,000.")[1] == 0
    assert classify._sentence_scores("This position is responsible for the payroll of 300 staff.")[1] > 0


# --- a pay label's two bare figures, their dash lost ---------------------------------------------

@pytest.mark.parametrize("line, low, high", [
    ("Salary: 23,100  26,800", 23100, 26800),
    ("Salary: 23,100 - 26,800", 23100, 26800),
    ("Salary: 23,100 to 26,800", 23100, 26800),
    ("Salary: 23,100 26,800", 23100, 26800),  # HTML collapses the two spaces
])
def test_a_pay_labels_two_bare_figures_are_its_range(line, low, high):
    figures = [m.figure for m in pay_mentions(line) if m.figure is not None]
    assert figures and (figures[0].minimum, figures[0].maximum) == (low, high)


@pytest.mark.parametrize("line", [
    "Salary: 26,800  23,100",  # bounds out of order: not a range
    "Reference: 23,100  26,800",  # no pay label
    "Salary: 23,100 26,800 29,500",  # three figures: points of a scale, not one range
    "Salary: 65,000 2024",  # a year after the figure
])
def test_two_bare_figures_without_a_pay_label_or_in_disorder_are_no_range(line):
    assert not any(m.kind == "range" for m in pay_mentions(line))


@pytest.mark.parametrize("line", ["Salary: 26,800  23,100", "Reference: 23,100  26,800", "Salary: 23,100 26,800 29,500"])
def test_two_bare_figures_without_a_pay_label_or_in_disorder_are_no_pay(line):
    assert not shows_pay_figure(line)


def test_a_real_ad_layout_with_these_classes():
    ad = ("# Class Teacher\n\n"
          "Riverside Primary is a two-form entry school in Leeds with a strong music tradition.\n\n"
          "We need a temporary class teacher to cover maternity leave from January.\n\n"
          "You will plan and teach lessons for Year 2 and assess pupils' progress.\n\n"
          "- Salary: 31,650  42,400\n\n"
          "Apply by 1 December with the form on our website.\n")
    found = section_kinds(ad)
    assert "pay" in found
    assert "benefits" not in found
