"""The parsed posting: prose blocks with exact source positions, and one prose text for NLP.

Parsers (``parse/markdown.py``, ``parse/plaintext.py``, ``parse/html.py``) do not hand spaCy the raw file. They
copy the prose of each block into ``Document.text`` - markup, list markers, link targets, code and
comments left out, soft line breaks turned into spaces - and record where every copied run came
from. Rules match on that clean text (so "**digital**\\nnative" is still the phrase "digital
native"), and ``Document.to_source`` maps any span back to the exact characters in the file.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from .source import SourceFile
from . import regex_programs

# One-for-one character normalisation for matching: typographic quotes, dashes and spaces become
# their ASCII forms, so a rule written with "don't" or "full-time" also matches "don’t" or
# "full–time". The length never changes, so offsets stay valid.
_TRANSLATE = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\t": " ", "\r": " ", "\n": " ", "\f": " ",
    "\uf0b7": "\u2022",  # private-use bullet from Word exports
})
# Invisible characters that split words for the tokenizer but carry no meaning.
_DROP = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
_DROP_RE = regex_programs.compile("[" + "".join(sorted(_DROP)) + "]")

BLOCK_KINDS = ("heading", "paragraph", "list_item", "blockquote", "table_row")


@dataclass
class Block:
    """One unit of prose: a heading, paragraph, list item, quoted paragraph or table row."""

    kind: str
    start: int  # source offsets of the whole block, markers included
    end: int
    text_start: int  # offsets of its prose in Document.text
    text_end: int
    line: int  # 1-based first and last source line
    end_line: int
    level: int = 0  # heading level (labels count as level 6), list depth otherwise
    label: bool = False  # a line acting as a heading ("Responsibilities:", "**Perks**")
    quoted: bool = False  # inside a block quote


#: How a section was found (``Section.found_by``); the report schema's enum is generated from it.
FOUND_BY = ("heading", "content", "front-matter")


@dataclass
class Section:
    """A part of the posting with one purpose, such as pay or how to apply."""

    kind: str
    heading: str | None
    line: int
    end_line: int
    found_by: str  # one of FOUND_BY
    start: int = 0  # source offsets
    end: int = 0
    empty: bool = False
    #: a pay section's figure (``extract.pay.PayFigure.to_json()``: min, max, currency, period, text)
    pay: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        out = {
            "kind": self.kind,
            "heading": self.heading,
            "start_line": self.line,
            "end_line": self.end_line,
            "found_by": self.found_by,
            "empty": self.empty,
        }
        if self.pay is not None:
            out["pay"] = self.pay
        return out


@dataclass
class FrontMatter:
    data: dict[str, Any]
    start: int
    end: int
    key_lines: dict[str, int] = field(default_factory=dict)


@dataclass
class Document:
    source: SourceFile
    text: str
    blocks: list[Block]
    _nlp_starts: list[int] = field(repr=False)
    _src_starts: list[int] = field(repr=False)
    _lengths: list[int] = field(repr=False)
    front_matter: FrontMatter | None = None
    sections: list[Section] = field(default_factory=list)
    #: kinds the posting addresses without what the section needs (pay in words only, "competitive
    #: salary"): not sections, but a missing-section rule stays quiet there, as the rule for the
    #: vague form (P101) reports it. Set by section detection.
    addressed: list[Section] = field(default_factory=list)
    #: section kinds the posting need not have: an unpaid role's benefits, a volunteer post's
    #: equal-opportunity statement (``extract.pay.moot_kinds``). Set by section detection.
    moot: frozenset[str] = frozenset()
    _block_starts: list[int] | None = field(default=None, repr=False)
    _source_block_starts: list[int] | None = field(default=None, repr=False)
    # runs whose text stands for a longer source stretch (an entity, "&nbsp;" -> " ", or a Markdown
    # escape, "\\*" -> "*"), by run index: how many source characters the run covers
    _wide_runs: dict[int, int] = field(default_factory=dict, repr=False)

    # -- offsets ----------------------------------------------------------------------------
    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of ``text`` to the [start, end) span in the source file."""
        if end <= start:
            s = self._point(start)
            return s, s
        if self._wide_runs:
            i = bisect.bisect_right(self._nlp_starts, end - 1) - 1
            if i in self._wide_runs and end - 1 - self._nlp_starts[i] < self._lengths[i]:
                return self._point(start), self._src_starts[i] + self._wide_runs[i]
        return self._point(start), self._point(end - 1) + 1

    def _point(self, offset: int) -> int:
        i = bisect.bisect_right(self._nlp_starts, offset) - 1
        if i < 0:
            return 0
        nlp_start = self._nlp_starts[i]
        inside = offset - nlp_start
        length = self._lengths[i]
        if inside < length:
            if i in self._wide_runs:
                return self._src_starts[i]  # every character of a decoded entity is the entity
            return self._src_starts[i] + inside
        # a separator the parser inserted (a space for a line break): it sits just after the run
        return self._src_starts[i] + max(length - 1, 0) + (1 if length else 0)

    # -- blocks -----------------------------------------------------------------------------
    def block_at(self, offset: int) -> Block | None:
        """The block whose prose contains ``text`` offset ``offset``."""
        i = self.block_index_at(offset)
        return self.blocks[i] if i is not None else None

    def block_index_at(self, offset: int) -> int | None:
        """The index in ``blocks`` of the block whose prose contains ``text`` offset ``offset``."""
        if self._block_starts is None or len(self._block_starts) != len(self.blocks):
            self._block_starts = [b.text_start for b in self.blocks]
        i = bisect.bisect_right(self._block_starts, offset) - 1
        if i >= 0 and self.blocks[i].text_start <= offset <= self.blocks[i].text_end:
            return i
        return None

    def body_of(self, section: Section) -> list[Block]:
        """The blocks after a section's first one (its heading) and before its end.

        Blocks are in source order, so this bisects rather than scanning every block for every
        section, which made rules about sections quadratic in a long posting."""
        starts = self._source_starts()
        return self.blocks[bisect.bisect_right(starts, section.start):bisect.bisect_left(starts, section.end)]

    def block_starting(self, source_offset: int) -> Block | None:
        """The first block that starts at ``source_offset`` (a section's heading), if any."""
        starts = self._source_starts()
        i = bisect.bisect_left(starts, source_offset)
        return self.blocks[i] if i < len(starts) and starts[i] == source_offset else None

    def _source_starts(self) -> list[int]:
        if self._source_block_starts is None or len(self._source_block_starts) != len(self.blocks):
            self._source_block_starts = [b.start for b in self.blocks]
        return self._source_block_starts

    def block_text(self, block: Block) -> str:
        return self.text[block.text_start:block.text_end]

    def sections_of(self, kind: str) -> list[Section]:
        """The sections of ``kind``, and where the posting addresses it only vaguely (``addressed``):
        what a missing-section rule reads."""
        return [s for s in self.sections if s.kind == kind] + [s for s in self.addressed if s.kind == kind]

    def has_section(self, kind: str) -> bool:
        return any(s.kind == kind and not s.empty for s in self.sections)


