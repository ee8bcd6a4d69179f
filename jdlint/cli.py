"""Command line: ``jdlint [PATH ...] [options]``.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it; 2 usage, config,
rule-pack or input errors (even with ``--exit-zero``).
"""
from __future__ import annotations

import argparse
import io
import os
import sys
from typing import Sequence

from . import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FORMATS = ("text", "json", "json-lines", "sarif", "github", "gitlab", "html")


def _csv(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="jdlint",
        description="Lint job postings for missing sections, placeholders, vague wording, "
                    "readability and potentially discriminatory requirements.",
        epilog="Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage/config/input error. "
               "Docs: README.md and docs/rules.md.",
    )
    from .source import POSTING_SUFFIXES

    p.add_argument("paths", nargs="*", metavar="PATH",
                   help=f"files or folders to lint (folders: {', '.join('*' + s for s in POSTING_SUFFIXES)}); "
                        "- reads stdin")
    p.add_argument("--stdin-filename", metavar="NAME", help="name to report for stdin (its suffix picks the parser)")
    p.add_argument("-f", "--format", choices=FORMATS, default=os.environ.get("JDLINT_FORMAT") or "text",
                   help="output format (default: text; env JDLINT_FORMAT)")
    p.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout")
    p.add_argument("--select", type=_csv, metavar="CODES", help="rules to run, replacing the default set "
                   "(codes, prefixes, names, category:NAME, ALL)")
    p.add_argument("--extend-select", type=_csv, metavar="CODES", help="rules to add to the selection")
    p.add_argument("--ignore", type=_csv, metavar="CODES", help="rules to leave out")
    p.add_argument("--fail-on", choices=("error", "warning", "info"), help="lowest severity that makes exit code 1 (default: warning)")
    p.add_argument("--min-severity", choices=("error", "warning", "info"), help="hide findings below this severity")
    p.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    p.add_argument("--fix", action="store_true", help="apply safe fixes to the files (written atomically)")
    p.add_argument("--unsafe-fixes", action="store_true", help="with --fix, also apply unsafe fixes (wording replacements)")
    p.add_argument("--statistics", action="store_true", help="count findings per rule")
    p.add_argument("-q", "--quiet", action="store_true", help="print findings only, no summary")
    p.add_argument("--no-cap", action="store_true",
                   help="text format: show every finding (by default the first of each rule per posting, "
                        "then '… and N more'; config cap: false or a number). Other formats keep all")
    p.add_argument("--show-sections", action="store_true", help="print the sections found in each posting (text format)")
    p.add_argument("--config", metavar="FILE", help="use this config file for every posting")
    p.add_argument("--isolated", action="store_true", help="ignore all config files")
    p.add_argument("--rule-pack", action="append", metavar="PATH", help="extra YAML rule pack file or folder (repeatable)")
    p.add_argument("--model", metavar="NAME", help="an installed spaCy pipeline to use instead of the built-in blank English")
    p.add_argument("-j", "--jobs", type=int, metavar="N", help="worker processes for many files (default: available cores; 1 = no workers)")
    p.add_argument("--no-cache", action="store_true",
                   help="neither reuse nor save reports (by default a file whose content, config and "
                        "jdlint are unchanged gets its saved report, from results/ in $JDLINT_CACHE_DIR, "
                        "else ~/.cache/jdlint; delete it to clear); also env JDLINT_NO_CACHE=1, config cache: false")
    p.add_argument("--max-file-size", type=int, metavar="BYTES", help="refuse larger files (default 2 MB)")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto", help="colour text output (default: auto, on a terminal)")
    p.add_argument("--list-rules", action="store_true", help="list every rule (with --format json: as JSON)")
    p.add_argument("--explain", metavar="CODE", help="show the documentation of a rule by code or name")
    p.add_argument("--version", action="version", version=f"jdlint {__version__}")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["lsp"]:  # a subcommand only in first place: "jdlint ./lsp" lints a file named lsp
        return _lsp(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return _run(args, parser)
    except KeyboardInterrupt:
        _error("interrupted")
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_OK


def _lsp(argv: list[str]) -> int:
    """``jdlint lsp``: the language server (``jdlint.lsp``), with the optional extra installed."""
    try:
        from .lsp import main as serve
    except ImportError as exc:
        _error(f"the language server needs pygls and lsprotocol: pip install 'jdlint[lsp]' ({exc})")
        return EXIT_ERROR
    return serve(argv)


def _start_up(linter, first_path: str) -> None:
    """Build the pipeline and rules with the cyclic garbage collector paused, then freeze them.

    Start-up makes about a million objects that live for the whole run (lemma table, rule
    packs, pattern index, spaCy's vocabulary); letting the collector scan them again and again
    as they are made cost about a tenth of a one-posting run. Frozen, they are never scanned
    again, and forked workers share their pages. Collection resumes for the files themselves.
    """
    import gc

    gc.disable()
    try:
        linter.warm_up(first_path)
    finally:
        gc.freeze()
        gc.enable()


def _error(message: str) -> None:
    sys.stderr.write(f"jdlint: error: {message}\n")


def _run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from .config import ConfigError
    from .engine import Linter
    from .diagnostics import Severity

    overrides = {
        "select": tuple(args.select) if args.select is not None else None,
        "extend_select": tuple(args.extend_select) if args.extend_select else None,
        "ignore": tuple(args.ignore) if args.ignore else None,
        "fail_on": Severity.parse(args.fail_on) if args.fail_on else None,
        "min_severity": Severity.parse(args.min_severity) if args.min_severity else None,
        "rule_packs": tuple(args.rule_pack) if args.rule_pack else None,
        "model": args.model,
    }
    linter = Linter(config_path=args.config, isolated=args.isolated, overrides=overrides,
                    max_bytes=args.max_file_size)
    try:
        if args.list_rules or args.explain:
            return _rules_info(args, linter)
        if not args.paths:
            parser.print_usage(sys.stderr)
            _error("no paths given (use - to read stdin)")
            return EXIT_ERROR
        from .source import discover

        notes: list[str] = []
        files, errors = discover(args.paths, notes)
        for note in notes:
            sys.stderr.write(f"jdlint: note: {note}\n")
        for err in errors:
            _error(err)
        if not files:
            return EXIT_ERROR
        clash = _output_is_an_input(args.output, files) if args.output else None
        if clash is not None:
            _error(f"{args.output}: -o names the posting {clash}; the report would overwrite it")
            return EXIT_ERROR
        if args.fix and "-" in files:
            _error("--fix cannot rewrite stdin; lint a file instead")
            return EXIT_ERROR
        from .engine import default_jobs

        jobs = args.jobs if args.jobs and args.jobs > 0 else default_jobs()
        results = None
        if _cache_wanted(args):
            from .result_cache import ResultCache

            results = ResultCache(linter, stdin_name=args.stdin_filename)
        reports = _lint(linter, files, args.stdin_filename, jobs, results)
        rules = (_sarif_rules(linter, files, reports, args.stdin_filename, results)
                 if args.format in ("sarif", "html") else [])  # html: each finding's rule explanation
    except ConfigError as exc:
        _error(str(exc))
        return EXIT_ERROR
    except Exception as exc:
        nlp = sys.modules.get("jdlint.nlp")  # imported (with spaCy) only when something was linted
        if nlp is not None and isinstance(exc, nlp.ModelError):
            _error(str(exc))
            return EXIT_ERROR
        raise
    for r in reports:
        if r.error:
            _error(r.error)
            errors.append(r.error)
    if args.fix:
        reports = _apply_fixes(reports, args.unsafe_fixes, errors, linter)
    from .formatters import render

    # Formatters write many short pieces (json.dump with indent: one per token); through a
    # text stream each costs an encode and a call, about half the time of an all-cached run.
    buffer = io.StringIO()
    out_is_tty = not args.output and sys.stdout.isatty()
    color = args.color == "always" or (args.color == "auto" and out_is_tty and not os.environ.get("NO_COLOR"))
    cap = None if args.no_cap else (lambda path: linter.config_for(path).cap)
    render(args.format, reports, buffer, color=color, statistics=args.statistics, quiet=args.quiet,
           show_sections=args.show_sections, rules=rules, cap=cap)
    if not _write_report(args.output, buffer.getvalue()):
        return EXIT_ERROR
    if errors:
        return EXIT_ERROR
    if args.exit_zero:
        return EXIT_OK
    failing = False
    for r in reports:
        fail_on = linter.config_for(r.path).fail_on
        if any(d.severity >= fail_on for d in r.diagnostics):
            failing = True
    return EXIT_FINDINGS if failing else EXIT_OK


def _cache_wanted(args: argparse.Namespace) -> bool:
    """The result cache is on unless turned off; --fix needs the real source and rewrites files."""
    if args.no_cache or args.fix:
        return False
    return os.environ.get("JDLINT_NO_CACHE", "").strip().lower() in ("", "0", "false", "no")


def _lint(linter, files: list[str], stdin_name: str | None, jobs: int, results) -> list:
    """Reports for ``files`` in order: saved ones from ``results`` (the result cache, or None),
    the others linted as without a cache (same ``jobs``), then saved. The pipeline is built
    only when something is left to lint."""
    reports: list = [None] * len(files)
    probes = {}
    todo = []
    for i, path in enumerate(files):
        if results is not None and path != "-":  # stdin is never cached
            report, probe = results.lookup(path)
            if report is not None:
                reports[i] = report
                continue
            if probe is not None:
                probes[i] = probe
        todo.append(i)
    if todo:
        first = files[todo[0]]
        _start_up(linter, (stdin_name or "-") if first == "-" else first)
        linted = linter.lint_paths([files[i] for i in todo], stdin_name=stdin_name, jobs=jobs)
        if len(todo) >= PROGRESS_MIN_FILES and _stderr_is_terminal():
            linted = _with_progress(linted, len(todo), sys.stderr)
        for i, report in zip(todo, linted):
            reports[i] = report
            if i in probes:
                results.save(probes[i], report)
    if results is not None:
        results.finish()
    return reports


#: A run linting at least this many postings shows a progress bar (when stderr is a terminal).
PROGRESS_MIN_FILES = 300


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):  # replaced or closed
        return False


