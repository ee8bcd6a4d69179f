"""jdlint: a linter for job postings.

Python API::

    import jdlint
    report = jdlint.lint_text("We need a rockstar salesman.", path="ad.md")
    for d in report.diagnostics:
        print(d.line, d.column, d.code, d.message)

    for report in jdlint.lint_paths(["jobs/"]):
        ...
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Iterator

__version__ = "0.1.0"

# Before anything imports spaCy: keep spacy.cli (typer, weasel, httpx...) out until used.
from . import lazy_spacy_cli as _lazy_spacy_cli  # noqa: E402

_lazy_spacy_cli.install()

if TYPE_CHECKING:
    from .config import Config
    from .report import FileReport

__all__ = ["__version__", "lint_text", "lint_texts", "lint_paths"]


def lint_text(text: str, path: str | None = None, config: "Config | None" = None) -> "FileReport":
    """Lint one posting given as a string. ``path`` picks the parser (``.txt`` = plain text)
    and names the file in findings; ``config`` defaults to the built-in defaults. The rules and
    pattern index built for a configuration are kept for the next call (``jdlint.api``)."""
    from .api import warm_linter
    from .source import SourceFile, kind_for

    name = path or "<text>.md"
    if text.startswith("\ufeff"):
        text = text[1:]
    source = SourceFile(path=name, text=text, kind=kind_for(name))
    return next(iter(warm_linter(config).lint_sources([source])))


def lint_texts(texts: Iterable["str | tuple[str, str]"], config: "Config | None" = None) -> Iterator["FileReport"]:
    """Lint many postings given as strings (or ``(text, path)`` pairs), streaming one report per
    text in order. Texts are read lazily, so a generator over a million ads runs in flat memory."""
    from .api import warm_linter
    from .source import SourceFile, kind_for

    def sources():
        for n, item in enumerate(texts):
            text, name = item if isinstance(item, tuple) else (item, f"<text {n + 1}>.md")
            if text.startswith("\ufeff"):
                text = text[1:]
            yield SourceFile(path=name, text=text, kind=kind_for(name))

    yield from warm_linter(config).lint_sources(sources())


def lint_paths(paths: Iterable[str], config: "Config | None" = None, jobs: int = 1) -> Iterator["FileReport"]:
    """Lint files and folders, yielding one report per posting in order. Without ``config``,
    each file uses its nearest config file, as on the command line. ``jobs`` > 1 uses worker
    processes for large batches."""
    from .engine import Linter
    from .source import discover

    files, errors = discover(list(paths))
    from .report import FileReport

    for err in errors:
        yield FileReport(err.split(":", 1)[0], error=err)
    linter = Linter(config) if config is not None else Linter()
    yield from linter.lint_paths(files, jobs=jobs)
