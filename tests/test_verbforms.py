"""jdlint.verbforms: the one home of English verb inflection for the word lists that name base forms."""
from __future__ import annotations

import re

import pytest

from jdlint import verbforms as V


@pytest.mark.parametrize("verb, forms", [
    ("manage", {"manage", "manages", "managed", "managing"}),
    ("coach", {"coach", "coaches", "coached", "coaching"}),          # -es after ch (was "coachs")
    ("process", {"process", "processes", "processed", "processing"}),
    ("supply", {"supply", "supplies", "supplied", "supplying"}),
    ("deploy", {"deploy", "deploys", "deployed", "deploying"}),      # a vowel before y keeps it
    ("run", {"run", "runs", "running"}),                             # doubled (was missed by pay)
    ("plan", {"plan", "plans", "planned", "planning"}),
    ("see", {"see", "sees", "seeing"}),                              # -ee keeps its e
    ("tie", {"tie", "ties", "tying"}),
    ("follow", {"follow", "follows", "followed", "following"}),
])
def test_inflections_include_the_real_forms(verb, forms):
    assert forms <= V.inflections(verb)


@pytest.mark.parametrize("verb, never", [
    ("build", "buildding"),   # a consonant before the last one: no doubling offered
    ("follow", "followwing"),
    ("manage", "manageing"),
    ("supply", "supplys"),
])
def test_inflections_leave_out_misspellings_the_rules_do_not_need(verb, never):
    assert never not in V.inflections(verb)


def test_alternation_puts_the_longer_form_first():
    pattern = re.compile(r"\b(?:" + V.alternation(V.inflections("plan")) + r")\b")
    assert pattern.fullmatch("planning") and pattern.search("we are planning it").group() == "planning"
    assert V.alternation(["a", "abc", "ab", "ab"]) == "abc|ab|a"


def test_every_duty_verb_comes_back_from_its_third_person_and_ing_forms():
    """What section detection writes (``terms._duty_verb_forms``, ``_organisation_verb_forms``) and
    what it reads back (``_is_duty_verb``) agree for every duty verb in the data."""
    from jdlint.sections import terms

    verbs = sorted(terms.duty_verbs())
    assert len(verbs) > 100
    lost = [(verb, form) for verb in verbs for form in (V.third_person(verb), *V.present_participle(verb))
            if verb not in V.base_candidates(form)]
    assert lost == [("use", "using")]  # a five-letter -ing word is read as itself (not "sing" -> "s")


def test_base_candidates_are_candidates_not_words():
    assert {"carry", "carrie", "carri"} <= V.base_candidates("carries")
    assert V.base_candidates("ring") == {"ring"}  # too short to be an -ing form
    assert "plan" in V.base_candidates("planning") and "manage" in V.base_candidates("managing")


@pytest.mark.parametrize("present, base", [("performs", "perform"), ("processes", "process"), ("carries", "carry"),
                                           ("manages", "manage"), ("supplies", "supply")])
def test_third_person_bases_include_the_verb(present, base):
    assert base in V.third_person_bases(present)


def test_a_third_person_duty_verb_is_read_back_through_verbforms():
    """Section detection's "Ensures all visits are provided as ordered" reading (a duty in the third person) takes
    the -ies spelling too ("Identifies ..."), as ``third_person`` writes it."""
    from jdlint.sections import classify as C

    assert C._third_person_duty_verb("ensures") and C._third_person_duty_verb("identifies")
    assert not C._third_person_duty_verb("ensure") and not C._third_person_duty_verb("kindness")
