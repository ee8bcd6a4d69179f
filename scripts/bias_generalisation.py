#!/usr/bin/env python3
"""Where leave-one-writer-out bias misses and false alarms come from, and how the bias model does on trait words it
never saw: the figures that say which mechanism to build (session 38, bias38).

    .venv/bin/python scripts/bias_generalisation.py --corpus /work/shared/corpus/dev [--save /tmp/x.json]
    .venv/bin/python scripts/bias_generalisation.py --load /tmp/x.json      # the figures again, no training

For each training writer X (tests/data/train/writerX_bias.yaml), as ``train_bias_model.py --lowo`` does, the model is
trained without X's cases and X's cases are linted three ways: the rules alone (D119-D919 off), the model's rules alone
(only D119-D919), and both (the shipped configuration). Each case is then described by:
- ``new_trait``: none of its span's content words (stop words and frame words such as "must", "only", "preferred" left
  out) appears in any positive sentence the model trained on: the trait word is new to the model;
- ``listed``: some content word of its span is a word of a bias rule's YAML (rules/*.yaml but the readability,
  structure and vague packs) or of jdlint/data/trait_classes.yaml (a crude test by word, a plural "s" dropped).
Printed: the FN and FP of both by who caused them (a rules FN the model rescued, a model FP, ...), recall on new vs
seen trait words for the model alone and both, and how many fire cases have no listed word.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

WORD = re.compile(r"[a-z][a-z'-]+")
#: Frame words: the selection act, not the trait ("male teachers preferred": the trait is "male").
FRAME_WORDS = frozenset("""must only preferred prefer preference should need needs needed required require requires
    wanted want wants apply applicants applicant candidates candidate someone somebody anyone person people please
    not no who will can have has would looking seeking seek suit suits ideal ideally best fit must-be are is be being
    all any one ones sorry cannot can't won't don't you your we our their they them this that these those with without
    for from and the job role work position hire hiring staff team""".split())
BIAS_PACKS = ("age", "appearance", "disability", "family", "gender", "origin", "record", "religion")


def content_words(text: str) -> set[str]:
    from jdlint.sentence_model import STOP_WORDS

    return {w for w in WORD.findall(text.lower()) if w not in STOP_WORDS and w not in FRAME_WORDS and len(w) > 2}


def norm(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def listed_words() -> set[str]:
    text = "\n".join((ROOT / "rules" / f"{p}.yaml").read_text(encoding="utf-8") for p in BIAS_PACKS)
    text += (ROOT / "jdlint" / "data" / "trait_classes.yaml").read_text(encoding="utf-8")
    return {norm(w) for w in WORD.findall(text.lower())}


def run(corpus: Path) -> list[dict]:
    import jdlint.checks.bias_selection as rule_module
    from eval_inclusive import score_cases
    from jdlint.checks.bias_selection import CODES
    from jdlint.config import Config
    try:  # a model that reads composed features (session 38) is built by bias_selection
        from jdlint.checks.bias_selection import build_model as HeadedModel
    except ImportError:
        from jdlint.sentence_model import HeadedModel
    from lookup_tables import english_table
    from linear_training import real_ad_sentences
    from eval_ad_writers import AD_SETS, stranger_ad_negatives
    from train_bias_model import (STRANGER_AD_WEIGHT, REAL_AD_WEIGHT, case_sentences, featurise, fit, flagged_by_bias,
                                  load_cases, rows_of)

    clusters, probs = english_table("lexeme_cluster"), english_table("lexeme_prob")
    cases = load_cases()
    case_rows = rows_of(cases, clusters)
    negatives = real_ad_sentences(corpus, CODES, flagged_by_bias)
    ad_rows = [(featurise(s, clusters), None, REAL_AD_WEIGHT) for _, s in negatives]
    ad_rows += [(featurise(s, clusters), None, STRANGER_AD_WEIGHT)
                for _, s in stranger_ad_negatives(list(AD_SETS), "bias")]
    writers = sorted({c["_writer"] for c in cases if c.get("_writer")})
    shipped, out = rule_module.model, []

    def verdicts(held, config) -> dict[str, str]:
        """case id -> "tp", "fn", "ok" (a silent case kept silent), "fp" (a silent case with a finding, or a fire
        case found with a wrong finding beside it) or "fn+fp"."""
        stats = score_cases(held, config)
        got = {c["id"]: ("tp" if c["expect"] == "fire" else "ok") for c in held}
        for name, r in stats.items():
            if name == "all":
                continue
            for cid, _, _ in r["misses"]:
                got[cid] = "fn"
            for cid, _, _ in r["false_alarms"]:
                got[cid] = "fp" if got[cid] != "fn" else "fn+fp"
        return got

    try:
        for writer in writers:
            held = [c for c in cases if c.get("_writer") == writer]
            kept = [(c, rows) for c, rows in zip(cases, case_rows) if c.get("_writer") != writer]
            model = HeadedModel(fit([rows for _, rows in kept], ad_rows, clusters, probs))
            rule_module.model = lambda model=model: model
            seen = set()
            for c, _ in kept:
                for sentence, label in case_sentences(c):
                    if label:
                        seen |= content_words(sentence)
            rules = verdicts(held, Config(select=("D",), ignore=tuple(sorted(CODES))))
            alone = verdicts(held, Config(select=tuple(sorted(CODES))))
            both = verdicts(held, Config(select=("D",)))
            for c in held:
                span_words = content_words(c.get("span", "")) if c["expect"] == "fire" else set()
                best = max(model.scores(c["text"]).items(), key=lambda kv: kv[1])
                out.append({"id": c["id"], "writer": writer, "category": c["category"], "expect": c["expect"],
                            "span_words": sorted(span_words), "new_trait": bool(span_words) and not (span_words & seen),
                            "rules": rules[c["id"]], "model": alone[c["id"]], "both": both[c["id"]],
                            "best": [best[0], round(best[1], 2)]})
            print(f"writer {writer}: {len(held)} cases", file=sys.stderr)
    finally:
        rule_module.model = shipped
    return out


def hit(verdict: str) -> bool:
    """A fire case's span was found (``verdicts``: "tp", or "fp" for a found span with a wrong finding beside it)."""
    return verdict in ("tp", "fp")


