"""One definition of a word: the report's word count and the readability scores' agree."""
from __future__ import annotations

from pathlib import Path

import jdlint
from jdlint import metrics

SEED = Path(__file__).resolve().parent.parent / "examples" / "case-manager.txt"


def test_the_seed_reports_one_word_count():
    # it said 749 (spaCy tokens) at the top and 734 (metrics.word_count) under readability
    report = jdlint.lint_text(SEED.read_text(encoding="utf-8"), path="case-manager.txt")
    assert report.metrics["words"] == report.metrics["readability"]["words"] == 734


def test_a_word_is_what_metrics_word_count_says():
    text = "Don't e-mail us: apply at acme.example by 5 p.m. on 12.5 days' notice."
    report = jdlint.lint_text(text, path="t.txt")
    assert report.metrics["words"] == metrics.word_count(text)
    # contractions and hyphenated words are one word each, as a reader counts them
    assert metrics.word_count("Don't e-mail") == 2


def test_equal_opportunity_text_is_counted_in_the_posting_but_not_in_the_scores():
    eeo = "Acme is an equal opportunity employer and does not discriminate on the basis of race or religion."
    duties = "You will answer the phone, greet visitors and keep the diary for the whole office team."
    report = jdlint.lint_text(f"{duties}\n\n{eeo}\n", path="t.txt")
    assert report.metrics["words"] == metrics.word_count(duties) + metrics.word_count(eeo)
    assert report.metrics["readability"]["words"] == metrics.word_count(duties)
