"""Reading postings from disk or stdin, and converting offsets to lines and columns.

Every position jdlint reports is an offset into ``SourceFile.text``: the file decoded as UTF-8
with a leading byte-order mark removed and line endings left exactly as they were. Lines and
columns are derived from those offsets once, at the edge, by ``LineIndex``.
"""
from __future__ import annotations

import bisect
import errno
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from . import regex_programs

#: Files larger than this are refused: job ads are a few kilobytes, and a multi-megabyte file is
#: almost always a mistake (a log, a dump) that would take minutes to analyse.
DEFAULT_MAX_BYTES = 2 * 1024 * 1024

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
POSTING_SUFFIXES = MARKDOWN_SUFFIXES + TEXT_SUFFIXES + HTML_SUFFIXES


class InputError(Exception):
    """A file that cannot be linted; the message is one line, ready for the user."""


_LINE_END = regex_programs.compile(r"\r\n|\r|\n")


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


def decode(data: bytes, path: str, max_bytes: int = DEFAULT_MAX_BYTES, size: int | None = None) -> SourceFile:
    """``data`` as a posting. ``data`` may stop at ``max_bytes + 1`` (a bounded read); ``size``
    is the whole file's size when it is known, for the message."""
    if len(data) > max_bytes:
        if size is None:
            raise InputError(f"{path}: input is over the {_size(max_bytes)} limit "
                             "(a job ad is a few kB; raise it with --max-file-size)")
        raise InputError(
            f"{path}: file is {_size(max(size, len(data)))}, over the {_size(max_bytes)} limit "
            "(a job ad is a few kB; raise it with --max-file-size)"
        )
    utf16 = _utf16(data)
    if utf16:
        # with a byte-order mark, iconv's plain "UTF-16" reads the order from it and drops it
        source = "UTF-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else utf16
        raise InputError(f"{path}: {utf16} text, not UTF-8; convert it first, e.g. "
                         f"iconv -f {source} -t UTF-8 {path} > converted.md")
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


def _utf16(data: bytes) -> str | None:
    """"UTF-16LE"/"UTF-16BE" when ``data`` looks like UTF-16 text: a UTF-16 byte-order mark, or
    (Windows tools often write none) a NUL in every other byte of mostly-ASCII text. Binary files
    have NULs too, but not so regularly."""
    if data.startswith(b"\xff\xfe"):
        return "UTF-16LE"
    if data.startswith(b"\xfe\xff"):
        return "UTF-16BE"
    head = data[:512]
    if len(head) < 8 or len(head) % 2:
        head = head[: len(head) // 2 * 2]
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) == len(odd) and even.count(0) == 0:
        return "UTF-16LE"
    if even.count(0) == len(even) and odd.count(0) == 0:
        return "UTF-16BE"
    return None


def read_bounded(stream, max_bytes: int) -> bytes:
    """At most ``max_bytes + 1`` bytes of a binary stream: enough to tell that it is over the
    limit without ever holding more (``yes | jdlint -``, ``/dev/zero``)."""
    chunks = []
    left = max_bytes + 1
    while left > 0:
        chunk = stream.read(min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def read_stdin(name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceFile:
    import sys

    try:
        data = read_bounded(sys.stdin.buffer, max_bytes)
    except OSError as exc:
        raise InputError(f"{name}: cannot read stdin ({exc.strerror or exc})") from None
    return decode(data, name, max_bytes)


def _file_kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a regular file"


def read_path(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceFile:
    """The posting at ``path``, read with a bound. Only regular files (or symlinks to them):
    a FIFO would block the run and a device never ends; stdin is ``-``. The file is opened
    non-blocking and checked on the open descriptor, so one swapped in after a check cannot
    hang the run either."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        if os.path.islink(path):
            raise InputError(f"{path}: broken symbolic link (to {os.readlink(path)})") from None
        raise InputError(f"{path}: no such file or directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(_os_message(path, exc)) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"{path}: is a directory")
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{path}: {_file_kind(st.st_mode)}, not a posting file "
                             "(to lint a stream, pipe it to jdlint -)")
        if st.st_size > max_bytes:
            raise InputError(
                f"{path}: file is {_size(st.st_size)}, over the {_size(max_bytes)} limit "
                "(a job ad is a few kB; raise it with --max-file-size)"
            )
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = read_bounded(handle, max_bytes)
    except OSError as exc:
        raise InputError(_os_message(path, exc)) from None
    finally:
        os.close(fd)
    return decode(data, path, max_bytes, size=st.st_size)


def _os_message(path: str, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return f"{path}: symbolic link loop (too many levels of symbolic links)"
    if exc.errno == errno.EACCES:
        return f"{path}: permission denied"
    return f"{path}: cannot read ({exc.strerror or exc})"


def discover(paths: list[str], notes: list[str] | None = None) -> tuple[list[str], list[str]]:
    """Expand folders into the postings they hold (sorted, hidden folders skipped).

    Returns (files, errors); a named file is kept whatever its suffix, because the user asked
    (and ``read_path`` refuses it if it is not a regular file). In a folder, entries that are
    not regular files (a FIFO would hang the run, a device never ends) are skipped with a line
    in ``notes``; a subfolder that cannot be listed is an error, not silence.
    """
    files: list[str] = []
    errors: list[str] = []
    for path in paths:
        if path == "-":
            files.append(path)
            continue
        if os.path.isdir(path):
            found = []

            def unreadable(exc: OSError) -> None:
                where = exc.filename or path
                errors.append(_os_message(where, exc).replace(": cannot read", ": cannot list folder")
                              + ("; folder skipped" if where != path else ""))

            for root, dirs, names in os.walk(path, onerror=unreadable):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for n in sorted(names):
                    if not n.lower().endswith(POSTING_SUFFIXES) or n.startswith("."):
                        continue
                    full = os.path.join(root, n)
                    try:
                        mode = os.stat(full).st_mode
                    except OSError:
                        found.append(full)  # a broken link or a loop: reading it says which
                        continue
                    if stat.S_ISREG(mode):
                        found.append(full)
                    elif notes is not None:
                        notes.append(f"{full}: skipped, {_file_kind(mode)}")
            if not found and not any(e.startswith(path) for e in errors):
                errors.append(f"{path}: no postings found (looked for {', '.join(POSTING_SUFFIXES)})")
            files.extend(found)
        elif os.path.lexists(path):
            files.append(path)  # a symlink loop or a broken link: reading it says which
        else:
            errors.append(f"{path}: no such file or directory")
    return files, errors


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} kB"
