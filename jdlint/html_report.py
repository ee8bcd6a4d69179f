"""``--format html``: one self-contained page for the people who write and approve postings.

Each posting is shown as written with every finding highlighted where it is (colour by category,
underline by severity); the finding's message, the rule's reason and the suggested rewrite appear
when the highlight is hovered, focused with the keyboard or tapped, and in the list beside the
text. A scorecard per posting gives the section outline (present and missing, reading ease and
grade per section), the gender-coding balance with its words and counts by category; a summary
table leads when several postings are reported.

The page has no script at all and a Content-Security-Policy that forbids one, and every piece of
posting text is escaped, so a posting containing ``<script>`` is shown, never run. It reads only
what a ``FileReport`` has (reports rebuilt by the result cache have no parsed Document) and the
rules' ``RuleDoc``; per-section scores come from the ``section_readability`` metric.
"""
from __future__ import annotations

from collections import Counter
from html import escape
from importlib.resources import files
from typing import Any, Iterable, TextIO

from .config import DEFAULT_REQUIRED
from .diagnostics import CATEGORIES, Diagnostic
from .report import FileReport, summarize

SEVERITIES = ("error", "warning", "info")
NONE = "<span class=\"muted\">none</span>"
#: Flesch (1948) reading-ease bands, lowest score first
EASE_BANDS = ((30, "very difficult"), (50, "difficult"), (60, "fairly difficult"), (70, "plain English"),
              (80, "fairly easy"), (90, "easy"), (1000, "very easy"))


def render_html(reports: list[FileReport], out: TextIO, *, rules: Iterable = (), **_: Any) -> None:
    docs = {r.code: r for r in rules}
    shown = list(reports)
    total = summarize(shown)
    from . import __version__

    title = (f"jdlint report: {escape(shown[0].path)}" if len(shown) == 1
             else f"jdlint report: {len(shown)} postings")
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
              "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
              # nothing on this page may run or load: a <script> in a posting is only text anyway
              "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
              "style-src 'unsafe-inline'; img-src data:\">\n"
              f"<meta name=\"generator\" content=\"jdlint {escape(__version__)}\">\n"
              f"<title>{title}</title>\n<style>\n{_css()}</style>\n</head>\n<body>\n")
    sev = total["by_severity"]
    out.write(f"<header class=\"page-head\"><h1>Job posting review</h1>\n<p class=\"totals\">"
              f"{_plural(len(shown), 'posting')} · {_plural(total['diagnostics'], 'finding')}: "
              + " · ".join(f"<span class=\"sev sev-{s}\">{sev[s]} {s}</span>" for s in SEVERITIES)
              + f" · jdlint {escape(__version__)}</p>\n{_legend()}</header>\n<main>\n")
    if len(shown) > 1:
        _summary_table(shown, out)
    for n, report in enumerate(shown, 1):
        _posting(report, f"p{n}", docs, out)
    out.write("</main>\n<footer><p>Made by jdlint. Highlights: colour = category, underline = severity "
              "(solid red: error, wavy orange: warning, dotted blue: info). Hover, tap or tab to a "
              "highlight for the reason and a suggested rewrite.</p></footer>\n</body>\n</html>\n")


def _css() -> str:
    return (files("jdlint.data") / "html_report.css").read_text("utf-8")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _legend() -> str:
    cats = sorted({_family(c) for c in CATEGORIES}, key=_FAMILY_ORDER.index)
    items = "".join(f"<li><span class=\"swatch cat-{c}\"></span>{escape(_FAMILY_LABEL[c])}</li>" for c in cats)
    sevs = "".join(f"<li><span class=\"swatch-line sev-{s}\"></span>{s}</li>" for s in SEVERITIES)
    return f"<ul class=\"legend\" aria-label=\"Colours\">{items}{sevs}</ul>"


#: colour families: every bias category shares one colour (the code tells which)
_FAMILY_ORDER = ["structure", "placeholder", "pay", "vague", "requirements", "readability", "bias", "meta"]
_FAMILY_LABEL = {"structure": "structure", "placeholder": "placeholder", "pay": "pay", "vague": "vague wording",
                 "requirements": "requirements", "readability": "readability", "bias": "possible bias",
                 "meta": "jdlint"}


def _family(category: str) -> str:
    family = category.split(".")[0]
    return family if family in _FAMILY_LABEL else "meta"


