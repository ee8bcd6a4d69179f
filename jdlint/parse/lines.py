"""What a line of a posting is, the same in every format: a label acting as a heading, a
bullet item, and whether a line break inside a paragraph also ends a sentence.

Shared by the Markdown, plain-text and HTML parsers (before, each imported these from another,
so the three modules imported each other in a circle).
"""
from __future__ import annotations

from .. import regex_programs

BULLET = regex_programs.compile(r"^(?P<indent>[ \t]*)(?P<marker>[-*+\u2022\u25e6\u25aa\u25cf\u2023\u2043\u00b7\uf0b7\u2013\u2014>]|\d{1,2}[.)]|[a-zA-Z][.)](?=\s))[ \t]+(?=\S)")
_LABEL_MAX_WORDS = 8
_BOLD_LINE = regex_programs.compile(r"^\s*(\*\*|__)(?P<label>[^*_\n]{2,80}?)(\*\*|__)\s*:?\s*$")


def looks_like_label(line: str) -> bool:
    """A short line ending with a colon ("What you'll do:") or bold on its own acts as a heading."""
    stripped = line.strip()
    if _BOLD_LINE.match(stripped):
        return True
    if not stripped.endswith(":"):
        return False
    words = stripped[:-1].replace("*", " ").replace("_", " ").split()
    return 0 < len(words) <= _LABEL_MAX_WORDS


def breaks_sentence(prev_line: str, next_line: str) -> bool:
    """Whether a soft line break inside a paragraph also ends a sentence.

    Wrapped prose continues across the break; but many postings put one item per line without
    blank lines or bullets (scraped ads, plain exports), and those lines are separate sentences.
    """
    prev = prev_line.rstrip()
    nxt = next_line.lstrip()
    if not prev or not nxt:
        return True
    if prev[-1] in ".!?:;":
        return True
    if prev[-1] in ",(&/-" or prev.split()[-1].lower() in _CONTINUERS:
        return False
    return nxt[0].isupper() or nxt[0].isdigit() or not nxt[0].isalnum()


_CONTINUERS = frozenset("a an the and or of to in on for with by as at from that which who is are be".split())
