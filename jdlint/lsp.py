"""``jdlint lsp``: a Language Server over stdio, so editors show findings as the posting is written.

Two layers:

- ``Session``: everything an editor asks, without any protocol I/O: lint a buffer with the
  configuration of its folder (``Result``), convert positions, code actions, hover. Plain
  methods, so the tests (and the fuzz test) drive it directly.
- ``JdlintServer`` (pygls): the protocol. Linting runs on one worker thread (spaCy and the
  plans are not shared between threads) while the event loop keeps answering hover and code
  actions. Edits are debounced on both edges: the first change after a pause is linted at once,
  changes arriving within ``debounce`` seconds of the previous one wait until typing pauses,
  and a result computed for an older text than the newest is dropped, never published.

Offsets inside jdlint are code points; the protocol counts UTF-16 code units unless the client
negotiated another encoding, so every range goes through ``Positions``.
"""
from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lsprotocol import types

from .config import CONFIG_FILES, Config, ConfigError, find_config, load_config
from .diagnostics import Diagnostic, Edit, Severity
from .source import POSTING_SUFFIXES, LineIndex, SourceFile, kind_for
from . import regex_programs

#: Seconds between two changes below which the second one waits for typing to pause.
DEFAULT_DEBOUNCE = 0.15

#: Findings at one place whose rule is explained in full on hover; the posting-level findings
#: all sit at the start, and ten explanations in one tooltip are read by nobody.
HOVER_EXPLAINED = 3

LANGUAGE_KINDS = {"markdown": "markdown", "plaintext": "text", "text": "text", "html": "html"}
SEVERITIES = {
    Severity.error: types.DiagnosticSeverity.Error,
    Severity.warning: types.DiagnosticSeverity.Warning,
    Severity.info: types.DiagnosticSeverity.Information,
}
_FRONT_MATTER = regex_programs.compile(r"---[ \t]*\r?\n.*?^(?:---|\.\.\.)[ \t]*\r?$", re.S | re.M)


# -- positions ------------------------------------------------------------------------------
class Positions:
    """Code-point offsets <-> protocol positions (0-based line, column in ``encoding`` units).

    Lines break at ``\\n``, ``\\r\\n`` and a lone ``\\r``, as in the protocol and ``LineIndex``.
    An ASCII text (most postings) has the same column in every encoding: no per-line counting.
    """

    def __init__(self, text: str, encoding: str = "utf-16") -> None:
        self.text = text
        self.index = LineIndex(text)
        self.encoding = encoding
        if encoding == "utf-32" or text.isascii():
            self._units = None
        elif encoding == "utf-8":
            self._units = _utf8_units
        else:
            self._units = _utf16_units if _has_astral(text) else None

    def position(self, offset: int) -> types.Position:
        line, column = self.index.position(offset)
        if self._units is None:
            return types.Position(line=line - 1, character=column - 1)
        start = self.index.starts[line - 1]
        return types.Position(line=line - 1, character=self._units(self.text[start:start + column - 1]))

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(start=self.position(start), end=self.position(end))

    def offset(self, position: types.Position) -> int:
        """The code-point offset of ``position``; past the end of a line means its end, a column
        inside a character (half a surrogate pair) means the character after it."""
        line = min(max(position.line, 0), self.index.line_count - 1) + 1
        start, end = self.index.line_span(line, self.text)
        if position.line >= self.index.line_count:
            return self.index.length
        want = max(position.character, 0)
        if self._units is None:
            return min(start + want, end)
        units = 0
        for i in range(start, end):
            if units >= want:
                return i
            units += self._units(self.text[i])
        return end


def _utf16_units(s: str) -> int:
    return len(s) + sum(1 for c in s if c > "\uffff")


def _utf8_units(s: str) -> int:
    return len(s.encode("utf-8", "surrogatepass"))


def _has_astral(text: str) -> bool:
    return any(c > "\uffff" for c in text)


# -- one lint of one buffer -----------------------------------------------------------------
@dataclass
class Result:
    """The findings for one text of one document, and what hover and code actions need."""

    uri: str
    text: str  # as the editor holds it (a byte-order mark included)
    positions: Positions
    report: Any = None  # engine.FileReport
    registry: Any = None  # registry.Registry of the configuration used
    diagnostics: list[types.Diagnostic] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)  # for window/showMessage
    bom: int = 0  # 1 when the text starts with a byte-order mark (offsets skip it)
    kind: str = "markdown"  # the parser used: markdown, text or html

    def range(self, start: int, end: int) -> types.Range:
        return self.positions.range(start + self.bom, end + self.bom)

    def offset(self, position: types.Position) -> int:
        return max(0, self.positions.offset(position) - self.bom)

    def findings(self) -> list[Diagnostic]:
        return list(self.report.diagnostics) if self.report is not None else []


