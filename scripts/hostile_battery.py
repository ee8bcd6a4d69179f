#!/usr/bin/env python3
"""Issue 18's battery of bad inputs, run against the CLI: each case must exit 0, 1 or 2 as
documented, within 20 s (of CPU time) and 1 GB, with no traceback and no other file's report lost.

    .venv/bin/python scripts/hostile_battery.py            # every case, a table, exit 1 on a failure
    .venv/bin/python scripts/hostile_battery.py fifo utf16  # cases whose name contains a word

Each case runs ``python -m jdlint`` in a child limited by ``resource`` (1 GB of address space,
20 CPU seconds; a 120 s wall clock catches a hang), usually beside an ordinary posting whose report must still be there.
The memory printed is the largest resident set of any child so far; the address-space limit
holds each case to 1 GB. Cases from items
handled in other branches (user regexes, YAML alias bombs, config value shapes) are marked
``[elsewhere]``: they pass once those branches are merged.
"""
from __future__ import annotations

import json
import os
import resource
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
#: The bound per case, in CPU seconds (RLIMIT_CPU: the kernel stops a child past it). The wall
#: clock only catches a hang: on a loaded machine a run waits for a core far longer than it works.
CPU = 20
WALL = 120.0
MEMORY = 1 << 30
ORDINARY = ("# Payroll Specialist\n\n## What you'll do\n- Run the monthly payroll.\n\n"
            "## Pay\n$52,000 to $60,000 a year.\n\nWe need a rockstar.\n")
NINJA = "# Developer\n\nWe're hiring a JavaScript ninja. The ninja will code.\n"


@dataclass
class Result:
    code: int | None
    stdout: str
    stderr: str
    seconds: float
    peak_mb: float
    cpu: float = 0.0
    problems: list[str] = field(default_factory=list)


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU, CPU + 5))


