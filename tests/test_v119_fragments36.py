"""V119 vague-sentence, v119_36 (session 36): a fragment under four words is read when it is set down as a sentence,
ending in a full stop or an exclamation mark right after a word (vague_sentence.set_as_sentence): a trait or a claim
on its own line or after another sentence ("Good people.", "A can-do approach."). Before, every sentence under
four words was taken for a label. Labels stay unread: a line with no stop ("The good stuff"), a question ("Good
people?"), a greeting with an emoji after it ("Hi everyone! 👋"). The model's score and the other gates still decide:
a plain fragment ("Free lunches.") is not reported. Fixture text is written for these tests; each fragment below
scores above the threshold on the model alone, so only the fragment reader decides."""
from __future__ import annotations

import pytest

from conftest import findings_in
from jdlint.checks import vague_sentence
from jdlint.checks.vague_sentence import DEFAULT_THRESHOLD, model


def v119(text: str) -> list[str]:
    return [d.match for d in findings_in(text, "V119")]


@pytest.mark.parametrize("fragment", ["Good people.", "Amazing people!", "A can-do approach."])
def test_a_short_claim_set_as_a_sentence_is_read(fragment):
    assert model().score(fragment) > DEFAULT_THRESHOLD
    assert v119(f"# Barista\n\nWe open at seven. {fragment}\n") == [fragment]
    assert v119(f"# Barista\n\n- {fragment}\n- Two years behind a coffee machine.\n") == [fragment]


@pytest.mark.parametrize("fragment", ["The good stuff", "Good people?", "Hi everyone! 👋"])
def test_a_label_a_question_or_a_greeting_is_not(fragment):
    assert model().score(fragment) > DEFAULT_THRESHOLD
    assert not vague_sentence.set_as_sentence(fragment)
    assert v119(f"# Barista\n\n{fragment}\n\nWe open at seven and close at four.\n") == []


def test_a_plain_fragment_is_not_reported():
    assert v119("# Barista\n\n- Free lunches.\n- Two years behind a coffee machine.\n") == []
