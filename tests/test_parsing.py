"""Parsers keep exact source positions whatever the markup."""
from __future__ import annotations

from jdlint.parse import markdown, plaintext
from jdlint.source import SourceFile


def md(text: str):
    return markdown.parse(SourceFile("t.md", text, "markdown"))


def txt(text: str):
    return plaintext.parse(SourceFile("t.txt", text, "text"))


def source_of(doc, needle: str) -> str:
    start = doc.text.index(needle)
    s, e = doc.to_source(start, start + len(needle))
    return doc.source.text[s:e]


def test_markup_is_left_out_of_prose_but_positions_map_back():
    doc = md("# Hiring a *digital*\n\n- We want **digital** [natives](http://x.org) `code` &amp; more\n")
    assert "digital natives" in doc.text
    assert "http" not in doc.text and "code" not in doc.text and "**" not in doc.text
    start = doc.text.index("digital natives")
    s, e = doc.to_source(start, start + len("digital natives"))
    assert doc.source.text[s:e] == "digital** [natives"
    assert source_of(doc, "&") == "&"


def test_entities_and_escapes_do_not_swallow_the_markup_after_them():
    doc = md("Tom &amp; Jerry *bold* Harry and don&#39;t \\*stop\\* &lt;now&gt;.\n")
    # entities and escapes read as what they stand for; the emphasis markers are left out
    assert doc.text == "Tom & Jerry bold Harry and don't *stop* <now>."
    assert source_of(doc, "bold") == "bold"
    assert source_of(doc, "Harry") == "Harry"
    assert source_of(doc, "don't") == "don&#39;t"
    assert source_of(doc, "*stop*") == "\\*stop\\*"
    assert source_of(doc, "<now>") == "&lt;now&gt;"


def test_markdown_entities_match_as_their_characters():
    doc = md("We offer a competitive&nbsp;salary, R&amp;D time and a caf&eacute;.\n")
    assert doc.text == "We offer a competitive salary, R&D time and a caf\u00e9."
    assert source_of(doc, "competitive salary") == "competitive&nbsp;salary"
    assert source_of(doc, "caf\u00e9") == "caf&eacute;"


def test_an_escape_before_a_link_and_emphasis_parses():
    # found by a 1.6 MB one-paragraph posting: the old aligner ran past the end of the text
    source = ")  \\*Out of a[Asion](tml)  *Ougc.ca).*  # Sen"
    doc = md(source)
    assert doc.text == ")  *Out of aAsion  Ougc.ca).  # Sen"
    for block in doc.blocks:
        assert 0 <= block.text_start < block.text_end <= len(doc.text)
        s, e = doc.to_source(block.text_start, block.text_end)
        assert 0 <= s < e <= len(source)


def test_soft_line_break_inside_a_sentence_becomes_a_space():
    doc = md("We want a digital\nnative who loves tools.\n")
    assert "digital native" in doc.text
    assert source_of(doc, "digital native") == "digital\nnative"


def test_crlf_gives_the_same_prose_and_columns():
    lf = md("# Title\n\nWe want a digital\nnative.\n")
    crlf = md("# Title\r\n\r\nWe want a digital\r\nnative.\r\n")
    assert lf.text == crlf.text
    start = crlf.text.index("native")
    s, _ = crlf.to_source(start, start + 6)
    assert crlf.source.index.position(s) == lf.source.index.position(lf.to_source(start, start + 6)[0]) == (4, 1)


def test_blocks_kinds_and_lines():
    doc = md("---\ntitle: X\nsalary: $5\n---\n# Role\n\nIntro text.\n\n- one\n- two\n\n> quoted\n\n| a | b |\n|---|---|\n| c | d |\n\n```\nnot prose\n```\n<!-- jdlint-disable -->\n")
    kinds = [(b.kind, b.line) for b in doc.blocks]
    assert kinds == [("heading", 5), ("paragraph", 7), ("list_item", 9), ("list_item", 10),
                     ("blockquote", 12), ("table_row", 14), ("table_row", 16)]
    assert "not prose" not in doc.text and "jdlint-disable" not in doc.text
    assert doc.front_matter.data["salary"] == "$5" and doc.front_matter.key_lines["salary"] == 3