class Session:
    """What the server knows between requests: the configuration of each folder (nearest config
    file, as on the command line) and the latest result of each open document."""

    def __init__(self, root: str | None = None, freeze: bool = False) -> None:
        self.root = root
        self.results: dict[str, Result] = {}
        self._found: dict[str, str | None] = {}  # folder -> nearest config file
        self._configs: dict[str | None, Config] = {}
        self._shown: set[str] = set()  # messages already shown: each once until configs change
        self._freeze_pending = freeze  # hide the start-up objects from the collector after a first lint

    # -- configuration -------------------------------------------------------------------
    def config_for(self, path: str | None) -> Config:
        folder = str(Path(path).parent) if path else (self.root or os.getcwd())
        if folder in self._found:
            key = self._found[folder]
        else:
            found = find_config(Path(folder))
            key = self._found[folder] = str(found) if found else None
        config = self._configs.get(key)
        if config is None:  # a broken config raises each time, and is not kept
            config = self._configs[key] = load_config(key) if key else Config()
        return config

    def config_changed(self) -> None:
        """A config file or rule pack changed: find, load and plan everything again."""
        from .api import forget

        self._found.clear()
        self._configs.clear()
        self._shown.clear()
        forget()

    def is_config_file(self, uri: str) -> bool:
        path = uri_to_path(uri)
        if path is None:
            return False
        if Path(path).name in CONFIG_FILES:
            return True
        resolved = os.path.abspath(path)
        for config in tuple(self._configs.values()):  # the lint thread may be adding one
            for pack in config.rule_packs:
                if resolved == pack or resolved.startswith(pack.rstrip(os.sep) + os.sep):
                    return True
        return False

    # -- linting -------------------------------------------------------------------------
    def lint(self, uri: str, text: str, language_id: str | None = None,
             encoding: str = "utf-16") -> Result | None:
        """Lint the editor's ``text`` of ``uri``; None for a document that is not a posting."""
        path = uri_to_path(uri)
        kind = document_kind(path or uri, language_id)
        if kind is None:
            return None
        result = Result(uri, text, Positions(text, encoding), kind=kind)
        body = text
        if body.startswith("\ufeff"):
            body, result.bom = body[1:], 1
        try:
            config = self.config_for(path)
            from .api import warm_linter

            linter = warm_linter(config)
            registry = linter.plan_for(config).registry
        except ConfigError as exc:
            result.messages.append(f"jdlint: {exc}")
            return result
        size = len(body.encode("utf-8", "surrogatepass"))
        if size > linter.max_bytes(config):
            result.messages.append(f"jdlint: {path or uri} is {size // 1024} kB, over the "
                                   f"{linter.max_bytes(config) // 1024} kB limit (max-file-size); not linted")
            return result
        source = SourceFile(path=path or uri, text=body, kind=kind)
        report = next(iter(linter.lint_sources([source])))
        if self._freeze_pending:
            self._freeze_pending = False
            freeze_start_up()
        if report.error:
            result.messages.append(f"jdlint: {report.error}")
        result.report, result.registry = report, registry
        result.diagnostics = [self._to_lsp(result, d) for d in report.diagnostics]
        return result

    def news(self, result: Result) -> list[str]:
        """The result's messages not shown yet; call when the result is published, not when it
        is computed: a result dropped as stale must not use up a message."""
        fresh = [m for m in result.messages if m not in self._shown]
        self._shown.update(fresh)
        return fresh

    def _to_lsp(self, result: Result, d: Diagnostic) -> types.Diagnostic:
        rule = result.registry.by_code.get(d.code) if result.registry else None
        url = d.url or (rule.url if rule is not None else None)
        related = []
        for item in getattr(d, "related", None) or ():  # per-word ranges of a posting-level finding
            start, end, note = _related_span(item)
            if start is None:
                continue
            related.append(types.DiagnosticRelatedInformation(
                location=types.Location(uri=result.uri, range=result.range(start, end)),
                message=note or result.text[start + result.bom:end + result.bom]))
        return types.Diagnostic(
            range=result.range(d.start, d.end),
            message=d.message,
            severity=SEVERITIES.get(d.severity, types.DiagnosticSeverity.Warning),
            code=d.code,
            code_description=types.CodeDescription(href=url) if url else None,
            source="jdlint",
            related_information=related or None,
        )

    # -- requests ------------------------------------------------------------------------
    def findings_at(self, result: Result, start: int, end: int) -> list[tuple[int, Diagnostic]]:
        """(index, finding) for the findings whose span touches [start, end] (a posting-level
        finding sits at 0)."""
        return [(i, d) for i, d in enumerate(result.findings()) if d.start <= end and d.end >= start]

    def code_actions(self, result: Result, rng: types.Range) -> list[types.CodeAction]:
        start, end = result.offset(rng.start), result.offset(rng.end)
        actions: list[types.CodeAction] = []
        disabled: set[tuple[str, int]] = set()
        for i, d in self.findings_at(result, start, end):
            lsp_diag = result.diagnostics[i]
            for title, edits, preferred in self._fixes(result, d):
                actions.append(self._action(result, title, edits, lsp_diag, preferred))
            line = d.line or result.positions.index.position(d.start + result.bom)[0]
            if (d.code, line) not in disabled:
                disabled.add((d.code, line))
                edit = self._disable_line(result, d.code, line)
                if edit is not None:
                    actions.append(self._action(result, f"Disable {d.code} for this line", [edit], lsp_diag, False))
                actions.append(self._action(result, f"Disable {d.code} for this file",
                                            [self._disable_file(result, d.code)], lsp_diag, False))
        return actions

    def _fixes(self, result: Result, d: Diagnostic):
        """(title, edits, preferred) for the finding's own fix, else one per suggestion (a
        rewording the user must check, so it is marked unsafe like the CLI's unsafe fixes)."""
        if d.fix is not None and d.fix.edits:
            unsafe = d.fix.applicability != "safe"
            title = d.fix.message or (f"Replace with {d.fix.edits[0].content!r}" if len(d.fix.edits) == 1
                                      else "Apply the fix")
            yield (f"{title} ({d.code}{', unsafe' if unsafe else ''})",
                   [self._text_edit(result, e) for e in d.fix.edits], not unsafe)
            return
        if d.end <= d.start:
            return
        current = d.match or result.text[d.start + result.bom:d.end + result.bom]
        for suggestion in d.suggestions:
            if not suggestion or suggestion == current:
                continue
            yield (f"Replace {current!r} with {suggestion!r} ({d.code}, unsafe)",
                   [self._text_edit(result, Edit(d.start, d.end, suggestion))], False)

    def _text_edit(self, result: Result, edit: Edit) -> types.TextEdit:
        return types.TextEdit(range=result.range(edit.start, edit.end), new_text=edit.content)

    def _disable_line(self, result: Result, code: str, line: int) -> types.TextEdit | None:
        """``<!-- jdlint-disable-line CODE -->`` at the end of the line: a comment line above it
        would split a Markdown paragraph. None on a front-matter line, where it would break the
        YAML (a posting-level finding sits on the opening ``---``): disable it for the file."""
        text, index = result.text, result.positions.index
        fm = _FRONT_MATTER.match(text, result.bom) if result.kind == "markdown" else None
        if fm is not None and line <= index.position(fm.end())[0]:
            return None
        _, end = index.line_span(line, text)
        at = result.positions.position(end)
        return types.TextEdit(range=types.Range(start=at, end=at), new_text=f" <!-- jdlint-disable-line {code} -->")

    def _disable_file(self, result: Result, code: str) -> types.TextEdit:
        """The file-wide directive goes last: at the top it would break front matter."""
        text = result.text
        newline = "\r\n" if "\r\n" in text else ("\r" if "\r" in text and "\n" not in text else "\n")
        lead = "" if not text or text.endswith(("\n", "\r")) else newline
        at = result.positions.position(len(text))
        return types.TextEdit(range=types.Range(start=at, end=at),
                              new_text=f"{lead}<!-- jdlint-disable-file {code} -->{newline}")

    @staticmethod
    def _action(result: Result, title: str, edits: list[types.TextEdit], diagnostic: types.Diagnostic,
                preferred: bool) -> types.CodeAction:
        return types.CodeAction(title=title, kind=types.CodeActionKind.QuickFix, diagnostics=[diagnostic],
                                edit=types.WorkspaceEdit(changes={result.uri: edits}),
                                is_preferred=preferred or None)

    def hover(self, result: Result, position: types.Position) -> types.Hover | None:
        from .explain import explain_markdown

        offset = result.offset(position)
        found = [d for _, d in self.findings_at(result, offset, offset)]
        if not found:
            return None
        parts = []
        for n, d in enumerate(found):
            rule = result.registry.by_code.get(d.code) if result.registry else None
            parts.append(f"**{d.code}** `{d.name}`: {d.message}")
            if rule is not None and n < HOVER_EXPLAINED:
                parts.append(explain_markdown(rule))
        first = found[0]
        return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown,
                                                        value="\n\n---\n\n".join(parts)),
                           range=result.range(first.start, first.end))


