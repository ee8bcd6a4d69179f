#!/usr/bin/env python3
"""Train the bias-selection model (rules D119, D319, ... D919: a sentence that selects applicants by a
protected characteristic in words no named bias rule knows): one logistic regression per category
(one-vs-rest) over a sentence's words, word pairs and the words' Brown clusters, the features and trainer
V119 uses (jdlint/sentence_model.py, scripts/linear_training.py), written to jdlint/data/bias_model.json.
Offline, deterministic.

    .venv/bin/python scripts/train_bias_model.py [--cv] [--ad-cv FINDINGS.yaml]
    .venv/bin/python scripts/train_bias_model.py --lowo [--threshold 2.0 --threshold 1.0] [-v]

Why a model: discrimination in strangers' ads is ordinary words in a selection frame ("members of our
congregation preferred", "would not suit someone with a young family"); lists and frames catch the words
their authors imagined. A model over words and their classes learns the frame and the trait classes together.

Training data (never an independent set's unread half, never blind10, never tests/data/bias_heldout10.yaml,
which measures it):
- the bias case files tests/data/bias_cases*.yaml and heldout9_bias_cases.yaml, half A of blind8 and blind9,
  and the training writers' files tests/data/train/*bias*.yaml: the sentence holding a fire case's span is a
  positive of its category (gender-coded fire cases are negatives: D201-D203 count those words); every
  sentence of a silent case is a negative of every category;
- real-ad negatives: every sentence of the dev corpus that no bias finding (other than a gender-coded word
  or this model's) overlaps, at REAL_AD_WEIGHT (chosen by the real-ad cross-validation, --ad-cv);
- strangers' ad negatives (session 31): the same of the independent writers' synthetic ads (scripts/eval_ad_writers.py's
  AD_SETS: writers C, M, P), without the sentences a verdict calls a right bias-model finding, at STRANGER_AD_WEIGHT
  (--exclude-ads P leaves a writer's ads out). On those ads, each writer held out in turn, the model's findings at
  2.0 went 3 wrong -> none; leave-one-writer-out TP 621 -> 620 of 672 at 2.0.

--cv: 5-fold cross-validation on the cases (inflated: many case files share frames and words).
--ad-cv: 4 folds of the dev ads; for each, the model is trained without that fold's sentences and the
fold's ads are linted with it (--select ALL, the rules' own contexts and stand-aside); every finding is
written to the YAML for judging by reading the ad (tests/data/bias_model_cv_judged.yaml keeps the verdicts).
--lowo: leave one writer out, the honest measure on strangers' wording: for each training writer X
(tests/data/train/writerX_bias.yaml) the model is trained without X's cases and X's cases are scored with every bias
rule on (eval_inclusive.score_cases), beside the rules alone; per writer and pooled. Session 29, A B D E F G pooled at
2.0: TP 512 FN 48 FP 25 (rules alone 498/62/25); at 1.0 512/48/26, at 0.0 517/43/26; the default stays 2.0, where the
real-ad cross-validation reports nothing (above 1.0 one wrong finding).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from linear_training import (case_folds, cluster_table, digest, pruned, real_ad_sentences,  # noqa: E402
                             train_heads, write)

OUT = ROOT / "jdlint" / "data" / "bias_model.json"
REAL_AD_WEIGHT = 1.0
#: The weight of a sentence of an independent writer's synthetic ads (scripts/eval_ad_writers.py) as a negative.
STRANGER_AD_WEIGHT = 1.0
#: A positive sentence's weight: eight heads share ~950 positives against ~12,000 negatives.
POSITIVE_WEIGHT = 1.0
#: The smallest weight the bias model keeps (V119's trainer keeps 0.1, linear_training.MIN_WEIGHT). Session 46: writers
#: TA and TB's 480 frame cases grew the json 10.7% at 0.1; the model's memory is bounded (+10% at most), and the weights
#: between 0.1 and this move no finding the cross-validations read (frame46's commit gives the figures). Session 49:
#: 0.12 -> 0.14, with sixteen released writer files and writer TE (json 1,176,797 -> 1,355,881 bytes at 0.12, +15%;
#: 1,261,120 at 0.14, +7.2%); over what stays unread the model finds 484 at 0.14 against 483 at 0.12, fp alike.
MIN_WEIGHT = 0.14
#: The dev corpus beside the checkout (/work/main -> /work/shared), or beside the folder of worktrees (/work/wt/NAME):
#: session 46 found a worktree's trainer reading no dev ad at all (ROOT.parent / "shared" missing), so its model had
#: no real-ad negatives and --ad-cv divided by zero; main() now refuses a corpus folder with no ads.
CORPUS = next((p for p in (ROOT.parent / "shared" / "corpus" / "dev", ROOT.parent.parent / "shared" / "corpus" / "dev")
               if p.is_dir()), ROOT.parent / "shared" / "corpus" / "dev")
#: Case files the model does not train on. Training writers TI and TJ (session 50: 240 bias cases each, TI's fire
#: cases frames and hints in ordinary words, TJ's two thirds hard near-misses) are kept out as measured: retrained with
#: them (and the bias files of writers AW and AY, then still unread), the unread sets that stayed (blind8-11 halves, BA,
#: BD, BF; eval_unread.py --kind bias --per-case) went 439/53/75 (per-case fp 35) -> 441/52/73 (fp 34); with TJ alone
#: 440/52/74 (fp 34); the threshold (1.5 to 2.5) moved nothing; and the suite's near-misses fired ("Our tutors help
#: students under 25 ...", "Till staff who speak Chinese preferred.", "It's not a problem if you have children ...")
#: with the held-out batch under its floor. What the model misses is what its gates and the named rules leave: hints
#: (15 of 48 found in BA, BD and BF; frames 123 of 144) and sentences that name no applicant. The files stay as
#: training data for the day the model reads what it is now gated from; AW and AY stay unread.
KEPT_OUT = ("bias_heldout10.yaml", "writerTI_bias.yaml", "writerTJ_bias.yaml")
AD_FOLDS = 4


def writer_of(path: Path) -> str | None:
    """The training writer who wrote a case file (``tests/data/train/writerA_bias.yaml``: "A"), or None."""
    name = path.name
    return name[len("writer"):name.index("_")] if path.parent.name == "train" and name.startswith("writer") else None


def load_cases() -> list[dict]:
    """Every training case; a training writer's cases carry ``_writer`` (their letter) for ``--lowo``."""
    from ruamel.yaml import YAML

    from eval_independent import in_half

    yaml, data = YAML(typ="safe"), ROOT / "tests" / "data"
    files = sorted(data.glob("bias_cases*.yaml")) + [data / "heldout9_bias_cases.yaml"] \
        + sorted((data / "train").glob("*bias*.yaml"))
    cases = []
    for path in files:
        if path.name in KEPT_OUT:
            continue
        loaded = yaml.load(path.read_text(encoding="utf-8")) or ()
        writer = writer_of(path)
        cases += [dict(c, _writer=writer) if writer else c
                  for c in (loaded.get("cases", ()) if isinstance(loaded, dict) else loaded)]
    for set_name in ("blind8", "blind9"):
        cases += [c for c in yaml.load((data / "independent" / f"{set_name}_bias.yaml").read_text())
                  if in_half(set_name + ":", c["id"], "A")]
    return cases


