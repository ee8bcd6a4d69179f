"""Applying fixes without ever corrupting or losing a user's file.

Edits are applied from the end of the file backwards, skipping any that overlap an edit already
taken. The result is written to a temporary file in the same folder and moved over the original
with ``os.replace`` (atomic on POSIX and Windows), and only if the file on disk still holds the
exact text that was linted - a posting changed by someone else meanwhile is left alone. A
read-only file is refused, a symbolic link is fixed through (its target is rewritten), and a
file with several hard links is rewritten in place (``fix_file``).
"""
from __future__ import annotations

import bisect
import os
import stat
import tempfile
from pathlib import Path

from .diagnostics import Diagnostic, Edit
from .source import SourceFile


class FixError(Exception):
    pass


def applicable(diagnostics: list[Diagnostic], unsafe: bool) -> list[Diagnostic]:
    return [d for d in diagnostics if d.fix is not None
            and (d.fix.applicability == "safe" or (unsafe and d.fix.applicability == "unsafe"))]


def apply_fixes(text: str, fixes: list[tuple[Edit, ...]]) -> tuple[str, int]:
    """Text with the fixes applied, each with all of its edits or none (a replaced word and the
    article before it go together), and how many fixes were applied. A fix with an edit that
    overlaps one already taken, in the order of the fixes' first edits, waits for the next run."""
    taken: list[tuple[int, int, str]] = []  # kept sorted, so each test looks at two neighbours
    applied = 0
    for edits in sorted(fixes, key=lambda f: min((e.start, e.end) for e in f)):
        if all(0 <= e.start <= e.end <= len(text) and _free(taken, e) for e in edits):
            for e in edits:
                bisect.insort(taken, (e.start, e.end, e.content))
            applied += 1
    parts = []
    at = 0
    for start, end, content in taken:
        parts += (text[at:start], content)
        at = end
    parts.append(text[at:])
    return "".join(parts), applied


def _free(taken: list[tuple[int, int, str]], edit: Edit) -> bool:
    """Whether ``edit`` neither overlaps an edit in ``taken`` nor starts where one starts."""
    i = bisect.bisect_left(taken, (edit.start,))
    if i < len(taken) and (taken[i][0] == edit.start or taken[i][0] < edit.end):
        return False
    return not (i and taken[i - 1][1] > edit.start)


def fix_file(source: SourceFile, diagnostics: list[Diagnostic], unsafe: bool) -> int:
    """Apply the fixes to ``source.path``; returns how many fixes were written.

    The file system decides how: a read-only file is refused (FixError), a symbolic link is
    followed and its target fixed (the link stays a link), a file with several hard links is
    rewritten in place so that every name still shows the same (fixed) text; anything else is
    replaced atomically. In every case the file must still hold exactly the text that was
    linted."""
    fixes = [d.fix.edits for d in applicable(diagnostics, unsafe) if d.fix.edits]
    if not fixes:
        return 0
    new_text, count = apply_fixes(source.text, fixes)
    path = Path(os.path.realpath(source.path))  # through a symlink: fix what it points to
    try:
        st = path.stat()
    except OSError as exc:
        raise FixError(f"{source.path}: cannot fix ({exc.strerror or exc})") from None
    if not (st.st_mode & stat.S_IWUSR) or not os.access(path, os.W_OK):
        # root may write anything: the mode bits say what the owner meant
        raise FixError(f"{source.path}: read-only file; not fixed (make it writable to apply fixes)")
    encoded = (("\ufeff" if source.had_bom else "") + new_text).encode("utf-8")
    if st.st_nlink > 1:
        _write_in_place(path, source, encoded)
    else:
        _replace(path, source, encoded)
    return count


def _unchanged(source: SourceFile, data: bytes) -> None:
    try:
        current = data.decode("utf-8")
    except UnicodeDecodeError:
        current = None
    if current is not None and current.startswith("\ufeff"):
        current = current[1:]
    if current != source.text:
        raise FixError(f"{source.path}: changed on disk while it was being linted; not fixed")


def _replace(path: Path, source: SourceFile, encoded: bytes) -> None:
    """Write a temporary file beside ``path`` and rename it over ``path``: readers see the old
    text or the new, never part of it."""
    _unchanged(source, path.read_bytes())
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".jdlint-tmp", dir=str(path.parent))
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(encoded)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        except OSError:
            pass
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _write_in_place(path: Path, source: SourceFile, encoded: bytes) -> None:
    """Rewrite a file that has other hard links through its own inode (a rename would give this
    name a new file and leave the other names unfixed). The text is checked through the same
    open file, under an exclusive lock where there are locks, just before it is overwritten; if
    writing fails, the original bytes are put back."""
    with open(path, "r+b") as handle:
        try:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        except (ImportError, OSError):
            pass
        original = handle.read()
        _unchanged(source, original)
        try:
            handle.seek(0)
            handle.write(encoded)
            handle.truncate()
            handle.flush()
            os.fsync(handle.fileno())
        except OSError:
            handle.seek(0)
            handle.write(original)
            handle.truncate()
            handle.flush()
            raise
