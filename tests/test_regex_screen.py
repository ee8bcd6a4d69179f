"""The RE2 screens of section detection and extraction (``regex_screen``) change no result.

Section detection reads every sentence through one screen of its wording tables
(``classify._TABLES``), the pay pass its vague-pay wording (``pay._VAGUE_SCREEN``), the leftovers
pass every block through one screen of its block patterns (``leftovers._BLOCK_SCREEN``), the
equal-opportunity test every sentence of a Doc through one screen of its three tables
(``context._EEO_TABLES``). Each
only skips a search that would have found nothing, so the sections, leftovers and pay mentions
must be the same with the screens, with them switched off, and without google-re2 at all: on
the dev corpus, on generated text full of the patterns' own words and hostile characters
(non-ASCII letters, CRLF, the characters re.I folds oddly), and through the whole linter.
(The rule regexes' screen in matching.py has its own tests: test_re2_screen.py.)
"""
from __future__ import annotations

import contextlib
import dataclasses
import re
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import jdlint
from jdlint import context as CX, regex_screen
from jdlint import sections as S
from jdlint.config import Config
from jdlint.engine import make_plan, parse_document
from jdlint.extract import leftovers as LO, pay as P
from jdlint.regexes import RE2_DISAGREES, required_literals, screen_pattern
from jdlint.sections import classify as C
from jdlint.source import SourceFile

pytest.importorskip("re2")

SYNONYMS = make_plan(Config()).synonyms
GROUPS = (C._TABLES, C._OFFER_SCREEN, P._VAGUE_SCREEN, LO._BLOCK_SCREEN, CX._EEO_TABLES)
#: per-text memos that keep what a screened (or plain) run worked out
MEMOS = (C._read, C._sentence_kinds, C._sentence_scores, P._sentence_pay, CX.is_eeo_sentence)


@pytest.fixture(autouse=True)
def _screens_built():
    """Every group screens from its first text here (a run waits SCREEN_AFTER_TEXTS texts)."""
    regex_screen.build_all()


def _forget() -> None:
    for memo in MEMOS:
        memo.cache_clear()


def _results(path: str, text: str) -> tuple:
    """Sections (as JSON), leftovers and pay mentions of one posting, worked out afresh."""
    _forget()
    kind = "text" if path.endswith(".txt") else "html" if path.endswith(".html") else "markdown"
    document = parse_document(SourceFile(path=path, text=text, kind=kind))
    sections = S.to_json(S.detect(document, SYNONYMS))
    addressed = S.to_json(document.addressed)
    leftovers = [dataclasses.astuple(l) for l in LO.leftovers(document)]
    pay = [(m.kind, m.start, m.end, m.text, m.figure) for m in P.pay_mentions(document.text)]
    eeo = [CX.is_eeo_sentence(sentence) for sentence in re.split(r"(?<=[.!?])\s+|\n", document.text)]
    return sections, addressed, leftovers, pay, eeo


def _plain(path: str, text: str) -> tuple:
    with regex_screen.switched_off():
        return _results(path, text)


def test_every_pattern_of_the_groups_joins_its_screen():
    # a pattern left out is never ruled out (correct but slow): the built-in ones all join
    for group in GROUPS:
        screen = group.screen()
        assert screen is not None and None not in screen.ids, group.members


def test_screened_and_plain_agree_on_the_dev_corpus(dev_corpus):
    paths = sorted(dev_corpus.glob("*.md"))
    ruled_out = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        screened = _results(path.name, text)
        assert screened == _plain(path.name, text), path.name
        ruled_out += sum(1 for b in text.split("\n\n") if not LO._BLOCK_SCREEN.may_match(b))
    assert len(paths) > 200
    assert ruled_out > 1000  # the screen did rule blocks out: the comparison means something


@pytest.mark.parametrize("sentence, offered", [
    ("We offer medical, dental and vision insurance.", True),
    ("You'll get 28 days' holiday plus bank holidays.", True),
    ("The role comes with a company van.", True),
    ("Parking is on us.", True),
    ("Maintain accurate records of stock deliveries.", False),
    ("Must hold a valid driving licence and insurance.", False),
])
def test_a_sentence_finds_the_offer_patterns_where_the_screen_allows(sentence, offered):
    # section detection asks the offer patterns about most sentences, through their own RE2 screen
    read = C._Sentence(sentence)
    for pattern in (C._OFFERS, C._BENEFIT_OFFER):
        found = pattern.search(sentence) is not None
        assert read.offer(pattern) is found
        assert not found or pattern in C._OFFER_SCREEN.may_match(sentence)
    assert (C._BENEFIT_OFFER in C._OFFER_SCREEN.may_match(sentence)) is offered
    assert (C._BENEFIT_OFFER.search(sentence) is not None) is offered