def case_sentences(case: dict) -> list[tuple[str, str | None]]:
    """The case's training sentences: (sentence, its category or None) (``linear_training.case_sentences``)."""
    from jdlint.checks.bias_selection import CATEGORIES
    from linear_training import case_sentences as labelled

    return labelled(case, case["category"] if case["category"] in CATEGORIES else None)


def flagged_by_bias(d) -> bool:
    from jdlint.checks.bias_selection import CODES

    return d.category.startswith("bias.") and d.category != "bias.gender-coded" and d.code not in CODES


def ignored() -> tuple[frozenset[str], bool | str]:
    """The words (and whether numbers) the model reads: ``ignored`` in jdlint/data/bias_model_rules.yaml."""
    from jdlint.checks.bias_selection import TABLE

    spec = TABLE["ignored"]
    return frozenset(spec["words"]), spec["numbers"] if spec["numbers"] == "shape" else bool(spec["numbers"])


def featurise(text: str, clusters: dict) -> set[str]:
    """The features of ``text`` as the rules read it (``bias_selection.read_as``: words in another sense blanked)."""
    from jdlint.checks.bias_selection import read_as
    from jdlint.sentence_model import features

    words, numbers = ignored()
    return features(read_as(text), clusters.get, words, numbers)


def rows_of(cases, clusters, positive_weight: float = 1.0):
    return [[(featurise(s, clusters), label, positive_weight if label else 1.0) for s, label in case_sentences(c)]
            for c in cases]


