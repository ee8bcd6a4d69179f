"""Inputs whose cost grew with the square of their length now take linear time, and each fast path
gives the answer its plain version gives.

Found by linting runs of one unit at 10,000 and 40,000 characters and comparing the times (by hand;
timing belongs in scripts, not in tests): spaCy's affix and URL splitting on long runs of
punctuation, the standard HTML parser on openers that never close, and the backtick and
``<script>`` spans of template leftovers. What each test checks is the behaviour that keeps the
time linear, and that it changes nothing a rule reads.
"""
from __future__ import annotations

import random
import re
from html.parser import HTMLParser

import spacy

from jdlint import nlp as nlp_module
from jdlint.extract import leftovers
from jdlint.parse import html as html_parse
from jdlint.source import decode

RUN_CHARACTERS = ["_", "$", "<", "[", "]", "*", "%", "'", '"', "!", ":", "&", "\u2026", "\U0001f600"]


def test_a_long_run_of_punctuation_is_one_token():
    nlp = nlp_module.load()
    for ch in RUN_CHARACTERS:
        doc = nlp.make_doc("Pay: " + ch * 3000 + " per year")
        assert [t.text for t in doc] == ["Pay", ":", ch * 3000, "per", "year"], ch
        doc = nlp.make_doc("word" + ch * 200)  # the run at one end of a word
        assert len(doc) == 1, ch


def test_short_runs_and_words_split_as_stock_spacy():
    """Below the thresholds nothing changes (tests/test_nlp.py compares whole postings too)."""
    stock = spacy.blank("en")
    ours = nlp_module.load()
    texts = [ch * n for ch in RUN_CHARACTERS for n in (1, 2, 31, 64)]
    texts += ["word" + ch * 20 for ch in RUN_CHARACTERS] + ["(" * 20 + "a" * 100 + ")" * 20,
                                                           "https://example.com/" + "a/" * 200 + ").",
                                                           "responsibilities/requirements/qualifications/benefits."]
    for text in texts:
        assert [t.text for t in ours.make_doc(text)] == [t.text for t in stock.make_doc(text)], text[:40]


def test_a_very_long_chunk_is_one_token_whatever_it_holds():
    """spaCy's URL pattern takes time worse than quadratic on chunks like "a:b@" repeated."""
    doc = nlp_module.load().make_doc("a:b@" * 1000)
    assert len(doc) == 1


def test_a_trained_pipelines_own_token_match_still_answers():
    nlp = spacy.blank("en")
    nlp.tokenizer.token_match = re.compile(r"^[a-z]+-[a-z]+-[a-z]+$").match  # stands in for a model's
    nlp_module.keep_long_affix_runs(nlp)
    nlp_module.keep_long_affix_runs(nlp)  # once only
    assert nlp.tokenizer.token_match.inner.__self__.pattern.startswith("^[a-z]")
    assert [t.text for t in nlp.make_doc("state-of-art and " + "_" * 100)] == ["state-of-art", "and", "_" * 100]


# -- the HTML parser: openers that never close ------------------------------------------------
HTML_PIECES = ["<a ", "<a b='", '<a b="', "</", "</a", "<?", "<!", "<!D", "<![CDATA[", "<!--", "-->", ">", "<",
               "<p>", "</p>", "<b>", "text ", "We need a young man. ", "&amp;", "\n", "<br>", "<script>", "</script>",
               "<li>", "--!>", "-- >", "/>", "'", '"']


def _plain_parse(monkeypatch, source):
    """``html_parse.parse`` with the standard library's own methods in place of the fast paths."""
    with monkeypatch.context() as patch:
        for name in ("feed", "parse_comment", "check_for_whole_start_tag", "parse_endtag", "parse_pi",
                     "parse_html_declaration"):
            patch.setattr(html_parse._Parser, name, getattr(HTMLParser, name))
        return html_parse.parse(source)


def _shape(document):
    return document.text, [(b.kind, b.start, b.end, b.text_start, b.text_end) for b in document.blocks]


def test_unclosed_html_openers_parse_as_the_standard_parser_reads_them(monkeypatch):
    rng = random.Random(18)
    texts = ["<a " * 50, "<a b='" * 50, "</" * 50, "<?" * 50, "<!D" * 50, "<![CDATA[" * 30, "<!--" * 50,
             "<p>Hi</p>" + "<!--" * 20, "<!-- x --><p>We need a rockstar.</p>" + "</" * 20 + "<?" * 5,
             "<p>One</p>\n<a " * 10 + "> done"]
    texts += ["".join(rng.choice(HTML_PIECES) for _ in range(rng.randint(1, 60))) for _ in range(300)]
    for text in texts:
        source = decode(text.encode(), "x.html")
        assert _shape(html_parse.parse(source)) == _shape(_plain_parse(monkeypatch, source)), text[:80]


