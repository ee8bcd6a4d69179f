"""``--format html``: the page a recruiter opens, checked as markup and in a real browser.

The browser tests drive Debian's ``chromium`` through Playwright (``executable_path``, never a
downloaded browser). They are skipped only when no chromium is installed (``.ci/run`` installs it
with apt-get); they save a screenshot under pytest's temporary folder.
"""
from __future__ import annotations

import io
import json
import os
import re
import shutil
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path

import pytest

import jdlint
from jdlint.diagnostics import Diagnostic, Severity
from jdlint.document import Section
from jdlint.engine import FileReport
from jdlint.formatters import render
from jdlint.source import SourceFile

from conftest import ROOT, run_cli

POSTINGS = ROOT / "examples" / "postings"
# Written for this test: markup that must be shown, never run, inside findings (a long sentence, a
# gendered title, coded words) and CRLF line ends.
HOSTILE = ("Night porter\r\n\r\nWe want a young salesman <script>window.__jdlint_ran = 1</script> "
           "who is a rockstar and competitive <img src=x onerror=\"window.__jdlint_ran = 2\"> "
           "and who will utilize our booking system in order to plan every room, answer the phone, "
           "greet the guests who arrive late at night, and keep the lobby tidy while the manager is "
           "away, which happens most weekends and on public holidays.\r\n")


def _html(reports, rules=()) -> str:
    out = io.StringIO()
    render("html", reports, out, rules=list(rules))
    return out.getvalue()


