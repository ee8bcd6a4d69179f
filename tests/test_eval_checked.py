"""An evaluation never scores a posting jdlint could not check (scripts/checked.py).

The engine reports an exception inside a rule as the posting's error and no findings, so a user's run goes on.
A scorer reading only the findings took that for "nothing found": a broken rule regex once printed figures
for a whole evaluation with the rule switched off. Each scorer must stop instead, with the engine's reason."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import eval_inclusive  # noqa: E402
import eval_pay_placeholder  # noqa: E402
import eval_vague  # noqa: E402
import judged_precision  # noqa: E402
from checked import UncheckedPosting  # noqa: E402

from jdlint.engine import Linter  # noqa: E402


@pytest.fixture
def rules_crash(monkeypatch):
    def crash(self, *args, **kwargs):
        raise ValueError("a rule's regex is broken")

    monkeypatch.setattr(Linter, "_check", crash)


FIRE = {"id": "c1", "split": "heldout", "expect": "fire", "span": "rockstar",
        "text": "We need a rockstar who loves numbers.", "category": "age"}


def test_a_vague_score_stops_on_a_posting_jdlint_could_not_check(rules_crash):
    with pytest.raises(UncheckedPosting, match="internal error .*a rule's regex is broken"):
        eval_vague.evaluate([FIRE])


def test_a_bias_score_stops_on_a_posting_jdlint_could_not_check(rules_crash):
    with pytest.raises(UncheckedPosting, match="a rule's regex is broken"):
        eval_inclusive.score_cases([dict(FIRE, text="Applicants must be under 30.", span="under 30")])


def test_a_pay_score_stops_on_a_posting_jdlint_could_not_check(rules_crash):
    with pytest.raises(UncheckedPosting, match="a rule's regex is broken"):
        eval_pay_placeholder.labels_found({"id": "p1", "text": "Salary: DOE", "expect": ["P101"]})


def test_judged_precision_stops_on_an_ad_jdlint_could_not_check(rules_crash, tmp_path):
    ad = tmp_path / "0001.md"
    ad.write_text("# Clerk\n\nYou will file records.\n", encoding="utf-8")
    with pytest.raises(UncheckedPosting, match="a rule's regex is broken"):
        judged_precision.default_reports({("dev", "0001.md"): ad})


def test_without_a_crash_the_same_scores_run():
    # the guard changes nothing on a posting jdlint checks: the fire case is found
    assert eval_vague.evaluate([FIRE])["heldout"]["tp"] == 1
