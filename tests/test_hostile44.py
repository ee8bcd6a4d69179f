"""Issue 18's runs of punctuation (scripts/hostile_battery.py): each fast path does work that stays small on a
300 kB run, counted (never timed), and answers as the plain path does, on random text and on the dev corpus.

- markdown-it's inline ``text`` rule takes a run of characters no enabled inline rule starts at, and "[]" that
  cannot be a link, in one step (``parse/markdown.py``): inline rule calls counted;
- section detection leaves text with no word of two letters and no digit unread (``sentences.has_words``):
  the characters its sentence reader is handed, counted;
- ``regexes.contains_any`` over a long text skips a needle whose first character the text lacks: scans counted.
"""
from __future__ import annotations

import importlib
import random
import re

import pytest
import yaml

import jdlint
from jdlint.parse import markdown as md_parse
from jdlint.regexes import contains_any
from jdlint.registry import load_registry
from jdlint.config import Config
from jdlint.sections import classify
from jdlint.sections.headings import GENERIC_HEADINGS
from jdlint.sentences import has_words

detect_module = importlib.import_module("jdlint.sections.detect")  # (the package's ``detect`` is its function)


# -- markdown-it's text rule ---------------------------------------------------------------------
def _stock_parser():
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    return (MarkdownIt("commonmark", {"html": True, "maxNesting": md_parse.MAX_NESTING})
            .enable("table").use(front_matter_plugin))


def _shape(tokens) -> list:
    out = []
    for t in tokens:
        out.append((t.type, t.tag, t.nesting, t.content, t.map, t.markup, t.info,
                    tuple(sorted((t.attrs or {}).items())), t.level, t.hidden, t.block, t.meta))
        if t.children:
            out.append(_shape(t.children))
    return out


def _counted(parser) -> list[int]:
    """Count every inline rule call of ``parser`` (a fresh one: the rules are wrapped in place)."""
    calls = [0]
    ruler = parser.inline.ruler
    for name, rule in zip([r.name for r in ruler.__rules__], ruler.getRules("")):
        def counting(state, silent, rule=rule):
            calls[0] += 1
            return rule(state, silent)
        ruler.at(name, counting)
    return calls


RUNS = ["$", "a:b@", "! ", "[]", "#-+=>~"]


def test_a_run_of_inert_characters_is_one_step_of_the_text_rule():
    """The inline rules are asked a few times per paragraph, not once per character: the count does not grow
    with the run (stock markdown-it asks at least once per character, which this count would fail on)."""
    for unit in RUNS:
        counts = []
        for n in (1_000, 8_000):
            ours = md_parse._parser.__wrapped__()
            calls = _counted(ours)
            ours.parse("# Role\n\n" + unit * n + "\n")
            counts.append(calls[0])
        assert counts[0] == counts[1] <= 20, (unit, counts)
        stock = _stock_parser()
        stock_calls = _counted(stock)
        stock.parse("# Role\n\n" + unit * 1_000 + "\n")
        assert stock_calls[0] >= 1_000, (unit, stock_calls)  # what the count above guards against


PIECES = ["[]", "[](", "[][a]", "\n\n[a]: /u\n\n", "![]", "[[]]", "$", ":", "@", "!", "![", "[", "]", "](", "(x)",
          "*", "_", "`", "``", "<", ">", "<a>", "&amp;", "&", "\\", "\\*", "\n", "  \n", " ", "a", "word ", "#", "-",
          "~", "{", "}", "=", "+", "%", "^", "<http://a.b>", "|", "\n\n", "- ", "> ", "\U0001f600", "[a](b)",
          "![i](s)", "[x][a]", "\t"]


def test_the_text_rule_gives_the_stock_parsers_tokens():
    ours, stock = md_parse._parser(), _stock_parser()
    texts = ["[a]: /u\n\n[][a] [](x) ![](y) [] [][] a [b] c", "! [x] !![y](z) $5 a:b@c # - ] ]] [", "[]" * 50 + "(x)"]
    rng = random.Random(44)
    texts += ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 40))) for _ in range(4000)]
    for text in texts:
        assert _shape(ours.parse(text)) == _shape(stock.parse(text)), text


def test_the_text_rule_gives_the_stock_parsers_tokens_on_the_dev_corpus(dev_corpus):
    ours, stock = md_parse._parser(), _stock_parser()
    for path in sorted(dev_corpus.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        assert _shape(ours.parse(text)) == _shape(stock.parse(text)), path.name


# -- section detection: text with no word ----------------------------------------------------------
_PLAIN_WORDS = re.compile(r"[^\W\d_]{2}|\d")


def test_has_words_is_a_word_of_two_letters_or_a_digit():
    rng = random.Random(18)
    alphabet = list("aZ1_ .!$\u00b2\u00bd\u00e9\u65e5-:") + ["\U0001f600", "\u0301", "\u01c5", "\u0663", "\u216b"]
    for _ in range(50_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6)))
        assert has_words(text) == (_PLAIN_WORDS.search(text) is not None), text
    assert has_words("x: Responsibilities", 2) and not has_words("ab $ $", 2) and has_words("$ 5", 0, 3)


