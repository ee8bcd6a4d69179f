#!/usr/bin/env python3
"""The lead's panel: every figure a session compares before and after a change, from one tree, figures only.

    .venv/bin/python scripts/figures.py > fig_base.txt      # in the base tree
    .venv/bin/python scripts/figures.py > fig_trial.txt     # in the merged tree; then diff the two files

Runs, in order: the unread sets (scripts/eval_unread.py --per-case: figures only), the read writers (vague,
gender-coded, bias, pay), section presence on the unread dev35B labels and on the hand-labelled sets (--all), judged
precision on the unread dev35B sample, the judged strangers and the dev sample, and the default report's noise
budget. It prints each script's summary lines only (never a case, a span or a finding of an unread set): the
scripts themselves decide what an unread set may show. Offline; a few minutes on an idle machine.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = "tests/data"
READ = f"{DATA}/read_writers"
#: (heading, script and arguments, how many of its last lines to keep (negative: first lines))
PANEL = [
    ("unread sets, per span and per silent case", ["eval_unread.py", "--per-case"], 80),
    *[(f"read vague writer {w}", ["eval_vague.py", "--case-file", f"{READ}/writer{w}_vague.yaml"], 3)
      for w in ("AC", "AF", "AH", "AK")],
    ("read gender-coded writer AL",
     ["eval_inclusive.py", "--cases", "--split", "all", "--case-file", f"{READ}/writerAL_gender_coded.yaml"], 1),
    *[(f"read bias writer {w}", ["eval_inclusive.py", "--cases", "--split", "all", "--case-file",
                                 f"{READ}/writer{w}_bias.yaml"], 1) for w in ("AI", "AD")],
    ("read pay writer AM", ["eval_pay_placeholder.py", "--case-file", f"{DATA}/pay_writerAM.yaml"], 1),
    ("sections, unread dev35B", ["eval_sections.py", "--labels", f"{DATA}/heldout35/sections_labels_dev35B.json"], 9),
    ("sections, hand-labelled sets (--all)", ["eval_sections.py", "--all"], 9),
    ("judged, unread dev35B", ["judged_precision.py", "--judged", f"{DATA}/heldout35/judged_dev35B.yaml"], 3),
    ("judged strangers", ["judged_precision.py"], 3),
    ("judged dev sample", ["judged_precision.py", "--judged", f"{DATA}/judged_findings.yaml"], 3),
    ("default report noise", ["noise_budget.py", "--default-report"], -1),
]


def main() -> int:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    env.setdefault("JDLINT_DEV_CORPUS", "/work/shared/corpus/dev")
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout
    print(f"# figures at {head.strip()} ({ROOT})", flush=True)
    for heading, (script, *args), keep in PANEL:
        run = subprocess.run([sys.executable, str(ROOT / "scripts" / script), *args], cwd=ROOT, env=env,
                             capture_output=True, text=True)
        lines = (run.stdout + run.stderr).rstrip().splitlines()
        print(f"## {heading}")
        print("\n".join(lines[:-keep] if keep < 0 else lines[-keep:]), flush=True)
        if run.returncode:
            print(f"({script} exited {run.returncode})", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
