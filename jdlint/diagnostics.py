"""The records every rule produces and every formatter consumes."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

CATEGORIES = (
    "structure", "placeholder", "pay", "vague", "requirements", "readability",
    "bias.gender", "bias.gender-coded", "bias.age", "bias.disability", "bias.origin",
    "bias.religion", "bias.family", "bias.appearance", "bias.record", "meta",
)
SECTION_KINDS = (
    "intro", "responsibilities", "requirements", "preferred", "pay", "benefits", "location",
    "schedule", "how-to-apply", "eeo",
)


class Severity(IntEnum):
    info = 1
    warning = 2
    error = 3

    @classmethod
    def parse(cls, value: str) -> "Severity":
        try:
            return cls[str(value).strip().lower()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (use error, warning or info)") from None

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class Edit:
    start: int  # source offsets, [start, end)
    end: int
    content: str


@dataclass(frozen=True)
class Fix:
    edits: tuple[Edit, ...]
    applicability: str = "unsafe"  # "safe" fixes apply with --fix; "unsafe" need --unsafe-fixes
    message: str = ""


@dataclass(frozen=True)
class Diagnostic:
    code: str
    name: str
    category: str
    severity: Severity
    message: str
    path: str
    start: int  # 0-based code-point offsets into the decoded file, end exclusive
    end: int
    line: int = 0  # 1-based; filled once from the offsets by the engine
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    match: str = ""
    suggestions: tuple[str, ...] = ()
    fix: Fix | None = None
    url: str | None = None
    source: str = ""
    #: facts a rule adds for tools (``{"basis": true}``: stated with a lawful basis); in the JSON
    #: report as ``data`` and in SARIF as the result's ``properties.data`` when not empty
    data: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    #: Other source ranges the finding is about, as (start, end, message): each word a
    #: posting-level finding counts. JSON "related", SARIF "relatedLocations". Plain tuples, so
    #: the result cache stores them as they are.
    related: tuple[tuple[int, int, str], ...] = field(default=(), compare=False, hash=False)
    #: Where the words that triggered the finding end, when its range runs on past them (a selection
    #: statement reaches the end of its sentence: ``context.reaches_sentence_end``); -1 when they are
    #: the whole range. Not in the JSON report: ``match`` is the range, the message quotes the words.
    trigger_end: int = field(default=-1, compare=False, hash=False)

    @property
    def trigger(self) -> str:
        """The words that triggered the finding: ``match``, or its start up to ``trigger_end``."""
        return self.match if self.trigger_end < 0 else self.match[:self.trigger_end - self.start]

    @property
    def sort_key(self) -> tuple:
        return (self.path, self.start, self.end, self.code)

    def to_json(self, index=None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "code": self.code,
            "name": self.name,
            "category": self.category,
            "severity": str(self.severity),
            "message": self.message,
            "path": self.path,
            "location": {"line": self.line, "column": self.column},
            "end_location": {"line": self.end_line, "column": self.end_column},
            "offset": {"start": self.start, "end": self.end},
            "match": self.match,
            "suggestions": list(self.suggestions),
            "fix": None,
            "url": self.url,
            "source": self.source,
        }
        if self.data:
            out["data"] = dict(self.data)
        if self.fix is not None:
            out["fix"] = {
                "applicability": self.fix.applicability,
                "message": self.fix.message,
                "edits": [_edit_json(e, index) for e in self.fix.edits],
            }
        if self.related:  # only when there are some: every other finding's JSON stays as it was
            out["related"] = [related_json(r, index) for r in self.related]
        return out


def related_json(related: tuple[int, int, str], index=None) -> dict[str, Any]:
    """One related location: its message, offsets and (with the file's line index) positions."""
    start, end, message = related
    out: dict[str, Any] = {"message": message, "offset": {"start": start, "end": end}}
    if index is not None:
        line, col = index.position(start)
        end_line, end_col = index.position(end)
        out["location"] = {"line": line, "column": col}
        out["end_location"] = {"line": end_line, "column": end_col}
    return out


def _edit_json(edit: Edit, index) -> dict[str, Any]:
    out: dict[str, Any] = {"content": edit.content, "offset": {"start": edit.start, "end": edit.end}}
    if index is not None:
        line, col = index.position(edit.start)
        end_line, end_col = index.position(edit.end)
        out["location"] = {"line": line, "column": col}
        out["end_location"] = {"line": end_line, "column": end_col}
    return out
