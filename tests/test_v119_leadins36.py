"""V119 vague-sentence, v119_36 (session 36): a lead-in is not read (vague_sentence.introduces_list). The list after
it says what, as the explained context does for a colon inside a sentence. Two shapes were reported on judged ads:
words ending in a colon with glued bullets after it on the line (dev ad 0337 "... provides you with: ✅" before
"✅Lower Rates✅..."), which the old test (the sentence's last character a colon) missed; and a lead-in that stops
without a colon and hands over to bullets ("What you'll do includes the following"). The near-misses: the same words
as an item of the list, as a sentence with a full stop, or with no list after them, are still read.
Fixture text is written for these tests; each sentence scores far above the threshold on the model alone.
"""
from __future__ import annotations

import pytest

from conftest import findings_in
from jdlint.checks.vague_sentence import DEFAULT_THRESHOLD, model

CLAIM = "Our people are the beating heart of everything we do"
COLON = "Here at our place we go above and beyond for every single guest, and you get all of this:"


def v119(text: str) -> list[str]:
    return [d.match for d in findings_in(text, "V119")]


def test_the_fixtures_read_as_vague_on_the_model_alone():
    assert model().score(CLAIM) > DEFAULT_THRESHOLD + 3
    assert model().score(COLON) > DEFAULT_THRESHOLD + 3


@pytest.mark.parametrize("after", [" ✅Free parking✅Staff meals✅Tips shared weekly", "** ✅", " 👉", " —"])
def test_words_ending_in_a_colon_are_a_lead_in_whatever_marks_follow(after):
    text = f"# Waiter\n\n{COLON}{after}\n"
    assert v119(text) == []


@pytest.mark.parametrize("text", [
    f"# Waiter\n\n{CLAIM}\n\n- Serve breakfast from 7am\n- Set the tables for lunch\n",
    f"# Waiter\n\nSome words first. {CLAIM}\n\n- Serve breakfast from 7am\n- Set the tables for lunch\n",
    f"# Waiter\n\n- {CLAIM}\n  - Serve breakfast from 7am\n  - Set the tables for lunch\n",
    f"<h1>Waiter</h1><p>{CLAIM}</p><ul><li>Serve breakfast from 7am</li></ul>",
])
def test_an_unpunctuated_sentence_closing_its_paragraph_before_a_list_is_a_lead_in(text):
    lint = findings_in(text, "V119") if not text.startswith("<") else _html(text)
    assert lint == []


def _html(text):
    import jdlint
    from jdlint.config import Config

    return [d for d in jdlint.lint_text(text, "t.html", config=Config(select=("V119",))).diagnostics]


@pytest.mark.parametrize("text", [
    # one item of the list, its sibling after it: an item, not the list's lead-in
    f"# Waiter\n\n- {CLAIM}\n- Serve breakfast from 7am\n",
    # a full stop: a sentence of its own, whatever follows
    f"# Waiter\n\n{CLAIM}.\n\n- Serve breakfast from 7am\n- Set the tables for lunch\n",
    # no list after it
    f"# Waiter\n\n{CLAIM}\n\nWe open at 7am.\n",
    # not the last sentence of its paragraph: the unpunctuated one after it is the lead-in
    f"# Waiter\n\n{CLAIM}! Breakfast starts at seven\n\n- Serve breakfast\n",
])
def test_the_same_words_elsewhere_are_still_read(text):
    assert len(v119(text)) == 1
