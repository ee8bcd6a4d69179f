"""Plain-text postings: paragraphs, bullets and label lines, without Markdown rules.

Text exported from job boards and word processors has no markup: blank lines separate
paragraphs, bullets are ``-``, ``*``, ``•``, ``◦`` or numbers, and a short line such as
"Case Manager Job Responsibilities:" is a heading. ``<!-- … -->`` comments and ``# jdlint-…``
directive lines are not prose.
"""
from __future__ import annotations

import re

from ..document import Document, TextBuilder
from ..source import SourceFile
from .lines import BULLET, breaks_sentence, looks_like_label
from .. import regex_programs

COMMENT = regex_programs.compile(r"<!--.*?-->", re.S)
DIRECTIVE_LINE = regex_programs.compile(r"^\s*#\s*jdlint-[a-z-]+.*$")
_TITLE_MAX_WORDS = 10
_WEB_ADDRESS = regex_programs.compile(r"https?://|\bwww\.", re.I)
#: a label and its value on one line: a word, a colon, then more text
_FIELD = regex_programs.compile(r"\w:\s*\S")
#: words a title in sentence case or title case leaves in lower case
_TITLE_FUNCTION_WORDS = frozenset("""a an the and or but nor of to in on at by for from with as into onto over per via
    we you i he she they it our your their my us me who which that this these those
    is are be been being will would can could shall should may might must do does did doing have has had
    you'll you're we're we'll we've you've it's let's""".split())


def _is_title_line(line: str, alone: bool, first: bool = False) -> bool:
    # ``first``: the posting's first line, or a line right over a list
    """A short standalone line with no sentence punctuation reads as a title ("Case Manager"). Not a line that ends
    with a colon (a label is ``looks_like_label``'s, up to eight words: a longer one leads into what follows, "If you
    are interested, email us at jobs@example.org with:"), nor one holding an e-mail address or a web address, which is
    where to apply or write, not the name of a part ("Send your CV to jobs@example.org")."""
    stripped = line.strip()
    if not alone or not stripped or stripped[-1] in ".!?,;:" or len(stripped) > 90:
        return False
    if "@" in stripped or _WEB_ADDRESS.search(stripped):
        return False
    words = stripped.split()
    if not (len(words) <= _TITLE_MAX_WORDS and (stripped[0].isupper() or stripped[0].isdigit())):
        return False
    if first:
        # the posting's own first line, its title, or a line leading into a list: a name whatever its case
        # ("Graduates: English Teacher (Remote)", "We're looking for someone who")
        return True
    if _FIELD.search(stripped):
        return False  # a field and its value ("Pay: From $24.00 per hour", "Work Location: In person")
    # a longer line reads as a name only in title case or capitals: a sentence-case line of content standing alone
    # ("We help teachers find safe jobs abroad", "Competitive salary at all levels") is a paragraph, while a heading
    # in sentence case is short ("Key responsibilities", "What you'll do") or mostly names ("What you will be doing")
    content = [w for w in (word.strip("()[]\"'“”‘’,&/-") for word in words) if w and w[0].isalpha()
               and w.lower() not in _TITLE_FUNCTION_WORDS]
    if len(words) <= 3 or not content:
        return True
    return sum(w[0].isupper() for w in content) * 2 >= len(content)


def parse(source: SourceFile) -> Document:
    text = source.text
    index = source.index
    builder = TextBuilder(text)
    masked = _mask_comments(text)
    # collect (line_no, start, end) of non-blank lines, grouped into blank-separated paragraphs
    groups: list[list[tuple[int, int, int]]] = [[]]
    for line_no in range(1, index.line_count + 1):
        start, end = index.line_span(line_no, text)
        content = masked[start:end]
        if not content.strip() or DIRECTIVE_LINE.match(content):
            if groups[-1]:
                groups.append([])
            continue
        groups[-1].append((line_no, start, end))
    after_label = False
    first = True
    groups = [group for group in groups if group]
    for at, group in enumerate(groups):
        # a line standing alone over a list leads into it, whatever its case ("We're looking for someone who")
        over_list = at + 1 < len(groups) and BULLET.match(masked[groups[at + 1][0][1]:groups[at + 1][0][2]]) is not None
        after_label = _group(builder, masked, group, first or over_list, after_label)
        first = False
    return builder.build(source)


def _mask_comments(text: str) -> str:
    return COMMENT.sub(lambda m: re.sub(r"[^\r\n]", " ", m.group()), text)


def _group(builder: TextBuilder, masked: str, lines: list[tuple[int, int, int]], first: bool = False,
           after_label: bool = False) -> bool:
    """Split one blank-separated group into headings, bullets and paragraphs; whether it ends with a label line
    ("Benefits:"). A line standing alone right after such a label is the label's value, not another title
    ("Benefits:" then "Flexible schedule")."""
    items: list[dict] = []
    alone = len(lines) == 1 and not after_label
    for k, (line_no, start, end) in enumerate(lines):
        content = masked[start:end]
        bullet = BULLET.match(content)
        if bullet:
            indent = len(bullet.group("indent").expandtabs(4))
            items.append({"kind": "list_item", "lines": [(line_no, start + bullet.end(), end)],
                          "block_start": start, "level": 1 + indent // 2, "indent": indent})
        elif looks_like_label(content) or (k == 0 and _is_title_line(content, alone, first)):
            items.append({"kind": "heading", "lines": [(line_no, start, end)], "level": 6,
                          "label": True})
        elif items and items[-1]["kind"] == "list_item" and content[:1] in " \t":
            items[-1]["lines"].append((line_no, start, end))  # wrapped bullet text
        elif items and items[-1]["kind"] == "paragraph":
            items[-1]["lines"].append((line_no, start, end))
        else:
            items.append({"kind": "paragraph", "lines": [(line_no, start, end)]})
    for item in items:
        _emit(builder, masked, item["lines"], item["kind"], block_start=item.get("block_start"),
              level=item.get("level", 0), label=item.get("label", False))
    last = items[-1]
    return last["kind"] == "heading" and masked[last["lines"][0][1]:last["lines"][0][2]].rstrip().endswith(":")


def _emit(builder: TextBuilder, masked: str, lines, kind: str, block_start: int | None = None,
          level: int = 0, label: bool = False) -> None:
    text_start = builder.begin_block()
    prev = None
    for line_no, start, end in lines:
        content = masked[start:end]
        lead = len(content) - len(content.lstrip())
        trail = len(content.rstrip())
        if prev is not None:
            prev_content = masked[prev[1]:prev[2]]
            builder.separate("\n" if breaks_sentence(prev_content, content) else " ", at=start - 1)
        _copy_unmasked(builder, masked, start + lead, start + trail)
        prev = (line_no, start, end)
    first, last = lines[0], lines[-1]
    builder.end_block(kind, block_start if block_start is not None else first[1], last[2],
                      text_start, first[0], last[0], level=level, label=label)


def _copy_unmasked(builder: TextBuilder, masked: str, start: int, end: int) -> None:
    """Copy a line, leaving out ``<!-- -->`` comments (blanked in ``masked``)."""
    src = builder.source
    run = start
    for m in _BLANKED.finditer(masked, start, end):
        if src[m.start():m.end()].strip():  # blanked here, so it was a comment
            builder.copy(run, m.start())
            if builder.last_char() not in " \n":
                builder.separate(" ")
            run = m.end()
    builder.copy(run, end)


_BLANKED = regex_programs.compile(r" +")
