"""scripts/eval_ad_writers.py: the strangers' ad sentences the sentence models learn as negatives are the ones no
rule of their kind flags and no verdict calls a right or defensible finding (a vague sentence is no negative)."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "scripts")]

import eval_ad_writers  # noqa: E402


def test_verdicts_read_both_judged_files():
    judged = eval_ad_writers.verdicts()

    def verdict(writer, ad, family, sentence):
        return judged[(writer, ad, family, sentence[:eval_ad_writers.PREFIX])]

    # judged_strangers.yaml (the default report) and sentence_models_ad_judged.yaml (the cross-validation's models)
    assert verdict("writerC", "9210.md", "vague", "We're known for our rooftop bar, our breakfast and a team that") == "defensible"
    assert verdict("writerP", "9511.md", "bias", "Please WhatsApp your CV and a recent photo to 072 555 0198 or drop") == "right"
    assert verdict("writerP", "9511.md", "vague", "📣 WAITRONS WANTED 📣") == "wrong"


def test_negatives_leave_out_sentences_judged_vague_and_sentences_a_rule_flags():
    negatives = [s for _, s in eval_ad_writers.stranger_ad_negatives(["C"], "vague")]
    text = " ".join(negatives)
    assert "We roast our own beans out the back" in text  # judged wrong for V119: a plain sentence, a negative
    assert "a team that actually remembers your name" not in text  # judged defensible: not a negative
    assert "Base salary is competitive" not in text  # judged right
    assert not any(s.rstrip().endswith(":") for s in negatives)  # a lead-in is not read by the models
    assert len(negatives) > 200
