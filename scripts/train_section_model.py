#!/usr/bin/env python3
"""Train section detection's sentence model: two heads, ``intro`` (about the employer) and ``benefits`` (offered
to the hire), written to jdlint/data/section_model.json. Offline, deterministic (fixed seed and epochs; the trainer
is scripts/linear_training.py's, shared with the vague and bias models); run it again when the training data change.

    .venv/bin/python scripts/train_section_model.py [--lowo] [--threshold T ...] [--verbose]

Why a model: section detection finds the intro and the benefits by word tables and grammar written class by class
(jdlint/sections/classify.py); on real ads nobody had read, intro F1 was .69-.95 and benefits .67-.92: classes
learnt on one batch carry little to the next. A linear model over words, word pairs and their Brown clusters
(jdlint/sentence_model.py) reads a word no table holds through the company it keeps. Section detection asks it only
about sentences its rules leave undecided (classify._model_evidence), and its vote is evidence in the block scores.

Training data (none of it is the dev corpus's ads' text, nor an independent writer's unread half, nor a real ad):
- the section sentences of two independent writers, Y and Z (tests/data/train/writerY_sections.yaml,
  writerZ_sections.yaml: 400 each, labelled intro, benefits or other, with near-misses among the others: duties,
  role summaries, pay, EEO, culture claims, offers to customers; conventions docs/section-labelling.md);
- silver negatives from the writer-made synthetic ads with section labels (tests/data/sections_synth11, 13, 14:
  writers C, M and P), at SILVER_WEIGHT: a sentence of a block under a heading that names one kind
  (jdlint/sections/headings.heading_kinds) is a negative of both heads under a duties, requirements, how-to-apply or
  eeo heading, and of the other head under an intro or benefits heading; every sentence of an ad whose label says a
  kind is absent is a negative of that kind's head. Pay, location and schedule headings and headings naming two kinds
  give nothing (a "Pay & Perks" block mixes them). The sentences under an intro or benefits heading are not taken as
  positives (SILVER_POSITIVES): measured, the benefits head then learnt the synthetic ads' run-on labels and footers
  under their perks ("About Company", "Key Skills", "Privacy Notice", an agency's name) and read duties and questions
  on the dev ads as perks (of 30 votes on dev-ad sentences the rules leave undecided, about 8 right).

Measured (--lowo; the dev corpus's undecided sentences read by hand, never trained on): silver positives off took the
benefits head's leave-one-writer-out precision on undecided sentences at 1.0 from .82 to .95 and its votes on the dev
ads' undecided sentences from 30 to 10; a stronger L2 (10, 30, 100) lowered recall at every precision; silver weight 1
against 0.5: benefits on undecided sentences at 1.0 P .947 R .333 against .950 .352, intro the same. Thresholds
(THRESHOLDS) and the weight of a vote (classify.MODEL_INTRO, MODEL_BENEFIT) were chosen on --lowo and the read
section sets (scripts/eval_sections.py): see jdlint/sections/__init__.py.

Section detection asks the model only about a sentence its rules leave undecided (classify._model_may_read) and takes
a benefits vote only where the sentence names the hire or the staff (classify.model_vote); both are the classify
module's, read here too, so the figures below are of the model as detection uses it.

--lowo: leave one writer out, the figure that counts: the model is trained on writer Y (and the silver sentences)
and scores writer Z's sentences, then the reverse; P/R per head, on every sentence and on those the rules leave
undecided (the only ones section detection asks the model about), at the shipped thresholds and at --threshold; and
the rules alone against the rules with the model's vote, per head, on both writers' sentences.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from linear_training import cluster_table, digest, pruned, train_heads, write  # noqa: E402

OUT = ROOT / "jdlint" / "data" / "section_model.json"
HEADS = ("intro", "benefits")
#: The writers' files (tests/data/train/writer<X>_sections.yaml).
WRITER_FILES = "writer*_sections.yaml"
#: The writer-made synthetic ads whose headings give silver labels (folder, label file).
SILVER_SETS = ("sections_synth11", "sections_synth13", "sections_synth14")
#: A silver sentence's weight beside a writer's (1.0): a heading's label is the section's, not each sentence's.
SILVER_WEIGHT = 0.5
#: Whether a silver sentence may be a positive (under an intro or benefits heading). Off: measured, the synthetic ads'
#: blocks under a benefits heading hold their run-on labels and footers ("About Company", "Key Skills", "Privacy
#: Notice", an agency's name), which the head learnt as perks (see the module docstring).
SILVER_POSITIVES = False
#: Heading kinds whose blocks are negatives of both heads.
NEGATIVE_KINDS = frozenset({"responsibilities", "requirements", "preferred", "how-to-apply", "eeo"})
#: The score above which a head's vote counts (written into the model file; classify reads it there), chosen on
#: --lowo (pooled, undecided sentences: intro at 0 P 1.0 R .47, at 1 P 1.0 R .40, at 2 P 1.0 R .20; benefits at 0
#: P .95 R .42, at 1 P 1.0 R .31, at 2 P 1.0 R .25) and the dev ads' undecided sentences the heads vote on (intro 42
#: at 0, 25 at 1; benefits 16 at 0, 10 at 1, before the benefit-wording and hire-named gates of classify); the
#: figures are in jdlint/sections/__init__.py.
THRESHOLDS = {"intro": 1.0, "benefits": 1.0}
#: Numbers are read by their shape (sentence_model.number_shape): "25 days" is leave whatever the figure.
NUMBERS = "shape"
#: The regularisation's strength (linear_training.L2 is 1.0, for models trained on thousands of sentences).
L2 = 1.0


def writer_of(path: Path) -> str:
    """The writer of a training file (``writerY_sections.yaml``: "Y")."""
    return path.name[len("writer"):path.name.index("_")]


def load_cases() -> list[dict]:
    """Every writer's case, with ``_writer``; ``label`` is intro, benefits or other."""
    from ruamel.yaml import YAML

    yaml, cases = YAML(typ="safe"), []
    for path in sorted((ROOT / "tests" / "data" / "train").glob(WRITER_FILES)):
        loaded = yaml.load(path.read_text(encoding="utf-8"))
        cases += [dict(c, _writer=writer_of(path)) for c in loaded["cases"]]
    return cases


