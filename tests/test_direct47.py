"""Session 47 (lead): direct limits a notice states as a field of its candidate profile, and a few direct words.

The lead wrote 122 direct limits by ground (scratch probes, the shapes real notices use in the Gulf,
South and South-East Asia, Africa, Europe and the US) before any change: 102 were found. The class of the 20 misses
that generalises is the profile field set to one value, "Religion: Christian", "Marital status: single", "Race:
Chinese", "Weight: below 60 kg", "Sex: F" (the shared `field` frame in jdlint/data/frames.yaml: the characteristic is
the field's name, the value right after its colon is the cue, a field left open is not), then an age bounded in "years
old" or asked as the "preferred age", and imprisonment named as the record. 11 misses stay (five
below as strict xfails, each with why). The dev corpus' report is byte-identical.
"""
from __future__ import annotations

import pytest

from conftest import assert_bias_fires, assert_bias_silent

FIRE = [
    # a profile field set to one value
    ("religion", "Religion: Christian", "Religion"),
    ("religion", "Position: Housemaid · Religion: Catholic · Location: Doha", "Religion"),
    ("religion", "Denomination: Pentecostal", "Denomination"),
    ("family", "Marital status: single", "Marital status"),
    ("family", "Marital Status: Married", "Marital Status"),
    ("family", "Civil status: single", "Civil status"),
    ("origin", "Race: Chinese", "Race"),
    ("origin", "Ethnicity: Malay only", "Ethnicity"),
    ("origin", "Caste: Brahmin", "Caste"),
    ("origin", "Place of birth: Kerala", "Place of birth"),
    ("appearance", "Weight: below 60 kg", "Weight"),
    ("appearance", "Weight: max 55 kg", "Weight"),
    ("appearance", "Complexion: fair", "Complexion"),
    ("appearance", "Skin colour: fair", "Skin colour"),
    ("gender", "Sex: F", "Sex"),
    ("gender", "Sex: M.", "Sex"),
    # the same field as a line of a profile list
    ("religion", "Candidate profile:\n\n- Religion: Hindu\n- Location: Pune", "Religion"),
    # an age bound in "years old", or the age wanted as a notice's field
    ("age", "Maximum 28 years old.", "Maximum 28 years old"),
    ("age", "Candidates at most 30 yrs old.", "at most 30 yrs old"),
    ("age", "Preferred age: 25 yrs", "Preferred age: 25"),
    ("age", "Ideal age 22-28.", "age 22-28"),
    ("age", "Desired age group: 20s", "Desired age group: 20s"),
    ("age", "Required age: 21", "Required age: 21"),
    # imprisonment named as the record excluded
    ("record", "No history of imprisonment.", "imprisonment"),
]

SILENT = [
    # a field left open, refused, or given to something else
    ("religion", "Religion: Any"),
    ("religion", "Religion: Not required"),
    ("religion", "Religion: N/A"),
    ("family", "Marital status: Any"),
    ("origin", "Race: no preference"),
    ("origin", "Race: prefer not to say"),
    ("origin", "Race: 10k charity run in May"),
    ("origin", "Ethnicity: we monitor diversity anonymously."),
    ("origin", "Place of birth: optional"),
    ("origin", "Caste: no bar"),
    ("gender", "Sex: Any"),
    ("gender", "Sex: Not specified"),
    ("appearance", "Complexion: irrelevant"),
    # a load's weight, not the hire's
    ("appearance", "Lifting weight: up to 25 kg"),
    ("appearance", "Weight: up to 25 kg per box"),
    ("appearance", "Parcel weight: 20 kg max"),
    ("appearance", "Build: React, Node"),
    # a thing's age, or the people served by theirs
    ("age", "Vehicles up to 10 years old are accepted."),
    ("age", "Our building is at most 40 years old."),
    ("age", "Maximum 3 years old stock on the shelves."),
    ("age", "Target age group: children 8-12 in our holiday club."),
    ("age", "Suitable age range for campers: 7-14"),
    ("age", "Our products suit a target age of 30s shoppers."),
    # no limit at all widens the pool; a motor insurer's minimum driver age is a condition to confirm (info)
    ("age", "No age limit: we hire apprentices of every age."),
    ("age", "No age limit for this role."),
    ("age", "Age limit: none"),
    ("age", "Applicants must be 21 or over to meet our vehicle insurance terms."),
]

# Direct limits still missed, each with why: sound to flag, but the words alone are as often something lawful or
# unrelated, or the notice gives no frame word to read.
_AMBIGUOUS = "the words alone are as often lawful or unrelated"
STILL_MISSED = [
    pytest.param("age", "Below 40 yrs.", "Below 40 yrs", marks=pytest.mark.xfail(strict=True, reason=_AMBIGUOUS + " (any count of years)")),
    pytest.param("age", "Applicants born after 1995.", "born after 1995",
                 marks=pytest.mark.xfail(strict=True, reason="a notice's bare noun phrase: no frame word to read")),
    pytest.param("origin", "Locals preferred.", "Locals", marks=pytest.mark.xfail(strict=True, reason=_AMBIGUOUS + " (a commute)")),
    pytest.param("appearance", "Slim and attractive.", "Slim",
                 marks=pytest.mark.xfail(strict=True, reason="a notice's bare adjectives: no frame word to read")),
    pytest.param("appearance", "Must be fair.", "fair", marks=pytest.mark.xfail(strict=True, reason=_AMBIGUOUS + " (fairness)")),
]


@pytest.mark.parametrize("category,text,span", FIRE)
def test_direct_limit_fires(category, text, span):
    assert_bias_fires(category, text, span, rules_only=True)


@pytest.mark.parametrize("category,text", SILENT)
def test_near_miss_is_silent(category, text):
    assert_bias_silent(category, text)


@pytest.mark.parametrize("category,text,span", STILL_MISSED)
def test_still_missed(category, text, span):
    assert_bias_fires(category, text, span, rules_only=True)


def test_a_language_held_as_a_skill_is_not_origin_to_the_model():
    """The bias model's origin head does not read a sentence that holds a language as a skill with no word of birth,
    nationality, accent or upbringing and no person (bias_model_rules.yaml ``language-skill``): tests/test_bias42.py's
    near-miss scored above 2.5 with the model retrained with writer TD at the merge of session 47."""
    from conftest import loud_bias_matches

    assert loud_bias_matches("Must read and write Chinese; spoken Malay preferred.", "origin") == []
    assert loud_bias_matches("Fluent Mandarin and English required for the Shanghai desk.", "origin") == []
    assert loud_bias_matches("Only applicants born in this country will be considered.", "origin")
