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


# --- Intro: an apposition that ranks the employer or places it by a possessive ---------------------

@pytest.mark.parametrize("sentence", [
    "Wavelength FM, Dundee's leading community radio station, is looking for a breakfast presenter.",
    "Hollins & Daughters, the region's largest independent builders' merchant, is recruiting a yard hand.",
    "Kettle Lane, an award-winning brewery, is looking for an assistant brewer.",
    "Marlow Books, the town's oldest independent shop, needs a Saturday assistant.",
])
def test_an_apposition_that_ranks_or_places_the_employer_is_an_intro(sentence):
    from jdlint.sections import classify as C
    assert "intro" in C.sentence_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "Anderson Insurance Associates, an independent agency, needs a clerk.",  # only its kind named
    "Sam Jones, our leading sales consultant, will train you.",  # a person, not the employer
])
def test_an_apposition_that_only_names_the_kind_is_no_intro(sentence):
    from jdlint.sections import classify as C
    assert "intro" not in C.sentence_kinds(sentence)


# --- Intro: a named employer that has a vacancy announces the job, not itself ----------------------

@pytest.mark.parametrize("sentence", [
    "Riverside Housing Co-operative has a vacancy for a part-time Finance Officer.",
    "Greenhill Parish Council has a new post of Clerk to the Council.",
    "Bramley Tenants Association has two new positions for caretakers.",
])
def test_a_named_employer_with_a_vacancy_is_no_intro(sentence):
    from jdlint.sections import classify as C
    assert "intro" not in C.sentence_kinds(sentence)
    assert C._organisation_name_head(sentence) is None


@pytest.mark.parametrize("sentence", [
    "Riverside Housing Co-operative has provided homes for families in Leeds since 1978.",
    "Bramley Tenants Association has grown to 400 members across the estate.",
])
def test_a_named_employer_that_has_done_something_still_describes_itself(sentence):
    from jdlint.sections import classify as C
    assert C._organisation_name_head(sentence) is not None


# --- EEO: access needs put to the applicant with a way to reach the employer -----------------------

@pytest.mark.parametrize("sentence", [
    "If you have any access issues please call 0113 496 0000.",
    "If you have access requirements for the interview, please email us.",
    "If you have any accessibility needs, let us know.",
])
def test_an_access_needs_contact_is_an_eeo_statement(sentence):
    from jdlint.sections import classify as C
    assert "eeo" in C.sentence_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "If you have any access issues with the portal, please contact IT support.",  # a system's access
    "If you have any questions please call 0113 496 0000.",
    "Access to the site is via the rear car park; please call on arrival.",
])
def test_other_access_and_contact_lines_are_no_eeo(sentence):
    from jdlint.sections import classify as C
    assert "eeo" not in C.sentence_kinds(sentence)


# --- Responsibilities: the selection, the hours and the person sought are no duties ----------------

@pytest.mark.parametrize("sentence", [
    "Interviews will be held on Thursday 14 March.",  # a duty verb's word as the subject noun
    "Assessments are expected to take place in early May.",
    "Work pattern to be agreed with the successful applicant.",
    "Start date to be confirmed.",
    "If you are invited to an interview, you will need to bring your passport.",  # a step of the selection
    "Once shortlisted, you will be asked to complete a short written test.",
    "This role is for 22 hours a week, Monday to Thursday.",  # the hours
    "Has a calm and organised approach and is always looking for ways to improve how we work.",  # a trait
])
def test_selection_steps_hours_and_traits_are_no_duties(sentence):
    from jdlint.sections import classify as C
    duty_verb, duty_wording = C._sentence_scores(sentence)[:2]
    assert not duty_verb and duty_wording < 0.5
    assert "responsibilities" not in C.sentence_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "Interview new volunteers and keep their records up to date.",
    "Reviews the budget monthly with the treasurer.",
    "Pack orders to be shipped the same day.",
    "You will manage the front desk and greet visitors.",
    "This role is for someone who will run the shop floor and manage stock.",
    "We are looking for a cook to prepare meals for our residents.",
])
def test_duties_near_those_stay_duties(sentence):
    from jdlint.sections import classify as C
    duty_verb, duty_wording = C._sentence_scores(sentence)[:2]
    assert duty_verb or duty_wording >= 1.0


@pytest.mark.parametrize("sentence", [
    "Has experience of working with volunteers",
    "Has a calm and friendly manner",
])
def test_a_person_spec_item_in_the_third_person_is_a_requirement(sentence):
    from jdlint.sections import classify as C
    assert C._sentence_scores(sentence)[2] >= 1.0


def test_a_person_spec_item_of_duty_stays_no_requirement():
    from jdlint.sections import classify as C
    assert C._sentence_scores("Has responsibility for the budget and manages the team")[2] == 0.0


