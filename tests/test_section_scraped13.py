"""Sections on scraped-job-board ads (sections13): calls to apply as button text or an
intransitive "apply" closing a sentence, and the page's button pointed at. Each class has passages
that must give the kind and near-misses that must not. Passages written for these tests."""
from __future__ import annotations

import pytest

from jdlint import sections
from jdlint.config import Config
from jdlint.engine import make_plan, parse_document
from jdlint.sections import classify
from jdlint.source import SourceFile

SYNONYMS = make_plan(Config()).synonyms


def kinds(text: str) -> set[str]:
    document = parse_document(SourceFile(path="ad.md", text=text, kind="markdown"))
    return {s.kind for s in sections.detect(document, SYNONYMS) if not s.empty}


@pytest.mark.parametrize("sentence, apply", [
    ("If you feel that's you - apply.", True),
    ("Think you fit? Then apply!", True),
    ("Like what you see? Go ahead and apply.", True),
    ("Got the tickets and the experience, so apply today.", True),
    ("Easily apply", True),                                   # a job board's button text
    ("Quick apply", True),
    ("Apply below.", True),
    ("Use the button below to send your details.", True),
    ("Hit the green link above and tell us about yourself.", True),
    # "apply" with an object, or with a noun as its subject: another sense
    ("Apply the primer and two top coats.", False),
    ("Standard terms and conditions apply.", False),
    ("T&Cs apply.", False),
    ("Check whether any of the exemptions apply.", False),
    ("Press the red button below the guard to stop the press.", False),  # a machine's button
])
def test_an_intransitive_apply_closing_a_sentence_is_a_call_to_apply(sentence, apply):
    assert ("how-to-apply" in classify.sentence_kinds(sentence)) is apply


def test_a_call_to_apply_closing_the_last_paragraph():
    text = ("# Sales Assistant\n\nServe customers, take payments and restock shelves in our Bath store. "
            "Weekends and one late night. If that sounds like you - apply.\n")
    assert "how-to-apply" in kinds(text)


def test_conditions_that_apply_are_no_call():
    text = ("# Sales Assistant\n\nServe customers, take payments and restock shelves in our Bath store. "
            "Staff discount of 20%, conditions apply.\n")
    assert "how-to-apply" not in kinds(text)
