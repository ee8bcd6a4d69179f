"""HTML postings: blocks from elements, prose without markup, entities decoded, exact positions.

Fixture HTML is written for these tests, in the shapes job boards and ATS exports use (fragments
of <p>/<ul>, <strong> labels, <br> lines with &bull; bullets, whole pages with <head> and scripts).
"""
from __future__ import annotations

import json

import pytest

from jdlint.engine import parse_document
from jdlint.source import LineIndex, SourceFile, kind_for

from conftest import run_cli

PAGE = """<!DOCTYPE html>
<html><head><title>Rockstar wanted</title><style>p { color: red; }</style></head>
<body>
<h1>Senior Sales&shy;man</h1>
<p>We are a young and energetic team looking for a <strong>rockstar</strong> developer.
Competitive&nbsp;salary and R&amp;D budget. Don&rsquo;t miss out!</p>
<p><strong>Responsibilities</strong></p>
<ul>
  <li>Lead a team of 5 engineers</li>
  <li><p>Must be a digital&nbsp;native</p></li>
</ul>
<p><b>Benefits:</b><br>&bull; Health insurance<br>&bull; 401(k) match</p>
<script>var x = "a rockstar ninja";</script>
<p>Sofia <code>ninja()</code> said hi. We need a <a href="/jobs">ninja</a>.</p>
<!-- jdlint-disable-next-line V101 -->
<p>Another ninja here.</p>
</body></html>
"""


def blocks(text: str, path: str = "ad.html"):
    doc = parse_document(SourceFile(path=path, text=text, kind=kind_for(path)))
    return doc, [(b.kind, b.level, b.label, doc.block_text(b)) for b in doc.blocks]


def test_suffixes_pick_the_html_parser():
    assert kind_for("ad.html") == kind_for("AD.HTM") == kind_for("x.xhtml") == "html"
    assert kind_for("ad.md") == "markdown" and kind_for("ad.txt") == "text"


def test_elements_become_blocks_and_markup_is_not_prose():
    _, found = blocks(PAGE)
    assert found == [
        ("heading", 1, False, "Senior Salesman"),
        # the source line break after a full stop ends the sentence, as a Markdown soft break does
        ("paragraph", 0, False, "We are a young and energetic team looking for a rockstar developer.\n"
                                "Competitive salary and R&D budget. Don't miss out!"),
        ("heading", 6, True, "Responsibilities"),
        ("list_item", 1, False, "Lead a team of 5 engineers"),
        ("list_item", 1, False, "Must be a digital native"),
        ("heading", 6, True, "Benefits:"),
        ("list_item", 1, False, "Health insurance"),
        ("list_item", 1, False, "401(k) match"),
        ("paragraph", 0, False, "Sofia said hi. We need a ninja."),
        ("paragraph", 0, False, "Another ninja here."),
    ]


def test_fragments_tables_quotes_and_sloppy_markup():
    _, found = blocks("<P CLASS=intro>About us<p>We build tools.<div>Apply <em>now</em>!</div>"
                      "<table><tr><th>Pay</th><td>$50,000 a year</td></tr></table>"
                      "<blockquote>Best job ever</blockquote><ol><li>One<ul><li>Nested</ul></ol>Tail text")
    assert found == [
        ("paragraph", 0, False, "About us"), ("paragraph", 0, False, "We build tools."),
        ("paragraph", 0, False, "Apply now!"), ("table_row", 0, False, "Pay ; $50,000 a year"),
        ("paragraph", 0, False, "Best job ever"), ("list_item", 1, False, "One"),
        ("list_item", 2, False, "Nested"), ("paragraph", 0, False, "Tail text"),
    ]
    doc, _ = blocks("<blockquote>Best job ever</blockquote>")
    assert doc.blocks[0].quoted