def silver_sentences() -> list[tuple[str, dict[str, int]]]:
    """(sentence, {head: 1 or 0} for the heads its ad and heading settle) from the synthetic ads: a sentence under a
    heading naming one kind is a positive of ``intro`` or ``benefits`` under that kind's heading (when the ad's label
    says the kind is present) and a negative of the other head, and a negative of both under a duties, requirements,
    how-to-apply or eeo heading; any sentence of an ad whose label says a kind is absent is a negative of its head."""
    import json

    from jdlint.config import Config
    from jdlint.engine import make_plan, parse_document
    from jdlint.sections.classify import sentences_of
    from jdlint.sections.headings import heading_kinds, heading_text
    from jdlint.source import SourceFile

    synonyms = make_plan(Config()).synonyms
    out: list[tuple[str, dict[str, int]]] = []
    for name in SILVER_SETS:
        folder = ROOT / "tests" / "data" / name
        labels = {a["id"]: a for a in json.loads((ROOT / "tests" / "data" / f"{name}_labels.json").read_text())["ads"]}
        for ad_id, label in sorted(labels.items()):
            path = next(p for p in (d / f"{ad_id}{ext}" for d in (folder / "dev", folder)
                                    for ext in (".md", ".html", ".txt")) if p.exists())
            kind = {".html": "html", ".txt": "text"}.get(path.suffix, "markdown")
            document = parse_document(SourceFile(path=path.name, text=path.read_text(encoding="utf-8"), kind=kind))
            text, current = document.text, None
            for block in document.blocks:
                if block.kind == "heading":
                    kinds = heading_kinds(heading_text(document, block), synonyms)
                    current = kinds[0] if len(kinds) == 1 else None
                    continue
                known = {head: 0 for head in HEADS if not label.get(head)}  # the ad has none of it
                if current in HEADS and label.get(current):
                    known.update({head: int(head == current) for head in HEADS})
                    if not SILVER_POSITIVES:
                        del known[current]
                elif current in NEGATIVE_KINDS:
                    known.update(dict.fromkeys(HEADS, 0))
                if known:
                    out += [(text[s:e].strip(), known) for s, e in sentences_of(text, block.text_start, block.text_end)
                            if len(text[s:e].split()) >= 2]
    return out


