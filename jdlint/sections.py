"""Finding the sections of a posting: by heading, by front-matter key, (later) by content.

Heading synonyms are data (``sections:`` in rule packs, extended by config). A heading may name
two kinds ("Work Hours & Benefits"). A section runs from its heading to the next heading of the
same or a higher level; a heading with nothing under it gives an *empty* section.
"""
from __future__ import annotations

import re
from typing import Any

from .document import Block, Document, Section

FRONT_MATTER_KEYS = {
    "pay": ("salary", "pay", "compensation", "salary_range", "pay_range", "wage", "wages", "salary_min", "salary_max"),
    "location": ("location", "locations", "city", "office", "remote", "workplace"),
    "how-to-apply": ("apply_url", "apply", "application_url", "how_to_apply", "apply_link", "apply_email"),
    "benefits": ("benefits", "perks"),
    "schedule": ("schedule", "hours", "employment_type", "type"),
}

_WORDS = re.compile(r"[a-z0-9']+")


def _normalise(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower().replace("\u2019", "'").replace("&", " and ")))


def heading_kinds(heading: str, synonyms: dict[str, list[str]]) -> list[str]:
    """Section kinds a heading names, in the order they appear in it."""
    norm = f" {_normalise(heading)} "
    found = []
    for kind, phrases in synonyms.items():
        best = None
        for phrase in phrases:
            p = f" {_normalise(phrase)} "
            pos = norm.find(p)
            if pos >= 0 and (best is None or pos < best):
                best = pos
        if best is not None:
            found.append((best, kind))
    return [kind for _, kind in sorted(found)]


def detect(document: Document, synonyms: dict[str, list[str]], doc: Any = None) -> list[Section]:
    sections: list[Section] = []
    blocks = document.blocks
    index = document.source.index
    for i, block in enumerate(blocks):
        if block.kind != "heading":
            continue
        heading = document.block_text(block).rstrip(":").strip()
        kinds = heading_kinds(heading, synonyms)
        if not kinds:
            continue
        end_block = _section_end(blocks, i)
        body = blocks[i + 1:end_block]
        end = body[-1].end if body else block.end
        end_line = body[-1].end_line if body else block.end_line
        for kind in kinds:
            sections.append(Section(kind, heading, block.line, end_line, "heading",
                                    block.start, end, empty=not body))
    if document.front_matter:
        fm = document.front_matter
        for kind, keys in FRONT_MATTER_KEYS.items():
            for key in keys:
                value = fm.data.get(key)
                if value not in (None, "", [], {}):
                    line = fm.key_lines.get(key, 1)
                    start = index.line_start(line)
                    sections.append(Section(kind, None, line, line, "front-matter", start,
                                            index.line_span(line, document.source.text)[1]))
                    break
    sections.sort(key=lambda s: (s.line, s.kind))
    return sections


def _section_end(blocks: list[Block], i: int) -> int:
    """Index of the first block after heading ``i`` that starts another section."""
    level = blocks[i].level
    for j in range(i + 1, len(blocks)):
        b = blocks[j]
        if b.kind == "heading" and (b.level <= level or b.label or blocks[i].label):
            return j
    return len(blocks)


def to_json(sections: list[Section]) -> list[dict[str, Any]]:
    return [s.to_json() for s in sections]
