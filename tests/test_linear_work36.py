"""Work that must grow with a posting's length, not its square, checked by counting the work
(never by timing it: speed is measured in scripts/scaling.py) and by checking each fast path
against the plain version it replaced (speed36: a dense 1 MB posting took 1.26x the time per
character of a 10 kB one at 07c6929)."""
from __future__ import annotations

import random

from jdlint import engine
from jdlint.bitmasks import mask_of, positions_of
from jdlint.diagnostics import Diagnostic, Severity
from jdlint.spans import overlapping, overlaps_any, position_index, span_index


def test_overlapping_names_every_overlapping_span():
    rng = random.Random(36)
    for _ in range(300):
        spans = []
        for _ in range(rng.randrange(0, 30)):
            start = rng.randrange(0, 200)
            spans.append((start, start + rng.choice([0, 1, 3, 10, 80, 250])))
        index = position_index(spans)
        for _ in range(20):
            start = rng.randrange(0, 220)
            end = start + rng.randrange(0, 40)
            plain = [i for i, (s, e) in enumerate(spans) if e > s and s < end and start < e]
            if end > start:
                assert overlapping(index, start, end) == plain, (spans, start, end)


def test_a_point_in_a_span_from_the_index():
    """``overlaps_any(span_index(spans), p, p + 1)`` is ``any(a <= p < b for a, b in spans)``: the test
    the checks' heading, intro, preferred-section and functional-phrase scans now make from an index."""
    rng = random.Random(3)
    for _ in range(300):
        spans = [(s, s + rng.choice([0, 1, 2, 9, 60])) for s in (rng.randrange(0, 150) for _ in range(rng.randrange(0, 12)))]
        index = span_index(spans)
        for p in range(0, 220, 3):
            assert overlaps_any(index, p, p + 1) == any(a <= p < b for a, b in spans), (spans, p)


def test_bit_masks_from_positions_and_back():
    rng = random.Random(7)
    for n in (0, 1, 7, 8, 9, 64, 65, 1000):
        for _ in range(20):
            positions = sorted({rng.randrange(max(n, 1)) for _ in range(rng.randrange(n + 1))})
            plain = 0
            for i in positions:
                plain |= 1 << i
            assert mask_of(positions) == plain
            assert mask_of(positions + positions) == plain
            assert positions_of(plain) == positions


class _Counted(list):
    """A list that counts the passes over it."""
    passes = 0

    def __iter__(self):
        type(self).passes += 1
        return super().__iter__()


def _finding(code: str, category: str, start: int, end: int, text: str) -> Diagnostic:
    return Diagnostic(code=code, name=code, category=category, severity=Severity.info, message="",
                      path="big.md", start=start, end=end, match=text[start:end])


def _sentences(n: int):
    """``n`` sentences, each a V119 finding with a named vague phrase inside it."""
    sentence = "Great team with good vibes and more. "
    text = sentence * n
    found = []
    for k in range(n):
        at = k * len(sentence)
        phrase = at + sentence.index("good vibes")
        found.append(_finding("V119", "vague", at, at + len(sentence) - 1, text))
        found.append(_finding("V113", "vague", phrase, phrase + len("good vibes"), text))
    return text, found


def test_v119_beside_named_reads_the_findings_once_not_once_per_sentence():
    """Each V119 beside a named phrase asks which findings lie in its sentence: from an index, not
    by a pass over every finding of the posting (at 07c6929, 2,026 such sentences of a dense 1 MB
    posting each read its 60,000 findings: 20 of its 33 s)."""
    asked: list[tuple[str, list[str]]] = []

    def rest(sentence, phrases):
        asked.append((sentence, list(phrases)))
        return len(asked) % 2 == 0

    passes = {}
    kept = {}
    for n in (10, 200):
        text, found = _sentences(n)
        _Counted.passes = 0
        kept[n] = engine.without_fallbacks_beside_named(_Counted(found), rest)
        passes[n] = _Counted.passes
        assert all(phrases == ["good vibes"] for _, phrases in asked)
        asked.clear()
    assert passes[200] == passes[10], passes
    # the plain reading: each V119 kept exactly when its sentence's rest was said to be vague
    assert [d.code for d in kept[10]].count("V119") == 5


