"""The result cache: a saved report stands in for linting only when nothing that shapes it changed,
and then renders exactly as linting would; a cache in any state never causes an error."""
from __future__ import annotations

import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import BAD_POSTING, EXAMPLES, FIXTURES, ROOT, run_cli
from jdlint import cache, cli, result_cache
from jdlint.registry import load_registry

PACK = str(FIXTURES / "packs" / "testpack.yaml")
POSTING = ("# Dessert chef\n\nWe serve a banana split every day.\n"
           "You need XX years of experience.\n\n"
           "You don't need a rockstar attitude.\n")


@pytest.fixture
def cache_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("JDLINT_CACHE_DIR", str(folder))
    monkeypatch.delenv("JDLINT_NO_CACHE", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("JDLINT_FORMAT", raising=False)
    return folder


@pytest.fixture
def postings(tmp_path) -> Path:
    """Real and written postings in two configurations, with every kind of input the CLI takes."""
    root = tmp_path / "ads"
    root.mkdir()
    (root / "case-manager.txt").write_bytes((EXAMPLES / "case-manager.txt").read_bytes())
    (root / "bad.md").write_text(BAD_POSTING, encoding="utf-8")
    (root / "dessert.md").write_text(POSTING, encoding="utf-8")
    (root / "crlf-bom.md").write_bytes(b"\xef\xbb\xbf" + BAD_POSTING.replace("\n", "\r\n").encode())
    (root / "empty.md").write_bytes(b"")
    sub = root / "team"
    sub.mkdir()
    (sub / ".jdlint.yaml").write_text('select: [ALL]\nignore: [R]\nper-file-ignores:\n  "b.md": [S]\n'
                                      f"rule-packs: [{PACK}]\n")
    (sub / "a.md").write_text(POSTING + "\nSalary: $50,000-$60,000 a year.\n", encoding="utf-8")
    (sub / "b.md").write_text(BAD_POSTING, encoding="utf-8")
    return root


def main(capsys, *args: str) -> tuple[int, str, str]:
    """The CLI in this process (fast: the pipeline stays loaded), with its counters."""
    result_cache.last_run.clear()
    rc = cli.main(list(args))
    out, err = capsys.readouterr()
    return rc, out, err


def entries(folder: Path) -> list[Path]:
    results = folder / "results"
    return sorted(p for p in results.iterdir()
                  if not p.name.endswith(".rules") and not p.name.startswith(".")) if results.is_dir() else []


def tamper(folder: Path, message: str = "FROM THE CACHE") -> None:
    """Rewrite every saved report's messages: output that shows them came from the cache."""
    from jdlint.cache import seal, unseal

    for path in entries(folder):  # sealed again, as a cache that saved these would have
        entry = list(marshal.loads(unseal(path.name, path.read_bytes())))
        at = entry[1].index("message")
        entry[3] = [tuple(message if i == at else v for i, v in enumerate(row)) for row in entry[3]]
        path.write_bytes(seal(path.name, marshal.dumps(tuple(entry))))


COMBOS = [
    ("-f", "text"),
    ("-f", "text", "--show-sections", "--statistics", "--color", "always"),
    ("-f", "text", "-q", "--min-severity", "warning", "--fail-on", "error"),
    ("-f", "json", "--select", "ALL", "--statistics"),
    ("-f", "json-lines", "--extend-select", "V106"),
    ("-f", "sarif",),
    ("-f", "github", "--ignore", "S"),
    ("-f", "text", "--exit-zero", "--rule-pack", PACK, "--extend-select", "ZZ"),
    ("-f", "html", "--select", "ALL"),
    ("-f", "gitlab",),
    ("-f", "text", "--no-cap", "--select", "ALL"),
]


@pytest.mark.parametrize("args", COMBOS, ids=[" ".join(c) for c in COMBOS])
def test_a_cached_run_renders_exactly_like_linting(cache_dir, postings, capsys, args):
    fresh = main(capsys, *args, "--no-cache", str(postings))
    assert not (cache_dir / "results").exists()
    first = main(capsys, *args, str(postings))
    assert result_cache.last_run["hits"] == 0 and result_cache.last_run["saved"] == 7
    again = main(capsys, *args, str(postings))
    assert result_cache.last_run == {"hits": 7, "misses": 0, "saved": 0, "pruned": 0}
    assert fresh == first == again
    assert fresh[0] in (0, 1) and fresh[1]


def test_saved_reports_are_what_is_shown(cache_dir, postings, capsys):
    main(capsys, str(postings))
    tamper(cache_dir)
    rc, out, _ = main(capsys, str(postings))
    assert "FROM THE CACHE" in out and result_cache.last_run["hits"] == 7


def test_errors_are_never_saved_and_stop_nothing(cache_dir, postings, capsys):
    (postings / "latin1.md").write_bytes(b"# Caf\xe9 manager\n")
    fresh = main(capsys, "--no-cache", str(postings))
    assert fresh[0] == 2 and "not valid UTF-8" in fresh[2]
    assert main(capsys, str(postings)) == fresh
    assert main(capsys, str(postings)) == fresh
    assert result_cache.last_run["hits"] == 7 and result_cache.last_run["misses"] == 1
    assert len(entries(cache_dir)) == 7


def test_a_report_with_an_internal_error_is_not_saved(cache_dir, postings, capsys, monkeypatch):
    from jdlint import engine

    real = engine.parse_document

    def crash_on_dessert(source):
        if source.path.endswith("dessert.md"):
            raise RuntimeError("boom")
        return real(source)

    monkeypatch.setattr(engine, "parse_document", crash_on_dessert)
    for _ in range(2):
        rc, out, err = main(capsys, str(postings))
        assert rc == 2 and "internal error while parsing: RuntimeError: boom" in err
    assert result_cache.last_run["hits"] == 6 and len(entries(cache_dir)) == 6


def test_all_hits_never_import_spacy(cache_dir, postings):
    code = ("import sys\nfrom jdlint import cli, result_cache\n"
            "rc = cli.main(sys.argv[1:])\n"
            "assert 'spacy' not in sys.modules, 'spacy imported'\n"
            "assert result_cache.last_run['misses'] == 0, result_cache.last_run\n"
            "sys.exit(rc)\n")
    env = {**os.environ, "NO_COLOR": "1"}
    for fmt in ("text", "sarif"):
        args = ["-f", fmt, "--show-sections", str(postings)]
        populate = run_cli(*args)
        assert "Traceback" not in populate.stderr
        hit = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                             cwd=str(ROOT), env=env, timeout=300)
        assert hit.stderr == "" and hit.stdout == populate.stdout and hit.returncode == populate.returncode
    # and a miss does import it: the check above can fail
    (postings / "bad.md").write_text(BAD_POSTING + "\nMore text.\n")
    miss = subprocess.run([sys.executable, "-c", code, str(postings)], capture_output=True, text=True,
                          cwd=str(ROOT), env=env, timeout=300)
    assert "spacy imported" in miss.stderr


