"""HTML postings: job-board exports, ATS feeds and career pages, whole pages or fragments.

The standard library's tolerant ``HTMLParser`` gives the tags and text in order, each with its
source position. Block elements (headings, paragraphs, list items, table rows, ``div``s...) become
blocks; inline elements (``a``, ``strong``, ``span``...) add nothing, as in a browser; scripts,
styles, code and the page ``head`` are not prose. Whitespace is collapsed as a browser does, and
an entity (``&nbsp;``, ``&rsquo;``) reaches the rules as the character it stands for, mapped back
to the whole entity, so every position points at the exact characters in the file.

Within a block, ``<br>`` starts a new line, and the lines are grouped the way plain-text lines
are: a label line ("<strong>Benefits</strong>", "Requirements:") becomes a heading, a line
starting with a bullet ("• ", "- ") a list item. A line break in the source text itself is a
space, as in a browser, unless it ends a sentence by the rule Markdown's soft breaks follow
(``breaks_sentence``): HTML made from Markdown or pasted text often has one item per line, and
then that line is a line of the block like one after a ``<br>``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser

from ..document import Document, TextBuilder
from ..source import SourceFile
from .lines import BULLET, breaks_sentence, looks_like_label
from .. import regex_programs

HEADINGS = {f"h{n}": n for n in range(1, 7)}
# Elements that start and end a block of prose; anything unknown is treated as inline.
BLOCKS = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "address", "center",
    "li", "dd", "dt", "dl", "ul", "ol", "menu", "blockquote", "figure", "figcaption", "caption",
    "details", "summary", "form", "fieldset", "legend", "table", "thead", "tbody", "tfoot", "tr",
    "body", "html", "hr", *HEADINGS,
})
# Elements whose content is never prose.
SKIPPED = frozenset({"head", "title", "script", "style", "noscript", "template", "svg", "math", "pre",
                     "code", "textarea", "select", "option", "iframe", "object", "button"})
VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr", "area", "base", "col", "embed",
                  "source", "track", "param"})
BOLD = frozenset({"strong", "b"})
_WORDS = regex_programs.compile(r"\S+(?: \S+)*")  # text runs, single spaces kept: whitespace is collapsed between
#: more words than any heading has: a heading element holding this many is a container of text
_HEADING_MAX_WORDS = 40
_LABEL_MAX_CHARS = 80


@dataclass
class _Line:
    """One line of a block: the builder steps for its text, replayed once its kind is known."""

    start: int  # source offset of its first character
    end: int = 0
    steps: list[tuple] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)  # its prose, joined only to tell labels and bullets
    bold: bool = True  # every character of it inside <strong>/<b>

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def tail(self, length: int = 80) -> str:
        """The last ``length`` characters or so of its prose, without joining all of it."""
        taken: list[str] = []
        size = 0
        for part in reversed(self.parts):
            taken.append(part)
            size += len(part)
            if size >= length:
                break
        return "".join(reversed(taken))

    def ends_with_space(self) -> bool:
        return bool(self.parts) and self.parts[-1].endswith(" ")

    def add(self, start: int, end: int, text: str, raw: bool, bold: bool) -> None:
        if not self.steps:
            self.start = start
        self.steps.append(("copy", start, end) if raw else ("substitute", start, end, text))
        self.parts.append(text)
        self.end = end
        self.bold = self.bold and (bold or not text.strip())

    def separate(self, sep: str) -> None:
        self.steps.append(("separate", sep))
        self.parts.append(sep)


class _Parser(HTMLParser):
    """Parses source.text[start:end] into ``builder``'s blocks (the whole file, or one HTML block
    of a Markdown posting); every offset it records is into the whole file."""

    def __init__(self, source: SourceFile, builder: TextBuilder, start: int, end: int, quoted: bool) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.text = source.text
        self.builder = builder
        # HTMLParser counts lines by "\n" only, so positions are found from these line starts
        self.line_starts = [start] + [m.end() for m in re.compile("\n").finditer(self.text, start, end)]
        self.skipping = 0
        self.bold = 0
        self.lists = 0
        self.quotes = 1 if quoted else 0
        self.kind = "paragraph"
        self.level = 0
        self.lines: list[_Line] = []
        self.cells = 0  # cells begun in the current table row
        self._comments_close_before = -1  # both set by feed
        self._last_tag_close = -1

    def feed(self, data: str) -> None:
        """Parse ``data``: called once per parser (``parse_into``), so offsets into it are the
        parser's ``rawdata`` offsets."""
        last = None
        for last in _COMMENT_CLOSE.finditer(data):
            pass
        self._comments_close_before = -1 if last is None else last.start()
        self._last_tag_close = data.rfind(">")
        super().feed(data)

    def check_for_whole_start_tag(self, i):
        # A start tag after the last ">" cannot close: it is text, up to the next "<". The
        # standard parser read every one of them to the end of the file first, so "<a " repeated
        # took time quadratic in the file's length (40,000 characters: 17 s).
        if i > self._last_tag_close:
            return -1
        return super().check_for_whole_start_tag(i)

    def parse_endtag(self, i):
        if i > self._last_tag_close:  # the standard parser's answer too, after a search to the end
            return -1
        return super().parse_endtag(i)

    def parse_pi(self, i):
        if i > self._last_tag_close:  # likewise
            return -1
        return super().parse_pi(i)

    def parse_html_declaration(self, i):
        if i > self._last_tag_close:  # a declaration, marked section or bogus comment ends at ">"
            return -1
        return super().parse_html_declaration(i)

    def parse_comment(self, i, report=1):
        # An opener after the last place a comment can close never closes; the standard parser
        # searched to the end of the file for each one, so a file of unclosed "<!--" took time
        # quadratic in its length. _COMMENT_CLOSE accepts at least what the standard library's
        # close does, so a comment it would close still reaches it.
        if i + 4 > self._comments_close_before:
            return -1
        return super().parse_comment(i, report)

    # -- positions ----------------------------------------------------------------------------
    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column  # line 1 of the fed text starts at ``start``

    # -- tags -------------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in SKIPPED:
            if tag not in VOID:
                self.skipping += 1
            if tag == "code":
                self._space(self._offset())  # inline code stands between words
            return
        if self.skipping:
            return
        if tag == "br":
            self._new_line()
            return
        if tag in ("td", "th"):
            if self.cells:
                self._separator(" ; ")
            self.cells += 1
            return
        if tag in BOLD:
            self.bold += 1
        if tag not in BLOCKS:
            return
        self._flush()
        if tag in ("ul", "ol", "menu", "dl"):
            self.lists += 1
        elif tag == "blockquote":
            self.quotes += 1
        self._begin(tag)

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in BLOCKS or tag == "br":
            self.handle_starttag(tag, attrs)  # <br/>, <hr/>: nothing to close
        # any other self-closed element (<img/>, <span/>) holds no prose

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED:
            if tag not in VOID and self.skipping:
                self.skipping -= 1
            return
        if self.skipping:
            return
        if tag in BOLD and self.bold:
            self.bold -= 1
        if tag not in BLOCKS:
            return
        self._flush()
        if tag in ("ul", "ol", "menu", "dl") and self.lists:
            self.lists -= 1
        elif tag == "blockquote" and self.quotes:
            self.quotes -= 1
        # text after a closed element continues the enclosing list item, if any
        self.kind, self.level = ("list_item", self.lists) if self.lists and tag != "li" else ("paragraph", 0)

    def _begin(self, tag: str) -> None:
        self.cells = 0
        if tag in HEADINGS:
            self.kind, self.level = "heading", HEADINGS[tag]
        elif tag == "li" or (tag in ("dd", "dt") and self.lists):
            self.kind, self.level = "list_item", max(self.lists, 1)
        elif tag == "tr":
            self.kind, self.level = "table_row", 0
        elif self.kind == "list_item" and self.lists:
            pass  # <p> or <div> inside a list item stays part of the item
        else:
            self.kind, self.level = "paragraph", 0

    # -- text -------------------------------------------------------------------------------
    def handle_data(self, data: str) -> None:
        if self.skipping or not data:
            return
        at = self._offset()
        previous = None
        for run in _WORDS.finditer(data):
            if run.start() > 0:  # whitespace before it, here or after an inline tag's text
                gap = data[previous.end() if previous else 0:run.start()]
                line = self.lines[-1] if self.lines else None
                before = previous.group() if previous else (line.tail() if line else "")
                if "\n" in gap and before.strip() and breaks_sentence(before, run.group()):
                    # one item per source line, as in Markdown turned into HTML ("<strong>Pay:</strong>
                    # then a line of text): a line of its own, so it can be a label or a bullet
                    self._new_line(at + run.start())
                else:
                    self._space(at + run.start())
            self._text_step(at + run.start(), at + run.end(), run.group(), raw=True)
            previous = run
        if data[-1:].isspace():
            self._space(at + len(data) - 1)

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name}")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name}")

    def _reference(self, written: str) -> None:
        if self.skipping:
            return
        start = self._offset()
        end = start + len(written)
        if self.text.startswith(";", end):
            end += 1
        decoded = unescape(self.text[start:end])
        if decoded == self.text[start:end]:  # not an entity after all: the text as written
            self._text_step(start, end, decoded, raw=True)
        elif decoded.isspace():  # &nbsp; and friends separate words like a space
            self._space(start, end)
        else:
            self._text_step(start, end, decoded, raw=False)

    def _space(self, start: int, end: int | None = None) -> None:
        """A space between words: none at the start of a line or after another one. With ``end``,
        it stands for source[start:end] (``&nbsp;``)."""
        line = self.lines[-1] if self.lines else None
        if line is None or not line.steps or line.ends_with_space():
            return
        if end is None:
            line.separate(" ")
        else:
            self._text_step(start, end, " ", raw=False)

    def _separator(self, sep: str) -> None:
        if self.lines and self.lines[-1].steps:
            self.lines[-1].separate(sep)

    def _text_step(self, start: int, end: int, text: str, raw: bool) -> None:
        if not self.lines:
            self.lines.append(_Line(start))
        self.lines[-1].add(start, end, text, raw, self.bold > 0)

    def _new_line(self, at: int | None = None) -> None:
        if self.lines and self.lines[-1].steps:
            self.lines.append(_Line(self._offset() if at is None else at))

    # -- blocks -----------------------------------------------------------------------------
    def _flush(self) -> None:
        """Emit the lines gathered since the last block boundary as one or more blocks: in a
        paragraph, a label line becomes a heading and a bulleted line a list item."""
        lines = [line for line in self.lines if line.text.strip()]
        self.lines = []
        if not lines:
            return
        if self.kind == "heading" and sum(len(line.text.split()) for line in lines) > _HEADING_MAX_WORDS:
            # a heading element used as a container for the ad's closing text (real ads, sections16:
            # <h3> around a call to apply, the salary, the location and the hours, split by <br>): its
            # lines are read as a paragraph's, labels and all
            self.kind, self.level = "paragraph", 0
        if self.kind != "paragraph":
            self._emit(lines, self.kind, self.level)
            return
        group: list[_Line] = []
        for line in lines:
            text = line.text.strip()
            bullet = BULLET.match(text)
            if bullet:
                self._emit(group, "paragraph", 0)
                group = []
                self._emit([line], "list_item", 1, skip=bullet.end())
            elif looks_like_label(text) or (line.bold and len(text) <= _LABEL_MAX_CHARS and len(text.split()) <= 8):
                self._emit(group, "paragraph", 0)
                group = []
                self._emit([line], "heading", 6, label=True)  # <p><strong>Benefits</strong></p>
            else:
                group.append(line)
        self._emit(group, "paragraph", 0)

    def _emit(self, lines: list[_Line], kind: str, level: int, label: bool = False, skip: int = 0) -> None:
        if not lines:
            return
        builder = self.builder
        text_start = builder.begin_block()
        for n, line in enumerate(lines):
            if n:
                builder.separate("\n", at=line.start)  # a <br>: the line ends a sentence
            self._replay(line, skip if n == 0 else 0)
        start, end = lines[0].start, lines[-1].end
        builder.end_block(kind, start, end, text_start, self._line_of(start), self._line_of(max(end - 1, start)),
                          level=level, quoted=self.quotes > 0, label=label)

    def _replay(self, line: _Line, skip: int) -> None:
        """Apply a line's steps, leaving out its first ``skip`` prose characters (a bullet)."""
        builder = self.builder
        for step in line.steps:
            if step[0] == "separate":
                if skip:
                    skip = max(0, skip - len(step[1]))
                    continue
                builder.separate(step[1])
            elif step[0] == "copy":
                _, start, end = step
                taken = min(skip, end - start)
                skip -= taken
                builder.copy(start + taken, end)
            else:
                _, start, end, text = step
                if skip:
                    taken = min(skip, len(text))
                    skip -= taken
                    if taken == len(text):
                        continue
                builder.substitute(start, end, text)

    def _line_of(self, offset: int) -> int:
        return self.source.index.position(offset)[0]

    def close(self) -> None:
        super().close()
        self._flush()


def parse(source: SourceFile) -> Document:
    builder = TextBuilder(source.text)
    parse_into(builder, source, 0, len(source.text))
    return builder.build(source)


def parse_into(builder: TextBuilder, source: SourceFile, start: int, end: int, quoted: bool = False) -> None:
    """Add the blocks of the HTML in source.text[start:end] to ``builder``: a whole HTML file, or
    an HTML block inside a Markdown posting (which a reader sees rendered, so it is prose)."""
    html = source.text[start:end]
    if quoted:  # a block quote's "> " markers are Markdown, not text: blanked, so offsets hold
        html = _QUOTE_MARKERS.sub(lambda m: " " * len(m.group()), html)
    parser = _Parser(source, builder, start, end, quoted)
    parser.feed(html)
    parser.close()


_QUOTE_MARKERS = regex_programs.compile(r"^(?:[ \t]*>[ \t]?)+", re.M)
#: The end of an HTML comment, as loosely as any Python's html.parser reads it ("-->", "-- >", "--!>").
_COMMENT_CLOSE = regex_programs.compile(r"--!?\s*>")
