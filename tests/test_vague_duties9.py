"""V118 unbounded-duty (vague9): a duty verb whose object has no bound, read from the grammar (a verb of
doing or helping, a few particles, then a free-choice pronoun or a free-choice word before a generic
noun), so any wording of either counts. Near-misses: a concrete object, an object bound to a field
("related to"), a list, a figure or a name after it, negation, and the light verb "do" (the employer's
effort). Fixture text is written for these tests.
"""
from __future__ import annotations

import pytest

from conftest import findings_in


def v118(text: str) -> list[str]:
    return [d.match for d in findings_in(text, "V118")]


@pytest.mark.parametrize("text, match", [
    ("Muck in with whatever the day throws up.", "whatever the"),
    ("The runner looks after everything else.", "everything else"),
    ("Chip in on any odd jobs around the pub.", "any odd jobs"),
    ("Turn your hand to all sorts.", "all sorts"),
    ("Expect to pick up the slack and help with the rest.", "the rest"),
    ("You will fill in wherever the rota is short.", "wherever"),
    ("Assist with sundry tasks in the office.", "sundry tasks"),
])
def test_fires_on_the_duty(text, match):
    assert match in v118(text), v118(text)


@pytest.mark.parametrize("text", [
    "Handle any customer complaints by phone.",                         # a concrete object
    "Help with anything relating to payroll.",                          # bound to a field
    "Cover all shifts on the weekend rota, 8am to 4pm.",                # a figure, and not generic
    "We are doing everything we can to keep fees low.",                 # the light verb "do"
    "You will not have to cover anything outside your own ward.",       # negated
    "Assist with any tasks in Sage and Xero.",                          # named tools after it
    "Take on various tasks such as stock counts and deliveries.",       # a list follows
    "You will support anything from payroll to pensions.",              # a range names it
])
def test_silent_on_near_misses(text):
    assert v118(text) == []