def test_all_hits_without_rule_packs_never_import_the_rule_side(cache_dir, tmp_path):
    """A rerun over unchanged files that name no user rule pack reads configs and saved reports only:
    the rule packs' reader and the rule context (frames, regexes) stay out, as spaCy does."""
    folder = tmp_path / "plain"
    folder.mkdir()
    (folder / "bad.md").write_text(BAD_POSTING, encoding="utf-8")
    (folder / "dessert.md").write_text(POSTING, encoding="utf-8")
    code = ("import sys\nfrom jdlint import cli, result_cache\n"
            "rc = cli.main(sys.argv[1:])\n"
            "print(sorted({'jdlint.rule_packs', 'jdlint.context', 'jdlint.frames'} & set(sys.modules)), "
            "result_cache.last_run['misses'], file=sys.stderr)\n"
            "sys.exit(rc)\n")
    env = {**os.environ, "NO_COLOR": "1"}
    for fmt in ("json", "text"):
        args = ["--select", "ALL", "-f", fmt, str(folder)]
        first = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                               cwd=str(ROOT), env=env, timeout=300)
        again = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                               cwd=str(ROOT), env=env, timeout=300)
        assert again.stdout == first.stdout and again.returncode == first.returncode
        assert again.stderr.strip() == "[] 0", again.stderr
        if fmt == "json":  # and linting does import them: the check above can fail
            assert "'jdlint.context'" in first.stderr


