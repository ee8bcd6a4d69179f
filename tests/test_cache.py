"""The on-disk cache only ever saves time: never an error, never a different result."""
from __future__ import annotations

import pytest

from jdlint import cache


@pytest.fixture
def cache_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("JDLINT_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_round_trip_and_older_versions_are_removed(cache_folder):
    assert cache.load("table-1.marshal") is None
    cache.store("table-1.marshal", {"a": [1, 2]}, replaces="table-")
    assert cache.load("table-1.marshal") == {"a": [1, 2]}
    cache.store("other-1.marshal", "kept")
    cache.store("table-2.marshal", {"b": None}, replaces="table-")
    assert sorted(p.name for p in cache_folder.iterdir()) == ["other-1.marshal", "table-2.marshal"]


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
