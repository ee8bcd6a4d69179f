"""A non-editable install works: the wheel carries the rule packs, schema and data, and the
installed jdlint finds its rules with no source tree around (what ``pip install .`` and
pre-commit do)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT
from jdlint.registry import load_registry


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """Build the wheel from a copy of the project, so the checkout is left untouched."""
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    for folder in ("jdlint", "rules"):
        shutil.copytree(ROOT / folder, src / folder, ignore=shutil.ignore_patterns("__pycache__"))
    out = tmp_path_factory.mktemp("dist")
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                           "--no-index", "-w", str(out), str(src)], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    (whl,) = out.glob("jdlint-*.whl")
    return whl


def test_wheel_contains_packs_schema_and_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    packs = sorted(p.name for p in (ROOT / "rules").glob("*.yaml"))
    assert packs, "no rule packs in rules/"
    for pack in packs:
        assert f"jdlint/packs/{pack}" in names
    assert "jdlint/schema/report.schema.json" in names
    for data in (ROOT / "jdlint" / "data").glob("*.yaml"):
        assert f"jdlint/data/{data.name}" in names
    # every module, including subpackages (jdlint/parse/): a package missing from pyproject's
    # list would install a jdlint that fails on import
    modules = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "jdlint").rglob("*.py"))
    assert [m for m in modules if m not in names] == []
    assert "jdlint/data/html_report.css" in names  # --format html inlines it
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[jdlint.rules]" in text and "[console_scripts]" in text


def test_installed_wheel_runs_with_all_rules(wheel, tmp_path):
    site = tmp_path / "site"
    proc = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index",
                           "--target", str(site), str(wheel)], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    posting = tmp_path / "case-manager.txt"
    shutil.copy(ROOT / "examples" / "case-manager.txt", posting)
    env = {**os.environ, "PYTHONPATH": str(site), "NO_COLOR": "1"}
    where = subprocess.run([sys.executable, "-c", "import jdlint, jdlint.registry as r; print(jdlint.__file__); print(r.builtin_pack_dir())"],
                           capture_output=True, text=True, cwd=tmp_path, env=env)
    module_file, pack_dir = where.stdout.split()
    assert module_file.startswith(str(site)) and pack_dir == str(site / "jdlint" / "packs")
    listed = subprocess.run([sys.executable, "-m", "jdlint", "--list-rules", "--format", "json"],
                            capture_output=True, text=True, cwd=tmp_path, env=env)
    installed_codes = {r["code"] for r in json.loads(listed.stdout)["rules"]}
    assert installed_codes == {r.code for r in load_registry(()).rules}
    run = subprocess.run([sys.executable, "-m", "jdlint", "--format", "json", str(posting)],
                         capture_output=True, text=True, cwd=tmp_path, env=env)
    assert run.returncode == 1, run.stderr
    found = {d["code"] for d in json.loads(run.stdout)["files"][0]["diagnostics"]}
    assert "S104" in found  # from a YAML pack inside the wheel
    page = subprocess.run([sys.executable, "-m", "jdlint", "--format", "html", str(posting)],
                          capture_output=True, text=True, cwd=tmp_path, env=env)
    assert page.returncode == 1 and "mark.hl" in page.stdout, page.stderr  # the stylesheet, from the wheel


def test_sources_compile_without_warnings():
    """An invalid escape in a docstring ("\\s") is a DeprecationWarning on 3.11 and a SyntaxWarning
    from 3.12, on the user's first import; compiled here with warnings as errors instead."""
    import warnings

    sources = sorted(p for folder in ("jdlint", "scripts", "tests") for p in (ROOT / folder).rglob("*.py"))
    assert len(sources) > 40
    for path in sources:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            compile(path.read_text(encoding="utf-8"), str(path), "exec")
