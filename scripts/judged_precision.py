#!/usr/bin/env python
"""Precision per rule of the default report on judged ads, as the current jdlint reports them.

    .venv/bin/python scripts/judged_precision.py                       # every tests/data/judged_strangers*.yaml
    .venv/bin/python scripts/judged_precision.py --set writerP --list  # one set, and each finding's verdict
    .venv/bin/python scripts/judged_precision.py --judged tests/data/judged_strangers14.yaml  # one file
    .venv/bin/python scripts/judged_precision.py --judged tests/data/judged_findings.yaml    # the dev sample

Re-lints the ads of the judged files (tests/data/judged_strangers.yaml, judged_strangers14.yaml, ...:
independent writers' synthetic ads, judged by reading them, read as one) with the default configuration and sorts every finding now reported by its verdict:
right, defensible, wrong, or new (not judged: a finding a change brought, to be read before trusting the
figure). Precision is (right + defensible) over the judged findings reported; a judged finding no longer
reported counts as gone (a lost right one is a regression, a gone wrong one a fix). The same matching as
tests/test_judged_precision.py: code, line and the triggering words (cut to 100 characters).
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(ROOT / "scripts"))  # scripts/checked.py, also when loaded by file path
from checked import all_checked  # noqa: E402
DATA = ROOT / "tests" / "data"
#: the judged files keep long matches (whole paragraphs) cut to this many characters (the one value,
#: read by tests/test_judged_precision.py for the dev corpus's judged_findings.yaml too)
MATCH_PREFIX = 100
#: every file of judged strangers' ads: one per session's writers, each naming its own sets
STRANGER_FILES = sorted(DATA.glob("judged_strangers*.yaml"))
#: where the dev corpus's judged sample (tests/data/judged_findings.yaml: no sets, ads by file name) lives
DEV_CORPUS = "/work/shared/corpus/dev"


def load(paths: list[Path] | Path | None = None) -> dict:
    """The judged files as one: their sets and their findings (a set's name is unique across files)."""
    from ruamel.yaml import YAML

    merged: dict = {"sets": {}, "findings": []}
    for path in [paths] if isinstance(paths, Path) else (paths or STRANGER_FILES):
        data = YAML(typ="safe").load(Path(path).read_text(encoding="utf-8"))
        if "sets" not in data:  # the dev corpus's judged sample: one set, the dev corpus
            data = {"sets": {"dev": DEV_CORPUS}, "findings": [{"set": "dev", **f} for f in data["findings"]]}
        assert not set(data["sets"]) & set(merged["sets"]), f"{path}: a set named twice"
        merged["sets"].update(data["sets"])
        merged["findings"].extend(data["findings"])
    return merged


def key(ad: str, code: str, line: int, match: str) -> tuple:
    return ad, code, int(line), str(match)[:MATCH_PREFIX]


def ad_paths(judged: dict, sets: set[str] | None = None) -> dict[tuple[str, str], Path]:
    """(set, ad) -> the ad's file, for every ad of ``judged`` (of ``sets`` only, when given)."""
    return {(f["set"], f["ad"]): DATA / judged["sets"][f["set"]] / f["ad"] for f in judged["findings"]
            if sets is None or f["set"] in sets}


def default_reports(paths: dict[tuple[str, str], Path]) -> dict[tuple[str, str], list]:
    """Every ad's findings under the default configuration, by (set, ad)."""
    from jdlint.config import Config
    from jdlint.engine import Linter

    by_path = {str(p): k for k, p in paths.items()}
    return {by_path[r.path]: r.diagnostics for r in all_checked(Linter(Config()).lint_paths(sorted(by_path)))}


def tally(judged: dict, reports: dict[tuple[str, str], list]) -> tuple[dict, list, list]:
    """Per rule, the verdicts of the findings reported now (``new`` for unjudged ones); the findings
    reported now with their verdict, and the judged findings no longer reported."""
    verdicts = {(f["set"],) + key(f["ad"], f["code"], f["line"], f["match"]): f for f in judged["findings"]}
    per_rule: dict[str, Counter] = defaultdict(Counter)
    now, seen = [], set()
    for (set_name, ad), diags in sorted(reports.items()):
        for d in diags:
            k = (set_name,) + key(ad, d.code, d.line, d.trigger)
            item = verdicts.get(k)
            per_rule[d.code][item["verdict"] if item else "new"] += 1
            now.append((set_name, ad, d, item))
            seen.add(k)
    gone = [f for k, f in verdicts.items() if k not in seen and (f["set"], f["ad"]) in reports]
    return per_rule, now, gone


def precision(counts: Counter) -> tuple[int, int]:
    judged = counts["right"] + counts["defensible"] + counts["wrong"]
    return counts["right"] + counts["defensible"], judged


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--judged", action="append", help="a judged file (repeatable; default: every "
                        "tests/data/judged_strangers*.yaml)")
    parser.add_argument("--set", action="append", help="only this set (repeatable)")
    parser.add_argument("--list", action="store_true", help="print every finding with its verdict")
    args = parser.parse_args(argv)

    judged = load([Path(p) for p in args.judged] if args.judged else None)
    # a held-out file is scored, never read: no finding of it is printed, only the figures
    held_out = any("heldout" in Path(p).parent.name for p in args.judged or ())
    reports = default_reports(ad_paths(judged, set(args.set) if args.set else None))
    per_rule, now, gone = tally(judged, reports)
    total, loud = Counter(), Counter()
    for _s, _a, d, item in now:
        total[item["verdict"] if item else "new"] += 1
        if d.severity.name != "info":
            loud[item["verdict"] if item else "new"] += 1
    print(f"{len(reports)} ads, {len(now)} findings in the default report")
    print(f"{'code':6} {'right':>5} {'def':>4} {'wrong':>5} {'new':>4}  precision")
    for code in sorted(per_rule):
        c = per_rule[code]
        ok, n = precision(c)
        print(f"{code:6} {c['right']:5d} {c['defensible']:4d} {c['wrong']:5d} {c['new']:4d}  "
              + (f"{ok}/{n} = {ok / n:.3f}" if n else "-"))
    for label, c in (("all", total), ("warnings and errors", loud)):
        ok, n = precision(c)
        print(f"{label}: {ok}/{n} = {ok / n:.3f} right or defensible ({c['right']} right, {c['defensible']} "
              f"defensible, {c['wrong']} wrong), {c['new']} new" if n else f"{label}: none judged")
    if gone:
        print(f"{len(gone)} judged findings no longer reported" + (":" if args.list and not held_out else
              " (listed with --list; never for a held-out file)"))
    if gone and args.list and not held_out:
        for f in gone:
            print(f"  {f['set']}/{f['ad']}:{f['line']} {f['code']} {f['verdict']} {str(f['match'])[:60]!r}")
    if args.list and held_out:
        print("--list is refused for a held-out judged file (tests/data/heldout35/): figures only")
    elif args.list:
        for set_name, ad, d, item in now:
            verdict = item["verdict"] if item else "NEW"
            print(f"{verdict:10} {set_name}/{ad}:{d.line} {d.code} {d.severity.name} {d.trigger[:70]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
