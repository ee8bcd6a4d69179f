"""V119 vague-sentence, vague35 (session 35): retrained with writers W and X, the model read plain sentences of three
classes as vague ("We need a hero image for every product page.", "Most of our patients come in with back pain after
long drives."): a need whose object is a concrete thing or role, who the clients are and what they come in with, a
sentence about a checkable object of the work. The trainer now reads the builders' plain sentences of those classes
(tests/data/vague_plain_classes.yaml) as negatives. The sentences below are written for these tests, are not in that
file, and each scored above the threshold (3.2 to 5.0) with the retrain on the writers alone.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from conftest import findings_in, load_script

DATA = Path(__file__).parent / "data" / "vague_plain_classes.yaml"


def v119(text: str) -> list[str]:
    return [d.match for d in findings_in(text, "V119")]


@pytest.mark.parametrize("text", [
    # clients described as a fact: who they are and what they come in with
    "Many of our patients come in with knee pain after long runs.",
    # a need whose object is a role with a checkable when and where
    "We need a second driver for the Friday runs to Leeds.",
])
def test_a_plain_sentence_of_the_classes_is_not_vague(text):
    assert v119(text) == []


@pytest.mark.parametrize("text", [
    pytest.param("We need a spare battery for every scanner on the shop floor.", marks=pytest.mark.xfail(strict=True, reason=(
        "open: vague35: the frame's word pairs 'need a' (+2.0: 'we need a rockstar / a people person') and 'for every' "
        "(+2.1: 'for every guest') outweigh the object when its nouns carry no weight of their own ('battery', "
        "'scanner'); the class data taught the nouns it holds, not the frame"))),
])
def test_a_need_for_an_unweighted_object_is_not_vague(text):
    assert v119(text) == []


@pytest.mark.parametrize("text", [
    "We need a people person with heaps of warmth for the front desk.",
    "Create unforgettable moments for every guest who walks through our doors.",
])
def test_the_frames_with_a_claim_in_them_still_read_as_vague(text):
    # the class data did not teach the frames themselves as plain: a claim in them is still read
    assert v119(text) == [text]


def test_the_trainer_reads_the_class_file_as_plain_sentences():
    cases = YAML(typ="safe").load(DATA.read_text(encoding="utf-8"))
    assert cases and all(c["expect"] == "silent" for c in cases)
    assert {"need-object", "clients-fact", "checkable-thing"} <= {c["note"] for c in cases}
    loaded = load_script("train_vague_model").load_cases()
    assert sum(1 for c in loaded if c["_source"] == "vague_plain_classes.yaml") == len(cases)
