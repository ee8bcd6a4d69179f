#!/usr/bin/env python3
"""Figures only: precision and recall on every sentence set nobody building jdlint has read.

    .venv/bin/python scripts/eval_unread.py                  # every kind, per set and pooled
    .venv/bin/python scripts/eval_unread.py --kind vague     # one kind
    .venv/bin/python scripts/eval_unread.py --by-code        # vague and bias: false alarms per rule code (counts only)
    .venv/bin/python scripts/eval_unread.py --per-case       # false alarms counted per silent case (below)
    .venv/bin/python scripts/eval_unread.py --by-group       # recall per group of fire cases (counts only)

The unread sets: half B of the independent sets blind8 and blind9, the whole of blind10 and blind11
(tests/data/independent/, halves as scripts/eval_independent.py draws them) and every writer file in
tests/data/writers_heldout/ (writers kept out of training; its README says which half of a file was
read, if any). This script never prints a case, a span or a failure: a set stays unread only while
nobody looks at what it misses. Change a rule, run this before and after, compare the figures.

Scorers, as eval_independent.py uses them: eval_vague.evaluate (vague findings and P101/P102 overlapping
the span), eval_pay_placeholder.score (T102, T103, P101, P102, pay-section), eval_inclusive.score_cases
(bias warnings and gender-coded findings overlapping the span).

Two ways to count a false alarm, both shown with ``--per-case``: per span (the default, as the scorers count: every
finding that misses the labelled span, on a silent case or beside the span of a fire case, once per case) and per
case (only a silent case that draws a finding; a second finding beside a fire case's labelled span is not counted,
since the writer marked one span per case and may well flag the second word too). A challenge set scored either way
sits between the two precisions; recall is the same in both.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]
INDEPENDENT = ROOT / "tests" / "data" / "independent"
WRITERS = ROOT / "tests" / "data" / "writers_heldout"
KINDS = ("vague", "pay", "bias", "gender_coded")
#: Writer files of which one half was read (writers_heldout/README.md): only the other half is scored.
#: I's by SHA-1 of "gc:" + id (half B, the odd one, unread); R's by the parity of the id's number (odd unread).
PARTLY_READ = {"writerI_gender_coded.yaml": "sha1 B", "writerR_gender_coded.yaml": "odd ids"}


def unread_sets(kind: str) -> list[tuple[str, Path, str, str | None]]:
    """(name, file, salt, part) for every unread file of one kind; part None means the whole file."""
    sets = [(f"blind{n} B", INDEPENDENT / f"blind{n}_{kind}.yaml", f"blind{n}:", "B") for n in (8, 9)]
    sets += [(f"blind{n}", INDEPENDENT / f"blind{n}_{kind}.yaml", "", None) for n in (10, 11)]
    for path in sorted(WRITERS.glob(f"writer*_{kind}.yaml")):
        part = PARTLY_READ.get(path.name)
        sets.append((path.stem.split("_")[0] + (f" {part}" if part else ""), path, "gc:", part))
    return [s for s in sets if s[1].exists()]


def keeper(salt: str, half: str | None):
    """The predicate on a case's key that keeps the unread part of a file."""
    from eval_independent import in_half

    if half == "odd ids":
        return lambda key: int(key.rsplit("-", 1)[-1]) % 2 == 1
    if half == "sha1 B":
        half = "B"
    return lambda key: in_half(salt, key, half)


def counts(kind: str, path: Path, keep, per_case: bool = False) -> tuple[int, int, int, int]:
    """(cases, tp, fp, fn) of one file's kept cases; with ``per_case`` fp counts silent cases with a finding (pay's
    scorer is per case already: its labels are per case)."""
    from ruamel.yaml import YAML

    data = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    if kind == "pay":
        import eval_pay_placeholder

        cases = [c for c in data["cases"] if keep(c.get("class", "") + c["text"])]
        c, _ = eval_pay_placeholder.score(cases)
        return len(cases), c["tp"], c["fp"], c["fn"]
    cases = [c for c in data if keep(c["id"])]
    if kind == "vague":
        import eval_vague

        s = eval_vague.evaluate([dict(c, split="heldout") for c in cases]).get(
            "heldout", {"tp": 0, "fp": 0, "fn": 0, "alarms": []})
        fp = len({case["id"] for case, _d in s["alarms"] if case["expect"] != "fire"}) if per_case else s["fp"]
        return len(cases), s["tp"], fp, s["fn"]
    import eval_inclusive

    stats = eval_inclusive.score_cases(cases)
    s = stats["all"]
    if per_case:  # "all" sums the counts only: the failing cases stay with their categories
        silent = {c["id"] for c in cases if c["expect"] != "fire"}
        alarmed = {cid for name, r in stats.items() if name != "all" for cid, _t, _h in r["false_alarms"]}
        return len(cases), s["tp"], len(alarmed & silent), s["fn"]
    return len(cases), s["tp"], s["fp"], s["fn"]


#: The groups writers are briefed to open a fire case's note with (vague: the five categories; bias: the kind).
BRIEFED_GROUPS = frozenset({"cliche", "pay", "open-facts", "requirements", "promises", "frame", "explicit", "direct", "hint"})


def group_of(case: dict, kind: str) -> str:
    """A fire case's group, as the writers' briefs ask them to open the note (session 44 on: "requirements
    [beyond]: ...", "frame: ..."): the note's first word, after the category for bias; "beyond" when the note
    marks a phrasing beyond the usual clichés. Only the briefed group names are printed; any other first word
    (older files' notes are free text) counts as "other"."""
    note = str(case.get("note") or "")
    first = note.split(":", 1)[0].split()[0].lower() if note.split() else ""
    first = first if first in BRIEFED_GROUPS else "other"  # a free note's word would tell what a case is about
    group = f"{case.get('category', '-')}/{first}" if kind == "bias" else first
    return group + (" beyond" if "[beyond]" in note else "")