def test_label_line_inside_a_paragraph_becomes_a_heading():
    doc = md("About the job\nBenefits:\nHealth cover and a pension.\n")
    heads = [doc.block_text(b) for b in doc.blocks if b.kind == "heading"]
    assert "Benefits:" in heads


def test_plain_text_bullets_labels_and_titles():
    doc = txt("Case Manager\n\nCase Manager Job Responsibilities:\n\n  \u2022 Admits new clients.\n  \u2022 Maintains records\n    across sites.\n\n1. First step\n\nA paragraph that goes on\nand on.\n")
    got = [(b.kind, doc.block_text(b)) for b in doc.blocks]
    assert got == [
        ("heading", "Case Manager"),
        ("heading", "Case Manager Job Responsibilities:"),
        ("list_item", "Admits new clients."),
        ("list_item", "Maintains records across sites."),
        ("list_item", "First step"),
        ("paragraph", "A paragraph that goes on and on."),
    ]
    assert source_of(doc, "Admits") == "Admits"
    assert doc.source.index.position(doc.to_source(doc.text.index("Admits"), 0)[0])[0] == 5


def test_plain_text_comments_and_directive_lines_are_not_prose():
    doc = txt("Hello <!-- hidden --> world.\n# jdlint-disable-next-line D301\nNext line.\n")
    assert "hidden" not in doc.text and "jdlint" not in doc.text
    assert source_of(doc, "world") == "world"


def test_invisible_characters_are_dropped_but_positions_hold():
    doc = txt("Respon\u00adsibilities matter.\n")
    assert "Responsibilities" in doc.text
    assert source_of(doc, "Responsibilities") == "Respon\u00adsibilities"


def test_html_blocks_in_markdown_are_prose_read_as_html():
    """CommonMark renders an HTML block as HTML, so a reader sees its text: jdlint reads it with the
    HTML parser, at its exact place, and a comment-only block (a directive) stays markup."""
    doc = md("# Engineer\n\n<p>We want a <b>rockstar</b> &amp; a ninja.</p>\n\n<div>\n  <strong>Benefits</strong>\n"
             "</div>\n\n- Health cover\n\n<!-- jdlint-disable-next-line V101 -->\nAnother ninja.\n\n"
             "> <p>Quoted &quot;salesman&quot;</p>\n")
    assert [(b.kind, b.label, b.quoted, doc.block_text(b)) for b in doc.blocks] == [
        ("heading", False, False, "Engineer"),
        ("paragraph", False, False, "We want a rockstar & a ninja."),
        ("heading", True, False, "Benefits"),
        ("list_item", False, False, "Health cover"),
        ("paragraph", False, False, "Another ninja."),
        ("paragraph", False, True, 'Quoted "salesman"'),
    ]
    assert source_of(doc, "rockstar & a") == "rockstar</b> &amp; a"
    assert source_of(doc, "salesman") == "salesman"


def test_inline_br_in_markdown_ends_a_line():
    doc = md("We pay well<br>Flexible hours<BR/>Apply today\n")
    assert doc.text == "We pay well\nFlexible hours\nApply today"
    assert source_of(doc, "Flexible hours") == "Flexible hours"


def test_inline_formatting_tags_in_markdown_add_nothing_between_letters():
    doc = md('Senior Sales<b>man</b> and a <span class="x">bonus</span>.<img src="x.png">Next<!-- c -->word\n')
    assert doc.text == "Senior Salesman and a bonus. Next word"  # other tags still separate words
    assert source_of(doc, "Salesman") == "Sales<b>man"