def _with_progress(reports, total: int, out, clock=None):
    """``reports``, drawing on ``out`` (a terminal) the files done, postings per second and the
    time left, at most ten times a second, and clearing the line at the end so the report
    and any messages after it start clean. Never used when stderr is not a terminal: logs
    and pipes get no carriage returns."""
    import time

    clock = clock or time.monotonic
    start = last = clock()
    done = 0
    try:
        for report in reports:
            done += 1
            now = clock()
            if done == total:  # cleared before the caller goes on (it stops at the last one)
                out.write("\r\x1b[K")
                out.flush()
            elif now - last >= 0.1:
                last = now
                out.write("\r" + _progress_line(done, total, now - start))
                out.flush()
            yield report
    finally:
        if done < total:  # interrupted: leave the terminal's line clean
            out.write("\r\x1b[K")
            out.flush()


def _progress_line(done: int, total: int, elapsed: float, width: int = 30) -> str:
    rate = done / elapsed if elapsed > 0 else 0.0
    filled = width * done // total
    left = f"{_minutes((total - done) / rate)} left" if rate else "--:-- left"
    return f"[{'#' * filled}{'.' * (width - filled)}] {done}/{total} files  {rate:.1f}/s  {left}"


def _minutes(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    return f"{seconds // 60}:{seconds % 60:02d}"


def _sarif_rules(linter, files: list[str], reports: list, stdin_name: str | None, results) -> list:
    """Every rule selected by a configuration that linted a file of this run (SARIF rules[]):
    the first file's, then those of the files linted without an error, each code once (the
    first configuration's rule wins), sorted by code. Saved lists come from the result cache,
    so a run with every file a hit loads no rules either."""
    first = (stdin_name or "-") if files[0] == "-" else files[0]
    configs = {}
    for config in [linter.config_for(first)] + [linter.config_for(r.path) for r in reports if not r.error]:
        configs.setdefault(id(config), config)
    seen: dict = {}
    for config in configs.values():
        rules = results.rules_for(config) if results is not None else None
        if rules is None:
            rules = linter.plan_for(config).rules
            if results is not None:
                results.save_rules(config, rules)
        for rule in rules:
            seen.setdefault(rule.code, rule)
    return sorted(seen.values(), key=lambda r: r.code)


def _apply_fixes(reports, unsafe: bool, errors: list[str], linter):
    """Fix each file, then lint again each file that changed: the printed report describes the
    file as written (its positions and what is left), not the text before the fixes."""
    from .fixes import FixError, fix_file

    out = []
    total = 0
    for r in reports:
        if r.error or r.source is None:
            out.append(r)
            continue
        try:
            count = fix_file(r.source, r.diagnostics, unsafe)
        except (FixError, OSError, UnicodeDecodeError) as exc:
            message = str(exc) if isinstance(exc, FixError) else f"{r.path}: not fixed ({exc})"
            _error(message)
            errors.append(message)
            out.append(r)
            continue
        if count:
            total += count
            (r,) = linter.lint_paths([r.path])
            if r.error:
                _error(r.error)
                errors.append(r.error)
        out.append(r)
    if total:
        sys.stderr.write(f"jdlint: fixed {total} problem{'s' if total != 1 else ''}\n")
    return out


def _write_report(path: str | None, text: str) -> bool:
    """Write the report to ``path`` (or stdout); False, after one line on stderr, when it
    cannot be written (a full disk, ``-o /dev/full``): exit 1 would say "findings"."""
    try:
        if not path:
            sys.stdout.write(text)
            sys.stdout.flush()
            return True
        with open(path, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        return True
    except BrokenPipeError:
        raise
    except OSError as exc:
        where = path or "standard output"
        _error(f"{where}: cannot write the report ({exc.strerror or exc})")
        if not path:  # what is left in the buffer would fail again at exit
            try:
                sys.stdout = open(os.devnull, "w")
            except OSError:
                pass
        return False


def _output_is_an_input(output: str, files: list[str]) -> str | None:
    """The input that ``-o`` names, if any: writing the report there would destroy it."""
    try:
        out = os.stat(output)
    except OSError:
        return None
    for path in files:
        if path == "-":
            continue
        try:
            st = os.stat(path)
        except OSError:
            continue
        if (st.st_dev, st.st_ino) == (out.st_dev, out.st_ino):
            return path
    return None


def _fail(message: str) -> int:
    _error(message)
    return EXIT_ERROR


def _rules_info(args, linter) -> int:
    import json

    from .explain import explain_text

    plan = linter.plan_for(linter.config_for(os.getcwd()))
    registry = plan.registry
    if args.explain:
        rule = registry.find(args.explain)
        if rule is None:
            _error(f"unknown rule {args.explain!r} (see jdlint --list-rules)")
            return EXIT_ERROR
        sys.stdout.write(explain_text(rule))
        return EXIT_OK
    enabled = {r.code for r in plan.rules}
    if args.format == "json":
        rows = []
        for r in registry.rules:
            row = r.to_json()
            row["enabled"] = r.code in enabled
            rows.append(row)
        json.dump({"version": 1, "rules": rows}, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return EXIT_OK
    for r in registry.rules:
        mark = " " if r.code in enabled else "-"
        fix = "fix" if r.fixable else "   "
        sys.stdout.write(f"{mark} {r.code:<6} {r.name:<32} {r.category:<18} {str(r.severity):<8} {fix} {r.doc.summary}\n")
    return EXIT_OK
