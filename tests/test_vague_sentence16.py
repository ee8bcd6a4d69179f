"""V119 vague-sentence (vague16): a sentence that says where by name (a place, a language or a programme after
"in", "from", "near", "based at") is a fact the reader can check, so the model's finding stands aside; a hollow
claim that names no place, or names only the employer it praises ("at", "of"), or praises before the place (the
place is then the claim's scope: "legendary in Cebu"), is still read. Fixtures in our own wording for the classes judged wrong on real ads."""
from __future__ import annotations

import pytest

import jdlint
from jdlint.checks.vague_sentence import LOCATED, model, DEFAULT_THRESHOLD
from jdlint.config import Config


def v119(text: str) -> list[str]:
    report = jdlint.lint_text("# Job\n\n" + text + "\n", path="job.md", config=Config(select=("V", "P101", "P102")))
    return [d.match for d in report.diagnostics if d.code == "V119"]


@pytest.mark.parametrize("text", [
    "The right person will join us in Leeds, Manchester, or remotely from a place that makes you happy.",
    "You will be part of a friendly crew based at our Didcot depot.",
    # session 36 (v119_36): the retrain on the plain classes read "Tucked away in the heart of Hebden Bridge ...",
    # "We're in a lovely spot in Camden ..." and "The Salt House in Kalk Bay is looking for ..." below the threshold on
    # its own (1.0 to 2.0, test_the_older_fixtures_stay_silent): these still score above it
    "We're a friendly little pub in the heart of Hebden Bridge.",
    "Our lovely little cafe in Brighton is looking for a friendly barista.",
])
def test_a_sentence_that_says_where_by_name_is_not_called_vague(text):
    # the model alone reads it as vague: the stand-aside is what keeps it silent
    assert DEFAULT_THRESHOLD < model().score(text)
    assert LOCATED.search(text)
    assert not v119(text)


@pytest.mark.parametrize("text", [
    "Tucked away in the heart of Hebden Bridge and only a short hop from Manchester Airport, the pub is busy all year.",
    "We're in a lovely spot in Camden, just a short walk from Regent's Park and its cafes.",
    "The Salt House in Kalk Bay is looking for friendly, energetic waiters to join us for the summer!",
])
def test_the_older_fixtures_stay_silent(text):
    assert LOCATED.search(text)
    assert not v119(text)


@pytest.mark.parametrize("text", [
    # the employer, by "of" ("contributing to the growth" is now V201's, vague41, which V119 stands aside for)
    "Be part of a caring team, adding to the growth and success of The Harbour.",
    "At Brightlane, we have big plans for the future and we love what we do.",  # sentence-opening "At": the employer
    "Our people are the heart and soul of everything we do.",  # no name at all
])
def test_a_hollow_claim_without_a_place_is_still_read(text):
    assert not LOCATED.search(text)
    assert v119(text) == [text]


@pytest.mark.parametrize("text", [
    "We are building something truly special in Kreuzberg and love every minute of it.",  # a degree word first
])
def test_a_place_after_praise_is_the_scope_of_a_claim_and_is_still_read(text):
    assert LOCATED.search(text) and model().score(text) > DEFAULT_THRESHOLD
    assert v119(text) == [text]


def test_a_superlative_scoped_by_a_place_is_read_by_the_named_rule():
    """(vague52) A superlative first, the place its scope: V116's rank over a place now names it, so V119 stands aside;
    the model still reads the sentence as vague."""
    import jdlint

    text = "Join one of the most iconic agencies in Melbourne."
    assert LOCATED.search(text) and model().score(text) > DEFAULT_THRESHOLD
    report = jdlint.lint_text("# Job\n\n" + text + "\n", "t.md")
    assert [d.code for d in report.diagnostics if d.category == "vague"] == ["V116"]


def test_the_locative_reader_is_linear_on_long_input():
    import time

    text = ("in the the the " * 20000) + "x"
    started = time.perf_counter()
    LOCATED.search(text)
    assert time.perf_counter() - started < 1.0