# -- what invalidates -----------------------------------------------------------------------
def test_an_edited_posting_is_linted_again(cache_dir, postings, capsys):
    main(capsys, str(postings))
    (postings / "dessert.md").write_text(POSTING.replace("rockstar attitude", "rockstar"), encoding="utf-8")
    rc, out, _ = main(capsys, "--rule-pack", PACK, "--select", "ZZ", str(postings / "dessert.md"))
    assert result_cache.last_run["hits"] == 0
    before = out
    (postings / "dessert.md").write_text(POSTING.replace("banana split", "sundae"), encoding="utf-8")
    rc, out, _ = main(capsys, "--rule-pack", PACK, "--select", "ZZ", str(postings / "dessert.md"))
    assert result_cache.last_run["hits"] == 0 and "banana" in before and "banana" not in out


def test_same_content_under_another_path_is_its_own_entry(cache_dir, postings, capsys):
    (postings / "bad-copy.md").write_text(BAD_POSTING, encoding="utf-8")
    main(capsys, str(postings / "bad.md"))
    rc, out, _ = main(capsys, str(postings / "bad-copy.md"))
    assert result_cache.last_run["hits"] == 0 and str(postings / "bad-copy.md") in out
    assert str(postings / "bad.md") not in out


def test_a_changed_config_file_is_used(cache_dir, postings, capsys):
    config = postings / "team" / ".jdlint.yaml"
    main(capsys, str(postings))
    config.write_text(config.read_text() + "min-severity: error\n")
    rc, out, _ = main(capsys, str(postings))
    assert result_cache.last_run["hits"] == 5 and result_cache.last_run["misses"] == 2
    assert main(capsys, "--no-cache", str(postings)) == (rc, out, "")


@pytest.mark.parametrize("flags", [("--select", "D"), ("--ignore", "S104"), ("--extend-select", "V106"),
                                   ("--min-severity", "warning"), ("--isolated",), ("--max-file-size", "100000")])
def test_command_line_options_are_part_of_the_key(cache_dir, postings, capsys, flags):
    main(capsys, str(postings))
    fresh = main(capsys, *flags, "--no-cache", str(postings))
    assert main(capsys, *flags, str(postings)) == fresh
    assert result_cache.last_run["hits"] == 0 if flags != ("--isolated",) else result_cache.last_run["hits"] < 7


def test_an_edited_rule_pack_is_used(cache_dir, tmp_path, capsys):
    pack = tmp_path / "house.yaml"
    pack.write_text(Path(PACK).read_text(encoding="utf-8"), encoding="utf-8")
    posting = tmp_path / "p.md"
    posting.write_text(POSTING, encoding="utf-8")
    args = ("--isolated", "--rule-pack", str(pack), "--select", "ZZ", str(posting))
    main(capsys, *args)
    assert main(capsys, *args)[1] and result_cache.last_run["hits"] == 1
    pack.write_text(pack.read_text().replace("'{match}' is a test phrase", "'{match}' is a house phrase"))
    load_registry.cache_clear()  # a new process would read the pack again
    rc, out, _ = main(capsys, *args)
    assert result_cache.last_run["hits"] == 0 and "is a house phrase" in out


