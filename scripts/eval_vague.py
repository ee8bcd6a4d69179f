#!/usr/bin/env python
"""Precision and recall of the vague-phrasing rules (category ``vague``) on a labelled set.

    .venv/bin/python scripts/eval_vague.py             # table for the dev and held-out splits
    .venv/bin/python scripts/eval_vague.py -v          # also list every miss and false alarm
    .venv/bin/python scripts/eval_vague.py --case-file other.yaml -v   # another set, same format

The set is tests/data/vague_cases.yaml: each case is linted as a one-paragraph Markdown posting
with the default configuration. A ``fire`` case counts as found when a finding of category
``vague`` (any severity: most vague rules are info), of vague pay (P101, P102) or of requirement
inflation (Q101, Q106) overlaps its ``span``; every such finding on a ``silent`` case, or off the
span of a ``fire`` case, is a false alarm.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(ROOT / "scripts"))  # scripts/checked.py, also when loaded by file path
from checked import all_checked  # noqa: E402

CASES = ROOT / "tests" / "data" / "vague_cases.yaml"
CATEGORY = "vague"
#: vague pay is the pay family's (P101, P102) but vague wording all the same: counted here as the
#: lead's independent scorer counts it (the independently written cases include "Pay: DOE.")
PAY_CODES = ("P101", "P102")
#: Requirement inflation is vague phrasing to every writer brief ("PhD preferred" for a receptionist, five years for
#: a junior): the Q rules that report it count, and so do their false alarms.
INFLATION_CODES = ("Q101", "Q106")


def load(path: Path = CASES) -> list[dict]:
    from ruamel.yaml import YAML

    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def evaluate(cases: list[dict]) -> dict[str, dict]:
    """Per split: true positives, false negatives, false positives and the failing cases."""
    import jdlint

    reports = all_checked(jdlint.lint_texts((case["text"], f"{case['id']}.md") for case in cases))
    scores: dict[str, dict] = {}
    for case, report in zip(cases, reports):
        score = scores.setdefault(case["split"], {"tp": 0, "fn": 0, "fp": 0, "misses": [], "alarms": []})
        found = [d for d in report.diagnostics if d.category == CATEGORY or d.code in PAY_CODES + INFLATION_CODES]
        span = None
        if case["expect"] == "fire":
            at = case["text"].find(case["span"])
            if at < 0:
                raise ValueError(f"{case['id']}: span {case['span']!r} is not in the text")
            span = (at, at + len(case["span"]))
        on_span = [d for d in found if span and d.start < span[1] and span[0] < d.end]
        if span:
            if on_span:
                score["tp"] += 1
            else:
                score["fn"] += 1
                score["misses"].append(case)
        for d in found:
            if d not in on_span:
                score["fp"] += 1
                score["alarms"].append((case, d))
    return scores


def ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--split", choices=("dev", "heldout"),
                        help="score one split only (tune on dev; score heldout once, at the end)")
    parser.add_argument("--case-file", type=Path, default=CASES, metavar="PATH",
                        help="score another labelled set in the same format (an independently written one)")
    args = parser.parse_args(argv)
    scores = evaluate([c for c in load(args.case_file) if not args.split or c["split"] == args.split])
    print(f"{'split':8} {'precision':>9} {'recall':>7} {'tp':>4} {'fn':>4} {'fp':>4}")
    for split, s in sorted(scores.items()):
        print(f"{split:8} {ratio(s['tp'], s['tp'] + s['fp']):9.2f} {ratio(s['tp'], s['tp'] + s['fn']):7.2f} "
              f"{s['tp']:4} {s['fn']:4} {s['fp']:4}")
        if args.verbose:
            for case in s["misses"]:
                print(f"  miss  {case['id']}: {case['text']}")
            for case, d in s["alarms"]:
                print(f"  alarm {case['id']}: {d.code} {d.match!r} in {case['text']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
