"""V119 vague-sentence, v119_38 (session 38): the model's real-ad negatives (the dev sentences no other vague or pay rule
flags) are read from frozen flags (tests/data/vague_model_dev_flagged.json, scripts/train_vague_model.py DEV_FLAGGED),
not by linting the corpus at training time. Read live, every other helper's vague-rule change moved the negatives and
the merge retrain flipped sentences on the threshold's edge (session 37: a strict xfail and a judged wrong finding came
back). The reproduction test (tests/test_v119_plain_classes36.py) therefore holds across another rule's change."""
from __future__ import annotations

import shutil

import pytest

import jdlint
from conftest import load_script


def test_the_negatives_are_read_without_linting(dev_corpus, monkeypatch):
    trainer = load_script("train_vague_model")

    def no_linting(*args, **kwargs):
        raise AssertionError("the real-ad negatives must not depend on what the rules flag today")

    monkeypatch.setattr(jdlint, "lint_text", no_linting)
    negatives = trainer.real_ad_negatives(dev_corpus)
    assert len(negatives) > 5000
    # a sentence a frozen span overlaps is not a negative; the ad's other sentences are
    flagged = trainer.frozen_flagged(dev_corpus)
    ad, spans = next((name, spans) for name, spans in sorted(flagged.items()) if spans)
    text = (dev_corpus / ad).read_text(encoding="utf-8")
    start, end = spans[0]
    assert not any(text[start:end] in sentence for name, sentence in negatives if name == ad)
    assert any(name == ad for name, _ in negatives)


def test_a_changed_corpus_is_refused_until_the_flags_are_frozen_again(dev_corpus, tmp_path):
    trainer = load_script("train_vague_model")
    corpus = tmp_path / "dev"
    shutil.copytree(dev_corpus, corpus)
    first = sorted(corpus.glob("*.md"))[0]
    assert trainer.frozen_flagged(corpus)
    first.write_text(first.read_text(encoding="utf-8") + "\nWe are a rockstar family.\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="--freeze-flagged"):
        trainer.frozen_flagged(corpus)
    # frozen again on purpose (two ads here, to keep the test short), the new vague sentence is flagged and left out
    small = tmp_path / "small"
    small.mkdir()
    for path in sorted(corpus.glob("*.md"))[:2]:
        shutil.copy(path, small / path.name)
    trainer.freeze_flagged(small, tmp_path / "flagged.json")
    negatives = trainer.unflagged_sentences(small, trainer.frozen_flagged(small, tmp_path / "flagged.json"))
    assert not any("rockstar" in sentence for _, sentence in negatives)
    assert any(name == first.name for name, _ in negatives)
