"""Requirements family (Q codes).

Fixture text is written for these tests unless noted: "tts 0583" = /work/shared/corpus/dev/0583.md
(join.tts.gsa.gov, US public domain); "cds 0540" = /work/shared/corpus/dev/0540.md (Canadian Digital
Service, Government of Canada content).
"""
from __future__ import annotations

import pytest

from jdlint.checks.requirements import experience_claims


def found(lint, text, code, **opts):
    config = {"select": (code,)}
    if opts:
        config["rule_options"] = ((code, tuple(opts.items())),)
    report = lint("# Job\n\n" + text + "\n", **config)
    return [d for d in report.diagnostics if d.code == code]


# -- Q101 ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text,years", [
    ("You have 15+ years of experience in accounting.", [15]),
    ("A minimum of twelve years of professional experience.", [12]),
    ("3-5 years of experience with payroll.", [3]),
    ("Experience: at least 8 years.", [8]),
])
def test_experience_claims_are_parsed(text, years):
    assert [n for _, _, n in experience_claims(text)] == years


@pytest.mark.parametrize("text", [
    "We have served Iowa for over 30 years.",
    "With over 40 years of experience, our company has built 300 homes.",
    "A company with more than 25 years experience in engineering.",
    "You must be at least 18 years old.",
    "This is a 4 year contract.",
])
def test_company_history_and_ages_are_not_experience(text):
    assert list(experience_claims(text)) == []


def test_q101_flags_long_tenure_only_above_the_limit(lint):
    hits = found(lint, "You have 15+ years of experience in accounting.", "Q101")
    assert [d.match for d in hits] == ["15+ years"]
    assert found(lint, "You have 5+ years of experience in accounting.", "Q101") == []
    # configurable
    assert found(lint, "You have 7 years of experience in accounting.", "Q101", **{"max-years": 5})


def test_q101_range_glued_to_the_item_before_it(lint):
    # a scraped ad glues its items: the range's lower bound still sits after a lower-case letter
    # (written after dev 0238, "...preferred, but not required10 – 15 years", judged wrong as "15 years")
    glued = "Experience in a plant environment preferred, but not required10 \u2013 15 years of accounting experience."
    assert found(lint, glued, "Q101") == []
    assert [d.match for d in found(lint, glued.replace("10 \u2013 15", "12 \u2013 15"), "Q101")] == ["12 \u2013 15 years"]


@pytest.mark.parametrize("text", ["Certified H1 years of service.", "We often years ago hired in spring.",
                                  "COVID19 years changed retail."])
def test_q101_no_figure_inside_a_word(text):
    assert list(experience_claims(text)) == []


# -- Q102 ----------------------------------------------------------------------------------
def test_q102_more_years_than_the_technology_has_existed(lint):
    hits = found(lint, "You have 10+ years of experience with Kubernetes and Docker.", "Q102", **{"as-of-year": 2020})
    assert len(hits) == 1 and "Kubernetes was first released in 2014" in hits[0].message
    # the default year is today's: nobody has 40 years of Rust, whatever the date
    assert found(lint, "40 years of Rust experience.", "Q102")


def test_q102_near_misses(lint):
    opts = {"as-of-year": 2026}
    assert found(lint, "5 years of experience with Kubernetes.", "Q102", **opts) == []
    # the years belong to software engineering, Kubernetes is a separate item
    assert found(lint, "15 years of software engineering experience and some familiarity with Kubernetes.",
                 "Q102", **opts) == []
    assert found(lint, "10 years of Java experience, including 3 years with Kubernetes.", "Q102", **opts) == []


# -- Q103 ----------------------------------------------------------------------------------
# tts 0583 (public domain): the four top-level items, each with nested alternatives
TTS_QUALIFICATIONS = """## Qualifications

- Experience leading interdisciplinary product teams in the research, design, development and delivery of digital products or services.
  - Leading the development of multiple digital products or services
  - Creating and managing the product vision based on user research & metrics
  - Leading teams through the adoption of new tools, technologies or methodologies
- Experience leading digital product or service development, from concept to delivery.
  - Leading products with multiple dependencies requiring joint releases
  - Leading intrapreneurial efforts with measurable and demonstrated impact to the organization
- Experience leading the development, delivery or integration of highly complex digital products or services.
  - Developing new products or services for startups
  - Developing products or services for legacy migrations
  - Developing products or services for large integrations
- Experience applying leading industry practices in the design, development and delivery of digital products or services.
  - Developing digital products or services using experimentation based frameworks
  - Developing digital products or services using iterative development methodologies
"""


def test_q103_long_must_have_list(lint):
    items = "".join(f"- Requirement number {i}\n" for i in range(1, 13))
    hits = found(lint, "## Requirements\n\n" + items, "Q103")
    assert len(hits) == 1 and "12 requirements" in hits[0].message and hits[0].line == 3
    assert found(lint, "## Requirements\n\n" + items, "Q103", **{"max-items": 12}) == []


def test_q103_counts_top_level_items_only(lint):
    assert found(lint, TTS_QUALIFICATIONS, "Q103") == []
    assert found(lint, TTS_QUALIFICATIONS, "Q103", **{"max-items": 3})


# -- Q104 ----------------------------------------------------------------------------------
def test_q104_degree_without_alternative(lint):
    hits = found(lint, "## Requirements\n\n- Bachelor's degree in Computer Science required.\n- Excel", "Q104")
    assert [d.match for d in hits] == ["Bachelor's degree"]


