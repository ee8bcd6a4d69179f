"""Regexes built from cached programs (``jdlint.regex_programs``) are the patterns ``re.compile``
gives: same pattern, flags, program, groups and group names, so every match is the same."""
from __future__ import annotations

import re

import pytest

from jdlint import regex_programs
from jdlint.registry import load_registry

#: patterns with what could go wrong in a program: named groups, inline and given flags,
#: lookarounds, back-references, Unicode classes, a case-insensitive non-ASCII literal
SAMPLES = [
    (r"(?P<amount>\d[\d,]*)\s*(?:k|000)\b", re.I),
    (r"(?i)\bsales(?:man|men)\b(?!\s+force)", 0),
    (r"(?<=\$)\d+(?:\.\d\d)?", 0),
    (r"\b(\w+)\s+\1\b", re.I),
    (r"straße|ﬁnance|[^\W\d_]+", re.I),
    (r"^\s*#+\s*(?P<title>.+?)\s*$", re.M),
    (r"(?x) a \s+ b  # verbose", 0),
]


@pytest.fixture
def fresh_table(tmp_path, monkeypatch):
    """An empty program cache of its own, and the module's state as in a new process."""
    monkeypatch.setenv("JDLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("JDLINT_NO_REGEX_PROGRAMS", raising=False)
    monkeypatch.setattr(regex_programs, "_programs", None)
    monkeypatch.setattr(regex_programs, "_missed", {})
    yield
    regex_programs._missed.clear()


def _same_as_re(pattern: str, flags: int, compiled: re.Pattern) -> None:
    plain = re.compile(pattern, flags)
    assert compiled == plain
    assert compiled.flags == plain.flags and compiled.groups == plain.groups
    assert dict(compiled.groupindex) == dict(plain.groupindex)


def _rule_regexes() -> list[tuple[str, int]]:
    found = []
    for rule in load_registry(()).rules:
        for pattern in rule.patterns():
            if pattern.kind == "regex":
                found.append((pattern.value, re.I))
    return found


def test_a_pattern_is_compiled_by_re_then_built_from_its_program(fresh_table):
    for pattern, flags in SAMPLES:
        _same_as_re(pattern, flags, regex_programs.compile(pattern, flags))
    assert len(regex_programs._missed) == len(SAMPLES)  # none cached yet: re.compile made them
    assert regex_programs.store_missed() == len(SAMPLES)
    regex_programs._programs = None  # as a new process: read from the disk
    for pattern, flags in SAMPLES:
        built = regex_programs.compile(pattern, flags)
        _same_as_re(pattern, flags, built)
    assert not regex_programs._missed  # every one came from its program
    match = regex_programs.compile(*SAMPLES[0]).search("Pay: 50,000 K a year")
    assert match is not None and match.group("amount") == "50,000"


def test_every_rule_regex_built_from_its_program_equals_re_compile(fresh_table):
    patterns = _rule_regexes()
    assert len(patterns) > 40
    regex_programs._missed.clear()  # the modules' own regexes, compiled as the registry imported them
    for pattern, flags in patterns:
        regex_programs.compile(pattern, flags)
    assert regex_programs.store_missed() == len(set(patterns))
    regex_programs._programs = None
    for pattern, flags in patterns:
        _same_as_re(pattern, flags, regex_programs.compile(pattern, flags))
    assert not regex_programs._missed


def test_a_damaged_program_falls_back_to_re_compile(fresh_table):
    pattern, flags = SAMPLES[0]
    regex_programs.compile(pattern, flags)
    regex_programs.store_missed()
    table = regex_programs._table()
    entry = list(table[(int(flags), pattern)])
    entry[1] = b"\xff\xff\xff\x7f" * 3  # not a program _sre accepts
    table[(int(flags), pattern)] = tuple(entry)
    _same_as_re(pattern, flags, regex_programs.compile(pattern, flags))


def test_switched_off_and_the_environment_use_re_compile_alone(fresh_table, monkeypatch):
    with regex_programs.switched_off():
        _same_as_re(*SAMPLES[1], regex_programs.compile(*SAMPLES[1]))
    monkeypatch.setenv("JDLINT_NO_REGEX_PROGRAMS", "1")
    _same_as_re(*SAMPLES[2], regex_programs.compile(*SAMPLES[2]))
    assert not regex_programs._missed and regex_programs.store_missed() == 0


def test_a_program_that_does_not_rebuild_the_pattern_is_not_kept(fresh_table, monkeypatch):
    """Where a Python release compiles another way, nothing is cached: the plain path stays."""
    real = regex_programs.program_of

    def other_program(pattern, flags):
        entry = real(pattern, flags)
        return (entry[0], entry[1] + entry[1][-4:], *entry[2:])  # one more instruction
    monkeypatch.setattr(regex_programs, "program_of", other_program)
    regex_programs.compile(*SAMPLES[3])
    assert regex_programs.store_missed() == 0
    assert regex_programs._table() == {}


def test_entries_are_read_as_asked_and_a_damaged_one_reads_as_absent(fresh_table):
    from jdlint import cache

    for pattern, flags in SAMPLES[:3]:
        regex_programs.compile(pattern, flags)
    assert regex_programs.store_missed() == 3
    path = cache.cache_dir() / regex_programs._cache_name()
    table = regex_programs.ProgramTable.read(path)
    assert not table._known  # nothing read before a pattern asks
    first, second = (int(SAMPLES[0][1]), SAMPLES[0][0]), (int(SAMPLES[1][1]), SAMPLES[1][0])
    assert table.get(first) is not None and list(table._known) == [first]
    assert table.get((0, "not cached")) is None
    # one entry's bytes damaged in the file: that pattern reads as absent, the others still load
    blob = bytearray(path.read_bytes())
    offset, length, _ = table._index[table._key(*second)]
    base = table._data[1]
    blob[base + offset + length // 2] ^= 0xFF
    path.write_bytes(bytes(blob))
    regex_programs._programs = None  # a new process
    _same_as_re(SAMPLES[1][0], SAMPLES[1][1], regex_programs.compile(*SAMPLES[1]))
    assert list(regex_programs._missed) == [second]  # re.compile made it
    _same_as_re(SAMPLES[0][0], SAMPLES[0][1], regex_programs.compile(*SAMPLES[0]))
    assert list(regex_programs._missed) == [second]  # from its program
    # a file that is not a table (another format, truncated) is an empty table
    for junk in (b"", b"jdlre\x02\x10\x00", b"not a table at all" * 10):
        path.write_bytes(junk)
        assert regex_programs.ProgramTable.read(path) == {}
