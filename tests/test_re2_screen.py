"""The RE2 screen of the rule regexes (matching._Screen) changes no match: the pattern index
finds exactly the same matches with it and without it (as without google-re2), on the dev
corpus through the engine and on generated text full of the regexes' own words."""
from __future__ import annotations

import re
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jdlint import matching
from jdlint import nlp as nlp_module
from jdlint.config import Config
from jdlint.engine import Linter, make_plan
from jdlint.regexes import RE2_DISAGREES, screen_pattern
from jdlint.source import SourceFile

pytest.importorskip("re2")

_RUN = matching.PatternIndex.run  # the real one, whatever a test patches in


def _index():
    return make_plan(Config(select=("ALL",))).pattern_index(nlp_module.load())


def _both(index, doc, blocks, text):
    """The index's matches with the screen, then without it."""
    index._screen = False
    index.screen()  # built now, not after matching.SCREEN_AFTER_POSTINGS postings
    with_screen = _RUN(index, doc, blocks, text)
    saved, index._screen = index._screen, None
    try:
        return with_screen, _RUN(index, doc, blocks, text)
    finally:
        index._screen = saved


def test_the_built_in_regexes_all_join_the_screen():
    index = _index()
    assert index.screen() is not None
    assert all(entry.screen_id is not None for entry in index.regex)


def test_a_new_index_builds_the_screen_after_its_first_postings():
    """The first ``SCREEN_AFTER_POSTINGS`` postings take the literal path (building the screen
    costs more than it saves on a few postings), then the screen is built and used; the
    matches are the same either way."""
    index = matching.PatternIndex(nlp_module.load(), make_plan(Config(select=("ALL",))).rules)
    text = "We need a rockstar ninja who works hard and plays hard, young and energetic, 24/7."
    doc = nlp_module.load()(text)
    first = [_RUN(index, doc, None, text) for _ in range(matching.SCREEN_AFTER_POSTINGS)]
    assert index._screen is False  # not built yet
    after = _RUN(index, doc, None, text)
    assert index._screen not in (False, None)
    assert all(found == after for found in first) and after


def test_screen_and_plain_path_agree_on_the_dev_corpus(dev_corpus, monkeypatch):
    compared = {"postings": 0, "regex_matches": 0}

    def checked_run(index, doc, blocks=None, text=None):
        with_screen, without = _both(index, doc, blocks, text)
        assert with_screen == without
        compared["postings"] += 1
        regex_codes = {entry.code for entry in index.regex}
        compared["regex_matches"] += sum(len(v) for k, v in with_screen.items() if k in regex_codes)
        return with_screen

    monkeypatch.setattr(matching.PatternIndex, "run", checked_run)
    sources = [SourceFile(p.name, p.read_text(encoding="utf-8"), "markdown")
               for p in sorted(dev_corpus.glob("*.md"))]
    reports = list(Linter(Config(select=("ALL",))).lint_sources(sources))
    assert not [r.error for r in reports if r.error]  # the engine turns a failed assert into one
    assert compared["postings"] == len(sources) > 200
    assert compared["regex_matches"] > 100  # the regexes did match: the comparison means something


def _words() -> list[str]:
    index = _index()
    words = sorted({lit for entry in index.regex for need in entry.needs or () for lit in need})
    return words + ["we", "are", "not", "a", "the", "team", "work", "hard", "years", "$", "50,000",
                    "k", "+", "-", "/", "(", ")", "’", "é", "\xa0", "İ", "ı", "ſ", "\v", "K", "ß"]


_INDEX = None
_WORDS: list[str] = []


def _index_and_words():
    global _INDEX
    if _INDEX is None:
        _INDEX = _index()
        _WORDS.extend(_words())
    return _INDEX, _WORDS


@st.composite
def postings(draw):
    _, words = _index_and_words()
    blocks = draw(st.lists(st.lists(st.sampled_from(words), min_size=1, max_size=14), min_size=1, max_size=5))
    separators = st.sampled_from([" ", " ", " ", ", ", ". ", "\n", "-", ""])
    texts = []
    for block in blocks:
        text = ""
        for word in block:
            text += word if draw(st.booleans()) else word.upper() if draw(st.booleans()) else word.title()
            text += draw(separators)
        texts.append(text.strip() or "x")
    return texts


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(postings())
def test_screen_and_plain_path_agree_on_generated_text(block_texts):
    index, _ = _index_and_words()
    text = "\n\n".join(block_texts)
    blocks, at = [], 0
    for block in block_texts:
        blocks.append((at, at + len(block)))
        at += len(block) + 2
    doc = index.nlp(text)
    with_screen, without = _both(index, doc, blocks, text)
    assert with_screen == without


def test_falls_back_without_google_re2(monkeypatch):
    monkeypatch.setitem(sys.modules, "re2", None)  # import re2 raises ImportError
    index = make_plan(Config(select=("ALL",))).pattern_index(nlp_module.load())
    index._screen = False
    assert index.screen() is None
    text = "We work hard and play hard. Salary: $50,000 - $60,000."
    doc = index.nlp(text)
    assert index.run(doc, [(0, len(text))], text)  # the plain path still matches


@pytest.mark.parametrize("pattern, matches, misses", [
    (r"(?<!not )\bwork\s+hard(?=\W)", ["not work hard!", "work hard"], ["workhard"]),
    (r"(\w+) and \1", ["salt and pepper", "this and this"], ["this or this"]),
    (r"(?P<w>\w+)-(?P=w)", ["win-win"], ["win"]),
    (r"pay\Z", ["good pay"], ["pay later"]),
    (r"pay$", ["good pay\n"], []),
])
def test_screen_patterns_match_a_superset(pattern, matches, misses):
    import re2

    loosened = screen_pattern(pattern)
    assert loosened is not None and "(?<" not in loosened and "(?=" not in loosened
    screen = re2.compile(loosened, _case_insensitive(re2))
    for text in matches:  # wherever Python matches, the screen must
        if re.search(pattern, text, re.I):
            assert screen.search(text), (loosened, text)
    for text in misses:
        assert not re.search(pattern, text, re.I)


def _case_insensitive(re2):
    options = re2.Options()
    options.case_sensitive = False
    return options


def test_unreadable_patterns_stay_out_of_the_screen():
    for pattern in (r"a(?(1)b|c)", r"(?>ab)", r"a*+", r"(?x) a b", r"\Bing"):
        assert screen_pattern(pattern) is None


def test_blocks_where_re2_reads_classes_differently_are_not_screened():
    for text in ("café", "a\xa0b", "x\vy", "٣", "naïve"):
        assert RE2_DISAGREES.search(text)
    for text in ("plain ASCII text, $50k.", "curly ’quotes’ and – dashes • bullets"):
        assert not RE2_DISAGREES.search(text)
