#!/usr/bin/env python
"""Precision and recall of the inclusive-language (bias.*) rules on the labelled set.

    .venv/bin/python scripts/eval_inclusive.py            # table per category
    .venv/bin/python scripts/eval_inclusive.py -v         # also list every miss and false alarm
    .venv/bin/python scripts/eval_inclusive.py --corpus /work/shared/corpus/dev   # what fires there
    .venv/bin/python scripts/eval_inclusive.py --cases             # tests/data/bias_cases*.yaml, dev split
    .venv/bin/python scripts/eval_inclusive.py --cases --split heldout -v

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

Case set (issue 13, --cases): tests/data/bias_cases.yaml, 470 cases over age, disability, origin,
religion, family, appearance and record written from the enforcement guidance before the frame
rules (type: frame) existed. Dev split before/after the frame rules, all categories, precision/recall:
0.95/0.39 -> 0.99/0.995. Held-out split, scored once at the end: 0.956/0.946 (age 1.00/0.86,
appearance 0.93/1.00, disability 0.93/1.00, family 0.92/0.92, origin 0.92/0.92, record 1.00/0.92,
religion 1.00/1.00).

Second frame set (bias3): tests/data/bias_cases_frames2.yaml, 200 cases over all nine categories
(66 heldout), written before reading the term classes; score one file with --case-file. Dev split
before/after the bias3 changes (frame coverage, wording classes, widening, beneficiary guard, sense
filters), all categories: P 0.922 R 0.797 -> P 1.000 R 1.000.

Independent set (bias4): tests/data/bias_cases_indep.yaml, the 80-case development half of 150 cases
written by someone who never saw the word lists (the other half stays blind). Before/after the bias4
class fixes (a denied search for people, a bad fit, the characteristic as subject of the screen,
prison time and trouble with the police in other words, an age relative to the team, the law as
agent of a lawful basis, titles inside names): P 0.929 R 0.867 -> P 0.978 R 1.000. The one false
alarm left is the scoring's letter: gc-b007 labels one of three coded words. bias4 added 47 dev
cases, one fire and one near miss per class, to bias_cases_frames2.yaml.

Issue 14 (recall by mechanism, helper bias4): blind set 3 (60 cases) is now development data,
tests/data/bias_cases_indep3.yaml: P 0.914 R 0.821 -> P 0.975 R 1.000 (the one alarm left, b3-050, is
a right finding outside the labelled span). bias4's own held-out cases, written before building,
tests/data/bias_cases_heldout4.yaml (60, six classes), scored once at the end: P 0.722 R 0.371 ->
P 0.943 R 0.943. The pre-existing cases (--split all, every file before issue 14): P 0.984 R 0.986,
unchanged. 75 dev class cases (f2-b5-) in bias_cases_frames2.yaml.

Issue 14, by matrix (helper bias6): blind set 4 (90 cases) is now development data,
tests/data/bias_cases_indep4.yaml: P 0.891 R 0.817 -> P 0.937 R 0.983 (the alarms left are right findings
outside the labelled span, and 'fearless', not on the Gaucher list). bias6's own held-out cases, written
before building, tests/data/bias_cases_heldout5.yaml (90, every category in four or more frames), scored
once at the end: P 0.907 R 0.709 -> P 0.922 R 0.855. The pre-existing cases (--split all, every file before
bias6): P 0.983 R 0.985 before and after. tests/test_frame_matrix.py composes every class with every frame
and near-miss kind (tests/data/frame_matrix.yaml).

Issue 14, open trait classes (helper bias10): frame-rule terms may name a word class, {class:NAME}, of
jdlint/data/trait_classes.yaml (demonyms, faiths, health conditions, family roles, body words), generated offline by
scripts/gen_trait_classes.py from the Brown clusters and morphology and pruned by hand; shared frames read by their
grammar (an advantage, a choice of one group over another, not belonging, fitting in, yes/no fields). bias10's own
held-out cases, written before building, tests/data/bias_heldout10.yaml (90; score with --case-file), scored before
(figures only) and once at the end: P 0.854 R 0.759 -> P 0.843 R 0.796 (four of the eight alarms are right coded words
outside the one labelled; one is new, 'patience with little ones is a must'). --split all, bias9's held-out file,
blind8A and blind9A: unchanged.

Issue 14, classes by mechanism (helper bias11): a worker-plural class (agentive plurals of the Brown people subtree)
after a demonym, hiring told as an act, surnames skipped by every frame, form fields with any option list, pregnancy
and life stage in plain words, group nouns before an age; then, from the session-28 training writers (train11 A, B,
D, E, 200 cases each, read as development data), exclusions in more verbs, the record, disability, religion, origin and
appearance wording in plain words, and four false-alarm classes. bias11's own held-out cases, written before building,
tests/data/bias_heldout11.yaml (78; score with --case-file), scored at the start (figures only) and once at the end:
P 0.633 R 0.514 -> P 0.750 R 0.811 (most alarms left are right findings on a second field of a form line). Writers
(TP/FN/FP) base -> end: A 86/26/14 -> 97/15/15, B 82/30/16 -> 92/20/15, D 69/43/15 -> 93/19/18, E 85/27/11 ->
97/15/9. bias10's held-out file: P 0.843 R 0.796 -> P 0.870 R 0.870. --split all: 908/17/26 -> 910/15/25.
blind8A and blind9A unchanged.

Session 29, bias recall and the model's real-ad precision (helper bias12): the honest measure is leave-one-writer-out
(``scripts/train_bias_model.py --lowo``: the model trained without writer X, X's cases scored with every bias rule; the
rules themselves were built reading writers A-E, so their part is not held out except for F and G). Writers F and G
(train11, 100 cases each), scored before reading them with the session-28 rules and model: F 51/5/4, G 51/5/1
(TP/FN/FP); then training data. Mechanisms: an origin frame for the worker hired as an act's object ("hiring Pakistani
tailors", "site needs Egyptian masons", "agency placing Filipino housemaids") and any agentive plural as the open worker
class after a demonym; a full name after "report to" as a pronoun's antecedent; conditional unsuitability ("not ideal
if you're ..."); a date mask Markdown reads as bold; a title tagged with one sex ("Sales Manager (m)") and the sexes in
brackets on a form line; a route as a driving duty; for the model, figures read by shape, "only" before a figure no
applicant cue, and a denied requirement not read. LOWO pooled over A, B, D, E, F, G at the default 2.0, TP/FN/FP:
507/53/26 (P 0.951 R 0.905) -> 512/48/25 (P 0.953 R 0.914). bias12's own held-out cases, written before building,
tests/data/bias_heldout12.yaml (62), scored at the start (figures only) and once at the end: P 0.900 R 0.844 -> P
0.938 R 0.938 (its writer also wrote the mechanisms: some origin cases are of the class the brief named). --split all
913/12/20 unchanged; bias_heldout11 P 0.750 R 0.811 -> P 0.818 R 0.973; bias_heldout10, blind8A, blind9A unchanged.

Session 30, bias recall and gender-coded precision (helper bias13): demonyms derived from the ISO 3166 country names
(gen_trait_classes.py: Moldovan, Montenegrin, Kyrgyz, Tajik ...), the phrasal verbs of hiring, a fit denied with "one"
or an evaluative adjective, an elliptical question on the form ("Any prior convictions?"), a softened or hedged
unsuitability, "we look for", a reputation put on a group, medicines by kind; gender-coded words said of the people
served (relative clauses, more plural nouns), of the market, and an -ing adjective of a thing. Writers K and L (100
bias cases each) scored before reading: at 13132c6 K 54/2/4, L 49/7/0; at this branch K 54/2/4, L 50/6/0 (TP/FN/FP);
then training data. LOWO at the default 2.0, writers A, B, D, E, F, G pooled: 512/48/25 (P 0.953 R 0.914) -> 514/46/25
(P 0.954 R 0.918); with K and L: 621/51/28 (P 0.957 R 0.924). bias13's own held-out cases, written before building,
tests/data/bias_heldout13.yaml (70), scored at the start (figures only) and once at the end: P 0.889 R 0.800 -> P 0.897
R 0.875 (the four gender-coded false alarms stayed). Writer I's gender-coded odd half (unread): P 0.618 -> 0.636, R
0.618. --split all 910/15/20, bias_heldout10/11/12, blind8A and blind9A unchanged.

Session 31, wrong bias findings on strangers' ads and writer N (helper bias14): by class, a sex field that names no one
sex or both as a job-details field, a widening "will be considered", a figure past a thousands comma, "staff" naming the
staff's meal, a clean record told by a driving licence (the five wrong bias findings of judged_strangers.yaml gone); the
ministerial exception (a faith required of a pastor or priest named as the hire: info); anyone other than the hire named
by a gendered noun (the people served, a colleague, the owner of the diary kept: skip context `others`); the
applicant's own clergy no sign of a religious employer; family status by its absence, the spouse's say asked, plans to
marry with their time; graduation batches and pass-out years; form labels with a bracketed field note; "not compatible
with our image"; accommodation told as a phrase; a constitution as a legal basis. Writer N (100 bias cases) scored by
the lead before anyone read it: P .907 R .875 (49/7/5); at this branch 53/3/2 (built from, so overstated). Nine
training writers pooled (A B D E F G K L N): 696/32/33 -> 706/22/25. bias14's held-out cases,
tests/data/bias_heldout14.yaml: part 1 (30, written before building, but used as probe sentences while building) P
0.500 R 0.818 -> P 0.818 R 0.818; part 2 (18, written before building for writer N's classes, partly probed) P 0.600 R
0.667 -> P 0.818 R 1.000; part 3 (17, written after building and never probed: the honest one) P 0.400 R 0.444 -> P
0.875 R 0.778. --split all 910/15/20, bias_heldout10-13, blind8A and blind9A unchanged.

Session 32, discriminatory wording by frame (helper bias15): the three wrong bias findings on writer P's ads fixed by
class (what staff of one sex are given, a newcomers' welcome, "state" the adjective); D411 smoking-in-a-frame; a photo
sent with the CV in a notice's shorthand; fitness judged by a doctor; "mature"/"older" beside other adjectives; writer Q
(scored before reading: 53/3/5 default, 50/6/5 rules alone, the same at the base) and the training writers' misses by
class (colloquial demonyms, graduation year asked, medicines asked, a team's trait kept or fitted into, a denied record
requirement, an authority as a law's agent). Ten writers, rules alone: 710/74/30 -> 733/51/24 (built from them).
bias15's own held-out cases, tests/data/bias_heldout15.yaml (64, written before building, never probed), scored at the
base and once at the end: P 0.677 R 0.677 -> P 0.800 R 0.903. --split all 914/11/20, bias_heldout8-14 unchanged,
blind9A FP 3 -> 2, blind8A unchanged.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(ROOT / "scripts"))  # scripts/checked.py, also when loaded by file path
from checked import all_checked, checked  # noqa: E402

LABELLED = ROOT / "tests" / "data" / "inclusive_labelled.yaml"
#: Case files (one item per case: id, category, split, expect, span, text, note), one per author.
CASES = sorted((ROOT / "tests" / "data").glob("bias_cases*.yaml"))
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
            report = checked(jdlint.lint_text("# Job\n\n" + text + "\n", path="labelled.md", config=config))
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
        report = checked(jdlint.lint_text(path.read_text(encoding="utf-8"), path=str(path), config=config))
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


def load_cases(paths=None, split: str | None = "dev") -> list[dict]:
    """Every case of ``tests/data/bias_cases*.yaml`` (or ``paths``) in ``split`` (None: all)."""
    from ruamel.yaml import YAML

    cases = []
    for path in paths or CASES:
        data = YAML(typ="safe").load(Path(path).read_text(encoding="utf-8")) or ()
        if isinstance(data, dict):  # {schema: 1, cases: [...]}
            data = data.get("cases") or ()
        for item in data:
            if split is None or item.get("split", "dev") == split:
                cases.append(item)
    return cases


def _counted(d, category: str) -> bool:
    """A finding the case scoring counts: a bias warning or error; gender-coded words count at
    any severity, but only on gender-coded cases (elsewhere their info notes are not claims)."""
    from jdlint.diagnostics import Severity

    if not d.category.startswith("bias."):
        return False
    if d.category == CODED and category == "gender-coded":
        return True
    return d.severity >= Severity.warning


def _overlaps(d, lo: int, hi: int) -> bool:
    """The finding's range, or one of its related ranges (D203 relates every coded word), overlaps
    ``[lo, hi)``. Related ranges are source offsets; a case is one Markdown paragraph after a heading,
    so source and prose offsets agree."""
    return (d.start < hi and lo < d.end) or any(s < hi and lo < e for s, e, _m in getattr(d, "related", ()))


def score_cases(cases: list[dict], config=None) -> dict:
    """Per category and "all": TP, FN, FP, precision, recall and the failing cases.

    A fire case is a TP when a counted finding of ``bias.<category>`` overlaps its ``span``, else
    an FN. Every counted finding that does not overlap the span of a fire case, and every counted
    finding on a silent case, is an FP for the finding's own category (once per case).
    Each case is linted alone, as a one-paragraph Markdown posting, with every bias rule on (or ``config``).
    """
    import jdlint
    from jdlint.config import Config

    config = config or Config(select=("D",))
    head = "# Job\n\n"
    texts = [(head + c["text"] + "\n", f"{c['id']}.md") for c in cases]
    stats: dict = {}

    def cat(name):
        return stats.setdefault(name, {"tp": 0, "fn": 0, "fp": 0, "misses": [], "false_alarms": []})

    for case, report in zip(cases, all_checked(jdlint.lint_texts(texts, config=config))):
        category = case["category"]
        found = [d for d in report.diagnostics if _counted(d, category)]
        cat(category)
        lo = hi = -1
        if case["expect"] == "fire":
            lo = len(head) + case["text"].index(case["span"])
            hi = lo + len(case["span"])
            if any(d.category == "bias." + category and _overlaps(d, lo, hi) for d in found):
                cat(category)["tp"] += 1
            else:
                cat(category)["fn"] += 1
                cat(category)["misses"].append((case["id"], case["text"],
                                                [f"{d.code} {d.severity} {d.match!r}" for d in report.diagnostics
                                                 if d.category.startswith("bias.")]))
        wrong: dict = {}
        for d in found:
            if not _overlaps(d, lo, hi):
                wrong.setdefault(d.category.removeprefix("bias."), []).append(f"{d.code} {d.severity} {d.match!r}")
        for name, hits in wrong.items():
            cat(name)["fp"] += 1
            cat(name)["false_alarms"].append((case["id"], case["text"], hits))
    total = {"tp": 0, "fn": 0, "fp": 0, "misses": [], "false_alarms": []}
    for r in stats.values():
        for k in ("tp", "fn", "fp"):
            total[k] += r[k]
    stats["all"] = total
    for r in stats.values():
        r["precision"] = r["tp"] / (r["tp"] + r["fp"]) if r["tp"] + r["fp"] else 1.0
        r["recall"] = r["tp"] / (r["tp"] + r["fn"]) if r["tp"] + r["fn"] else 1.0
    return stats


def print_cases(stats: dict, verbose: bool) -> None:
    print(f"{'category':14} {'TP':>4} {'FN':>4} {'FP':>4} {'precision':>10} {'recall':>7}")
    for name in sorted(stats, key=lambda n: (n == "all", n)):
        r = stats[name]
        print(f"{name:14} {r['tp']:4d} {r['fn']:4d} {r['fp']:4d} {r['precision']:10.3f} {r['recall']:7.3f}")
        if verbose:
            for cid, text, hits in r["misses"]:
                print(f"    MISS   {cid}: {text}  <- {', '.join(hits) or 'nothing'}")
            for cid, text, hits in r["false_alarms"]:
                print(f"    FALSE  {cid}: {text}  <- {', '.join(hits)}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and false alarms")
    ap.add_argument("--data", metavar="YAML", default=str(LABELLED),
                    help="labelled set (default tests/data/inclusive_labelled.yaml; also inclusive_heldout.yaml)")
    ap.add_argument("--corpus", metavar="DIR", help="list what the bias rules report on a folder of .md postings")
    ap.add_argument("--cases", action="store_true", help="score tests/data/bias_cases*.yaml instead")
    ap.add_argument("--split", default="dev", help="with --cases: dev, heldout or all (default dev)")
    ap.add_argument("--case-file", metavar="YAML", action="append",
                    help="with --cases: score only this case file (repeatable; default every bias_cases*.yaml)")
    args = ap.parse_args(argv)
    if args.cases:
        split = None if args.split == "all" else args.split
        print_cases(score_cases(load_cases(args.case_file, split=split)), args.verbose)
        return 0
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
