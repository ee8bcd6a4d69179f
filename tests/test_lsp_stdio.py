"""``python -m jdlint lsp`` end to end: a real client (pygls's) starts the server as a subprocess
and talks the protocol over its stdin/stdout, as an editor does."""
from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest

pytest.importorskip("pygls")
from lsprotocol import types as T
from pygls.lsp.client import LanguageClient

from conftest import ROOT, run_cli

TIMEOUT = 60  # seconds for any one answer: spaCy starts in a few on a loaded machine

POSTING = ("# Rockstar developer 😀\r\n\r\n"
           "😀 We need a young, energetic salesman to join us.\r\n\r\n"
           "We are an equal opportunity employer and welcome applicants regardless of age.\r\n")


class Editor:
    """A pygls client that records what the server sends on its own."""

    def __init__(self) -> None:
        self.client = LanguageClient("jdlint-test", "1")
        self.published: list[T.PublishDiagnosticsParams] = []
        self.messages: list[T.ShowMessageParams] = []
        self.registrations: list[T.Registration] = []
        self._arrived = asyncio.Event()

        @self.client.feature(T.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def diagnostics(params):
            self.published.append(params)
            self._arrived.set()

        @self.client.feature(T.WINDOW_SHOW_MESSAGE)
        def show(params):
            self.messages.append(params)
            self._arrived.set()

        @self.client.feature(T.CLIENT_REGISTER_CAPABILITY)
        def register(params):
            self.registrations.extend(params.registrations)

        @self.client.feature(T.WINDOW_LOG_MESSAGE)
        def log(params):
            pass

    async def start(self, root: Path) -> T.InitializeResult:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        await self.client.start_io(sys.executable, "-m", "jdlint", "lsp", cwd=str(root), env=env)
        caps = T.ClientCapabilities(workspace=T.WorkspaceClientCapabilities(
            did_change_watched_files=T.DidChangeWatchedFilesClientCapabilities(dynamic_registration=True)))
        result = await asyncio.wait_for(self.client.initialize_async(T.InitializeParams(
            capabilities=caps, root_uri=root.as_uri(), initialization_options={"debounce": 0.3},
            workspace_folders=[T.WorkspaceFolder(uri=root.as_uri(), name="postings")])), TIMEOUT)
        self.client.initialized(T.InitializedParams())
        return result

    async def diagnostics_for(self, uri: str, version: int | None = None, after: int = 0) -> T.PublishDiagnosticsParams:
        """The first diagnostics for ``uri`` (at ``version``) published after the ``after``-th."""
        async def wait():
            while True:
                for p in self.published[after:]:
                    if p.uri == uri and (version is None or p.version == version):
                        return p
                self._arrived.clear()
                await self._arrived.wait()
        return await asyncio.wait_for(wait(), TIMEOUT)

    def open(self, uri: str, text: str, language: str = "markdown", version: int = 1) -> None:
        self.client.text_document_did_open(T.DidOpenTextDocumentParams(
            text_document=T.TextDocumentItem(uri=uri, language_id=language, version=version, text=text)))

    def replace(self, uri: str, version: int, text: str) -> None:
        self.client.text_document_did_change(T.DidChangeTextDocumentParams(
            text_document=T.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[T.TextDocumentContentChangeWholeDocument(text=text)]))

    def edit(self, uri: str, version: int, rng: T.Range, text: str) -> None:
        self.client.text_document_did_change(T.DidChangeTextDocumentParams(
            text_document=T.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[T.TextDocumentContentChangePartial(range=rng, text=text)]))

    async def stop(self) -> int:
        await asyncio.wait_for(self.client.shutdown_async(None), TIMEOUT)
        self.client.exit(None)
        server = self.client._server
        code = await asyncio.wait_for(server.wait(), TIMEOUT)
        await self.client.stop()
        return code


def _utf16(line: str, chars: int) -> int:
    return len(line[:chars].encode("utf-16-le")) // 2


def test_a_session_over_stdio(tmp_path):
    asyncio.run(_session(tmp_path))


async def _session(root: Path) -> None:
    editor = Editor()
    init = await editor.start(root)
    caps = init.capabilities
    assert caps.hover_provider and caps.code_action_provider
    assert init.server_info.name == "jdlint"

    # didOpen of a file on disk: diagnostics with protocol ranges (emoji before the words, CRLF)
    ad = root / "ad.md"
    ad.write_bytes(POSTING.encode("utf-8"))
    uri = ad.as_uri()
    editor.open(uri, POSTING)
    published = await editor.diagnostics_for(uri, 1)
    by_code = {d.code: d for d in published.diagnostics}
    line = POSTING.split("\r\n")[2]
    # D101 keeps the word it would replace; D303, a selection statement, runs to its sentence's end
    for code, word in (("D101", "salesman"), ("D303", "need a young, energetic salesman to join us.")):
        col = _utf16(line, line.index(word))
        assert by_code[code].range == T.Range(start=T.Position(line=2, character=col),
                                              end=T.Position(line=2, character=col + len(word)))
    d101 = by_code["D101"]
    assert d101.source == "jdlint" and "d101" in d101.code_description.href.lower()
    # the title shares its sentence with D303's age finding, so it is noted at info beside it (bias42)
    assert d101.severity == T.DiagnosticSeverity.Information
    assert by_code["S110"].severity == T.DiagnosticSeverity.Information  # info -> Information
    assert "D303" not in [d.code for d in published.diagnostics if d.range.start.line == 4]  # EEO line

    # hover and code actions on a finding
    hover = await asyncio.wait_for(editor.client.text_document_hover_async(T.HoverParams(
        text_document=T.TextDocumentIdentifier(uri=uri), position=d101.range.start)), TIMEOUT)
    assert "D101" in hover.contents.value and "Why it matters" in hover.contents.value
    actions = await asyncio.wait_for(editor.client.text_document_code_action_async(T.CodeActionParams(
        text_document=T.TextDocumentIdentifier(uri=uri), range=d101.range,
        context=T.CodeActionContext(diagnostics=[d101]))), TIMEOUT)
    titles = [a.title for a in actions]
    assert "Disable D101 for this line" in titles and "Disable D101 for this file" in titles
    assert any("unsafe" in t and "D101" in t for t in titles)  # the rule's rewording
    disable = next(a for a in actions if a.title == "Disable D101 for this line")
    (edit,) = disable.edit.changes[uri]

    # didChange applying that edit (incremental): the finding goes, the rest stays
    n = len(editor.published)
    editor.edit(uri, 2, edit.range, edit.new_text)
    after = await editor.diagnostics_for(uri, 2, after=n)
    assert "D101" not in {d.code for d in after.diagnostics if d.range.start.line == 2}
    assert "D303" in {d.code for d in after.diagnostics}

    # a burst of edits: only the latest text is published, never an older version after it
    n = len(editor.published)
    for version in range(3, 9):
        editor.replace(uri, version, POSTING.replace("salesman", "salesman" + " really" * version))
        await asyncio.sleep(0.02)
    final = await editor.diagnostics_for(uri, 8, after=n)
    versions = [p.version for p in editor.published[n:] if p.uri == uri]
    assert versions[-1] == 8 and versions == sorted(versions) and len(versions) < 6
    assert any(d.code == "D101" for d in final.diagnostics)

    # didSave of the posting lints it again (the same version)
    n = len(editor.published)
    editor.client.text_document_did_save(T.DidSaveTextDocumentParams(text_document=T.TextDocumentIdentifier(uri=uri)))
    saved = await editor.diagnostics_for(uri, 8, after=n)
    assert saved.diagnostics == final.diagnostics

    # an unsaved buffer (plain text) and an HTML file
    editor.open("untitled:Untitled-1", "We need a young salesman.\n", "plaintext")
    untitled = await editor.diagnostics_for("untitled:Untitled-1")
    assert {"D101", "D303"} <= {d.code for d in untitled.diagnostics}
    page = root / "ad.html"
    page.write_text("<p>We need a salesman.</p>\n", encoding="utf-8")
    editor.open(page.as_uri(), page.read_text(encoding="utf-8"), "html")
    html = await editor.diagnostics_for(page.as_uri())
    assert ("D101", 0, len("<p>We need a ")) in {(d.code, d.range.start.line, d.range.start.character) for d in html.diagnostics}

    # the folder's config file applies, and editing it re-lints open documents
    assert any(r.method == T.WORKSPACE_DID_CHANGE_WATCHED_FILES for r in editor.registrations)
    config = root / ".jdlint.yaml"
    config.write_text("ignore: [D101]\n", encoding="utf-8")
    n = len(editor.published)
    editor.client.workspace_did_change_watched_files(T.DidChangeWatchedFilesParams(
        changes=[T.FileEvent(uri=config.as_uri(), type=T.FileChangeType.Created)]))
    relinted = await editor.diagnostics_for(uri, after=n)
    assert "D101" not in {d.code for d in relinted.diagnostics} and "D303" in {d.code for d in relinted.diagnostics}

    # a broken config: one message, no crash, and the server keeps answering
    config.write_text("ignore: [NOPE999]\n", encoding="utf-8")
    editor.client.text_document_did_save(T.DidSaveTextDocumentParams(
        text_document=T.TextDocumentIdentifier(uri=config.as_uri())))
    await asyncio.wait_for(_until(lambda: editor.messages), TIMEOUT)
    n = len(editor.published)
    editor.replace(uri, 9, POSTING + "\r\nMore.\r\n")
    await editor.diagnostics_for(uri, 9, after=n)
    assert len(editor.messages) == 1 and "NOPE999" in editor.messages[0].message
    assert editor.messages[0].type == T.MessageType.Error

    # any text: the server survives it and still answers
    config.unlink()
    editor.client.workspace_did_change_watched_files(T.DidChangeWatchedFilesParams(
        changes=[T.FileEvent(uri=config.as_uri(), type=T.FileChangeType.Deleted)]))
    nasty = ["", "\ufeff", "\r", "\r\n\r\n", "\x00\x01", "😀" * 50, "<" * 300, "# " + "a" * 5000,
             "<!-- jdlint-disable", "---\n", "|a|\n|-|\n|b|", "\u2028\u2029\x85", "&#xD800; &amp",
             "- [ ] x\n" * 50, "```\n" + "salesman\n" * 20]
    for version, text in enumerate(nasty, start=10):
        editor.replace(uri, version, text)
    n = len(editor.published)
    editor.replace(uri, 100, POSTING)
    back = await editor.diagnostics_for(uri, 100, after=n)
    assert "D101" in {d.code for d in back.diagnostics}

    # didClose clears; shutdown and exit end the process cleanly
    n = len(editor.published)
    editor.client.text_document_did_close(T.DidCloseTextDocumentParams(text_document=T.TextDocumentIdentifier(uri=uri)))
    closed = await editor.diagnostics_for(uri, after=n)
    assert not closed.diagnostics
    assert await editor.stop() == 0


async def _until(condition) -> None:
    while not condition():
        await asyncio.sleep(0.05)


def test_lsp_help_and_bad_arguments():
    proc = run_cli("lsp", "--help")
    assert proc.returncode == 0 and "language server" in proc.stdout
    proc = run_cli("lsp", "--tcp")
    assert proc.returncode == 2 and "unknown argument" in proc.stderr
