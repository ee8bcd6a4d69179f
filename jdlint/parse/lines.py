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


#: The most words of a label line that opens a part of a paragraph ("Company Description", "Role Description",
#: "Qualifications", "What you'll do:"): a line of more is a sentence or an item.
_PART_LABEL_WORDS = 5
_LABEL_DECORATION = "*_#"


def _part_label(line: str) -> bool:
    """A short line that names the part after it: up to ``_PART_LABEL_WORDS`` words, opening with a capital,
    ending without a sentence's mark (a colon is a label's), with no sentence mark inside."""
    bare = line.strip().strip(_LABEL_DECORATION).strip()
    if bare.endswith(":"):
        bare = bare[:-1].rstrip()
    words = bare.split()
    return (0 < len(words) <= _PART_LABEL_WORDS and bare[0].isupper()
            and not any(c in ".!?;,:" for c in bare))


def labelled_parts(text: str, start: int, end: int, line_paragraphs: bool = False) -> list[tuple[int, int]]:
    """text[start:end] (a paragraph's prose text) cut before each line that opens a labelled part: a short
    label line (``_part_label``) after a line that ends a sentence (".", "!", "?", ":") and before a line that
    opens with a capital or a digit. A scraped ad often keeps its parts ("Company Description", "Role
    Description", "Qualifications") as lines joined by soft line breaks into one Markdown paragraph (judged
    wrong as a 175-word paragraph, dev 0427: its parts are 62 words at most); a reader sees each part as a
    paragraph of its own. A line break inside a sentence is no part's start: the parsers keep a ``\\n`` only
    where a line ends a sentence (``breaks_sentence``), and a label line needs a finished line before it.

    ``line_paragraphs``: the paragraph's lines are the writer's own units, not a wrapped paragraph (the caller
    knows from the source: every line break in it ends a sentence). Then each line is a part, as a reader of
    the ad sees it (judged wrong as one 302-word paragraph, dev 0424: five lines of 28-95 words, each ending
    its sentences; and as 565 words, dev 0276: five lines that each open with their own label), except after
    a line that leads into the next: a label ("Company Description") or a line ending in a colon ("Typical
    duties include:", which a reader reads with the list it opens)."""
    lines = []
    pos = start
    while pos <= end:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        lines.append((pos, stop))
        pos = stop + 1
    cuts = [start]
    if line_paragraphs:
        for i in range(1, len(lines)):
            before = text[lines[i - 1][0]:lines[i - 1][1]].strip()
            if (before and text[lines[i][0]:lines[i][1]].strip() and not before.endswith(":")
                    and not _part_label(before)):
                cuts.append(lines[i][0])
        return [(a, b) for a, b in zip(cuts, cuts[1:] + [end])]
    for i in range(1, len(lines) - 1):
        before, line, after = (text[a:b].strip() for a, b in lines[i - 1:i + 2])
        if (before and before.rstrip("\"')]*_")[-1:] in (".", "!", "?", ":") and _part_label(line)
                and (after[:1].isupper() or after[:1].isdigit())):
            cuts.append(lines[i][0])
    return [(a, b) for a, b in zip(cuts, cuts[1:] + [end])]
