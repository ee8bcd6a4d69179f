"""Random Markdown and text never crash jdlint, and every position points at the matched text."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import jdlint
from jdlint.source import LineIndex

WORDS = ["rockstar", "salesman", "digital", "native", "young", "He", "must", "be", "TBD", "[Company Name]",
         "$50,000", "per", "year", "competitive", "salary", "fast-paced", "years", "XX", "benefits",
         "Responsibilities:", "apply", "equal", "opportunity", "regardless", "of", "age", "not", "the",
         "a", "we", "you", "will", "ninja", "caf\u00e9", "\U0001f600", "\u2022", "don\u2019t", "\u00ad"]
MARKUP = ["# ", "## ", "- ", "* ", "1. ", "> ", "**", "_", "`", "[", "](http://x.io)", "<!-- x -->",
          "<b>", "</b>", "| a | b |\n|---|---|\n", "---\ntitle: x\n---\n", "```\ncode\n```\n", "&amp;", "\\*", "&#39;", "&lt;", "\\[",
          "<!-- jdlint-disable -->", "<!-- jdlint-enable -->", "\n<div>\n", "\n<p>", "</p>\n", "&nbsp;"]
BREAKS = ["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", " ", " ", " ", "\t"]

pieces = st.one_of(st.sampled_from(WORDS), st.sampled_from(MARKUP), st.sampled_from(BREAKS),
                   st.text(min_size=0, max_size=6))
documents = st.lists(pieces, min_size=0, max_size=80).map("".join)


def check_report(text: str, path: str) -> None:
    report = jdlint.lint_text(text, path=path)
    assert report.error is None, report.error
    index = LineIndex(text)
    for d in report.diagnostics:
        assert 0 <= d.start <= d.end <= len(text), d
        assert text[d.start:d.end] == d.match
        assert (d.line, d.column) == index.position(d.start)
        assert (d.end_line, d.end_column) == index.position(d.end)
        assert 1 <= d.line <= index.line_count and d.column >= 1
        if d.fix:
            for e in d.fix.edits:
                assert 0 <= e.start <= e.end <= len(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_random_markdown(text):
    check_report(text, "fuzz.md")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_random_plain_text(text):
    check_report(text, "fuzz.txt")


HTML_MARKUP = ["<p>", "</p>", "<h2>", "</h2>", "<ul>", "</ul>", "<li>", "</li>", "<br>", "<br/>", "<strong>",
               "</strong>", "<b>", "</b>", "<div>", "</div>", "<table><tr><td>", "</td><td>", "</td></tr></table>",
               "<script>var a = '<p>rockstar</p>';</script>", "<code>ninja</code>", "<!-- x -->", "&amp;", "&nbsp;",
               "&rsquo;", "&bull; ", "&#39;", "&#x2019;", "&shy;", "&amp", "&bogus;", "<a href='x'>", "</a>",
               "<blockquote>", "</blockquote>", "<P CLASS=x>", "<", ">", "&", "<!-- jdlint-disable -->",
               "<ol><li><p>", "</p></li></ol>", "<h3>", "</h3>", "<dl><dt>", "<dd>", "</dl>", "<pre>x</pre>",
               "<![if !supportLists]>", "<![endif]>", "<!DOCTYPE html>", "<title>t</title>", "&#x1F600;", "&#0;",
               "&#xD800;", "&notanentity"]
html_pieces = st.one_of(st.sampled_from(WORDS), st.sampled_from(HTML_MARKUP), st.sampled_from(BREAKS),
                        st.text(min_size=0, max_size=6))
html_documents = st.lists(html_pieces, min_size=0, max_size=80).map("".join)


def check_runs(text: str, path: str) -> None:
    """Every run of the prose text is the source characters it maps to: copied ones exactly
    (after the one-for-one normalisation), decoded entities and Markdown escapes as what they
    stand for."""
    from html import unescape

    from jdlint.document import _DROP_RE, _TRANSLATE
    from jdlint.engine import parse_document
    from jdlint.source import SourceFile, kind_for

    doc = parse_document(SourceFile(path=path, text=text, kind=kind_for(path)))
    for k, (at, src, length) in enumerate(zip(doc._nlp_starts, doc._src_starts, doc._lengths)):
        prose = doc.text[at:at + length]
        if k in doc._wide_runs:
            written = text[src:src + doc._wide_runs[k]]
            stands_for = unescape(written) if written.startswith("&") else written[1:]
            assert written[0] in "&\\" and _DROP_RE.sub("", stands_for).translate(_TRANSLATE) == prose
            assert doc.to_source(at, at + length) == (src, src + len(written))
        else:
            assert text[src:src + length].translate(_TRANSLATE) == prose


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_documents)
def test_random_html(text):
    check_report(text, "fuzz.html")
    check_runs(text, "fuzz.html")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_prose_runs_are_their_source(text):
    check_runs(text, "fuzz.md")
    check_runs(text, "fuzz.txt")


# -- the CLI end to end on hostile files (issue 18) ---------------------------------------------
import os

import pytest

from conftest import ROOT, load_script


def _fuzz_cli():
    return load_script("fuzz_cli")


@pytest.mark.skipif(os.name != "posix", reason="resource limits are POSIX")
@pytest.mark.parametrize("seed, jobs", [(11, 1), (12, 2)])
def test_cli_on_hostile_files_within_time_and_memory(tmp_path, seed, jobs):
    """A small budget: two seeded runs of nine files each (eight hostile, one ordinary) under
    1 GB of address space; ``scripts/fuzz_cli.py --runs N --big`` runs longer by hand."""
    import random

    fuzz = _fuzz_cli()
    rng = random.Random(seed)
    folder = tmp_path / "run"
    files = 8 if jobs == 1 else 16  # enough for worker processes with --jobs 2
    paths = fuzz.make_folder(folder, rng, files, big=False)
    assert fuzz.run_once(folder, paths, memory_mb=1024, seconds=60, jobs=jobs) == []


def test_the_fuzz_check_catches_a_lost_file(tmp_path):
    """The harness itself: a file that is neither reported nor named is a problem."""
    fuzz = _fuzz_cli()
    folder = tmp_path / "run"
    paths = fuzz.make_folder(folder, __import__("random").Random(1), 1, big=False)
    ghost = folder / "ghost.md"  # never written: jdlint cannot know it
    assert any("ghost.md: neither reported" in p for p in fuzz.run_once(folder, paths + [ghost], 1024, 60, 1))
