"""``re.compile`` for jdlint's own long regexes, from programs an earlier run compiled.

Python's ``re`` parses a pattern and compiles it to a program of integers, in Python, every
time a process first uses it. jdlint's rule and wording regexes are long alternations: a cold
one-posting run compiled about 130 of them on first use, about 0.1 s of process time, where
building the same patterns from their programs takes a few milliseconds. So the programs go into
the on-disk cache (``cache.py``), keyed by the Python build (a program is only valid for the
``_sre`` engine that made it), and a later process hands them straight to ``_sre.compile``.

It only ever saves time and never changes a match:

- a pattern not in the cache is compiled by ``re.compile`` itself, and remembered;
- at the end of the process (``atexit``) each remembered pattern's program is derived and kept
  only when the pattern ``_sre.compile`` builds from it equals what ``re.compile`` gave (same
  pattern, flags, program, groups and group names): where a Python release compiles another
  way, nothing is kept and every run takes the plain path;
- ``_sre.compile`` checks every program it is given (an invalid one raises, then
  ``re.compile`` runs), and the cache file is checksummed;
- ``JDLINT_NO_REGEX_PROGRAMS=1`` or ``switched_off()`` uses ``re.compile`` throughout (tests
  compare the two).
"""
from __future__ import annotations

import atexit
import contextlib
import os
import re
import sys
import zlib
from array import array
from typing import Iterator

try:  # the engine under ``re``: CPython's; elsewhere plain re.compile
    import _sre
except ImportError:  # pragma: no cover - not CPython
    _sre = None

#: entries kept; past this (patterns of many pack versions over time) the table starts afresh.
#: The dev corpus needs ~280 (2.6 MB, read in 4 ms): a table that only grew would cost every
#: start more to read than it saves.
PROGRAM_CACHE_LIMIT = 1_000

_programs: "ProgramTable | None" = None  # (flags, pattern) -> (flags, program bytes, groups, groupindex, indexgroup)
_missed: dict[tuple[int, str], re.Pattern] = {}  # compiled by re.compile in this process
_switched_off = False
_store_registered = False


def _usable() -> bool:
    return (_sre is not None and not _switched_off and sys.implementation.name == "cpython"
            and array("I").itemsize == getattr(_sre, "CODESIZE", 0)
            and not os.environ.get("JDLINT_NO_REGEX_PROGRAMS"))


def _cache_name() -> str:
    """Named after the Python build and its engine's version: a program is only read by the
    ``_sre`` that compiled it."""
    build = f"{sys.version}|{sys.implementation.cache_tag}|{getattr(_sre, 'MAGIC', 0)}"
    return f"re-programs-v2-{zlib.crc32(build.encode()):08x}.bin"


def _table() -> "ProgramTable":
    global _programs
    if _programs is None:
        from . import cache

        _programs = ProgramTable.read(cache.cache_dir() / _cache_name())
    return _programs


