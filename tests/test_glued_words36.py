"""Phrases at a word glued to what stands before it (helper vaguepay36): spaCy keeps "•Team" and
"(preferred).Self" as one token, so the phrase rules, which read tokens, missed "Team player" and "Self-starter"
there while the regex rules, which read the text, found theirs. ``matching.PatternIndex`` matches the words from
a glued word on again, on their own, and keeps a phrase that starts at it, at its exact offsets. The sentences are
ours, in the shapes of the dev corpus's EMSCAD ads (0245: "(preferred).Self-starter with the ability to ...")."""
from __future__ import annotations

import pytest

import jdlint

LEAD = "We are hiring a delivery driver for our depot.\n\n"


def findings(text: str, path: str = "t.md") -> list[tuple[str, str, int]]:
    report = jdlint.lint_text(LEAD + text + "\n", path=path)
    return [(d.code, d.match, d.start) for d in report.diagnostics if d.category == "vague"]


@pytest.mark.parametrize("text,code,words", [
    ("Clean licence (preferred).Self-starter with the ability to work alone.", "V105", "Self-starter"),
    ("Two years of experience (required).Team player who helps out on busy days.", "V105", "Team player"),
    ("What we need:\n•Team player\n•Clean licence", "V105", "Team player"),
    ("Skills: driving •Team player •Map reading", "V105", "Team player"),
])
def test_a_phrase_at_a_glued_word_is_found_at_its_place(text, code, words):
    got = [(c, m) for c, m, _ in findings(text)]
    assert (code, words) in got, got
    report = jdlint.lint_text(LEAD + text + "\n", path="t.md")
    d = next(d for d in report.diagnostics if d.code == code and d.match == words)
    source = LEAD + text + "\n"
    line = source.splitlines()[d.line - 1]
    assert line[d.column - 1:d.column - 1 + len(words)] == words  # exact in the source


@pytest.mark.parametrize("text", [
    "What we need:\n• Team player\n• Clean licence",  # spaced: the tokenizer splits, one finding only
    "Clean licence (preferred). Self-starter with the ability to work alone.",
    "We need a team player.Self-starter preferred.",  # spaCy splits "player.Self" itself
])
def test_no_second_finding_where_the_tokens_were_split(text):
    got = findings(text)
    assert len(got) == len(set((c, m) for c, m, _ in got)), got


@pytest.mark.parametrize("text", [
    "Drive the route (Mon.-Fri.).Load the van each morning.",  # nothing vague at the glued word
    "Skills •Forklift •Pallet jack",
    "Use the app (see below).Then log your mileage.",
])
def test_plain_words_at_a_glued_word_stay_silent(text):
    assert not [c for c, m, _ in findings(text) if c != "V119"]