def test_every_heading_phrase_and_section_term_holds_a_word():
    """What the skip relies on: no heading synonym, generic heading or section wording entry is without a word
    of two letters or a digit (a glued-item opener, "a", splits a name; it is no cue)."""
    from importlib.resources import files

    phrases = [p for ps in load_registry().section_synonyms.values() for p in ps] + list(GENERIC_HEADINGS)
    assert phrases and all(has_words(p) for p in phrases), [p for p in phrases if not has_words(p)]

    def strings(node, key=""):
        if isinstance(node, dict):
            for k, v in node.items():
                yield from strings(v, str(k))
        elif isinstance(node, list):
            for v in node:
                yield from strings(v, key)
        elif isinstance(node, str):
            yield key, node

    table = yaml.safe_load((files("jdlint.data") / "section_terms.yaml").read_text("utf-8"))
    wordless = [(k, s) for k, s in strings(table) if not has_words(s) and k != "glued_item_openers"]
    assert not wordless, wordless


class _CountingReader(classify._Sentence):
    read = 0

    def __init__(self, sent: str) -> None:
        _CountingReader.read += len(sent)
        super().__init__(sent)


def _characters_read(monkeypatch, text: str) -> int:
    monkeypatch.setattr(classify, "_Sentence", _CountingReader)
    _CountingReader.read = 0
    jdlint.lint_text(text, "run.md")
    return _CountingReader.read