@pytest.mark.parametrize("text", [
    # cds 0540 (Government of Canada content)
    "- Degree from a recognized post-secondary institution OR acceptable combination of education, training and/or experience.",
    "- Bachelor's degree in Computer Science, or equivalent practical experience.",
    "- A bachelor's degree is preferred.",
    "- No degree required: we hire for skills.",
])
def test_q104_alternatives_preferred_and_negated(lint, text):
    assert found(lint, "## Requirements\n\n" + text, "Q104") == []


@pytest.mark.parametrize("text", [
    # dev 0509: a teaching certificate is granted only with a degree
    "- Bachelor's degree with emphasis in an educational subject area.\n"
    "- A valid professional teaching certificate is required with an endorsement in PreK-6.",
    # dev 0359: the occupational therapist's licence needs the master's
    "- Master's degree (or higher) in Occupational Therapy from an accredited program.\n"
    "- Current state license or eligibility for licensure as an Occupational Therapist.",
    "- Juris Doctor degree required.\n- Admitted to practice law in Ohio.",
])
def test_q104_licence_that_requires_the_degree(lint, text):
    assert found(lint, "## Requirements\n\n" + text, "Q104") == []


@pytest.mark.parametrize("text,match", [
    # a licence with no degree condition does not excuse the degree
    ("- Bachelor's degree required.\n- Valid driver's license and insurance producer license.", "Bachelor's degree"),
    # an RN can qualify with an associate degree: asking for the BSN is the employer's choice
    ("- Bachelor's degree in Nursing required.\n- Current RN license.", "Bachelor's degree"),
    # the programme words after "from" do not make the degree a programme the hire teaches in
    ("- Master's degree in Occupational Therapy from an accredited program.", "Master's degree"),
])
def test_q104_licence_and_programme_near_misses_still_fire(lint, text, match):
    assert [d.match for d in found(lint, "## Requirements\n\n" + text, "Q104")] == [match]


@pytest.mark.parametrize("text", [
    # dev 0473: the degree is the programme the hire teaches in
    "Inspire students while teaching multimedia journalism. See the list of classes and requirements for "
    "the masters of science in mass communications at the bulletin.",
    "You will teach two courses in our bachelor's degree program each term.",
])
def test_q104_degree_named_as_the_programme_taught(lint, text):
    assert found(lint, "## Responsibilities\n\n" + text, "Q104") == []


def test_q104_nice_to_have_section_is_left_alone(lint):
    text = "## Requirements\n\n- Excel\n\n## Nice to have\n\n- Master's degree in statistics\n"
    assert found(lint, text, "Q104") == []


# -- Q105 ----------------------------------------------------------------------------------
def test_q105_mixed_must_and_nice(lint):
    text = ("## Requirements\n\n- Two years of bookkeeping\n- Payroll experience\n- Xero experience is a plus\n"
            "- French is an asset\n")
    hits = found(lint, text, "Q105")
    assert len(hits) == 1 and "2 nice-to-have" in hits[0].message


def test_q105_separate_sections_are_fine(lint):
    text = ("## Requirements\n\n- Two years of bookkeeping\n- Payroll experience\n- Excel\n\n"
            "## Nice to have\n\n- Xero\n- French\n")
    assert found(lint, text, "Q105") == []
    unmarked = "## Requirements\n\n- Two years of bookkeeping\n- Payroll experience\n- Excel\n"
    assert found(lint, unmarked, "Q105") == []


# federal qualification lists (written after tts 0620/0624, public domain): numbered experiences, each leading
# into bullets of which it asks some, then what to put on the resume
PICK_LIST = """## Qualifications

To qualify, you must have one year of specialized experience. Specialized experience is:

1. Experience leading research within large environments. This experience must include THREE of the following:
- Conducting user research or usability testing
- Using planning tools to present information to stakeholders
- Developing customer experience quality metrics
- Leading research using agile or lean approaches
- Coaching stakeholders through human-centred design

2. Experience delivering results for clients. This experience must include ALL of the following:
- Communicating technical information to varied audiences
- Building relationships with stakeholders
- Serving as a liaison between clients and project teams

3. Experience leading a team. This experience must include at least two of the following:
- Leading client-facing consulting projects
- Collaborating with cross-functional teams
- Mentoring team members on research methods
- Using iterative product development methods

For each job on your resume, provide:

- the exact dates you held each job
- the number of hours per week you worked
- your salary and grade
"""


def test_q103_pick_lists_count_what_they_ask_and_resume_instructions_do_not_count(lint):
    # 3 + 3 + 2 must-haves: not the 19 items the lists hold
    assert found(lint, PICK_LIST, "Q103") == []
    hits = found(lint, PICK_LIST, "Q103", **{"max-items": 7})
    assert len(hits) == 1 and "8 requirements" in hits[0].message


def test_q103_near_misses_a_plain_long_list_and_all_of_the_following_still_count(lint):
    items = "".join(f"- Requirement number {i}\n" for i in range(1, 13))
    hits = found(lint, "## Requirements\n\nYou must have ALL of the following:\n\n" + items, "Q103")
    assert len(hits) == 1 and "12 requirements" in hits[0].message
    # a lead-in that is not about the application keeps its items
    hits = found(lint, "## Requirements\n\nYour experience should include:\n\n" + items, "Q103")
    assert len(hits) == 1 and "12 requirements" in hits[0].message
    # a numbered requirement ending in a colon with nothing under it is one item
    numbered = "".join(f"{i}. Requirement number {i}:\n" for i in range(1, 13))
    assert "12 requirements" in found(lint, "## Requirements\n\n" + numbered, "Q103")[0].message
