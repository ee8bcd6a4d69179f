"""Applying fixes without ever corrupting or losing a user's file.

Edits are applied from the end of the file backwards, skipping any that overlap an edit already
taken. The result is written to a temporary file in the same folder and moved over the original
with ``os.replace`` (atomic on POSIX and Windows), and only if the file on disk still holds the
exact text that was linted - a posting changed by someone else meanwhile is left alone.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .diagnostics import Diagnostic, Edit
from .source import SourceFile


class FixError(Exception):
    pass


def applicable(diagnostics: list[Diagnostic], unsafe: bool) -> list[Diagnostic]:
    return [d for d in diagnostics if d.fix is not None
            and (d.fix.applicability == "safe" or (unsafe and d.fix.applicability == "unsafe"))]


def apply_edits(text: str, edits: list[Edit]) -> tuple[str, int]:
    """Text with non-overlapping edits applied, and how many were applied."""
    taken: list[Edit] = []
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if taken and edit.start < taken[-1].end:
            continue  # overlaps an earlier edit: leave it for the next run
        if not (0 <= edit.start <= edit.end <= len(text)):
            continue
        taken.append(edit)
    out = text
    for edit in reversed(taken):
        out = out[:edit.start] + edit.content + out[edit.end:]
    return out, len(taken)


def fix_file(source: SourceFile, diagnostics: list[Diagnostic], unsafe: bool) -> int:
    """Apply the fixes to ``source.path``; returns how many edits were written."""
    chosen = applicable(diagnostics, unsafe)
    edits = [e for d in chosen for e in d.fix.edits]
    if not edits:
        return 0
    new_text, count = apply_edits(source.text, edits)
    path = Path(source.path)
    data = path.read_bytes()
    current = data.decode("utf-8")
    if current.startswith("\ufeff"):
        current = current[1:]
    if current != source.text:
        raise FixError(f"{source.path}: changed on disk while it was being linted; not fixed")
    encoded = (("\ufeff" if source.had_bom else "") + new_text).encode("utf-8")
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
    return count