def test_inline_tags_do_not_split_words_and_whitespace_collapses():
    _, found = blocks("<p>Sales<b>man</b> and\n   a   <span>team</span>-<i>player</i>\n</p>")
    assert found == [("paragraph", 0, False, "Salesman and a team-player")]
    # one item per source line, as HTML made from pasted text often has: each a sentence
    _, found = blocks("<p>Excellent pay\nFlexible hours\nWe are based in\nOttawa</p>")
    assert found == [("paragraph", 0, False, "Excellent pay\nFlexible hours\nWe are based in Ottawa")]


def lint_json(tmp_path, text: str, name: str = "ad.html", *args: str) -> dict:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    r = run_cli("--no-cache", "-f", "json", *args, str(path))
    assert r.returncode in (0, 1), r.stderr
    return json.loads(r.stdout)["files"][0]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_findings_point_at_the_exact_source_characters(tmp_path, newline):
    text = PAGE.replace("\n", newline)
    report = lint_json(tmp_path, text, "ad.html", "--extend-select", "R109")  # R109 is off by default
    index = LineIndex(text)
    by_code = {}
    for d in report["diagnostics"]:
        start, end = d["offset"]["start"], d["offset"]["end"]
        assert text[start:end] == d["match"]
        assert (d["location"]["line"], d["location"]["column"]) == index.position(start)
        by_code.setdefault(d["code"], []).append(d["match"])
    # an entity inside or at the end of a match is covered whole
    assert by_code["D101"] == ["Sales&shy;man"]
    assert by_code["P101"] == ["Competitive&nbsp;salary"]
    assert by_code["D301"] == ["digital&nbsp;native"]
    assert by_code["R109"] == ["R&amp;D"]
    # a selection statement runs to its sentence's end, the markup inside it included
    assert by_code["D303"] == ["young and energetic team looking for a <strong>rockstar</strong> developer."]
    # <strong>rockstar</strong>, and the linked ninja; not the title, the script, the code or the
    # ninja on the line the HTML comment disables
    assert by_code["V101"] == ["rockstar", "ninja"]
    lines = [d["location"]["line"] for d in report["diagnostics"] if d["code"] == "V101"]
    assert lines == [5, 14]


def test_sections_come_from_html_headings_and_labels(tmp_path):
    report = lint_json(tmp_path, PAGE, "ad.html", "--select", "S")
    kinds = {s["kind"]: s["found_by"] for s in report["sections"]}
    assert kinds["responsibilities"] == "heading" and kinds["benefits"] == "heading"
    assert "S105" not in [d["code"] for d in report["diagnostics"]]  # benefits found


def test_an_html_page_with_no_prose_is_an_empty_posting(tmp_path):
    report = lint_json(tmp_path, "<html><head><title>Job</title><script>x()</script></head><body></body></html>")
    assert [d["code"] for d in report["diagnostics"]] == ["J001"]


def test_unsafe_fix_in_html_keeps_the_tags_and_fixes_the_article(tmp_path):
    path = tmp_path / "ad.html"
    path.write_text("<p>We want a <strong>rockstar</strong> and a salesman.</p>\n", encoding="utf-8")
    run_cli("--no-cache", "--select", "V101,D101", "--fix", "--unsafe-fixes", str(path))
    assert path.read_text(encoding="utf-8") == "<p>We want an <strong>expert</strong> and a salesperson.</p>\n"


def test_folders_and_stdin_read_html(tmp_path):
    (tmp_path / "jobs").mkdir()
    (tmp_path / "jobs" / "a.html").write_text("<p>We need a <b>ninja</b>.</p>", encoding="utf-8")
    (tmp_path / "jobs" / "b.md").write_text("We need a ninja.\n", encoding="utf-8")
    r = run_cli("--no-cache", "--select", "V101", str(tmp_path / "jobs"))
    assert "a.html:1:17: warning V101" in r.stdout and "b.md:1:11: warning V101" in r.stdout
    r = run_cli("--no-cache", "--select", "V101", "-", "--stdin-filename", "ad.html",
                stdin="<p>We need a <b>ninja</b>.</p>")
    assert "ad.html:1:17: warning V101" in r.stdout
