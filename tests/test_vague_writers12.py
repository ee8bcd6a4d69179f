"""Session 29 (vague12): a feeling promised to the hire (V113), V119's extra feature families (reviewed word
classes, sentence_model.EXTRAS) and the leave-one-writer-out split of
scripts/eval_writers.py."""
from __future__ import annotations

import json
import sys
from importlib.resources import files
from pathlib import Path

import pytest

import jdlint
from jdlint.checks.vague_sentence import model
from jdlint.sentence_model import EXTRAS, LinearModel, extra_features, kept_tokens

ROOT = Path(__file__).resolve().parent.parent


def vague_on(text: str, span: str) -> list[str]:
    report = jdlint.lint_text(text + "\n", "t.md")
    at = text.index(span)
    return [d.code for d in report.diagnostics
            if (d.category == "vague" or d.code in ("P101", "P102")) and d.start < at + len(span) and at < d.end]


@pytest.mark.parametrize("text, span", [
    ("In this clinic you will feel genuinely valued by every manager.", "you will feel genuinely valued"),
    ("Join a hostel team where you'll feel like one of the family.", "you'll feel like one of the family"),
    ("You'll go home each night feeling proud of the care you gave.", "go home each night feeling proud"),
    ("Volunteers tell us the depot feels like coming home.", "feels like coming home"),
    ("Pick something you love and you will never work a day in your life.", "never work a day in your life"),
    ("You are going to feel supported from your first morning on the ward.", "feel supported"),
])
def test_a_promised_feeling_fires(text, span):
    assert "V113" in vague_on(text, span)


@pytest.mark.parametrize("text", [
    "You'll feel the heat by the ovens, so dress light.",  # a sensation
    "Feel free to call Sam with any questions.",  # a formula
    "If you feel unwell, tell your supervisor before the shift.",  # a condition, not a promise
    "You will feel confident using Sage after the two-week training.",  # a skill the training gives
    "Patients will feel valued when you explain each step.",  # the hire's work, not the hire's reward
    "You'll leave at 5pm on Fridays.",
    "We don't promise you'll feel at home; we promise a 37-hour week and 30 days' leave.",  # negated
])
def test_near_misses_of_a_promised_feeling_are_silent(text):
    report = jdlint.lint_text(text + "\n", "t.md")
    assert not [d for d in report.diagnostics if d.code == "V113"]


def test_v119_reads_its_extras_and_the_bias_model_does_not():
    vague_raw = json.loads((files("jdlint.data") / "vague_model.json").read_text("utf-8"))
    assert set(vague_raw["extras"]) <= EXTRAS and vague_raw["extras"]
    assert model().extras == frozenset(vague_raw["extras"])
    # the word classes are V117's reviewed evaluative words (written into the model file by the trainer)
    assert vague_raw["word_classes"]["brilliant"] == "praise" and vague_raw["word_classes"]["really"] == "degree"
    bias_raw = json.loads((files("jdlint.data") / "bias_model.json").read_text("utf-8"))
    assert "extras" not in bias_raw


def test_class_features():
    classes = {"brilliant": "praise", "friendly": "mild", "really": "degree"}
    text = "Collaborate with brilliant minds in Leeds."
    # "Leeds" is a name inside the sentence: the ``names`` family (session 31)
    assert extra_features(text, kept_tokens(text), EXTRAS, classes) == {"k:praise", "k:name"}
    assert extra_features(text, kept_tokens(text), frozenset({"classes"}), classes) == {"k:praise"}
    plain = "We are a really friendly team."
    assert extra_features(plain, kept_tokens(plain), EXTRAS, classes) == {"k:mild", "k:degree"}
    assert extra_features(plain, kept_tokens(plain), frozenset(), classes) == set()


def test_extra_weights_count_in_both_scores():
    toy = LinearModel({"u:team": 0.5, "k:mild": 1.0}, -1.0, {}, EXTRAS, {"friendly": "mild"})
    text = "We are a friendly team."
    assert toy.score(text) == pytest.approx(0.5) == pytest.approx(toy.plain_score(text))
    no_extras = LinearModel({"u:team": 0.5, "k:mild": 1.0}, -1.0, {})
    assert no_extras.score(text) == pytest.approx(-0.5)


def test_each_writer_is_held_out_whole():
    sys.path[:0] = [str(ROOT / "scripts")]
    try:
        from eval_writers import split_by_writer
    finally:
        del sys.path[0]
    cases = [{"id": "x-1", "text": "a", "expect": "silent"}, {"id": "wa-v-001", "text": "b", "expect": "silent"}]
    rest, writers = split_by_writer(cases)
    assert {"A", "B", "D", "E"} <= set(writers)
    assert [c["id"] for c in rest] == ["x-1"]
    for letter, group in writers.items():
        assert group and all(c["split"] == "heldout" for c in group)
        assert all(c["id"].startswith("w" + letter.lower()) for c in group)