def report(rows: list[dict]) -> None:
    listed = listed_words()
    fire = [r for r in rows if r["expect"] == "fire"]
    for r in fire:
        r["listed"] = any(norm(w) in listed for w in r["span_words"])

    def rate(sub, key):
        tp = sum(1 for r in sub if hit(r[key]))
        return f"{tp}/{len(sub)} = {tp / max(1, len(sub)):.3f}"

    print(f"{len(rows)} cases, {len(fire)} fire, {len(rows) - len(fire)} silent, {len({r['writer'] for r in rows})} writers")
    both_fn = [r for r in fire if not hit(r["both"])]
    print(f"\nFN of rules+model: {len(both_fn)}")
    print(f"  model alone would have caught      {sum(1 for r in both_fn if hit(r['model']))}")
    print(f"  model scored the right head >0     {sum(1 for r in both_fn if r['best'][0] == r['category'] and r['best'][1] > 0)}")
    print(f"  rescued by the model (rules FN, both TP): {sum(1 for r in fire if not hit(r['rules']) and hit(r['both']))}")
    print(f"  rules FN total: {sum(1 for r in fire if not hit(r['rules']))}")
    fp_both = [r for r in rows if "fp" in r["both"]]
    print(f"\nFP cases of rules+model: {len(fp_both)}")
    print(f"  already FP with rules alone:      {sum(1 for r in fp_both if 'fp' in r['rules'])}")
    print(f"  from the model (not rules alone): {sum(1 for r in fp_both if 'fp' not in r['rules'])}")
    print(f"  model alone FP cases: {sum(1 for r in rows if 'fp' in r['model'])}")
    new = [r for r in fire if r["new_trait"]]
    seen = [r for r in fire if not r["new_trait"] and r["span_words"]]
    print(f"\ntrait word new to the model (no span content word in any training positive): {len(new)} of {len(fire)}")
    for name, sub in (("new trait", new), ("seen trait", seen)):
        print(f"  {name:11} model alone {rate(sub, 'model'):22} rules alone {rate(sub, 'rules'):22} both {rate(sub, 'both')}")
    nolist = [r for r in fire if not r["listed"]]
    print(f"\nfire cases with no span word on any list (rules/*.yaml, trait_classes.yaml): {len(nolist)} of {len(fire)}")
    for name, sub in (("unlisted", nolist), ("listed", [r for r in fire if r["listed"]])):
        print(f"  {name:11} model alone {rate(sub, 'model'):22} rules alone {rate(sub, 'rules'):22} both {rate(sub, 'both')}")
    print("\nby category (both): FN / fire, new-trait FN / new-trait")
    for cat in sorted({r["category"] for r in fire}):
        sub = [r for r in fire if r["category"] == cat]
        fn = sum(1 for r in sub if not hit(r["both"]))
        nsub = [r for r in sub if r["new_trait"]]
        print(f"  {cat:11} {fn:3d}/{len(sub):3d}   {sum(1 for r in nsub if not hit(r['both'])):3d}/{len(nsub):3d}"
              f"   model alone new {sum(1 for r in nsub if hit(r['model']))}/{len(nsub)}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    ap.add_argument("--save", type=Path)
    ap.add_argument("--load", type=Path)
    args = ap.parse_args(argv)
    rows = json.loads(args.load.read_text()) if args.load else run(args.corpus)
    if args.save:
        args.save.write_text(json.dumps(rows, indent=0))
    report(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
