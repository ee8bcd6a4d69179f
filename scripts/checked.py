"""One rule for every evaluation script: a posting jdlint could not check is an error of the run, never a silent case.

The engine turns an exception inside a rule into a report with ``error`` set and no findings (one bad posting
must not stop a user's run). A scorer that read only ``report.diagnostics`` counted such a posting as "nothing
found": a broken regex once switched a rule off for a whole evaluation and the figures still printed. Every
scorer passes its reports through ``checked`` so the run stops with the engine's one-line reason instead.
"""
from __future__ import annotations

from typing import Iterable, Iterator


class UncheckedPosting(SystemExit):
    """jdlint reported an error instead of findings for a posting being scored."""


def checked(report):
    """``report``, or stop the evaluation with its error line."""
    if report.error:
        raise UncheckedPosting(f"not scored: jdlint could not check a posting, so no figure would be honest: "
                               f"{report.error}")
    return report


def all_checked(reports: Iterable) -> Iterator:
    for report in reports:
        yield checked(report)
