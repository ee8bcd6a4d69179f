"""V119 vague-sentence, v119_36 (session 36): on strangers' synthetic ads (tests/data/judged_strangers*.yaml) the model
called plain sentences of four classes vague, through first-person frames and helping verbs the writers' vague claims
share ("we make every day special", "help out whenever needed"): an occasional duty with its place named, what the
business makes and how, the terms of the work, a requirement to know a named thing. The builders wrote plain sentences
of each class as negatives (tests/data/vague_plain_classes.yaml, ``workplace-task``, ``made-here``, ``work-terms``,
``named-knowledge``) and the shipped model is retrained on them. The fixtures below are written for these tests (none
is in the class file or a judged ad) and scored above the threshold with the model of 07c6929. On 14 fresh plain
sentences of the classes written for the measure the retrain lowered every score but one by 0.9 to 2.5, though only one
of them had crossed the threshold before (6.1 -> 4.9, still reported): the gain is margin more than findings. Claims
in the same frames still read as vague. The shipped model is what the script writes."""
from __future__ import annotations

import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from conftest import findings_in, load_script

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "vague_plain_classes.yaml"


def v119(text: str) -> list[str]:
    return [d.match for d in findings_in(text, "V119")]


@pytest.mark.parametrize("text", [
    "We roast our own coffee in the back and bake everything in the cafe from scratch.",  # made-here: 5.3 -> 1.3
])
def test_a_plain_sentence_of_the_classes_is_not_vague(text):
    assert v119(text) == []


@pytest.mark.parametrize("text", [
    "Now and then you'll help out wherever needed to keep our amazing family smiling.",
    "We make every single day special for everyone who walks through our doors.",
])
def test_claims_in_the_same_frames_still_read_as_vague(text):
    assert v119(text) == [text]


def test_the_trainer_reads_the_four_new_classes():
    cases = YAML(typ="safe").load(DATA.read_text(encoding="utf-8"))
    notes = {c["note"] for c in cases}
    assert {"workplace-task", "made-here", "work-terms", "named-knowledge"} <= notes
    loaded = load_script("train_vague_model").load_cases()
    assert sum(1 for c in loaded if c["_source"] == "vague_plain_classes.yaml") == len(cases)


def test_the_training_script_reproduces_the_shipped_file(tmp_path, dev_corpus):
    pytest.importorskip("spacy_lookups_data")
    out = tmp_path / "vague_model.json"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "train_vague_model.py"), "--corpus", str(dev_corpus),
                    "--out", str(out)], check=True, capture_output=True, cwd=ROOT)
    # compared outside the assert: pytest's diff of two 600 kB one-line files takes minutes
    same = out.read_bytes() == (files("jdlint.data") / "vague_model.json").read_bytes()
    assert same, "jdlint/data/vague_model.json is not what scripts/train_vague_model.py writes: retrain it"
