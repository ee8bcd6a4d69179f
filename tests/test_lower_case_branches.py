"""LowerCaseRegex's branch test (speed13): a top-level alternation runs only the branches whose own
literals the text holds, and finds exactly the matches the whole alternation finds."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jdlint.regexes import LowerCaseRegex, safe_lower, top_level_branches
from jdlint.sections import classify as C


def _plain_spans(table: LowerCaseRegex, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in table.regex.finditer(text)]


@pytest.mark.parametrize(("pattern", "branches"), [
    (r"a|b", ["a", "b"]),
    (r"(a|b)c|d", ["(a|b)c", "d"]),
    (r"[|(]x|\|y|[]|]z|[^]|]w", ["[|(]x", r"\|y", "[]|]z", "[^]|]w"]),
    (r"(?:x|y)", ["(?:x|y)"]),
    (r"(?<=a|b)c", ["(?<=a|b)c"]),
])
def test_a_pattern_is_cut_at_its_top_level_bars_only(pattern, branches):
    assert top_level_branches(pattern) == branches
    assert "|".join(top_level_branches(pattern)) == pattern


def test_the_gift_grammar_is_split_and_its_noun_phrase_branch_needs_a_participle():
    gift = C._BENEFIT_GIFT
    gift.may_match("")  # prepared
    assert gift._branches is not None and len(gift._branches) >= 5
    assert "provided" in gift._branches[0][1] and "your" not in gift._branches[0][1]


@pytest.mark.parametrize("pattern", [r"(?i)a|b", r"(a)x|\1y", r"(?P<n>a)x|(?P=n)y", r"abc"])
def test_a_pattern_whose_branches_cannot_stand_alone_is_not_split(pattern):
    table = LowerCaseRegex(re.compile(pattern, re.I), literal_test=True, branch_test=True)
    table.may_match("")
    assert table._branches is None


def test_the_gift_grammar_finds_what_the_whole_alternation_finds_on_the_dev_corpus(dev_corpus):
    compared = pruned = 0
    for path in sorted(p for p in dev_corpus.iterdir() if p.suffix in (".md", ".txt", ".html")):
        for sentence in re.split(r"(?<=[.!?])\s+|\n", path.read_text(encoding="utf-8", errors="replace")):
            lowered = safe_lower(sentence)
            found = C._BENEFIT_GIFT.spans(sentence, lowered)
            assert found == (_plain_spans(C._BENEFIT_GIFT, sentence) if C._BENEFIT_GIFT.may_match(lowered) else [])
            compared += bool(found)
            pruned += lowered is not None and C._BENEFIT_GIFT.may_match(lowered) \
                and C._BENEFIT_GIFT._pruned(lowered) is not None
    assert compared > 15 and pruned > 1000


_WORDS = ["you", "your", "will", "be", "given", "provided", "a", "laptop", "on", "us", "is", "free", "of", "charge",
          "to", "staff", "plus", "£28k", "car", "we", "cover", "travel", "paid", "for", "kit", "supplied", "by",
          "the", "company", "and", "uniform", "at", "no", "cost", "'ll", ".", ",", "\n", "Uniforms", "PROVIDED"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30))
def test_the_gift_grammar_finds_what_the_whole_alternation_finds_on_generated_text(words):
    text = " ".join(words)
    lowered = safe_lower(text)
    expected = _plain_spans(C._BENEFIT_GIFT, text) if C._BENEFIT_GIFT.may_match(lowered) else []
    assert C._BENEFIT_GIFT.spans(text, lowered) == expected
    assert C._BENEFIT_GIFT.spans(text, None) == _plain_spans(C._BENEFIT_GIFT, text)


def _plain_glued_split(text: str, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """``classify._split_at_glued_bullets`` without its test for a bullet or a pipe first."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        at = s
        for m in C._BREAKS.finditer(text, s, e):
            if text[at:m.start()].strip():
                out.append((at, m.start()))
            at = m.end()
        if at < e:
            out.append((at, e))
    return tuple(out) if len(out) != len(spans) else spans


def test_a_span_without_a_bullet_or_a_pipe_is_split_as_the_search_splits_it(dev_corpus):
    from jdlint.sentences import sentence_spans

    split = 0
    for path in sorted(p for p in dev_corpus.iterdir() if p.suffix in (".md", ".txt", ".html")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for block in text.split("\n\n"):
            spans = sentence_spans(block, 0, len(block))
            assert C._split_at_glued_bullets(block, spans) == _plain_glued_split(block, spans)
            split += C._split_at_glued_bullets(block, spans) != spans
    assert split > 5


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab. |•·●▪\tX\n", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_a_span_is_split_at_glued_bullets_as_the_search_splits_it(text, a, b):
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    spans = ((a, b),) if a < b else ()
    assert C._split_at_glued_bullets(text, spans) == _plain_glued_split(text, spans)


@pytest.mark.parametrize("pattern", [r"Foo bar|baz (?-i:Qux)|\bquux\w*", r"foo bar|baz qux|\bquux\w*"])
@pytest.mark.parametrize("text", ["FOO BAR and baz Qux", "no match here", "quuxes, baz QUX, foo bar", "Baz Qux quux"])
def test_a_split_pattern_finds_what_it_finds_whole_with_or_without_a_lower_case_twin(pattern, text):
    table = LowerCaseRegex(re.compile(pattern, re.I), literal_test=True, branch_test=True)
    assert table.spans(text, safe_lower(text)) == [m.span() for m in re.finditer(pattern, text, re.I)]
    assert table._branches is not None
