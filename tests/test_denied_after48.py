"""Session 48 (lead): a trait or a demand denied after it, with words of its own phrase between, is negated.

The lead's 20 vague near-misses (written before any change, in farm, café, warehouse and office registers) drew
V105 on 6, all of one kind the one negation home (context.yaml `negation-after`, `specified-answer`) did not read:
the thing named first and denied after a few words of its own phrase ("Juggling three trays at once is not needed"),
said to be no part of what is asked ("Strong work ethic is not something we ask for"), or a question answered "Not
needed" ("Team player? Not needed here: you'll work alone"). A preference or a "but" between still prefers:
"Native English speaker preferred but not required" stays a finding. The dev corpus' report is byte-identical.
"""
from __future__ import annotations

import pytest

from conftest import assert_bias_fires

import jdlint
from jdlint.config import Config

DENIED = [
    "Juggling three trays at once is not needed: we use trolleys.",
    "Strong work ethic is not something we ask for; we ask for a forklift licence.",
    "Team player? Not needed here: you'll work alone on the night shift, 10pm to 6am.",
    "Multitasking across the three tills is not required: one till per person, always.",
]

ASKED = [
    ("Juggling three trays at once is part of the job.", "Juggling"),
    ("Strong work ethic is something we ask of everyone.", "Strong work ethic"),
    ("Team player? Yes: you'll share the till with three others.", "Team player"),
]


def vague_matches(text: str) -> list[str]:
    report = jdlint.lint_text("# Job\n\n" + text + "\n", "t.md", config=Config())
    return [d.match for d in report.diagnostics if d.category == "vague"]


@pytest.mark.parametrize("text", DENIED)
def test_a_trait_denied_after_it_is_not_a_finding(text):
    assert vague_matches(text) == []


@pytest.mark.parametrize("text,span", ASKED)
def test_the_same_trait_asked_for_is_still_a_finding(text, span):
    assert any(span.lower() in m.lower() for m in vague_matches(text)), vague_matches(text)


@pytest.mark.parametrize("text,span", [("Native English speaker preferred but not required.", "Native English speaker"),
                                       ("Native English speaker ideally, not essential.", "Native English speaker")])
def test_a_preference_before_the_denial_still_prefers(text, span):
    assert_bias_fires("origin", text, span)
