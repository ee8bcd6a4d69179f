"""Who a gender-coded word is said of, by the subject's grammar (bias37; jdlint/checks/gender_coded.py _Senses.said_of,
market_says, _head_before_a_phrase).

The classes come from read writer-set false alarms (tests/data/gender_coded_heldout14.yaml and heldout18: residents who
"can become" aggressive, a market "in Nairobi", horses "on the yard"):
- a modal or an adverb of frequency between the people served and their verb ("residents can become", "guests often
  seem");
- the market with a place or a scope after it ("the used-car market in Leeds is competitive");
- the people served as the head of a subject that ends in a prepositional phrase ("the ponies at the riding school are
  gentle"): the phrase's noun is not who is described.
The fixtures are written for the classes, not copied from the cases; each has its near-miss of the hire, which stays
counted."""
from __future__ import annotations

import pytest

import jdlint
from jdlint.config import Config

CONFIG = Config(select=("D201", "D202"))


def _coded(text: str) -> list[str]:
    report = next(iter(jdlint.lint_texts([("# Job\n\n" + text + "\n", "case.md")], config=CONFIG)))
    return [d.match.lower() for d in report.diagnostics]


@pytest.mark.parametrize("others, hire", [
    ("Some patients may become aggressive after surgery, and you will be trained to respond.",
     "You may become aggressive in negotiations when the deal needs it."),
    ("Our guests often seem emotional at check-out, so keep calm.",
     "You often seem emotional about good design, and we like that."),
    ("The used-car market in Leeds is fiercely competitive.",
     "The person in this post is fiercely competitive."),
    ("The ponies at the riding school are gentle with first-time riders.",
     "The groom at the riding school is gentle with first-time riders."),
    ("Residents on the memory-care floor can be affectionate and chatty.",
     "Nurses on the memory-care floor are affectionate and chatty."),
])
def test_said_of_others_not_the_hire(others, hire):
    assert _coded(others) == [], others
    assert _coded(hire) != [], hire
