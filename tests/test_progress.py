"""The folder-run progress bar: on stderr when it is a terminal and the run is long, never else."""
from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from jdlint import cli

POSTING = "# Sales Associate {n}\n\nWe need a rockstar salesman to join us.\n\nSalary: $40,000 a year.\n"


def test_progress_line_shows_files_rate_and_time_left():
    line = cli._progress_line(100, 400, 20.0)
    assert "100/400 files" in line and "5.0/s" in line and "1:00 left" in line
    assert line.startswith("[" + "#" * 7 + ".")


def test_progress_draws_then_clears_and_passes_every_report_through():
    ticks = iter(i * 0.25 for i in range(100))
    out = io.StringIO()
    reports = list(cli._with_progress(iter(range(5)), 5, out, clock=lambda: next(ticks)))
    assert reports == [0, 1, 2, 3, 4]
    drawn = out.getvalue()
    assert "\r[" in drawn and "4/5 files" in drawn and "/s" in drawn
    assert drawn.endswith("\r\x1b[K")  # the line is clean for what follows


@pytest.fixture(scope="module")
def many_postings(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("many")
    for n in range(cli.PROGRESS_MIN_FILES):
        (folder / f"{n:04d}.md").write_text(POSTING.format(n=n), encoding="utf-8")
    return folder


def _run(args: list[str], stderr_terminal: bool) -> tuple[int, str]:
    command = [sys.executable, "-m", "jdlint", *args]
    if not stderr_terminal:
        done = subprocess.run(command, capture_output=True, text=True)
        return done.returncode, done.stderr
    master, slave = pty.openpty()
    chunks: list[bytes] = []

    def drain():
        while True:
            try:
                data = os.read(master, 4096)
            except OSError:  # the other end closed
                return
            if not data:
                return
            chunks.append(data)

    reader = threading.Thread(target=drain)
    reader.start()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    code = process.wait()
    reader.join(timeout=10)
    os.close(master)
    return code, b"".join(chunks).decode("utf-8", "replace")


def test_terminal_gets_a_progress_bar_and_a_pipe_never_does(many_postings, tmp_path):
    on_terminal, on_pipe = tmp_path / "terminal.json", tmp_path / "pipe.json"
    args = ["--no-cache", "--jobs", "1", "-f", "json", str(many_postings)]
    code, drawn = _run(args + ["-o", str(on_terminal)], stderr_terminal=True)
    assert code == 1
    assert f"/{cli.PROGRESS_MIN_FILES} files" in drawn and "/s" in drawn and "left" in drawn
    assert drawn.endswith("\r\x1b[K")
    code, piped = _run(args + ["-o", str(on_pipe)], stderr_terminal=False)
    assert code == 1 and piped == ""  # no bar, no carriage returns in a log
    assert on_terminal.read_bytes() == on_pipe.read_bytes()


def test_a_short_run_on_a_terminal_draws_nothing(many_postings, tmp_path):
    few = tmp_path / "few"
    few.mkdir()
    for path in sorted(many_postings.iterdir())[:3]:
        (few / path.name).write_bytes(path.read_bytes())
    code, drawn = _run(["--no-cache", "-f", "json", "-o", str(tmp_path / "r.json"), str(few)],
                       stderr_terminal=True)
    assert code == 1 and drawn == ""
