"""The labelled part a lawful basis is read in (``FileAnalysis._part_start``): a sentence longer than
``LONG_SENTENCE_CHARS`` reads its labels once and bisects them (a posting flattened into one sentence with a finding
every few words made the plain search from the sentence's start quadratic: the hostile battery's 490 kB line took 30 s).
The fast path is checked against the plain search on real-shaped text, label by label."""
from __future__ import annotations

import bisect

import jdlint
from jdlint import context
from jdlint.sentences import LABELLED_PART


def _plain_part_start(text: str, start: int, offset: int) -> int:
    part = start
    for label in LABELLED_PART.finditer(text, start, offset):
        part = label.end()
    return part


def test_a_long_sentence_finds_the_same_parts_as_the_plain_search():
    unit = ("we need a valid driver's licence and a young energetic team player "
            "— Candidate Requirements: three years in logistics, own car essential "
            "— What We Offer: medical insurance as per Qatar labour law ")
    text = unit * (3 * context.LONG_SENTENCE_CHARS // len(unit))
    ends = [m.end() for m in LABELLED_PART.finditer(text, 0, len(text))]
    assert len(ends) > 100  # the labels are read as labels in this text
    for offset in range(0, len(text), 97):
        fast = ends[bisect.bisect_right(ends, offset) - 1] if bisect.bisect_right(ends, offset) else 0
        assert fast == _plain_part_start(text, 0, offset), offset


def test_a_posting_that_is_one_long_sentence_reads_each_basis_in_its_own_part():
    # the same findings with the fast path as with every sentence on the plain search
    unit = ("Must hold a valid driver's licence — Candidate Requirements: own car essential "
            "— What We Offer: medical insurance as per Qatar labour law ")
    text = "# Driver\n\n" + unit * (context.LONG_SENTENCE_CHARS // len(unit) + 40)
    fast = [(d.code, d.severity.name, d.start, d.message) for d in jdlint.lint_text(text, "a.md").diagnostics]
    old = context.LONG_SENTENCE_CHARS
    try:
        context.LONG_SENTENCE_CHARS = 10 ** 9
        plain = [(d.code, d.severity.name, d.start, d.message) for d in jdlint.lint_text(text, "a.md").diagnostics]
    finally:
        context.LONG_SENTENCE_CHARS = old
    assert any(code == "D405" for code, *_ in fast)
    assert fast == plain
