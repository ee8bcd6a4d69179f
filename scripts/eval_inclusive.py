#!/usr/bin/env python
"""Precision and recall of the inclusive-language (bias.*) rules on the labelled set.

    .venv/bin/python scripts/eval_inclusive.py            # table per category
    .venv/bin/python scripts/eval_inclusive.py -v         # also list every miss and false alarm
    .venv/bin/python scripts/eval_inclusive.py --corpus /work/shared/corpus/dev   # what fires there

The labelled set is tests/data/inclusive_labelled.yaml (see its header for the labels). Each
sentence is linted as a one-paragraph Markdown posting with only its category's rules selected.
Offline and deterministic.

Held-out check (tests/data/inclusive_heldout.yaml, 10 positives and 10 negatives per category,
written after the rules were tuned on the main set), first run before any change, precision/recall:
gender 1.00/0.80, gender-coded 0.90/0.90, age 0.80/0.80, disability 0.90/0.90, origin 1.00/1.00,
religion 1.00/0.90, family 0.86/0.70 (after correcting two labels that expected a warning from an
info-level rule), appearance 0.83/1.00, record 1.00/0.90. The general fixes that followed (plural
titles, possessive pronouns, number words in experience caps, audience senses of "Gen Z", "good
looks" of a product...) are what brought both sets to their current scores.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LABELLED = ROOT / "tests" / "data" / "inclusive_labelled.yaml"
CODED = "bias.gender-coded"


def load(path: Path = LABELLED) -> dict:
    from ruamel.yaml import YAML

    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))["categories"]


def _items(entries):
    for e in entries or ():
        if isinstance(e, dict):
            yield e["text"], e.get("min")
        else:
            yield e, None


def evaluate(data: dict | None = None) -> dict:
    """Per category: counts, precision, recall and the failing items."""
    import jdlint
    from jdlint.config import Config
    from jdlint.diagnostics import Severity

    data = data or load()
    results = {}
    for category, groups in data.items():
        config = Config(select=(f"category:{category}",))
        bar = Severity.info if category == CODED else Severity.warning

        def findings(text):
            report = jdlint.lint_text("# Job\n\n" + text + "\n", path="labelled.md", config=config)
            return [d for d in report.diagnostics if d.category == category]

        tp = fn = fp = tn = 0
        legit_ok = legit_total = 0
        misses, false_alarms, legit_bad = [], [], []
        for text, minimum in _items(groups.get("positive")):
            need = Severity.parse(minimum) if minimum else bar
            if any(d.severity >= need for d in findings(text)):
                tp += 1
            else:
                fn += 1
                misses.append(text)
        for text, _ in _items(groups.get("negative")):
            hits = [d for d in findings(text) if d.severity >= bar]
            if hits:
                fp += 1
                false_alarms.append((text, [f"{d.code} {d.match!r}" for d in hits]))
            else:
                tn += 1
        for text, _ in _items(groups.get("legitimate")):
            legit_total += 1
            found = findings(text)
            top = max((d.severity for d in found), default=None)
            if top is not None and top >= bar and category != CODED:
                fp += 1
            else:
                tn += 1
            if top == Severity.info:
                legit_ok += 1
            else:
                legit_bad.append((text, [f"{d.code} {d.severity} {d.match!r}" for d in found]))
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        results[category] = {
            "tp": tp, "fn": fn, "fp": fp, "tn": tn, "precision": precision, "recall": recall,
            "legit_ok": legit_ok, "legit_total": legit_total,
            "misses": misses, "false_alarms": false_alarms, "legit_bad": legit_bad,
        }
    return results


def corpus(folder: str) -> None:
    """Every bias finding on a folder of postings, counted per rule, then listed."""
    import jdlint
    from jdlint.config import Config

    config = Config(select=("D",))
    counts: Counter = Counter()
    lines = []
    for path in sorted(Path(folder).glob("*.md")):
        report = jdlint.lint_text(path.read_text(encoding="utf-8"), path=str(path), config=config)
        for d in report.diagnostics:
            if d.category == CODED:
                counts[(d.code, d.name, str(d.severity))] += 1
                continue
            counts[(d.code, d.name, str(d.severity))] += 1
            lines.append(f"{path.name}:{d.line}: {d.severity} {d.code} {d.match!r}")
    for (code, name, sev), n in sorted(counts.items()):
        print(f"{n:5d}  {code} {name} ({sev})")
    print()
    print("\n".join(lines))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and false alarms")
    ap.add_argument("--data", metavar="YAML", default=str(LABELLED),
                    help="labelled set (default tests/data/inclusive_labelled.yaml; also inclusive_heldout.yaml)")
    ap.add_argument("--corpus", metavar="DIR", help="list what the bias rules report on a folder of .md postings")
    args = ap.parse_args(argv)
    if args.corpus:
        corpus(args.corpus)
        return 0
    results = evaluate(load(Path(args.data)))
    print(f"{'category':20} {'pos':>4} {'neg':>4} {'TP':>4} {'FN':>4} {'FP':>4} {'precision':>10} {'recall':>7}  legit->info")
    for cat, r in results.items():
        print(f"{cat:20} {r['tp'] + r['fn']:4d} {r['fp'] + r['tn']:4d} {r['tp']:4d} {r['fn']:4d} {r['fp']:4d} "
              f"{r['precision']:10.3f} {r['recall']:7.3f}  {r['legit_ok']}/{r['legit_total']}")
        if args.verbose:
            for t in r["misses"]:
                print(f"    MISS   {t}")
            for t, hits in r["false_alarms"]:
                print(f"    FALSE  {t}  <- {', '.join(hits)}")
            for t, hits in r["legit_bad"]:
                print(f"    LEGIT  {t}  <- {', '.join(hits) or 'nothing'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