def test_the_fast_paths_answer_as_the_plain_parser_would_on_a_posting(monkeypatch):
    text = ("<h2>About us</h2><p>We are a family bakery.</p><!-- layout --><ul><li>Bake bread</li>"
            "<li>Serve customers &amp; clean</li></ul><?php echo 1; ?><!DOCTYPE html><p>Apply now.</p>")
    source = decode(text.encode(), "x.html")
    assert _shape(html_parse.parse(source)) == _shape(_plain_parse(monkeypatch, source))


# -- code spans of the raw source (template leftovers) ----------------------------------------
CODE_PIECES = ["<code>", "</code>", "<CODE>", "</code >", "<pre>", "</pre>", "<script src=x>", "</script>",
               "<style>", "</style>", "<codex>", "</codex>", "{{ name }}", "text ", "\n", "<", ">", "</", "/code>"]


def test_html_code_spans_are_the_regexs_spans():
    rng = random.Random(7)
    texts = ["<script>" * 40, "<code>a</code><pre>b", "<code>a<pre>b</pre>c</code>", "<pre>x</PRE>y</pre>"]
    texts += ["".join(rng.choice(CODE_PIECES) for _ in range(rng.randint(1, 40))) for _ in range(500)]
    for text in texts:
        expected = [m.span() for m in leftovers.CODE["html"].finditer(text)]
        assert leftovers.code_spans(text, "html") == expected, text


def test_markdown_code_spans_open_at_the_start_of_a_backtick_run():
    assert leftovers.code_spans("Use `{{ name }}` here.", "markdown") == [(4, 16)]
    assert leftovers.code_spans("``a`` and ```b```", "markdown") == [(0, 5), (10, 17)]
    # a run that does not close is text, and no shorter span opens inside it
    assert leftovers.code_spans("```a``", "markdown") == []
    assert leftovers.code_spans("`" * 5000, "markdown") == []


# -- the literal-sense context: cues found once per sentence -----------------------------------
def test_literal_cues_found_once_answer_as_a_search_around_each_phrase():
    from test_context import analyse

    from jdlint.context import literal_domains

    texts = ["Pick the low-hanging fruit from the dwarf apple trees in our orchard, then fruit again.",
             "Our dojo needs a ninja: teach karate to juniors, ninja warrior classes at the gym and ninja drills.",
             "A rockstar ninja who picks the low-hanging fruit, wins the harvest and leads the warriors to apples.",
             "Apple trees fruit fruit trees fruit harvest orchard ninja gym ninja"]
    for text in texts:
        a = analyse(text)
        words = [(m.start(), m.end()) for m in __import__("re").finditer(r"\w+(?:[\s-]\w+)?", a.text)]
        for start, end in words:
            sent = a.sentence(start)
            lo, hi = (sent.start_char, sent.end_char) if sent is not None else (max(0, start - 200), end + 200)
            around = a.text[lo:start] + " \n " + a.text[end:hi]
            for name, _, cues in literal_domains():
                assert a._cue_outside(name, cues, lo, hi, start, end) == bool(cues.search(around)), (text, start, name)


def test_a_line_of_few_words_is_counted_as_the_one_regex_read_it():
    """pay's "a line of a few words" (a pay section's "Salary DOE") was one regex that backtracked
    exponentially over a run of dots after "DOE" (40 dots: 19 s); it is now counted run by run. The
    count answers as that regex did on every short string over its alphabet, and a long run ends."""
    import itertools
    import re

    from jdlint.extract.pay import few_words

    plain = re.compile(r"^\W*(?:[\w.'’$£€-]+\W*){0,4}$")
    for size in range(0, 8):
        for chars in itertools.product("a.- ", repeat=size):
            text = "".join(chars)
            assert few_words(text) == bool(plain.match(text)), text
    for text in ("Salary DOE.", "Pay: DOE", "£25k DOE + bonus + car", "D.O.E. on application please apply"):
        assert few_words(text) == bool(plain.match(text)), text
    assert not few_words("." * 100_000 + " Salary DOE a b c d e")
    assert few_words("Salary DOE " + "." * 100_000)