def featurise(text: str, clusters: dict) -> set[str]:
    """The features of ``text`` as section detection reads it (sentence_model.features, numbers by shape)."""
    from jdlint.sentence_model import features

    return features(text, clusters.get, numbers=NUMBERS)


def rows(pairs, clusters, weight: float = 1.0) -> list[tuple[set[str], dict[str, int], float]]:
    """Training rows (features, {head: label} for the heads the sentence counts for, weight) of (text, labels)."""
    return [(featurise(text, clusters), labels, weight) for text, labels in pairs]


def case_pairs(cases) -> list[tuple[str, dict[str, int]]]:
    """A writer's sentence counts for both heads: a positive of its label's, a negative of the other."""
    return [(c["text"], {head: int(c["label"] == head) for head in HEADS}) for c in cases]


def fit(training, clusters, probs, l2: float | None = None) -> dict:
    """The model file's content (``sentence_model.HeadedModel``'s format) trained on ``training`` rows: each head by
    linear_training.train_heads over the rows that count for it (a silver sentence may count for one head only)."""
    from jdlint.sentence_model import STOP_WORDS

    heads = {}
    for head in HEADS:
        counted = [(f, head if labels[head] else None, w) for f, labels, w in training if head in labels]
        trained = train_heads(counted, (head,), L2 if l2 is None else l2)
        weights, bias = trained[head]
        heads[head] = {"bias": round(bias, 4), "weights": pruned(weights)}
    table = cluster_table([h["weights"] for h in heads.values()], clusters, probs, STOP_WORDS)
    return {"ignored": {"words": [], "numbers": NUMBERS}, "clusters": dict(sorted(table.items())), "heads": heads,
            "thresholds": dict(THRESHOLDS)}


def undecided(text: str) -> bool:
    """Whether section detection's rules leave ``text`` undecided (classify.model_may_read), read without the model."""
    from jdlint.sections import classify

    return classify.rules_undecided(text)


def rules_read(text: str, head: str) -> bool:
    """Whether section detection's rules alone read sentence ``text`` as ``head``: its block score for the kind
    (classify._rule_scores) or the sentence-level kind (classify.sentence_kinds)."""
    from jdlint.sections import classify

    scores = classify._rule_scores(text)
    return (scores[5] if head == "intro" else scores[4]) > 0 or head in classify.sentence_kinds(text)


