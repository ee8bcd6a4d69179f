"""The labelled inclusive-language set (tests/data/inclusive_labelled.yaml, written for jdlint)
must keep precision and recall of every bias category at or above the floor, and every
'legitimate' requirement (stated with its legal basis) must come out as info, not as an error.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FLOOR = 0.9
CATEGORIES = ["bias.gender", "bias.gender-coded", "bias.age", "bias.disability", "bias.origin",
              "bias.religion", "bias.family", "bias.appearance", "bias.record"]


def _load_script():
    spec = importlib.util.spec_from_file_location("eval_inclusive", ROOT / "scripts" / "eval_inclusive.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def results():
    return _load_script().evaluate()


def test_labelled_set_is_big_enough():
    data = _load_script().load()
    assert sorted(data) == sorted(CATEGORIES)
    for cat, groups in data.items():
        assert len(groups["positive"]) >= 20, cat
        assert len(groups["negative"]) >= 20, cat


@pytest.mark.parametrize("category", CATEGORIES)
def test_precision_and_recall_floor(results, category):
    r = results[category]
    assert r["precision"] >= FLOOR, f"{category} false alarms: {r['false_alarms']}"
    assert r["recall"] >= FLOOR, f"{category} misses: {r['misses']}"


@pytest.mark.parametrize("category", CATEGORIES)
def test_legitimate_requirements_drop_to_info(results, category):
    r = results[category]
    assert r["legit_ok"] == r["legit_total"], f"{category}: {r['legit_bad']}"


def test_the_evaluation_can_fail():
    """A deliberately wrong label is caught: the harness really lints, it does not echo labels."""
    module = _load_script()
    swapped = {"bias.age": {"positive": ["You are comfortable learning new software tools."],
                            "negative": ["We want a digital native."]}}
    r = module.evaluate(swapped)["bias.age"]
    assert r["recall"] == 0.0 and r["precision"] == 0.0


def test_heldout_batch_keeps_its_floor():
    """The second batch (written after tuning) guards against overfitting the main set."""
    module = _load_script()
    results = module.evaluate(module.load(ROOT / "tests" / "data" / "inclusive_heldout.yaml"))
    for category, r in results.items():
        assert r["precision"] >= 0.85 and r["recall"] >= 0.85, (category, r["misses"], r["false_alarms"])
