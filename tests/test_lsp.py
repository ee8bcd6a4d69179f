"""The language server's core (``jdlint.lsp.Session``) in-process: positions in protocol units,
diagnostics, code actions that really silence or fix a finding, hover, configuration by folder,
and any text survived. The protocol itself is tested over stdio in test_lsp_stdio.py."""
from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("lsprotocol")
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lsprotocol import types as T

from jdlint import api
from jdlint.config import Config
from jdlint.diagnostics import Diagnostic, Severity
from jdlint.lsp import Positions, Result, Session, document_kind, uri_to_path

URI = "untitled:Untitled-1"


def units(text: str, offset: int, encoding: str) -> tuple[int, int]:
    """The plain definition: line by counting breaks, column by encoding the line's prefix."""
    line = 0
    start = 0
    i = 0
    while i < offset:
        c = text[i]
        if c == "\r" and i + 1 < len(text) and text[i + 1] == "\n":
            if i + 1 < offset:
                i += 2
                line, start = line + 1, i
                continue
            break  # inside a CRLF: the column of the \r
        if c in "\r\n":
            line, start = line + 1, i + 1
        i += 1
    prefix = text[start:offset]
    if encoding == "utf-16":
        return line, len(prefix.encode("utf-16-le", "surrogatepass")) // 2
    if encoding == "utf-8":
        return line, len(prefix.encode("utf-8", "surrogatepass"))
    return line, len(prefix)


TEXTS = st.text(alphabet=st.sampled_from(list("ab \r\n\t#*-é€😀👩‍🔬\u2028\ufeff<>")), max_size=60)


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.data(), st.sampled_from(["utf-16", "utf-8", "utf-32"]))
def test_positions_match_the_plain_definition_both_ways(text, data, encoding):
    positions = Positions(text, encoding)
    offset = data.draw(st.integers(0, len(text)))
    if offset and text[offset - 1:offset + 1] == "\r\n":
        offset -= 1  # inside a line break is not a position
    p = positions.position(offset)
    assert (p.line, p.character) == units(text, offset, encoding)
    assert positions.offset(p) == offset