def test_the_screens_switch_off_and_back_on():
    sentence = "We offer medical, dental and vision insurance."
    assert C._BENEFIT_STRONG in C._TABLES.may_match(sentence)
    assert C._HOW_TO_APPLY not in C._TABLES.may_match(sentence)
    with regex_screen.switched_off():
        assert C._HOW_TO_APPLY in C._TABLES.may_match(sentence)
    assert C._HOW_TO_APPLY not in C._TABLES.may_match(sentence)


@pytest.mark.parametrize("text", [
    "Café staff get free meals.",  # a non-ASCII letter: RE2 and re read \w differently
    "Salary:\xa0competitive",  # a no-break space
    "apply\vnow",  # a vertical tab: re's \s, not RE2's
])
def test_text_the_engines_read_differently_is_not_screened(text):
    for group in GROUPS:
        assert group.screen().possible(text) is None


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab Z9_.,\n\r\t\v\x0b\x0c\x1c\x1d\x1e\x1f\x7f\x85\xa0é’ıİſ\u212a٣\u2028•–€²½\u3000"), max_size=12))
def test_engines_agree_is_the_plain_test(text):
    assert regex_screen.engines_agree(text) == (RE2_DISAGREES.search(text) is None)


def _table_words() -> list[str]:
    words: set[str] = set()
    for group in GROUPS:
        for member in group.members:
            regex = getattr(member, "regex", member)
            words.update(required_literals(regex.pattern, min_length=1) or ())
    return sorted(words) + [
        "we", "offer", "you", "will", "must", "have", "years", "experience", "the", "company", "is",
        "$", "£", "50,000", "$20", "per", "hour", "k", "+", "-", "/", "(", ")", ":", "[", "]", "___",
        "XX/XX/XXXX", "MM/DD/YYYY", "555-555-5555", "(123) 456-7890", "jane@example.com", "John Doe",
        "[Company Name]", "TBD", "todo", "$XX,XXX", "Lorem ipsum", "dolor sit amet", "insert", "here",
        "Austin, TX", "Remote", "full-time", "DOE", "competitive", "401(k)",
        # hostile: non-ASCII letters and spaces, the letters re.I folds oddly, CRLF, controls
        "’", "é", "\xa0", "İ", "ı", "ſ", "\u212a", "ß", "\v", "\r\n", "\t", "٣", "—", "•",
    ]


_WORDS: list[str] = []


@st.composite
def postings(draw):
    if not _WORDS:
        _WORDS.extend(_table_words())
    blocks = draw(st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=16), min_size=1, max_size=5))
    separators = st.sampled_from([" ", " ", " ", ", ", ". ", "\n", "\r\n", "-", ": ", ""])
    texts = []
    for block in blocks:
        text = draw(st.sampled_from(["", "", "- ", "## ", "1. "]))
        for word in block:
            text += word if draw(st.booleans()) else word.upper() if draw(st.booleans()) else word.title()
            text += draw(separators)
        texts.append(text.strip() or "x")
    return draw(st.sampled_from(["\n\n", "\r\n\r\n", "\n"])).join(texts)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(postings(), st.sampled_from(["t.md", "t.txt"]))
def test_screened_and_plain_agree_on_generated_text(text, path):
    assert _results(path, text) == _plain(path, text)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(postings())
def test_each_sentence_reads_the_same_screened_and_plain(text):
    for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
        _forget()
        screened = (C._sentence_kinds(sentence), C._sentence_scores(sentence), P._sentence_pay(sentence),
                    C.block_scores(sentence, "paragraph"), CX.is_eeo_sentence(sentence))
        _forget()
        with regex_screen.switched_off():
            plain = (C._sentence_kinds(sentence), C._sentence_scores(sentence), P._sentence_pay(sentence),
                     C.block_scores(sentence, "paragraph"), CX.is_eeo_sentence(sentence))
        assert screened == plain, sentence


