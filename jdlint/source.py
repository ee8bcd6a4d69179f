"""Reading postings from disk or stdin, and converting offsets to lines and columns.

Every position jdlint reports is an offset into ``SourceFile.text``: the file decoded as UTF-8
with a leading byte-order mark removed and line endings left exactly as they were. Lines and
columns are derived from those offsets once, at the edge, by ``LineIndex``.
"""
from __future__ import annotations

import bisect
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

#: Files larger than this are refused: job ads are a few kilobytes, and a multi-megabyte file is
#: almost always a mistake (a log, a dump) that would take minutes to analyse.
DEFAULT_MAX_BYTES = 2 * 1024 * 1024

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
POSTING_SUFFIXES = MARKDOWN_SUFFIXES + TEXT_SUFFIXES + HTML_SUFFIXES


class InputError(Exception):
    """A file that cannot be linted; the message is one line, ready for the user."""


_LINE_END = re.compile(r"\r\n|\r|\n")


class LineIndex:
    """Maps 0-based code-point offsets to 1-based (line, column) pairs.

    A line ends at ``\\n``, ``\\r\\n`` or a lone ``\\r``, so CRLF, LF and old Mac files give the
    same lines and columns for the same text; the ``\\r`` of a CRLF is not a column.
    """

    __slots__ = ("starts", "length")

    def __init__(self, text: str) -> None:
        # one regex pass: looking for the next "\r" from every line start rescanned a file
        # without any to its end once per line
        self.starts = [0] + [m.end() for m in _LINE_END.finditer(text)]
        self.length = len(text)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of ``offset``; the end of the text is a valid position."""
        offset = max(0, min(offset, self.length))
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def line_start(self, line: int) -> int:
        """Offset of the first character of 1-based ``line``."""
        line = max(1, min(line, len(self.starts)))
        return self.starts[line - 1]

    def line_span(self, line: int, text: str) -> tuple[int, int]:
        """(start, end) offsets of 1-based ``line`` without its line ending."""
        start = self.line_start(line)
        end = self.starts[line] if line < len(self.starts) else self.length
        while end > start and text[end - 1] in "\r\n":
            end -= 1
        return start, end

    @property
    def line_count(self) -> int:
        return len(self.starts)


@dataclass
class SourceFile:
    path: str
    text: str
    kind: str  # "markdown", "text" or "html"
    had_bom: bool = False
    _index: LineIndex | None = field(default=None, repr=False)

    @property
    def index(self) -> LineIndex:
        if self._index is None:
            self._index = LineIndex(self.text)
        return self._index


def kind_for(path: str) -> str:
    """The parser for a file by its suffix: plain text for .txt and friends, HTML for .html and
    friends, Markdown for everything else (stdin included)."""
    lowered = path.lower()
    if lowered.endswith(TEXT_SUFFIXES):
        return "text"
    return "html" if lowered.endswith(HTML_SUFFIXES) else "markdown"


def decode(data: bytes, path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceFile:
    if len(data) > max_bytes:
        raise InputError(
            f"{path}: file is {_size(len(data))}, over the {_size(max_bytes)} limit "
            "(a job ad is a few kB; raise it with --max-file-size)"
        )
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: binary file (contains NUL bytes), not a posting")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputError(
            f"{path}:{line}:{col}: not valid UTF-8 (byte 0x{data[exc.start]:02X}); "
            "re-save the file as UTF-8"
        ) from None
    had_bom = text.startswith("\ufeff")
    if had_bom:
        text = text[1:]
    return SourceFile(path=path, text=text, kind=kind_for(path), had_bom=had_bom)


def read_path(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceFile:
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(f"{path}: is a directory")
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(
                f"{path}: file is {_size(size)}, over the {_size(max_bytes)} limit "
                "(a job ad is a few kB; raise it with --max-file-size)"
            )
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return decode(data, path, max_bytes)


def discover(paths: list[str]) -> tuple[list[str], list[str]]:
    """Expand folders into the postings they hold (sorted, hidden folders skipped).

    Returns (files, errors); a named file is kept whatever its suffix, because the user asked.
    """
    files: list[str] = []
    errors: list[str] = []
    for path in paths:
        if path == "-":
            files.append(path)
            continue
        if os.path.isdir(path):
            found = []
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend(
                    os.path.join(root, n)
                    for n in sorted(names)
                    if n.lower().endswith(POSTING_SUFFIXES) and not n.startswith(".")
                )
            if not found:
                errors.append(f"{path}: no postings found (looked for {', '.join(POSTING_SUFFIXES)})")
            files.extend(found)
        elif os.path.exists(path):
            files.append(path)
        else:
            errors.append(f"{path}: no such file or directory")
    return files, errors


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} kB"
