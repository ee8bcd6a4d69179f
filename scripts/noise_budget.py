#!/usr/bin/env python
"""Noise budget: how often each rule fires on real postings.

Runs every rule (including rules that are off by default, marked "off") over a folder of postings
(default: the shared dev corpus) and prints, per rule, the share of postings it fires on and the
findings per posting. A rule that fires on most real postings without telling the writer something
specific is retuned, moved to info, or turned off by default.

    .venv/bin/python scripts/noise_budget.py [FOLDER] [--select PREFIXES] [--markdown] [--examples N]
    .venv/bin/python scripts/noise_budget.py [FOLDER] --default-report

``--default-report`` measures what a user sees instead: the default configuration's text report,
capped as the text formatter caps it (``formatters.capped``), counting the finding lines it prints
(not the "... and N more" lines). It prints the median, p90 and mean finding lines per posting and
the lines per rule; ``tests/test_judged_precision.py`` holds the median and p90 to the issue 14 target.

No network; the corpus is read from disk. Not a test: the numbers describe the corpus, they are
not asserted anywhere.
"""
from __future__ import annotations

import argparse
import math
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path

DEFAULT_CORPUS = "/work/shared/corpus/dev"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", default=DEFAULT_CORPUS)
    parser.add_argument("--select", default="ALL", help="comma-separated rule selectors (default ALL)")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--examples", type=int, default=0, help="print N sample findings per rule")
    parser.add_argument("--ids", help="only postings whose numeric file name is in this range, e.g. 511-660")
    parser.add_argument("--default-report", action="store_true",
                        help="measure the default, capped text report (median, p90, mean lines per posting)")
    args = parser.parse_args(argv)
    if args.default_report:
        return _print_default_report(args.folder)

    from jdlint.config import Config
    from jdlint.engine import Linter
    from jdlint.registry import load_registry

    files = sorted(str(p) for p in Path(args.folder).glob("*.md"))
    if args.ids:
        low, _, high = args.ids.partition("-")
        files = [f for f in files if Path(f).stem.isdigit() and int(low) <= int(Path(f).stem) <= int(high or low)]
    if not files:
        print(f"no .md files in {args.folder}", file=sys.stderr)
        return 2
    select = tuple(s.strip() for s in args.select.split(",") if s.strip())
    linter = Linter(Config(select=select))
    fired: Counter[str] = Counter()
    findings: Counter[str] = Counter()
    samples: dict[str, list[str]] = defaultdict(list)
    for report in linter.lint_paths(files):
        per_file = Counter(d.code for d in report.diagnostics)
        for code, n in per_file.items():
            fired[code] += 1
            findings[code] += n
        for d in report.diagnostics:
            if len(samples[d.code]) < args.examples:
                samples[d.code].append(f"{Path(report.path).name}:{d.line}: {d.match[:60]!r} {d.message[:90]}")
    registry = load_registry()
    n = len(files)
    rows = []
    for rule in registry.rules:
        if not any(_selected(s, rule) for s in select):
            continue
        rows.append((rule.code, rule.name, str(rule.severity), "on" if rule.enabled_by_default else "off",
                     fired[rule.code], 100 * fired[rule.code] / n, findings[rule.code] / n))
    if args.markdown:
        print(f"| code | name | severity | default | ads fired | % of {n} ads | findings/ad |")
        print("|---|---|---|---|---:|---:|---:|")
        for code, name, sev, on, f, pct, per in rows:
            print(f"| {code} | {name} | {sev} | {on} | {f} | {pct:.0f}% | {per:.2f} |")
    else:
        print(f"{'code':6} {'name':32} {'sev':8} {'dflt':4} {'ads':>5} {'%ads':>6} {'per ad':>7}   ({n} ads)")
        for code, name, sev, on, f, pct, per in rows:
            print(f"{code:6} {name:32} {sev:8} {on:4} {f:5d} {pct:5.0f}% {per:7.2f}")
    for code, lines in samples.items() if args.examples else ():
        print(f"\n{code}:")
        for line in lines:
            print("  " + line)
    return 0


def default_report_lines(folder: str) -> dict[str, list[str]]:
    """Per posting of ``folder``, the codes of the finding lines the default text report prints."""
    from jdlint.config import Config
    from jdlint.engine import Linter
    from jdlint.formatters import capped

    config = Config()
    files = _postings(folder)
    shown: dict[str, list[str]] = {}
    for report in Linter(config).lint_paths(files):
        lines, _hidden = capped(report.diagnostics, config.cap)
        shown[Path(report.path).name] = [d.code for d in lines]
    return shown


def _postings(folder: str) -> list[str]:
    """The postings of ``folder`` that jdlint reads (Markdown, text and HTML: an independent writer's ads
    come in all three; the dev corpus is Markdown only)."""
    from jdlint.source import POSTING_SUFFIXES

    return sorted(str(p) for p in Path(folder).iterdir() if p.name.lower().endswith(POSTING_SUFFIXES))


def percentile(values: list[int], share: float) -> float:
    """The nearest-rank percentile (p90 of 272 postings is the 245th smallest)."""
    ordered = sorted(values)
    return float(ordered[max(0, math.ceil(share * len(ordered)) - 1)])


def _print_default_report(folder: str) -> int:
    shown = default_report_lines(folder)
    if not shown:
        print(f"no postings in {folder}", file=sys.stderr)
        return 2
    counts = [len(codes) for codes in shown.values()]
    per_rule = Counter(code for codes in shown.values() for code in codes)
    ads_per_rule = Counter(code for codes in shown.values() for code in set(codes))
    n = len(counts)
    print(f"default text report over {n} postings: median {statistics.median(counts):g}, "
          f"p90 {percentile(counts, 0.9):g}, mean {statistics.mean(counts):.2f} finding lines per posting; "
          f"{sum(1 for c in counts if c == 0)} postings with none")
    print(f"{'code':6} {'lines':>6} {'ads':>5} {'per ad':>7}")
    for code, lines in per_rule.most_common():
        print(f"{code:6} {lines:6d} {ads_per_rule[code]:5d} {lines / n:7.2f}")
    return 0


def _selected(selector: str, rule) -> bool:
    from jdlint.registry import selector_score

    return bool(selector_score(selector, rule))


if __name__ == "__main__":
    sys.exit(main())