def _ease_band(score: float) -> str:
    return next(label for limit, label in EASE_BANDS if score < limit)


# -- summary -------------------------------------------------------------------------------
def _summary_table(reports: list[FileReport], out: TextIO) -> None:
    out.write("<section class=\"summary\" aria-labelledby=\"summary-title\">\n<h2 id=\"summary-title\">Summary</h2>\n"
              "<div class=\"table-wrap\"><table>\n<thead><tr><th scope=\"col\">Posting</th><th scope=\"col\">Words</th>"
              "<th scope=\"col\">Reading ease</th><th scope=\"col\">Grade</th>"
              + "".join(f"<th scope=\"col\" class=\"num\">{s.capitalize()}</th>" for s in SEVERITIES)
              + "<th scope=\"col\">Missing sections</th><th scope=\"col\">Gender coding</th></tr></thead>\n<tbody>\n")
    for n, r in enumerate(reports, 1):
        if r.error:
            out.write(f"<tr><th scope=\"row\"><a href=\"#p{n}\">{escape(r.path)}</a></th>"
                      f"<td colspan=\"8\" class=\"error-cell\">{escape(r.error)}</td></tr>\n")
            continue
        counts = Counter(str(d.severity) for d in r.diagnostics)
        read = r.metrics.get("readability") or {}
        ease, grade = read.get("flesch_reading_ease"), read.get("flesch_kincaid_grade")
        coded = r.metrics.get("gender_coded") or {}
        missing = _missing(r)
        out.write(f"<tr><th scope=\"row\"><a href=\"#p{n}\">{escape(r.path)}</a></th>"
                  f"<td class=\"num\">{r.metrics.get('words', 0)}</td>"
                  f"<td class=\"num\">{'' if ease is None else ease}</td>"
                  f"<td class=\"num\">{'' if grade is None else grade}</td>"
                  + "".join(f"<td class=\"num\"><span class=\"count sev-{s}{' zero' if not counts[s] else ''}\">"
                            f"{counts[s]}</span></td>" for s in SEVERITIES)
                  + f"<td>{escape(', '.join(missing)) or '—'}</td>"
                  f"<td>{escape(coded.get('verdict') or '—')}</td></tr>\n")
    out.write("</tbody>\n</table></div>\n</section>\n")


def _missing(report: FileReport) -> list[str]:
    found = {s.kind for s in report.sections if not s.empty}
    return [k for k in DEFAULT_REQUIRED if k not in found]


# -- one posting ---------------------------------------------------------------------------
def _posting(report: FileReport, pid: str, docs: dict, out: TextIO) -> None:
    out.write(f"<article class=\"posting\" id=\"{pid}\" aria-labelledby=\"{pid}-title\">\n"
              f"<h2 id=\"{pid}-title\">{escape(report.path)}</h2>\n")
    if report.error or report.source is None:
        out.write(f"<p class=\"error-cell\">{escape(report.error or 'not read')}</p>\n</article>\n")
        return
    text = report.source.text
    findings = list(enumerate(report.diagnostics, 1))
    inline = [(n, d) for n, d in findings if _inline(d, text)]
    whole = [(n, d) for n, d in findings if not _inline(d, text)]
    _scorecard(report, pid, out)
    out.write("<div class=\"review\">\n<section class=\"text-panel\" aria-label=\"The posting as written\">\n"
              "<h3>The posting</h3>\n")
    if whole:
        out.write("<div class=\"whole\"><h4>About the whole posting</h4><ul>\n")
        for n, d in whole:
            words = "".join(f" <a class=\"rel-link\" href=\"#{pid}-f{n}-r{k}\">{escape(text[s:e])}</a>"
                            for k, (s, e, _m) in enumerate(_related(d, text), 1))
            if words:
                words = "<br><span class=\"muted\">In the text:</span>" + words
            out.write(f"<li id=\"{pid}-f{n}\" data-finding=\"{n}\" tabindex=\"-1\" "
                      f"class=\"whole-item sev-{d.severity}\">{_badge(d)} {escape(d.message)}{words}</li>\n")
        out.write("</ul></div>\n")
    related = [(n, d) for n, d in findings if _related(d, text)]
    out.write(f"<pre class=\"source\">{_highlighted(text, inline, related, pid, docs)}</pre>\n</section>\n")
    _finding_list(findings, pid, docs, out)
    out.write("</div>\n</article>\n")


