"""Is a matched term part of a proper name ("Rockstar Games", "the Guru Awards", "Ninja Van")?

A cliché or loaded word inside the name of a company, product, programme or award is not the
employer's wording about the job, so rules that opt in (``skip: [name]`` in a pack) leave it alone.
Without a trained tagger the evidence is typographic, read in the match's own block:

- every word of the match is capitalised, and it stands in a run of at least two capitalised
  words (joined by "of", "and", "&", "the", "de", "for") that goes beyond the match;
- the block is written in sentence case: a heading, label or line where most words are
  capitalised ("Join Our Rockstar Team") tells nothing, so the term is still reported;
- the run is not the job title: a run holding a role noun ("Ninja Developer", "Rockstar Sales
  Associate") is the job being advertised and is reported.

Each question reads a bounded window of words around the match, so the cost is linear in the
number of matches, whatever the posting's length.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING


if TYPE_CHECKING:
    from .document import Document

# A word may hold inner dots ("Node.js") but not a trailing one: a full stop ends a name.
_WORD = re.compile(r"[A-Za-z0-9](?:[\w'’&-]|\.(?=\w))*")
#: What may stand before the first word of a sentence, list item or run-together fragment.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;•·(\[\"|/–—-]|\s-)\s*$")
#: Lower-case words that may follow a name ("Rockstar Games is hiring", "Ninja Van has"). After
#: a capitalised run at the start of a sentence, only these (or punctuation) show that the run is
#: a name: "Very Competitive wages" is a sentence-initial capital followed by a shouted word.
_AFTER_NAME = frozenset("""is are was were has have had will would can could may should does did
and or but in at on of for to with by from as that which who where when 's""".split())
#: Lower-case words that may stand inside a name between capitalised words ("Bank of America").
_JOINERS = frozenset({"of", "and", "&", "the", "de", "for", "la", "du", "van", "von"})
#: How many words either side of the match are read.
_WINDOW = 8
#: A block where at least this share of words is capitalised is in title case (or shouted):
#: capitals there are emphasis, not evidence of a name.
_TITLE_CASE_SHARE = 0.6


@lru_cache(maxsize=1)
def role_nouns() -> frozenset[str]:
    """Nouns that end a job title; a capitalised run holding one is the job, not a name."""
    from importlib.resources import files

    from .yamlio import load_fast

    raw = load_fast((files("jdlint.data") / "role_nouns.yaml").read_text("utf-8"))
    return frozenset(word.lower() for word in raw["role_nouns"])


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _title_case(words: list[str]) -> bool:
    letters = [w for w in words if w[:1].isalpha() and w.lower() not in _JOINERS]
    if len(letters) < 2:
        return False
    return sum(map(_capitalised, letters)) >= _TITLE_CASE_SHARE * len(letters)


def in_proper_name(document: "Document", start: int, end: int) -> bool:
    """True when the prose span ``[start, end)`` lies inside a capitalised multi-word name."""
    block = document.block_at(start)
    if block is None or block.kind == "heading" or block.label:
        return False
    text = document.text
    span_words = _WORD.findall(text[start:end])
    if not span_words or not all(map(_capitalised, span_words)):
        return False
    before = _WORD.findall(text[max(block.text_start, start - 120):start])[-_WINDOW:]
    after = _WORD.findall(text[end:min(block.text_end, end + 120)])[:_WINDOW]
    block_words = _WORD.findall(text[block.text_start:block.text_end])
    if _title_case(block_words):
        return False
    # The run of capitalised words (with joiners between them) that holds the match. A run only
    # crosses the white space and joiners between words: punctuation such as a comma or a full
    # stop ends it, so "Ninja. Van drivers" is two runs.
    run = list(span_words)
    left_gap = text[max(block.text_start, start - 120):start]
    for word in reversed(before):
        at = left_gap.rfind(word)
        gap = left_gap[at + len(word):]
        left_gap = left_gap[:at]
        if gap.strip() or not (_capitalised(word) or word.lower() in _JOINERS):
            break
        run.insert(0, word)
    right_gap = text[end:min(block.text_end, end + 120)]
    offset = 0
    # a possessive continues the run: "the Chairman's Award", "our Fisherman's Friend"
    if right_gap[:2] in ("'s", "’s") and after and after[0] == "s":
        after, offset = after[1:], 2
    for word in after:
        at = right_gap.find(word, offset)
        gap = right_gap[offset:at]
        offset = at + len(word)
        if gap.strip() or not (_capitalised(word) or word.lower() in _JOINERS):
            break
        run.append(word)
    while run and not _capitalised(run[0]):
        run.pop(0)
    while run and not _capitalised(run[-1]):
        run.pop()
    if len(run) <= len(span_words):
        return False
    if _SENTENCE_START.search(text[max(block.text_start, start - 120):start]) and run[0] == span_words[0]:
        # The match's capital may only be the sentence's: ask what follows the run.
        rest = text[end:min(block.text_end, end + 120)]
        after_run = rest[rest.find(run[-1]) + len(run[-1]):] if run[-1] not in span_words else rest
        following = _WORD.match(after_run.lstrip())
        if following and following.group().lower() not in _AFTER_NAME and not after_run[:1] in ",.;:!?)":
            return False
    nouns = role_nouns()
    # a possessive names the owner, not the job: "the Chairman's Award", "Fisherman's Friend"
    owners = set(span_words) if right_gap[:2] in ("'s", "’s") else set()
    return not any(word.lower().rstrip("s'’") in nouns or word.lower() in nouns
                   for word in run if word not in owners and not word.endswith(("'s", "’s")))
