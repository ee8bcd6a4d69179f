"""Bad input: one clear line on stderr, the right exit code, never a traceback."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import BAD_POSTING, FIXTURES, run_cli

PACK = str(FIXTURES / "packs" / "testpack.yaml")


def assert_clean_error(r, code: int, *needles: str) -> None:
    assert r.returncode == code, (r.returncode, r.stdout, r.stderr)
    assert "Traceback" not in r.stderr + r.stdout
    errors = [l for l in r.stderr.splitlines() if l.startswith("jdlint: error:")]
    assert errors, r.stderr
    for needle in needles:
        assert any(needle in l for l in errors), (needle, errors)


def test_missing_path(tmp_path):
    assert_clean_error(run_cli(str(tmp_path / "nope.md")), 2, "nope.md: no such file or directory")


def test_missing_path_among_good_ones_still_lints_the_rest(tmp_path):
    good = tmp_path / "good.md"
    good.write_text(BAD_POSTING)
    r = run_cli("--format", "json", str(good), str(tmp_path / "nope.md"))
    assert r.returncode == 2
    assert json.loads(r.stdout)["files"][0]["path"] == str(good)


def test_folder_with_no_postings(tmp_path):
    (tmp_path / "notes.py").write_text("x = 1\n")
    assert_clean_error(run_cli(str(tmp_path)), 2, "no postings found")


def test_unreadable_file(tmp_path):
    # A path through a regular file cannot be opened even by root (chmod 000 can).
    blocker = tmp_path / "file.md"
    blocker.write_text("x")
    assert_clean_error(run_cli(str(blocker / "posting.md")), 2, "posting.md")


def test_binary_file(tmp_path):
    p = tmp_path / "bin.md"
    p.write_bytes(bytes(range(256)) * 10)
    assert_clean_error(run_cli(str(p)), 2, "binary file")


def test_invalid_utf8_says_line_and_column(tmp_path):
    p = tmp_path / "latin1.md"
    p.write_bytes("# Role\n\nCaf\xe9 manager wanted\n".encode("latin-1"))
    assert_clean_error(run_cli(str(p)), 2, "latin1.md:3:4: not valid UTF-8 (byte 0xE9)")


def test_empty_file_is_not_an_error(tmp_path):
    p = tmp_path / "empty.md"
    p.write_text("")
    r = run_cli("--format", "json", str(p))
    assert r.returncode == 0 and "Traceback" not in r.stderr
    diags = json.loads(r.stdout)["files"][0]["diagnostics"]
    assert [d["code"] for d in diags] == ["J001"]


def test_whitespace_and_comment_only_file(tmp_path):
    p = tmp_path / "blank.md"
    p.write_text("\n\n   \n<!-- nothing here -->\n")
    r = run_cli("--format", "json", str(p))
    assert r.returncode == 0
    assert [d["code"] for d in json.loads(r.stdout)["files"][0]["diagnostics"]] == ["J001"]


def test_huge_file_is_refused_quickly(tmp_path):
    p = tmp_path / "huge.md"
    p.write_bytes(b"We need a rockstar.\n" * (10 * 1024 * 1024 // 20))
    assert_clean_error(run_cli(str(p)), 2, "10.0 MB, over the 2.0 MB limit")


def test_bom_crlf_and_lone_cr_give_the_same_findings(tmp_path):
    text = "# Dessert chef\n\nWe serve a banana\nsplit every day.\n"
    variants = {
        "lf.md": text.encode(),
        "bom.md": b"\xef\xbb\xbf" + text.encode(),
        "crlf.md": text.replace("\n", "\r\n").encode(),
        "cr.md": text.replace("\n", "\r").encode(),
    }
    found = {}
    for name, data in variants.items():
        p = tmp_path / name
        p.write_bytes(data)
        r = run_cli("--isolated", "--rule-pack", PACK, "--select", "ZZ101", "--format", "json", str(p))
        assert r.returncode == 1, (name, r.stderr)
        (d,) = json.loads(r.stdout)["files"][0]["diagnostics"]
        decoded = data.decode("utf-8-sig")
        assert decoded[d["offset"]["start"]:d["offset"]["end"]] == d["match"]
        found[name] = (d["location"], d["end_location"])
    assert found["lf.md"] == ({"line": 3, "column": 12}, {"line": 4, "column": 6})
    assert len(set(map(str, found.values()))) == 1, found


def test_malformed_config_yaml_reports_line_and_column(tmp_path):
    (tmp_path / ".jdlint.yaml").write_text("select: [V1\nignore: x\n")
    (tmp_path / "p.md").write_text(BAD_POSTING)
    r = run_cli(str(tmp_path / "p.md"))
    assert_clean_error(r, 2, ".jdlint.yaml:2:")


def test_unknown_config_key_names_file_line_and_fix(tmp_path):
    (tmp_path / ".jdlint.yaml").write_text("ignore: []\nselekt: [X]\n")
    (tmp_path / "p.md").write_text(BAD_POSTING)
    assert_clean_error(run_cli(str(tmp_path / "p.md")), 2,
                       ".jdlint.yaml:2:1: unknown key 'selekt' (did you mean 'select'?)")


def test_unknown_rule_in_config(tmp_path):
    (tmp_path / ".jdlint.yaml").write_text("ignore:\n  - D301\n  - NOPE123\n")
    (tmp_path / "p.md").write_text(BAD_POSTING)
    assert_clean_error(run_cli(str(tmp_path / "p.md")), 2, "unknown rule or selector 'NOPE123' in ignore")


def test_malformed_pyproject(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.jdlint]\nselect = [\n")
    (tmp_path / "p.md").write_text(BAD_POSTING)
    assert_clean_error(run_cli(str(tmp_path / "p.md")), 2, "pyproject.toml:")


@pytest.mark.parametrize("pack, where", [
    ("schema: 1\npack: x\nrules:\n  - code: X101\n    name: x\n    category: vague\n    type: phrase\n    summary: s\n    terms: [a]\n    tokns: [b]\n",
     "bad.yaml:10:5: unknown key 'tokns' for a phrase rule"),
    ("schema: 1\nrules:\n  - code: X101\n    name: x\n    category: vage\n    type: phrase\n    summary: s\n    terms: [a]\n",
     "bad.yaml:5:5: unknown category 'vage' (did you mean 'vague'?)"),
    ("schema: 1\nrules:\n  - code: X101\n    name: x\n    category: vague\n    type: regex\n    summary: s\n    patterns: ['(unclosed']\n",
     "bad.yaml:8:16: invalid regular expression"),
    ("schema: 1\nrules:\n  - code: X101\n    name: x\n    category: vague\n    type: phrase\n    summary: s\n    terms: [a\n",
     "bad.yaml:9:1: invalid YAML"),
    ("schema: 1\nrules:\n  - code: X101\n    name: x\n    category: vague\n    type: magic\n    summary: s\n",
     "bad.yaml:6:5: rule type must be one of"),
    ("schema: 1\nprefix: Y\nrules:\n  - code: X101\n    name: x\n    category: vague\n    type: phrase\n    summary: s\n    terms: [a]\n",
     "bad.yaml:4:5: code X101 does not start with the pack prefix 'Y'"),
    ("schema: 1\nrules:\n  - code: X101\n    name: x\n    category: vague\n    type: phrase\n    terms: [a]\n",
     "bad.yaml:3:5: rule is missing required key 'summary'"),
])
def test_malformed_rule_pack(tmp_path, pack, where):
    (tmp_path / "bad.yaml").write_text(pack)
    (tmp_path / "p.md").write_text(BAD_POSTING)
    r = run_cli("--rule-pack", str(tmp_path / "bad.yaml"), str(tmp_path / "p.md"))
    assert_clean_error(r, 2, where)


def test_a_crashing_rule_is_one_line_and_exit_2(tmp_path):
    plugin = tmp_path / "boom_plugin.py"
    plugin.write_text(
        "from jdlint.rules import rule\n"
        "@rule(code='BOOM101', name='boom', category='meta', summary='Always crashes.')\n"
        "def boom(ctx):\n    raise ValueError('kaboom')\n    yield\n"
        "RULES = [boom]\n")
    dist = tmp_path / "boom_plugin-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: boom-plugin\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[jdlint.rules]\nBOOM = boom_plugin:RULES\n")
    posting = tmp_path / "p.md"
    posting.write_text(BAD_POSTING)
    r = run_cli(str(posting), env={"PYTHONPATH": str(tmp_path)})
    assert_clean_error(r, 2, "p.md: internal error while rule BOOM101 boom: ValueError: kaboom")


def test_a_model_that_is_not_installed(tmp_path):
    p = tmp_path / "p.md"
    p.write_text(BAD_POSTING)
    assert_clean_error(run_cli("--model", "xx_not_a_model", str(p)), 2, "spaCy pipeline 'xx_not_a_model' is not installed")
    (tmp_path / ".jdlint.yaml").write_text("model: xx_not_a_model\n")
    assert_clean_error(run_cli(str(p), cwd=tmp_path), 2, "'xx_not_a_model' is not installed")


# -- hostile input (issue 18) ------------------------------------------------------------------
# Each case: one line on stderr, exit 2, and the good file beside it still linted. A timeout
# on the subprocess turns a hang (a FIFO read, /dev/zero read whole) into a failure.
import os
import subprocess
import sys

from conftest import ROOT


def _run_bounded(*args: str, stdin=None, timeout: float = 60) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1"}
    proc = subprocess.run([sys.executable, "-m", "jdlint", *args], stdin=stdin, capture_output=True,
                          cwd=str(ROOT), env=env, timeout=timeout)
    proc.stdout = proc.stdout.decode("utf-8", "replace")
    proc.stderr = proc.stderr.decode("utf-8", "replace")
    return proc


def _linted(r, path) -> list[str]:
    return [f["path"] for f in json.loads(r.stdout)["files"] if not f.get("error")
            and f["path"] == str(path)]


def test_a_device_named_directly_is_refused_and_the_rest_linted(bad_posting):
    r = _run_bounded("--format", "json", "--no-cache", "/dev/zero", str(bad_posting))
    assert_clean_error(r, 2, "/dev/zero: a character device, not a posting file")
    assert _linted(r, bad_posting)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_named_directly_is_refused_without_hanging(tmp_path, bad_posting):
    fifo = tmp_path / "f.md"
    os.mkfifo(fifo)
    r = _run_bounded("--format", "json", "--no-cache", str(fifo), str(bad_posting))
    assert_clean_error(r, 2, "f.md: a named pipe (FIFO), not a posting file")
    assert _linted(r, bad_posting)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_fifo_in_a_folder_is_skipped_with_a_note(tmp_path, jobs):
    from conftest import BAD_POSTING

    for i in range(20):  # enough files for worker processes with --jobs 2
        (tmp_path / f"p{i:02}.md").write_text(BAD_POSTING)
    os.mkfifo(tmp_path / "f.md")
    r = _run_bounded("--format", "json", "--jobs", jobs, str(tmp_path))
    assert r.returncode == 1, r.stderr
    assert f"jdlint: note: {tmp_path / 'f.md'}: skipped, a named pipe (FIFO)" in r.stderr
    assert len(json.loads(r.stdout)["files"]) == 20


def test_endless_stdin_is_read_with_a_bound():
    yes = subprocess.Popen(["yes"], stdout=subprocess.PIPE)
    try:
        r = _run_bounded("--no-cache", "-", stdin=yes.stdout)
    finally:
        yes.kill()
        yes.wait()
    assert_clean_error(r, 2, "-: input is over the 2.0 MB limit")


def test_utf16_is_named_with_how_to_convert(tmp_path, bad_posting):
    p = tmp_path / "u16.md"
    p.write_bytes("# Role\n\nHello there.\n".encode("utf-16"))
    q = tmp_path / "u16be.md"
    q.write_bytes("# Role\n\nHello there.\n".encode("utf-16-be"))  # no byte-order mark
    r = run_cli("--format", "json", str(p), str(q), str(bad_posting))
    assert_clean_error(r, 2, "u16.md: UTF-16LE text, not UTF-8; convert it first, e.g. iconv -f UTF-16 ",
                       "u16be.md: UTF-16BE text")
    assert _linted(r, bad_posting)


def test_symlink_loop_named_directly_says_loop(tmp_path):
    loop = tmp_path / "loop.md"
    loop.symlink_to(loop)
    broken = tmp_path / "broken.md"
    broken.symlink_to(tmp_path / "gone.md")
    r = run_cli(str(loop), str(broken))
    assert_clean_error(r, 2, "loop.md: symbolic link loop", "broken.md: broken symbolic link")


def test_unreadable_subfolder_is_reported(tmp_path, monkeypatch):
    from jdlint.source import discover

    (tmp_path / "a.md").write_text("x")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.md").write_text("x")
    real = os.scandir

    def scandir(path="."):  # chmod 000 does not stop root, so refuse the listing here
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    files, errors = discover([str(tmp_path)])
    assert files == [str(tmp_path / "a.md")]
    assert errors == [f"{tmp_path / 'locked'}: permission denied; folder skipped"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any folder")
def test_unreadable_subfolder_on_the_command_line(tmp_path):
    from conftest import BAD_POSTING

    (tmp_path / "a.md").write_text(BAD_POSTING)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        assert_clean_error(run_cli(str(tmp_path)), 2, "locked: permission denied; folder skipped")
    finally:
        locked.chmod(0o755)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
def test_a_full_disk_is_one_line_and_exit_2(bad_posting):
    r = run_cli("-o", "/dev/full", str(bad_posting))
    assert_clean_error(r, 2, "/dev/full: cannot write the report (No space left on device)")
    with open("/dev/full", "w") as full:  # the report on a full standard output
        proc = subprocess.run([sys.executable, "-m", "jdlint", str(bad_posting)], stdout=full,
                              stderr=subprocess.PIPE, cwd=str(ROOT), timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.decode().splitlines() == [
        "jdlint: error: standard output: cannot write the report (No space left on device)"]


def test_output_naming_an_input_is_refused(tmp_path, bad_posting):
    before = bad_posting.read_bytes()
    r = run_cli("-o", str(bad_posting), str(bad_posting))
    assert_clean_error(r, 2, f"-o names the posting {bad_posting}; the report would overwrite it")
    link = tmp_path / "same.md"  # another name for the same file
    os.link(bad_posting, link)
    assert_clean_error(run_cli("-o", str(link), str(tmp_path)), 2, "-o names the posting")
    assert bad_posting.read_bytes() == before
    report = tmp_path / "report.json"  # not an input: written as before
    r = run_cli("-f", "json", "-o", str(report), str(bad_posting))
    assert r.returncode == 1 and json.loads(report.read_text())["files"][0]["path"] == str(bad_posting)


def test_text_over_the_pipeline_limit_is_refused_and_the_rest_linted(monkeypatch):
    """Issue 18 item 5: with --max-file-size raised, a file over spaCy's max_length (10 M
    characters) raised for the whole batch: a traceback and every report lost. The limit is
    lowered here so the test needs no 10 MB file (the battery script runs the real one)."""
    import jdlint
    from conftest import BAD_POSTING
    from jdlint import nlp as nlp_module

    nlp = nlp_module.load()
    monkeypatch.setattr(nlp, "max_length", 2000)
    long_one = "# Role\n\n" + "We need a careful engineer.\n" * 100
    reports = list(jdlint.lint_texts([(BAD_POSTING, "a.md"), (long_one, "long.md"), (BAD_POSTING, "b.md")]))
    assert [r.path for r in reports] == ["a.md", "long.md", "b.md"]
    assert reports[0].diagnostics and reports[2].diagnostics and not reports[0].error
    assert reports[1].error == (f"long.md: {len(long_one):,} characters, over the language pipeline's limit of "
                                "2,000; split the file (a job ad is a few thousand characters)")


def test_text_nested_25_levels_deep_is_linted(lint):
    """Issue 18 item 11: CommonMark's preset drops everything nested past 20 levels silently."""
    text = ("# Role\n\n" + "> " * 25 + "We need a rockstar deep inside.\n\n"
            + "".join("  " * i + f"- level {i} rockstar\n" for i in range(25)))
    report = lint(text, select=("V101",))
    assert len(report.diagnostics) == 25 and not report.error  # the quote is quoted: V101 skips it
    from jdlint.engine import parse_document
    from jdlint.source import SourceFile

    assert "We need a rockstar deep inside." in parse_document(SourceFile("t.md", text, "markdown")).text
    lines = text.splitlines()
    assert all(lines[d.line - 1][d.column - 1:].startswith("rockstar") for d in report.diagnostics)


def test_text_nested_past_the_parser_limit_is_refused_with_one_line(tmp_path, bad_posting):
    deep = tmp_path / "deep.md"
    deep.write_text("# Role\n\n" + "> " * 5000 + "We need a rockstar deep inside.\n")
    r = run_cli("--format", "json", str(deep), str(bad_posting))
    assert_clean_error(r, 2, "deep.md: blockquotes or lists nested too deeply (past 100 levels of markup)")
    assert _linted(r, bad_posting)
