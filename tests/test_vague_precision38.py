"""Vague precision and recall classes (helper vague38), each in its one home.

- A frame's finding takes in its object (phrase-rule key ``object-after``, V107's frames "on a mission to", "pride
  ourselves on", "... of"): the claim is what is vague, and a finding on the frame alone left it unmarked.
- A negative subject denies the obligation after it ("Nobody here is expected to be a rockstar"): ``negating-phrases``
  in jdlint/data/context.yaml, the one negation home.
- V102's varied or fast-paced role made concrete by what follows (skip context ``specified``: a colon and a list, a
  figure, a count in words).
- V114: a run of traits led by a hype one, required of the hire named by a role noun ("Workers must be hard-working and
  reliable"; word classes ``hire-role-noun``, ``hire-trait-after-someone``).
- V116: the superlative's scope may be a capitalised place of several words ("in Port Harcourt") or the speaker's own
  experience ("the best company I've driven for"), and its noun the employer's environment or name.

Fire cases assert the rule itself, not V119's sentence model. Texts are written for these tests or are read writers'
cases (the id named).
"""
from __future__ import annotations

import pytest

import jdlint


def findings(text: str) -> list:
    return jdlint.lint_text("# Job\n\n" + text + "\n", "t.md").diagnostics


def matches(text: str, code: str) -> list[str]:
    return [d.match for d in findings(text) if d.code == code]


# -- frames take in their object (V107 object-after) ----------------------------------------------------------
@pytest.mark.parametrize("text, match", [
    ("We pride ourselves on doing things differently.", "pride ourselves on doing things differently"),  # we-v-041
    ("We're on a mission to reimagine medicine.", "on a mission to reimagine medicine"),  # wl-v-042
    ("The practice prides itself on quality.", "prides itself on quality"),
    ("We are at the forefront of the industry.", "at the forefront of the industry"),  # dev 0451
    # the object ends at a clause word and never on a dangling article or preposition
    ("We are on a mission to change retail while staying small.", "on a mission to change retail"),
    ("We pride ourselves on our commitment to providing the freshest food.",
     "pride ourselves on our commitment to providing"),  # dev 0402
])
def test_a_frame_reports_its_object(text, match):
    assert matches(text, "V107") == [match]


@pytest.mark.parametrize("text, match", [
    # nothing after the frame: the frame alone
    ("Our company is on a mission to.", "on a mission to"),
    # a term that is not a frame keeps its span ("think outside the box" is whole)
    ("You think outside the box every day.", "think outside the box"),
])
def test_no_object_no_extension(text, match):
    assert matches(text, "V107") == [match]


# -- a negative subject denies the obligation (negation context) -----------------------------------------------
@pytest.mark.parametrize("text", [
    "Nobody here is expected to be a rockstar; we train you on everything.",
    "No one here needs to be a rockstar.",
    "None of us has to be a guru.",
    "Nobody expects you to be a ninja on day one.",
])
def test_a_negative_subject_denies_the_trait(text):
    assert not [d for d in findings(text) if d.code == "V101"]


@pytest.mark.parametrize("text, code, match", [
    # the negative subject's own clause only: the demand after "but" stands
    ("Nobody on our team is a rockstar, but you must be a self-starter.", "V105", "self-starter"),
    # a comparison, not an obligation
    ("No one works harder than our team of rockstars.", "V101", "rockstars"),
])
def test_a_negative_subject_without_an_obligation_denies_nothing(text, code, match):
    assert matches(text, code) == [match]


# -- V102 made concrete by what follows (skip context specified) ---------------------------------------------
@pytest.mark.parametrize("text", [
    # writer read case: a colon and the days named
    "The role is varied: two days counting stock in our Nairobi warehouse and three days on the till at the Thika shop.",
    "The role is varied, with two days a week in the warehouse.",
    "It is a fast-paced environment, shipping 400 orders a day.",
])
def test_a_varied_role_pinned_down_is_not_vague(text):
    assert not [d for d in findings(text) if d.code == "V102"]


@pytest.mark.parametrize("text, match", [
    ("The role is varied and fast-paced.", "The role is varied and fast-paced"),
    ("It is a fast-paced environment, so flexibility is a must.", "fast-paced environment"),
])
def test_a_varied_role_left_open_is_vague(text, match):
    assert matches(text, "V102") == [match]


# -- V114: traits required of the hire named by a role noun -----------------------------------------------------
@pytest.mark.parametrize("text, match", [
    ("Workers must be hard-working and reliable.", "hard-working and reliable"),  # wq-v-079
    ("Candidate should be hardworking, sincere and dedicated towards work.", "hardworking, sincere and dedicated"),  # wd-v-004
    ("Drivers need to be motivated, honest and punctual.", "motivated, honest and punctual"),
])
def test_hype_traits_required_of_the_hire(text, match):
    assert matches(text, "V114") == [match]


@pytest.mark.parametrize("text", [
    # plain conditions, no hype trait first
    "Drivers must be reliable and punctual.",
    # a description of the staff already there, not a requirement
    "Our drivers are hard-working and reliable.",
    # trained by someone: not a trait
    "Staff will be motivated and trained by our managers.",
])
def test_plain_conditions_and_descriptions_are_not_hype_traits(text):
    assert not [d for d in findings(text) if d.code == "V114"]


# -- V116: superlatives with a named place or the speaker's experience as their scope --------------------------
@pytest.mark.parametrize("text, match", [
    ("WHY JOIN US? BEST WORK ENVIRONMENT IN PORT HARCOURT!", "BEST WORK ENVIRONMENT IN PORT HARCOURT"),  # wd-v-085
    ("Honestly the best company I've driven for, lads, no joke.", "the best company I've driven for"),  # ws-v-050
    ("We are the most trusted employer in the region.", "the most trusted employer in the region"),
    ("Join the friendliest team in North Yorkshire!", "the friendliest team in North Yorkshire"),
])
def test_hollow_superlatives(text, match):
    assert matches(text, "V116") == [match]


@pytest.mark.parametrize("text", [
    "The best time to apply is in March.",
    "This is the best way to get into Nursing in London.",
    "We use the best tools in the Adobe Creative Suite.",
    # backed by an award and a year
    "Our team won the best kitchen in North Yorkshire award in 2023.",
])
def test_superlatives_that_are_not_hollow_praise(text):
    assert not [d for d in findings(text) if d.code == "V116"]


# -- a finding of its own inside the object: the frame goes back to its own words ------------------------------
def test_a_finding_inside_the_object_keeps_its_own_rule():
    from jdlint.engine import each_phrase

    text = "We pride ourselves on an environment of excellence and trust."
    report = jdlint.lint_text("# Job\n\n" + text + "\n", "t.md")
    phrases = [(d.code, d.match) for d in each_phrase(report.diagnostics, report.source.text) if d.category == "vague"]
    assert ("V107", "pride ourselves on") in phrases
    assert ("V113", "an environment of excellence") in phrases


def test_the_frame_words_stay_the_trigger():
    # judged findings and the message key on the frame's own words
    d = next(d for d in findings("We're on a mission to reimagine medicine.") if d.code == "V107")
    assert (d.match, d.trigger) == ("on a mission to reimagine medicine", "on a mission to")
    assert d.message.startswith("'on a mission to' is corporate jargon")