def fit(case_rows, ad_rows, clusters, probs):
    from jdlint.checks.bias_selection import CATEGORIES
    from jdlint.sentence_model import STOP_WORDS

    trained = train_heads([r for rows in case_rows for r in rows] + ad_rows, CATEGORIES)
    heads = {h: {"bias": round(b, 4), "weights": {f: v for f, v in pruned(w).items() if abs(v) >= MIN_WEIGHT}}
             for h, (w, b) in trained.items()}
    table = cluster_table([h["weights"] for h in heads.values()], clusters, probs, STOP_WORDS)
    words, numbers = ignored()
    return {"ignored": {"words": sorted(words), "numbers": numbers}, "clusters": dict(sorted(table.items())), "heads": heads}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("-v", "--verbose", action="store_true", help="--lowo: list each writer's misses and false alarms")
    ap.add_argument("--cv", action="store_true", help="also print 5-fold cross-validation on the cases")
    ap.add_argument("--ad-cv", type=Path, help="write the 4-fold real-ad findings to this YAML (no model written)")
    ap.add_argument("--lowo", action="store_true",
                    help="leave one writer out: per training writer, the rules with a model trained without them, "
                         "scored on their cases (no model written)")
    ap.add_argument("--threshold", type=float, action="append",
                    help="--lowo: score at this threshold too (repeatable; default the rules' own)")
    ap.add_argument("--floor", type=float, default=0.0, help="--ad-cv: list findings scoring above this")
    ap.add_argument("--positive-weight", type=float, default=POSITIVE_WEIGHT)
    ap.add_argument("--real-ad-weight", type=float, default=REAL_AD_WEIGHT)
    ap.add_argument("--writers", default="",
                    help="--lowo: only these training writers, comma-separated (e.g. TA,TB,TD): each is a full training run")
    ap.add_argument("--drop-writers", default="",
                    help="leave these training writers' cases out altogether, comma-separated (a before/after figure for a "
                         "writer just added)")
    ap.add_argument("--exclude-ads", default="", help="strangers' ad sets (scripts/eval_ad_writers.py) not trained on, e.g. P")
    args = ap.parse_args(argv)
    from lookup_tables import english_table

    from jdlint.checks.bias_selection import CATEGORIES, CODES
    from jdlint.sentence_model import HeadedModel

    clusters, probs = english_table("lexeme_cluster"), english_table("lexeme_prob")
    cases = load_cases()
    dropped = {w.strip() for w in args.drop_writers.split(",") if w.strip()}
    if dropped:
        if not (args.lowo or args.ad_cv or args.cv):
            ap.error("--drop-writers measures (--lowo, --ad-cv, --cv); the shipped model is trained on every writer")
        cases = [c for c in cases if c.get("_writer") not in dropped]
    case_rows = rows_of(cases, clusters, args.positive_weight)
    ads = sorted(args.corpus.glob("*.md"))
    if not ads:
        ap.error(f"no dev ads in {args.corpus} (--corpus): the model's real-ad negatives come from them")
    negatives = real_ad_sentences(args.corpus, CODES, flagged_by_bias)
    ad_rows = [(featurise(s, clusters), None, args.real_ad_weight) for _, s in negatives]
    from eval_ad_writers import AD_SETS, stranger_ad_negatives

    strangers = [s for _, s in stranger_ad_negatives([w for w in AD_SETS if w not in args.exclude_ads], "bias")]
    args.stranger_rows = [(featurise(s, clusters), None, STRANGER_AD_WEIGHT) for s in strangers]
    ad_rows += args.stranger_rows
    print(f"{len(cases)} cases ({sum(1 for r in case_rows for x in r if x[1])} positive sentences), "
          f"{len(ad_rows)} real-ad sentences")
    if args.cv:
        best: dict[int, tuple[str, float]] = {}
        for kept_ids, held in case_folds(len(case_rows)):
            model = HeadedModel(fit([case_rows[i] for i in kept_ids], ad_rows, clusters, probs))
            for i in held:
                scored = [max(model.scores(s).items(), key=lambda kv: kv[1]) for s, _ in case_sentences(cases[i])]
                best[i] = max(scored, key=lambda kv: kv[1]) if scored else ("", -99.0)
        for th in (-1.0, 0.0, 1.0, 2.0, 3.0):
            tp = fp = fn = 0
            for i, (head, value) in best.items():
                want = cases[i]["category"] if cases[i]["expect"] == "fire" and cases[i]["category"] in CATEGORIES else None
                hit = value > th
                tp += hit and head == want
                fp += hit and head != want
                fn += want is not None and not (hit and head == want)
            print(f"cases cross-validation at {th}: precision {tp / max(1, tp + fp):.3f} recall {tp / max(1, tp + fn):.3f}"
                  f" (tp {tp} fp {fp} fn {fn})")
    if args.lowo:
        return leave_one_writer_out(args, cases, case_rows, ad_rows, clusters, probs)
    if args.ad_cv:
        return ad_cross_validation(args, ads, case_rows, negatives, clusters, probs)
    raw = fit(case_rows, ad_rows, clusters, probs)
    write(OUT, {"about": "the bias-selection rules' model, written by scripts/train_bias_model.py (do not edit by hand)",
                "training_data": digest([c["text"] for c in cases] + strangers + [s for _, s in negatives]),
                "real_ad_weight": args.real_ad_weight, **raw})
    n = sum(len(h["weights"]) for h in raw["heads"].values())
    print(f"{OUT.relative_to(ROOT)}: {n} weights, {len(raw['clusters'])} cluster words, {OUT.stat().st_size // 1024} kB")
    return 0


