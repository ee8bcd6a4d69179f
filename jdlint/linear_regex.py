"""Regular expressions from user rule packs, run on RE2: time linear in the text, whatever the
pattern (``(a+)+$`` on Python's backtracking ``re`` takes exponential time: a pack could hang
every run). Built-in packs and Python rules keep ``re`` (lookarounds, backreferences).

RE2 lacks lookarounds (``(?<!...)``, ``(?=...)``), backreferences (``\\1``), ``\\Z`` and
repetitions over 1000; ``check`` reports them when the pack loads. In RE2 ``\\w``, ``\\d``,
``\\s`` and ``\\b`` are ASCII-only: write ``\\pL`` for any letter. Each pattern runs on one block
(paragraph, list item, heading...) at a time, so ``^`` and ``$`` mean its start and end.
"""
from __future__ import annotations

from typing import Iterator


class LinearRegexError(ValueError):
    """A pattern RE2 cannot compile; the message says which construct."""


def _options():
    import re2

    options = re2.Options()
    options.case_sensitive = False  # rule pack regexes are case-insensitive, as with re.I
    options.log_errors = False  # the error becomes a file:line:col message, not a log line
    return options


def compile(pattern: str) -> "LinearPattern":  # noqa: A001 - mirrors re.compile
    import re2

    try:
        return LinearPattern(re2.compile(pattern, _options()))
    except re2.error as exc:
        detail = exc.args[0].decode("utf-8", "replace") if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        raise LinearRegexError(f"{detail} (user pack patterns run on RE2, which has no lookarounds, "
                               "backreferences or \\Z)") from None


def check(pattern: str) -> None:
    """Raise LinearRegexError when RE2 cannot run ``pattern``."""
    compile(pattern)


class LinearMatch:
    """A match in the whole text (RE2 ran on a slice of it): the part of ``re.Match`` the
    pattern index reads."""

    __slots__ = ("_match", "_offset", "_index")

    def __init__(self, match, offset: int, index: dict[str, int]) -> None:
        self._match, self._offset, self._index = match, offset, index

    def _group(self, group) -> int:
        return self._index[group] if isinstance(group, str) else group

    def span(self, group=0) -> tuple[int, int]:
        start, end = self._match.span(self._group(group))
        return (start + self._offset, end + self._offset) if start >= 0 else (-1, -1)

    def start(self, group=0) -> int:
        return self.span(group)[0]

    def end(self, group=0) -> int:
        return self.span(group)[1]

    def groupdict(self) -> dict[str, str | None]:
        return self._match.groupdict()


class LinearPattern:
    def __init__(self, regexp) -> None:
        self._regexp = regexp
        self._index = dict(regexp.groupindex)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[LinearMatch]:
        # the slice, not pos/endpos: the RE2 binding encodes the whole string to UTF-8 on every
        # call, which done once per block would make a long posting quadratic
        end = len(text) if end is None else end
        for m in self._regexp.finditer(text[start:end]):
            yield LinearMatch(m, start, self._index)