def test_block_masks_read_the_spans_asked_for_once():
    """``_LiteralFinder.block_masks`` once shifted the whole mask of blocks to test each block
    (quadratic in the number of blocks); it reads the mask's positions once."""
    from jdlint.matching import _LiteralFinder

    class Mask(int):
        ops = 0

        def __rshift__(self, other):
            Mask.ops += 1
            return int(self) >> other

        def __and__(self, other):
            Mask.ops += 1
            return int(self) & other

    finder = _LiteralFinder(["dental", "pension", "s/he"])
    ops = {}
    for n in (10, 400):
        lines = ["dental plan", "pension", "s/he will", "nothing"] * (n // 4)
        text = "\n".join(lines)
        spans, at = [], 0
        for line in lines:
            spans.append((at, at + len(line)))
            at += len(line) + 1
        which = Mask(sum(1 << i for i in range(0, len(spans), 3)))
        Mask.ops = 0
        masks = finder.block_masks(text, spans, which)
        ops[n] = Mask.ops
        for literal in ("dental", "pension", "s/he"):
            plain = sum(1 << i for i, (s, e) in enumerate(spans) if i % 3 == 0 and literal in text[s:e])
            assert masks.get(literal, 0) == plain, literal
    assert ops[400] == ops[10], ops


def test_screen_block_bits_agree_with_the_plain_masks():
    from jdlint import regex_screen

    screen = regex_screen.RegexScreen.build([(r"\bdental\b", True), (r"\bpension\b", True), (r"plan", True)])
    if screen is None:
        return  # without google-re2 there is no screen (tests/test_regex_screen.py covers that path)
    lines = ["dental plan", "pension", "nothing here", "a pension plan", "Ünïcode dental"] * 40
    text = "\n".join(lines)
    spans, at = [], 0
    for line in lines:
        spans.append((at, at + len(line)))
        at += len(line) + 1
    screened, unscreened = screen.block_bits(text, spans)
    plain: dict[int, int] = {}
    plain_unscreened = 0
    for i, (s, e) in enumerate(spans):
        possible = screen.possible(text[s:e])
        if possible is None:
            plain_unscreened |= 1 << i
            continue
        for at in possible:
            plain[at] = plain.get(at, 0) | 1 << i
    assert (screened, unscreened) == (plain, plain_unscreened)


def test_fill_ins_of_a_posting_flattened_into_one_block_are_each_unit_s_own():
    """Phone masks, fill-ins, bracketed fields and markers of one long block are tested for overlap from
    an index (``extract.leftovers``), not by a scan of every fill-in of the block: a unit repeated in one
    line gives the same findings at each repeat as alone (a mask's XXX is no marker, "$[amount]" is one
    field). The work's shape is measured, not tested: 250 and 1,000 units took 0.15 s and 1.49 s of
    leftovers at 07c6929, 0.08 s and 0.31 s after."""
    import jdlint
    from jdlint.config import Config

    unit = ("Call XXX-XXX-XXXX or (XXX) XXX-XXXX, email [Company Email] about $[amount] or $XX,XXX a year, "
            "start TBD, ref XXXX. ")
    head = "Barista wanted. "

    def found(n):
        report = jdlint.lint_text(head + unit * n, path="a.txt", config=Config(select=("T102", "T103")))
        return [(d.code, d.start, d.match) for d in report.diagnostics]

    one = found(1)
    assert [m for _, _, m in one] == ["XXX-XXX-XXXX", "(XXX) XXX-XXXX", "[Company Email]", "[amount]", "$XX,XXX",
                                      "TBD", "XXXX"]
    assert found(40) == [(code, start + k * len(unit), match) for k in range(40) for code, start, match in one]
