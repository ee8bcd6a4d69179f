"""People named by a health condition (session 51): trait_classes.yaml ``condition-person``, derived by
scripts/gen_trait_classes.py from the ``condition`` class by the regular derivations (-ia -> -ic, -sy -> -tic, -es -> -ic,
-ma -> -matic, -itis -> -itic, -osis -> -otic) and kept where the lexicon has the word, with plurals. D410 read the
conditions ("no diabetes or epilepsy") but not the people ("no diabetics or epileptics", a training writer's exclusion
it missed). The condition's use as a service, a clinic or the people served stays silent, as for the condition names."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from conftest import loud_bias_matches

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
CLASSES = yaml.safe_load((Path(__file__).resolve().parent.parent / "jdlint" / "data" / "trait_classes.yaml")
                         .read_text("utf-8"))["classes"]


def test_the_people_are_derived_from_the_conditions():
    people = set(CLASSES["condition-person"])
    assert {"diabetic", "diabetics", "epileptic", "epileptics", "asthmatic", "asthmatics", "dyslexic",
            "schizophrenic", "claustrophobic"} <= people
    # every form comes from a condition of the class by one of the derivations, and has its plural
    from gen_trait_classes import CONDITION_PERSON_DERIVATIONS

    conditions = set(CLASSES["condition"])
    for word in people:
        singular = word[:-1] if word.endswith("s") and word[:-1] in people else word
        assert singular + "s" in people, word
        assert any(singular.endswith(form) and singular[:-len(form)] + end in conditions
                   for end, form in CONDITION_PERSON_DERIVATIONS), word
    # other senses are left out by hand
    assert not {"neurotic", "dramatic", "aromatic", "sclerotic"} & people


@pytest.mark.parametrize("text", [
    "Groundworker. Must pass full medical, no diabetics or epileptics.",
    "No asthmatics please, the mill is dusty.",
    "Warehouse pickers wanted, sorry no epileptic applicants.",
    "Not suitable for anyone claustrophobic.",
])
def test_people_named_by_a_condition_in_a_frame_fire(text):
    assert loud_bias_matches(text, "disability"), text


@pytest.mark.parametrize("text", [
    "We run a diabetic clinic every Tuesday and need a receptionist to book patients.",
    "You'll help asthmatics and other patients use their inhalers correctly.",
    "The role supports dyslexic pupils with reading in small groups.",
    "Our diabetic foot service needs a podiatry assistant.",
    "We welcome dyslexic applicants and offer extra time in assessments.",
])
def test_the_condition_as_a_service_or_the_people_served_stays_silent(text):
    assert not loud_bias_matches(text, "disability"), loud_bias_matches(text, "disability")
