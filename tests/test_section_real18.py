"""Pay, benefits and eeo sections on real employers' pages (sections18p, issue 14): the classes the
readable real ads (realads17) showed, each written here in our own words, in several registers and
currencies, with near-misses that must not fire."""
from __future__ import annotations

import pytest

from jdlint.extract.pay import heading_money_figure, pay_mentions
from jdlint.sections import classify as C
from jdlint.sections.headings import heading_kinds

from conftest import benefit_score, default_synonyms, section_kinds


def _figures(text: str) -> list:
    return [m.figure for m in pay_mentions(text) if m.figure is not None]


# --- Pay: a pay label's bare figure with its qualifier --------------------------------------------

@pytest.mark.parametrize("line, low, high", [
    ("Salary: 35,000 negotiable", 35000, 35000),
    ("Salary: 5k - 10k fixed bid", 5000, 10000),
    ("Stipend: 18,500 gross", 18500, 18500),
    ("Remuneration: 240,000 - 300,000 negotiable", 240000, 300000),
    ("Pay: 42k ono", 42000, 42000),
    ("Salary: 35 000 negotiable", 35000, 35000),  # grouped with a space (South Africa, much of Europe)
    ("Salary: 4,50,000 negotiable", 450000, 450000),  # India's grouping
])
def test_a_pay_labels_bare_figure_with_its_qualifier_is_pay(line, low, high):
    figures = _figures(line)
    assert figures and (figures[0].minimum, figures[0].maximum) == (low, high)


@pytest.mark.parametrize("line", [
    "Salary: negotiable",  # no figure: vague pay
    "Salary: 40 negotiable",  # too small to be thousands with no currency or period
    "Reference: 35,000 negotiable",  # not a pay label
    "Salary: 10k - 5k fixed",  # bounds out of order
    "Salary: 12.50 negotiable",  # a decimal amount with no currency or period
])
def test_no_pay_figure_without_a_pay_label_and_a_figure_in_thousands(line):
    assert not _figures(line)


# --- Pay: a contract's money under a pay heading or label ----------------------------------------

@pytest.mark.parametrize("text, low, high, currency", [
    ("We have 25,000 USD available to complete these milestones.", 25000, 25000, "USD"),
    ("We have a budget between EUR 40,000 and 50,000 per year depending on experience.", 40000, 50000, "EUR"),
    ("A sum of £6,500 has been set aside for the whole project.", 6500, 6500, "GBP"),
])
def test_money_under_a_pay_heading_is_the_contracts_pay(text, low, high, currency):
    figure = heading_money_figure(text)
    assert figure is not None and (figure.minimum, figure.maximum) == (low, high) and currency in figure.currency


@pytest.mark.parametrize("text", [
    "We raised $4 million from our investors last year.",  # millions: the company's money
    "There is also a $1,000 learning stipend and a 401(k).",  # a benefit's sum
    "Travel expenses of up to £300 a month are reimbursed.",  # expenses
    "Competitive, depending on experience.",  # no figure at all
])
def test_other_money_under_a_pay_heading_is_not_the_pay(text):
    assert heading_money_figure(text) is None


def test_a_contract_budget_under_a_compensation_heading_is_a_pay_section():
    ad = ("# Documentation writer\n\nWe need a writer for our user guide.\n\n## Compensation and timeline\n\n"
          "We have CAD 12,000 available to complete the three milestones.\n\nApply by email to jobs@example.org.\n")
    assert "pay" in section_kinds(ad)


def test_a_managed_budget_under_a_duties_heading_is_no_pay_section():
    ad = ("# Marketing Lead\n\n## Duties\n\n- You will manage an annual budget of USD 250,000 across events.\n\n"
          "Apply on our website.\n")
    assert "pay" not in section_kinds(ad)


# --- Pay: a figure in a heading line ---------------------------------------------------------------

def test_a_pay_figure_in_a_subheading_is_a_pay_section():
    ad = ("# Breakfast Club Assistant\n\n#### Term time, 5 mornings a week (7.30-8.45am) - £11.20 per hour\n\n"
          "Look after children before school starts.\n\nPhone the school office to apply.\n")
    assert "pay" in section_kinds(ad)


@pytest.mark.parametrize("ad", [
    "# Data Engineer\n\n## We raised $4 million last year\n\nBuild our pipelines.\n\nApply on our website.\n",
    "# Night Porter - £12.50 per hour\n\nNights, 10pm to 7am.\n",  # the title gives no pay section
])
def test_money_in_a_heading_that_is_no_pay_for_the_job_or_in_the_title_gives_no_pay_section(ad):
    assert "pay" not in section_kinds(ad)


# --- Benefits ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Equity, Diversity and Inclusion Consultant",
    "Demonstrated commitment to the principles of equity and diversity.",
    "The trust works for racial equity and health equity in the region.",
    "Experience in private equity is an advantage.",
])
def test_equity_as_fairness_or_a_trade_is_no_perk(sentence):
    assert benefit_score(sentence) == 0


@pytest.mark.parametrize("sentence", [
    "Competitive salary and meaningful equity in the company.",
    "We offer salary, equity and benefits.",
])
def test_equity_as_a_share_of_the_company_is_a_perk(sentence):
    assert benefit_score(sentence) > 0


@pytest.mark.parametrize("sentence", [
    "Tideline is based in Bristol, but we support remote work as well.",
    "While we are open to remote work, we think it would be hard for this role.",
    "We invest in our people and offer a competitive compensation package designed to attract the best.",
])
def test_remote_work_as_location_or_a_pay_package_is_no_perk(sentence):
    assert benefit_score(sentence) == 0


