#!/usr/bin/env python
"""Sample findings of every default rule on the dev corpus for judging by hand.

    .venv/bin/python scripts/judge_sample.py > /tmp/sample.yaml      # up to 10 findings per rule
    .venv/bin/python scripts/judge_sample.py --per-rule 5 --seed 2 --context 3
    .venv/bin/python scripts/judge_sample.py --seed 2 --per-rule 6 --skip-judged  # a fresh sample
    .venv/bin/python scripts/judge_sample.py --seed 27 --text-report 40  # what a recruiter sees
    .venv/bin/python scripts/judge_sample.py --corpus tests/data/sections_synth11/dev --strangers 40

Each sampled finding is printed as a YAML item with the lines around it, ready to be judged:
set ``verdict`` to right, defensible or wrong and give a ``reason``, drop the ``context``, and add
the item to ``tests/data/judged_findings.yaml``. ``tests/test_judged_precision.py`` re-lints
those ads: every right finding must still be reported, and every wrong one must be gone.
The sample is drawn with a fixed seed from the default configuration's report, so it is the
same for everyone who runs it on the same jdlint. ``--text-report N`` draws N findings at random
from the lines the default, capped text report prints across the corpus instead (every rule
together, weighted as a reader meets them), to judge the share of wrong lines a recruiter reads.
``--strangers N`` is for ads the rules were not built from (independent writers' synthetic ads):
every warning and error, and N info findings drawn at random, for tests/data/judged_strangers.yaml.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
#: the shared dev corpus beside the checkout, or beside the folder of worktrees (/work/wt/NAME ->
#: /work/shared), so a sample drawn in a worktree is not silently empty
CORPUS = next((p / "shared" / "corpus" / "dev" for p in (ROOT.parent, ROOT.parent.parent)
               if (p / "shared" / "corpus" / "dev").is_dir()), ROOT.parent / "shared" / "corpus" / "dev")


#: the judged file keeps long matches (whole paragraphs) cut to this many characters
MATCH_PREFIX = 100
JUDGED = ROOT / "tests" / "data" / "judged_findings.yaml"


def _judged_keys() -> set[tuple]:
    from ruamel.yaml import YAML

    items = YAML(typ="safe").load(JUDGED.read_text(encoding="utf-8"))["findings"]
    return {(i["ad"], i["code"], i["line"], str(i["match"])[:MATCH_PREFIX]) for i in items}


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def main(argv: list[str] | None = None) -> int:
    import jdlint

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(CORPUS))
    parser.add_argument("--per-rule", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--context", type=int, default=2, help="source lines shown either side")
    parser.add_argument("--codes", default="", help="comma-separated codes (default: every rule that fires)")
    parser.add_argument("--skip-judged", action="store_true",
                        help="leave out findings already in tests/data/judged_findings.yaml, so a new "
                             "seed adds new judgements instead of repeating old ones")
    parser.add_argument("--text-report", type=int, default=0, metavar="N",
                        help="draw N findings from the default text report's lines (capped per rule, "
                             "as printed), all rules together, instead of up to --per-rule per rule")
    parser.add_argument("--strangers", type=int, default=-1, metavar="N",
                        help="every warning and error, and N info findings drawn at random (all rules "
                             "together): the sample for ads the rules were not built from")
    args = parser.parse_args(argv)

    from jdlint.config import Config
    from jdlint.formatters import capped

    by_code: dict[str, list] = defaultdict(list)
    lines_of: dict[str, list[str]] = {}
    for report in jdlint.lint_paths([args.corpus]):
        name = Path(report.path).name
        # split at newlines only, as the finding's line numbers count them (str.splitlines also
        # breaks at U+2028 and other separators that ads hold, which shifted the context shown)
        lines_of[name] = report.source.text.split("\n") if report.source else []
        shown = capped(report.diagnostics, Config().cap)[0] if args.text_report else report.diagnostics
        for d in shown:
            by_code[d.code].append((name, d))
    wanted = {c.strip() for c in args.codes.split(",") if c.strip()}
    if args.skip_judged:
        judged = _judged_keys()
        for code in by_code:
            # keyed by the words that triggered each finding, as the judged file and its test read them:
            # a selection finding's range now runs on to its sentence end (session 28), its trigger does not
            by_code[code] = [(n, d) for n, d in by_code[code]
                             if (n, d.code, d.line, d.trigger[:MATCH_PREFIX]) not in judged]
    rng = random.Random(args.seed)
    if args.text_report:  # one draw over every printed line, whatever its rule
        found = [item for code in sorted(by_code) if not wanted or code in wanted for item in by_code[code]]
        groups = [("text report", rng.sample(found, min(args.text_report, len(found))), len(found))]
    elif args.strangers >= 0:  # every warning and error, and a draw of the infos
        found = [item for code in sorted(by_code) if not wanted or code in wanted for item in by_code[code]]
        loud = [item for item in found if item[1].severity.name != "info"]
        info = [item for item in found if item[1].severity.name == "info"]
        groups = [("warnings and errors", loud, len(loud)),
                  ("info", rng.sample(info, min(args.strangers, len(info))), len(info))]
    else:
        groups = [(code, rng.sample(by_code[code], min(args.per_rule, len(by_code[code]))), len(by_code[code]))
                  for code in sorted(by_code) if not wanted or code in wanted]
    for label, sample, total in groups:
        print(f"# {label}: {total} findings in the corpus, {len(sample)} sampled")
        for name, d in sorted(sample, key=lambda item: (item[0], item[1].line)):
            code = d.code
            lines = lines_of[name]
            lo, hi = max(0, d.line - 1 - args.context), min(len(lines), d.line + args.context)
            print(f"- {{ad: {name}, code: {code}, line: {d.line}, match: {_quote(d.trigger)}, "
                  f"verdict: '?', reason: ''}}")
            print(f"  # {d.severity} {d.message}")
            for n in range(lo, hi):
                text = lines[n]
                if n + 1 == d.line and len(text) > 240:  # a one-line ad: the part around the finding
                    at = max(0, d.column - 120)
                    text = ("..." if at else "") + text[at:at + 240] + "..."
                print(f"  # {n + 1:4}{'>' if n + 1 == d.line else ' '} {text[:250]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