def leave_one_writer_out(args, cases, case_rows, ad_rows, clusters, probs) -> int:
    """The honest measure of the rules and the model together on strangers' wording: for each training writer X,
    the model is trained without X's cases and X's cases are scored (``eval_inclusive.score_cases``: every bias
    rule on, the model's rules at ``--threshold`` or their own). Printed per writer and pooled, with the rules
    alone (the model's rules off) beside."""
    import jdlint.checks.bias_selection as rule_module
    from eval_inclusive import score_cases
    from jdlint.checks.bias_selection import CODES
    from jdlint.config import Config
    from jdlint.sentence_model import HeadedModel

    writers = sorted({c["_writer"] for c in cases if c.get("_writer")})
    if args.writers:
        wanted = {w.strip() for w in args.writers.split(",") if w.strip()}
        unknown = wanted - set(writers)
        if unknown:
            raise SystemExit(f"--writers: no training writer {', '.join(sorted(unknown))} (one of {', '.join(writers)})")
        writers = [w for w in writers if w in wanted]
    thresholds = args.threshold or [None]
    shipped = rule_module.model
    pooled: dict = {}

    def add(key, stats):
        row = pooled.setdefault(key, [0, 0, 0])
        for i, k in enumerate(("tp", "fn", "fp")):
            row[i] += stats["all"][k]

    def line(label, tp, fn, fp):
        return f"{label:24} TP {tp:4d} FN {fn:4d} FP {fp:4d}  P {tp / max(1, tp + fp):.3f} R {tp / max(1, tp + fn):.3f}"

    try:
        for writer in writers:
            held = [c for c in cases if c.get("_writer") == writer]
            kept = [rows for c, rows in zip(cases, case_rows) if c.get("_writer") != writer]
            model = HeadedModel(fit(kept, ad_rows, clusters, probs))
            rule_module.model = lambda model=model: model
            alone = score_cases(held, Config(select=("D",), ignore=tuple(sorted(CODES))))
            add("rules alone", alone)
            print(line(f"writer {writer}: rules alone", *(alone["all"][k] for k in ("tp", "fn", "fp"))))
            for th in thresholds:
                options = () if th is None else tuple((code, (("threshold", th),)) for code in sorted(CODES))
                stats = score_cases(held, Config(select=("D",), rule_options=options))
                label = f"+ model at {'default' if th is None else th}"
                add(label, stats)
                print(line(f"writer {writer}: {label}", *(stats["all"][k] for k in ("tp", "fn", "fp"))))
                if args.verbose:
                    for name, r in sorted(stats.items()):
                        for cid, text, hits in r["misses"] if name != "all" else ():
                            print(f"    MISS   {cid}: {text}  <- {', '.join(hits) or 'nothing'}")
                        for cid, text, hits in r["false_alarms"] if name != "all" else ():
                            print(f"    FALSE  {cid}: {text}  <- {', '.join(hits)}")
    finally:
        rule_module.model = shipped
    for label, (tp, fn, fp) in pooled.items():
        print(line(f"pooled: {label}", tp, fn, fp))
    return 0


