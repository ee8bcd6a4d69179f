#!/usr/bin/env python3
"""Leave-one-writer-out (LOWO): the honest measure of rule V119's model and of the vague rules on strangers'
wording. For each independent training writer X (tests/data/train/writer?_vague.yaml: A, B, D, E, and any
writer added later), V119's model is trained without X's file (everything else scripts/train_vague_model.py
trains on is kept), and X's cases are scored by scripts/eval_vague.py's scorer with the default rule set
(every vague finding and P101/P102 at any severity, as scripts/eval_independent.py scores the unread sets).
Figures per writer and pooled; the model file in jdlint/data is not touched.

    .venv/bin/python scripts/eval_writers.py                    # P/R per writer and pooled at the rule's threshold
    .venv/bin/python scripts/eval_writers.py --thresholds 1.5 2 2.5 3   # pooled P/R at other thresholds (calibration)
    .venv/bin/python scripts/eval_writers.py -v                 # also every miss and false alarm, by writer
    .venv/bin/python scripts/eval_writers.py --negatives /tmp/neg.json  # keep the real-ad negatives between runs

Why: V119 learns from the writers' cases, so scoring a writer it trained on says how well it remembers, not
how it reads a stranger. Holding a writer out, in turn, is the nearest the project has to the hidden
challenge set (strangers' wording, unseen registers). The rules other than V119 were not trained on the
writers, but were tuned after reading some of them: their share of the figure is not wholly blind either.
The strangers' ad negatives (train_vague_model.stranger_negatives: writers C, M and P's ads) are trained on as the
trainer does; ``--exclude-ads P`` leaves a writer's ads out. ``--negatives`` caches the dev-corpus sentences no other vague or pay rule flags (since session 38 the flags are
frozen, train_vague_model.DEV_FLAGGED: delete the cache after --freeze-flagged).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

#: A writer is named by one or two capitals (writers A-Z, then AA, AC, ...).
WRITER_FILE = re.compile(r"writer([A-Z]{1,2})_vague\.yaml$")


def ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def split_by_writer(cases: list[dict]) -> tuple[list[dict], dict[str, list[dict]]]:
    """The training cases that belong to no writer, and each writer's cases (by the file they came from)."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe")
    writers = {}
    for path in sorted((ROOT / "tests" / "data" / "train").glob("*vague*.yaml")):
        found = WRITER_FILE.search(path.name)
        if found:
            writers[found.group(1)] = [dict(c, split="heldout", _source=path.name) for c in yaml.load(path.read_text("utf-8")) or ()]
    ids = {c["id"] for group in writers.values() for c in group}
    return [c for c in cases if c["id"] not in ids], writers


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    ap.add_argument("--thresholds", type=float, nargs="*", default=(), help="also pooled P/R at these thresholds")
    ap.add_argument("--negatives", type=Path, help="a cache of the real-ad negatives (read if it exists, else written)")
    ap.add_argument("--only", help="score only these writers (names separated by commas, e.g. A,B,AC)")
    ap.add_argument("--exclude-ads", default="", help="strangers' ad sets (scripts/eval_ad_writers.py) not trained on, e.g. P")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--verbose-at", type=float, help="with -v, list the misses and false alarms at this threshold "
                                                     "(default the rule's): what lowering it would gain and cost")
    args = ap.parse_args(argv)
    from lookup_tables import english_table
    from linear_training import pruned
    from train_vague_model import (REAL_AD_WEIGHT, STRANGER_AD_WEIGHT, case_rows, fit, linear_model, load_cases, reader,
                                   real_ad_negatives, stranger_negatives)

    import eval_vague
    import jdlint.checks.vague_sentence as rule_module
    from jdlint.checks.vague_sentence import DEFAULT_THRESHOLD

    clusters = english_table("lexeme_cluster")
    rest, writers = split_by_writer(load_cases())
    if args.negatives and args.negatives.exists():
        negatives = json.loads(args.negatives.read_text("utf-8"))
    else:
        negatives = [s for _, s in real_ad_negatives(args.corpus)]
        if args.negatives:
            args.negatives.write_text(json.dumps(negatives), "utf-8")

    read = reader(clusters)

    def rows(cases):
        return case_rows(cases, read)  # the trainer's own rows: SOURCE_WEIGHT included

    ad_rows = [(read(s), 0, REAL_AD_WEIGHT) for s in negatives]
    ad_rows += [(read(s), 0, STRANGER_AD_WEIGHT) for _, s in stranger_negatives(args.exclude_ads)] if STRANGER_AD_WEIGHT else []
    rest_rows = rows(rest)
    by_writer = {w: rows(cases) for w, cases in writers.items()}
    listed = DEFAULT_THRESHOLD if args.verbose_at is None else args.verbose_at
    thresholds = sorted({DEFAULT_THRESHOLD, listed, *args.thresholds})
    pooled = {th: {"tp": 0, "fp": 0, "fn": 0} for th in thresholds}
    print(f"{'writer':6} {'n':>4} {'P':>6} {'R':>6} {'tp':>4} {'fp':>4} {'fn':>4}   (V119 trained without the writer; threshold {DEFAULT_THRESHOLD})")
    for w in sorted(writers):
        if args.only and w not in args.only.split(","):
            continue
        training = rest_rows + [r for other, got in by_writer.items() if other != w for r in got] + ad_rows
        weights, bias = fit(training)
        for th in thresholds:
            # a threshold moved by d scores as the bias moved by -d
            held_out = linear_model(pruned(weights), round(bias, 4) - (th - DEFAULT_THRESHOLD), clusters)
            rule_module.model = lambda held_out=held_out: held_out
            s = eval_vague.evaluate(writers[w])["heldout"]
            for k in ("tp", "fp", "fn"):
                pooled[th][k] += s[k]
            if th == DEFAULT_THRESHOLD:
                print(f"{w:6} {len(writers[w]):4} {ratio(s['tp'], s['tp'] + s['fp']):6.3f} {ratio(s['tp'], s['tp'] + s['fn']):6.3f} "
                      f"{s['tp']:4} {s['fp']:4} {s['fn']:4}")
            if args.verbose and th == listed:
                for case in s["misses"]:
                    print(f"   miss  {case['id']} [{case['span']}] {case['text']}  ({case.get('note', '')})")
                for case, d in s["alarms"]:
                    print(f"   alarm {case['id']} {d.code} {d.match!r} in {case['text']}  ({case.get('note', '')})")
    for th in thresholds:
        p = pooled[th]
        print(f"pooled at {th}: P {ratio(p['tp'], p['tp'] + p['fp']):.3f} R {ratio(p['tp'], p['tp'] + p['fn']):.3f} "
              f"(tp {p['tp']} fp {p['fp']} fn {p['fn']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
