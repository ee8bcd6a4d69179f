"""Long wording alternations searched only where RE2 says a match may start (``regex_screen.MatchStarts``,
``LowerCaseRegex(starts=MatchStarts)``) find exactly what ``finditer`` and ``search`` find.

The start finder rests on one claim: wherever Python's ``re`` matches, the loosened pattern
(``regexes.screen_pattern``) has a match starting there or one character before. These tests check the
claim and the spans on the dev corpus' sentences for every wording table of section detection, and on
the hand-made cases where a match's lookbehind reads the character that ended the match before it.
"""
from __future__ import annotations

import re
import sys

import pytest

from jdlint import context as CX, regex_screen
from jdlint.extract import pay as P
from jdlint.regexes import LowerCaseRegex, safe_lower
from jdlint.sections import classify as C

pytest.importorskip("re2")


def _tables(module) -> list[LowerCaseRegex]:
    found: list[LowerCaseRegex] = []
    for value in vars(module).values():
        for item in (value.values() if isinstance(value, dict) else (value,)):
            if isinstance(item, LowerCaseRegex) and item not in found:
                found.append(item)
    return found


def _searched(table: LowerCaseRegex, text: str) -> tuple[re.Pattern, str]:
    """The regex ``table`` searches and the text it searches it in (as ``LowerCaseRegex.spans``)."""
    table.may_match(None)  # prepared
    lowered = safe_lower(text)
    if lowered is not None and table._folded is not None:
        return table._folded, lowered
    return table.regex, text


def _sentences(dev_corpus, files: int = 80) -> list[str]:
    out = []
    for path in sorted(dev_corpus.glob("*.md"))[:files]:
        out += [s for s in re.split(r"(?<=[.!?])\s+|\n", path.read_text(encoding="utf-8")) if s.strip()]
    return out


def test_the_start_finder_gives_finditers_spans_for_every_wording_table(dev_corpus):
    """Every LowerCaseRegex of section detection, the pay pass and the rule context, with or without ``starts``, read
    through a start finder: the same spans as ``finditer`` and the same answer as ``search`` on every
    sentence of 80 dev postings, and the finder answered (was not left to ``re``) for most of them."""
    sentences = _sentences(dev_corpus)
    tables = _tables(C) + _tables(P) + _tables(CX)
    assert len(tables) > 40 and sum(t.starts is not None for t in tables) >= 6
    answered = matched = 0
    for table in tables:
        starts = regex_screen.MatchStarts(table.regex.pattern, table.regex.flags)
        if starts.start_function() is None:
            continue
        for sentence in sentences:
            regex, subject = _searched(table, sentence)
            spans = starts.spans(regex, subject)
            if spans is None:
                continue
            answered += 1
            expected = [m.span() for m in regex.finditer(subject)]
            assert spans == expected, (table.regex.pattern[:60], sentence)
            assert starts.found(regex, subject) is bool(expected), (table.regex.pattern[:60], sentence)
            matched += bool(expected)
    assert answered > 30_000 and matched > 1_000


def test_the_tables_that_use_it_answer_as_without_it(dev_corpus):
    """The tables built with ``starts`` answer ``spans``, ``found`` and ``count`` as with the screens
    switched off (Python's ``re`` alone)."""
    tables = [t for t in _tables(C) + _tables(P) if t.starts is not None]
    assert {C._BENEFIT_STRONG, C._REQ_STRONG, P._PAY_WORDS} <= set(tables)
    sentences = _sentences(dev_corpus, files=40)
    fast = [(t.spans(s, safe_lower(s)), t.found(s, safe_lower(s)), t.count(s, safe_lower(s)))
            for t in tables for s in sentences]
    with regex_screen.switched_off():
        plain = [(t.spans(s, safe_lower(s)), t.found(s, safe_lower(s)), t.count(s, safe_lower(s)))
                 for t in tables for s in sentences]
    assert fast == plain
    assert sum(bool(f[0]) for f in fast) > 300