def test_emoji_and_crlf_columns():
    text = "😀 rockstar\r\nsecond 👩‍🔬 line\r\n"
    p = Positions(text)
    assert p.range(2, 10) == T.Range(start=T.Position(line=0, character=3), end=T.Position(line=0, character=11))
    word = text.index("line")
    assert p.position(word) == T.Position(line=1, character=len("second 👩‍🔬 ".encode("utf-16-le")) // 2)
    assert p.offset(T.Position(line=0, character=99)) == text.index("\r")  # past the end: line end
    assert p.offset(T.Position(line=0, character=1)) == 1  # half an emoji: the character after
    assert p.offset(T.Position(line=9, character=0)) == len(text)


@pytest.fixture(scope="module")
def session():
    return Session(root=None)


POSTING = ("# Rockstar developer 😀\r\n\r\n😀 We need a young, energetic salesman to join us.\r\n\r\n"
           "We are an equal opportunity employer and welcome applicants regardless of age.\r\n")


def _apply(text: str, positions: Positions, edits: list[T.TextEdit]) -> str:
    spans = sorted(((positions.offset(e.range.start), positions.offset(e.range.end), e.new_text) for e in edits),
                   reverse=True)
    for start, end, new in spans:
        text = text[:start] + new + text[end:]
    return text


def _find(result: Result, code: str) -> T.Diagnostic:
    return next(d for d in result.diagnostics if d.code == code)


def test_diagnostics_carry_protocol_ranges_and_metadata(session):
    result = session.lint(URI, POSTING, "markdown")
    d = _find(result, "D101")  # 'salesman', the one after the emoji on line 2
    line = POSTING.split("\r\n")[2]
    col = len(line[:line.index("salesman")].encode("utf-16-le")) // 2
    assert d.range == T.Range(
        start=T.Position(line=2, character=col), end=T.Position(line=2, character=col + len("salesman")))
    assert d.source == "jdlint" and d.code_description.href.startswith("http")
    severities = {x.code: x.severity for x in result.diagnostics}
    report = {x.code: x.severity for x in result.report.diagnostics}
    mapping = {Severity.error: T.DiagnosticSeverity.Error, Severity.warning: T.DiagnosticSeverity.Warning,
               Severity.info: T.DiagnosticSeverity.Information}
    assert severities == {code: mapping[s] for code, s in report.items()}
    assert T.DiagnosticSeverity.Information in severities.values()  # S110 (missing sections) is info


def test_no_diagnostics_for_what_is_not_a_posting(session):
    assert session.lint("file:///tmp/x/.jdlint.yaml", "select: [ALL]\n", "yaml") is None
    assert session.lint("file:///tmp/x/app.py", "salesman = 1\n", "python") is None
    assert document_kind("file:///tmp/ad.txt", "markdown") == "text"  # the suffix decides, as in the CLI
    assert document_kind("untitled:Untitled-2", "html") == "html"


@pytest.mark.parametrize("language,text", [
    ("markdown", POSTING),
    ("plaintext", POSTING.replace("# ", "")),
    ("html", "<h1>Rockstar salesman</h1>\r\n<p>We need a young, energetic salesman 😀.</p>\r\n"),
    ("markdown", "---\r\ntitle: Rockstar salesman\r\n---\r\n\r\nWe need a salesman 😀.\r\n"),
    ("markdown", "\ufeffWe need a salesman 😀."),  # a byte-order mark, no final newline
])
def test_disable_actions_silence_exactly_that_finding(session, language, text):
    result = session.lint(URI, text, language)
    targets = [d for d in result.diagnostics if d.code in ("D101", "V101", "D303", "S110")]
    assert len(targets) >= 2
    for target in targets:
        actions = session.code_actions(result, target.range)
        titles = [a.title for a in actions]
        front_matter = text.startswith("---") and target.range.start.line <= 2
        for scope in ("file",) if front_matter else ("line", "file"):
            action = next(a for a in actions if a.title == f"Disable {target.code} for this {scope}")
            assert action.kind == T.CodeActionKind.QuickFix and action.diagnostics
            fixed = _apply(text, result.positions, action.edit.changes[URI])
            after = session.lint(URI, fixed, language)
            remaining = [(d.code, d.range.start.line) for d in after.diagnostics]
            assert (target.code, target.range.start.line) not in remaining, (scope, fixed)
            others = sorted((d.code, d.range.start.line) for d in result.diagnostics if d.code != target.code)
            kept = sorted((c, line) for c, line in remaining if c != target.code)
            if scope == "line":  # nothing else moved or vanished (the comment is not prose)
                assert kept == others, fixed
        assert len([t for t in titles if t.endswith("for this file")]) == len(
            {(d.code, d.range.start.line) for d in result.diagnostics if _touches(d.range, target.range)})
        if front_matter:  # a comment there would break the YAML
            assert not [t for t in titles if t.endswith("for this line")]


def _touches(a: T.Range, b: T.Range) -> bool:
    key = lambda p: (p.line, p.character)
    return key(a.start) <= key(b.end) and key(a.end) >= key(b.start)


def test_a_fix_is_a_quick_fix_and_unsafe_ones_say_so(session):
    text = "# Chef\r\n\r\nWe serve a banana split 😀 and a rockstar.\r\n"
    pack = str(Path(__file__).parent / "fixtures" / "packs" / "testpack.yaml")
    session._configs[None] = Config(rule_packs=(pack,), select=("ZZ101",))
    try:
        result = session.lint(URI, text, "markdown")
    finally:
        session._configs.clear()
    d = _find(result, "ZZ101")
    (action,) = [a for a in session.code_actions(result, d.range) if not a.title.startswith("Disable")]
    assert "unsafe" in action.title and "ZZ101" in action.title and not action.is_preferred
    assert _apply(text, result.positions, action.edit.changes[URI]) == text.replace("banana split", "sundae")


def test_suggestions_become_unsafe_replacements(session):
    result = session.lint(URI, POSTING, "markdown")
    d = [x for x in result.diagnostics if x.code == "D101"][-1]
    finding = next(f for f in result.report.diagnostics if f.code == "D101" and result.range(f.start, f.end) == d.range)
    actions = [a for a in session.code_actions(result, d.range) if not a.title.startswith("Disable")]
    expected = finding.fix.edits if finding.fix else [s for s in finding.suggestions if s != finding.match]
    assert actions and len(actions) == (1 if finding.fix else len(expected))
    fixed = _apply(POSTING, result.positions, actions[0].edit.changes[URI])
    assert "salesman to join" not in fixed and fixed.count("\r\n") == POSTING.count("\r\n")


def test_hover_explains_the_rule(session):
    result = session.lint(URI, POSTING, "markdown")
    d = [x for x in result.diagnostics if x.code == "D303"][0]
    inside = T.Position(line=d.range.start.line, character=d.range.start.character + 2)
    hover = session.hover(result, inside)
    value = hover.contents.value
    assert hover.contents.kind == T.MarkupKind.Markdown and hover.range == d.range
    for part in ("D303", "What it flags", "Why it matters", "How to fix"):
        assert part in value
    assert session.hover(result, T.Position(line=4, character=3)) is None  # the EEO line: nothing
    start = session.hover(result, T.Position(line=0, character=0)).contents.value  # posting-level ones
    assert start.count("What it flags") == 3 < start.count("**S1")


def test_related_locations_become_related_information(session):
    result = session.lint(URI, POSTING, "markdown")
    start = POSTING.index("young")
    related = ((start, start + 5), (POSTING.index("energetic"), POSTING.index("energetic") + 9, "energetic"))

    class WithRelated:  # what a posting-level finding with per-word ranges looks like
        def __getattr__(self, name):
            return related if name == "related" else getattr(base, name)

    base = Diagnostic("D201", "x", "bias.gender-coded", Severity.info, "m", URI, 0, 0)
    lsp = session._to_lsp(result, WithRelated())
    assert [r.message for r in lsp.related_information] == ["young", "energetic"]
    assert lsp.related_information[0].location.range == result.range(start, start + 5)
    assert session._to_lsp(result, base).related_information is None


def test_the_nearest_config_file_of_the_folder_applies_and_bad_ones_say_so_once(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / ".jdlint.yaml").write_text("ignore: [D101]\n", encoding="utf-8")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / ".jdlint.yaml").write_text("ignore: [NOPE999]\n", encoding="utf-8")
    session = Session(root=str(tmp_path))
    uri = lambda folder: (tmp_path / folder / "ad.md").as_uri()
    codes = lambda r: {d.code for d in r.diagnostics}
    assert "D101" not in codes(session.lint(uri("a"), POSTING, "markdown"))
    assert "D101" in codes(session.lint(URI, POSTING, "markdown"))  # untitled: the root's (none)
    bad = session.lint(uri("b"), POSTING, "markdown")
    assert bad.diagnostics == [] and len(bad.messages) == 1 and "NOPE999" in bad.messages[0]
    stale = session.lint(uri("b"), POSTING + "y", "markdown")  # never published: uses up nothing
    assert session.news(bad) == bad.messages
    assert session.news(session.lint(uri("b"), POSTING + "x", "markdown")) == []  # once
    assert stale.messages == bad.messages
    (tmp_path / "b" / ".jdlint.yaml").write_text("ignore: [V101]\n", encoding="utf-8")
    session.config_changed()
    fixed = session.lint(uri("b"), POSTING, "markdown")
    assert "V101" not in codes(fixed) and "D101" in codes(fixed)
    assert session.is_config_file((tmp_path / "b" / ".jdlint.yaml").as_uri())
    assert not session.is_config_file(uri("b"))