def _inline(d: Diagnostic, text: str) -> bool:
    """A finding with a span of the text is highlighted in place; a zero-width one (a missing
    section, a score of the whole posting) is listed above the text."""
    return d.end > d.start and 0 <= d.start and d.end <= len(text)


def _badge(d: Diagnostic) -> str:
    return (f"<span class=\"sev sev-{d.severity}\">{d.severity}</span> "
            f"<code class=\"code\">{escape(d.code)}</code> <span class=\"rule\">{escape(d.name)}</span>")


def _suggestion(d: Diagnostic) -> str:
    """The rewrite to offer: the fix's replacement text, else the rule's suggestions."""
    if d.fix is not None and len(d.fix.edits) == 1 and d.fix.edits[0].content:
        return f"“{d.fix.edits[0].content}”"
    return " or ".join(f"“{s}”" for s in d.suggestions[:4])


def _explanation(d: Diagnostic, docs: dict, *, fold: bool = False) -> str:
    """Message, suggested rewrite, and the rule's reason (and how to fix, when there is no
    rewrite to offer). ``fold``: the reason in a ``<details>`` (the list beside the text stays
    short; the tooltip shows it all)."""
    rule = docs.get(d.code)
    parts = [f"<span class=\"msg\">{escape(d.message)}</span>"]
    rewrite = _suggestion(d)
    if rewrite:
        parts.append(f"<span class=\"try\"><b>Try:</b> {escape(rewrite)}</span>")
    more = []
    if rule is not None and rule.doc.why:
        more.append(f"<span class=\"why\"><b>Why:</b> {escape(rule.doc.why)}</span>")
    if rule is not None and rule.doc.fix and not rewrite:
        more.append(f"<span class=\"fix\"><b>How to fix:</b> {escape(rule.doc.fix)}</span>")
    if fold and more:
        parts.append(f"<details><summary>Why{' and how to fix' if len(more) > 1 else ''}</summary>"
                     f"{''.join(more)}</details>")
    else:
        parts.extend(more)
    return "".join(parts)


def _related(d: Diagnostic, text: str) -> list[tuple[int, int, str]]:
    """The other ranges a finding is about, as (start, end, message) source spans: each word a
    posting-level finding counts (``Diagnostic.related``, where the engine provides it). A range
    that is the finding's own (D203 sits on its first word) is highlighted once, as the finding."""
    return [(s, e, m) for s, e, m in getattr(d, "related", ()) or ()
            if 0 <= s < e <= len(text) and (s, e) != (d.start, d.end)]


def _highlighted(text: str, inline: list[tuple[int, Diagnostic]], related: list[tuple[int, Diagnostic]],
                 pid: str, docs: dict) -> str:
    """The source text with one ``<mark>`` per finding, nested where findings nest, and one
    per related range of a finding (class ``rel``, ``data-related``: the words a posting-level
    finding counts).

    Findings that overlap without nesting (a long sentence and a phrase running past its end)
    cannot both be one element: the inner one is closed where the outer ends and continued in
    a second element marked ``cont``, which carries the same colour but no id, tooltip or focus.
    So each finding has exactly one focusable highlight, and every character of every span is
    coloured. Linear in the text plus findings times nesting depth.
    """
    spans: dict[tuple, tuple[int, int]] = {}  # ("f", n) or ("r", n, k) -> source span
    for n, d in inline:
        spans[("f", n)] = (d.start, d.end)
    for n, d in related:
        for k, (start, end, _message) in enumerate(_related(d, text), 1):
            spans[("r", n, k)] = (start, end)
    by_n = dict(inline) | dict(related)
    starts: dict[int, list[tuple]] = {}
    ends: dict[int, set[tuple]] = {}
    for key, (start, end) in spans.items():
        starts.setdefault(start, []).append(key)
        ends.setdefault(end, set()).add(key)
    for group in starts.values():
        group.sort(key=lambda key: (-spans[key][1], key))  # the longest opens first: it is outside

    def opening(key: tuple, first: bool) -> str:
        n = key[1]
        d = by_n[n]
        classes = f"hl cat-{_family(d.category)} sev-{d.severity}"
        if key[0] == "r":
            k = key[2]
            if not first:
                return f"<mark class=\"{classes} rel cont\" data-related=\"{n}\">"
            message = _related(d, text)[k - 1][2]
            tip = (f"<span class=\"tip\" role=\"tooltip\" id=\"{pid}-f{n}-t{k}\">{_badge(d)}"
                   f"<span class=\"msg\">{escape(message)}</span>"
                   f"<span class=\"why\"><b>Counted by:</b> {escape(d.message)}</span></span>")
            return (f"<mark class=\"{classes} rel\" id=\"{pid}-f{n}-r{k}\" data-related=\"{n}\" tabindex=\"0\" "
                    f"aria-describedby=\"{pid}-f{n}-t{k}\">{tip}")
        if not first:
            return f"<mark class=\"{classes} cont\" data-finding=\"{n}\">"
        tip = (f"<span class=\"tip\" role=\"tooltip\" id=\"{pid}-t{n}\">{_badge(d)}"
               f"{_explanation(d, docs)}</span>")
        return (f"<mark class=\"{classes}\" id=\"{pid}-f{n}\" data-finding=\"{n}\" data-n=\"{n}\" tabindex=\"0\" "
                f"aria-describedby=\"{pid}-t{n}\">{tip}")

    out: list[str] = []
    stack: list[tuple] = []
    pos = 0
    for at in sorted(set(starts) | set(ends)):
        out.append(_text(text, pos, at))
        pos = at
        closing = ends.get(at)
        if closing:
            reopen = []
            while any(key in closing for key in stack):
                key = stack.pop()
                out.append("</mark>")
                if key not in closing:
                    reopen.append(key)
            for key in reversed(reopen):
                out.append(opening(key, first=False))
                stack.append(key)
        for key in starts.get(at, ()):
            out.append(opening(key, first=True))
            stack.append(key)
    out.append(_text(text, pos, len(text)))
    out.extend("</mark>" for _ in stack)  # never left open: every end is a boundary above
    return "".join(out)


