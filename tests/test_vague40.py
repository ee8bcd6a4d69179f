"""Vague classes fresh writers mark and the rules missed (helper vague40), each a word class or a frame, not a phrase.

- V304: knowledge or understanding praised by degree ("Good knowledge of German", "a deep understanding of internet
  culture"); a praised track record or a shown commitment with no figure ("A proven track record in residential sales").
- V113: a vibe offered ("a real startup vibe"); exposure praised with nothing it is exposure to; a list trailing off
  into "and much more"; a pay component praised with no figure of its own beside one that has one ("£30,000 basic +
  generous commission": P101 is silent once the posting gives any figure).
- V114: one hype trait before the job's own title, the hire asked for with "a"/"an" ("a dynamic Band 5 staff nurse").

Fire cases assert the rule itself, not V119's sentence model. Texts are written for these tests or are read writers'
cases (the id named: writers AC and AF, tests/data/read_writers/). Each fire case fails at 50d1113 (checked by running
this file against that commit's rules).
"""
from __future__ import annotations

import pytest

import jdlint


def findings(text: str) -> list:
    return jdlint.lint_text("# Job\n\n" + text + "\n", "t.md").diagnostics


def matches(text: str, code: str) -> list[str]:
    return [d.match for d in findings(text) if d.code == code]


# -- V304: knowledge praised by degree, a praised track record ------------------------------------------------------
@pytest.mark.parametrize("text, match", [
    ("Good knowledge of German is an advantage.", "Good knowledge of"),  # wac-v-075
    ("Should have sound knowledge of FIDIC contracts.", "sound knowledge of"),  # waf-v-040
    ("Deep understanding of internet culture.", "Deep understanding of"),  # waf-v-025
    ("You will need a thorough grasp of warehouse stock control.", "thorough grasp of"),
    ("A proven track record in residential sales.", "A proven track record"),  # waf-v-119
    ("Candidates need a strong track record with enterprise clients.", "a strong track record"),
    ("Demonstrated commitment to student-centered learning.", "Demonstrated commitment to"),  # waf-v-045
])
def test_praised_knowledge_or_record_fires(text, match):
    assert matches(text, "V304") == [match]


@pytest.mark.parametrize("text", [
    # the usual levels and bare knowledge are plain requirements for every writer (we-v-124, wf-v-113, ws-v-115)
    "Working knowledge of the FCA Consumer Duty and PSD2.",
    "Basic knowledge of Microsoft applications.",
    "Knowledge of IFRS 17 and at least 3 years in life insurance actuarial work.",
    # the employer's own understanding, and understanding the work builds or hands on
    "Our deep understanding of business and technology sets us apart.",
    "You will help agency partners develop a deep understanding of their users.",
    "Answer questions and offer suggestions based on a thorough knowledge of the product line.",
    # examples or a bracket in the clause name it
    "Strong knowledge of accounting principles and practices, including GAAP.",
    "Demonstrate a strong understanding of agile methodology (scrum, kanban).",
    # negated, quoted
    "You don't need deep knowledge of Kubernetes on day one.",
    'Avoid phrases like "good knowledge of Excel" in your CV.',
    # a track record measured by a figure
    "A proven track record of making at least 50 calls a day.",
    "Proved track record of fundraising $500,000+ a year.",
])
def test_praised_knowledge_or_record_near_misses(text):
    assert matches(text, "V304") == []


# -- V113: vibes, exposure, "and much more", an unfigured pay component ---------------------------------------------
@pytest.mark.parametrize("text, match", [
    ("Join a team with a real startup vibe in the heart of Kraków.", "startup vibe"),  # waf-v-102
    ("Summer camp vibes all season long.", "camp vibes"),
    ("Great exposure for your portfolio!", "Great exposure"),  # waf-v-051
    ("Private medical care, Multisport card, language classes and much more!", "and much more"),  # waf-v-050
    ("Salary up to £45k + car allowance + excellent bonus.", "excellent bonus"),  # waf-v-080
    ("£30,000 basic + generous commission.", "generous commission"),
    ("13th salary and attractive fringe benefits", "attractive fringe benefits"),  # wac-v-045
])
def test_vibe_exposure_tail_and_unfigured_component_fire(text, match):
    assert match in matches(text, "V113")


@pytest.mark.parametrize("text", [
    "Work on vibe coding tools for our customers.",
    "You will get great exposure to senior stakeholders and the board.",
    "Media exposure is limited to two press days a year.",
    "Support much more than a single ward.",  # no list before the tail
    "Salary £30,000 plus a bonus of up to 10% of salary.",  # the bonus has its figure
    "£30,000 basic + commission of 5% on every sale.",
    "Salary £42,000 and excellent bonus of £4,000 paid quarterly.",
    "We are not offering a bonus; the salary is £45,000.",
    "Work the door at The Good Vibes Club on Saturday nights.",  # vh7-067: a proper name
])
def test_vibe_exposure_tail_and_unfigured_component_near_misses(text):
    assert [m for m in matches(text, "V113")
            if "vibe" in m.lower() or "exposure" in m.lower() or "more" in m or "bonus" in m or "commission" in m] == []


