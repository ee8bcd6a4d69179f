#!/usr/bin/env python3
"""Score jdlint on the independent sets of tests/data/independent/ (written in sessions 26 and 27 by three
writers who never saw jdlint's code, word lists or output), with the project's own scorers.

    .venv/bin/python scripts/eval_independent.py blind8            # whole set, a table
    .venv/bin/python scripts/eval_independent.py blind9 --A -v     # half A, with every failure
    .venv/bin/python scripts/eval_independent.py blind8 --B        # half B: figures only, never -v

Each set is split in halves by SHA-1 of '<set>:' + the case id (pay cases: class + text; section labels:
the ad id). Half A has been read (its failures guided work in session 26); **half B has never been read**:
score it to see whether a change generalises, and never list its failures (the script refuses -v on it), or
it stops being blind. Scorers: eval_vague.evaluate (vague findings and P101/P102 overlapping the span),
eval_pay_placeholder.score (T102, T103, P101, P102, pay-section), eval_inclusive.score_cases (bias
warnings, gender-coded at any severity, overlapping the span), eval_sections.py --labels (presence per kind).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]
DATA = ROOT / "tests" / "data" / "independent"
#: Sets no one has read, half A included (scored with figures only at the start and end of a session).
WHOLLY_UNREAD = frozenset({"blind10", "blind11"})


def in_half(salt: str, key: str, half: str | None) -> bool:
    if half is None:
        return True
    even = int(hashlib.sha1((salt + key).encode()).hexdigest(), 16) % 2 == 0
    return even == (half == "A")


def ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("set", help="a set's name: the prefix of its files in the data folder (blind8, blind9, ...)")
    ap.add_argument("--data", type=Path, default=DATA,
                    help="the folder of the set's files (default tests/data/independent; a new set is scored "
                         "from its writer's folder before it is committed)")
    half_arg = ap.add_mutually_exclusive_group()
    half_arg.add_argument("--A", dest="half", action="store_const", const="A", help="half A (read)")
    half_arg.add_argument("--B", dest="half", action="store_const", const="B", help="half B (never read)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list failures (half A only)")
    args = ap.parse_args(argv)
    if not (args.data / f"{args.set}_vague.yaml").exists():
        ap.error(f"no set {args.set!r} in {args.data} (expected {args.set}_vague.yaml and its siblings)")
    if args.verbose and args.half != "A":
        ap.error("-v lists failures: only on half A (--A)")
    if args.verbose and args.set in WHOLLY_UNREAD:
        ap.error(f"-v lists failures: {args.set} has never been read, half A included")
    from ruamel.yaml import YAML

    import eval_inclusive
    import eval_pay_placeholder
    import eval_vague

    yaml, salt, half, out = YAML(typ="safe"), args.set + ":", args.half, []
    keep = lambda key: in_half(salt, key, half)  # noqa: E731

    cases = [dict(c, split="heldout") for c in yaml.load((args.data / f"{args.set}_vague.yaml").read_text()) if keep(c["id"])]
    s = eval_vague.evaluate(cases).get("heldout", {"tp": 0, "fp": 0, "fn": 0, "misses": [], "alarms": []})
    out.append(f"vague        n={len(cases):3d}  P {ratio(s['tp'], s['tp'] + s['fp']):.3f}  "
               f"R {ratio(s['tp'], s['tp'] + s['fn']):.3f}  (tp {s['tp']} fp {s['fp']} fn {s['fn']})")
    if args.verbose:
        out += [f"   miss  {c['id']}: [{c['span']}] {c['text']}" for c in s["misses"]]
        out += [f"   alarm {c['id']}: {d.code} {d.match!r} in {c['text']}" for c, d in s["alarms"]]

    cases = [c for c in yaml.load((args.data / f"{args.set}_pay.yaml").read_text())["cases"] if keep(c.get("class", "") + c["text"])]
    counts, failures = eval_pay_placeholder.score(cases)
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    out.append(f"pay/placeh.  n={len(cases):3d}  P {ratio(tp, tp + fp):.3f}  R {ratio(tp, tp + fn):.3f}  (tp {tp} fp {fp} fn {fn})")
    if args.verbose:
        out += [f"   fail  [{c['class']}] expected {sorted(e)} found {sorted(f)}: {c['text']!r}" for c, e, f in failures]

    cases = [c for c in yaml.load((args.data / f"{args.set}_bias.yaml").read_text()) if keep(c["id"])]
    stats = eval_inclusive.score_cases(cases)
    for name in sorted(stats, key=lambda n: (n == "all", n)):
        r = stats[name]
        out.append(f"bias {name:13} TP {r['tp']:3d} FN {r['fn']:3d} FP {r['fp']:3d}  P {r['precision']:.3f}  R {r['recall']:.3f}")
        if args.verbose and name != "all":
            out += [f"   miss  {cid}: {text}  <- {', '.join(hits) or 'nothing'}" for cid, text, hits in r["misses"]]
            out += [f"   alarm {cid}: {text}  <- {', '.join(hits)}" for cid, text, hits in r["false_alarms"]]

    for labels, corpus in ((args.data / f"{args.set}_sections_labels.json", ROOT.parent / "shared" / "corpus"),
                           (args.data / f"{args.set}_synth_labels.json", args.data / f"{args.set}_synth")):
        if not labels.exists() or not corpus.is_dir():
            continue
        data = json.loads(labels.read_text(encoding="utf-8"))
        data["ads"] = [a for a in data["ads"] if keep(a["id"])]
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as tmp:
            json.dump(data, tmp)
        cmd = [sys.executable, str(ROOT / "scripts" / "eval_sections.py"), "--corpus", str(corpus), "--labels", tmp.name]
        res = subprocess.run(cmd + (["--verbose"] if args.verbose else []), capture_output=True, text=True)
        Path(tmp.name).unlink()
        out.append(f"sections {labels.name} ({len(data['ads'])} ads)\n{res.stdout}{res.stderr[-2000:]}")
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
