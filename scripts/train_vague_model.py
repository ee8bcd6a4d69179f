#!/usr/bin/env python3
"""Train rule V119's model (vague-sentence): a logistic regression over a sentence's words, word pairs and
the words' distributional classes, written to jdlint/data/vague_model.json. Offline, deterministic (fixed
seed and epochs); run it again when the training data changes. Another vague rule's change does not move it: the
dev sentences those rules flag are frozen (``DEV_FLAGGED``) until ``--freeze-flagged`` is given on purpose.

    .venv/bin/python scripts/train_vague_model.py [--corpus /work/shared/corpus/dev] [--cv] [--ad-cv FINDINGS.yaml] [--out M.json]
    .venv/bin/python scripts/train_vague_model.py --freeze-flagged   # re-read what the other rules flag, then train

Why a model: vague wording written by strangers is a long tail ("brings the buzz", "muck in with whatever's
going"); word lists and composed classes catch what their authors imagined, and on three independent
writers' sets they missed a third of it. A linear model over words and their Brown clusters (from
spacy-lookups-data's en_lexeme_cluster, which groups words by the company they keep) generalises to words
no list holds: a word it never saw counts through its cluster's weight.

Training data (none of it is an independent writer's unread half):
- positives and negatives: the vague case sets (tests/data/vague_cases.yaml, both splits: scripts/eval_vague.py's
  held-out figures therefore overstate this rule), the helpers' held-out sets of earlier sessions
  (vague_cases_heldout7/8.yaml), and half A of the independent sets blind8 and blind9 (read in session 26;
  half B and blind10 are never trained on: they measure it); the training writers' sets in tests/data/train/;
- the builders' plain sentences of classes a retrain misread (session 35, tests/data/vague_plain_classes.yaml: a need
  whose object is a concrete thing or role, who the clients are and what they come in with, a checkable object of the
  work), negatives at weight 1: retrained with writers W and X alone the model read "We need a hero image for every
  product page." as vague through the frame's pairs ('need a', 'for every');
- the builders' plain sentences of six more classes (session 37: perk-named, demand-named, next-step,
  named-employer, if-then-duty, staff-activity; and more made-here), read on the false alarms of leave-one-writer-out, the
  judged strangers' ads and the near-misses once the threshold was lowered: with them (and the function-word cap at
  0.25) the threshold went 2.0 -> 1.5;
- the builders' plain sentences of twelve classes (session 49, tests/data/vague_plain_classes49.yaml: short labels with
  a value, named requirements, training stated as a fact, duties whose object carries an everyday adjective, named
  employers, variety then listed, home and guests in their literal sense, pay terms, instructions with their trigger,
  procedure steps, manner of care, hours offered): the shapes the released writers' cases pushed up (SOURCE_WEIGHT);
- the builders' plain sentences of eleven classes (session 50, tests/data/vague_plain_classes50.yaml: header lines (a
  bare title, or title, place and pay), perks listed after a casual label, tasks denied, premises facts, plain duties,
  demands naming the parties, a working pattern with its mechanism, policies by their mechanism, pay mechanics,
  credentials with who rated them, short labels): the shapes session 50's retrain read as vague on the builders' probes
  and the judged strangers' ads;
- real-ad negatives: every sentence of the dev corpus that no other vague or pay rule flagged when the flags were
  frozen (tests/data/vague_model_dev_flagged.json, ``DEV_FLAGGED``; ``--freeze-flagged`` rewrites it), at weight 0.3
  (ads are mostly plain duties and requirements: without them the model would call half of them vague; 0.6 was
  tried in session 31 and gained nothing on strangers' ads). Frozen since session 38: read live, another helper's
  vague-rule change moved the negatives and every merge retrain flipped sentences on the threshold's edge.
  Session 48 (negclean48), measured and NOT shipped: leaving out the short fact-free negatives (under 8 words
  (sentence_model.word_count), no digit, no name after the first word (names_inside): 1,405 of 10,301, e.g.
  "Training provided.") lifted leave-one-writer-out (eval_writers.py --thresholds 1.0 2.0) at 1.5 from .946/.859
  (1288/74/212) to .947/.869 (1303/73/197), TC 72 -> 76 of 150; unread (eval_unread.py --kind vague --per-case)
  .923/.791 -> .923/.797, per case .969 (fp 32) both; dev 4-fold (--ad-cv) 69 -> 81 findings, about 2 of the 20
  new wrong. But nine near-miss tests fired (test_vague_breadth7 "We need a hero image for every product page.",
  test_vague_composition "Our care home offers a varied range of activities for residents.", four in
  test_v119_real19 (pay nouns beside an amount, a named institution), a judged stranger wrong finding back
  (test_judged_precision writerM/9322.html:4), the probes of test_vague46 and test_promise47): the short plain
  negatives also held down the frames those near-misses share. A cut by the shipped model's score would barely
  move it (of the 1,405, 4 score above 0, 9 above -1, 46 above -2; of all 10,301, 14, 59 and 189): a narrower cut
  by words (or by the kind of sentence: a bare topic noun, not a short duty) is the next thing to measure;
- strangers' ad negatives (session 31): every sentence of the independent writers' synthetic ads
  (scripts/eval_ad_writers.py's AD_SETS: writers C, M and P) that no other vague or pay rule flags and no verdict
  calls vague, at STRANGER_AD_WEIGHT. The dev corpus alone taught the model the dev corpus: on strangers' ads
  V119 was 3/14 right or defensible. Off in the shipped model (STRANGER_AD_WEIGHT's note). Measured by the
  writer-wise ad cross-validation (train without a writer's ads,
  lint them): C, M and P held out in turn, wrong findings at 2.0 went 18 -> 7 at weight 1 and at 2 (with the
  heading-line reader and ``names``); weight 2 read the near-miss "Back pain is the commonest complaint in our physio
  clinic." as vague (tests/test_vague_breadth7.py), weight 1 does not.

Features (jdlint/sentence_model.py): words, word pairs and Brown clusters, and since session 29 the extra
family ``classes`` (V117's reviewed evaluative word classes in jdlint/data/evaluative_words.yaml, written
into the model file as ``word_classes``), kept on leave-one-writer-out (scripts/eval_writers.py); since session 31
``names`` (a name inside the sentence, sentence_model.names_inside) was measured (fewer wrong findings on the ad
cross-validation) but is not in EXTRAS: with it the bias term rises and plain sentences without a name score higher.

What is written (scripts/linear_training.py, the trainer it shares with train_bias_model.py): the weights of
features whose weight is at least MIN_WEIGHT in size, the bias, and a word -> cluster table for the most frequent words (by en_lexeme_prob) whose cluster
features carry weight, so the rule never loads the million-word table.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from linear_training import (case_folds, case_sentences, cluster_table, digest, flagged_spans,  # noqa: E402
                             function_feature, pruned, real_ad_sentences, score, train, unflagged_sentences, write)

OUT = ROOT / "jdlint" / "data" / "vague_model.json"
#: The dev-corpus spans the other vague and pay rules flagged, frozen (``freeze_flagged``): the real-ad negatives are
#: the dev sentences none of them overlaps. Read live, they moved whenever another vague rule changed, and every merge
#: retrain flipped sentences on the threshold's edge (session 37: a strict xfail and a judged wrong finding back).
#: Frozen, a retrain after someone else's rule change writes the same model byte for byte. Regenerate on purpose
#: (--freeze-flagged) when the dev corpus changes or the vague rules have moved enough to matter, and say so.
DEV_FLAGGED = ROOT / "tests" / "data" / "vague_model_dev_flagged.json"
REAL_AD_WEIGHT = 0.3
#: The weight of a sentence of an independent writer's synthetic ads (scripts/eval_ad_writers.py) as a negative:
#: C and M held out in turn, wrong V119 findings at 2.0 were 6 at weight 1, 5 at 2 and at 4 (before names); with
#: names, C, M and P held out in turn, 7 at 1 and at 2 (right or defensible 4/11 both, 5/23 with the shipped model).
#: OFF (0) in the shipped model: at weights 1, 1.5 and 2 (with or without names) the retrained model read near-misses
#: of tests/test_vague_breadth7.py as vague ("Call the duty manager if anything comes up overnight." 1.9 -> 4.9,
#: "Back pain is the commonest complaint in our physio clinic." 1.4 -> 2.4), found at session 31's end: left for the
#: next session. Session 32 (models15), at weight 1 on top of the function-word cap, with writer Q: wrong ad findings
#: at 2.0 6, right or defensible 2 (the cap alone, ten writers: 10 and 7; precision no better), LOWO .891/.761, and
#: the near-misses 'Wear hard hats and steel-toe boots on site at all times.' and 'Call the duty manager ...' fired:
#: still off.
STRANGER_AD_WEIGHT = 0.0
#: The largest size a function-word feature's weight may reach (linear_training.function_feature: a closed-class word,
#: or a pair of them, such as "our", "you'll", "in our"), and no evaluative word class counts a function word
#: (``word_classes``). Session 32 (models15): after the retrain with writers N and O, "our" alone weighed +1.9, "the"
#: +1.1, "we're" +2.1, "you'll" +1.9: the writers' vague claims speak of "our people" and the dev ads' duties do not,
#: so plain ad sentences in the first and second person read as vague on strangers' ads ("Back pain is the commonest
#: complaint in our physio clinic."). Measured (scripts/eval_writers.py, ten writers; scripts/eval_ad_writers.py, C, M
#: and P held out in turn, at 2.0): cap 0.5 with the classes cleaned LOWO .893/.767 (shipped .892/.768), wrong ad
#: findings 13 -> 10; a stronger L2 (x30) instead of a cap .894/.757 and 'Wear hard hats ... at all times' fired
#: (a frequent function word decays more than a rare pair under the trainer's per-occurrence L2; a cap is even);
#: cap 0.7 with writer Q: 9 wrong, but 'The Good Vibes Cafe in Brighton is hiring baristas.' fired.
#: Session 37 (v119_37): 0.5 -> 0.25. At the cap, "the", "a", "our", "in", "with", "be" each still weighed +0.45 to +0.5
#: (the cap held them, the data wanted more), so a long plain sentence gained two points from its function words
#: ("Back pain is the commonest complaint in our physio clinic." 1.67, of which 'our', 'is the', 'in our', 'in', 'the'
#: 2.4), and lowering the threshold brought such sentences back. With five of the session-37 plain classes, measured at
#: 1.0 (threshold then lowered to 1.5): leave-one-writer-out pooled at 1.0 .943/.892 (shipped) -> .946/.891 (cap 0.25 with
#: the first five classes), unread pooled at 1.0 .884/.859 -> .888/.853 (figures only).
FUNCTION_WORD_CAP = 0.25
#: A feature seen in the positive sentences of fewer than MIN_SOURCES training sources (a case file: a writer, a
#: builders' set, an independent set's half A) is held to FEW_SOURCES_L2 times the common L2: a word only one writer
#: used in a vague sentence ("full of beans", writer K) is that writer's wording, not a sign of vagueness (it still
#: counts through its cluster, which many writers share). Features seen in no positive are untouched (the dev ads'
#: concrete words keep their negative weights). With the cap and writer Q (eleven writers): wrong findings on the ad
#: cross-validation at 2.0, 12 (Q added alone) -> 9; 'The Good Vibes Cafe ...' silent again.
MIN_SOURCES = 2
FEW_SOURCES_L2 = 30.0
#: Training writers' files in tests/data/train/ that V119 does NOT train on (the other scripts read them as data).
#: Writer TC (session 47, req47: 240 cases of everyday words used emptily, 90 of them near-miss pairs of its fire cases)
#: made the unread sets' precision worse both ways it was tried, against the shipped model at req47's rules
#: (scripts/eval_unread.py --kind vague --per-case: pooled P .925 R .810, 874/71/205, per case .971, fp 26):
#: all its cases .920/.813 (877/76/202), per case .968 (fp 29); its fire cases only .919/.819 (884/78/195), per case
#: .967 (fp 30). Read writers AC, AF, AH, AK moved by one case at most; on the dev corpus each retrain dropped nine or
#: ten V119 findings that were right ("We look forward to having you join our amazing team.", "Positive, can-do
#: attitude, with a strong desire to learn.") and gained two to four. Per-case precision is the figure that must not
#: drop, so the shipped model was the one trained without TC. Session 49: trained again, at SOURCE_WEIGHT's half weight
#: beside the released files: pooled over what stays unread, without TC P .915 R .781 (421/39/118), per case fp 17;
#: with it .918/.792 (427/38/112), fp 16.
#: Session 50: TK, TL and TM (720 vague TRAINING cases written blind for the weakest groups: promises and open facts in
#: everyday words, unverifiable requirements and hollow praise in idiom, long mixed sentences with one vague part; a
#: silent twin for each fire case; first read at 241c996 P .83 R .50, P .91 R .73, P .92 R .59) moved nothing over what
#: stays unread: 366/31/83 without them, 366/32/83 with them at half weight, 367/31/82 at full weight (BB -1, BE +3, BG
#: -1). The model's words, pairs and clusters seem to have learned what strangers' sentences share; the files wait for
#: a model that reads more than that.
NOT_TRAINED: frozenset[str] = frozenset({"writerTK_vague.yaml", "writerTL_vague.yaml", "writerTM_vague.yaml"})
#: The sentence_model.EXTRAS feature families V119 reads.
EXTRAS = frozenset({"classes"})
#: The evaluative word classes the ``classes`` extra reads, in order (a word in two counts in the first).
#: Not ``praise-noun``: V117 reads it only as a predicate ("the team are a joy"); alone its words are
#: mostly other senses ("treat every patient with dignity", "the map legend", "a star anise").
WORD_CLASSES = ("praise", "mild", "degree", "subject")

#: A case's weight by its file (default 1). Session 49 released nine long-unread writer files to training (R, I, J, AA,
#: AE, AN, AP, AR, AU) and added TF, with TC: eleven strangers' sets that label more of everyday wording vague than the
#: builders' near-misses do. At full weight they taught label lines and plain requirements as vague ("Start date:
#: immediate.", "Previous experience in retail is essential.") and 21 suite tests failed; at half weight the model keeps
#: most of their recall and the builders' classes. Pooled over what stays unread (eval_unread.py --kind vague
#: --per-case: AX, AZ, BB, BE, blind8-11 halves): 8846277 P .923 R .751 (405/34/134), per case fp 16; full weight .917/.800
#: (431/39/108), fp 16; half weight .918/.792 (427/38/112), fp 16. Builders' vague probes (tests/data/vague4[4-6],
#: promise47, req47): silent probes loud 33 -> 42 at full weight, 39 at half; fire probes found 630 -> 637 at both.
#: Session 50: released writers AX and AZ and training writers TG and TH join at the same half weight, with the builders'
#: plain classes of session 50 (tests/data/vague_plain_classes50.yaml). Pooled over what stays unread (blind8-11 halves,
#: BB, BE, BG): 356/30/93 (per-case fp 11) with session 49's model and the open-area place gate -> 366/31/83 (fp 12).
#: At a quarter weight 363/31/86; without the plain classes 368/32/81, but the judged strangers' wrong findings
#: writerM/9320 ("The good stuff: a hot staff meal ...", 3.32), writerC/9221 and writerP/9524 came back and four of
#: the builders' near-misses fired; with them writerM/9320 stays back (2.17, open: v119_50), writerP/9509 (open since
#: session 49) is gone, and the builders' fixtures move both ways (two near-misses fire, three fall silent: the tests'
#: ratchets list them).
SOURCE_WEIGHT = {f"writer{w}_vague.yaml": 0.5 for w in ("R", "I", "J", "AA", "AE", "AN", "AP", "AR", "AU", "TC", "TF",
                                                         "AX", "AZ", "TG", "TH")}


def case_rows(cases: list[dict], read) -> list[tuple]:
    """V119's training rows of labelled cases (``load_cases``): features, label, the case file's SOURCE_WEIGHT and the
    file's name. A fire case teaches through the sentence holding its span (linear_training.case_sentences). The
    trainer and the leave-one-writer-out (scripts/eval_writers.py) both build their rows here, so both weigh alike."""
    return [(read(sentence), int(label is not None), SOURCE_WEIGHT.get(c["_source"], 1.0), c["_source"])
            for c in cases for sentence, label in case_sentences(c, True)]


def fit(rows):
    """V119's trainer: linear_training.train over ``rows`` (features, label, weight, and for a case's sentence the
    case's source: ``load_cases``), with function-word features capped (FUNCTION_WORD_CAP) and features that fewer
    than MIN_SOURCES sources' positives hold kept nearer zero (FEW_SOURCES_L2). The sources are counted over the
    rows given, so a writer held out (scripts/eval_writers.py) does not count."""
    sources: dict[str, set] = {}
    for row in rows:
        if row[1] and len(row) > 3:
            for f in row[0]:
                sources.setdefault(f, set()).add(row[3])
    few = {f for f, found in sources.items() if len(found) < MIN_SOURCES}
    return train(rows, lambda f: FEW_SOURCES_L2 if f in few else 1.0,
                 lambda f: FUNCTION_WORD_CAP if function_feature(f) else None)


def word_classes() -> dict[str, str]:
    """word -> class, from jdlint/data/evaluative_words.yaml (the classes V117 matches), without function words."""
    from ruamel.yaml import YAML

    raw = YAML(typ="safe").load((ROOT / "jdlint" / "data" / "evaluative_words.yaml").read_text("utf-8"))
    out: dict[str, str] = {}
    from linear_training import function_word

    for name in WORD_CLASSES:
        for word in raw[name]:
            if not function_word(str(word).lower()):  # "our", "it", "here" in ``subject``: FUNCTION_WORD_CAP
                out.setdefault(str(word).lower(), name)
    return dict(sorted(out.items()))


def reader(clusters: dict[str, int]):
    """text -> V119's features (sentence_model.features with V119's extras)."""
    from jdlint.sentence_model import features

    classes = word_classes()
    return lambda text: features(text, clusters.get, extras=EXTRAS, word_classes=classes)


def linear_model(weights: dict[str, float], bias: float, clusters: dict[str, int]):
    """The rule's model over trained (pruned) ``weights``."""
    from jdlint.sentence_model import LinearModel

    return LinearModel(weights, bias, clusters, EXTRAS, word_classes())


