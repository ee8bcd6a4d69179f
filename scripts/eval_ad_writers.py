#!/usr/bin/env python3
"""Writer-wise cross-validation of the two sentence models (V119 vague-sentence, the bias-selection rules D119 ...
D919) on strangers' ADS: the measure of issue 14's "precise on real ads" half.

    .venv/bin/python scripts/eval_ad_writers.py [--model vague|bias|both] [--held C --held M] [--list] [--floor 0.0]
    .venv/bin/python scripts/eval_ad_writers.py --shipped          # the models in jdlint/data, no training

For each held-out writer X of ``AD_SETS`` (independent writers' synthetic ads: C, M and P), each model is trained
as its trainer trains it (scripts/train_vague_model.py, scripts/train_bias_model.py) but with the real-ad
negatives of the OTHER writers' ads only (``stranger_ad_negatives``), and X's ads are linted with the default
configuration and that model at a low threshold, so every finding above ``--floor`` is listed with its score. Each
finding is looked up in the verdicts (tests/data/judged_strangers.yaml, judged by reading the ads, and
tests/data/sentence_models_ad_judged.yaml for the findings other models made): precision (right or defensible over
judged) at each threshold, per held-out writer and pooled; an unjudged finding is printed to be read and judged.

Session 31 (models14), writers C, M and P each held out in turn (trained on the other two), right or defensible
over judged findings at the rules' thresholds, with leave-one-writer-out recall (scripts/eval_writers.py,
train_bias_model.py --lowo) beside:

    V119 at threshold           1.0     2.0     2.5     3.0     (LOWO vague recall, 8 writers pooled)
    (V119 with strangers' ads at weight 2 and names: not shipped, see train_vague_model.STRANGER_AD_WEIGHT)
    shipped before (dev only)   6/34    5/23    4/16    3/11    .749 at 2.0, .738 at 2.5, .722 at 3.0
    measured, NOT shipped:      4/11    4/11    4/9     4/7     .760 at 1.5, .744 at 2.0, .732 at 2.5, .722 at 3.0
    bias model at threshold     1.0     2.0     3.0     3.5     (LOWO bias recall with the rules)
    shipped before              0/4     0/3     0/2     0/2     .924 at 2.0
    now (strangers' ads)        1/3     0/0     0/0     0/0     .923 at 2.0 and 2.5, .921 at 3.0 and 3.5

Session 32 (models15), V119 at 2.0, C, M and P held out in turn (right or defensible / judged; LOWO pooled P/R at 2.0):
shipped 6/19 (.892/.768, ten writers); writer Q added alone 6/18 (.888/.769, eleven); function words capped at 0.5
4/13 with Q and single-source features held near zero (.891/.763), 7/17 without Q (.893/.767); a x30 L2 on function
words 6/17 (.894/.757); strangers' ad negatives at weight 1 on top 2/8 (.891/.761: near-misses fired); ``names`` on top
6/15. Precision on these ads stays near .3-.4 at every threshold: the scores do not rank right above wrong.

Tried and left out: the dev corpus' negatives at weight 0.6 instead of 0.3 (no fewer wrong findings on C and M);
V119 not reading the how-to-apply section (one wrong call to apply gone on writer P, but on the dev corpus it hid
closing pitches that are vague: "Join us and become part of a dynamic team where your skills are valued").

Why: the models' negatives were dev-corpus sentences only, so on the dev corpus they look precise (its ad
cross-validation) while on strangers' ads V119 was 3/14 right-or-defensible and the bias model 0/3. A writer the
model learnt no sentence from is the nearest the project has to the hidden judges' real ads.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]
DATA = ROOT / "tests" / "data"
#: writer -> folder of their synthetic ads (independent writers who never saw jdlint's code or output)
AD_SETS = {"C": DATA / "sections_synth11" / "dev", "M": DATA / "sections_synth13" / "dev", "P": DATA / "sections_synth14"}
#: the sets' names in the judged files
SET_NAMES = {"C": "writerC", "M": "writerM", "P": "writerP"}
JUDGED = (*sorted(DATA.glob("judged_strangers*.yaml")), DATA / "sentence_models_ad_judged.yaml")
THRESHOLDS = (0.0, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0)
PREFIX = 60


def family(code: str) -> str:
    return "vague" if code == "V119" else "bias"


def verdicts() -> dict[tuple, str]:
    """(set, ad, family, the finding's first PREFIX characters) -> verdict, from the judged files."""
    from ruamel.yaml import YAML

    out = {}
    for path in JUDGED:
        if not path.exists():
            continue
        for f in YAML(typ="safe").load(path.read_text("utf-8"))["findings"]:
            if f["code"] == "V119" or f["code"] in BIAS_CODES:
                out[(f["set"], f["ad"], family(f["code"]), str(f["match"])[:PREFIX])] = f["verdict"]
    return out


def _bias_codes() -> frozenset[str]:
    from jdlint.checks.bias_selection import CODES

    return CODES


BIAS_CODES = _bias_codes()


def ad_files(writer: str) -> list[Path]:
    return sorted(p for p in AD_SETS[writer].iterdir() if p.suffix in (".md", ".html", ".txt"))


def prose_sentences_of(paths: list[Path]) -> list[dict]:
    """Each sentence V119 reads in ``paths`` (the models' reader, ``sentence_model.prose_sentences``, at four words),
    with whether a vague or pay finding (other than V119), or a bias finding (other than a gender-coded word or the
    bias model's) overlaps it, linted with --select ALL."""
    import jdlint
    import jdlint.checks.vague_sentence as vague_rule
    from jdlint.config import Config

    from train_bias_model import flagged_by_bias

    seen: list[tuple[int, int, str]] = []
    original = vague_rule.counted_prose_sentences  # what V119 reads (each sentence with its word count)

    def recording(ctx, min_words):
        seen.extend((s, e, sentence) for s, e, sentence, _words in original(ctx, min_words))
        return iter(())

    out = []
    vague_rule.counted_prose_sentences = recording
    try:
        for path in paths:
            seen.clear()
            report = jdlint.lint_text(path.read_text(encoding="utf-8"), path=str(path), config=Config(select=("ALL",)))
            vague = [(d.start, d.end) for d in report.diagnostics
                     if (d.category == "vague" or d.code in ("P101", "P102")) and d.code != "V119"]
            bias = [(d.start, d.end) for d in report.diagnostics if flagged_by_bias(d)]
            for s, e, sentence in seen:
                if sentence.rstrip().endswith(":"):
                    continue
                out.append({"ad": path.name, "sentence": sentence,
                            "vague": any(a < e and s < b for a, b in vague), "bias": any(a < e and s < b for a, b in bias)})
    finally:
        vague_rule.counted_prose_sentences = original
    return out


def stranger_ad_negatives(writers, kind: str, judged: dict | None = None) -> list[tuple[str, str]]:
    """(writer/ad, sentence) for the sentences of ``writers``' ads no ``kind`` ("vague" or "bias") rule flags and
    that no verdict calls a right or defensible finding of that model (a vague sentence is no negative)."""
    judged = verdicts() if judged is None else judged
    good = {(s, a, f, m) for (s, a, f, m), v in judged.items() if v in ("right", "defensible")}
    out = []
    for w in writers:
        for row in prose_sentences_of(ad_files(w)):
            words = row["sentence"].strip(" \t\r\n\u00a0-*\u2022\u00b7")
            if row[kind] or any(k[0] == SET_NAMES[w] and k[1] == row["ad"] and k[2] == kind and words.startswith(k[3])
                                for k in good):
                continue
            out.append((f"{w}/{row['ad']}", row["sentence"]))
    return out


def findings(writer: str, code_filter, options) -> list:
    """The default report's findings of ``writer``'s ads that ``code_filter`` keeps, with the rule options given."""
    import jdlint
    from jdlint.config import Config

    config = Config(rule_options=options)
    out = []
    for path in ad_files(writer):
        report = jdlint.lint_text(path.read_text(encoding="utf-8"), path=str(path), config=config)
        out += [(path.name, d) for d in report.diagnostics if code_filter(d.code)]
    return out


def vague_models(held: list[str], args):
    """held-out writer -> V119's model trained without that writer's ads (the shipped one with --shipped)."""
    import jdlint.checks.vague_sentence as rule
    from lookup_tables import english_table
    from linear_training import case_sentences, pruned
    from train_vague_model import REAL_AD_WEIGHT, fit, linear_model, load_cases, reader, real_ad_negatives

    if args.shipped:
        return {w: rule.model() for w in held}
    clusters = english_table("lexeme_cluster")
    read = reader(clusters)
    cache = args.negatives
    if cache and cache.exists():
        dev = json.loads(cache.read_text("utf-8"))
    else:
        dev = [s for _, s in real_ad_negatives(ROOT.parent / "shared" / "corpus" / "dev")]
        if cache:
            cache.write_text(json.dumps(dev), "utf-8")
    base = [(read(sentence), int(label is not None), 1.0, c["_source"]) for c in load_cases() for sentence, label in case_sentences(c, True)]
    base += [(read(s), 0, REAL_AD_WEIGHT) for s in dev]
    out = {}
    for w in held:
        others = [o for o in AD_SETS if o != w and o not in args.exclude]
        extra = [(read(s), 0, args.weight) for _, s in stranger_ad_negatives(others, "vague")] if args.weight else []
        weights, bias = fit(base + extra)
        out[w] = linear_model(pruned(weights), round(bias, 4), clusters)
    return out


def bias_models(held: list[str], args):
    import jdlint.checks.bias_selection as rule
    from jdlint.sentence_model import HeadedModel
    from lookup_tables import english_table
    from linear_training import real_ad_sentences
    from train_bias_model import CORPUS, REAL_AD_WEIGHT, featurise, fit, flagged_by_bias, load_cases, rows_of

    if args.shipped:
        return {w: rule.model() for w in held}
    clusters, probs = english_table("lexeme_cluster"), english_table("lexeme_prob")
    cache = args.bias_negatives
    if cache and cache.exists():
        dev = json.loads(cache.read_text("utf-8"))
    else:
        dev = [s for _, s in real_ad_sentences(CORPUS, BIAS_CODES, flagged_by_bias)]
        if cache:
            cache.write_text(json.dumps(dev), "utf-8")
    case_rows = rows_of(load_cases(), clusters)
    base = [(featurise(s, clusters), None, REAL_AD_WEIGHT) for s in dev]
    out = {}
    for w in held:
        others = [o for o in AD_SETS if o != w and o not in args.exclude]
        extra = [(featurise(s, clusters), None, args.bias_weight) for _, s in stranger_ad_negatives(others, "bias")] \
            if args.bias_weight else []
        out[w] = HeadedModel(fit(case_rows, base + extra, clusters, probs))
    return out


def evaluate(kind: str, models: dict, args, judged: dict) -> int:
    import jdlint.checks.bias_selection as bias_rule
    import jdlint.checks.vague_sentence as vague_rule

    module = vague_rule if kind == "vague" else bias_rule
    codes = {"V119"} if kind == "vague" else BIAS_CODES
    options = tuple((code, (("threshold", args.floor),)) for code in sorted(codes))
    shipped = module.model
    counts = {th: Counter() for th in THRESHOLDS}
    unjudged = []
    try:
        for w, model in models.items():
            module.model = lambda model=model: model
            per = {th: Counter() for th in THRESHOLDS}
            for ad, d in findings(w, codes.__contains__, options):
                if kind == "vague":
                    value = model.score(d.match)
                else:
                    value = model.scores(d.match)[d.category.removeprefix("bias.")]
                verdict = judged.get((SET_NAMES[w], ad, kind, d.match[:PREFIX]), "unjudged")
                if args.list or verdict == "unjudged":
                    print(f"  {verdict:10} {value:5.2f} {SET_NAMES[w]}/{ad}:{d.line} {d.code} {d.match[:150]!r}")
                if verdict == "unjudged":
                    unjudged.append((w, ad, d))
                for th in THRESHOLDS:
                    if value > th:
                        per[th][verdict] += 1
            for th in THRESHOLDS:
                counts[th].update(per[th])
            c = per[2.0]
            print(f"{kind} held-out writer {w} at 2.0: {c['right'] + c['defensible']}/{c['right'] + c['defensible'] + c['wrong']}"
                  f" right or defensible, {c['unjudged']} unjudged")
    finally:
        module.model = shipped
    print(f"{kind} pooled over held-out writers {''.join(models)}:")
    for th in THRESHOLDS:
        c = counts[th]
        ok, n = c["right"] + c["defensible"], c["right"] + c["defensible"] + c["wrong"]
        print(f"  above {th}: {ok}/{n} right or defensible" + (f" = {ok / n:.3f}" if n else "")
              + f", {c['wrong']} wrong, {c['unjudged']} unjudged")
    return len(unjudged)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", choices=("vague", "bias", "both"), default="both")
    ap.add_argument("--held", action="append", help="held-out writers (default every writer of AD_SETS)")
    ap.add_argument("--exclude", default="", help="writers whose ads are never trained on (e.g. P, kept blind)")
    ap.add_argument("--shipped", action="store_true", help="score the models in jdlint/data (no training)")
    ap.add_argument("--weight", type=float, default=None, help="V119: the other writers' ad negatives' weight")
    ap.add_argument("--bias-weight", type=float, default=None, help="bias model: the other writers' ad negatives' weight")
    ap.add_argument("--floor", type=float, default=0.0, help="list findings scoring above this")
    ap.add_argument("--list", action="store_true", help="print every finding with its verdict and score")
    ap.add_argument("--negatives", type=Path, help="V119: a cache of the dev corpus' negatives (read if it exists, else "
                    "written; as scripts/eval_writers.py --negatives: delete it after changing a vague or pay rule)")
    ap.add_argument("--bias-negatives", type=Path, help="the bias model: the same cache of its dev-corpus negatives")
    args = ap.parse_args(argv)
    from train_bias_model import STRANGER_AD_WEIGHT as BIAS_WEIGHT
    from train_vague_model import STRANGER_AD_WEIGHT

    args.weight = STRANGER_AD_WEIGHT if args.weight is None else args.weight
    args.bias_weight = BIAS_WEIGHT if args.bias_weight is None else args.bias_weight
    held = args.held or list(AD_SETS)
    judged = verdicts()
    if args.model in ("vague", "both"):
        evaluate("vague", vague_models(held, args), args, judged)
    if args.model in ("bias", "both"):
        evaluate("bias", bias_models(held, args), args, judged)
    return 0


if __name__ == "__main__":
    sys.exit(main())
