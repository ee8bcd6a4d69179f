"""Gender-coded words said of the people the hire serves, not of the hire (lead9): an adjective whose noun
phrase ends in customers, callers, pupils, residents... ("Handle aggressive callers calmly"), a coded word
said of them in its clause ("Some of our residents can be aggressive at times"), and what is sold or played
("adventurous holidays", "a competitive swimming club"). A coded verb before them is the hire's work
("nurturing donors", "challenge students"), and the same words said of the hire stay findings."""
from __future__ import annotations

import pytest

import jdlint
from jdlint.config import Config


def coded(text: str) -> list[str]:
    report = jdlint.lint_text("# Care assistant\n\n" + text + "\n", path="job.md", config=Config(select=("D201", "D202")))
    return [d.match.lower() for d in report.diagnostics]


@pytest.mark.parametrize("text", [
    "Some of our residents can be aggressive at times, and full de-escalation training is given.",
    "The children we look after are affectionate and lively.",
    "Our clients are ambitious start-ups in fintech.",
    "Handle aggressive callers calmly and log every call.",
    "Our pupils are curious, independent learners.",
    "The horses are gentle and used to beginners.",
    "Our guests are demanding and expect five-star service.",
    "We meet the needs of our loyal customer base.",  # dev 0374
    "We build adventurous holidays for families.",
    "We are a competitive swimming club with 300 members.",
    "Our founder is a fearless entrepreneur.",
    # other senses: a kind of leave, products, instruments, the weather
    "Staff get five days of compassionate leave a year.",
    "We sell gentle skincare for babies.",
    "The lab has an analytical balance and a fume hood.",
    "The site has a dominant wind from the west.",
    "Warm drinks and a hot lunch are provided on site.",
])
def test_said_of_others(text):
    assert coded(text) == []


@pytest.mark.parametrize("text, word", [
    ("You will be gentle and patient with every resident.", "gentle"),
    ("Residents need someone who is warm and affectionate.", "affectionate"),
    ("Our clients need a confident, assertive negotiator.", "assertive"),
    ("The ideal candidate is ambitious and decisive.", "ambitious"),
    ("You are a confident, independent learner.", "independent"),
    ("Be gentle with the horses and the children.", "gentle"),
    ("We want competitive team players who love a target.", "competitive"),
    # the hire's work done to or for them: a verb or a noun, not an adjective of them
    ("From nurturing and engaging donors to securing grants, you will lead fundraising.", "nurturing"),  # dev 0395
    ("Plan lessons that challenge students and use class time well.", "challenge"),  # dev 0454
    # ("make decisions" is a duty since session 35: the noun is what is decided; the trait is "decisive")
    ("Ability to make decisions quickly: you are decisive and manage client relationships.", "decisive"),  # dev 0045
    ("You will be compassionate and calm with families.", "compassionate"),
    ("You are analytical and calm under pressure.", "analytical"),
    # "needs" after it is a verb here, not people's needs (bias_cases_indep3 b3-009)
    ("The right person is fiercely independent and needs no hand-holding.", "independent"),
])
def test_the_hire_described(text, word):
    assert word in coded(text)

