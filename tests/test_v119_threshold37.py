"""V119 vague-sentence, v119_37 (session 37): the threshold goes 2.0 -> 1.5, after the model is retrained on six more
classes of plain sentence (tests/data/vague_plain_classes.yaml: perk-named, demand-named, next-step, named-employer,
if-then-duty, staff-activity, and more made-here) with the function-word cap lowered 0.5 -> 0.25
(scripts/train_vague_model.py). The classes were read where the old model fired once its threshold was lowered:
leave-one-writer-out false alarms, judged wrong findings on strangers' ads, the suite's near-misses.

Measured (figures in jdlint/checks/vague_sentence.py's DEFAULT_THRESHOLD): unread pooled P/R .887/.831 -> .890/.840,
judged strangers' V119 8/15 -> 12/17 right or defensible. The plain fixtures below are written for these tests (none
is in the class file or a judged ad); each is silent now and was reported by the model of 2618ab8 at 1.5 (the first
and the third at 2.0 too). The claims are dev-corpus sentences (0209, 0105) a named rule marks only in part, whose
rest the old model scored under 2.0: now reported beside the named finding."""
from __future__ import annotations

import pytest

import jdlint
from conftest import findings_in
from jdlint.checks.vague_sentence import DEFAULT_THRESHOLD, model


@pytest.mark.parametrize("text", [
    "We'll be in touch with everyone we shortlist for a paid trial morning.",  # next-step: 2.12 -> 0.01
    # if-then-duty: 1.53 -> 0.64 (v119_37), 1.61 after session 37's merge retrain (open then); silent since v119_38 by
    # the condition reading (vague_sentence.condition_weight_only: -1.53 without 'if anything breaks down on the line')
    "Call the shift lead if anything breaks down on the line.",
    "We bake our own bread in the back and make everything on the menu fresh.",  # made-here: 3.71 -> 1.22
    # an instruction with its trigger (1.63 with v119_36's model, in test_v119_conditions38 until then); since v119_49's
    # retrain the clause carries no weight of its own (0.44, the rest 0.62): the class's silence, not the clause reader
    "If something happens on the tills, call a supervisor over.",
])
def test_plain_sentences_of_the_classes_stay_silent_at_the_lowered_threshold(text):
    assert DEFAULT_THRESHOLD == 1.5
    assert [d.match for d in findings_in(text, "V119")] == []


@pytest.mark.parametrize("text, named", [
    pytest.param("You will also assist with general administrative duties and provide support to the team as needed.",
                 "V201", marks=pytest.mark.xfail(strict=True, reason=(
                     "open: v119_49 (with the released writers' cases at half weight the sentence scores 0.48: V201 "
                     "still reports 'as needed')"))),
    ("Selected candidate will be offered an excellent base salary commensurate with experience, along with "
     "competitive equity stake.", "P101"),
])
def test_a_claim_beside_a_named_finding_is_read_at_the_lowered_threshold(text, named):
    codes = [d.code for d in jdlint.lint_text(text, "t.md").diagnostics]
    assert named in codes and "V119" in codes


def test_claims_in_the_same_frames_still_read_as_vague():
    # the classes' frames ('every shift', 'our own', 'comfortable with', 'we'll be in touch') with a claim in them
    for text in ("We'll be in touch if you've got the magic we're looking for.",
                 "Our own little family makes every shift feel like a party."):
        assert model().score(text) > DEFAULT_THRESHOLD  # a point above until v119_49 (2.86 and 2.19 since)
        assert [d.match for d in findings_in(text, "V119")] == [text]