def _normal(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _shown(text: str, start: int, end: int) -> str:
    """What a highlight of text[start:end] shows: a span ending between \\r and \\n leaves the
    line end to the text after it."""
    piece = text[start:end]
    if piece.endswith("\r") and text.startswith("\n", end):
        piece = piece[:-1]
    return _normal(piece)


class _Page(HTMLParser):
    """Per posting: the text of ``pre.source`` without tooltips, and per finding the text of its
    highlight pieces, ids of first pieces and how many there are."""

    VOID = {"meta", "br", "img", "input", "link", "hr", "col", "wbr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.postings: list[dict] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        if tag == "article":
            self.postings.append({"id": a["id"], "text": [], "pieces": {}, "first": [], "scorecard": False,
                                  "related": {}, "related_text": {}})
        if "scorecard" in (a.get("class") or "").split():
            self.postings[-1]["scorecard"] = True
        if tag == "mark" and "data-related" in a:
            n = int(a["data-related"])
            self.postings[-1]["related"].setdefault(n, []).append(("cont" not in a["class"].split(), a.get("id")))
        if tag == "mark" and "data-finding" in a:
            n = int(a["data-finding"])
            self.postings[-1]["pieces"].setdefault(n, [])
            if "cont" not in a["class"].split():
                self.postings[-1]["first"].append((n, a.get("id"), a.get("tabindex"), a.get("aria-describedby")))
        if tag not in self.VOID:
            self.stack.append((tag, a))

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1][0] == tag, (tag, self.stack[-3:])
        self.stack.pop()

    def handle_data(self, data):
        if any("tip" in a.get("class", "").split() for _, a in self.stack):
            return
        if any(t == "pre" for t, _ in self.stack):
            self.postings[-1]["text"].append(data)
            for tag, a in self.stack:
                if tag == "mark" and "data-finding" in a:
                    self.postings[-1]["pieces"][int(a["data-finding"])].append(data)
                if tag == "mark" and "data-related" in a:
                    self.postings[-1]["related_text"].setdefault(int(a["data-related"]), []).append(data)


def _parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    assert not parser.stack
    return parser


def _check_highlights(page: str, reports: list[FileReport]) -> None:
    parsed = _parse(page)
    assert len(parsed.postings) == len(reports)
    for posting, report in zip(parsed.postings, reports):
        text = report.source.text
        assert "".join(posting["text"]) == _normal(text)  # shown as written
        assert posting["scorecard"]
        inline = {n: d for n, d in enumerate(report.diagnostics, 1) if d.end > d.start}
        firsts = [n for n, *_ in posting["first"]]
        assert sorted(firsts) == sorted(inline)  # every finding highlighted exactly once
        for n, ident, tabindex, described in posting["first"]:
            assert ident == f"{posting['id']}-f{n}" and tabindex == "0" and described == f"{posting['id']}-t{n}"
        for n, d in inline.items():
            assert d.match in ("", text[d.start:d.end])
            assert "".join(posting["pieces"][n]) == _shown(text, d.start, d.end), (n, d.code)


# -- markup (no browser) -------------------------------------------------------------------
def test_every_finding_is_highlighted_once_over_its_exact_text(tmp_path):
    reports = [jdlint.lint_text(HOSTILE, "porter.txt"),
               jdlint.lint_text((POSTINGS / "notify-developer.md").read_text("utf-8"), "notify-developer.md")]
    assert {"D101", "R104", "V108"} <= {d.code for d in reports[0].diagnostics}
    _check_highlights(_html(reports), reports)


def test_markup_in_a_posting_is_text():
    page = _html([jdlint.lint_text(HOSTILE, "porter.txt")])
    assert "&lt;script&gt;window.__jdlint_ran = 1&lt;/script&gt;" in page
    assert '&lt;img src=x onerror="window.__jdlint_ran = 2"&gt;' in page
    assert "<script" not in page.lower()
    assert not re.search(r"<img\b", page)
    # nothing on the page loads anything: no scripts, links, images or imports, and a CSP says so
    assert not re.search(r"<(script|link|iframe|object|embed|img)\b|@import|url\(", page, re.I)
    assert "default-src 'none'" in page


def _report(text: str, spans: list[tuple[int, int, str]]) -> FileReport:
    src = SourceFile("t.md", text, "markdown")
    diags = []
    for start, end, code in spans:
        line, col = src.index.position(start)
        end_line, end_col = src.index.position(end)
        diags.append(Diagnostic(code, f"rule-{code.lower()}", "vague", Severity.warning, f"message {code}", "t.md",
                                start, end, line, col, end_line, end_col, match=text[start:end]))
    return FileReport("t.md", diags, [], {"words": 3, "sentences": 1}, source=src)


@pytest.mark.parametrize("spans", [
    [(0, 20, "A"), (5, 9, "B")],                     # nested
    [(0, 10, "A"), (5, 15, "B")],                    # overlapping: B continues after A ends
    [(0, 10, "A"), (5, 15, "B"), (8, 20, "C")],      # a chain of overlaps
    [(3, 8, "A"), (3, 8, "B"), (3, 12, "C")],        # same start: the longest outside
    [(0, 4, "A"), (4, 8, "B"), (6, 6, "Z")],         # adjacent, and one without a span
    [(0, 21, "A"), (2, 4, "B"), (10, 19, "C"), (12, 21, "D")],
])
def test_overlapping_findings_nest_and_continue(spans):
    text = "abc <de> fgh & ijk\r\nlm"
    report = _report(text, spans)
    page = _html([report])
    _check_highlights(page, [report])
    parsed = _parse(page)
    conts = page.count(" cont\"")
    nested_only = all(not (s1 < s2 < e1 < e2) for s1, e1, _ in spans for s2, e2, _ in spans)
    assert (conts == 0) == nested_only
    assert parsed.postings[0]["pieces"].keys() == {n for n, (s, e, _) in enumerate(spans, 1) if e > s}


@dataclass(frozen=True)
class _WithRelated(Diagnostic):
    """A posting-level finding with related ranges, as the engine's gender-coded balance (D203)
    reports them (``Diagnostic.related``: (start, end, message) source spans)."""

    related: tuple = ()


def test_related_ranges_of_a_posting_level_finding_are_highlighted_and_linked():
    text = "# Chef\n\nWe want a competitive, ambitious cook who leads <b>the</b> team.\n"
    words = [(text.index(w), text.index(w) + len(w), f"'{w}' is masculine-coded") for w in ("competitive", "ambitious")]
    words.append((text.index("leads"), text.index("leads") + len("leads <b>the"), "a span across markup"))
    report = _report(text, [(text.index("cook"), text.index("cook") + 4, "V999")])
    balance = _WithRelated("D203", "gender-coded-wording", "bias.gender-coded", Severity.info, "masculine-coded",
                           "t.md", 0, 0, 1, 1, 1, 1, related=tuple(words) + ((5, 999, "out of range"),))
    report.diagnostics.append(balance)
    page = _html([report])
    _check_highlights(page, [report])  # the related pieces are not findings' highlights
    parsed = _parse(page).postings[0]
    firsts = [ident for first, ident in parsed["related"][2] if first]
    assert firsts == ["p1-f2-r1", "p1-f2-r2", "p1-f2-r3"]  # the out-of-range one is left out
    assert "".join(parsed["related_text"][2]) == "competitiveambitiousleads <b>the"
    for k in (1, 2, 3):
        assert f'href="#p1-f2-r{k}"' in page  # linked from the whole-posting list
    assert "&#x27;competitive&#x27; is masculine-coded" in page


def test_the_scorecard_reads_the_report(tmp_path):
    report = jdlint.lint_text((POSTINGS / "infrastructure-developer.md").read_text("utf-8"),
                              "infrastructure-developer.md")
    page = _html([report])
    rows = report.metrics["section_readability"]
    assert [(r["kind"], r["start_line"]) for r in rows] == [(s.kind, s.line) for s in report.sections]
    for section, row in zip(report.sections, rows):
        assert re.search(rf"<td class=\"num\">{section.line}</td><td><b>{section.kind}</b>", page)
        if "flesch_reading_ease" in row:
            assert f">{row['flesch_reading_ease']}</td><td class=\"num\">{row['flesch_kincaid_grade']}</td>" in page
    assert "<b>Missing:</b>" in page and "<span class=\"chip\">pay</span>" in page
    coded = report.metrics["gender_coded"]
    for word in coded["masculine_words"] + coded["feminine_words"]:
        assert word in page
    for d in report.diagnostics:
        assert d.category in page


def test_rule_explanations_come_from_the_registry(tmp_path):
    page = run_cli("--isolated", "--no-cache", "-f", "html", str(POSTINGS / "notify-developer.md")).stdout
    from jdlint.engine import Linter

    registry = Linter(isolated=True).plan_for(Linter(isolated=True).config_for(".")).registry
    from html import escape

    assert escape(registry.find("Q103").doc.why) in page
    assert escape(registry.find("S104").doc.why) in page


def test_several_postings_get_a_summary_table(tmp_path):
    out = tmp_path / "report.html"
    r = run_cli("--isolated", "--no-cache", "-f", "html", "-o", str(out), str(POSTINGS))
    assert r.returncode == 1, r.stderr
    page = out.read_text("utf-8")
    assert page.count("<tr><th scope=\"row\"><a href=\"#p") == 2
    assert "notify-developer.md" in page and "infrastructure-developer.md" in page


def test_a_cached_report_renders_the_same_page(tmp_path):
    env = {"JDLINT_CACHE_DIR": str(tmp_path / "cache")}
    first = run_cli("--isolated", "-f", "html", str(POSTINGS), env=env).stdout
    again = run_cli("--isolated", "-f", "html", str(POSTINGS), env=env).stdout
    assert any((tmp_path / "cache").rglob("*")) and first == again


def test_a_file_that_cannot_be_read_is_reported(tmp_path):
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"\xff\xfe\x00bad")
    ok = tmp_path / "ok.md"
    ok.write_text("# Cook\n\nYou cook.\n", encoding="utf-8")
    r = run_cli("--isolated", "--no-cache", "-f", "html", str(bad), str(ok))
    page = r.stdout
    assert r.returncode == 2 and "bad.md" in r.stderr
    assert page.count("<article") == 2 and page.count("class=\"error-cell\"") == 2  # summary row and article
    assert len(_parse(page).postings) == 2


