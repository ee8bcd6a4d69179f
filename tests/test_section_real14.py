"""Sections on real ads' wording (sections14, issue 14): a benefit word that names the employer's
trade or the job's field ("our dental practice", "a health care assistant") is no perk. Each class
has passages that must give the kind and near-misses that must not. Passages written for these
tests."""
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


def benefit_score(sentence: str) -> float:
    return classify._sentence_scores(sentence)[4]


@pytest.mark.parametrize("sentence", [
    "Our dental practice in Hove has been open 20 years.",
    "Join our friendly dental team as a dental nurse.",
    "We are a busy dental surgery in Leeds.",
    "Health care assistant needed for nights.",
    "Our pension team looks after 40,000 savers.",
    "We run the biggest gym chain in the county.",
])
def test_a_benefit_word_naming_the_trade_is_no_perk(sentence):
    assert benefit_score(sentence) == 0


@pytest.mark.parametrize("sentence", [
    "We offer dental cover for you and your family.",
    "A pension for all workers.",
    "Medical, dental and vision insurance.",
    "Free gym membership and a pension.",
    "Dental nurse wanted, with a pension and free parking.",   # the job is trade, the pension a perk
])
def test_perks_beside_trade_words_stay_perks(sentence):
    assert benefit_score(sentence) > 0


def test_a_forwarded_email_from_a_dental_practice_has_no_benefits():
    text = ("---------- Forwarded message ---------\nFrom: Karen Lee\nSubject: Fwd: Receptionist vacancy\n\n"
            "Hi team, please share with anyone who might be interested. Our dental practice in Hove has been "
            "open 20 years and we're looking for a part-time receptionist. CVs to karen@hovedental.co.uk by "
            "Friday please.\n")
    found = kinds(text)
    assert "benefits" not in found
    assert "how-to-apply" in found