@pytest.mark.parametrize("pattern, text, spans", [
    # the lookbehind of the second match reads the last character of the first: the loosened pattern
    # starts one character early, inside the match before ("a" ends at 1, "b" needs [^c] at 0)
    (r"a|(?<!c)b", "ab", [(0, 1), (1, 2)]),
    (r"\bfoo|(?<![\w-])bar\b", "foo bar foobar", [(0, 3), (4, 7), (8, 11)]),
    (r"x+|(?<![y])z", "xxzz xz yz", [(0, 2), (2, 3), (3, 4), (5, 6), (6, 7)]),
    # a false start (the loosened pattern matches, Python's does not) is stepped over
    (r"(?<!months )\d+ years?", "6 months 3 years and 12 years", [(21, 29)]),
    # ^ only at the text's real start, as a search from a position reads it
    (r"^\W*vision\b|dental", "- vision and dental; vision", [(0, 8), (13, 19)]),
])
def test_matches_side_by_side_and_false_starts(pattern, text, spans):
    regex = re.compile(pattern, re.I)
    starts = regex_screen.MatchStarts(pattern, re.I)
    starts.start_function()  # built now, not after its first texts
    assert [m.span() for m in regex.finditer(text)] == spans
    assert starts.spans(regex, text) == spans
    assert starts.found(regex, text) is True


@pytest.mark.parametrize("pattern, text", [
    (r"pay|x*", "pay"),  # can match the empty string: finditer's rule for empty matches is not imitated
    (r"salary", "salary in €"),  # non-ASCII: RE2 counts bytes
    (r"salary", "salary\x1cpay"),  # a character the engines read apart
    (r"salary", "salary " * 400),  # longer than STARTS_MAX_CHARS
])
def test_what_it_leaves_to_python(pattern, text):
    regex = re.compile(pattern, re.I)
    assert regex_screen.MatchStarts(pattern, re.I).spans(regex, text) is None
    table = LowerCaseRegex(re.compile(pattern, re.I), starts=regex_screen.MatchStarts)
    assert table.spans(text, safe_lower(text)) == [m.span() for m in regex.finditer(text)]


def test_switched_off_or_without_re2_it_is_plain_re(monkeypatch):
    regex = re.compile(r"dental|vision", re.I)
    with regex_screen.switched_off():
        assert regex_screen.MatchStarts(regex.pattern, regex.flags).spans(regex, "dental") is None
    monkeypatch.setitem(sys.modules, "re2", None)
    starts = regex_screen.MatchStarts(regex.pattern, regex.flags)
    assert starts.start_function() is None and starts.spans(regex, "dental") is None


def test_the_direct_rE2_call_is_the_one_used():
    """The finder calls the bindings' underlying ``Match`` (no match object built, no offsets decoded):
    not their documented interface, so this fails loudly the day an upgrade takes it away (the search
    method then answers, the same but slower)."""
    start = regex_screen.MatchStarts(r"\bdental\b", re.I).start_function()
    assert start is not None and start.direct
    assert start(b"full dental cover, dental", 0) == 5 and start(b"full dental cover, dental", 6) == 19
    assert start(b"no cover", 0) == -1


def test_the_pay_pass_wordings_search_and_span_as_the_regex_does(dev_corpus):
    """The pay pass's long wordings read through ``StartScreened`` (the others' money, company-wide floors,
    top earners, the money line's qualifier): the same first match (span and groups) and the same spans as
    the regex's own ``search`` and ``finditer``, on every line and sentence of the dev corpus."""
    from jdlint.extract import pay as P

    screened = (P._COMPANY_WIDE_AT, P._TOP_EARNERS_AT, P._MONEY_LINE_QUALIFIER_AT, P._OTHERS_MONEY_AT, P._NOT_THIS_JOB_AT)
    texts = []
    for path in sorted(dev_corpus.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        texts += text.split("\n") + re.split(r"(?<=[.!?])\s+", text)
    found = 0
    for at in screened:
        regex = at.regex
        for text in texts:
            expected = regex.search(text)
            got = at.search(text)
            assert (got and (got.span(), got.groups())) == (expected and (expected.span(), expected.groups())), text
            assert at.spans(text) == [m.span() for m in regex.finditer(text)], text
            found += expected is not None
    assert found > 150
    assert all(at._starts.start_function() is not None for at in screened)  # the fast path, not re alone


def test_a_finder_waits_for_its_first_texts_and_build_all_builds_it_now():
    """The RE2 regex is compiled after SCREEN_AFTER_TEXTS texts, as a screen's set is (a one-posting run
    does not pay for eleven of them), or at once by build_all (before forking workers)."""
    regex = re.compile(r"\bdental\b|\bvision\b", re.I)
    starts = regex_screen.MatchStarts(regex.pattern, regex.flags)
    for _ in range(regex_screen.SCREEN_AFTER_TEXTS):
        assert starts.spans(regex, "dental and vision") is None and starts._start is False
    assert starts.spans(regex, "dental and vision") == [(0, 6), (11, 17)]
    later = regex_screen.MatchStarts(regex.pattern, regex.flags)
    regex_screen.build_all()
    assert later._start is not False and later.spans(regex, "vision") == [(0, 6)]
