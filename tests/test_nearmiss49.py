"""Session 49 (nearmiss49): bias precision on near-misses, by mechanism.

tests/data/nearmiss49_probes.yaml (43 fire, 121 near-misses over D403, D405, D610, D101, D102, D202, D302, D410, D501,
D710, D810) was written BEFORE any change and before reading the rules' code: a lawful basis or legal duty named, the
trait describing customers/residents/a named person/the company, the trait denied or welcomed, another word sense, a
task that explains a demand, a genuine occupational requirement with its reason, a benefit. Seven fire cases carry a
second word (`beside`) that should draw no loud finding of its own.

Scored here as the unread sets' scorer counts: a fire case is found when a loud finding of its category overlaps the
span (gender-coded findings count at info, as D201/D202 are info); a near-miss is loud with any loud finding of its
category; a `beside` case counts when a loud bias finding lies off the span.

At the start (main at 8846277): fire 41/43, near-misses loud 18/121 (19 on any bias ground), beside 2/7.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from conftest import bias_findings

PROBES = yaml.safe_load((Path(__file__).parent / "data" / "nearmiss49_probes.yaml").read_text("utf-8"))
OFFSET = len("# Job\n\n")


def loud(diagnostic, category: str | None = None) -> bool:
    """A finding the unread sets' scorer counts: a bias warning or error, or any gender-coded finding."""
    from jdlint.diagnostics import Severity

    if not diagnostic.category.startswith("bias."):
        return False
    if category and diagnostic.category != "bias." + category:
        return False
    return diagnostic.severity >= Severity.warning or diagnostic.category == "bias.gender-coded"


def span_range(case: dict) -> tuple[int, int]:
    pattern = r"\b" + re.escape(case["span"]) + r"\b"
    found = re.search(pattern, case["text"]) or re.search(pattern, case["text"], re.I)
    assert found, case
    return OFFSET + found.start(), OFFSET + found.end()


def on_span(case: dict, diagnostic) -> bool:
    start, end = span_range(case)
    return diagnostic.start < end and start < diagnostic.end


def fire_found(case: dict) -> bool:
    return any(loud(d, case["category"]) and on_span(case, d) for d in bias_findings(case["text"]))


def near_miss_loud(case: dict) -> bool:
    return any(loud(d, case["category"]) for d in bias_findings(case["text"]))


def beside_loud(case: dict) -> bool:
    return any(loud(d) and not on_span(case, d) for d in bias_findings(case["text"]))


def grid() -> tuple[int, int, int]:
    """(fire found, near-misses loud, beside cases with a loud second finding)."""
    tp = fp = beside = 0
    for case in PROBES:
        if case["expect"] == "fire":
            tp += fire_found(case)
            beside += bool(case.get("beside")) and beside_loud(case)
        else:
            fp += near_miss_loud(case)
    return tp, fp, beside


def test_probe_counts():
    fire = sum(c["expect"] == "fire" for c in PROBES)
    assert (fire, len(PROBES) - fire) == (43, 121)
    assert sum(bool(c.get("beside")) for c in PROBES) == 7


def test_probe_grid():
    tp, fp, beside = grid()
    # at the start: 41 found, 18 loud, 2 beside
    assert tp >= 41
    assert fp <= 18
    assert beside <= 2
