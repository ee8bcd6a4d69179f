"""Inline suppression in postings.

Markdown (and plain text)::

    <!-- jdlint-disable D301 vague -->  ...  <!-- jdlint-enable D301 vague -->
    <!-- jdlint-disable-next-line D301 -->
    <!-- jdlint-disable-line -->            (on the offending line)
    <!-- jdlint-disable-file S105 -->

Plain text may also use a line of its own starting with ``#``: ``# jdlint-disable-next-line D301``.
Codes, code prefixes, rule names and ``category:NAME`` are accepted; none means every rule.
A selector that names no rule suppresses nothing and is reported at the comment (J002).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .registry import selector_score
from . import regex_programs

HTML_FORM = regex_programs.compile(r"<!--\s*jdlint-(?P<kind>disable-next-line|disable-line|disable-file|disable|enable)\b(?P<args>.*?)-->", re.S)
LINE_FORM = regex_programs.compile(r"^[ \t]*#[ \t]*jdlint-(?P<kind>disable-next-line|disable-line|disable-file|disable|enable)\b(?P<args>[^\r\n]*)$", re.M)
ALL = ("ALL",)


class _RuleRef:
    def __init__(self, code: str, name: str, category: str) -> None:
        self.code, self.name, self.category = code, name, category


@dataclass
class Suppressions:
    file: list[tuple[str, ...]] = field(default_factory=list)
    lines: dict[int, list[tuple[str, ...]]] = field(default_factory=dict)
    ranges: list[tuple[int, int, tuple[str, ...]]] = field(default_factory=list)  # [first, last]

    def suppresses(self, code: str, name: str, category: str, line: int) -> bool:
        ref = _RuleRef(code, name, category)
        hit = lambda sels: any(selector_score(s, ref) for s in sels)
        if any(hit(s) for s in self.file):
            return True
        if any(hit(s) for s in self.lines.get(line, ())):
            return True
        return any(first <= line <= last and hit(sels) for first, last, sels in self.ranges)


def find(text: str, plain_text: bool) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """Every directive in ``text`` as (start, end, kind, selectors), in order; no selector
    means every rule (``ALL``)."""
    found = []
    forms = (HTML_FORM, LINE_FORM) if plain_text else (HTML_FORM,)
    for form in forms:
        for m in form.finditer(text):
            selectors = tuple(a for a in re.split(r"[\s,]+", m.group("args").strip()) if a) or ALL
            found.append((m.start(), m.end(), m.group("kind"), selectors))
    found.sort()
    return found


def parse(text: str, index, plain_text: bool) -> Suppressions:
    sup = Suppressions()
    open_ranges: dict[tuple[str, ...], int] = {}
    last_line = index.line_count
    for start, end, kind, selectors in find(text, plain_text):
        line = index.position(start)[0]
        end_line = index.position(end)[0]
        if kind == "disable-file":
            sup.file.append(selectors)
        elif kind == "disable-line":
            sup.lines.setdefault(line, []).append(selectors)
        elif kind == "disable-next-line":
            target = _next_content_line(text, index, end_line)
            sup.lines.setdefault(target, []).append(selectors)
        elif kind == "disable":
            open_ranges[selectors] = line
        elif kind == "enable":
            if selectors == ALL:
                closing = list(open_ranges)
            else:
                closing = [s for s in open_ranges if s == selectors or set(selectors) & set(s)]
            for sels in closing:
                sup.ranges.append((open_ranges.pop(sels), line, sels))
    for sels, first in open_ranges.items():
        sup.ranges.append((first, last_line, sels))
    return sup


def _next_content_line(text: str, index, line: int) -> int:
    for candidate in range(line + 1, index.line_count + 1):
        s, e = index.line_span(candidate, text)
        if text[s:e].strip():
            return candidate
    return line + 1
