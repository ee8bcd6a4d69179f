"""Two shapes of real careers pages (judged wrong on real ads from outside the corpus sources, session 34):

- the job title given twice, the site's page title and then the page's own heading: the second is the title
  again, not a section heading, even when its last word is a section word ("... - Customer Experience");
- a requirements section split into "Required" and "Preferred" subsections: the preferred items are no
  must-haves, so Q103 (long must-have list) does not count them.
"""
from __future__ import annotations

from conftest import codes, findings_in, section_kinds

import jdlint
from jdlint.config import Config

TITLE_TWICE = """# Support Team Lead - Customer Experience

Apply through our careers site.

Support Team Lead - Customer Experience
=======================================

We run a chain of garden centres across the Midlands.

## What you will do

- Run the weekly rota for the support desk
- Answer escalated complaints by phone and email
"""


def _sections(text: str) -> list:
    report = jdlint.lint_text(text, "ad.md", config=Config(select=("S",)))
    return report.sections


def test_the_title_repeated_as_a_heading_names_no_section():
    requirements = [s for s in _sections(TITLE_TWICE) if s.kind == "requirements"]
    assert requirements == []


def test_a_heading_that_only_shares_words_with_the_title_still_names_its_section():
    text = TITLE_TWICE.replace("Support Team Lead - Customer Experience\n=====", "Customer Experience\n=====")
    assert [s.heading for s in _sections(text) if s.kind == "requirements"] == ["Customer Experience"]


def test_a_later_heading_equal_to_the_first_heading_is_not_read_when_the_first_is_no_title():
    # in plain text a first line ending with a colon is a label, not a title: nothing is remembered
    text = "Requirements:\n\n- A forklift licence\n\nRequirements:\n\n- Steel toe boots\n"
    report = jdlint.lint_text(text, "ad.txt", config=Config(select=("S",)))
    assert any(s.kind == "requirements" for s in report.sections)


def _split(preferred_heading: str, required: int, preferred: int) -> str:
    lines = ["# Laboratory Technician", "", "## Skills and Qualifications", "", "### Required", ""]
    lines += [f"- Required skill number {n} with sample handling" for n in range(required)]
    lines += ["", f"### {preferred_heading}", ""]
    lines += [f"- Preferred skill number {n} with field work" for n in range(preferred)]
    return "\n".join(lines) + "\n"


def test_preferred_subsection_items_are_not_counted_as_must_haves():
    assert findings_in(_split("Preferred", 6, 7), "Q103") == []
    assert findings_in(_split("Desired Skills", 6, 7), "Q103") == []


def test_a_long_required_half_still_fires():
    found = findings_in(_split("Preferred", 11, 3), "Q103")
    assert len(found) == 1 and found[0].data["items"] == 11


def test_a_preferred_heading_is_a_preferred_section():
    assert "preferred" in section_kinds(_split("Preferred", 2, 2))
    assert "preferred" in section_kinds("# Nurse\n\nPreferred Experience:\n\n- Two years on a surgical ward\n")


def test_without_the_split_every_item_counts():
    text = _split("Preferred", 6, 7).replace("### Preferred\n", "")
    assert codes(jdlint.lint_text(text, "ad.md", config=Config(select=("Q103",)))) == ["Q103"]


# "vision" alone is vision cover only as a list's member: "A research vision ... is expected" offered
# nothing (realads15 A, a false benefits section once the ad's first paragraph stopped being its intro)
import pytest  # noqa: E402

from conftest import benefit_score  # noqa: E402


@pytest.mark.parametrize("sentence", ["Medical, dental and vision.", "Health, dental, vision, 401(k) match.",
                                      "We offer medical/dental/vision coverage.", "- Vision"])
def test_vision_listed_with_other_cover_is_a_perk(sentence):
    assert benefit_score(sentence) > 0


@pytest.mark.parametrize("sentence", ["A clear research vision for the group is expected of the postholder.",
                                      "Our mission and vision guide every project.",
                                      "Bring an artistic vision to our spring season."])
def test_a_vision_to_pursue_is_no_perk(sentence):
    assert benefit_score(sentence) == 0