def _related_span(item: Any) -> tuple[int | None, int, str]:
    """(start, end, message) of a related location: an object with ``start``/``end`` (and
    perhaps ``message``) or a ``(start, end[, message])`` tuple, in source offsets."""
    start = getattr(item, "start", None)
    if start is not None:
        return start, getattr(item, "end", start), getattr(item, "message", "") or ""
    if isinstance(item, (tuple, list)) and len(item) >= 2 and all(isinstance(v, int) for v in item[:2]):
        return item[0], item[1], str(item[2]) if len(item) > 2 else ""
    return None, 0, ""


def freeze_start_up() -> None:
    """After the first lint, move everything alive (spaCy's pipeline and vocabulary, the lemma
    table, packs, plans: about a million objects that live as long as the server) out of the
    cyclic collector's sight, as the CLI does (``cli._start_up``): otherwise every full
    collection during an edit walks them all again. Only for a process the server owns."""
    import gc

    gc.collect()
    gc.freeze()


def encoding_name(kind: Any) -> str:
    """"utf-8", "utf-16" or "utf-32" for the position encoding pygls negotiated (an enum whose
    ``str()`` is its name, not its value); the protocol's default when there is none."""
    return str(getattr(kind, "value", kind) or "utf-16").lower()


def uri_to_path(uri: str) -> str | None:
    """The file path of a ``file:`` URI; None for an unsaved buffer (``untitled:``) and others."""
    from urllib.parse import unquote, urlparse
    from urllib.request import url2pathname

    parsed = urlparse(uri)
    if parsed.scheme != "file":
        return None
    path = url2pathname(unquote(parsed.path))
    if parsed.netloc and parsed.netloc != "localhost":  # a UNC path
        path = f"//{parsed.netloc}{path}"
    return path


