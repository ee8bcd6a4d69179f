"""Template leftovers (T1xx) and the seed posting examples/case-manager.txt.

Fixture texts are written for these tests; the seed is the project's own example file.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import jdlint
from jdlint.config import Config

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "case-manager.txt"


def lint(text: str, path: str = "t.md", **config):
    return jdlint.lint_text(text, path=path, config=Config(**config) if config else None)


def found(report, code):
    return [d for d in report.diagnostics if d.code == code]


# -- the seed ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def seed():
    return jdlint.lint_text(SEED.read_text(encoding="utf-8"), path=str(SEED))


def test_seed_bracketed_instructions_at_their_lines(seed):
    hits = found(seed, "T101")
    assert [d.line for d in hits] == [13, 32, 56]
    assert [d.match.split("]")[0] for d in hits] == ["[Intro paragraph", "[Work Hours & Benefits", "[Call to Action"]
    # the whole instruction is flagged, not only the bracket
    assert hits[0].match.endswith("set yourself apart from competing postings.")
    assert all(d.severity.name == "error" and d.category == "placeholder" for d in hits)


def test_seed_template_guidance_at_the_top(seed):
    lines = [(d.line, d.end_line) for d in found(seed, "T104")]
    assert (5, 7) in lines
    assert all(start < 11 for start, _ in lines)  # nothing in the ad itself


def test_seed_job_board_promotion_after_the_ad(seed):
    hits = found(seed, "T105")
    assert [(d.line, d.end_line) for d in hits] == [(58, 60)]
    assert "Monster+" in hits[0].match


def test_seed_missing_sections(seed):
    codes = {d.code for d in seed.diagnostics}
    assert {"S104", "S106", "S110"} <= codes  # pay, call to action; intro and benefits in one line
    recommended = next(d for d in seed.diagnostics if d.code == "S110").message
    assert "introduction about the employer" in recommended and "description of benefits" in recommended
    assert not codes & {"S102", "S103"}
    missing = {d.code: d for d in seed.diagnostics if d.code.startswith("S1")}
    assert "how and where to apply" in missing["S106"].message


def test_seed_found_sections(seed):
    sections = [(s.kind, s.line, s.found_by) for s in seed.sections]
    assert ("responsibilities", 15, "heading") in sections
    assert ("requirements", 34, "heading") in sections
    assert ("requirements", 48, "heading") in sections
    # placeholders never count as the sections they name
    assert not [s for s in seed.sections if s.kind in ("intro", "benefits", "schedule", "how-to-apply", "pay")]


# -- bracketed instructions and fields -----------------------------------------------------------
def test_call_to_action_instruction_is_not_a_call_to_action():
    text = ("You will answer calls.\n\n[Call to Action] Here is where you turn potential applicants into "
            "actual applicants, letting them know exactly how to apply.\n")
    report = lint(text)
    assert [d.line for d in found(report, "T101")] == [3]
    assert found(report, "S106")


@pytest.mark.parametrize("text, match", [
    ("Join [Company Name] as a case manager.", "[Company Name]"),
    ("The job is based in [City, State].", "[City, State]"),
    ("Salary: $XX,XXX per year.", "$XX,XXX"),
    ("You have X+ years of experience in retail.", "X+ years"),
])
def test_fill_in_fields(text, match):
    hits = found(lint(text), "T102")
    assert [d.match for d in hits] == [match]


@pytest.mark.parametrize("text", [
    "Software engineer [Remote]",
    "Read the [benefits guide](https://example.org/benefits) before you apply.",
    "You have 3+ years of experience in retail.",
    "Salary: $45,000 per year.",
    "Software engineer [Team Lead], London",
    "- [x] Background check completed",
])
def test_real_brackets_and_figures_are_not_fields(text):
    assert not found(lint(text), "T102") and not found(lint(text), "T101")


def test_link_in_plain_text_is_not_a_field():
    assert not found(lint("See [our site](https://example.org) for details.\n", path="t.txt"), "T102")


def test_template_variables_in_the_markdown_source():
    text = "# Clerk\n\nWe pay {{ salary }} a year in <insert city>.\n"
    hits = found(lint(text), "T102")
    assert sorted(d.match for d in hits) == ["<insert city>", "{{ salary }}"]
    assert all(d.line == 3 for d in hits)


# -- markers -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, match", [
    ("Start date: TBD.", "TBD"),
    ("TODO: add the benefits.", "TODO"),
    ("Lorem ipsum dolor sit amet, consectetur adipiscing elit.", "Lorem ipsum dolor sit amet"),
])
def test_markers(text, match):
    assert [d.match for d in found(lint(text), "T103")] == [match]


@pytest.mark.parametrize("text", [
    "Keep a todo list of client follow-ups.",
    "Our ATBDX platform handles scheduling.",  # TBD inside a word
    "We ship TBDs? No: we ship TBDX-certified kits.",
])
def test_markers_near_misses(text):
    assert not found(lint(text), "T103")


# -- guidance and promotion ----------------------------------------------------------------------
def test_guidance_to_the_employer():
    text = ("Feel free to revise this template to meet your specific duties and requirements.\n\n"
            "You will answer calls and greet visitors.\n")
    hits = found(lint(text), "T104")
    assert [d.line for d in hits] == [1]


def test_applicant_facing_text_is_not_guidance():
    text = ("This role can help you grow a career in case management. You will work with our "
            "clinical team and learn from experienced case managers.\n")
    assert not found(lint(text), "T104") and not found(lint(text), "T105")


def test_promotion_to_employers():
    text = "You will answer calls.\n\nPost your job today and reach top talent. No credit card needed!\n"
    assert [d.line for d in found(lint(text), "T105")] == [3]


# -- the pay and placeholder challenge cases (tests/data/pay_placeholder_cases.yaml) ----------
def _challenge_cases():
    import sys
    from pathlib import Path

    from jdlint.yamlio import load_fast

    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root / "scripts"))
    cases = load_fast((root / "tests" / "data" / "pay_placeholder_cases.yaml").read_text(encoding="utf-8"))["cases"]
    # the held-out cases are scored together (tests/test_pay_placeholder_coverage.py), not tuned one by one
    return [c for c in cases if c.get("split", "dev") != "heldout"]


@pytest.mark.parametrize("case", _challenge_cases(), ids=lambda c: f"{c['class']}:{c['text'][:30]}")
def test_challenge_case(case):
    from eval_pay_placeholder import labels_found

    assert labels_found(case) == set(case["expect"])


def test_overlap_search_finds_what_a_plain_scan_finds():
    import random

    from jdlint.extract.leftovers import _overlaps

    rng = random.Random(7)
    for _ in range(300):
        spans, pos = [], 0
        for _ in range(rng.randint(0, 8)):  # sorted, not nested (code spans; leftovers)
            pos += rng.randint(0, 5)
            end = pos + rng.randint(1, 6)
            spans.append((pos, end))
            pos = end
        start = rng.randint(0, pos + 3)
        end = start + rng.randint(1, 5)
        assert _overlaps(spans, start, end) == any(a < end and start < z for a, z in spans), (spans, start, end)
