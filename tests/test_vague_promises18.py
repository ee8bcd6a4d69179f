"""V113 empty-promise, vague18 (session 34): classes writers F, G, K, S and T wrote and no rule read. A job renamed as
a vocation or a belonging without "just" ("not a job, it's a calling"); a feeling or reward guaranteed; the hire's
reaction promised in advance ("you'll never look back") and change beyond measure ("like never before"); the
employer's regard for its own people claimed with a degree word; self-praise of standing ("our esteemed
organisation"). Near-misses: a fact guaranteed (hours, an interview), a plain contrast ("not a remote role, it's a
hybrid one"), the regard shown by what is done ("through a training budget"), a plain "we value our employees and
..." opening a diversity statement, "our greatest asset" (V107's). Fixture text is written for these tests.
"""
from __future__ import annotations

import pytest

from conftest import findings_in


def v113(text: str) -> list[str]:
    return [d.match for d in findings_in(text, "V113")]


@pytest.mark.parametrize("text, match", [
    ("Nursing with us is not a job, it's a vocation.", "not a job, it's a vocation"),
    ("This isn't a workplace, it's a family.", "isn't a workplace, it's a family"),
    ("Sunshine, smiles and fun guaranteed!", "fun guaranteed"),
    ("Guaranteed job satisfaction in every shift.", "Guaranteed job satisfaction"),
    ("Unforgettable experience guaranteed for every volunteer.", "Unforgettable experience guaranteed"),
    ("Sign up today and you'll never look back.", "you'll never look back"),
    ("Try a season with us: you won't regret it.", "you won't regret it"),
    ("Your skills will grow like never before.", "like never before"),
    ("This post will stretch you in ways you never imagined.", "in ways you never imagined"),
    ("We genuinely appreciate our carers.", "genuinely appreciate"),
    ("Our staff are our most important asset.", "Our staff are our most important asset"),
    ("Apply now to join a reputed company in Chennai.", "reputed company"),
])
def test_fires_on_the_promise(text, match):
    assert match in v113(text), v113(text)


@pytest.mark.parametrize("text", [
    "Guaranteed 38 hours a week and a guaranteed interview for internal applicants.",
    "This is not a remote role, it's a hybrid one with two office days.",
    "We truly value our staff through a £1,500 training budget each year.",
    "We value our employees and the different views each one brings.",
    "You won't be working weekends.",
    "The clinic was not a school before 2019.",
])
def test_silent_on_near_misses(text):
    assert v113(text) == []


def test_our_greatest_asset_stays_v107s():
    assert v113("Our people are our greatest asset.") == []
    assert "our greatest asset" in [d.match for d in findings_in("Our people are our greatest asset.", "V107")]


@pytest.mark.parametrize("text, match", [
    ("Top-drawer mentoring for every apprentice.", "Top-drawer mentoring"),
    ("Our clinic offers gold-standard service to every family.", "gold-standard service"),
    ("There's something magical about working on a festival site.", "There's something magical about working"),
    ("Riverside Garden Centre is a fantastic place to learn.", "a fantastic place to learn"),
    ("Join a crew of enthusiastic go-getters.", "crew of enthusiastic go-getters"),
])
def test_fires_on_grade_place_and_people_praise(text, match):
    # vague18, from writers W and X's classes
    assert match in v113(text), v113(text)


@pytest.mark.parametrize("text", [
    "A first-class honours degree in chemistry is essential.",
    "Rooms are cleaned to the hotel group's Five-Star standards, 14 per shift.",
    "We were certified a Great Place to Work in 2023.",
    "We were named a Great Place to Work for three years in a row.",
    "Our team of nine engineers ships every Tuesday.",
])
def test_grade_place_and_people_near_misses(text):
    assert v113(text) == []


def test_related_duties_as_assigned_is_a_catch_all():
    assert [d.match for d in findings_in("Completes related duties as assigned.", "V201")] == ["Completes related duties as assigned"]
