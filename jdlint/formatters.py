"""Output formats: text, json, json-lines, sarif, github, gitlab, html (``html_report.py``).

All formats render the same ``FileReport`` list; positions were computed once by the engine.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Callable, TextIO

from .report import FileReport, report_json, summarize

FORMATS = ("text", "json", "json-lines", "sarif", "github", "gitlab", "html")
_COLOURS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


def render(fmt: str, reports: list[FileReport], out: TextIO, *, color: bool = False,
           statistics: bool = False, quiet: bool = False, show_sections: bool = False,
           rules: list | None = None, cap: Callable[[str], int | None] | None = None) -> None:
    """``cap(path)``: the text format's findings per rule shown for that posting (None: all);
    without ``cap`` every finding is shown. Other formats ignore it and keep every finding."""
    RENDERERS[fmt](reports, out, color=color, statistics=statistics, quiet=quiet,
                   show_sections=show_sections, rules=rules or [], cap=cap)


def _text(reports, out, *, color, statistics, quiet, show_sections, rules, cap=None):
    paint = (lambda code, s: f"{code}{s}{_RESET}") if color else (lambda code, s: s)
    not_shown = 0
    for report in reports:
        if report.error:
            continue  # errors go to stderr, from the CLI
        if show_sections and not quiet:
            out.write(paint(_BOLD, f"{report.path}: sections\n"))
            for s in report.sections:
                head = f' "{s.heading}"' if s.heading else ""
                empty = " (empty)" if s.empty else ""
                out.write(f"  {s.line:>4}-{s.end_line:<4} {s.kind:<17} by {s.found_by}{head}{empty}\n")
            if not report.sections:
                out.write("  (no sections found)\n")
        shown, hidden = capped(report.diagnostics, cap(report.path) if cap else None)
        for d in shown:
            sev = str(d.severity)
            loc = paint(_BOLD, f"{d.path}:{d.line}:{d.column}:")
            out.write(f"{loc} {paint(_COLOURS[sev], sev)} {d.code} {paint(_DIM, d.name)} {d.message}\n")
        for code, name, count in hidden:
            not_shown += count
            out.write(paint(_DIM, f"{report.path}: … and {count} more {code} {name} finding"
                                  f"{'s' if count != 1 else ''}") + "\n")
        if not quiet and report.source is not None:
            out.write(paint(_DIM, f"{report.path}: {summary_line(report.metrics)}") + "\n")
    if statistics:
        _statistics_text(reports, out)
    if not quiet:
        s = summarize(reports)
        sev = s["by_severity"]
        files = s["files"]
        if s["diagnostics"]:
            line = (f"Found {s['diagnostics']} problem{'s' if s['diagnostics'] != 1 else ''} "
                    f"({sev['error']} error, {sev['warning']} warning, {sev['info']} info) "
                    f"in {files} file{'s' if files != 1 else ''}.")
        else:
            line = f"No problems found in {files} file{'s' if files != 1 else ''}."
        if not_shown:
            line += f" {not_shown} repeated finding{'s' if not_shown != 1 else ''} not shown (--no-cap)."
        out.write(paint(_BOLD, line) + "\n")


#: Rules whose finding spans the sentence or paragraph that is too long: the most words is the worst.
RANK_LONGEST_FIRST = frozenset({"R104", "R105"})


def capped(diagnostics: list, cap: int | None) -> tuple[list, list[tuple[str, str, int]]]:
    """The findings a capped text report shows, in report order, and (code, name, count) of
    those left out per rule.

    A rule with more than ``cap`` findings in the posting keeps its ``cap`` most important:
    the most severe, then (R104/R105) the longest, then a word not yet shown before a repeat of
    one (the first "CRM" before the third), then the earliest. ``cap=None`` shows everything.
    """
    if cap is None:
        return list(diagnostics), []
    by_code: dict[str, list] = {}
    for d in diagnostics:
        by_code.setdefault(d.code, []).append(d)
    dropped: set[int] = set()
    hidden = []
    for code, found in by_code.items():
        if len(found) <= cap:
            continue
        seen: dict[str, int] = {}
        keys = {}
        for d in found:  # report order: the nth time a wording appears
            word = d.match.lower()
            keys[id(d)] = (-int(d.severity), -len(d.match.split()) if code in RANK_LONGEST_FIRST else 0,
                           seen.get(word, 0), d.start)
            seen[word] = seen.get(word, 0) + 1
        ranked = sorted(found, key=lambda d: keys[id(d)])
        dropped.update(id(d) for d in ranked[cap:])
        hidden.append((code, found[0].name, len(found) - cap))
    return [d for d in diagnostics if id(d) not in dropped], hidden


def summary_line(metrics: dict[str, Any]) -> str:
    """One line per file: size, readability and gender-coded balance, from the report metrics."""
    words = metrics.get("words", 0)
    parts = [f"{words} word{'s' if words != 1 else ''}"]
    read = metrics.get("readability") or {}
    if "flesch_reading_ease" in read:
        grade = read.get("flesch_kincaid_grade")
        parts.append(f"reading ease {read['flesch_reading_ease']}" + (f" (grade {grade})" if grade is not None else ""))
    if read.get("bullet_share") is not None:
        parts.append(f"{round(100 * read['bullet_share'])}% bullets")
    coded = metrics.get("gender_coded") or {}
    if coded.get("verdict"):
        parts.append(f"{coded['verdict']} ({coded.get('masculine', 0)} masculine, "
                     f"{coded.get('feminine', 0)} feminine words)")
    return " · ".join(parts)


def _statistics_rows(reports):
    counts: dict[str, dict[str, Any]] = {}
    for r in reports:
        for d in r.diagnostics:
            row = counts.setdefault(d.code, {"code": d.code, "name": d.name, "count": 0, "fixable_count": 0})
            row["count"] += 1
            row["fixable_count"] += d.fix is not None
    return sorted(counts.values(), key=lambda r: (-r["count"], r["code"]))


def _statistics_text(reports, out):
    for row in _statistics_rows(reports):
        out.write(f"{row['count']:>6}  {row['code']:<6} {row['name']}\n")


def _json(reports, out, *, statistics, **_):
    data = report_json(reports)
    if statistics:
        data["statistics"] = _statistics_rows(reports)
    out.write(indented_json(data))
    out.write("\n")


def indented_json(data: Any) -> str:
    """``json.dumps(data, indent=2, ensure_ascii=False)``, through orjson where it gives the same
    bytes: with an indent, the standard library encodes in Python (its C encoder has no indent),
    0.28 s for the dev corpus's 6 MB report, which orjson writes in 0.035 s, at the end of every
    folder run, after the workers are done.

    orjson writes a float below 1e-4 without an exponent ("0.00001" for "1e-05") and NaN and
    infinities as null, and handles types the standard library refuses (or refuses some it
    takes), so data holding anything but str / int / bool / None, finite floats of 1e-4 or
    more, dicts with str keys, lists and tuples goes to the standard library, as does every
    value where orjson is not installed.
    """
    if _orjson is not None and _orjson_writes_as_json_does(data):
        try:
            return _orjson.dumps(data, option=_orjson.OPT_INDENT_2).decode("utf-8")
        except (TypeError, ValueError):  # an int past 64 bits, a lone surrogate, nesting too deep
            pass
    return json.dumps(data, indent=2, ensure_ascii=False)


try:
    import orjson as _orjson
except ImportError:  # an optional speed-up; the standard library gives the same bytes
    _orjson = None

_PLAIN = (str, int, bool, type(None))


def _orjson_writes_as_json_does(data: Any) -> bool:
    stack = [data]
    while stack:
        value = stack.pop()
        kind = type(value)
        if kind in _PLAIN:
            continue
        if kind is float:
            if not (value == 0.0 or 1e-4 <= abs(value) < float("inf")):  # NaN fails both
                return False
        elif kind is dict:
            if any(type(key) is not str for key in value):
                return False
            stack.extend(value.values())
        elif kind is list or kind is tuple:
            stack.extend(value)
        else:
            return False
    return True


def _json_lines(reports, out, **_):
    for r in reports:
        index = r.source.index if r.source else None
        for d in r.diagnostics:
            out.write(json.dumps(d.to_json(index), ensure_ascii=False) + "\n")


def _github(reports, out, **_):
    level = {"error": "error", "warning": "warning", "info": "notice"}
    for r in reports:
        for d in r.diagnostics:
            title = f"{d.code} {d.name}"
            msg = d.message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
            out.write(f"::{level[str(d.severity)]} file={_esc(d.path)},line={d.line},col={d.column},"
                      f"endLine={d.end_line},endColumn={d.end_column},title={_esc(title)}::{msg}\n")


#: GitLab code quality severities (info, minor, major, critical, blocker)
_GITLAB_SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


def _gitlab(reports, out, **_):
    """GitLab's code quality report (a Code Climate subset): a JSON array of issues, shown in
    merge requests. The fingerprint names the finding by file, rule, wording and occurrence, not
    by line, so it stays the same when lines above it move."""
    import hashlib

    issues = []
    for r in reports:
        path = _uri(r.path)
        seen: dict[tuple[str, str], int] = {}
        for d in r.diagnostics:
            nth = seen[(d.code, d.match)] = seen.get((d.code, d.match), 0) + 1
            key = f"{path}\0{d.code}\0{d.match}\0{nth}".encode("utf-8", "surrogatepass")
            issues.append({
                "type": "issue",
                "check_name": f"{d.code} {d.name}",
                "description": d.message,
                "severity": _GITLAB_SEVERITY[str(d.severity)],
                "fingerprint": hashlib.md5(key, usedforsecurity=False).hexdigest(),
                "location": {"path": path, "lines": {"begin": d.line, "end": d.end_line}},
            })
    out.write(indented_json(issues))
    out.write("\n")


def _esc(value: str) -> str:
    return (value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
            .replace(":", "%3A").replace(",", "%2C"))


def _sarif(reports, out, *, rules, **_):
    from . import __version__

    level = {"error": "error", "warning": "warning", "info": "note"}
    rule_list = list(rules)  # every rule that ran, so a clean run still documents them
    ids = {r.code: i for i, r in enumerate(rule_list)}
    results = []
    for rep in reports:
        uri = _uri(rep.path)
        for d in rep.diagnostics:
            result: dict[str, Any] = {
                "ruleId": d.code,
                "level": level[str(d.severity)],
                "message": {"text": d.message},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": uri},
                    "region": {"startLine": d.line, "startColumn": d.column,
                               "endLine": d.end_line, "endColumn": d.end_column,
                               "charOffset": d.start, "charLength": d.end - d.start},
                }}],
                "properties": {"category": d.category, "name": d.name, "source": d.source,
                               **({"data": dict(d.data)} if d.data else {})},
            }
            if d.code in ids:
                result["ruleIndex"] = ids[d.code]
            if d.related:
                result["relatedLocations"] = _sarif_related(d, uri, rep.source.index if rep.source else None)
            results.append(result)
    sarif = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "jdlint",
                "version": __version__,
                "informationUri": "https://github.com/jdlint/jdlint",
                "rules": [_sarif_rule(r, level) for r in rule_list],
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    out.write(indented_json(sarif))
    out.write("\n")


def _sarif_related(d, uri: str, index) -> list[dict[str, Any]]:
    """SARIF relatedLocations: each word a posting-level finding counts (2.1.0 section 3.27.22)."""
    out = []
    for n, (start, end, message) in enumerate(d.related, 1):
        region: dict[str, Any] = {"charOffset": start, "charLength": end - start}
        if index is not None:
            (line, col), (end_line, end_col) = index.position(start), index.position(end)
            region = {"startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col, **region}
        out.append({"id": n, "message": {"text": message},
                    "physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}})
    return out


def _sarif_rule(rule, level) -> dict[str, Any]:
    from .explain import explain_markdown

    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.doc.summary},
        "fullDescription": {"text": rule.doc.what or rule.doc.summary},
        "help": {"text": rule.doc.fix or rule.doc.summary, "markdown": explain_markdown(rule)},
        "helpUri": rule.url,
        "defaultConfiguration": {"level": level[str(rule.severity)]},
        "properties": {"category": rule.category, "tags": [rule.category], "source": rule.source},
    }


def _uri(path: str) -> str:
    """Repository-relative URI with forward slashes (GitHub code scanning resolves these)."""
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.relative_to(Path.cwd())
        except ValueError:
            return p.as_uri()
    return p.as_posix().replace(os.sep, "/")


def _html(reports, out, *, rules, **_):
    from .html_report import render_html

    render_html(reports, out, rules=rules)


RENDERERS: dict[str, Callable] = {
    "text": _text,
    "json": _json,
    "json-lines": _json_lines,
    "sarif": _sarif,
    "github": _github,
    "gitlab": _gitlab,
    "html": _html,
}