def test_jdlint_itself_is_part_of_the_key(cache_dir, postings, capsys, monkeypatch):
    main(capsys, str(postings))
    main(capsys, str(postings))
    assert result_cache.last_run["hits"] == 7
    version = result_cache.__version__
    monkeypatch.setattr(result_cache, "__version__", "99.0")
    main(capsys, str(postings))
    assert result_cache.last_run["hits"] == 0
    monkeypatch.setattr(result_cache, "__version__", version)
    main(capsys, str(postings))
    assert result_cache.last_run["hits"] == 7
    seen = []
    real = result_cache.fingerprint
    monkeypatch.setattr(result_cache, "fingerprint", lambda roots: seen.append(roots) or real(roots) + b"edited")
    main(capsys, str(postings))
    assert result_cache.last_run["hits"] == 0
    package = Path(cli.__file__).resolve().parent
    assert any(package in roots for roots in seen)  # the files of the jdlint that runs
    monkeypatch.setattr(result_cache, "fingerprint", real)
    main(capsys, str(postings))
    assert result_cache.last_run["hits"] == 7
    monkeypatch.setattr(result_cache, "installed_versions", lambda: {"spacy": "0.0.1"})
    main(capsys, str(postings))
    assert result_cache.last_run["hits"] == 0


def test_the_fingerprint_sees_every_edit(tmp_path):
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__pycache__").mkdir()
    (pkg / "a.py").write_text("x = 1\n")
    (pkg / "sub" / "rules.yaml").write_text("rules: []\n")
    first = result_cache.fingerprint([pkg])
    (pkg / "__pycache__" / "a.cpython-311.pyc").write_bytes(b"compiled")
    (pkg / ".mypy_cache").mkdir()
    (pkg / ".mypy_cache" / "a.json").write_text("{}")
    assert result_cache.fingerprint([pkg]) == first  # bytecode and tools' hidden folders are not jdlint
    (pkg / "sub" / "rules.yaml").write_text("rules: [1]\n")
    second = result_cache.fingerprint([pkg])
    assert second != first
    st = (pkg / "a.py").stat()
    os.utime(pkg / "a.py", ns=(st.st_atime_ns, st.st_mtime_ns + 1000))  # same size, touched
    assert result_cache.fingerprint([pkg]) != second
    (pkg / "b.py").write_text("")
    assert result_cache.fingerprint([pkg]) not in (first, second)


def test_an_edited_plugin_is_used(cache_dir, tmp_path):
    from test_plugins import PLUGIN

    site = tmp_path / "site"
    site.mkdir()
    (site / "acme_jdlint.py").write_text(PLUGIN)
    dist = site / "acme_jdlint-1.2.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-jdlint\nVersion: 1.2\n")
    (dist / "entry_points.txt").write_text("[jdlint.rules]\nACME = acme_jdlint:RULES\n")
    env = {"PYTHONPATH": f"{site}{os.pathsep}{ROOT}"}
    posting = tmp_path / "p.md"
    posting.write_text("# Analyst\n\nYou will synergize\nwith sales.\n")
    first = run_cli("--select", "ACME", str(posting), env=env)
    assert "is house jargon" in first.stdout and len(entries(cache_dir)) == 1
    (site / "acme_jdlint.py").write_text(PLUGIN.replace("is house jargon", "is jargon of the house"))
    second = run_cli("--select", "ACME", str(posting), env=env)
    assert "is jargon of the house" in second.stdout and len(entries(cache_dir)) == 2


