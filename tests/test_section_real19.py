"""Sections on real employers' pages (sections19): the classes the readable real ads of realads19 half A
showed (UK councils, charities, pre-schools, churches, small firms), each written here in our own words,
with near-misses that must still fire."""
from __future__ import annotations

import pytest

from conftest import benefit_score, section_kinds


# --- Benefits: a benefit word naming a trade in the plural -----------------------------------------

@pytest.mark.parametrize("sentence", [
    "Liaising with local childcare providers and the health visiting team.",
    "Building links with dental surgeries across the county.",
    "Working alongside other pension providers to transfer records.",
    "Keeping in touch with relevant childcare settings and schools.",
])
def test_a_benefit_word_before_a_plural_trade_noun_is_the_trade(sentence):
    assert benefit_score(sentence) == 0.0


@pytest.mark.parametrize("sentence", [
    "Childcare vouchers for all staff.",
    "Dental cover and a pension for you and your family.",
    "We offer a pension and childcare support to all staff.",
])
def test_a_benefit_word_given_to_the_hire_stays_a_perk(sentence):
    assert benefit_score(sentence) > 0.0


# --- Benefits: the benefits as what a handbook tells -----------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Pay, benefits, leave and other employment policies are detailed in the Staff Handbook.",
    "Benefits are set out in the employee manual.",
    "Salary and benefits are described in the terms and conditions of employment.",
    "Benefits are listed on our careers page.",
])
def test_benefits_told_in_another_document_are_no_perk(sentence):
    assert benefit_score(sentence) == 0.0


@pytest.mark.parametrize("sentence", [
    "Benefits are available from day one.",  # said to be there for the hire
    "Benefits, including a pension and 30 days' leave, are detailed in the handbook.",  # perks named
    "Our benefits are great: a pension and private healthcare.",
])
def test_benefits_said_of_the_hire_or_named_still_count(sentence):
    assert benefit_score(sentence) > 0.0


# --- Benefits: holiday pay as part of the pay ------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Salary: to be agreed at interview (will include holiday pay).",
    "Rate: £11.80 an hour inclusive of holiday pay.",
    "Wages are weekly and include holiday pay.",
])
def test_holiday_pay_the_pay_includes_is_no_perk(sentence):
    assert benefit_score(sentence) == 0.0


@pytest.mark.parametrize("sentence", [
    "£11.80 an hour plus holiday pay.",
    "The rate includes holiday pay and a company pension.",  # a pension named beside it
    "Enhanced holiday pay and 28 days' leave.",
])
def test_holiday_pay_offered_beside_the_pay_stays_a_perk(sentence):
    assert benefit_score(sentence) > 0.0


def test_a_pre_school_ad_with_pay_to_be_discussed_has_no_benefits_section():
    text = ("# Pre-school Assistant\n\nOur friendly pre-school in the village hall cares for children aged two to "
            "five.\n\nHours: 20 hours a week, term time only.\n\nSalary: To be agreed at interview (will include "
            "holiday pay).\n\n## Duties\n\n- Planning play activities for the children.\n- Forming good working "
            "relationships with parents and other local childcare providers.\n")
    assert "benefits" not in section_kinds(text)
