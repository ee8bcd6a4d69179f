"""What a long run keeps resident stays bounded by construction (speed37, issue 17).

Peak RSS over 10,000 distinct postings was 395 MB against the 400 MB bound, and the largest thing a
long run kept was not a cache of jdlint's but the lazy DFAs of the RE2 screens (``regex_screen``):
each set keeps every state it builds, a state combines the partial matches of all the set's
patterns, so a set's states grow faster than its patterns. After one pass over the dev corpus
with every rule, 114 MB of malloc'd memory was theirs, 47 MB in the rule screen's four sets and
48 MB in section detection's. Dealt into eight sets each, 32 and 30 MB, for the same answers (the
screens only ever rule out a pattern that cannot match: tests/test_regex_screen.py compares the
screened and plain paths). These tests count what each set holds, so merging the sets back fails
here, not months later in the bench's memory row; they time nothing and read no RSS.
"""
from __future__ import annotations

import math

import pytest

from jdlint import regex_screen
from jdlint.config import Config
from jdlint.engine import Linter
from jdlint.sections import classify as C

pytestmark = pytest.mark.skipif(regex_screen._re2() is None, reason="google-re2 is not installed")

#: the most patterns one RE2 set of a screen may hold (the rule screen had 78-79 a set, section
#: detection's wording tables 8-9; 40 until session 40, when 10,000 postings peaked at 397 MB)
MOST_RULE_REGEXES_IN_A_SET = 15


def test_rule_regexes_are_dealt_into_as_many_sets_as_keep_each_small():
    """A bound on a set's size, not a count of sets: more rules get more sets (eight fixed sets had grown to 41
    regexes each once vague37's patterns joined)."""
    from jdlint.matching import SCREEN_SET_SIZE, _neighbours

    assert SCREEN_SET_SIZE <= MOST_RULE_REGEXES_IN_A_SET
    for count in (1, 39, 40, 41, 326, 401):
        sets = _neighbours(count, 40)
        sizes = [sets.count(k) for k in range(max(sets) + 1)]
        assert max(sizes) <= 40 and min(sizes) >= max(sizes) - 1 and len(sizes) == -(-count // 40), (count, sizes)
MOST_WORDING_TABLES_IN_A_SET = 3


def _set_sizes(screen) -> list[int]:
    parts = screen.parts if isinstance(screen, regex_screen.SplitScreen) else [(screen, list(range(len(screen.ids))))]
    return [len(positions) for _, positions in parts]


def test_the_rule_screen_keeps_each_set_small():
    from jdlint import nlp as nlp_module

    config = Config(select=("ALL",))
    index = Linter(config).plan_for(config).pattern_index(nlp_module.load(None))
    sizes = _set_sizes(index.screen())
    assert len(index.regex) > 4 * MOST_RULE_REGEXES_IN_A_SET  # enough regexes that the bound matters
    assert max(sizes) <= MOST_RULE_REGEXES_IN_A_SET, sizes
    assert sum(sizes) == len(index.regex)


def test_section_wording_tables_are_dealt_into_small_sets():
    sizes = _set_sizes(C._TABLES.screen())
    assert len(C._TABLES.members) > 5 * MOST_WORDING_TABLES_IN_A_SET
    assert max(sizes) <= MOST_WORDING_TABLES_IN_A_SET, sizes
    assert sum(sizes) == len(C._TABLES.members)
    assert math.ceil((len(C._TABLES.members) - len(C._TABLES.alone)) / C._TABLES.parts) <= MOST_WORDING_TABLES_IN_A_SET


# --- Cold start: the model files come from the on-disk cache (speed37) ------------------------------

@pytest.mark.parametrize("name", ["vague_model.json", "bias_model.json", "section_model.json"])
def test_a_model_file_is_read_from_the_cache_the_second_time_and_reads_the_same(name, tmp_path, monkeypatch):
    import json
    from importlib.resources import files

    from jdlint import sentence_model

    monkeypatch.setenv("JDLINT_CACHE_DIR", str(tmp_path))
    plain = json.loads((files("jdlint.data") / name).read_text("utf-8"))
    sentence_model.load.cache_clear()
    try:
        first = sentence_model.load(name)  # parsed, then stored
        assert list(tmp_path.glob(f"model-{name.removesuffix('.json')}-*.marshal"))
        sentence_model.load.cache_clear()

        def no_parsing(*args, **kwargs):
            raise AssertionError("the model file was parsed again")

        monkeypatch.setattr(sentence_model.json, "loads", no_parsing)
        second = sentence_model.load(name)
    finally:
        sentence_model.load.cache_clear()
    # equal, and in the same order all the way down (a model's features are read in file order)
    assert json.dumps(first) == json.dumps(second) == json.dumps(plain)
    assert first == second == plain


def test_a_damaged_cached_model_is_parsed_again(tmp_path, monkeypatch):
    import json
    from importlib.resources import files

    from jdlint import sentence_model

    name = "section_model.json"
    monkeypatch.setenv("JDLINT_CACHE_DIR", str(tmp_path))
    sentence_model.load.cache_clear()
    try:
        sentence_model.load(name)
        (entry,) = tmp_path.glob("model-section_model-*.marshal")
        blob = bytearray(entry.read_bytes())
        blob[len(blob) // 2] ^= 0x01
        entry.write_bytes(bytes(blob))
        sentence_model.load.cache_clear()
        again = sentence_model.load(name)
    finally:
        sentence_model.load.cache_clear()
    assert again == json.loads((files("jdlint.data") / name).read_text("utf-8"))
