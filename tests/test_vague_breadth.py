"""Breadth of the cliché lexicon and literal-sense guards (issue 14 item 4, helper vague5).

A recruiter's cliché is one of a few hundred stock phrases with inflections and small variants, so
recall comes from breadth (families of phrases in rules/vague.yaml); precision on the same words
comes from one mechanism, the skip context ``literal`` (jdlint/data/literal_senses.yaml): a
borrowed metaphor is silent when the trade it borrows from is the job's subject. Fixture text is
written for these tests unless a line names a corpus ad.
"""
from __future__ import annotations

from importlib.resources import files

import pytest

import jdlint
from jdlint.context import LITERAL_DOMAINS, TITLE_REACH
from jdlint.yamlio import load_fast

VAGUE_PAY = ("P101", "P102")


def vague(text: str) -> list:
    report = jdlint.lint_text(text + "\n", "t.md")
    return [d for d in report.diagnostics if d.category == "vague" or d.code in VAGUE_PAY]


def flagged(text: str) -> list[str]:
    return [d.match for d in vague(text)]


# -- literal senses: the metaphor's own trade is the job's subject -------------------------------
@pytest.mark.parametrize("text", [
    "Harvest crew start by picking the low-hanging fruit from the dwarf apple trees, then move on to ladders.",
    "Our ninja warrior obstacle course instructors must hold a current first aid certificate.",
    "A guru in Sikh usage is a spiritual teacher; this translator post covers Punjabi religious texts.",
    "Guide visitors through the Star Wars exhibition and answer questions about the Jedi costumes.",
    "Book the magician and the wizard act for children's parties at the circus.",
    "Coach the under-14 basketball team and step up to the plate at batting practice with them.",
    "Lay cable ducts and work in the trenches alongside the groundworks crew.",
])
def test_a_cliche_in_its_own_trade_is_literal(text):
    assert flagged(text) == []


@pytest.mark.parametrize("text, word", [
    ("Your first task is to grab the low-hanging fruit in our sales pipeline.", "low-hanging fruit"),
    ("We're looking for a marketing guru to own our social channels.", "guru"),
    ("Are you an Excel ninja? Apply now.", "ninja"),
    ("Calling all spreadsheet wizards!", "wizards"),
    ("We need someone willing to step up to the plate when it matters.", "step up to the plate"),
    ("You will be in the trenches with our founders every day.", "in the trenches"),
])
def test_the_same_words_outside_their_trade_still_fire(text, word):
    assert word in flagged(text)


def test_the_title_names_the_trade():
    # the posting's first block is its title: a fruit farm's ad uses the orchard sense throughout
    assert flagged("# Fruit pickers, apple orchard\n\nStart with the low-hanging fruit, then the top rows.") == []
    assert "low-hanging fruit" in flagged("# Sales executive\n\nStart with the low-hanging fruit, then the hard accounts.")


def test_only_the_start_of_a_long_first_block_counts_as_its_title():
    filler = "We sell software to dentists and vets across the country. " * (TITLE_REACH // 40)
    near = "Apple orchard work. " + filler + "Grab the low-hanging fruit in your territory."
    far = filler + "Apple orchard work. Grab the low-hanging fruit in your territory."
    assert flagged(near) == []                      # a cue at the head of a flattened posting
    assert "low-hanging fruit" in flagged(far)       # the sentence before is not this sentence


def test_no_domain_word_is_its_own_cue():
    # a cue names the trade, not the metaphor: were a domain's word its own cue, two uses of the
    # cliché in one sentence would make each other literal
    data = load_fast((files("jdlint.data") / "literal_senses.yaml").read_text("utf-8"))["domains"]
    assert [name for name, _, _ in LITERAL_DOMAINS] == list(data)
    for (name, _, cues), domain in zip(LITERAL_DOMAINS, data.values()):
        assert [w for w in domain["words"] if cues.fullmatch(str(w))] == [], name
