#!/usr/bin/env python3
"""Score pay and placeholder detection on ``tests/data/pay_placeholder_cases.yaml``.

Each case is linted on its own after a line of duties, with the default configuration. What is
scored per case: which of T102, T103, P101, P102 fire, and whether a pay section with a figure is
found ("pay-section"). A case lists what it expects; anything else among those is a false
positive (near-miss cases expect nothing). Precision and recall are micro-averaged over
(case, label) pairs; the failures are listed by class.

Usage::

    .venv/bin/python scripts/eval_pay_placeholder.py [--verbose] [--split dev|heldout] [--case-file PATH]

``--case-file`` scores another set in the same format (an independently written one).
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(ROOT / "scripts"))  # scripts/checked.py, also when loaded by file path
from checked import checked  # noqa: E402

import jdlint  # noqa: E402
from jdlint.yamlio import load_fast  # noqa: E402

CASES = ROOT / "tests" / "data" / "pay_placeholder_cases.yaml"
SCORED = ("T102", "T103", "P101", "P102")
DUTIES = "You will answer calls and schedule appointments for the clinic."


def labels_found(case: dict) -> set[str]:
    path = case.get("path", "t.md")
    text = case["text"]
    if path.endswith(".html"):
        document = f"<p>{DUTIES}</p>\n{text}\n"
    else:
        document = f"{DUTIES}\n\n{text}\n"
    report = checked(jdlint.lint_text(document, path=path))
    found = {d.code for d in report.diagnostics if d.code in SCORED}
    if any(s.kind == "pay" and not s.empty and s.pay for s in report.sections):
        found.add("pay-section")
    return found


def score(cases: list[dict]) -> tuple[Counter, list[tuple[dict, set[str], set[str]]]]:
    counts: Counter = Counter()
    failures = []
    for case in cases:
        expected, found = set(case["expect"]), labels_found(case)
        counts["tp"] += len(expected & found)
        counts["fp"] += len(found - expected)
        counts["fn"] += len(expected - found)
        if expected != found:
            failures.append((case, expected, found))
    return counts, failures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--split", choices=("dev", "heldout"),
                    help="score one split only (a case without `split` is dev; score heldout once, at the end)")
    ap.add_argument("--case-file", type=Path, default=CASES, metavar="PATH",
                    help="score another labelled set in the same format (an independently written one)")
    args = ap.parse_args(argv)
    cases = load_fast(args.case_file.read_text(encoding="utf-8"))["cases"]
    if args.split:
        cases = [c for c in cases if c.get("split", "dev") == args.split]
    counts, failures = score(cases)
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    near = sum(1 for c in cases if not c["expect"])
    print(f"{len(cases)} cases ({near} near-misses): precision {precision:.3f}, recall {recall:.3f} "
          f"(tp {tp} / fp {fp} / fn {fn}); {len(cases) - len(failures)} cases fully right")
    for case, expected, found in failures if args.verbose else ():
        print(f"  [{case['class']}] expected {sorted(expected)} found {sorted(found)}: {case['text'][:70]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
