"""Generalisation check of the R104 classes judged wrong in seed 27 (tests/data/precision_variants9.yaml): fresh variants
of each class fixed in tests/data/judged_findings.yaml, in other wordings and shapes, and near-misses that
must still be reported, each linted with the default configuration as a user would."""
from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

import jdlint
from jdlint.config import Config
from jdlint.registry import load_registry

CASES = YAML(typ="safe").load((Path(__file__).parent / "data" / "precision_variants9.yaml").read_text("utf-8"))["cases"]
DEFAULT_CODES = {r.code for r in load_registry().rules if r.enabled_by_default}


def _params():
    for n, case in enumerate(CASES):
        marks = [pytest.mark.xfail(strict=True, reason=case["open"])] if case.get("open") else []
        yield pytest.param(case, id=f"{n}-{case['class']}-{case['split']}-{case['code']}", marks=marks)


def test_cases_are_well_formed():
    for case in CASES:
        assert case["class"] in {"label", "glued", "tagline"}, case
        assert case["split"] in {"dev", "heldout"} and isinstance(case["fires"], bool), case
        assert case["code"] in DEFAULT_CODES, case  # the default report is what is judged
    for cls in {c["class"] for c in CASES}:  # every class has both sides
        assert {c["fires"] for c in CASES if c["class"] == cls} == {True, False}, cls


@pytest.mark.parametrize("case", _params())
def test_variant_in_the_default_report(case):
    text = f"# {case.get('title', 'Coordinator')}\n\n{case['text']}\n"
    codes = [d.code for d in jdlint.lint_text(text, "t.md", config=Config()).diagnostics]
    assert (case["code"] in codes) is case["fires"], codes
