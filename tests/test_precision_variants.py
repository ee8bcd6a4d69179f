"""Generalisation checks of the classes judged wrong on real ads: fresh variants of each class fixed in
tests/data/judged_findings.yaml, in other wordings and shapes, and near-misses that must still be reported,
each linted with the default configuration as a user would. One data file per round of judging:
precision_variants8.yaml (session 26: names, pronouns about a person, figurative words, conditional
licences, template guidance, degrees, sentences) and precision_variants9.yaml (session 27, seed 27: R104's
labels, glued items and taglines) and precision_variants10.yaml (session 28, seeds 32 and 33: arrow bullets,
the noun "leverage", praise on the people a recruiter works on, volunteer posts, and proper names across the
rule families) and precision_variants11.yaml (session 29, seed 34: items glued at a full stop run into a
number, the work location in other wordings, names and pronouns about a named person; seed 35: lettered items
on lines of their own) and precision_variants12.yaml (session 30, strangers' ads: header fields and labelled
parts run together at spaced separators, equal-opportunity commitments with a second quality; seed 36: a
heading in capitals or a short capitalised word glued to the piece before) and precision_variants13.yaml
(session 31, strangers' ads: an employer's own years, a field the applicant fills in, a licence said not to be
required, emoji between sentences, salary packaging, the right person as the employer's object)."""
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
    "precision_variants11.yaml": {"glued", "location", "name", "lettered"},
    "precision_variants12.yaml": {"fields", "inclusion", "capsglue"},
    "precision_variants13.yaml": {"tenure", "applicantfield", "optional", "emoji", "packaging", "rightperson"},
}
CASES = {name: YAML(typ="safe").load((Path(__file__).parent / "data" / name).read_text("utf-8"))["cases"]
         for name in FILES}
DEFAULT_CODES = {r.code for r in load_registry().rules if r.enabled_by_default}
#: a posting that gives every recommended section but the work location (employer, benefits, hours, EEO), so
#: S110 reports exactly whether the location in the case's text is read
LOCATION_FRAME = ("# Care Coordinator\n\nGreenway Care is a family-run home care company that has looked after older "
                  "people in their own homes for twenty years.\n\n{text}\n\nBenefits: 28 days of paid holiday, a "
                  "workplace pension and a free uniform.\n\nFull-time, 37.5 hours a week, Monday to Friday.\n\nWe are "
                  "an equal opportunity employer and welcome applications from everyone. If you need an adjustment to "
                  "apply, email jobs@greenway.example.\n")
#: a posting that gives every recommended section but the equal-opportunity statement (employer, benefits,
#: location, hours), so S110 reports exactly whether the case's text is read as one
EEO_FRAME = ("# Care Coordinator\n\nGreenway Care is a family-run home care company that has looked after older people "
             "in their own homes for twenty years.\n\nYou will plan the carers' visits from our office in Leeds.\n\n"
             "{text}\n\nBenefits: 28 days of paid holiday, a workplace pension and a free uniform.\n\nFull-time, 37.5 "
             "hours a week, Monday to Friday.\n\nTo apply, send your CV to jobs@greenway.example.\n")


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
    elif case["class"] == "location":
        text = LOCATION_FRAME.format(text=case["text"])
    elif case["class"] == "inclusion":
        text = EEO_FRAME.format(text=case["text"])
    else:
        text = f"# {case.get('title', 'Coordinator')}\n\n{case['text']}\n"
    codes = [d.code for d in jdlint.lint_text(text, "t.md", config=Config()).diagnostics]
    assert (case["code"] in codes) is case["fires"], codes
