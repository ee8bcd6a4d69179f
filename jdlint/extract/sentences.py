"""Sentence spans of prose text: the one rough splitter that section detection, pay extraction
and the context checks share. It also splits EMSCAD's run-together items ("...customersSkills")
and bullets flattened into a line (" • ").

jdlint has four sentence splitters (issue 12 item 3). Why this one is not spaCy's:

- ``nlp.jdlint_sentences`` (spaCy ``doc.sents``) is *the* sentence for rules: token spans over
  one ``Doc`` per file, after ``.!?`` and at line breaks. It does not split run-together items
  ("customersSkills", "UAERequirements") or " • " bullets inside a line, and those splits decide
  section kinds in flattened ads (an inline label glued to the previous sentence). Section
  detection and pay run on block text with per-text memos (``lru_cache`` on a block's or a
  sentence's text: ads repeat boilerplate), before and without a ``Doc``, so that
  ``sections.detect`` works on a parsed document alone (``scripts/eval_sections.py``, the LSP).
  Moving them onto spaCy's sentences needs those two splits added to ``jdlint_sentences`` first
  and a measurement of section F1 on the three label sets (not done: see the sections2 report).
- ``metrics._TEXTSTAT_SENTENCE`` must count sentences exactly as textstat does, so the Flesch
  scores equal textstat's (``tests/test_readability.py``); it never splits at a capital.
- ``metrics.words_per_sentence`` counts ``[.!?]`` followed by a space or the end, in text that
  ``metrics.as_sentences`` joined so that every line of every piece ends with such a mark. It
  differs from ``_TEXTSTAT_SENTENCE`` only on marks not followed by a space ("v2.0", "e.g.x");
  nothing shows that it must: folding it into textstat's count would change metric-rule
  output and is left to the owner of ``metrics.py``.
"""
from __future__ import annotations

import re
from functools import lru_cache

#: every split starts at a space or a capital letter: the lookahead up front lets the engine pass
#: over other characters without trying each branch there (twice as fast)
_SENT_SPLIT = re.compile(
    r"(?=[\sA-Z])(?:(?<=[.!?;])\s+(?=[\"'(\[]?[A-Z0-9$£€•])|\n|(?<=[a-z0-9)])(?=[A-Z][a-z]{2,})|\s•\s)")


#: the characters _SENT_SPLIT's lookbehinds accept: a span of text after any other character (or
#: at the start) splits as the span's own text does
_SPLIT_LOOKBEHIND = frozenset(".!?;)abcdefghijklmnopqrstuvwxyz0123456789")


@lru_cache(maxsize=4096)  # _whole_block_kind and block_scores split the same block text
def sentence_spans(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Rough sentence spans of text[start:end] (also splitting EMSCAD's run-together items).

    Any piece this returns splits into just itself: no split point inside it was found with the
    same characters on either side, and every part of _SENT_SPLIT is a positive test, which
    cutting the text off at the piece's end can only make fail.
    """
    if (start > 0 or end < len(text)) and (start == 0 or text[start - 1] not in _SPLIT_LOOKBEHIND):
        # a block of the posting: split as its own text, which the block classifiers split too
        return tuple((start + a, start + b) for a, b in sentence_spans(text[start:end], 0, end - start))
    return split_sentences(text, start, end)


def split_sentences(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The spans between ``_SENT_SPLIT``'s split points in text[start:end]: what ``sentence_spans``
    gives, without its memo or its reuse of a block's split."""
    spans = []
    pos = start
    for m in _SENT_SPLIT.finditer(text, start, end):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if end > pos:
        spans.append((pos, end))
    return tuple(spans)