# -- a real browser ------------------------------------------------------------------------
CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-sync"]


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if CHROMIUM is None:
        pytest.skip("no chromium browser installed (apt-get install chromium; .ci/run does this)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is a test dependency: pip install '.[test]'")
    profile = tmp_path_factory.mktemp("chromium-profile")  # empty: --user-data-dir
    with sync_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(str(profile), executable_path=CHROMIUM, headless=True,
                                                       args=FLAGS, viewport={"width": 1280, "height": 900})
        try:
            yield context
        finally:
            context.close()


@pytest.fixture(scope="module")
def report_page(tmp_path_factory):
    folder = tmp_path_factory.mktemp("postings")
    (folder / "porter.txt").write_text(HOSTILE, encoding="utf-8", newline="")
    for p in POSTINGS.glob("*.md"):
        shutil.copy(p, folder / p.name)
    out = tmp_path_factory.mktemp("report") / "report.html"
    r = run_cli("--isolated", "--no-cache", "-f", "html", "-o", str(out), str(folder))
    assert r.returncode == 1, r.stderr
    data = json.loads(run_cli("--isolated", "--no-cache", "-f", "json", str(folder)).stdout)
    return out, data


def _open(browser, path):
    page = browser.new_page()
    problems = []
    page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(path.as_uri())
    return page, problems


