"""A small on-disk cache for tables that are slow to derive and never change between runs.

Entries are ``marshal`` files in ``$JDLINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/jdlint`` or
``~/.cache/jdlint``. The cache only ever saves time: a missing, stale, corrupt or unwritable
cache means the value is computed again, never an error.

Every file carries a checksum of its content and of the name it was written for (``seal``):
marshal reads most damaged files without complaint (a flipped bit in a string is another
string), and a table read wrong would break every posting. A file that does not verify is
ignored, computed again and rewritten. The checksum is CRC-32: it guards against damage (any
burst of up to 32 bits, anything else but for 1 in 4 billion) at a millisecond for all the
tables; whoever can write the cache folder can as well edit jdlint itself.
"""
from __future__ import annotations

import gc
import marshal
import os
import tempfile
import time
import zlib
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    explicit = os.environ.get("JDLINT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "jdlint"


#: In-process memos keyed by word (lemma norms, prefix hits, syllables, literal runs) start afresh
#: past this many distinct words: a long-running process sees new words without end.
WORD_MEMO_LIMIT = 200_000

#: How to empty each process-wide memo keyed by word (``word_memo``): a run that starts afresh with a new
#: pipeline (``engine.Linter._recycled``, after many new strings) empties them too, so a long run's memory is
#: bounded by the words since the last fresh pipeline, not by ``WORD_MEMO_LIMIT`` per memo. A memo that belongs
#: to the pipeline or its pattern index (lemma norms, prefix hits, literal runs) goes with them and needs none.
_WORD_MEMOS: list = []


def word_memo(clear):
    """Register ``clear`` (no arguments) as the way to empty a process-wide memo keyed by word; returns it."""
    _WORD_MEMOS.append(clear)
    return clear


def forget_words() -> None:
    """Empty every process-wide word memo (``word_memo``): they only ever save time."""
    for clear in _WORD_MEMOS:
        clear()


def versioned_name(prefix: str, *sources: str | os.PathLike) -> str | None:
    """``prefix`` plus a checksum of the content of the files an entry is derived from: a change
    to any of them starts a new entry, and two installs holding the same files (every venv,
    pre-commit environment and reinstall has its own copy, with its own times) share one.
    None when a source cannot be read (then nothing is cached). Reading and summing them costs
    about 3 ms for CMUdict's 3.6 MB, against the 50-100 ms a rebuilt table costs."""
    digest = 0
    for source in sources:
        try:
            digest = zlib.crc32(Path(source).read_bytes(), digest)
        except OSError:
            return None
    return f"{prefix}{digest:08x}.marshal"


#: What a sealed file starts with; the checksum (4 bytes, little-endian) follows.
SEAL_MAGIC = b"jdl\x01"


def seal(key: str, data: bytes) -> bytes:
    """``data`` with a header holding a checksum of ``key`` (what the file is for: its name)
    and ``data``, so a damaged file, or a good one put under another name, does not verify."""
    return SEAL_MAGIC + _checksum(key, data).to_bytes(4, "little") + data


def unseal(key: str, blob: bytes) -> bytes | None:
    """The data ``seal(key, data)`` wrapped, or None when ``blob`` does not verify."""
    head = len(SEAL_MAGIC) + 4
    if len(blob) < head or not blob.startswith(SEAL_MAGIC):
        return None
    data = blob[head:]
    if int.from_bytes(blob[len(SEAL_MAGIC):head], "little") != _checksum(key, data):
        return None
    return data


def _checksum(key: str, data: bytes) -> int:
    return zlib.crc32(data, zlib.crc32(key.encode("utf-8", "surrogatepass") + b"\0"))


def load(name: str | None) -> Any | None:
    """The cached value called ``name``, or None when there is none that verifies and reads
    (or no name)."""
    if name is None:
        return None
    try:
        data = unseal(name, (cache_dir() / name).read_bytes())
        if data is None:
            return None
        # with the cyclic collector paused: it has nothing to find among objects just read, and
        # the hyphenation trie's ~100,000 containers set it off again and again (34 ms -> 10 ms)
        collecting = gc.isenabled()
        gc.disable()
        try:
            return marshal.loads(data)
        finally:
            if collecting:
                gc.enable()
    except (OSError, ValueError, EOFError, TypeError):
        return None


#: Another version of an entry (``store``'s ``replaces``) is removed once it is this old:
#: installs that differ (two jdlint versions, two CMUdicts) and share the cache folder each keep
#: theirs instead of deleting each other's and rebuilding in turn, and old versions still go.
KEEP_OTHER_VERSIONS_FOR = 7 * 24 * 3600  # seconds since the file was written


def store(name: str | None, value: Any, replaces: str | None = None) -> None:
    """Write atomically, so a concurrent run never reads half a file. Entries whose names start
    with ``replaces`` are other versions of this one (other data files, another jdlint); those
    written more than ``KEEP_OTHER_VERSIONS_FOR`` ago are removed, so the folder does not grow
    with every upgrade. Without a name, nothing is stored."""
    if name is None:
        return
    path = cache_dir() / name
    try:
        data = seal(name, marshal.dumps(value))
    except ValueError:
        return
    if write_atomic(path, data) and replaces:
        remove_old_versions(path, replaces)


def remove_old_versions(path: Path, replaces: str) -> None:
    """Remove the entries beside ``path`` whose names start with ``replaces`` (other versions of
    it), those written more than ``KEEP_OTHER_VERSIONS_FOR`` ago."""
    try:
        now = time.time()
        for old in path.parent.glob(f"{replaces}*"):
            if old.name != path.name and now - old.stat().st_mtime > KEEP_OTHER_VERSIONS_FOR:
                old.unlink(missing_ok=True)
    except OSError:
        pass


def write_atomic(path: Path, data: bytes) -> bool:
    """Write ``data`` to a temporary file beside ``path`` (a dot name), then rename it over
    ``path``: readers see the old file or the whole new one, never part of it. False, and
    nothing left behind, when the folder cannot be created or written (read-only home, full
    disk): the cache only ever saves time."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=str(path.parent), prefix=f".{path.name}-")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
        return True
    except OSError:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        return False