def _text(text: str, start: int, end: int) -> str:
    """``text[start:end]`` for the page: escaped, and line ends written as \\n (an HTML parser
    reads \\r\\n and \\r as \\n anyway; the page's own bytes then have one kind of line end).
    A piece ending between \\r and \\n leaves the line end to the next piece."""
    piece = text[start:end]
    if piece.endswith("\r") and text.startswith("\n", end):
        piece = piece[:-1]
    return escape(piece, quote=False).replace("\r\n", "\n").replace("\r", "\n")


def _finding_list(findings: list[tuple[int, Diagnostic]], pid: str, docs: dict, out: TextIO) -> None:
    out.write(f"<aside class=\"findings\" aria-labelledby=\"{pid}-list\">\n"
              f"<h3 id=\"{pid}-list\">{_plural(len(findings), 'finding')}</h3>\n")
    if not findings:
        out.write("<p class=\"clean\">Nothing to fix.</p>\n</aside>\n")
        return
    out.write("<ol>\n")
    for n, d in findings:
        where = f"line {d.line}" if d.end > d.start else "whole posting"
        out.write(f"<li class=\"finding sev-{d.severity}\"><a class=\"loc\" href=\"#{pid}-f{n}\" "
                  f"title=\"Show in the text\">{where}</a> <span class=\"n\">{n}</span> {_badge(d)}"
                  f"<div class=\"detail\">{_explanation(d, docs, fold=True)}</div></li>\n")
    out.write("</ol>\n</aside>\n")


# -- scorecard -----------------------------------------------------------------------------
def _scorecard(report: FileReport, pid: str, out: TextIO) -> None:
    metrics = report.metrics
    out.write(f"<section class=\"scorecard\" aria-label=\"Scorecard\">\n")
    out.write(_card("Findings", _counts(report)))
    out.write(_card("Sections", _outline(report)))
    out.write(_card("Readability", _readability(metrics)))
    out.write(_card("Gender-coded wording", _gender(metrics)))
    out.write("</section>\n")


def _card(title: str, body: str) -> str:
    return f"<div class=\"card\"><h3>{title}</h3>\n{body}</div>\n"


def _counts(report: FileReport) -> str:
    sev = Counter(str(d.severity) for d in report.diagnostics)
    cats = Counter(d.category for d in report.diagnostics)
    head = "<p class=\"sev-counts\">" + " ".join(
        f"<span class=\"count sev-{s}{' zero' if not sev[s] else ''}\">{sev[s]} {s}</span>" for s in SEVERITIES) + "</p>"
    if not cats:
        return head + "<p class=\"muted\">No findings.</p>"
    rows = "".join(f"<tr><td><span class=\"swatch cat-{_family(c)}\"></span>{escape(c)}</td><td class=\"num\">{k}</td></tr>"
                   for c, k in sorted(cats.items(), key=lambda item: (CATEGORIES.index(item[0])
                                                                      if item[0] in CATEGORIES else 99, item[0])))
    return f"{head}<table class=\"mini\"><tbody>{rows}</tbody></table>"