def test_in_chromium_every_finding_is_highlighted_once(browser, report_page, tmp_path):
    path, data = report_page
    page, problems = _open(browser, path)
    found = page.evaluate("""() => [...document.querySelectorAll('article.posting')].map(a => {
        const pre = a.querySelector('pre.source').cloneNode(true);
        pre.querySelectorAll('.tip').forEach(e => e.remove());
        return {first: [...a.querySelectorAll('pre.source mark.hl[data-finding]:not(.cont)')].map(m => m.dataset.finding),
                text: pre.textContent,
                scorecard: !!a.querySelector('.scorecard .outline'),
                listed: a.querySelectorAll('.findings li.finding').length};
    })""")
    assert len(found) == len(data["files"]) == 3
    for got, file in zip(found, data["files"]):
        diags = file["diagnostics"]
        inline = {str(n): d for n, d in enumerate(diags, 1) if d["offset"]["end"] > d["offset"]["start"]}
        assert sorted(got["first"], key=int) == sorted(inline, key=int)
        assert got["scorecard"] and got["listed"] == len(diags)
        text = _normal(Path(file["path"]).read_bytes().decode("utf-8"))
        assert got["text"] == text
    for i, file in enumerate(data["files"]):
        raw = Path(file["path"]).read_bytes().decode("utf-8")  # offsets count the \r of \r\n
        for n, d in enumerate(file["diagnostics"], 1):
            if d["offset"]["end"] > d["offset"]["start"]:
                got = page.evaluate("""([i, n]) => {
                    const a = document.querySelectorAll('article.posting')[i];
                    return [...a.querySelectorAll(`pre.source mark.hl[data-finding="${n}"]`)].map(m => {
                        const c = m.cloneNode(true); c.querySelectorAll('.tip').forEach(e => e.remove());
                        return c.textContent; }).join(''); }""", [i, n])
                assert got == _shown(raw, d["offset"]["start"], d["offset"]["end"]), (file["path"], d["code"])
    assert page.evaluate("() => window.__jdlint_ran") is None  # the <script> posting never ran
    assert sum("<script>window.__jdlint_ran = 1</script>" in f["text"] for f in found) == 1  # shown
    assert page.evaluate("() => document.scripts.length") == 0
    assert problems == []
    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    page.close()


def test_in_chromium_a_finding_explains_itself_on_focus_not_only_hover(browser, report_page):
    path, data = report_page
    page, problems = _open(browser, path)
    first = page.locator("mark.hl[data-finding]:not(.cont)").first
    tip = page.locator(f"#{first.get_attribute('aria-describedby')}")
    assert not tip.is_visible()
    page.keyboard.press("Tab")  # the first focusable thing on the page
    for _ in range(50):
        if page.evaluate("() => document.activeElement.matches('mark.hl')"):
            break
        page.keyboard.press("Tab")
    active = page.evaluate("() => document.activeElement.getAttribute('aria-describedby')")
    assert active and page.locator(f"#{active}").is_visible()
    text = page.locator(f"#{active}").inner_text()
    assert "Why:" in text or "How to fix:" in text or "Try:" in text
    # a link in the findings list shows that finding's explanation in the text (tap or click)
    link = page.locator(".findings a.loc[href$='-f1']").first
    target = link.get_attribute("href")
    link.click()
    assert page.evaluate("(id) => location.hash === id", target)
    # hovering an inner highlight shows its own explanation only, not its outer one's
    page.evaluate("() => { location.hash = ''; document.activeElement.blur(); }")
    inner = page.locator("mark.hl mark.hl[data-finding]:not(.cont)").first
    assert inner.count()  # the porter's long sentence holds other findings
    inner.hover()
    shown = page.evaluate("() => [...document.querySelectorAll('.tip')]"
                          ".filter(t => getComputedStyle(t).display !== 'none').map(t => t.id)")
    assert shown == [inner.get_attribute("aria-describedby")]
    assert problems == []
    page.close()


def test_in_chromium_the_print_stylesheet_shows_the_list_under_the_text(browser, report_page, tmp_path):
    path, _ = report_page
    page, problems = _open(browser, path)
    page.emulate_media(media="print")
    assert page.evaluate("() => getComputedStyle(document.querySelector('.review')).display") == "block"
    assert page.evaluate("() => getComputedStyle(document.querySelector('.findings')).position") == "static"
    assert page.evaluate("() => getComputedStyle(document.querySelector('mark.hl:not(.cont)'), '::after').content") != "none"
    pdf = page.pdf(path=str(tmp_path / "report.pdf"))
    assert pdf[:4] == b"%PDF"
    assert problems == []
    page.close()