# -- a cache in any state -------------------------------------------------------------------
@pytest.mark.parametrize("damage", [b"", b"\x00garbage", marshal.dumps((1, 2, 3)), "truncated", "shuffled"])
def test_a_damaged_entry_is_a_miss_and_is_replaced(cache_dir, postings, capsys, damage):
    fresh = main(capsys, "-f", "json", "--no-cache", str(postings))
    main(capsys, "-f", "json", str(postings))
    for path in entries(cache_dir):
        data = path.read_bytes()
        if damage == "truncated":
            path.write_bytes(data[:len(data) // 2])
        elif damage == "shuffled":  # valid marshal, wrong values, sealed: the layout checks catch it
            from jdlint.cache import seal, unseal

            entry = list(marshal.loads(unseal(path.name, data)))
            entry[3] = [tuple(reversed(row)) for row in entry[3]]
            entry[4] = [("x",)] if entry[4] else [1]
            path.write_bytes(seal(path.name, marshal.dumps(tuple(entry))))
        else:
            path.write_bytes(damage)
    assert main(capsys, "-f", "json", str(postings)) == fresh
    assert result_cache.last_run["hits"] == 0 and result_cache.last_run["saved"] == 7
    assert main(capsys, "-f", "json", str(postings)) == fresh
    assert result_cache.last_run["hits"] == 7


@pytest.mark.parametrize("damage", ["bit-flip", "swapped"])
def test_an_entry_that_does_not_verify_is_never_served(cache_dir, postings, capsys, damage):
    """Issue 18 item 6: a flipped bit inside a message is still valid marshal and was served as
    the report; an entry copied under another file's key was served for that file."""
    fresh = main(capsys, "-f", "json", "--no-cache", str(postings))
    main(capsys, "-f", "json", str(postings))
    saved = entries(cache_dir)
    blobs = [p.read_bytes() for p in saved]
    assert any(b"says nothing" in b for b in blobs)
    for path, data in zip(saved, blobs):
        if damage == "bit-flip":  # one bit of one letter of a message: "says" -> "rays"
            at = data.find(b"says nothing")
            if at >= 0:
                path.write_bytes(data[:at] + bytes([data[at] ^ 1]) + data[at + 1:])
        else:
            path.write_bytes(blobs[0] if path != saved[0] else blobs[1])
    assert main(capsys, "-f", "json", str(postings)) == fresh
    again = main(capsys, "-f", "json", str(postings))  # rewritten: hits again, still right
    assert again == fresh and result_cache.last_run["hits"] == 7


def test_a_damaged_derived_table_is_rebuilt_even_with_no_cache(tmp_path, postings):
    """Issue 18 item 6: a flipped bit in the parsed-YAML cache changed the built-in rules (or
    broke every file with an internal error), and --no-cache does not turn that cache off.
    New processes: this one holds its tables in memory."""
    env = {"JDLINT_CACHE_DIR": str(tmp_path / "derived")}
    fresh = run_cli("-f", "json", "--no-cache", str(postings), env=env)
    assert fresh.returncode == 1
    folder = tmp_path / "derived"
    tables = [p for p in folder.glob("*.marshal") if b"rockstar" in p.read_bytes()]
    assert tables
    for path in tables:
        data = path.read_bytes()
        at = data.find(b"rockstar")
        path.write_bytes(data[:at + 7] + bytes([data[at + 7] ^ 1]) + data[at + 8:])
    again = run_cli("-f", "json", "--no-cache", str(postings), env=env)
    assert (again.returncode, again.stdout, again.stderr) == (fresh.returncode, fresh.stdout, fresh.stderr)
    from jdlint import cache

    for path in tables:
        assert cache.unseal(path.name, path.read_bytes()) is not None  # rebuilt and sealed again


def test_a_cache_folder_that_cannot_be_created(tmp_path, postings, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("JDLINT_CACHE_DIR", str(blocker / "cache"))
    first = run_cli(str(postings))
    assert first.returncode == 1 and first.stderr == "" and "Found" in first.stdout
    assert run_cli(str(postings)).stdout == first.stdout


def test_a_read_only_cache_is_read_and_never_written(cache_dir, postings, capsys, monkeypatch):
    main(capsys, str(postings))
    tamper(cache_dir)
    before = {p: p.stat().st_mtime_ns for p in entries(cache_dir)}

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(cache.tempfile, "mkstemp", refuse)
    (postings / "bad.md").write_text(BAD_POSTING + "\nMore text.\n")
    rc, out, err = main(capsys, str(postings))
    assert err == "" and rc == 1 and out.count("FROM THE CACHE") > 5
    assert result_cache.last_run == {"hits": 6, "misses": 1, "saved": 0, "pruned": 0}
    assert {p: p.stat().st_mtime_ns for p in entries(cache_dir)} == before


def test_concurrent_runs_share_a_cache(cache_dir, postings):
    procs = [subprocess.Popen([sys.executable, "-m", "jdlint", "-f", "json", str(postings)], cwd=str(ROOT),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert outs[0] == outs[1] and outs[0][1] == b""
    assert run_cli("-f", "json", str(postings)).stdout.encode() == outs[0][0]
    assert [p.name for p in (cache_dir / "results").iterdir() if p.name.startswith(".")] == [".pruned"]  # no temp files


def test_pruning_keeps_the_newest_entries(tmp_path):
    folder = tmp_path / "results"
    folder.mkdir()
    for i in range(15):
        (folder / f"{i:02d}").write_bytes(b"x" * 10)
        os.utime(folder / f"{i:02d}", (1_000_000 + i, 1_000_000 + i))
    (folder / ".00-abandoned").write_bytes(b"half")
    os.utime(folder / ".00-abandoned", (1_000_000, 1_000_000))
    (folder / ".01-being-written").write_bytes(b"half")
    (folder / result_cache.PRUNE_MARKER).write_bytes(b"")
    os.utime(folder / result_cache.PRUNE_MARKER, (1_000_000, 1_000_000))
    assert result_cache.prune(folder, max_entries=15, max_bytes=150) == 0  # at the limits
    assert not (folder / ".00-abandoned").exists()
    (folder / "15").write_bytes(b"x" * 10)
    assert result_cache.prune(folder, max_entries=15, max_bytes=1000) == 4  # down to 12 entries
    assert sorted(p.name for p in folder.iterdir()) == [".01-being-written", ".pruned"] + [f"{i:02d}" for i in range(4, 16)]
    assert result_cache.prune(folder, max_entries=100, max_bytes=100) == 4  # 120 bytes, down to 80
    assert sorted(p.name for p in folder.iterdir()) == [".01-being-written", ".pruned"] + [f"{i:02d}" for i in range(8, 16)]


def test_a_run_that_saves_prunes(cache_dir, postings, capsys, monkeypatch):
    monkeypatch.setattr(result_cache, "MAX_ENTRIES", 5)
    main(capsys, str(postings))
    assert result_cache.last_run["saved"] == 7 and result_cache.last_run["pruned"] > 0
    assert len([p for p in (cache_dir / "results").iterdir() if not p.name.startswith(".")]) <= 5


def test_small_saving_runs_check_the_limits_once_a_day(cache_dir, postings, capsys, monkeypatch):
    checks = []
    real = result_cache.prune
    monkeypatch.setattr(result_cache, "prune", lambda folder: checks.append(folder) or real(folder))
    main(capsys, str(postings))
    assert len(checks) == 1  # the first run that saves
    (postings / "bad.md").write_text(BAD_POSTING + "\nMore text.\n")
    main(capsys, str(postings))
    main(capsys, str(postings))  # all hits: saves nothing
    assert len(checks) == 1 and result_cache.last_run["hits"] == 7
    os.utime(cache_dir / "results" / result_cache.PRUNE_MARKER, (1_000_000, 1_000_000))
    (postings / "bad.md").write_text(BAD_POSTING + "\nEven more text.\n")
    main(capsys, str(postings))
    assert len(checks) == 2
    monkeypatch.setattr(result_cache, "PRUNE_AFTER_SAVES", 2)
    main(capsys, "--select", "ALL", str(postings))  # saves 7
    assert len(checks) == 3


def test_a_file_changed_while_linting_is_not_saved(cache_dir, postings):
    from jdlint.engine import Linter

    linter = Linter()
    results = result_cache.ResultCache(linter)
    path = str(postings / "bad.md")
    report, probe = results.lookup(path)
    assert report is None and probe is not None
    Path(path).write_text(BAD_POSTING + "\nAdded meanwhile.\n")
    results.save(probe, next(iter(linter.lint_paths([path]))))
    assert results.saved == 0 and not entries(cache_dir)


# -- when the cache is off ------------------------------------------------------------------
@pytest.mark.parametrize("how", ["--no-cache", "JDLINT_NO_CACHE=1", "config"])
def test_turned_off_it_neither_reads_nor_writes(cache_dir, postings, capsys, monkeypatch, how):
    main(capsys, str(postings))
    tamper(cache_dir)
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in (cache_dir / "results").iterdir()}
    assert len(before) == 8  # seven reports and the prune marker
    (postings / "new.md").write_text(POSTING)
    args = [str(postings)]
    if how == "--no-cache":
        args.insert(0, how)
    elif how == "config":
        for folder in (postings, postings / "team"):
            config = folder / ".jdlint.yaml"
            config.write_text((config.read_text() if config.exists() else "") + "cache: false\n")
    else:
        monkeypatch.setenv("JDLINT_NO_CACHE", "1")
    result = main(capsys, *args)
    assert "FROM THE CACHE" not in result[1] and "new.md" in result[1]
    assert result_cache.last_run.get("saved", 0) == 0
    assert {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in (cache_dir / "results").iterdir()} == before
    monkeypatch.delenv("JDLINT_NO_CACHE", raising=False)
    assert result == main(capsys, "--no-cache", str(postings))


def test_a_bad_cache_value_in_config_is_an_error(cache_dir, postings):
    (postings / ".jdlint.yaml").write_text("cache: maybe\n")
    r = run_cli(str(postings / "bad.md"))
    assert r.returncode == 2 and ".jdlint.yaml:1:1: cache is true or false" in r.stderr


def test_stdin_is_never_cached(cache_dir, tmp_path):
    (tmp_path / "-").write_text(BAD_POSTING)  # a file called "-" is not what "-" names
    first = run_cli("-", stdin=BAD_POSTING, cwd=tmp_path)
    again = run_cli("-", "--stdin-filename", "ad.md", stdin=BAD_POSTING, cwd=tmp_path)
    assert first.returncode == again.returncode == 1 and first.stderr == again.stderr == ""
    assert first.stdout.startswith("-:1:1: ") and again.stdout.startswith("ad.md:1:1: ")
    assert not entries(cache_dir)


def test_fix_neither_reads_nor_writes_the_cache(cache_dir, tmp_path, capsys):
    posting = tmp_path / "p.md"
    posting.write_text(POSTING)
    args = ("--isolated", "--rule-pack", PACK, "--select", "ZZ")
    main(capsys, *args, str(posting))
    tamper(cache_dir)
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in entries(cache_dir)}
    rc, out, err = main(capsys, *args, "--fix", "--unsafe-fixes", str(posting))
    assert "fixed 1 problem" in err and "sundae" in posting.read_text() and "FROM THE CACHE" not in out
    assert {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in entries(cache_dir)} == before


def test_only_data_that_comes_back_unchanged_is_saved(cache_dir, postings):
    import numpy as np

    from jdlint.engine import Linter

    linter = Linter()
    results = result_cache.ResultCache(linter)
    path = str(postings / "bad.md")
    _, probe = results.lookup(path)
    report = next(iter(linter.lint_paths([path])))
    report.metrics["ratio"] = np.float64(0.5)  # marshal would write its buffer: bytes
    results.save(probe, report)
    assert results.saved == 0
    report.metrics["ratio"] = float("nan")  # plain, though never equal to itself
    results.save(probe, report)
    assert results.saved == 1
    again, _ = result_cache.ResultCache(linter).lookup(path)
    assert again.metrics["ratio"] != again.metrics["ratio"] and again.diagnostics == report.diagnostics


def test_a_hit_marks_an_old_entry_as_recently_used(cache_dir, postings, capsys):
    main(capsys, str(postings))
    old = entries(cache_dir)[0]
    os.utime(old, (1_000_000, 1_000_000))
    main(capsys, str(postings))
    assert result_cache.last_run["hits"] == 7 and old.stat().st_mtime > 1_000_000
