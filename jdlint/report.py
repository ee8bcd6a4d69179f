"""The report model: what linting one file produced, and the run's JSON document.

Formatters, the result cache and the CLI read only this (never the engine), so output code
does not depend on spaCy or the rules being loaded.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .diagnostics import Diagnostic
from .document import Section
from .source import SourceFile

REPORT_VERSION = 1


@dataclass
class FileReport:
    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    metrics: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    source: SourceFile | None = None

    def to_json(self) -> dict[str, Any]:
        index = self.source.index if self.source else None
        out: dict[str, Any] = {
            "path": self.path,
            "diagnostics": [d.to_json(index) for d in self.diagnostics],
            "sections": [s.to_json() for s in self.sections],
            "metrics": self.metrics,
        }
        if self.error:
            out["error"] = self.error
        return out


def summarize(reports: list[FileReport]) -> dict[str, Any]:
    by_sev = {"error": 0, "warning": 0, "info": 0}
    for r in reports:
        for d in r.diagnostics:
            by_sev[str(d.severity)] += 1
    return {
        "files": len(reports),
        "files_with_errors": sum(1 for r in reports if r.error),
        "diagnostics": sum(by_sev.values()),
        "by_severity": by_sev,
    }


def report_json(reports: list[FileReport]) -> dict[str, Any]:
    from . import __version__

    return {
        "version": REPORT_VERSION,
        "tool": {"name": "jdlint", "version": __version__},
        "files": [r.to_json() for r in reports],
        "summary": summarize(reports),
    }
