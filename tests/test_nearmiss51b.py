"""Session 51 (nearmiss51b): bias precision on near-misses, by mechanism.

tests/data/nearmiss51b_probes.yaml (42 fire, 132 near-misses over D510, D301, D302, D810, D610, D910, D102, D710)
was written BEFORE any change: a lawful basis or legal duty named, a genuine occupational requirement with its
reason, the trait describing customers/a named person/the company/the work's subject, the trait denied or welcomed,
a task that explains a demand (a passport for travel), mother tongue versus fluency. Scored as tests/test_nearmiss49.py
scores (a fire case is found when a loud finding of its category overlaps the span; a near-miss is loud with any loud
finding of its category).

At the start (nearmiss51b at 6e98a20): fire 41/42, near-misses loud 22/132.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import bias_findings
from test_nearmiss49 import loud, on_span

PROBES = yaml.safe_load((Path(__file__).parent / "data" / "nearmiss51b_probes.yaml").read_text("utf-8"))
FIRE = [c for c in PROBES if c["expect"] == "fire"]
SILENT = [c for c in PROBES if c["expect"] == "silent"]


def fire_found(case: dict) -> bool:
    return any(loud(d, case["category"]) and on_span(case, d) for d in bias_findings(case["text"]))


def near_miss_loud(case: dict) -> bool:
    return any(loud(d, case["category"]) for d in bias_findings(case["text"]))


def test_probe_counts():
    assert (len(FIRE), len(SILENT)) == (42, 132)


def test_probe_grid():
    tp = sum(fire_found(c) for c in FIRE)
    fp = sum(near_miss_loud(c) for c in SILENT)
    # at the start: 41 found, 22 loud
    assert tp >= 41
    assert fp <= 22
