"""Generalisation checks of the classes judged wrong on real ads: fresh variants of each class fixed in
tests/data/judged_findings.yaml, in other wordings and shapes, and near-misses that must still be reported,
each linted with the default configuration as a user would. One data file per round of judging:
precision_variants8.yaml (session 26: names, pronouns about a person, figurative words, conditional
licences, template guidance, degrees, sentences) and precision_variants9.yaml (session 27, seed 27: R104's
labels, glued items and taglines) and precision_variants10.yaml (session 28, seeds 32 and 33: arrow bullets,
the noun "leverage", praise on the people a recruiter works on, volunteer posts, and proper names across the
rule families)."""
from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

import jdlint
from jdlint.config import Config
from jdlint.registry import load_registry

#: data file -> the classes it holds
FILES = {
    "precision_variants8.yaml": {"name", "person", "figurative", "conditional", "guidance", "degree", "sentence"},
    "precision_variants9.yaml": {"label", "glued", "tagline"},
    "precision_variants10.yaml": {"arrow", "noun", "recruit", "volunteer", "name"},
}
CASES = {name: YAML(typ="safe").load((Path(__file__).parent / "data" / name).read_text("utf-8"))["cases"]
         for name in FILES}
DEFAULT_CODES = {r.code for r in load_registry().rules if r.enabled_by_default}


def _params():
    for name, cases in CASES.items():
        for n, case in enumerate(cases):
            marks = [pytest.mark.xfail(strict=True, reason=case["open"])] if case.get("open") else []
            yield pytest.param(case, id=f"v{name[18:-5]}-{n}-{case['class']}-{case['split']}-{case['code']}", marks=marks)


@pytest.mark.parametrize("name", FILES)
def test_cases_are_well_formed(name):
    cases = CASES[name]
    for case in cases:
        assert case["class"] in FILES[name], case
        assert case["split"] in {"dev", "heldout"} and isinstance(case["fires"], bool), case
        assert case["code"] in DEFAULT_CODES, case  # the default report is what is judged
    for cls in {c["class"] for c in cases}:  # every class has both sides
        assert {c["fires"] for c in cases if c["class"] == cls} == {True, False}, cls


@pytest.mark.parametrize("case", list(_params()))
def test_variant_in_the_default_report(case):
    if case["class"] == "degree":  # a degree is read as a requirement under its heading
        text = f"# Accountant\n\n## Requirements\n\n- {case['text']}\n- Three years of bookkeeping.\n"
    else:
        text = f"# {case.get('title', 'Coordinator')}\n\n{case['text']}\n"
    codes = [d.code for d in jdlint.lint_text(text, "t.md", config=Config()).diagnostics]
    assert (case["code"] in codes) is case["fires"], codes