@pytest.mark.parametrize("unit", ["! ", "\U0001f600", "a:b@", ". . ", "??? ", "$"])
def test_section_detection_reads_nothing_of_a_run_with_no_word(monkeypatch, unit):
    """The wording tables read the title alone; with the test switched off (every text "has words") they read
    the whole run, so this count would fail without it."""
    run = unit * (20_000 // len(unit))
    assert _characters_read(monkeypatch, "# Role\n\n" + run + "\n") < 100
    monkeypatch.setattr(classify, "has_words", lambda *_: True)
    longer = run + unit  # another sentence: the first run's answers are remembered (``sentence_memo``)
    assert _characters_read(monkeypatch, "# Role\n\n" + longer + "\n") >= len(longer.rstrip())


WORDLESS = ["! ! !", "??? ???", ". . .", "\u2026 \u2026", "\U0001f600\U0001f600", "a:b@a:b@", "$$$", "[]" * 5, "`" * 7,
            "_" * 40, "---", "* * *", "\u2022 \u2022 \u2022", "Q & A:", "I/O:", "[\u25cf]", "(a) (b)", "$ / h", "\u00b2:",
            "\u2705\u2705 \u27a2", "-- >", "Q:", "A:", "x: y: z:", "\u00a3 \u20ac $"]


def _plain(monkeypatch, fn, *args):
    """``fn`` with the word test switched off (every text has words), no memo between."""
    with monkeypatch.context() as patch:
        patch.setattr(classify, "has_words", lambda *_: True)
        patch.setattr(detect_module, "has_words", lambda *_: True)
        return fn(*args)


def _readers():
    return [
        ("kinds", lambda s: classify._sentence_kinds.__wrapped__(s)),
        ("scores", lambda s: classify._sentence_scores.__wrapped__(s)),
        ("rule scores", lambda s: classify._rule_scores.__wrapped__(s)),
        ("enquiry", classify.enquiry_block),
        ("block scores", lambda s: classify.block_scores(s, "paragraph")),
        ("item scores", lambda s: classify.block_scores(s, "list_item", sentence=True)),
    ]


def test_text_with_no_word_is_read_as_the_plain_readers_read_it(monkeypatch):
    readers = _readers()
    for text in WORDLESS:
        assert not has_words(text), text
        for name, read in readers:
            assert read(text) == _plain(monkeypatch, read, text), (name, text)


def test_the_dev_corpus_blocks_and_sentences_with_no_word_read_as_before(monkeypatch, dev_corpus):
    """Every block and sentence of the dev corpus that has no word: each reader's answer with the skip is the
    plain reader's (its headings and pay lines all have one)."""
    from jdlint.parse import parse_document
    from jdlint.source import read_path

    readers = _readers()
    seen = 0
    for path in sorted(dev_corpus.glob("*.md")):
        document = parse_document(read_path(str(path)))
        text = document.text
        for block in document.blocks:
            pieces = [(block.text_start, block.text_end)] + list(classify.sentences_of(text, block.text_start, block.text_end))
            for s, e in pieces:
                if has_words(text, s, e):
                    continue
                seen += 1
                for name, read in readers:
                    assert read(text[s:e]) == _plain(monkeypatch, read, text[s:e]), (name, path.name, text[s:e])
    assert seen > 0  # lines of dashes, bullets alone, "* * *": the corpus has some


def _labels_read(monkeypatch, text: str, config: Config | None = None) -> int:
    """Characters of block text that section detection searched for inline labels."""
    read = [0]
    real = detect_module.inline_labels

    def counting(block_text, *args):
        read[0] += len(block_text)
        return real(block_text, *args)

    with monkeypatch.context() as patch:
        patch.setattr(detect_module, "inline_labels", counting)
        jdlint.lint_text("# Role\n\n" + text + "\n", "t.md", config)
    return read[0]


def test_a_block_with_no_word_is_searched_for_labels_only_where_a_heading_phrase_has_none(monkeypatch):
    """With the built-in heading phrases a run with no word is not searched for labels (the plain path searches
    it all, so this count would fail without the skip); a user's heading synonym of single letters ("Q/A") turns
    the skip off, and a label that "&" makes a word of ("Q & A" reads "q and a") is searched for."""
    run = "! ? " * 5_000
    assert _labels_read(monkeypatch, run) == 0
    monkeypatch.setattr(detect_module, "has_words", lambda *_: True)
    assert _labels_read(monkeypatch, run + "! ") >= len(run)
    monkeypatch.undo()
    own = Config(section_headings=(("how-to-apply", ("Q/A",)),))
    assert _labels_read(monkeypatch, "Q/A: " + run, own) >= len(run)
    assert _labels_read(monkeypatch, "Q & A: " + run) >= len(run)


@pytest.mark.parametrize("text", WORDLESS + ["Q/A:\n\n" + "Call 555 0100.", "Q & A:\n\nCall 555 0100."])
def test_postings_with_wordless_blocks_report_as_on_the_plain_path(monkeypatch, text):
    own = Config(section_headings=(("how-to-apply", ("Q/A", "Q & A")),))
    for config in (None, own):
        fast = jdlint.lint_text("# Role\n\n" + text + "\n", "t.md", config)
        with monkeypatch.context() as patch:
            patch.setattr(classify, "has_words", lambda *_: True)
            patch.setattr(detect_module, "has_words", lambda *_: True)
            plain = jdlint.lint_text("# Role\n\n" + text + "\n\n", "t.md", config)  # (another text: no memo)
        assert [(d.code, d.line, d.column, d.message) for d in fast.diagnostics] \
            == [(d.code, d.line, d.column, d.message) for d in plain.diagnostics], text
        assert [s.to_json() for s in fast.sections] == [s.to_json() for s in plain.sections], text


# -- contains_any over a long text -----------------------------------------------------------------
class _CountingStr(str):
    scans = 0

    def __contains__(self, needle) -> bool:
        _CountingStr.scans += 1
        return super().__contains__(needle)


def test_a_long_text_is_scanned_only_for_needles_it_may_hold():
    needles = tuple(f"word{i}" for i in range(300)) + ("! x",)
    text = _CountingStr("! " * 30_000)
    _CountingStr.scans = 0
    assert not contains_any(text, needles)
    assert _CountingStr.scans == 1  # "! x" alone; a plain loop scans the 300 kB for each of the 301
    short = _CountingStr("! " * 100)
    _CountingStr.scans = 0
    assert not contains_any(short, needles)
    assert _CountingStr.scans == len(needles)  # a posting's text: the plain loop, as before


def test_contains_any_over_a_long_text_answers_as_any():
    rng = random.Random(7)
    texts = ["! " * 30_000, "x" * 60_000 + "abc", "\U0001f600" * 30_000 + "ab", "a:b@" * 20_000]
    for text in texts:
        for _ in range(200):
            needles = tuple("".join(rng.choice("abcx! @:\U0001f600") for _ in range(rng.randint(0, 5)))
                            for _ in range(rng.randint(1, 40)))
            assert contains_any(text, needles) == any(n in text for n in needles), needles


# -- the enquiry question's possessive start -------------------------------------------------------
def test_the_enquiry_question_matches_as_its_plain_form():
    plain = re.compile(classify._ENQUIRY_QUESTION.pattern.replace(r"\W*+", r"\W*", 1), re.I)
    texts = ["Any questions?", "  -- Got a question about the role?", "Questions? Call us.", "!!! queries ???",
             "Do you have any enquiries about this?!", "? any questions", "(Questions?)", "No questions here."]
    rng = random.Random(3)
    texts += ["".join(rng.choice(["any ", "questions", "?", "!", " ", "-", "got ", "a ", "query", ".", "x"])
                      for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    for text in texts:
        assert (classify._ENQUIRY_QUESTION.match(text) is None) == (plain.match(text) is None), text