def ad_cross_validation(args, ads, case_rows, negatives, clusters, probs) -> int:
    """Each fold's ads linted with a model trained without their sentences; every model finding listed."""
    import jdlint
    import jdlint.checks.bias_selection as rule_module
    from jdlint.checks.bias_selection import CODES
    from jdlint.config import Config
    from jdlint.sentence_model import HeadedModel
    from ruamel.yaml import YAML

    # every finding above FLOOR is listed with its score: the findings at a threshold above it are a subset
    config = Config(select=("ALL",), rule_options=tuple((code, (("threshold", args.floor),)) for code in sorted(CODES)))
    found = []
    for k in range(AD_FOLDS):
        fold = {p.name for i, p in enumerate(ads) if i % AD_FOLDS == k}
        ad_rows = [(featurise(s, clusters), None, args.real_ad_weight) for name, s in negatives if name not in fold]
        ad_rows += args.stranger_rows
        model = HeadedModel(fit(case_rows, ad_rows, clusters, probs))
        rule_module.model = lambda model=model: model
        for path in ads:
            if path.name not in fold:
                continue
            report = jdlint.lint_text(path.read_text(encoding="utf-8"), path=str(path), config=config)
            for d in report.diagnostics:
                if d.code in CODES:
                    found.append({"ad": path.name, "fold": k, "code": d.code, "line": d.line,
                                  "score": round(model.scores(d.match)[d.category.removeprefix("bias.")], 2),
                                  "sentence": d.match, "verdict": ""})
    for th in sorted({args.floor, 0.0, 1.0, 2.0, 3.0}):
        n = sum(1 for f in found if f["score"] > th)
        print(f"real-ad cross-validation above {th}: {n} findings in {len(ads)} ads ({n / len(ads):.3f} an ad)")
    yaml = YAML()
    yaml.width = 4096
    with args.ad_cv.open("w", encoding="utf-8") as fh:
        yaml.dump(found, fh)
    return 0


if __name__ == "__main__":
    sys.exit(main())
