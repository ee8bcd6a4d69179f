"""Markdown postings through markdown-it-py (CommonMark + GFM tables + front matter).

markdown-it gives the block structure and line maps; the inline tokens tell which characters are
prose. Each prose run is located in the source line span, so positions are exact whatever the
markup, entities or line endings.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document, FrontMatter, TextBuilder
from ..source import SourceFile
from .lines import breaks_sentence, looks_like_label
from .. import regex_programs

@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    md = (MarkdownIt("commonmark", {"html": True, "maxNesting": MAX_NESTING})
          .enable("table").use(front_matter_plugin))
    md.inline.ruler.at("text", _text_rule(md.inline.ruler.getRules("")[0]))
    return md


#: What the inline rules of this parser act on: a character no rule starts at ("$", ":", "@", "#", "-", "!" before
#: anything but "[", and every character that is no markdown-it terminator) is text wherever it stands. Stock
#: markdown-it stops its text rule at every terminator of any plugin's ("$", ":", "@"...), then tries each inline rule
#: there and, none taking it, keeps that one character as text: 300 kB of "$" or "a:b@" took 3-5 s, one character at
#: a time. "]" starts no rule either; only a link label's own scan (``parseLinkLabel``, through the rules' silent
#: mode) looks for it, which keeps the stock rule.
_INLINE_TEXT = regex_programs.compile(r"(?:[^\n!&*<\[\\_`]|!(?!\[))+")


def _text_rule(stock):
    """markdown-it's ``text`` rule, taking in one step the run of characters the enabled inline rules
    (newline, escape, backticks, emphasis, link, image, autolink, html_inline, entity) never start at:
    the same pending text and the same tokens, in one step instead of one per character
    (tests/test_long_runs.py compares the tokens with the stock parser's)."""

    def text(state, silent: bool) -> bool:
        if silent:
            return stock(state, silent)
        src, start, end = state.src, state.pos, state.posMax
        # "[]" is no link where neither "(" follows nor a reference is defined (a reference's label is never
        # empty, and "[][label]" needs one defined): the link rule would give it up, and nothing else starts at it
        empty_brackets = "references" not in state.env
        pos = start
        while True:
            run = _INLINE_TEXT.match(src, pos, end)
            if run is not None:
                pos = run.end()
            elif empty_brackets and src.startswith("[]", pos) and pos + 1 < end \
                    and not (pos + 2 < end and src[pos + 2] == "("):
                pos += 2
            else:
                break
        if pos == start:
            return False
        state.append_pending(src[start:pos])
        state.pos = pos
        return True

    return text


#: Blockquotes and lists nested deeper than this are refused (``parse``): markdown-it drops
#: what lies past its limit without a word (CommonMark's preset stops at 20, which a scraped
#: ad's nested lists can reach), and each level costs a few Python frames.
MAX_NESTING = 100


def parse(source: SourceFile) -> Document:
    builder = TextBuilder(source.text)
    tokens = _parser().parse(source.text)
    # a container opened one level below the limit has its content skipped: markdown-it's
    # nesting level counts every open token (a list item is two levels, a quote one)
    if any(tok.level >= MAX_NESTING - 1 for tok in tokens):
        from ..source import InputError

        raise InputError(f"{source.path}: blockquotes or lists nested too deeply (past {MAX_NESTING} levels of "
                         "markup); not linted, as the text inside would be left out")
    front_matter = None
    stack: list[str] = []  # enclosing containers: "list", "quote"
    list_depth = 0
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        t = tok.type
        if t == "front_matter":
            front_matter = _front_matter(source, tok)
        elif t in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif t in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif t == "blockquote_open":
            stack.append("quote")
        elif t == "blockquote_close":
            stack.pop()
        elif t == "heading_open":
            inline = tokens[i + 1]
            _inline_block(builder, source, inline, "heading", level=int(tok.tag[1]),
                          quoted="quote" in stack)
            i += 2
        elif t == "paragraph_open":
            inline = tokens[i + 1]
            kind = "list_item" if list_depth else ("blockquote" if "quote" in stack else "paragraph")
            _paragraph(builder, source, inline, kind, list_depth, "quote" in stack)
            i += 2
        elif t == "html_block":
            _html_block(builder, source, tok, "quote" in stack)
        elif t == "tr_open":
            j = i + 1
            cells = []
            while tokens[j].type != "tr_close":
                if tokens[j].type == "inline":
                    cells.append(tokens[j])
                j += 1
            if tok.map:
                _table_row(builder, source, tok.map, cells)
            i = j
        i += 1
    return builder.build(source, front_matter)


def _html_block(builder: TextBuilder, source: SourceFile, tok, quoted: bool) -> None:
    """Raw HTML between Markdown blocks (``<p>``, ``<div>``, a pasted job-board fragment) is
    rendered for the reader, so its text is prose: read with the HTML parser, in place."""
    if not tok.map or "<!--" in tok.content and not _HTML_TEXT.search(_HTML_COMMENT.sub("", tok.content)):
        return  # comments only (jdlint directives among them)
    from .html import parse_into

    start, end = _line_span(source, *tok.map)
    parse_into(builder, source, start, end, quoted)


_HTML_COMMENT = regex_programs.compile(r"<!--.*?(?:-->|$)", re.S)
_HTML_TEXT = regex_programs.compile(r"(?:^|>)[^<]*[^\s<]")


def _line_span(source: SourceFile, first: int, last: int) -> tuple[int, int]:
    """Source offsets covering 0-based lines [first, last)."""
    idx = source.index
    start = idx.line_start(first + 1)
    end = idx.line_span(last, source.text)[1] if last > first else start
    return start, end


def _emit_inline(builder: TextBuilder, source: SourceFile, children, cursor: int, limit: int) -> int:
    """Copy the prose runs of inline ``children`` found in source[cursor:limit]."""
    text = source.text
    for child in children:
        ct = child.type
        if ct == "text":
            content = child.content
            if not content:
                continue
            found = text.find(content, cursor, limit)
            if found >= 0:
                builder.copy(found, found + len(content))
                cursor = found + len(content)
            else:
                # entities or escapes changed the text: each is read as what it stands for
                cursor = _copy_aligned(builder, text, content, cursor, limit)
        elif ct in ("softbreak", "hardbreak"):
            nl = text.find("\n", cursor, limit)
            if nl < 0:
                nl = text.find("\r", cursor, limit)
            at = nl if nl >= 0 else cursor
            prev_line = text[text.rfind("\n", 0, at) + 1:at]
            nxt_end = text.find("\n", at + 1)
            next_line = text[at + 1: nxt_end if nxt_end >= 0 else len(text)]
            sep = "\n" if (ct == "hardbreak" or breaks_sentence(prev_line, next_line)) else " "
            builder.separate(sep, at=at)
            cursor = at + 1 if nl >= 0 else cursor
        elif ct == "code_inline":
            found = text.find(child.content, cursor, limit)
            if found >= 0:
                cursor = found + len(child.content)
            builder.separate(" ")
        elif ct == "image":
            builder.separate(" ")
        elif ct in ("html_inline",):
            found = text.find(child.content, cursor, limit)
            if found >= 0:
                cursor = found + len(child.content)
            if _BR.match(child.content):  # a line break, as a hard break is
                builder.separate("\n", at=found if found >= 0 else cursor)
            elif _INLINE_TAG.match(child.content):
                pass  # <b>, <span>...: nothing between the letters, as a browser shows it ("Sales<b>man</b>")
            elif builder.last_char() not in " \n":
                builder.separate(" ")
    return cursor


_BR = regex_programs.compile(r"<br\s*/?>", re.I)
_INLINE_TAG = regex_programs.compile(r"</?(?:a|abbr|b|bdi|bdo|cite|data|del|dfn|em|font|i|ins|kbd|mark|q|s|samp|small|span|strong"
                         r"|sub|sup|time|u|var)(?:\s[^<>]*)?>$", re.I)
_ENTITY = regex_programs.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_REACH = 40  # source characters of markup that may sit between two characters of one text run


def _copy_aligned(builder: TextBuilder, text: str, content: str, cursor: int, limit: int) -> int:
    """Add ``content``, whose source form differs from it (``&amp;``, ``\\*``), to the prose: its
    characters in order, each found in the source as itself (copied), or as an entity or a
    backslash escape (added as what it stands for, mapped to the whole entity or escape).
    Returns where the content ends in the source (``cursor`` when nothing is found). Each
    character is looked for at most ``_REACH`` characters on, so the cost grows with the
    content, not with the rest of the paragraph."""
    from html import unescape

    at = cursor
    run_start = None  # a stretch of characters found as themselves, copied in one piece
    i = 0
    while i < len(content):
        found = _source_of(text, content[i], at, min(limit, at + _REACH), limit)
        if found is None:
            i += 1  # not in the source as such: a character the parser made up
            continue
        start, end = found
        if end - start == 1:
            if run_start is None:
                run_start = start
            elif start != at:  # markup between: copy what came before it
                builder.copy(run_start, at)
                run_start = start
        else:
            if run_start is not None:
                builder.copy(run_start, at)
                run_start = None
            written = text[start:end]
            stands_for = unescape(written) if written.startswith("&") else written[1:]
            builder.substitute(start, end, stands_for)
            if content.startswith(stands_for, i):
                i += len(stands_for) - 1  # an entity for two characters stands for both
        at = end
        i += 1
    if run_start is not None:
        builder.copy(run_start, at)
    return at


def _source_of(text: str, char: str, at: int, stop: int, limit: int) -> tuple[int, int] | None:
    """The first source span starting in [at, stop) and ending by ``limit`` that reads as ``char``."""
    for i in range(at, stop):
        c = text[i]
        if c == char:
            return i, i + 1
        if c == "&":
            entity = _ENTITY.match(text, i, limit)
            if entity is not None:
                return i, entity.end()
        elif c == "\\" and i + 1 < limit and text[i + 1] == char:
            return i, i + 2
    return None


def _inline_block(builder, source, inline, kind, level=0, quoted=False, label=False):
    if not inline.map:
        return None
    start, end = _line_span(source, *inline.map)
    text_start = builder.begin_block()
    _emit_inline(builder, source, inline.children or [], start, end)
    line, end_line = inline.map[0] + 1, inline.map[1]
    return builder.end_block(kind, start, end, text_start, line, end_line, level=level,
                             quoted=quoted, label=label)


def _paragraph(builder, source, inline, kind, list_depth, quoted):
    """A paragraph, split where a line inside it is a label ("Benefits:") acting as a heading."""
    if not inline.map:
        return
    first, last = inline.map
    children = inline.children or []
    # group children by source line so label lines can become their own blocks
    lines: list[list] = [[]]
    for child in children:
        if child.type in ("softbreak", "hardbreak"):
            lines.append([])
        else:
            lines[-1].append(child)
    idx = source.index
    text = source.text
    if len(lines) == 1 or len(lines) != last - first:
        label = len(lines) == 1 and kind == "paragraph" and looks_like_label(
            text[slice(*_line_span(source, first, last))])
        _emit_group(builder, source, children, first, last, "heading" if label else kind,
                    list_depth, quoted, label)
        return
    group_start = 0
    for n in range(len(lines) + 1):
        is_label = False
        if n < len(lines):
            ls, le = idx.line_span(first + n + 1, text)
            is_label = kind == "paragraph" and looks_like_label(text[ls:le])
        if n == len(lines) or is_label:
            if n > group_start:
                _emit_group(builder, source, _join(lines[group_start:n]), first + group_start,
                            first + n, kind, list_depth, quoted, False)
            if is_label:
                _emit_group(builder, source, lines[n], first + n, first + n + 1, "heading",
                            list_depth, quoted, True)
                group_start = n + 1


def _join(groups):
    out = []
    for k, g in enumerate(groups):
        if k:
            out.append(_SOFTBREAK)
        out.extend(g)
    return out


class _Soft:
    type = "softbreak"
    content = ""


_SOFTBREAK = _Soft()


def _emit_group(builder, source, children, first, last, kind, list_depth, quoted, label):
    start, end = _line_span(source, first, last)
    text_start = builder.begin_block()
    _emit_inline(builder, source, children, start, end)
    builder.end_block(kind, start, end, text_start, first + 1, last,
                      level=6 if label else (list_depth if kind == "list_item" else 0),
                      quoted=quoted, label=label)


def _table_row(builder, source, line_map, cells):
    start, end = _line_span(source, *line_map)
    text_start = builder.begin_block()
    cursor = start
    for k, cell in enumerate(cells):
        if k:
            builder.separate(" ; ")
        cursor = _emit_inline(builder, source, cell.children or [], cursor, end)
    builder.end_block("table_row", start, end, text_start, line_map[0] + 1, line_map[1])


def _front_matter(source: SourceFile, tok) -> FrontMatter | None:
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    start, end = _line_span(source, *tok.map)
    try:
        data = YAML(typ="rt").load(tok.content)
    except YAMLError:
        data = None
    if not isinstance(data, dict):
        return FrontMatter({}, start, end)
    key_lines = {}
    for key in data:
        try:
            key_lines[str(key).lower()] = tok.map[0] + 2 + data.lc.key(key)[0]
        except Exception:  # noqa: BLE001 - line info is best effort for odd keys
            key_lines[str(key).lower()] = tok.map[0] + 1
    plain = {str(k).lower(): v for k, v in data.items()}
    return FrontMatter(plain, start, end, key_lines)