def document_kind(path_or_uri: str, language_id: str | None) -> str | None:
    """Which parser a document needs: by a posting suffix first (as the CLI does), else by the
    editor's language; None for anything else (a config file, code)."""
    if path_or_uri.lower().endswith(POSTING_SUFFIXES):
        return kind_for(path_or_uri)
    return LANGUAGE_KINDS.get((language_id or "").lower())


# -- the protocol ---------------------------------------------------------------------------
def build_server():
    """The pygls server with every handler registered (importing pygls only here)."""
    import asyncio
    import time
    from concurrent.futures import ThreadPoolExecutor

    from pygls.lsp.server import LanguageServer

    from . import __version__

    class JdlintServer(LanguageServer):
        def __init__(self) -> None:
            super().__init__("jdlint", __version__,
                             text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
            self.session = Session(freeze=True)
            self.debounce = DEFAULT_DEBOUNCE
            self.open: dict[str, str] = {}  # uri -> language id
            self.generation: dict[str, int] = {}
            self.last_change: dict[str, float] = {}
            self.pending: dict[str, asyncio.Task] = {}
            self.linting = ThreadPoolExecutor(1, thread_name_prefix="jdlint-lint")

        def schedule(self, uri: str, delay: float = 0.0) -> None:
            """Lint ``uri`` after ``delay`` s; a newer request for it supersedes this one."""
            self.generation[uri] = generation = self.generation.get(uri, 0) + 1
            old = self.pending.pop(uri, None)
            if old is not None:
                old.cancel()
            self.pending[uri] = asyncio.ensure_future(self.lint_and_publish(uri, generation, delay))

        def changed(self, uri: str) -> None:
            now = time.monotonic()
            quiet = now - self.last_change.get(uri, float("-inf")) >= self.debounce
            self.last_change[uri] = now
            self.schedule(uri, 0.0 if quiet else self.debounce)

        async def lint_and_publish(self, uri: str, generation: int, delay: float) -> None:
            try:
                if delay:
                    await asyncio.sleep(delay)
                if uri not in self.open:
                    return
                document = self.workspace.get_text_document(uri)
                text, version = document.source, document.version
                encoding = encoding_name(self.workspace.position_encoding)
                loop = asyncio.get_running_loop()
                result = await loop.run_in_executor(self.linting, self.session.lint, uri, text,
                                                    self.open[uri], encoding)
                if self.generation.get(uri) != generation or uri not in self.open:
                    return  # the text changed meanwhile: a newer lint publishes
                self.publish(uri, version, result)
            except asyncio.CancelledError:
                pass
            except Exception as exc:  # noqa: BLE001 - one bad text must not stop the server
                self.window_log_message(types.LogMessageParams(
                    type=types.MessageType.Error, message=f"jdlint: internal error on {uri}: "
                                                          f"{type(exc).__name__}: {exc}"))
            finally:
                task = self.pending.get(uri)
                if task is not None and task is asyncio.current_task():
                    del self.pending[uri]

        def publish(self, uri: str, version: int | None, result: Result | None) -> None:
            if result is None:
                self.session.results.pop(uri, None)
                return
            self.session.results[uri] = result
            for message in self.session.news(result):
                self.window_show_message(types.ShowMessageParams(type=types.MessageType.Error,
                                                                 message=message))
            self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
                uri=uri, version=version, diagnostics=result.diagnostics))

        def relint_all(self) -> None:
            # on the lint thread, so no lint sees the caches half cleared; the lints queue behind
            self.linting.submit(self.session.config_changed)
            for uri in list(self.open):
                self.schedule(uri)

    server = JdlintServer()

    @server.feature(types.INITIALIZE)
    def initialize(ls: JdlintServer, params: types.InitializeParams) -> None:
        options = params.initialization_options or {}
        if isinstance(options, dict) and isinstance(options.get("debounce"), (int, float)):
            ls.debounce = max(0.0, float(options["debounce"]))
        folders = params.workspace_folders or []
        root = folders[0].uri if folders else (params.root_uri or None)
        ls.session.root = uri_to_path(root) if root else None

    @server.feature(types.INITIALIZED)
    def initialized(ls: JdlintServer, params: types.InitializedParams) -> None:
        caps = ls.client_capabilities.workspace
        watched = caps.did_change_watched_files if caps else None
        if watched and watched.dynamic_registration:
            watchers = [types.FileSystemWatcher(glob_pattern=f"**/{name}") for name in CONFIG_FILES]
            watchers.append(types.FileSystemWatcher(glob_pattern="**/*.{yaml,yml}"))  # rule packs
            ls.client_register_capability(types.RegistrationParams(registrations=[types.Registration(
                id="jdlint-config-files", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers))]))

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: JdlintServer, params: types.DidOpenTextDocumentParams) -> None:
        uri = params.text_document.uri
        if document_kind(uri_to_path(uri) or uri, params.text_document.language_id) is None:
            return
        ls.open[uri] = params.text_document.language_id
        ls.schedule(uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: JdlintServer, params: types.DidChangeTextDocumentParams) -> None:
        if params.text_document.uri in ls.open:
            ls.changed(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
    def did_save(ls: JdlintServer, params: types.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        if ls.session.is_config_file(uri):
            ls.relint_all()
        elif uri in ls.open:
            ls.schedule(uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: JdlintServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        if ls.open.pop(uri, None) is None:
            return
        ls.generation[uri] = ls.generation.get(uri, 0) + 1  # a lint under way is dropped
        ls.session.results.pop(uri, None)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched_files(ls: JdlintServer, params: types.DidChangeWatchedFilesParams) -> None:
        if any(ls.session.is_config_file(c.uri) or c.uri.endswith((".yaml", ".yml")) for c in params.changes):
            ls.relint_all()

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]))
    def code_action(ls: JdlintServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        result = ls.session.results.get(params.text_document.uri)
        return ls.session.code_actions(result, params.range) if result is not None else None

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: JdlintServer, params: types.HoverParams) -> types.Hover | None:
        result = ls.session.results.get(params.text_document.uri)
        return ls.session.hover(result, params.position) if result is not None else None

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: JdlintServer, *args) -> None:
        ls.linting.shutdown(wait=False, cancel_futures=True)

    return server


def main(argv: list[str] | None = None) -> int:
    """``jdlint lsp [--stdio]``: serve the protocol on stdin/stdout until the client exits."""
    argv = list(sys.argv[2:] if argv is None else argv)
    if any(a in ("-h", "--help") for a in argv):
        sys.stdout.write("usage: jdlint lsp [--stdio]\n\nRun the jdlint language server on stdin/stdout "
                         "(see docs/editors.md).\n")
        return 0
    unknown = [a for a in argv if a != "--stdio"]
    if unknown:
        sys.stderr.write(f"jdlint: error: lsp: unknown argument {unknown[0]!r} (usage: jdlint lsp [--stdio])\n")
        return 2
    build_server().start_io()
    return 0
