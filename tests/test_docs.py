"""Generated documentation stays in step with the rules it is generated from."""
from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_rules_md_is_up_to_date():
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_rule_docs.py"), "--check"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_readme_starts_with_the_two_commands():
    head = (ROOT / "README.md").read_text(encoding="utf-8").split("```")[1]
    lines = [l for l in head.splitlines() if l.strip() and not l.startswith("sh")]
    assert lines[0].endswith("jdlint examples/case-manager.txt")
    assert lines[1].endswith(".venv/bin/pytest")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert lines[1] in ci


def test_readme_config_example_is_valid(tmp_path):
    from conftest import run_cli

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    example = text.split("# .jdlint.yaml\n", 1)[1].split("```", 1)[0]
    (tmp_path / ".jdlint.yaml").write_text(example)
    (tmp_path / "p.md").write_text("# Chef\n\nWe want a fast-paced rockstar.\n")
    r = run_cli("--format", "json", str(tmp_path / "p.md"))
    assert r.returncode in (0, 1), r.stderr
    assert "Traceback" not in r.stderr