def recall_by_group(kind: str, path: Path, keep) -> dict[str, tuple[int, int]]:
    """{group: (found, fire cases)} of one file's kept cases. Counts only: no case, text or span is returned."""
    from ruamel.yaml import YAML

    cases = [c for c in YAML(typ="safe").load(path.read_text(encoding="utf-8")) if keep(c["id"])]
    if kind == "vague":
        import eval_vague

        s = eval_vague.evaluate([dict(c, split="heldout") for c in cases]).get("heldout", {"misses": []})
        missed = {c["id"] for c in s["misses"]}
    else:
        import eval_inclusive

        stats = eval_inclusive.score_cases(cases)
        missed = {m[0] for name, r in stats.items() if name != "all" for m in r["misses"]}
    tally: dict[str, tuple[int, int]] = {}
    for case in cases:
        if case["expect"] == "fire":
            found, total = tally.get(group_of(case, kind), (0, 0))
            tally[group_of(case, kind)] = (found + (case["id"] not in missed), total + 1)
    return tally


def alarms_by_code() -> dict[tuple[str, str], int]:
    """Vague false alarms over every unread set, counted by (rule code, where): on a silent case, beside the labelled
    span of a fire case that was found anyway (often a second vague phrase the writer did not mark), or on a fire case
    whose span was missed. Counts only: no case, text or span is returned."""
    from collections import Counter

    from ruamel.yaml import YAML
    import eval_vague

    tally: Counter = Counter()
    for _name, path, salt, half in unread_sets("vague"):
        keep = keeper(salt, half)
        data = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
        scores = eval_vague.evaluate([dict(c, split="heldout") for c in data if keep(c["id"])]).get("heldout")
        if not scores:
            continue
        missed = {id(c) for c in scores["misses"]}
        for case, d in scores["alarms"]:
            where = "silent" if case["expect"] != "fire" else ("fire, missed" if id(case) in missed else "fire, found")
            tally[(d.code, where)] += 1
    return dict(tally)


def bias_alarms_by_code() -> dict[tuple[str, str], int]:
    """Bias false alarms over every unread set, counted by (rule code, where) as ``alarms_by_code`` counts the vague
    ones: on a silent case, or beside the span of a fire case. Counts only."""
    from collections import Counter

    from ruamel.yaml import YAML
    import eval_inclusive

    tally: Counter = Counter()
    for _name, path, salt, half in unread_sets("bias"):
        keep = keeper(salt, half)
        cases = [c for c in YAML(typ="safe").load(path.read_text(encoding="utf-8")) if keep(c["id"])]
        expect = {c["id"]: c["expect"] for c in cases}
        for name, stats in eval_inclusive.score_cases(cases).items():
            if name == "all":
                continue
            for case_id, _text, hits in stats["false_alarms"]:
                for hit in hits:
                    tally[(hit.split()[0], "silent" if expect[case_id] != "fire" else "fire")] += 1
    return dict(tally)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kind", choices=KINDS, action="append", help="score only this kind (repeatable)")
    ap.add_argument("--by-code", action="store_true", help="vague and bias false alarms per rule code and case kind (counts only)")
    ap.add_argument("--per-case", action="store_true",
                    help="beside each line, precision with false alarms counted per silent case (module docstring)")
    ap.add_argument("--by-group", action="store_true",
                    help="recall per group of fire cases, for each writer file of the kinds asked (vague, bias, "
                         "gender_coded; counts only)")
    args = ap.parse_args(argv)
    if args.by_group:
        for kind in [k for k in (args.kind or KINDS) if k != "pay"]:
            for name, path, salt, half in unread_sets(kind):
                tally = recall_by_group(kind, path, keeper(salt, half)) if name.startswith("writer") else {}
                named = sum(t for g, (_f, t) in tally.items() if not g.removesuffix(" beyond").endswith("other"))
                if not tally or named * 2 < sum(t for _f, t in tally.values()):
                    continue  # a file written before the briefs named groups
                print(f"{kind} {name}")
                for group, (found, total) in sorted(tally.items()):
                    print(f"  {group:32} {found:3d}/{total:3d}")
        return 0
    if args.by_code:
        for kind, count in (("vague", alarms_by_code), ("bias", bias_alarms_by_code)):
            if args.kind and kind not in args.kind:
                continue
            tally = count()
            print(f"{kind} false alarms by code: {sum(tally.values())}")
            for (code, where), n in sorted(tally.items(), key=lambda kv: (-kv[1], kv[0])):
                print(f"  {code:6} {where:13} {n:3d}")
        return 0
    ratio = lambda a, b: a / b if b else 1.0  # noqa: E731
    for kind in args.kind or KINDS:
        total = [0, 0, 0, 0]
        case_fp = 0
        print(kind)

        def line(name, n, tp, fp, fn, silent_fp):
            tail = f"  per case P {ratio(tp, tp + silent_fp):.3f} (fp {silent_fp})" if silent_fp is not None else ""
            print(f"  {name:10} n={n:3d}  P {ratio(tp, tp + fp):.3f}  R {ratio(tp, tp + fn):.3f}  ({tp}/{fp}/{fn}){tail}",
                  flush=True)

        for name, path, salt, half in unread_sets(kind):
            row = counts(kind, path, keeper(salt, half))
            total = [a + b for a, b in zip(total, row)]
            silent_fp = counts(kind, path, keeper(salt, half), per_case=True)[2] if args.per_case and kind != "pay" else None
            case_fp += silent_fp or 0
            line(name, *row, silent_fp)
        line("pooled", *total, case_fp if args.per_case and kind != "pay" else None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