def _outline(report: FileReport) -> str:
    scores = {(row.get("kind"), row.get("start_line")): row
              for row in report.metrics.get("section_readability") or () if isinstance(row, dict)}
    rows = []
    for s in report.sections:
        row = scores.get((s.kind, s.line), {})
        ease, grade = row.get("flesch_reading_ease"), row.get("flesch_kincaid_grade")
        heading = f"“{escape(s.heading)}”" if s.heading else f"<span class=\"muted\">found by {escape(s.found_by)}</span>"
        empty = " <span class=\"sev sev-warning\">empty</span>" if s.empty else ""
        rows.append(f"<tr><td class=\"num\">{s.line}</td><td><b>{escape(s.kind)}</b>{empty}<br>{heading}</td>"
                    f"<td class=\"num\" title=\"{'' if ease is None else escape(_ease_band(ease))}\">"
                    f"{'—' if ease is None else ease}</td><td class=\"num\">{'—' if grade is None else grade}</td></tr>")
    missing = _missing(report)
    found = "".join(rows) or "<tr><td colspan=\"4\" class=\"muted\">No sections found.</td></tr>"
    table = ("<table class=\"mini outline\"><thead><tr><th scope=\"col\">Line</th><th scope=\"col\">Section</th>"
             "<th scope=\"col\" title=\"Flesch reading ease: higher is easier\">Ease</th>"
             f"<th scope=\"col\" title=\"Flesch-Kincaid grade\">Grade</th></tr></thead><tbody>{found}</tbody></table>")
    gaps = ("<p class=\"missing\"><b>Missing:</b> " + " ".join(f"<span class=\"chip\">{escape(k)}</span>" for k in missing)
            + "</p>") if missing else "<p class=\"ok\">Every usual section is there.</p>"
    return table + gaps


def _readability(metrics: dict) -> str:
    read = metrics.get("readability") or {}
    ease, grade = read.get("flesch_reading_ease"), read.get("flesch_kincaid_grade")
    rows = [("Words", metrics.get("words", 0)), ("Sentences", metrics.get("sentences", 0))]
    if ease is not None:
        rows.append(("Reading ease", f"{ease} ({_ease_band(ease)})"))
    if grade is not None:
        rows.append(("Grade", grade))
    if read.get("bullet_share") is not None:
        rows.append(("In bullets", f"{round(100 * read['bullet_share'])}%"))
    if read.get("passive_share") is not None:
        rows.append(("Passive sentences", f"{round(100 * read['passive_share'])}%"))
    body = "".join(f"<tr><th scope=\"row\">{k}</th><td class=\"num\">{escape(str(v))}</td></tr>" for k, v in rows)
    return f"<table class=\"mini\"><tbody>{body}</tbody></table>"


def _gender(metrics: dict) -> str:
    coded = metrics.get("gender_coded")
    if not coded:
        return "<p class=\"muted\">Not measured.</p>"
    masc, fem = int(coded.get("masculine", 0)), int(coded.get("feminine", 0))
    total = masc + fem
    share = 50 if not total else round(100 * masc / total)
    bar = (f"<div class=\"balance\" role=\"img\" aria-label=\"{masc} masculine-coded and {fem} feminine-coded words\">"
           f"<span class=\"masc\" style=\"width:{share}%\"></span><span class=\"fem\" style=\"width:{100 - share}%\">"
           "</span></div>")
    words = []
    for side, key in (("masculine", "masculine_words"), ("feminine", "feminine_words")):
        counted = Counter(coded.get(key) or ())
        listed = ", ".join(f"{escape(w)}{f' ×{k}' if k > 1 else ''}" for w, k in counted.most_common())
        listed = listed or NONE
        words.append(f"<p class=\"{side[:4]}-words\"><b>{side.capitalize()} ({sum(counted.values())}):</b> "
                     f"{listed}</p>")
    verdict = escape(coded.get("verdict") or "neutral")
    return f"<p class=\"verdict\">{verdict}</p>{bar}{''.join(words)}"