class TextBuilder:
    """Accumulates ``Document.text`` and the map from its offsets back to the source."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.parts: list[str] = []
        self.pos = 0
        self.nlp_starts: list[int] = []
        self.src_starts: list[int] = []
        self.lengths: list[int] = []
        self.wide_runs: dict[int, int] = {}
        self.blocks: list[Block] = []

    def copy(self, start: int, end: int) -> None:
        """Copy source[start:end] (normalised one-for-one, invisible characters dropped)."""
        run_start = start
        for dropped in _DROP_RE.finditer(self.source, start, end):
            self._run(run_start, dropped.start())
            run_start = dropped.end()
        self._run(run_start, end)

    def _run(self, start: int, end: int) -> None:
        if end <= start:
            return
        self.nlp_starts.append(self.pos)
        self.src_starts.append(start)
        self.lengths.append(end - start)
        self.parts.append(self.source[start:end].translate(_TRANSLATE))
        self.pos += end - start

    def substitute(self, start: int, end: int, text: str) -> None:
        """Add ``text`` standing for the whole of source[start:end] (a decoded entity or escape):
        a span that covers any of it maps to all of it."""
        text = _DROP_RE.sub("", text).translate(_TRANSLATE)
        if not text or end <= start:
            return
        self.wide_runs[len(self.nlp_starts)] = end - start
        self.nlp_starts.append(self.pos)
        self.src_starts.append(start)
        self.lengths.append(len(text))
        self.parts.append(text)
        self.pos += len(text)

    def separate(self, sep: str, at: int | None = None) -> None:
        """Insert text that is not in the source (a space for a line break, a block break).

        With ``at``, the separator maps to that source offset (zero-length run bookkeeping).
        """
        if at is not None:
            self.nlp_starts.append(self.pos)
            self.src_starts.append(at)
            self.lengths.append(0)
        self.parts.append(sep)
        self.pos += len(sep)

    def last_char(self) -> str:
        for part in reversed(self.parts):
            if part:
                return part[-1]
        return "\n"

    def begin_block(self) -> int:
        if self.pos and self.last_char() != "\n":
            self.separate("\n")
        return self.pos

    def end_block(self, kind: str, start: int, end: int, text_start: int, line: int,
                  end_line: int, **extra: Any) -> Block | None:
        text_end = self.pos
        if text_end <= text_start:
            return None
        block = Block(kind, start, end, text_start, text_end, line, end_line, **extra)
        self.blocks.append(block)
        return block

    def build(self, source: SourceFile, front_matter: FrontMatter | None = None) -> Document:
        text = "".join(self.parts)
        for b in self.blocks:  # prose spans exclude surrounding blanks
            while b.text_end > b.text_start and text[b.text_end - 1] == " ":
                b.text_end -= 1
            while b.text_start < b.text_end and text[b.text_start] == " ":
                b.text_start += 1
        blocks = [b for b in self.blocks if b.text_end > b.text_start]
        return Document(source, text, blocks, self.nlp_starts, self.src_starts, self.lengths,
                        front_matter=front_matter, _wide_runs=self.wide_runs)