def test_a_broken_rule_pack_is_one_message(tmp_path):
    (tmp_path / "pack.yaml").write_text("rules: [oops\n", encoding="utf-8")
    (tmp_path / ".jdlint.yaml").write_text("rule-packs: [pack.yaml]\n", encoding="utf-8")
    session = Session()
    result = session.lint((tmp_path / "ad.md").as_uri(), POSTING, "markdown")
    assert result.diagnostics == [] and len(session.news(result)) == 1 and "pack.yaml" in result.messages[0]
    assert session.is_config_file((tmp_path / "pack.yaml").as_uri())
    api.forget()


def test_the_negotiated_encoding_is_used_by_its_value():
    from jdlint.lsp import encoding_name

    assert [encoding_name(k) for k in (T.PositionEncodingKind.Utf8, T.PositionEncodingKind.Utf16,
                                       T.PositionEncodingKind.Utf32, None, "utf-8")] == \
        ["utf-8", "utf-16", "utf-32", "utf-16", "utf-8"]
    assert Positions("é😀x", encoding_name(T.PositionEncodingKind.Utf8)).position(2).character == 6


def test_uri_to_path():
    assert uri_to_path("file:///tmp/a%20b/ad.md") == "/tmp/a b/ad.md"
    assert uri_to_path("untitled:Untitled-1") is None


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300) | st.builds(lambda a, b: a + POSTING + b, st.text(max_size=20), st.text(max_size=20)),
       language=st.sampled_from(["markdown", "plaintext", "html"]), encoding=st.sampled_from(["utf-16", "utf-8"]))
def test_any_text_gives_well_formed_answers(session, text, language, encoding):
    result = session.lint(URI, text, language, encoding)
    positions = result.positions
    end = positions.position(len(text))
    key = lambda p: (p.line, p.character)
    for d in result.diagnostics:
        assert key(d.range.start) <= key(d.range.end) <= key(end)
    whole = T.Range(start=T.Position(line=0, character=0), end=end)
    for action in session.code_actions(result, whole):
        _apply(text, positions, action.edit.changes[URI])
    for d in result.diagnostics[:5]:
        assert session.hover(result, d.range.start) is not None


def test_the_vscode_extension_is_complete_and_covers_what_the_server_lints():
    import json
    import re

    folder = Path(__file__).resolve().parent.parent / "editors" / "vscode"
    manifest = json.loads((folder / "package.json").read_text(encoding="utf-8"))
    script = (folder / manifest["main"]).read_text(encoding="utf-8")
    languages = {e.split(":", 1)[1] for e in manifest["activationEvents"] if e.startswith("onLanguage:")}
    assert languages == set(re.search(r"const languages = \[(.*?)\]", script).group(1).replace('"', "").replace(" ", "").split(","))
    assert all(document_kind(URI, language) for language in languages)
    assert manifest["contributes"]["configuration"]["properties"]["jdlint.command"]["default"] == ["jdlint", "lsp"]
    assert "vscode-languageclient" in manifest["dependencies"]