HOSTILE = [
    "# Barista\r\n\r\nWe offer medical, dental and a 401(k).\r\nPay: $18-$22 an hour.\r\n\r\n"
    "Send your résumé to jobs@yourcompany.com by MM/DD/YYYY.\r\n",
    "# Kellner (m/w/d)\n\nIhre Aufgaben: Gäste bedienen. Wir bieten: Urlaubsgeld, Weiterbildung.\n\n"
    "Gehalt: 2.500 € brutto im Monat. Bewerbung an max@example.com\n",
    "# Dev\n\n[Company Name] is hiring! Salary: $XX,XXX. Call (555) 555-5555. TBD.\n\n"
    "Lorem ipsum dolor sit amet. Competitive pay, DOE. Apply now at example.com/jobs\n",
    "# İstanbul Office Manager\n\nThe ſalary is competitive. You will manage the offıce. \u212aeep calm.\n",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_whole_reports_agree_screened_and_plain(text):
    config = Config(select=("ALL",))
    _forget()
    screened = jdlint.lint_text(text, path="t.md", config=config)
    _forget()
    with regex_screen.switched_off():
        plain = jdlint.lint_text(text, path="t.md", config=config)
    assert screened.to_json() == plain.to_json()


def test_falls_back_without_google_re2(monkeypatch, dev_corpus):
    """Without google-re2 every group answers "may match" and the results stay the same."""
    paths = sorted(dev_corpus.glob("*.md"))[:40]
    expected = [_results(p.name, p.read_text(encoding="utf-8")) for p in paths]
    monkeypatch.setitem(sys.modules, "re2", None)  # import re2 raises ImportError
    for group in GROUPS:
        monkeypatch.setattr(group, "_screen", False)  # built again, now without RE2
    assert all(group.screen() is None for group in GROUPS)
    assert C._TABLES.may_match("We offer dental.") is regex_screen.EVERYTHING
    assert [_results(p.name, p.read_text(encoding="utf-8")) for p in paths] == expected
    _forget()  # nothing worked out without the screens outlives the test


@pytest.mark.parametrize("pattern, text", [
    (r"\(?(?:555)\)?[\s.-]?555", "(555) 555"),  # an escaped "(" before "?(": not a conditional
    (r"(?<![\w-])TBD(?![\w-])", "TBD"),
    (r"(?i:mm)/dd", "MM/dd"),
    # RE2 has no \u escape: written as the character (the frame rules' person slot fell out of the screen on it)
    (r"won[''\u2019]t\s+suit", "won\u2019t suit"),
    (r"[\w'\u2019-]+\s+\u2014", "o\u2019neill \u2014"),
    (r"a\u002Ez", "a.z"),
    (r"\U0001F600", "\U0001F600"),
])
def test_loosened_patterns_still_match(pattern, text):
    import re2

    loosened = screen_pattern(pattern)
    assert loosened is not None
    assert re.search(pattern, text) and re2.search(loosened, text)


@pytest.mark.parametrize("pattern", [
    r"(?<![\w-])(?:man|woman)(?![\w-]|['’]s\b|(?<=s)['’](?=\s+\w))",
    r"(?<![\w-])thin(?![\w-])|(?<![\w-])obes(?:e|ity)(?![\w-])",
    r"x|(?<![a-z])y(?!z)",
])
@pytest.mark.parametrize("text", [
    "man", "a man", "Man.", "the man's", "men", "woman-led", "human", "management", "-man", "man-",
    "thin", "within", "thinking", "so thin!", "obese", "obesity", "x", "y", "ay", "yz", "Y", "a y z",
])
def test_a_kept_word_edge_still_matches_wherever_python_does(pattern, text):
    """A word edge kept by the screen matches wherever Python's search does, searching from
    inside a text as the pattern index does per block (Python's lookbehind sees the character
    before the block; the screen does not) and at its end."""
    import re2

    loosened = screen_pattern(pattern)
    assert loosened is not None and "(?<!" not in loosened
    compiled = re.compile(pattern, re.I)
    for prefix in ("", "a", " ", "-"):
        subject = prefix + text
        if compiled.search(subject, len(prefix)):
            assert re2.search("(?i)" + loosened, text), (pattern, subject)


def test_a_word_edge_rules_out_longer_words():
    import re2

    loosened = "(?i)" + screen_pattern(r"(?<![\w-])(?:man|thin)(?![\w-])")
    assert not re2.search(loosened, "Management of human resources within a thinking team")
    assert re2.search(loosened, "A thin man")


def test_an_ascii_u_escape_stays_escaped_for_re2():
    import re2

    loosened = screen_pattern(r"a\u002Ez")  # "\." in Python: one dot, not any character
    assert not re2.search(loosened, "abz") and re2.search(loosened, "a.z")


def test_a_real_conditional_stays_out_of_the_screen():
    assert screen_pattern(r"(\()?a(?(1)\))") is None
    assert screen_pattern(r"\\(?(1)a)") is None  # an escaped backslash, then a conditional


class _FailingSet:
    """An RE2 set whose every search fails, as google-re2 reports a DFA out of memory: no match."""

    @staticmethod
    def Match(text):
        return None


def test_a_failed_search_rules_nothing_out():
    """google-re2's bindings turn RE2's "DFA out of memory" into "no match"; the canary (the
    text's end, which every text has) tells the two apart."""
    screen = regex_screen.RegexScreen.build([(r"\bdental\b", True), (r"\bpension\b", True)])
    assert screen.possible("dental plan") == frozenset({0})
    assert screen.block_bits("dental plan\npension", [(0, 11), (12, 19)]) == ({0: 1, 1: 2}, 0)

    screen.set = _FailingSet()
    assert screen.possible("dental plan") is None
    assert screen.block_bits("dental plan\npension", [(0, 11), (12, 19)]) == ({}, 3)


def test_a_set_too_big_for_its_memory_is_no_screen():
    patterns = [("(?:" + "|".join(f"word{i}xyz" for i in range(300)) + ")", True)]
    assert regex_screen.RegexScreen.build(patterns, memory=1 << 16) is None
    assert regex_screen.RegexScreen.build(patterns) is not None
    group = regex_screen.ScreenedGroup([re.compile(patterns[0][0], re.I)], memory=1 << 16)
    assert group.may_match("nothing here") is regex_screen.EVERYTHING


def _pattern_list(group):
    return [(getattr(m, "regex", m).pattern, bool(getattr(m, "regex", m).flags & re.I)) for m in group.members]


def test_split_screens_answer_as_one_set(dev_corpus):
    """A SplitScreen (several RE2 sets over parts of the patterns) says what one set over all of
    them says, per text and per block, on the dev corpus' blocks and sentences."""
    from jdlint.sentences import sentence_spans

    assert isinstance(C._TABLES.screen(), regex_screen.SplitScreen)
    from jdlint import nlp

    index = make_plan(Config(select=("ALL",))).pattern_index(nlp.load())
    assert isinstance(index.screen(), regex_screen.SplitScreen)
    rule_patterns = [(entry.source, True) for entry in index.regex]
    as_classify = C._TABLES.set_numbers()  # as classify splits them
    assert len(set(as_classify)) == C._TABLES.parts + len(C._TABLES.alone)
    cases = [(_pattern_list(C._TABLES), as_classify), (_pattern_list(C._TABLES), None),
             (rule_patterns, [i % 3 for i in range(len(rule_patterns))])]
    texts = []
    for path in sorted(dev_corpus.glob("*.md"))[:60]:
        text = path.read_text(encoding="utf-8")
        blocks = [b for b in text.split("\n") if b.strip()]
        texts.append((text, [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]))
        texts.extend((b[s:e], [(0, e - s)]) for b in blocks for s, e in sentence_spans(b, 0, len(b)))
    compared = 0
    for patterns, sets in cases:
        one = regex_screen.RegexScreen.build(patterns)
        split = regex_screen.RegexScreen.build(patterns, sets=sets or [i % 2 for i in range(len(patterns))])
        assert isinstance(split, regex_screen.SplitScreen)
        assert [i is None for i in split.ids] == [i is None for i in one.ids]
        for text, spans in texts:
            assert split.possible(text) == one.possible(text), text[:80]
            assert split.block_bits(text, spans) == one.block_bits(text, spans), text[:80]
            compared += 1
    assert compared > 3000


def test_a_group_deals_its_members_into_parts_and_keeps_alone_ones_apart():
    members = [re.compile(word, re.I) for word in ("dental", "pension", "bonus", "gym", "shares")]
    group = regex_screen.ScreenedGroup(members, alone=(members[2],), parts=2)
    assert group.set_numbers() == [0, 1, 2, 0, 1]
    group.screen()
    assert set(group.may_match("Dental, a gym and shares" + " " * regex_screen.SCREEN_AT_ONCE_CHARS)) \
        == {members[0], members[3], members[4]}
    assert regex_screen.ScreenedGroup(members).set_numbers() == [0] * 5


def test_a_failed_search_in_one_set_rules_nothing_out():
    screen = regex_screen.RegexScreen.build([(r"\bdental\b", True), (r"\bpension\b", True)], sets=[0, 1])
    assert screen.possible("dental plan") == frozenset({0})
    assert screen.block_bits("dental plan\npension", [(0, 11), (12, 19)]) == ({0: 1, 1: 2}, 0)

    screen.parts[1][0].set = _FailingSet()
    assert screen.possible("dental plan") is None
    assert screen.block_bits("dental plan\npension", [(0, 11), (12, 19)]) == ({0: 1}, 3)


def test_a_price_no_longer_lets_every_block_past_the_fill_in_screen():
    # FILL_INS's "Salary: $ per year" branch is a currency sign between a lookbehind and a
    # lookahead; with both dropped the screen read a bare [$£€] and passed every block with a
    # price. The lookahead ends its alternative, so it stays, as text the match consumes.
    for block, blank in [("Pay: $25 per hour, paid weekly.", False), ("Salary: $90,000 a year.", False),
                         ("Salary: $ per year", True), ("Salary: € an hour", True), ("Reports to: ____", True)]:
        assert (LO.FILL_INS in LO._BLOCK_SCREEN.may_match(block)) is blank, block
        assert bool(LO.FILL_INS.search(block)) is blank, block


@pytest.mark.parametrize("pattern, text", [
    (r"x|(?:(?<=:)|(?<=:\s))[$£€](?=\s+(?:per|an?)\s+(?:hour|year)\b)", "Salary: $ per year"),
    (r"(?P<insert>^\s*insert\s[^.\n]{1,60}?\bhere\b(?=\s*(?:[.:;!)\]]|$)))|y", "Insert your name here."),
    (r"\bwork\s+hard(?=\W)", "work hard!"),
    (r"(?:a(?=b)|c)b", "ab"),  # the assertion does not end its alternative: dropped, not kept
    (r"(?:a(?=b))+b", "ab"),  # repeated: dropped
    (r"(a(?=b))?b", "ab"),  # optional group followed by more: dropped
    (r"a(?=bc|b)", "ab"),
    (r"a(?=b(?=c))", "abc"),
])
def test_a_kept_lookahead_still_matches_wherever_python_does(pattern, text):
    import re2

    loosened = screen_pattern(pattern)
    assert loosened is not None and "(?=" not in loosened
    assert re.search(pattern, text) and re2.search(loosened, text), loosened


@pytest.mark.parametrize("pattern, loosened", [
    (r"a(?=b)", "(?m)a(?:b)"),
    (r"x|a(?=b)", "(?m)x|a(?:b)"),
    (r"(?:a(?=b)|c)d", "(?m)(?:a|c)d"),
    (r"(?:a(?=b))+", "(?m)(?:a)+"),
    (r"a(?=b)c", "(?m)ac"),
    (r"(?<=:)a(?!b)", "(?m)a"),
    # a word edge (a negative lookaround of one class) opening or ending a top-level alternative
    (r"(?<![\w-])man(?![\w-]|['’]s\b)", r"(?m)(?:\A|[^\w-])man(?:\z|[^\w-])"),
    (r"x|(?<![a-z])y(?!z)|w", r"(?m)x|(?:\A|[^a-z])y|w"),
    (r"(?:(?<![\w-])a)", "(?m)(?:a)"),  # inside a group: dropped
    (r"a(?![\w-])b", "(?m)ab"),  # not at an end: dropped
    (r"(?<![^a])b", "(?m)b"),  # a negated class: dropped
    (r"a(?![\u2019])", "(?m)a"),  # an escape RE2 spells differently: dropped
])
def test_which_lookaheads_are_kept(pattern, loosened):
    assert screen_pattern(pattern) == loosened


@pytest.mark.parametrize("sentence, tables, eeo", [
    ("We are an equal opportunity employer.", {"strong"}, True),
    # positive action is a statement on its own (a strong form), and weak wording with a protected class too
    ("Women are encouraged to apply.", {"strong", "weak", "protected"}, True),
    ("Everyone is welcome regardless of age.", {"weak", "protected"}, True),
    # weak wording without a protected class, and a protected word alone: not a statement
    ("Recent graduates are encouraged to apply.", {"weak"}, False),
    ("You will manage a team of five.", set(), False),
])
def test_the_eeo_screen_rules_tables_out_and_keeps_statements(sentence, tables, eeo):
    names = {"strong": CX._EEO, "weak": CX._EEO_WEAK, "protected": CX._PROTECTED}
    may = CX._EEO_TABLES.may_match(sentence)
    assert {name for name, table in names.items() if table in may} == tables
    _forget()
    assert CX.is_eeo_sentence(sentence) is eeo
    _forget()
    with regex_screen.switched_off():
        assert CX.is_eeo_sentence(sentence) is eeo


@pytest.mark.parametrize("source, field", [
    ("# Barista\n\nJoin {{ company }} in {city}.\n", "{{ company }}"),
    ("# Barista\n\nSend your CV to <insert email here> by Friday.\n", "<insert email here>"),
    ("# Barista\n\nJoin our café team in {city}.\n", "{city}"),  # non-ASCII: not screened, still found
    ("# Barista\n\nWe pay $18 an hour, 100% of tips {weekly}.\n", None),
])
def test_source_fields_are_screened_over_the_whole_source(source, field):
    may = LO._BLOCK_SCREEN.may_match(source)
    assert (LO.SOURCE_FIELDS in may) is (field is not None)  # without one the plain search is skipped
    fields = [m.group() for m in LO.SOURCE_FIELDS.finditer(source)]
    assert field in fields if field else fields == []
    document = parse_document(SourceFile(path="t.md", text=source, kind="markdown"))
    screened = LO._find_leftovers(document)
    with regex_screen.switched_off():
        assert screened == LO._find_leftovers(document)


def test_a_group_screens_only_after_its_first_texts_and_build_all_builds_it_now():
    """A one-posting run never pays for a group's RE2 set: the first SCREEN_AFTER_TEXTS texts
    are answered "every member may match" (Python's re then decides), later ones by the set."""
    apply_now, benefits = re.compile(r"\bapply\s+now\b", re.I), re.compile(r"\bdental\b", re.I)
    group = regex_screen.ScreenedGroup([apply_now, benefits])
    for _ in range(regex_screen.SCREEN_AFTER_TEXTS):
        assert group.may_match("We offer dental cover.") is regex_screen.EVERYTHING
    assert group.may_match("We offer dental cover.") == frozenset({benefits})
    fresh = regex_screen.ScreenedGroup([apply_now, benefits])
    regex_screen.build_all()
    assert fresh.may_match("Apply now!") == frozenset({apply_now})


def test_a_long_text_is_screened_at_once():
    """The deferral is for ordinary sentences only: a text longer than SCREEN_AT_ONCE_CHARS (a hostile
    run of punctuation, an unclosed HTML opener) builds the RE2 set at once, which keeps the pass linear."""
    apply_now, benefits = re.compile(r"\bapply\s+now\b", re.I), re.compile(r"\bdental\b", re.I)
    group = regex_screen.ScreenedGroup([apply_now, benefits])
    long_text = "We offer dental cover. " + "!?" * regex_screen.SCREEN_AT_ONCE_CHARS
    assert group.may_match(long_text) == frozenset({benefits})
    assert group.may_match("Apply now!") == frozenset({apply_now})  # built: later texts are screened too


@pytest.mark.parametrize("pattern, loosened", [
    (r"(?:[\w-]+\s+){0,3}?experience", r"(?m)(?:[\w-]+\s+)*?experience"),
    (r"\bwith\b[^.!?;\n]{0,60}?grit", r"(?m)\bwith\b[^.!?;\n]*?grit"),
    (r"(?:\s+\w+){1,2}", r"(?m)(?:\s+\w+)+"),
    (r"0{2,5}\)?", r"(?m)0{2,}\)?"),  # the least count is kept: "0" alone is no masked number
    (r"\d{4}", r"(?m)\d{4,}"),
    (r"a{,5}", r"(?m)a*"),
    (r"\{2\}|[{]{1,2}|a{}", r"(?m)\{2\}|[{]+|a{}"),  # escaped braces, a class, and "{}" (a literal)
])
def test_a_counted_repetition_loses_its_most(pattern, loosened):
    """The screen drops the most a counted repetition allows: RE2's DFA keeps a state per count
    reached, and in a set of open word slots ("(?:[\\w-]+\\s+){0,3}") those multiplied with every
    other pattern's partial matches (the rule screen's DFAs grew by about 60 MB over 3,000 ads)."""
    assert screen_pattern(pattern) == loosened


@pytest.mark.parametrize("pattern, text", [
    (r"\bno\s+more\s+than\s+\d{1,2}\s+years?\s+(?:of\s+)?(?:[\w-]+\s+){0,3}experience", "No more than 5 years of sales experience"),
    (r"\bwith\b[^.!?;\n]{0,60}?(?:grit|hustle)", "someone with bags of energy and grit"),
    (r"(?:9{2,5}\)?(?:[\s.-]?9{2,6}){1,3})", "(999) 999-9999"),
])
def test_a_loosened_count_still_matches_wherever_python_does(pattern, text):
    import re2

    assert re.search(pattern, text, re.I) and re2.search("(?i)" + screen_pattern(pattern), text)


def test_a_sentence_finds_each_tables_spans_once_and_as_the_table_does(dev_corpus):
    """``_Sentence`` remembers each table's spans and the strong benefit terms: asked again it gives
    what the table itself finds, and the strong terms are what a fresh reading finds."""
    compared = 0
    for path in sorted(dev_corpus.glob("*.md"))[:40]:
        for sentence in re.split(r"(?<=[.!?])\s+|\n", path.read_text(encoding="utf-8")):
            read = C._Sentence(sentence)
            for _ in range(2):
                assert read.strong_spans() == C._Sentence(sentence)._strong_spans(), sentence
                for table in (C._BENEFIT_STRONG, C._BENEFIT_WEAK, C._REQ_STRONG):
                    expected = table.spans(sentence, read.lowered) if table in read.may else []
                    assert read.spans(table) == expected, sentence
            compared += bool(read.strong_spans())
    assert compared > 20


def test_a_sentence_counts_and_finds_as_the_table_does_whatever_it_was_asked_before(dev_corpus):
    """``_Sentence.count`` is the length of the remembered spans and ``found`` is remembered (or read
    off the spans): each gives what the table's own ``count``/``found`` gives, asked first, after
    the spans, or again (speed13)."""
    tables = (C._REQ_STRONG, C._REQ_WEAK, C._DUTY_PHRASES, C._DUTY_ANYWHERE, C._PREF_PHRASES, C._DUTY_STATEMENT,
              C._SCHEDULE, C._HOW_TO_APPLY, C._APPLY_EXTRA, C._BENEFIT_WEAK, C._BENEFIT_STRONG,
              *C._REQUIREMENT_CUES.values())
    counted = found = 0
    for path in sorted(dev_corpus.glob("*.md"))[:40]:
        for sentence in re.split(r"(?<=[.!?])\s+|\n", path.read_text(encoding="utf-8")):
            orders = (C._Sentence(sentence), C._Sentence(sentence), C._Sentence(sentence))
            for table in tables:
                lowered = orders[0].lowered
                count = table.count(sentence, lowered) if table in orders[0].may else 0
                hit = table in orders[0].may and table.found(sentence, lowered)
                assert (orders[0].count(table), orders[0].found(table)) == (count, hit), sentence
                assert (orders[1].found(table), orders[1].count(table)) == (hit, count), sentence
                orders[2].spans(table)
                assert (orders[2].found(table), orders[2].count(table), orders[2].found(table)) == (hit, count, hit)
                counted += count > 1
                found += hit
    assert counted > 10 and found > 200


@pytest.mark.parametrize("text", ["", "\n", "dental", "dental\n", "a\nb\n\n", "pension plan\r\n"])
def test_the_canary_is_in_every_answer(text):
    """The text's end is reported for every text a search reads to its end, the empty one and one
    ending in a newline included (``(?m)`` is the members' own, not the canary's)."""
    screen = regex_screen.RegexScreen.build([(r"\bdental\b", True)])
    assert screen._canary in screen.set.Match(text)
    assert screen.possible(text) == (frozenset({0}) if "dental" in text else frozenset())


def test_the_end_canary_answers_as_the_empty_one_did(dev_corpus, monkeypatch):
    """Section detection's wording screen, the vague-pay and equal-opportunity screens (per sentence) and
    the fill-in screen (per block) answer the same on the dev corpus with the text's end as canary as
    with the empty pattern, which matched at every position and made each DFA state a matching one."""
    groups = (C._TABLES, P._VAGUE_SCREEN, CX._EEO_TABLES, LO._BLOCK_SCREEN)
    texts = []
    for path in sorted(dev_corpus.glob("*.md"))[:60]:
        text = path.read_text(encoding="utf-8")
        texts += re.split(r"(?<=[.!?])\s+|\n", text) + text.split("\n\n")

    def answers():
        screens = [regex_screen.RegexScreen.build(_pattern_list(g), g.memory, g.set_numbers()) for g in groups]
        return [[screen.possible(t) for t in texts] for screen in screens]

    end = answers()
    monkeypatch.setattr(regex_screen.RegexScreen, "CANARY", "")
    assert answers() == end
    assert sum(found is not None and 0 < len(found) for screen in end for found in screen) > 1000


def test_a_batch_answers_what_each_text_alone_is_answered(dev_corpus):
    """``possible_many`` (speed38: a posting's sentences screened set by set, for the CPU's caches) gives
    ``possible``'s answer for every text, on the dev corpus' sentences, for a split screen and a single
    set; texts the engines read apart are left out, and a failed search rules nothing out."""
    from jdlint.sentences import sentence_spans

    texts = []
    for path in sorted(dev_corpus.glob("*.md"))[:60]:
        text = path.read_text(encoding="utf-8")
        texts.extend(text[s:e] for s, e in sentence_spans(text, 0, len(text)))
    texts.append("Salary: ¹²³ café")  # a superscript digit: read apart, not screened
    for group, least in ((C._TABLES, 1000), (P._VAGUE_SCREEN, 10)):
        screen = group.screen()
        answers = screen.possible_many(texts)
        assert set(answers) == {t for t in texts if regex_screen.engines_agree(t)}
        assert all(answers[t] == screen.possible(t) for t in answers)
        assert sum(1 for found in answers.values() if found) > least  # something is found, not only ruled out
    screen = regex_screen.RegexScreen.build([(r"\bdental\b", True), (r"\bpension\b", True)], sets=[0, 1])
    assert screen.possible_many(["dental plan", "nothing"]) == {"dental plan": frozenset({0}), "nothing": frozenset()}
    screen.parts[1][0].set = _FailingSet()
    assert screen.possible_many(["dental plan", "nothing"]) == {"dental plan": None, "nothing": None}


def test_section_detection_reads_the_tables_screen_from_one_batch(dev_corpus, monkeypatch):
    """Section detection screens a posting's sentences in one batch (``detect``): the sections are those
    of asking sentence by sentence, and nearly every question the tables' screen gets inside detection is
    answered from the batch (so the fast path is the one taken)."""
    asked = {"batch": 0, "alone": 0}
    may_match = regex_screen.ScreenedGroup.may_match

    def counted(group, text):
        if group is C._TABLES:
            asked["batch" if group._batch is not None and text in group._batch else "alone"] += 1
        return may_match(group, text)

    paths = sorted(dev_corpus.glob("*.md"))[::4]
    batched = [_results(p.name, p.read_text(encoding="utf-8")) for p in paths]
    with monkeypatch.context() as patched:
        patched.setattr(regex_screen.ScreenedGroup, "may_match", counted)
        for p in paths[:20]:
            _results(p.name, p.read_text(encoding="utf-8"))
    assert asked["batch"] > 300 and asked["alone"] < asked["batch"] / 10, asked

    @contextlib.contextmanager
    def no_batch(group, texts):
        yield

    monkeypatch.setattr(regex_screen.ScreenedGroup, "batch", no_batch)
    alone = [_results(p.name, p.read_text(encoding="utf-8")) for p in paths]
    assert batched == alone


def test_a_member_cut_into_branch_sets_answers_as_its_whole_pattern(dev_corpus):
    """(speed50) The vague-pay wording is screened as runs of its top-level branches in sets of their own
    (``branch_sets``): the member may match wherever its one-set screen said it may (both supersets of
    its matches), and wherever Python's ``re`` finds it; plain, every sentence may match."""
    from jdlint.regexes import branches_apart
    from jdlint.sentences import sentence_spans

    group = P._VAGUE_SCREEN
    screen = group.screen()
    assert isinstance(screen, regex_screen.SplitScreen) and len(screen.parts) == group.branch_sets > 1
    assert None not in screen.ids and len(screen.ids) == len(branches_apart(P._VAGUE_PAY.regex.pattern)) > 100
    whole = regex_screen.ScreenedGroup(group.members, memory=64 << 20)
    whole.screen()
    texts = []
    for path in sorted(dev_corpus.glob("*.md"))[:120]:
        text = path.read_text(encoding="utf-8")
        texts.extend(text[s:e] for s, e in sentence_spans(text, 0, len(text)))
    texts += ["Competitive salary DOE.", "Pay is negotiable.", "Salary: £25,000", "The rate of pay is attractive!"]
    let_by = 0
    for text in texts:
        may = group.may_match(text)
        assert may == whole.may_match(text) or may is regex_screen.EVERYTHING, text
        if P._VAGUE_PAY.regex.search(text):
            assert P._VAGUE_PAY in may, text
        let_by += P._VAGUE_PAY in may
        with regex_screen.switched_off():
            assert group.may_match(text) is regex_screen.EVERYTHING
    assert 5 < let_by < len(texts) / 10  # it screens: most sentences are ruled out
    with group.batch(texts):
        assert all(group.may_match(t) == whole.may_match(t) or group.may_match(t) is regex_screen.EVERYTHING
                   for t in texts)


def test_branch_sets_deal_neighbouring_branches_by_length():
    from jdlint.regexes import branches_apart

    assert regex_screen.branch_set_numbers(["aaaa", "bb", "cc", "dddd"], 2) == [0, 0, 1, 1]
    assert regex_screen.branch_set_numbers(["a"] * 5, 5) == [0, 1, 2, 3, 4]
    assert regex_screen.branch_set_numbers(["a", "b"], 5) == [0, 2]
    assert branches_apart("a|(?:b|c)|[|]") == ["a", "(?:b|c)", "[|]"]
    # a flag or a group reference reads the whole pattern: not cut
    assert branches_apart("(?i)a|b") == ["(?i)a|b"]
    assert branches_apart(r"(a)|\1") == [r"(a)|\1"]
    members = [re.compile(r"\bdental\b|\bpension plan\b|\bgym\b", re.I)]
    group = regex_screen.ScreenedGroup(members, branch_sets=3)
    group.screen()
    assert [positions for _, positions in group.screen().parts] == [[0, 1], [2]]  # by length: 10, 16 | 7 chars
    long = " " * regex_screen.SCREEN_AT_ONCE_CHARS
    assert group.may_match("A Pension Plan" + long) == {members[0]}
    assert group.may_match("a pension" + long) == frozenset()
    with pytest.raises(ValueError):
        regex_screen.ScreenedGroup(members * 2, branch_sets=2)
