"""Session 52 (recall52): bias recall on hints and ordinary words in a selection frame, by mechanism.

tests/data/recall52_probes.yaml (60 fire, 88 near-misses) was written BEFORE any change: the picture of who fits (the
people who do well here, the last holder, the team the hire joins, the people served's wish with a place between) with a
protected trait named in ordinary words, and the same frames with no trait, with the trait of the people served, a named
person or the company's history, welcomes and negations. Scored as tests/test_nearmiss49.py scores (a fire case is found
when a loud finding of its category overlaps the span; a near-miss is loud with any loud finding of its category).

At the start (recall52 at 63a31f8): fire 22/60, near-misses loud 5/88.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import bias_findings
from test_nearmiss49 import loud, on_span

PROBES = yaml.safe_load((Path(__file__).parent / "data" / "recall52_probes.yaml").read_text("utf-8"))
FIRE = [c for c in PROBES if c["expect"] == "fire"]
SILENT = [c for c in PROBES if c["expect"] == "silent"]


def fire_found(case: dict) -> bool:
    return any(loud(d, case["category"]) and on_span(case, d) for d in bias_findings(case["text"]))


def near_miss_loud(case: dict) -> bool:
    return any(loud(d, case["category"]) for d in bias_findings(case["text"]))


def test_probe_counts():
    assert (len(FIRE), len(SILENT)) == (60, 88)


def test_probe_grid():
    tp = sum(fire_found(c) for c in FIRE)
    fp = sum(near_miss_loud(c) for c in SILENT)
    # at the start: 22 found, 5 loud
    assert tp >= 22
    assert fp <= 5


