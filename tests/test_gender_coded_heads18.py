"""Whom a gender-coded word is said of, by the grammar of its sentence (gcoded18, session 34, issue 14): the head of
the coded adjective's noun phrase when other nouns modify it (the setting the hire works in, a compound of a field of
skill, an -ing head after a noun), a thing or animals as the subject of a coded predicate, the employer's own way of
working or the employer as "we" telling what it does or is (not what it wants of the hire), the people the hire
works with, "lead" as the noun of a job title, "understand" as the verb of knowing with its object, and "challenge"
naming a task. The shapes come from the false alarms of the training writers (O, R, S, T, W, X:
tests/data/train/writer*_gender_coded*.yaml) and of the dev corpus; each has fire cases in the same frame, said of the
hire (a person head, second person, "the successful candidate", a trait list)."""
from __future__ import annotations

import pytest

import jdlint
from jdlint.config import Config

CONFIG = Config(select=("D201", "D202"))


def _coded(text: str) -> list[str]:
    report = next(iter(jdlint.lint_texts([("# Job\n\n" + text + "\n", "case.md")], config=CONFIG)))
    return [d.match.lower() for d in report.diagnostics]


@pytest.mark.parametrize("text, word", [
    # a person or a trait heads the noun phrase, modifiers or not
    ("We want a supportive team member for our busy pharmacy.", "supportive"),
    ("Collaborative team player for our audit practice.", "collaborative"),
    ("Ambitious team players who want a career in logistics.", "ambitious"),
    ("Excellent interpersonal communication skills.", "interpersonal"),
    ("A confident communication style.", "confident"),
    ("Pleasant telephone manner essential.", "pleasant"),
    ("An analytical mind a must for our credit desk.", "analytical"),
    ("A confident English speaking teacher for our Da Nang centre.", "confident"),
    # a predicate of the hire: second person, a person subject, a modal
    ("You are collaborative and thrive in a busy environment.", "collaborative"),
    ("The successful candidate is competitive and loves a sales target.", "competitive"),
    ("Applicants to the programme should be confident presenters.", "confident"),
    ("The person in this post must be dependable.", "dependable"),
    ("Our ideal coordinator is assertive with suppliers.", "assertive"),
    ("Our ideal QA lead is outspoken in code reviews.", "outspoken"),
    # "our" before a person: the people the hire joins, read as before
    ("Join our collaborative team in Leeds.", "collaborative"),
    # "lead" the verb with no object: a manner of the hire's ("lead a team of five" is a duty since session 35)
    ("You will lead by example on every shift.", "lead"),
    ("Help lead from the front through peak season.", "lead"),
    # the trait "understanding", an adjective
    ("Be understanding when the twins have a meltdown.", "understanding"),
    ("You'll be understanding and calm with upset callers.", "understanding"),
    ("We look for an understanding and patient carer.", "understanding"),
    ("You're understanding of the pressure parents are under.", "understanding"),
    # "challenge" as what the hire seeks
    ("Do you thrive on challenge? Join our ER team.", "challenge"),
    # the employer as "we" wanting, liking or looking for the trait, or naming the hire
    ("We love bold thinkers.", "bold"),
    ("We're a small team looking for a bold designer.", "bold"),
    ("We offer training for people who are driven.", "driven"),
    ("We hire opinionated engineers.", "opinionated"),
    ("We need someone gentle for our end-of-life suite.", "gentle"),
    # "with" and a trait of the hire, no partners
    ("Working with a driven, analytical mindset.", "driven"),
])
def test_said_of_the_hire(text, word):
    assert word in _coded(text), (text, _coded(text))


@pytest.mark.parametrize("text, word", [
    # the setting the hire works in heads the phrase, whatever modifies it
    ("We offer a supportive team environment and a generous pension.", "supportive"),
    ("Leading by example to drive a positive and supportive working environment.", "supportive"),
    ("Join a nurturing classroom environment for children aged three to five.", "nurturing"),
    # a compound headed by a thing: a field of skill as its modifier, an -ing head after a noun
    ("The course covers interpersonal communication theory.", "interpersonal"),
    ("We run assertive communication workshops for clients.", "assertive"),
    ("Self-reliant solar lighting on the campsite.", "self-reliant"),
    ("Review analytical release testing and stability studies.", "analytical"),
    # a coded predicate of a thing or animals as the subject
    ("Our delivery trucks are dependable and serviced every 10,000 km.", "dependable"),
    ("The old mill is a challenging building to heat.", "challenging"),
    ("The two dogs in the household are affectionate and house-trained.", "affectionate"),
    ("The terrain on this shoot is challenging; 4x4s provided.", "challenging"),
    # the employer's own way of working
    ("Our principled approach to pricing means no hidden fees.", "principled"),
    # "lead" the noun of a job title
    ("Our ideal QA lead is outspoken in code reviews.", "lead"),
    ("Send your portfolio to the design lead by Friday.", "lead"),
    # "understand" the verb of knowing with its object, "understanding" a noun coordinated with another
    ("Talk to clients to understand their needs.", "understand"),
    ("The successful candidate must be able to understand all policies.", "understand"),
    ("Understanding their business challenges is key.", "understanding"),
    ("Strong understanding and experience with iOS and Android.", "understanding"),
    # "challenge" naming a task by what follows "of"
    ("This work presents the interesting challenge of navigating many content types.", "challenge"),
    # the employer as "we" telling what it does, believes or is
    ("We prioritise rigorous inquiry, relying on evidence and expertise to guide decisions.", "decisions"),
    ("We're an established leader, but still scrappy and innovating.", "leader"),
    ("We are composed of many small, largely autonomous teams.", "autonomous"),
    # the people the hire works with
    ("Work closely with a small, ambitious, mission-driven team.", "ambitious"),
    ("Collaborate with ambitious founders on new products.", "ambitious"),
])
def test_said_of_something_else(text, word):
    assert word not in _coded(text), (text, _coded(text))