def leave_one_writer_out(cases, silver_rows, clusters, probs, thresholds, verbose: bool) -> int:
    from jdlint.sentence_model import HeadedModel

    writers = sorted({c["_writer"] for c in cases})
    if len(writers) < 2:
        print("leave-one-writer-out needs two writers' files")
        return 1
    pooled: dict = {}
    for writer in writers:
        held = [c for c in cases if c["_writer"] == writer]
        model = HeadedModel(fit(rows(case_pairs([c for c in cases if c["_writer"] != writer]), clusters) + silver_rows,
                                clusters, probs))
        for c in held:
            c["_scores"] = model.scores(c["text"])
            c["_undecided"] = undecided(c["text"])
        for head in HEADS:
            for th in thresholds:
                for subset in ("all", "undecided"):
                    chosen = [c for c in held if subset == "all" or c["_undecided"]]
                    tp = sum(1 for c in chosen if c["_scores"][head] > th and c["label"] == head)
                    fp = sum(1 for c in chosen if c["_scores"][head] > th and c["label"] != head)
                    fn = sum(1 for c in chosen if c["_scores"][head] <= th and c["label"] == head)
                    for key in ((writer, head, th, subset), ("pooled", head, th, subset)):
                        row = pooled.setdefault(key, [0, 0, 0])
                        row[0] += tp
                        row[1] += fp
                        row[2] += fn
            if verbose:
                th = THRESHOLDS[head]
                for c in held:
                    fired = c["_scores"][head] > th
                    if fired != (c["label"] == head):
                        print(f"    {'FALSE' if fired else 'MISS '} {head:8} {c['id']} {c['kind']:14} "
                              f"{c['_scores'][head]:5.2f} {'u' if c['_undecided'] else ' '} {c['text']}")
    # the sentence as section detection reads it: the rules, and the model's vote where they leave it undecided
    from jdlint.sections import classify

    for head in HEADS:
        for label, fired in (("rules alone", lambda c: rules_read(c["text"], head)),
                             ("rules + model", lambda c: rules_read(c["text"], head)
                              or c["_undecided"] and classify.model_vote(c["text"], c["_scores"], THRESHOLDS) == head)):
            tp = sum(1 for c in cases if fired(c) and c["label"] == head)
            fp = sum(1 for c in cases if fired(c) and c["label"] != head)
            fn = sum(1 for c in cases if not fired(c) and c["label"] == head)
            print(f"pooled  {head:8} {label:16} TP {tp:3d} FP {fp:3d} FN {fn:3d}  "
                  f"P {tp / max(1, tp + fp):.3f} R {tp / max(1, tp + fn):.3f}")
    for (who, head, th, subset), (tp, fp, fn) in sorted(pooled.items(), key=lambda kv: (kv[0][0] != "pooled", kv[0])):
        print(f"{who:7} {head:8} at {th:4.1f} {subset:9}  TP {tp:3d} FP {fp:3d} FN {fn:3d}  "
              f"P {tp / max(1, tp + fp):.3f} R {tp / max(1, tp + fn):.3f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT, help="where to write the model (default: the shipped file)")
    ap.add_argument("--lowo", action="store_true", help="leave one writer out (no model written)")
    ap.add_argument("--threshold", type=float, action="append", help="--lowo: score at this threshold too")
    ap.add_argument("--silver-weight", type=float, default=SILVER_WEIGHT, help="a silver sentence's weight")
    ap.add_argument("-v", "--verbose", action="store_true", help="--lowo: list each head's misses and false alarms")
    args = ap.parse_args(argv)
    from lookup_tables import english_table

    clusters, probs = english_table("lexeme_cluster"), english_table("lexeme_prob")
    cases = load_cases()
    silver = silver_sentences()
    silver_rows = rows(silver, clusters, args.silver_weight)
    counted = ", ".join(f"{h} {sum(c['label'] == h for c in cases)}" for h in HEADS)
    silver_counted = ", ".join(f"{h} {sum(x.get(h) == 1 for _, x in silver)}/{sum(h in x for _, x in silver)}"
                               for h in HEADS)
    print(f"{len(cases)} writers' sentences ({counted}), {len(silver)} silver sentences ({silver_counted})")
    if args.lowo:
        thresholds = sorted(set(THRESHOLDS.values()) | set(args.threshold or ()))
        return leave_one_writer_out(cases, silver_rows, clusters, probs, thresholds, args.verbose)
    raw = fit(rows(case_pairs(cases), clusters) + silver_rows, clusters, probs)
    write(args.out, {"about": "section detection's sentence model, written by scripts/train_section_model.py (do not "
                              "edit by hand)",
                     "training_data": digest([c["text"] for c in cases] + [s for s, _ in silver]), **raw})
    n = sum(len(h["weights"]) for h in raw["heads"].values())
    print(f"{args.out}: {n} weights, {len(raw['clusters'])} cluster words, {args.out.stat().st_size // 1024} kB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