def load_cases() -> list[dict]:
    from ruamel.yaml import YAML

    from eval_independent import in_half

    yaml, data = YAML(typ="safe"), ROOT / "tests" / "data"
    cases = [dict(c, _source="vague_cases") for c in yaml.load((data / "vague_cases.yaml").read_text())]
    # the builders' plain sentences of classes a retrain misread (session 35: tests/data/vague_plain_classes.yaml)
    # and sessions 49's and 50's classes of plain sentence (tests/data/vague_plain_classes49.yaml, ...50.yaml)
    for name in ("vague_cases_heldout7.yaml", "vague_cases_heldout8.yaml", "vague_plain_classes.yaml",
                 "vague_plain_classes49.yaml", "vague_plain_classes50.yaml"):
        cases += [dict(c, _source=name) for c in yaml.load((data / name).read_text())]
    for path in sorted((data / "train").glob("*vague*.yaml")):  # the training writers' sets (session 28)
        if path.name not in NOT_TRAINED:
            cases += [dict(c, _source=path.name) for c in yaml.load(path.read_text(encoding="utf-8")) or ()]
    for set_name in ("blind8", "blind9"):
        cases += [dict(c, _source=set_name) for c in yaml.load((data / "independent" / f"{set_name}_vague.yaml").read_text())
                  if in_half(set_name + ":", c["id"], "A")]
    return cases