def jdlint(*args: str, cwd: Path, stdin=None, env: dict | None = None) -> Result:
    cmd = [sys.executable, "-m", "jdlint", *args]
    # the children run in a temporary folder, where `python -m jdlint` would import whatever jdlint is installed
    # (an editable install points at another checkout): the battery tests the tree it is in
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    full_env = {**os.environ, "NO_COLOR": "1", "PYTHONPATH": path, **(env or {})}
    start = time.monotonic()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen(cmd, cwd=cwd, stdin=stdin if stdin is not None else subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=full_env, preexec_fn=_limit)
    try:
        out, err = proc.communicate(timeout=WALL)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        return Result(None, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"),
                      time.monotonic() - start, 0.0, [f"no answer within {WALL:.0f} s"])
    seconds = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    peak = after.ru_maxrss / 1024  # the largest child so far (the 1 GB limit holds for each)
    r = Result(proc.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"), seconds, peak, cpu)
    if proc.returncode == -24:  # SIGXCPU
        r.problems.append(f"over {CPU} CPU seconds")
    return r


def check(r: Result, codes: tuple[int, ...], *, linted: list[str] = (), stderr_has: list[str] = (),
          json_out: bool = True) -> Result:
    if r.code is None:
        return r
    if r.code not in codes:
        r.problems.append(f"exit {r.code}, expected {'/'.join(map(str, codes))}")
    if "Traceback" in r.stderr or "internal error" in r.stderr:
        r.problems.append("traceback or internal error: " + r.stderr.strip().splitlines()[-1][:200])
    for needle in stderr_has:
        if needle not in r.stderr:
            r.problems.append(f"stderr lacks {needle!r}")
    if linted:
        try:
            files = {f["path"]: f for f in json.loads(r.stdout)["files"]}
        except (ValueError, KeyError):
            r.problems.append("stdout is not a JSON report")
            return r
        for path in linted:
            if path not in files or files[path].get("error"):
                r.problems.append(f"{path}: report lost")
    return r


# -- the cases -------------------------------------------------------------------------------
CASES: list[tuple[str, str, Callable[[Path], Result]]] = []


def case(name: str, item: str = ""):
    def add(fn):
        CASES.append((name, item, fn))
        return fn
    return add


def ok(tmp: Path) -> str:
    (tmp / "ok.md").write_text(ORDINARY)
    return "ok.md"


@case("dev-zero named", "1")
def _(tmp):
    return check(jdlint("-f", "json", "--no-cache", "/dev/zero", ok(tmp), cwd=tmp), (2,), linted=["ok.md"],
                 stderr_has=["/dev/zero: a character device"])


@case("fifo named", "1")
def _(tmp):
    os.mkfifo(tmp / "f.md")
    return check(jdlint("-f", "json", "--no-cache", "f.md", ok(tmp), cwd=tmp), (2,), linted=["ok.md"],
                 stderr_has=["f.md: a named pipe (FIFO)"])


@case("fifo in a folder, --jobs 2", "1")
def _(tmp):
    folder = tmp / "ads"
    folder.mkdir()
    for i in range(20):
        (folder / f"p{i:02}.md").write_text(ORDINARY)
    os.mkfifo(folder / "f.md")
    return check(jdlint("-f", "json", "--no-cache", "--jobs", "2", "ads", cwd=tmp), (1,),
                 linted=[f"ads/p{i:02}.md" for i in range(20)], stderr_has=["note: ads/f.md: skipped"])


@case("endless stdin (yes | jdlint -)", "1")
def _(tmp):
    yes = subprocess.Popen(["yes"], stdout=subprocess.PIPE)
    try:
        r = jdlint("--no-cache", "-", cwd=tmp, stdin=yes.stdout)
    finally:
        yes.kill()
        yes.wait()
    return check(r, (2,), stderr_has=["over the 2.0 MB limit"], json_out=False)


@case("user regex (a+)+$ on a 41-character line", "2 [elsewhere]")
def _(tmp):
    (tmp / "pack.yaml").write_text(
        "pack: evil\nprefix: ZZ\nrules:\n  - code: ZZ901\n    name: evil-regex\n    category: vague\n"
        "    type: regex\n    severity: warning\n    patterns: ['(a+)+$']\n    summary: s\n    message: m\n"
        "    what: w\n    why: y\n    fix: f\n    examples:\n      bad: []\n      good: []\n")
    (tmp / "a.md").write_text("# Role\n\n" + "a" * 40 + "!\n")
    return check(jdlint("-f", "json", "--no-cache", "--rule-pack", "pack.yaml", "a.md", ok(tmp), cwd=tmp), (0, 1, 2))


@case("D405 on 72 kB of licence mentions", "3")
def _(tmp):
    para = "We value punctual people. A valid driver's licence is required for this office job.\n\n"
    (tmp / "lic.md").write_text("# Office assistant\n\n" + para * 850)
    return check(jdlint("-f", "json", "--no-cache", "lic.md", ok(tmp), cwd=tmp), (1,), linted=["lic.md", "ok.md"])


@case("one 490 kB line (a scraped ad with no stops)", "3")
def _(tmp):
    words = ["We", "need", "a", "valid", "driver's", "licence", "required", "young", "energetic", "team"]
    (tmp / "line.md").write_text(" ".join(words[i % len(words)] for i in range(70_000)))
    return check(jdlint("-f", "json", "--no-cache", "line.md", ok(tmp), cwd=tmp), (1,), linted=["line.md", "ok.md"])


@case("runs of punctuation, 300 kB each (tokenizer affixes)", "3")
def _(tmp):
    # spaCy stripped a run's affixes one character at a time, each a search of the rest: 8,000
    # underscores took 10 s (tests/test_long_runs.py)
    names = []
    # "??? " repeated: each "?" started a search whose \s*\W* ran to the end of the run (sections'
    # employer-pointed pattern, 14 s at 5,000, session 29)
    for i, unit in enumerate(["_", "$", "[]", "\U0001f600", "a:b@", "`", "??? ", "! ", ". . ", "\u2026 "]):
        names.append(f"run{i}.md")
        (tmp / names[-1]).write_text("# Role\n\n" + unit * (300_000 // len(unit)) + "\n")
    return check(jdlint("-f", "json", "--no-cache", *names, ok(tmp), cwd=tmp), (0, 1), linted=names + ["ok.md"])


@case("DOE then a run of dashes or dots, 300 kB", "3")
def _(tmp):
    # the pay rules' "line of a few words" regex backtracked exponentially over such a run (44 dashes: 2 s,
    # tests/test_long_runs.py, session 29)
    # (no pay word or figure in the sentence, so the few-words test is the one asked)
    (tmp / "dashes.md").write_text("# Role\n\nDOE " + "-" * 300_000 + " see the notes and the list below\n")
    (tmp / "dots.md").write_text("# Role\n\nDOE " + ". " * 150_000 + " see the notes and the list below\n")
    return check(jdlint("-f", "json", "--no-cache", "dashes.md", "dots.md", ok(tmp), cwd=tmp), (0, 1),
                 linted=["dashes.md", "dots.md", "ok.md"])


@case("HTML openers that never close, 300 kB each", "3")
def _(tmp):
    # the standard parser searched to the end of the file from each one (tests/test_long_runs.py)
    names = []
    for i, unit in enumerate(["<a ", "<!--", "</", "<?", "<script>", "<a b='"]):
        names.append(f"open{i}.html")
        (tmp / names[-1]).write_text(unit * (300_000 // len(unit)))
    return check(jdlint("-f", "json", "--no-cache", *names, ok(tmp), cwd=tmp), (0, 1), linted=names + ["ok.md"])


@case("YAML alias bomb in the config", "4 [elsewhere]")
def _(tmp):
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"] + [
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
        f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]" for i in range(8)]
    (tmp / ".jdlint.yaml").write_text("\n".join(lines) + "\n")
    return check(jdlint("-f", "json", "--no-cache", ok(tmp), cwd=tmp), (2,), json_out=False)


@case("10.5 M characters with --max-file-size raised", "5")
def _(tmp):
    line = "We need a skilled engineer who writes clear code and reviews pull requests.\n"
    (tmp / "big.md").write_text("# Role\n\n" + line * (10_500_000 // len(line)))
    return check(jdlint("-f", "json", "--no-cache", "--max-file-size", "20000000", "big.md", ok(tmp), cwd=tmp),
                 (2,), linted=["ok.md"], stderr_has=["over the language pipeline's limit"])


def _flip(path: Path, needle: bytes) -> bool:
    data = path.read_bytes()
    at = data.find(needle)
    if at < 0:
        return False
    path.write_bytes(data[:at] + bytes([data[at] ^ 1]) + data[at + 1:])
    return True


@case("bit-flipped result entry", "6")
def _(tmp):
    env = {"JDLINT_CACHE_DIR": str(tmp / "cache")}
    ok(tmp)
    fresh = jdlint("-f", "json", "--no-cache", "ok.md", cwd=tmp, env=env)
    jdlint("-f", "json", "ok.md", cwd=tmp, env=env)
    flipped = [p for p in (tmp / "cache" / "results").iterdir() if _flip(p, b"says nothing")]
    r = check(jdlint("-f", "json", "ok.md", cwd=tmp, env=env), (1,), linted=["ok.md"])
    if not flipped:
        r.problems.append("no entry to flip")
    if r.stdout != fresh.stdout:
        r.problems.append("the damaged entry was served")
    return r


@case("bit-flipped derived table, --no-cache", "6")
def _(tmp):
    env = {"JDLINT_CACHE_DIR": str(tmp / "cache")}
    ok(tmp)
    fresh = jdlint("-f", "json", "--no-cache", "ok.md", cwd=tmp, env=env)
    flipped = [p for p in (tmp / "cache").glob("*.marshal") if _flip(p, b"rockstar")]
    r = check(jdlint("-f", "json", "--no-cache", "ok.md", cwd=tmp, env=env), (1,), linted=["ok.md"])
    if not flipped:
        r.problems.append("no table to flip")
    if r.stdout != fresh.stdout:
        r.problems.append("the damaged table changed the report")
    return r


@case("--fix on a read-only file", "7")
def _(tmp):
    (tmp / "ro.md").write_text(NINJA)
    (tmp / "ro.md").chmod(0o444)
    (tmp / "rw.md").write_text(NINJA)
    r = check(jdlint("--no-cache", "--fix", "--unsafe-fixes", "ro.md", "rw.md", cwd=tmp), (1, 2),
              stderr_has=["ro.md: read-only file; not fixed"])
    if (tmp / "ro.md").read_text() != NINJA or "ninja" in (tmp / "rw.md").read_text():
        r.problems.append("read-only file written, or the other file not fixed")
    return r


@case("--fix through a symlink and a hard link", "7")
def _(tmp):
    (tmp / "target.md").write_text(NINJA)
    (tmp / "link.md").symlink_to(tmp / "target.md")
    (tmp / "hard.md").write_text(NINJA)
    os.link(tmp / "hard.md", tmp / "hard2.md")
    r = check(jdlint("-f", "json", "--no-cache", "--select", "V101", "--fix", "--unsafe-fixes", "link.md", "hard.md",
                     cwd=tmp), (0,), linted=["link.md", "hard.md"])
    if not (tmp / "link.md").is_symlink() or "ninja" in (tmp / "target.md").read_text():
        r.problems.append("symlink replaced or its target not fixed")
    if "ninja" in (tmp / "hard2.md").read_text():
        r.problems.append("hard link split")
    return r


@case("config values of the wrong shape", "8 [elsewhere]")
def _(tmp):
    (tmp / ".jdlint.yaml").write_text("select: !foo [D101]\n")
    return check(jdlint("--no-cache", ok(tmp), cwd=tmp), (2,), stderr_has=[".jdlint.yaml:1:"], json_out=False)


@case("-o /dev/full", "9")
def _(tmp):
    return check(jdlint("--no-cache", "-o", "/dev/full", ok(tmp), cwd=tmp), (2,),
                 stderr_has=["/dev/full: cannot write the report"], json_out=False)


@case("-o naming an input", "9")
def _(tmp):
    r = check(jdlint("--no-cache", "-o", "ok.md", ok(tmp), cwd=tmp), (2,), stderr_has=["-o names the posting"],
              json_out=False)
    if (tmp / "ok.md").read_text() != ORDINARY:
        r.problems.append("the posting was overwritten")
    return r


@case("directive with a bare category name", "10")
def _(tmp):
    (tmp / "d.md").write_text("# Role\n\n<!-- jdlint-disable D301 vague -->\nWe need a rockstar.\n")
    r = check(jdlint("-f", "json", "--no-cache", "d.md", cwd=tmp), (1,), linted=["d.md"])
    if '"J002"' not in r.stdout:
        r.problems.append("no J002 finding")
    return r


@case("UTF-16, symlink loop, binary, Latin-1, missing", "11")
def _(tmp):
    (tmp / "u16.md").write_bytes(ORDINARY.encode("utf-16"))
    (tmp / "loop.md").symlink_to(tmp / "loop.md")
    (tmp / "bin.md").write_bytes(bytes(range(256)) * 4)
    (tmp / "latin1.md").write_bytes("# Caf\xe9\n".encode("latin-1"))
    return check(jdlint("-f", "json", "--no-cache", "u16.md", "loop.md", "bin.md", "latin1.md", "nope.md", ok(tmp),
                        cwd=tmp), (2,), linted=["ok.md"],
                 stderr_has=["u16.md: UTF-16LE text", "loop.md: symbolic link loop", "bin.md: binary file",
                             "latin1.md:1:6: not valid UTF-8", "nope.md: no such file"])


@case("unreadable subfolder", "11")
def _(tmp):
    folder = tmp / "ads"
    (folder / "locked").mkdir(parents=True)
    (folder / "a.md").write_text(ORDINARY)
    (folder / "locked" / "b.md").write_text(ORDINARY)
    (folder / "locked").chmod(0)
    try:
        r = jdlint("-f", "json", "--no-cache", "ads", cwd=tmp)
    finally:
        (folder / "locked").chmod(0o755)
    if os.geteuid() == 0:  # root lists any folder: nothing to report, but nothing may break either
        return check(r, (1,), linted=["ads/a.md", "ads/locked/b.md"])
    return check(r, (2,), linted=["ads/a.md"], stderr_has=["locked: permission denied; folder skipped"])


@case("Markdown nested 25 and 5000 levels deep", "11")
def _(tmp):
    (tmp / "deep.md").write_text("# Role\n\n" + "".join("  " * i + f"- level {i} rockstar\n" for i in range(25)))
    (tmp / "deeper.md").write_text("# Role\n\n" + "> " * 5000 + "We need a rockstar.\n")
    r = check(jdlint("-f", "json", "--no-cache", "--select", "V101", "deep.md", "deeper.md", ok(tmp), cwd=tmp), (2,),
              linted=["deep.md", "ok.md"], stderr_has=["deeper.md: blockquotes or lists nested too deeply"])
    try:
        deep = next(f for f in json.loads(r.stdout)["files"] if f["path"] == "deep.md")
        if len(deep["diagnostics"]) != 25:
            r.problems.append(f"deep.md: {len(deep['diagnostics'])} of 25 findings")
    except (ValueError, StopIteration):
        pass
    return r


@case("team of ninjas keeps the plural", "11 [elsewhere: packs.PhraseRule]")
def _(tmp):
    (tmp / "t.md").write_text("# Role\n\nJoin a team of ninjas.\n")
    r = check(jdlint("--no-cache", "--select", "V101", "--fix", "--unsafe-fixes", "t.md", cwd=tmp), (0, 1), json_out=False)
    if "specialists" not in (tmp / "t.md").read_text():
        r.problems.append("fixed to: " + (tmp / "t.md").read_text().splitlines()[-1])
    return r


def main(argv: list[str]) -> int:
    words = [w.lower() for w in argv]
    failed = 0
    print(f"{'case':<52} {'item':<14} {'exit':>4} {'cpu':>7} {'wall':>7} {'peak':>8}  result")
    for name, item, fn in CASES:
        if words and not any(w in name.lower() for w in words):
            continue
        tmp = Path(tempfile.mkdtemp(prefix="jdlint-battery-"))
        try:
            r = fn(tmp)
        except Exception as exc:  # noqa: BLE001 - a broken case is a failed case
            r = Result(None, "", "", 0.0, 0.0, [f"case raised {type(exc).__name__}: {exc}"])
        finally:
            for root, dirs, _ in os.walk(tmp):
                for d in dirs:
                    try:
                        os.chmod(os.path.join(root, d), stat.S_IRWXU)
                    except OSError:
                        pass
            shutil.rmtree(tmp, ignore_errors=True)
        if r.cpu > CPU and not r.problems:
            r.problems.append(f"{r.cpu:.1f} CPU seconds")
        status = "ok" if not r.problems else "FAIL"
        failed += bool(r.problems)
        code = "-" if r.code is None else str(r.code)
        print(f"{name:<52} {item:<14} {code:>4} {r.cpu:6.1f}s {r.seconds:6.1f}s {r.peak_mb:6.0f}MB  {status}",
              flush=True)
        for p in r.problems:
            print(f"    {p}")
    print(f"{failed} failed" if failed else "all clean")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