# -- V114: one hype trait before the job's own title ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "We are looking for a dynamic Band 5 staff nurse to join our acute medical ward.",  # waf-v-093
    "We are hiring an enthusiastic sales executive for our Leeds branch.",
    "Looking for an upbeat restaurant manager for our new Leeds site.",
])
def test_hype_trait_before_title_fires(text):
    assert matches(text, "V114")


@pytest.mark.parametrize("text", [
    "Our passionate nurses care for 30 patients on the ward.",  # the employer's own staff, no article
    "Join a team of motivated engineers in Bristol.",
    "A dedicated nurse will call you within two days.",  # 'dedicated' is no hype trait alone
    "We are looking for a Band 5 staff nurse to join our acute medical ward.",
])
def test_hype_trait_before_title_near_misses(text):
    assert matches(text, "V114") == []


# -- writer AH's classes (read data since session 40): each a word class, with its near-misses ----------------------
@pytest.mark.parametrize("text, code, match", [
    ("Some experience in conveyancing would be beneficial.", "V304", "Some experience"),  # wah-v-144
    ("Significant experience providing advice to senior management.", "V304", "Significant experience"),  # wah-v-024
    ("We need a design engineer with several years of professional experience in mechanical design.", "V304",
     "several years of professional experience"),  # wah-v-130
    ("Candidates should have a strong publication record.", "V304", "a strong publication record"),  # wah-v-079
    ("Exposure to cloud technologies will be an added advantage.", "V304", "Exposure to cloud technologies"),  # wah-v-133
    ("Willingness to travel.", "V301", "Willingness to travel"),  # wah-v-081
    ("Weekend milking as required.", "V301", "Weekend milking as required"),  # wah-v-070
    ("The analyst may be required to work overtime from time to time during sittings.", "V301",
     "may be required to work overtime from time to time"),  # wah-v-125
    ("Location: Pan India", "V303", "Pan India"),  # wah-v-136
    ("Cases available in your area.", "V303", "Cases available in your area"),  # wah-v-080
    ("The post is funded for an initial period.", "V303", "for an initial period"),  # wah-v-096
    ("EXCELLENT HOME TIME", "V303", "EXCELLENT HOME TIME"),  # wah-v-038
    ("Regional drivers run Texas daily and get home often!", "V303", "get home often"),  # wah-v-107
    ("Heaps of work this season in Te Puke for pickers and packers!", "V303", "Heaps of work"),  # wah-v-045
    ("Contract length varies by vessel and itinerary.", "V303", "Contract length varies by"),  # wah-v-011
    ("You can expect a future-proof job with a family-run machine builder.", "V113", "future-proof job"),  # wah-v-143
    ("Good secondary employment conditions.", "V113", "Good secondary employment conditions"),  # wah-v-102
    ("Sign-on bonus available!", "V113", "Sign-on bonus"),  # wah-v-111
    ("Budget: flexible", "P101", "Budget: flexible"),  # wah-v-003
    ("Video editing gig; rate depends on the scope.", "P101", "rate depends on the scope"),  # wah-v-008
    ("We offer a market-conform salary and 25 vacation days.", "P101", "market-conform salary"),  # wah-v-007
])
def test_writer_ah_classes_fire(text, code, match):
    assert match in matches(text, code)


@pytest.mark.parametrize("text, code", [
    ("Significant experience is defined as at least five years advising deputy ministers.", "V304"),
    ("Some experience (at least 12 months) in a dental practice.", "V304"),
    ("Exposure to tools such as Jira and Confluence is a plus.", "V304"),
    ("Willingness to travel: 25% (Required)", "V301"),
    ("Flexible hours: choose any four of our six opening days.", "V303"),  # wk-v-114
    ("Flexible hours: pick any shifts between 6 AM and 11 PM, minimum 15 hours a week.", "V303"),  # wah-v-048
    ("The post is funded for an initial period of two years.", "V303"),
    ("Doing lots of overtime is not company policy - if you want to do it, that's your call.", "V303"),  # dev 0114
    ("Sign-on bonus of $2,000 available after 90 days.", "V113"),
    ("Salary: €52,000 a year. Budget: flexible for the team offsite.", "P101"),
])
def test_writer_ah_classes_near_misses(text, code):
    assert matches(text, code) == []