def flagged_by_other_rules(d) -> bool:
    """A finding that keeps its sentence out of the real-ad negatives: any vague rule's but V119's, and vague pay."""
    return d.category == "vague" or d.code in ("P101", "P102")


def ad_digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def freeze_flagged(corpus: Path, out: Path = DEV_FLAGGED) -> None:
    """Write ``out``: for each dev ad, its text's digest and the spans the other vague and pay rules flag in it now."""
    spans = flagged_spans(corpus, ("V119",), flagged_by_other_rules)
    ads = {path.name: {"sha1": ad_digest(path.read_text(encoding="utf-8")), "flagged": [list(s) for s in spans[path.name]]}
           for path in sorted(corpus.glob("*.md"))}
    write(out, {"about": "the dev-corpus spans the vague and pay rules other than V119 flagged when frozen: "
                         "scripts/train_vague_model.py --freeze-flagged writes it (do not edit by hand)", "ads": ads})
    print(f"{out}: {sum(len(a['flagged']) for a in ads.values())} flagged spans in {len(ads)} ads")


def frozen_flagged(corpus: Path, frozen: Path = DEV_FLAGGED) -> dict[str, list[tuple[int, int]]]:
    """ad -> the flagged spans ``freeze_flagged`` wrote, after checking that the corpus holds the same ads, unchanged."""
    ads = json.loads(frozen.read_text(encoding="utf-8"))["ads"]
    now = {path.name: ad_digest(path.read_text(encoding="utf-8")) for path in sorted(corpus.glob("*.md"))}
    if now != {name: ad["sha1"] for name, ad in ads.items()}:
        changed = sorted(set(now.items()) ^ {(name, ad["sha1"]) for name, ad in ads.items()})
        raise SystemExit(f"{corpus} is not the corpus {frozen.name} was frozen on ({len(changed)} ads differ, e.g. "
                         f"{changed[0][0]}): run scripts/train_vague_model.py --freeze-flagged on purpose")
    return {name: [tuple(s) for s in ad["flagged"]] for name, ad in ads.items()}


