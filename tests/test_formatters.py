"""Every output format rendered from one canonical list of findings, against golden files.

Regenerate after an intended change with ``JDLINT_UPDATE_GOLDEN=1 pytest tests/test_formatters.py``
and review the diff.
"""
from __future__ import annotations

import io
import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

import jdlint
from jdlint.diagnostics import Diagnostic, Edit, Fix, Severity
from jdlint.document import Section
from jdlint.engine import FileReport
from jdlint.formatters import FORMATS, render
from jdlint.rule import FunctionRule
from jdlint.source import SourceFile

GOLDEN = Path(__file__).parent / "golden"
TEXT = "# Sales rockstar\r\n\r\nWe want a young salesman \U0001f600 now.\r\n"


def _rule(code, name, category, severity):
    return FunctionRule(lambda ctx: (), code=code, name=name, category=category, severity=severity,
                        summary=f"Summary of {name}.", what="What.", why="Why.", bad=["bad"],
                        good=["good"], fix="Fix it.", source="golden")


RULES = [_rule("V101", "cliche-job-title", "vague", "warning"),
         _rule("D101", "gendered-job-title", "bias.gender", "error"),
         _rule("S104", "missing-pay", "structure", "info")]


def canonical_reports() -> list[FileReport]:
    src = SourceFile("jobs/sales.md", TEXT, "markdown")
    idx = src.index

    def diag(code, name, cat, sev, start, end, msg, **kw):
        line, col = idx.position(start)
        end_line, end_col = idx.position(end)
        return Diagnostic(code, name, cat, Severity.parse(sev), msg, src.path, start, end, line, col,
                          end_line, end_col, match=TEXT[start:end], url=f"https://example.org/{code}",
                          source="golden", **kw)

    rock = TEXT.index("rockstar")
    man = TEXT.index("salesman")
    diags = [
        diag("S104", "missing-pay", "structure", "info", 0, 0, "No pay section"),
        diag("V101", "cliche-job-title", "vague", "warning", rock, rock + 8,
             "'rockstar' says nothing; try 'expert'", suggestions=("expert",)),
        # a posting-level finding whose words are related locations (JSON "related", SARIF "relatedLocations")
        diag("D203", "gender-coded-wording", "bias.gender-coded", "info", 0, 0,
             "Gender-coded wording, masculine-coded (1 masculine: rockstar; 0 feminine)",
             related=((rock, rock + 8, "'rockstar' is masculine-coded; consider 'expert'"),)),
        diag("D101", "gendered-job-title", "bias.gender", "error", man, man + 8,
             "'salesman' is gendered, use 'salesperson'", suggestions=("salesperson",),
             fix=Fix((Edit(man, man + 8, "salesperson"),), "unsafe", "Replace with 'salesperson'")),
    ]
    sections = [Section("responsibilities", "Sales rockstar", 1, 3, "heading", 0, len(TEXT))]
    metrics = {"words": 9, "sentences": 2,
               "readability": {"flesch_reading_ease": 71.2, "flesch_kincaid_grade": 5.1, "bullet_share": 0.0},
               "gender_coded": {"masculine": 1, "feminine": 0, "verdict": "masculine-coded"}}
    clean = SourceFile("jobs/clean.md", "# Fine\n", "markdown")
    return [FileReport(src.path, diags, sections, metrics, source=src),
            FileReport(clean.path, [], [], {"words": 1, "sentences": 1}, source=clean)]


def rendered(fmt: str, **kw) -> str:
    out = io.StringIO()
    render(fmt, canonical_reports(), out, rules=RULES, **kw)
    return out.getvalue().replace(jdlint.__version__, "<version>")


CASES = [(fmt, {}) for fmt in FORMATS] + [("text", {"statistics": True, "show_sections": True}),
                                         ("text", {"color": True}), ("text", {"quiet": True})]


@pytest.mark.parametrize("fmt, options", CASES, ids=lambda v: v if isinstance(v, str) else "-".join(v) or "plain")
def test_golden(fmt, options):
    name = fmt + "".join(f"-{k}" for k in sorted(options)) + ".txt"
    got = rendered(fmt, **options)
    path = GOLDEN / name
    if os.environ.get("JDLINT_UPDATE_GOLDEN"):
        path.write_text(got, encoding="utf-8")
    assert got == path.read_text(encoding="utf-8")


def test_positions_in_golden_json_point_at_the_text():
    data = json.loads(rendered("json"))
    for d in data["files"][0]["diagnostics"]:
        assert TEXT[d["offset"]["start"]:d["offset"]["end"]] == d["match"]
    man = next(d for d in data["files"][0]["diagnostics"] if d["code"] == "D101")
    assert man["location"] == {"line": 3, "column": 17}  # CRLF is one line break, \r is no column
    assert man["fix"]["edits"][0]["location"] == {"line": 3, "column": 17}
    coded = next(d for d in data["files"][0]["diagnostics"] if d["code"] == "D203")
    assert [TEXT[r["offset"]["start"]:r["offset"]["end"]] for r in coded["related"]] == ["rockstar"]
    assert coded["related"][0]["location"] == {"line": 1, "column": 9}
    assert all("related" not in d for d in data["files"][0]["diagnostics"] if d["code"] != "D203")


def test_non_bmp_character_counts_as_one_column():
    src = SourceFile("x.md", "\U0001f600 rockstar\n", "markdown")
    assert src.index.position(2) == (1, 3)


def test_diagnostic_data_reaches_json_and_sarif():
    # Diagnostic.data (e.g. {"basis": true} from a bias rule) used to be dropped by every format
    src = SourceFile("jobs/bar.md", "Must be 21 or older to serve alcohol.\n", "markdown")
    with_data = Diagnostic("D301", "age-limit", "bias.age", Severity.info, "Age limit with a basis",
                           src.path, 0, 17, 1, 1, 1, 18, data={"basis": True})
    plain = replace(with_data, data={})
    out = io.StringIO()
    render("json", [FileReport(src.path, [with_data, plain], source=src)], out)
    first, second = json.loads(out.getvalue())["files"][0]["diagnostics"]
    assert first["data"] == {"basis": True} and "data" not in second
    out = io.StringIO()
    render("sarif", [FileReport(src.path, [with_data, plain], source=src)], out)
    results = json.loads(out.getvalue())["runs"][0]["results"]
    assert results[0]["properties"]["data"] == {"basis": True} and "data" not in results[1]["properties"]
