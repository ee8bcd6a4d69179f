#!/usr/bin/env python3
"""Run the jdlint CLI end to end on generated hostile files, under a time and memory bound.

    .venv/bin/python scripts/fuzz_cli.py --runs 200            # by hand, longer
    .venv/bin/python scripts/fuzz_cli.py --runs 5 --seed 7 --keep /tmp/fuzz

Each run writes a folder of files made to hurt (random bytes, deep nesting, huge lines, entity
storms, mixed and wrong encodings, NULs past the binary sniff, directive noise), plus one
ordinary posting, and runs ``jdlint -f json`` on the folder in a child process limited by
``resource`` (address space ``--memory-mb``, CPU seconds ``--seconds``; wall time too). A run
passes when the exit code is 0, 1 or 2, nothing on stderr is a traceback or an internal error,
the JSON parses, and every file is accounted for: in the report, or named by an error line.
``tests/test_fuzz.py`` runs a few seeded runs in the suite.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ORDINARY = ("# Payroll Specialist\n\n## What you'll do\n- Run the monthly payroll.\n\n"
            "## Pay\n$52,000 to $60,000 a year.\n\nWe need a rockstar.\n")
WORDS = ["rockstar", "salesman", "young", "digital native", "must", "be", "TBD", "[Company Name]",
         "$50,000", "competitive salary", "fast-paced", "XX years", "benefits", "Responsibilities:",
         "equal opportunity", "regardless of age", "not", "ninja", "caf\u00e9", "\U0001f600", "\u2022",
         "don\u2019t", "\u00ad", "\u202e", "\u200b", "driver's licence required", "must be a citizen"]
MARKUP = ["# ", "## ", "- ", "* ", "1. ", "> ", "**", "_", "`", "[", "](http://x.io)", "<!-- x -->",
          "<b>", "</b>", "| a | b |\n|---|---|\n", "---\ntitle: x\n---\n", "```\n", "&amp;", "&#39;",
          "<!-- jdlint-disable -->", "<!-- jdlint-enable V1 nope -->", "<div>", "</div>", "<p>", "&nbsp;",
          "<script>", "</script>", "<![CDATA[", "<!--", "-->", "\\"]
SUFFIXES = [".md", ".txt", ".html", ".markdown", ".htm"]


def words(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(WORDS + MARKUP + [" ", " ", "\n", "\n\n", "\r\n", "\r"]) for _ in range(n))


def hostile(rng: random.Random, big: bool) -> bytes:
    """One file's bytes, of a kind picked at random. ``big`` allows megabyte inputs."""
    size = rng.choice([1_000, 50_000, 400_000, 1_500_000] if big else [200, 2_000, 20_000])
    kind = rng.choice(["random-bytes", "text", "deep-quotes", "deep-lists", "deep-html", "deep-inline",
                       "huge-line", "entities", "latin1-inside", "utf16", "late-nul", "directives",
                       "one-word-lines", "bom-mid"])
    if kind == "random-bytes":
        return rng.randbytes(size)
    if kind == "text":
        return words(rng, size // 6).encode()
    if kind == "deep-quotes":
        return ("> " * rng.randint(15, 3000) + words(rng, 20) + "\n").encode() * rng.randint(1, 5)
    if kind == "deep-lists":
        depth = rng.randint(10, 400)
        return "".join("  " * i + rng.choice(["- ", "1. ", "* "]) + words(rng, 3) + "\n" for i in range(depth)).encode()
    if kind == "deep-html":
        depth = rng.randint(20, 5000)
        return ("<div>" * depth + words(rng, 30) + "</div>" * rng.randint(0, depth)).encode()
    if kind == "deep-inline":
        depth = rng.randint(20, 5000)
        opener = rng.choice(["[", "**", "_", "`", "<b>", "("])
        return (opener * depth + words(rng, 10) + opener[::-1] * rng.randint(0, depth)).encode()
    if kind == "huge-line":
        return ("We need " + " ".join(rng.choice(WORDS) for _ in range(size // 8))).encode()
    if kind == "entities":
        ents = ["&amp;", "&#x1F600;", "&#99999999;", "&bogus;", "&#0;", "&nbsp;", "&#x110000;", "&"]
        return "".join(rng.choice(ents) for _ in range(size // 6)).encode()
    if kind == "latin1-inside":
        return words(rng, size // 12).encode() + "caf\xe9".encode("latin-1") + words(rng, 10).encode()
    if kind == "utf16":
        return words(rng, size // 12).encode(rng.choice(["utf-16", "utf-16-le", "utf-16-be"]))
    if kind == "late-nul":
        return b"x" * 9000 + b"\x00" + words(rng, 50).encode()
    if kind == "directives":
        return "".join(rng.choice(["<!-- jdlint-disable ", "<!-- jdlint-enable ", "# jdlint-disable-next-line "])
                       + rng.choice(["", "V1", "vague", "category:bias", "ALL", "-->", "\n"]) + " -->\n"
                       + words(rng, 5) for _ in range(size // 40)).encode()
    if kind == "one-word-lines":
        return "\n".join(rng.choice(WORDS) for _ in range(size // 6)).encode()
    return b"\xef\xbb\xbf" + words(rng, 30).encode() + b"\xef\xbb\xbf" + words(rng, 30).encode()  # bom-mid


def make_folder(folder: Path, rng: random.Random, files: int, big: bool) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(files):
        path = folder / f"h{i:02d}{rng.choice(SUFFIXES)}"
        path.write_bytes(hostile(rng, big))
        paths.append(path)
    good = folder / "zz-ordinary.md"
    good.write_text(ORDINARY, encoding="utf-8")
    return paths + [good]


def limits(memory_mb: int, seconds: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory_mb << 20, memory_mb << 20))
        resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 5))
    return apply


def run_once(folder: Path, paths: list[Path], memory_mb: int, seconds: int, jobs: int) -> list[str]:
    """Problems found in one CLI run over ``folder`` (empty when it behaved)."""
    cmd = [sys.executable, "-m", "jdlint", "-f", "json", "--no-cache", "--jobs", str(jobs),
           "--max-file-size", str(4 << 20), str(folder)]
    env = {**os.environ, "NO_COLOR": "1"}
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=limits(memory_mb, seconds),
                            env=env)
    try:
        out, err = proc.communicate(timeout=seconds * 2 + 10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return [f"no answer within {seconds * 2 + 10} s"]
    problems = []
    stderr = err.decode("utf-8", "replace")
    if proc.returncode not in (0, 1, 2):
        problems.append(f"exit code {proc.returncode}")
    if "Traceback" in stderr or "internal error" in stderr or "MemoryError" in stderr:
        problems.append("stderr: " + stderr[-2000:])
    try:
        report = json.loads(out)
    except ValueError:
        return problems + ["stdout is not JSON: " + out[:300].decode("utf-8", "replace")]
    reported = {f["path"] for f in report["files"]}
    named = {line.split(": ", 2)[2].split(":")[0] for line in stderr.splitlines() if line.startswith("jdlint: error: ")}
    for path in paths:
        if str(path) not in reported and str(path) not in named:
            problems.append(f"{path.name}: neither reported nor named in an error")
    if str(paths[-1]) not in reported or any(f.get("error") for f in report["files"] if f["path"] == str(paths[-1])):
        problems.append("the ordinary posting was not linted")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--files", type=int, default=8, help="hostile files per run")
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--big", action="store_true", help="allow files up to 1.5 MB")
    ap.add_argument("--memory-mb", type=int, default=1024)
    ap.add_argument("--seconds", type=int, default=60, help="CPU seconds per run")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--keep", type=Path, help="keep each run's folder under here")
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    failures = 0
    for run in range(args.runs):
        rng = random.Random(seed + run)
        tmp = Path(tempfile.mkdtemp(prefix="jdlint-fuzz-"))
        try:
            paths = make_folder(tmp / f"run{seed + run}", rng, args.files, args.big)
            problems = run_once(tmp / f"run{seed + run}", paths, args.memory_mb, args.seconds, args.jobs)
            if args.keep and problems:
                shutil.copytree(tmp / f"run{seed + run}", args.keep / f"run{seed + run}", dirs_exist_ok=True)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        status = "ok" if not problems else "FAIL"
        print(f"run {run + 1}/{args.runs} seed {seed + run}: {status}", flush=True)
        for p in problems:
            print("   ", p)
        failures += bool(problems)
    print(f"{args.runs - failures} of {args.runs} runs clean ({args.runs * (args.files + 1)} files), first seed {seed}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