def real_ad_negatives(corpus: Path, live: bool = False) -> list[tuple[str, str]]:
    """(ad, sentence) for the sentences of the dev corpus that no vague or pay rule (other than V119) flagged when
    the spans were frozen (``DEV_FLAGGED``), or, ``live``, flags now."""
    if live:
        return real_ad_sentences(corpus, ("V119",), flagged_by_other_rules)
    return unflagged_sentences(corpus, frozen_flagged(corpus))


def stranger_negatives(exclude: str = "") -> list[tuple[str, str]]:
    """(writer/ad, sentence) for the sentences of the independent writers' synthetic ads (scripts/eval_ad_writers.py's
    AD_SETS, but not the writers in ``exclude``) that no vague or pay rule flags and no verdict calls vague."""
    from eval_ad_writers import AD_SETS, stranger_ad_negatives

    return stranger_ad_negatives([w for w in AD_SETS if w not in exclude], "vague")


def ad_cross_validation(out: Path, corpus: Path, labelled, negatives, clusters) -> None:
    """4 folds of the dev ads: each fold's ads linted (--select ALL) with a model trained without their
    sentences; every V119 finding written to ``out`` for judging (tests/data/vague_model_cv_judged.yaml)."""
    import jdlint
    import jdlint.checks.vague_sentence as rule_module
    from jdlint.config import Config
    from ruamel.yaml import YAML

    ads, found, read = sorted(corpus.glob("*.md")), [], reader(clusters)
    for k in range(4):
        fold = {p.name for i, p in enumerate(ads) if i % 4 == k}
        rows = [(read(s), 0, REAL_AD_WEIGHT) for name, s in negatives if name not in fold]
        weights, bias = fit(labelled + rows)
        fold_model = linear_model(pruned(weights), round(bias, 4), clusters)
        rule_module.model = lambda fold_model=fold_model: fold_model
        for path in ads:
            if path.name in fold:
                report = jdlint.lint_text(path.read_text(encoding="utf-8"), path=str(path), config=Config(select=("ALL",)))
                found += [{"ad": path.name, "fold": k, "code": d.code, "line": d.line,
                           "score": round(fold_model.score(d.match), 2), "sentence": d.match, "verdict": ""}
                          for d in report.diagnostics if d.code == "V119"]
    print(f"real-ad cross-validation: {len(found)} V119 findings in {len(ads)} ads ({len(found) / len(ads):.3f} an ad)")
    yaml = YAML()
    yaml.width = 4096
    with out.open("w", encoding="utf-8") as fh:
        yaml.dump(found, fh)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    ap.add_argument("--cv", action="store_true", help="also print 5-fold cross-validation on the cases")
    ap.add_argument("--ad-cv", type=Path, help="write the 4-fold real-ad V119 findings to this YAML (no model written)")
    ap.add_argument("--out", type=Path, default=OUT, help="where to write the model (default: the shipped file)")
    ap.add_argument("--freeze-flagged", action="store_true",
                    help=f"lint the corpus and write what the other vague and pay rules flag now to {DEV_FLAGGED.name}, then train")
    args = ap.parse_args(argv)
    if args.freeze_flagged:
        freeze_flagged(args.corpus)
    from lookup_tables import english_table

    from jdlint.checks.vague_sentence import DEFAULT_THRESHOLD as THRESHOLD
    from jdlint.sentence_model import STOP_WORDS  # the rule's own

    clusters = english_table("lexeme_cluster")
    read = reader(clusters)
    cases = load_cases()
    named_negatives = real_ad_negatives(args.corpus)
    strangers = [s for _, s in stranger_negatives()]
    negatives = [s for _, s in named_negatives]
    labelled = case_rows(cases, read)
    ad_rows = [(read(s), 0, REAL_AD_WEIGHT) for s in negatives]
    stranger_rows = [(read(s), 0, STRANGER_AD_WEIGHT) for s in strangers] if STRANGER_AD_WEIGHT else []
    print(f"{len(cases)} cases: {len(labelled)} training sentences ({sum(r[1] for r in labelled)} vague), {len(ad_rows)} real-ad "
          f"sentences, {len(stranger_rows)} sentences of strangers' ads")
    if args.cv:
        scores = {}
        for kept_ids, held in case_folds(len(labelled)):
            weights, bias = fit([labelled[i] for i in kept_ids] + stranger_rows + ad_rows)
            for i in held:
                scores[i] = score(weights, bias, labelled[i][0])
        for th in sorted({0.0, 1.0, THRESHOLD, 3.0}):
            tp = sum(1 for i, s in scores.items() if s > th and labelled[i][1])
            fp = sum(1 for i, s in scores.items() if s > th and not labelled[i][1])
            fn = sum(1 for i, s in scores.items() if s <= th and labelled[i][1])
            print(f"cross-validation at {th}: precision {tp / max(1, tp + fp):.3f} recall {tp / max(1, tp + fn):.3f}")
    if args.ad_cv:
        ad_cross_validation(args.ad_cv, args.corpus, labelled + stranger_rows, named_negatives, clusters)
        return 0
    weights, bias = fit(labelled + stranger_rows + ad_rows)
    kept = pruned(weights)
    table = cluster_table([kept], clusters, english_table("lexeme_prob"), STOP_WORDS)
    write(args.out, {
        "about": "rule V119's model, written by scripts/train_vague_model.py (do not edit by hand)",
        "training_data": digest([c["text"] for c in cases] + (strangers if STRANGER_AD_WEIGHT else []) + negatives), "bias": round(bias, 4),
        "weights": kept, "clusters": dict(sorted(table.items())),
        "extras": sorted(EXTRAS), "word_classes": word_classes(),
    })
    print(f"{args.out}: {len(kept)} weights, {len(table)} cluster words, {args.out.stat().st_size // 1024} kB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
