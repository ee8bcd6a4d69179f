"""A selection finding (a bias warning or error) runs from the words that show it to the end of their
sentence (``context.reaches_sentence_end``): the tail often says how far the selection goes, and a reviewer
or a scorer that highlights it must find the statement. Its message still quotes the triggering words.
Gender-coded notes and rules that offer a replacement word keep their word; a flattened list stops the
reach where it glued two items, and a run-on line stops it after ``REACH_WORDS`` words."""
from __future__ import annotations

import jdlint
from jdlint.config import Config
from jdlint.context import REACH_WORDS


def findings(text: str, code: str):
    report = jdlint.lint_text("# Warehouse operative\n\n" + text + "\n", path="ad.md", config=Config(select=("D",)))
    return [d for d in report.diagnostics if d.code == code]


def test_a_requirement_runs_to_the_end_of_its_sentence():
    first, second = findings("Must be fit and healthy with no medical issues. Send your CV to the depot.", "D402")
    assert first.match == "fit and healthy with no medical issues."
    assert "'fit and healthy'" in first.message  # the message quotes what triggered it
    # the tail's own finding stays: each names what it found
    assert second.match == "no medical issues." and "'no medical issues'" in second.message


def test_the_reach_stays_in_its_sentence_and_maps_exactly_to_the_source():
    text = "You must have a clean criminal record, **including spent convictions**. We pay weekly."
    [d] = findings(text, "D901")
    source = "# Warehouse operative\n\n" + text + "\n"
    assert source[d.start:d.end] == d.match
    assert d.match.endswith("spent convictions**.") and "We pay" not in d.match


def test_a_word_for_word_replacement_keeps_its_word():
    [d] = findings("The new storeman will run the yard with two drivers every weekday morning.", "D101")
    assert d.match == "storeman" and d.fix is not None


def test_gender_coded_notes_keep_their_word():
    report = jdlint.lint_text("# Sales\n\nYou are a fearless, competitive negotiator who closes deals.\n",
                              path="ad.md", config=Config(select=("D201",)))
    assert sorted(d.match for d in report.diagnostics) == ["competitive", "fearless"]


def test_a_flattened_list_stops_the_reach_at_the_glue():
    [d] = findings("Able to lift 30 lbsMust be capable of working independently in a busy team environment.", "D403")
    assert d.match.endswith("30 lbs")


def test_a_run_on_line_stops_after_reach_words():
    tail = " ".join(["and", "also", "some", "more", "words"] * 10)
    d = findings(f"Must be fit and healthy {tail}.", "D402")[0]
    assert len(d.match.split()) == len("fit and healthy".split()) + REACH_WORDS


def test_a_near_miss_stays_silent():
    assert not findings("We welcome applicants with disabilities and will make reasonable adjustments at interview.", "D402")