# --- Intro: the employer told by who runs it --------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Our nursery is led by a team of qualified and caring practitioners.",
    "The bakery is owned and run by two brothers from Bristol.",
    "Our practice was founded by a local GP in 1994.",
])
def test_the_employer_told_by_who_runs_it_is_an_intro(sentence):
    from jdlint.sections import classify as C
    assert "intro" in C.sentence_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "The role is led by the head of finance.",  # the job, not the employer
    "The project is funded by the National Lottery.",
    "Training is led by our senior chef.",
])
def test_a_job_or_a_project_run_by_someone_is_no_intro(sentence):
    from jdlint.sections import classify as C
    assert "intro" not in C.sentence_kinds(sentence)


# --- How to apply: a sentence in heading markup under an apply heading ------------------------------

def test_a_sentence_styled_as_a_heading_is_the_body_of_its_section():
    text = ("# Office Helper\n\nWe need help in the office three days a week.\n\n#### **To apply**\n\n"
            "###### If you are interested please email Jo at jo@example.org by noon on 8 March with your CV.\n\n"
            "#### **The tasks**\n\n- Filing and answering the phone.\n")
    assert "how-to-apply" in section_kinds(text)


def test_a_short_sub_heading_under_an_apply_heading_leaves_it_empty():
    text = ("# Office Helper\n\nWe need help in the office three days a week.\n\n#### **To apply**\n\n"
            "###### Closing date\n\n#### **The tasks**\n\n- Filing and answering the phone.\n")
    assert "how-to-apply" not in section_kinds(text)


# --- Intro: "our members" is the employer's people, "our membership" the hire's task ---------------

def test_growing_our_membership_is_no_intro_wording():
    from jdlint.sections import classify as C
    assert C._sentence_scores("Help us grow our membership and develop the organisation for its next phase.")[5] == 0.0
    assert C._sentence_scores("We support our members across the county.")[5] > 0.0
    assert C._sentence_scores("Our platforms serve two million users.")[5] > 0.0


# --- Responsibilities: the teaching an academic post carries ---------------------------------------

@pytest.mark.parametrize("sentence", [
    "The teaching load is 2/2, and courses to be taught include introductory logic and ethics.",
    "Courses to be taught may include statistics, research methods and a final-year seminar.",
    "The normal teaching load is three courses a term.",
])
def test_the_teaching_load_and_courses_to_be_taught_are_duties(sentence):
    from jdlint.sections import classify as C
    assert "responsibilities" in C.sentence_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "Our teaching load is light compared with other universities.",  # the employer's, said of itself
    "Courses taught by the department include logic and ethics.",
])
def test_the_departments_teaching_is_no_duty_statement(sentence):
    from jdlint.sections import classify as C
    assert "responsibilities" not in C.sentence_kinds(sentence)


# --- A pre-school's ads: the children's ages, the employer's registration, its named sessions ------

@pytest.mark.parametrize("sentence", [
    "We take children from 2 years old and offer morning sessions.",
    "We are registered to take children from 2yrs 6months - 5yrs.",
    "We care for children aged 3 to 5 years.",
    "Our group welcomes 3-year-olds and 4-year-olds.",
])
def test_the_childrens_ages_are_no_requirement(sentence):
    from jdlint.sections import classify as C
    assert C._sentence_scores(sentence)[2] == 0.0


@pytest.mark.parametrize("sentence", [
    "At least 2 years of experience in a nursery.",
    "2 years experience in a similar role.",
    "Minimum 3 yrs in retail.",
])
def test_years_of_experience_stay_a_requirement(sentence):
    from jdlint.sections import classify as C
    assert C._sentence_scores(sentence)[2] >= 1.0


@pytest.mark.parametrize("sentence", [
    "We are registered with Ofsted and rated Good.",
    "Our nursery is rated outstanding by Ofsted.",
    "We are registered to take children from two years old.",
])
def test_the_employers_registration_is_an_intro(sentence):
    from jdlint.sections import classify as C
    assert "intro" in C.sentence_kinds(sentence)


def test_the_hires_registration_is_no_intro():
    from jdlint.sections import classify as C
    assert "intro" not in C.sentence_kinds("You must be registered with the NMC.")


def test_a_named_session_the_employer_runs_is_no_perk():
    assert benefit_score("Lunch Club sessions are offered from 12:15 to 1pm.") == 0.0
    assert benefit_score("Free Lunch is offered every Friday.") > 0.0
    assert benefit_score("Dental Plan and Pension are included.") > 0.0


def test_a_text_whose_lower_case_changes_length_is_read_without_error():
    # found by the suite's generated postings: "İ" lower-cases to two characters
    from jdlint.sections import classify as C
    assert "eeo" in C._sentence_kinds("Ban The Box İ")
