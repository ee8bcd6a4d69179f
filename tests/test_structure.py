"""Missing-section rules S101-S109 and config ``sections.required``.

Fixture texts are written for these tests unless a comment names a corpus file (tts_join =
public-domain join.tts.gsa.gov postings in ../shared/corpus/dev).
"""
from __future__ import annotations

import pytest

import jdlint
from jdlint.config import Config

CODES = {"intro": "S101", "responsibilities": "S102", "requirements": "S103", "pay": "S104",
         "benefits": "S105", "how-to-apply": "S106", "eeo": "S107", "location": "S108", "schedule": "S109"}

COMPLETE = """\
# Case Manager

## About us

Greenfield Community Clinic is a non-profit health centre founded in 1998 that serves 4,000 families in north Denver.

## What you'll do

- Assess new clients and develop care plans.
- Coordinate services with local agencies.

## Who you are

- You have a bachelor's degree in social work and two years of case management experience.

## Pay and benefits

$48,000-$55,000 a year. Medical and dental insurance, a 403(b) plan and 20 days of paid time off.

## Location and hours

Based in Denver, CO. Full-time, Monday to Friday, 8:30am to 5pm.

## How to apply

Send your resume to hiring@greenfield.example by June 30.

Greenfield is an equal opportunity employer. All qualified applicants will receive consideration without regard to race, religion, sex, disability or age.
"""


#: S101 and S107-S109 are off by default and S105 reports only a legal requirement (S110 names the
#: missing recommended sections in one line, issue 14); these tests are about each single-kind
#: rule, so they select them all, S105 with its info-level gap too
SINGLE_KIND = {"extend_select": tuple(CODES.values()), "rule_options": (("S105", (("law-only", False),)),)}


def lint(text: str, path: str = "t.md", **config):
    return jdlint.lint_text(text, path=path, config=Config(**{**SINGLE_KIND, **config}))


def structure(report):
    return {d.code: d for d in report.diagnostics if d.category == "structure"}


def test_complete_markdown_posting_has_no_structure_findings():
    assert structure(lint(COMPLETE)) == {}


def test_complete_plain_text_posting_without_headings():
    text = ("Greenfield Community Clinic is a non-profit health centre founded in 1998. We serve 4,000 families in north Denver.\n\n"
            "You will assess new clients, develop care plans and coordinate services with local agencies.\n\n"
            "You have a bachelor's degree in social work and two years of case management experience.\n\n"
            "We offer medical, dental and vision insurance and 20 days of paid time off.\n\n"
            "The pay is $48,000 to $55,000 a year. This is a full-time role based in Denver, CO.\n\n"
            "To apply, send your resume to hiring@greenfield.example by June 30.\n\n"
            "Greenfield is an equal opportunity employer.\n")
    assert structure(lint(text, path="t.txt")) == {}


@pytest.mark.parametrize("kind, heading, body", [
    ("intro", "## About us", "Greenfield Community Clinic is a non-profit health centre"),
    ("responsibilities", "## What you'll do", "- Assess new clients"),
    ("requirements", "## Who you are", "- You have a bachelor's degree"),
    ("how-to-apply", "## How to apply", "Send your resume to hiring"),
])
def test_each_missing_section_is_reported(kind, heading, body):
    lines = COMPLETE.splitlines(keepends=True)
    start = next(i for i, l in enumerate(lines) if l.startswith(heading))
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("## ") or lines[i].startswith("Greenfield is"))
    text = "".join(lines[:start] + lines[end:])
    assert body not in text
    found = structure(lint(text))
    assert CODES[kind] in found, found
    assert found[CODES[kind]].line == 1 and found[CODES[kind]].message.startswith("No ")


def test_missing_eeo_location_schedule():
    text = COMPLETE.split("Greenfield is an equal")[0].replace(
        "## Location and hours\n\nBased in Denver, CO. Full-time, Monday to Friday, 8:30am to 5pm.\n\n", "")
    found = structure(lint(text))
    assert {"S107", "S108", "S109"} <= set(found)
    assert all(found[c].severity.name == "info" for c in ("S107", "S108", "S109"))


def test_empty_benefits_heading_counts_as_missing_and_says_so():
    text = COMPLETE.replace("## Pay and benefits\n\n$48,000-$55,000 a year. Medical and dental insurance, a 403(b) plan "
                            "and 20 days of paid time off.\n", "## Benefits\n\n## Pay\n\n$48,000-$55,000 a year.\n")
    hit = structure(lint(text))["S105"]
    assert hit.line == 16 and "'Benefits' heading has nothing under it" in hit.message
    assert "health cover" in hit.message  # says what a good benefits section contains


def test_heading_with_only_a_template_instruction_is_empty():
    text = COMPLETE.split("Greenfield is an equal")[0].replace(
        "Send your resume to hiring@greenfield.example by June 30.",
        "[Call to Action] Here is where you tell potential applicants how to apply.")
    found = structure(lint(text))
    assert "S106" in found and "nothing under it" in found["S106"].message


def test_sections_required_decides_what_is_reported():
    bare = "You will answer calls and schedule appointments. You have two years of office experience.\n"
    default = structure(lint(bare))
    assert {"S101", "S104", "S105", "S106", "S107", "S108", "S109"} <= set(default)
    only_pay = structure(lint(bare, sections_required=("pay",)))
    # not required: silent, except the recommended location and schedule at info (and S110's
    # one line, which lists every recommended section whatever is required)
    assert set(only_pay) == {"S104", "S108", "S109", "S110"}
    assert only_pay["S104"].severity.name == "warning"
    assert only_pay["S108"].severity.name == "info"


def test_required_kind_is_reported_at_the_rule_severity_and_severity_config_still_applies():
    bare = "You will answer calls and schedule appointments. You have two years of office experience.\n"
    found = structure(lint(bare, sections_required=("how-to-apply", "intro")))
    assert found["S106"].severity.name == "warning" and found["S101"].severity.name == "info"
    from jdlint.diagnostics import Severity

    raised = structure(lint(bare, severity=(("S101", Severity.error),)))
    assert raised["S101"].severity.name == "error"


def test_jurisdiction_requires_benefits_even_when_not_in_required():
    text = COMPLETE.replace(" Medical and dental insurance, a 403(b) plan and 20 days of paid time off.", "").replace(
        "## Pay and benefits", "## Pay")
    assert "S105" not in structure(lint(text, sections_required=("pay",)))
    hit = structure(lint(text, sections_required=("pay",), jurisdictions=("US-WA",)))["S105"]
    assert hit.severity.name == "error" and "RCW 49.58.110" in hit.message


# tts_join 0583.md (excerpt): a federal posting's pay is a GS grade with a dollar range
TTS = """\
## Basic Information

**Salary Range:** Base salary GS-15 - $105,123 to $136,659

**Location:** This position is located in Washington, DC.
"""


def test_tts_pay_grade_with_range_is_pay_and_location():
    found = structure(lint(TTS))
    assert "S104" not in found and "S108" not in found
