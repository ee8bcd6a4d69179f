"""scripts/new_rule.py scaffolds a YAML and a Python rule that work once their TODOs are written.

Runs in a copy of the repository (the script edits rules/, jdlint/checks/ and tests/).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT


@pytest.fixture(scope="module")
def copy(tmp_path_factory) -> Path:
    dest = tmp_path_factory.mktemp("repo")
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", ".venv", ".git")
    for folder in ("jdlint", "rules", "scripts", "tests"):
        shutil.copytree(ROOT / folder, dest / folder, ignore=ignore)
    shutil.copy(ROOT / "pyproject.toml", dest / "pyproject.toml")
    return dest


def run(copy: Path, *args: str, module: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(copy)}  # the copy's jdlint, not the installed one
    command = [sys.executable, "-m", module, *args] if module else [sys.executable, *args]
    return subprocess.run(command, cwd=copy, env=env, capture_output=True, text=True, timeout=600)


def fill(path: Path, replacements: dict[str, str]) -> None:
    text = path.read_text(encoding="utf-8")
    for old, new in replacements.items():
        assert old in text, old
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")


def test_scaffolded_rules_fail_until_written_then_pass(copy):
    yaml = run(copy, "scripts/new_rule.py", "V990", "hollow-promise", "--family", "vague")
    assert yaml.returncode == 0, yaml.stderr
    assert "wrote rules/vague.yaml" in yaml.stdout and "wrote tests/test_vague.py" in yaml.stdout
    python = run(copy, "scripts/new_rule.py", "Q990", "degree-inflation", "--family", "newfamily", "--python")
    assert python.returncode == 0, python.stderr
    assert (copy / "jdlint" / "checks" / "newfamily.py").exists() and (copy / "tests" / "test_newfamily.py").exists()
    check = run(copy, "-c", "import jdlint, sys; from jdlint.registry import load_registry; "
                            "r = load_registry(()); print(jdlint.__file__, r.find('V990').category, "
                            "r.find('degree-inflation').code)")
    assert check.returncode == 0, check.stderr
    assert check.stdout.split() == [str(copy / "jdlint" / "__init__.py"), "vague", "Q990"]

    tests = ["tests/test_vague.py", "tests/test_newfamily.py", "tests/test_meta.py", "-k", "990",
             "-p", "no:cacheprovider", "-q"]
    red = run(copy, *tests, module="pytest")
    assert red.returncode == 1 and "still has TODO" in red.stdout and "test_v990_fires" in red.stdout

    # what a contributor writes over the TODOs
    documented = {"TODO: one line for --list-rules.": "A promise with nothing behind it.",
                  "TODO: what it flags, and what it leaves alone (other senses, negations, quotes).": "Flags it.",
                  "TODO: why it matters to applicants, citing a source a reader can open.": "Readers distrust it.",
                  "TODO: how to rewrite it.": "Say what you offer.",
                  "TODO: the law, guidance or study, with a URL": "Joblint, https://github.com/rowanmanning/joblint"}
    fill(copy / "rules" / "vague.yaml", {**documented, "TODO-term: TODO-suggestion": "limitless growth: a promotion path",
                                         "\"TODO: '{match}' says ...; try '{suggestion}'\"": "\"'{match}' is hollow\"",
                                         "TODO: a sentence that must fire.": "We offer limitless growth.",
                                         "TODO: a near-miss that must not.": "We offer a promotion path."})
    fill(copy / "tests" / "test_vague.py", {"TODO: a real sentence that must fire.": "Enjoy limitless growth here.",
                                            '== ["TODO-term"]': '== ["limitless growth"]',
                                            "TODO: a near-miss that must not fire.": "There is no limitless growth."})
    fill(copy / "jdlint" / "checks" / "newfamily.py", {
        **documented, '"""TODO: what the newfamily family checks, and where its lists come from."""': '"""Degrees."""',
        "TODO: '{match}' says ...": "'{match}' inflates the requirement",
        'Pattern("lemma", "TODO-term")': 'Pattern("lemma", "advanced degree")',
        "TODO: a sentence that must fire.": "An advanced degree is required.",
        "TODO: a near-miss that must not.": "A degree or equivalent experience."})
    fill(copy / "tests" / "test_newfamily.py", {"TODO: a real sentence that must fire.": "You hold an advanced degree.",
                                                '== ["TODO-term"]': '== ["advanced degree"]',
                                                "TODO: a near-miss that must not fire.": "No advanced degree is needed."})
    green = run(copy, *tests, module="pytest")
    assert green.returncode == 0, green.stdout[-3000:]
    # two fixture tests per rule, and three meta tests per rule (documented; its examples prove it;
    # its docs cite sources a user can open)
    assert "10 passed" in green.stdout


def test_a_taken_code_or_a_bad_name_is_refused(copy):
    taken = run(copy, "scripts/new_rule.py", "V101", "something-new", "--family", "vague")
    assert taken.returncode == 2 and "V101 cliche-job-title already exists" in taken.stderr
    bad = run(copy, "scripts/new_rule.py", "V991", "Bad_Name", "--family", "vague")
    assert bad.returncode == 2 and "must be kebab-case" in bad.stderr
    prefix = run(copy, "scripts/new_rule.py", "Q991", "wrong-pack", "--family", "vague")
    assert prefix.returncode == 2 and "does not start with the pack's prefix V" in prefix.stderr