class ProgramTable:
    """The cached programs, ``(flags, pattern) -> (flags, program, groups, groupindex,
    indexgroup)``, each entry read from the file only when a pattern asks for it.

    The table holds the patterns of every run since it last started afresh (up to
    ``PROGRAM_CACHE_LIMIT``: other rule selections, earlier versions of jdlint and its packs),
    10 MB and more, of which one posting needs a few hundred kB: reading, checksumming and
    unmarshalling the whole of it was 30-80 ms of a cold start. The file is an index (small,
    checksummed) and the entries, each with its own checksum and its pattern, so an entry that
    does not verify or is for another pattern reads as absent (``re.compile`` then)."""

    MAGIC = b"jdlre\x02"
    _HEAD = len(MAGIC) + 8  # magic, index length, index checksum

    def __init__(self, index: dict | None = None, data=None) -> None:
        self._index = index or {}  # (flags, crc32 of the pattern, its length) -> (offset, length, crc32)
        self._data = data  # the entries (an mmap of the file), offsets from the index's end
        self._known: dict = {}  # entries read or set in this process

    @staticmethod
    def _key(flags: int, pattern: str) -> tuple[int, int, int]:
        return (flags, zlib.crc32(pattern.encode("utf-8", "surrogatepass")), len(pattern))

    @classmethod
    def read(cls, path) -> "ProgramTable":
        import marshal
        import mmap

        try:
            with open(path, "rb") as handle:
                head = handle.read(cls._HEAD)
                if len(head) < cls._HEAD or not head.startswith(cls.MAGIC):
                    return cls()
                length = int.from_bytes(head[len(cls.MAGIC):len(cls.MAGIC) + 4], "little")
                index_bytes = handle.read(length)
                if (len(index_bytes) != length
                        or zlib.crc32(index_bytes) != int.from_bytes(head[len(cls.MAGIC) + 4:], "little")):
                    return cls()
                index = marshal.loads(index_bytes)
                data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) if index else None
        except (OSError, ValueError, EOFError, TypeError):
            return cls()
        if not isinstance(index, dict):
            return cls()
        return cls(index, (data, cls._HEAD + length))

    def get(self, key: tuple[int, str]):
        entry = self._known.get(key)
        if entry is None and self._data is not None:
            where = self._index.get(self._key(*key))
            if where is not None:
                found = self._read(where)
                entry = self._known[key] = found[1] if found is not None and found[0] == key else None
        return entry

    def _read(self, where) -> "tuple[tuple[int, str], tuple] | None":
        """``((flags, pattern), entry)`` stored at ``where``, None when it does not verify."""
        import marshal

        data, base = self._data
        try:
            offset, length, crc = where
            blob = data[base + offset:base + offset + length]
            if len(blob) != length or zlib.crc32(blob) != crc:
                return None
            flags, pattern, entry = marshal.loads(blob)
            return (flags, pattern), tuple(entry)
        except (ValueError, EOFError, TypeError):
            return None

    def __getitem__(self, key: tuple[int, str]):
        entry = self.get(key)
        if entry is None:
            raise KeyError(key)
        return entry

    def __setitem__(self, key: tuple[int, str], entry: tuple) -> None:
        self._known[key] = entry

    def entries(self) -> dict:
        """Every entry, those in the file read (to write the table again) and those set here."""
        out = {}
        if self._data is not None:
            for where in self._index.values():
                found = self._read(where)
                if found is not None:
                    out[found[0]] = found[1]
        out.update((key, entry) for key, entry in self._known.items() if entry is not None)
        return out

    def close(self) -> None:
        """Let go of the file (before it is replaced: Windows refuses to replace a mapped file)."""
        if self._data is not None and self._data[0] is not None:
            self._data[0].close()
        self._data = None

    def __len__(self) -> int:
        return len(self.entries())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, dict) and self.entries() == other

    @classmethod
    def encode(cls, entries: dict) -> bytes:
        """The file holding ``entries``: what ``read`` reads."""
        import marshal

        index, blobs, offset = {}, [], 0
        for (flags, pattern), entry in entries.items():
            blob = marshal.dumps((flags, pattern, tuple(entry)))
            index[cls._key(flags, pattern)] = (offset, len(blob), zlib.crc32(blob))
            blobs.append(blob)
            offset += len(blob)
        index_bytes = marshal.dumps(index)
        return b"".join([cls.MAGIC, len(index_bytes).to_bytes(4, "little"),
                         zlib.crc32(index_bytes).to_bytes(4, "little"), index_bytes, *blobs])

    __hash__ = None  # type: ignore[assignment]


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - re.compile's twin
    """``re.compile(pattern, flags)``, built from the cached program when there is one."""
    if not _usable():
        return re.compile(pattern, flags)
    key = (int(flags), pattern)
    entry = _table().get(key)
    if entry is not None:
        try:
            compiled_flags, program, groups, groupindex, indexgroup = entry
            return _sre.compile(pattern, compiled_flags, array("I", program).tolist(), groups,
                                groupindex, tuple(indexgroup))
        except Exception:  # noqa: BLE001 - a program this engine refuses: compile it afresh
            pass
    compiled = re.compile(pattern, flags)
    if key not in _missed:
        _missed[key] = compiled
        _store_at_exit()
    return compiled


def program_of(pattern: str, flags: int) -> tuple | None:
    """What ``_sre.compile`` needs besides the pattern, as ``re``'s compiler derives it (its
    internal steps, so the result is checked against ``re.compile`` before it is kept)."""
    from re import _compiler, _parser

    try:
        parsed = _parser.parse(pattern, flags)
        program = array("I", _compiler._code(parsed, flags)).tobytes()
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return (int(flags | parsed.state.flags), program, parsed.state.groups - 1, groupindex, indexgroup)
    except Exception:  # noqa: BLE001 - re's internals changed: no program, the plain path
        return None


def _same(built: re.Pattern, compiled: re.Pattern) -> bool:
    # Pattern equality compares the pattern, flags and program; groups and names on top
    return (built == compiled and built.groups == compiled.groups
            and dict(built.groupindex) == dict(compiled.groupindex))


def _store_at_exit() -> None:
    global _store_registered
    if not _store_registered:
        _store_registered = True
        atexit.register(store_missed)


def store_missed() -> int:
    """Add the programs of the patterns this process compiled afresh to the cache (each checked:
    built from its program, it must equal ``re.compile``'s pattern). Returns how many were added."""
    if not _missed or not _usable():
        return 0
    from . import cache

    table = _table().entries()
    _table().close()
    if len(table) + len(_missed) > PROGRAM_CACHE_LIMIT:
        table = {}
    added = 0
    for (flags, pattern), compiled in list(_missed.items()):
        entry = program_of(pattern, flags)
        if entry is None:
            continue
        try:
            built = _sre.compile(pattern, entry[0], array("I", entry[1]).tolist(), entry[2], entry[3],
                                 tuple(entry[4]))
        except Exception:  # noqa: BLE001
            continue
        if _same(built, compiled):
            table[(flags, pattern)] = entry
            added += 1
    _missed.clear()
    if added:
        path = cache.cache_dir() / _cache_name()
        cache.write_atomic(path, ProgramTable.encode(table))
        cache.remove_old_versions(path, replaces="re-programs-")
        global _programs
        _programs = ProgramTable()
        for key, entry in table.items():
            _programs[key] = entry
    return added


@contextlib.contextmanager
def switched_off() -> Iterator[None]:
    """``re.compile`` throughout for the duration (tests compare the two paths)."""
    global _switched_off
    saved, _switched_off = _switched_off, True
    try:
        yield
    finally:
        _switched_off = saved