@pytest.mark.parametrize("sentence", [
    "We offer a relaxed and casual working environment in our city-centre office.",
    "Amazing work environment",  # an item of a perks list keeps a softer perk's weight
])
def test_a_workplaces_mood_offered_weighs_no_more_than_a_softer_perk(sentence):
    assert 0 < benefit_score(sentence) <= 0.8 and "benefits" not in C.sentence_kinds(sentence)


def test_an_employer_paragraph_offering_a_mood_and_a_package_gives_no_benefits_section():
    ad = ("# Support Engineer\n\nWe have built messaging software for mobile networks for 15 years. We offer a relaxed "
          "and informal working environment in our Leeds office. We look after our people and offer a competitive "
          "salary package designed to attract the best.\n\n## The role\n\n- Answer customer tickets\n- Fix faults in "
          "our platform\n\nSend your CV to jobs@example.co.uk.\n")
    assert "benefits" not in section_kinds(ad)


@pytest.mark.parametrize("sentence", [
    "You can find the full job posting here with detailed compensation and benefits:",
    "See the job description for details of pay and benefits.",
])
def test_benefits_as_what_another_page_tells_are_no_perk(sentence):
    assert benefit_score(sentence) == 0


@pytest.mark.parametrize("sentence", [
    "Full details of our generous benefits are on our website.",  # it says something of them
    "We offer excellent benefits; see our website for more.",
    "Details of the salary and benefits: a pension and 25 days' holiday (see below).",
    "We offer flexible hours, remote working options and 28 days of annual leave.",
    "We support remote work and offer a generous pension.",
    "We offer a friendly working environment and free parking.",
    "We offer a competitive salary package and a company pension.",
    "We offer a van, tools and overtime at time and a half.",  # the offer alone, with no package or mood in it
])
def test_a_perk_beside_them_is_still_a_perk(sentence):
    assert benefit_score(sentence) > 0


# --- Eeo --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "If this sounds like you, register your interest today (irrespective of the roles listed below).",
    "Undertake all duties with due regard to the Council's Equal Opportunities and Customer Care policies.",
    "Understanding of and commitment to the Trust's equal opportunities policy and its practice in this post.",
])
def test_eeo_words_that_make_no_statement_of_the_employer_are_no_eeo_section(sentence):
    assert "eeo" not in C.sentence_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "Commitment to equality, diversity and inclusion.",
    "A demonstrable commitment to equal opportunities",
    "Understanding of equality, diversity and inclusion and how they apply to the role.",
])
def test_equal_opportunity_as_a_criterion_the_hire_must_meet_is_no_eeo_statement(sentence):
    assert "eeo" not in C.sentence_kinds(sentence)


def test_a_person_specification_criterion_gives_no_eeo_section():
    ad = ("# Support Worker\n\nSupport adults with learning disabilities.\n\n## Person specification\n\n"
          "- NVQ level 3 in care\n- Commitment to equality, diversity and inclusion\n- A full driving licence\n")
    assert "eeo" not in section_kinds(ad)


@pytest.mark.parametrize("sentence", [
    "Commitment to equal opportunities: we do not discriminate on the basis of race, sex or age.",  # a label, then the statement
    "Committed to equal opportunities, Acme welcomes applications from all sections of the community.",
    "Acme is committed to equal opportunities.",
    "We appoint on merit alone, irrespective of age, disability, gender, race or religion.",
    "Applicants are assessed on merit, irrespective of where they trained.",
    "All candidates are considered irrespective of background.",
    "We have an equal opportunities policy.",
    "The Council operates an Equal Opportunities policy and welcomes applications from all sections of the community.",
])
def test_eeo_statements_stay_statements(sentence):
    assert "eeo" in C.sentence_kinds(sentence)


@pytest.mark.parametrize("heading, kinds", [
    ("Equity, Diversity and Inclusion Consultant", []),
    ("Diversity and Inclusion Manager", []),
    ("Accessibility Specialist", []),
    ("Diversity and Inclusion", ["eeo"]),
    ("Equal Opportunities Statement", ["eeo"]),
    ("Head of Diversity and Inclusion", ["eeo"]),  # not a role noun right after: left as it was
])
def test_an_eeo_role_title_names_no_eeo_heading(heading, kinds):
    assert heading_kinds(heading, default_synonyms()) == kinds


def test_an_eeo_heading_over_requirements_only_is_no_eeo_section():
    ad = ("# Library Assistant\n\n## Person specification\n\n- Good written English\n\n### Equal Opportunities\n\n"
          "- Understanding of and commitment to the Trust's equal opportunities policy and ability to apply it in this post.\n")
    assert "eeo" not in section_kinds(ad)


@pytest.mark.parametrize("ad", [
    "# Chef\n\nCook breakfast for guests.\n\n## Accommodations\n\nStaff housing is available on site.\n",
    "# Web Developer\n\nBuild our site.\n\n## Diversity\n\nWe are a team of 12 people from 9 countries.\n",
    "# Data Analyst\n\nAnalyse data.\n\n## Adjustments\n\nThe rota may be adjusted at short notice.\n",
    "# Web Developer\n\nBuild our site.\n\n## Accessibility\n\nYou will make sure our pages meet WCAG 2.1 AA.\n",
])
def test_an_eeo_heading_over_a_body_that_makes_no_statement_is_no_eeo_section(ad):
    assert "eeo" not in section_kinds(ad)


@pytest.mark.parametrize("ad", [
    "# Warehouse Operative\n\nPick and pack orders.\n\n### Equal Opportunities\n\n"
    "We do not discriminate on the basis of race, religion, sex, disability or age.\n",
    "# Warehouse Operative\n\nPick and pack orders.\n\n### Equal Opportunity Employer\n\nEveryone is welcome to apply.\n",
])
def test_an_eeo_heading_over_a_statement_or_that_is_one_stays_an_eeo_section(ad):
    assert "eeo" in section_kinds(ad)
