"""spacy.cli stays out of a linting process (jdlint/lazy_spacy_cli.py), and nothing else changes.

If a spaCy upgrade changes how its __init__ pulls in the CLI, the stand-in steps aside and the
first test here fails: then read spacy/__init__.py again and update EXPECTED_LINE (or drop the
stand-in), rather than let the cold start grow back unnoticed.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import BAD_POSTING

HEAVY = ("typer", "weasel", "httpx", "requests", "rich", "click")

PROBE = """
import json, sys
import jdlint
report = jdlint.lint_text(sys.stdin.read(), path="ad.md")
print(json.dumps({
    "heavy": sorted(m for m in %r if m in sys.modules),
    "stand_in": type(sys.modules.get("spacy.cli")).__name__,
    "findings": [[d.code, d.line, d.column, d.message] for d in report.diagnostics],
}))
""" % (HEAVY,)


def _probe(eager: bool) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "JDLINT_EAGER_SPACY_CLI"}
    if eager:
        env["JDLINT_EAGER_SPACY_CLI"] = "1"
    out = subprocess.run([sys.executable, "-c", PROBE], input=BAD_POSTING, capture_output=True, text=True,
                         env=env, check=True)
    return json.loads(out.stdout)


def test_spacy_cli_heavy_modules_stay_out_and_findings_are_the_same():
    lazy, eager = _probe(eager=False), _probe(eager=True)
    assert lazy["heavy"] == [], (
        f"spaCy's CLI dependencies {lazy['heavy']} were imported while linting: the spacy.cli "
        "stand-in no longer works with this spaCy (see jdlint/lazy_spacy_cli.py)")
    assert lazy["stand_in"] == "_StandIn"
    assert eager["stand_in"] == "module" and "typer" in eager["heavy"]  # the switch really switches
    assert lazy["findings"] and lazy["findings"] == eager["findings"]


def test_spacy_cli_loads_for_real_on_first_use():
    code = """
import sys, jdlint, spacy
assert "typer" not in sys.modules
assert "spacy_version" in spacy.info(silent=True)  # spacy.info: the stand-in's lazy wrapper
assert "typer" in sys.modules and type(sys.modules["spacy.cli"]).__name__ == "module"
assert spacy.info is sys.modules["spacy.cli.info"].info and spacy.cli is sys.modules["spacy.cli"]
from spacy.cli import download  # a submodule and a name of the real package
from spacy.cli._util import app
print("ok")
"""
    env = {k: v for k, v in os.environ.items() if k != "JDLINT_EAGER_SPACY_CLI"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr


def test_submodule_import_first_loads_the_real_package():
    code = """
import sys, jdlint, spacy
import spacy.cli.download
assert type(sys.modules["spacy.cli"]).__name__ == "module" and "spacy.cli.download" in sys.modules
print("ok")
"""
    env = {k: v for k, v in os.environ.items() if k != "JDLINT_EAGER_SPACY_CLI"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr


def test_stands_aside_when_spacy_init_differs(tmp_path):
    from jdlint import lazy_spacy_cli

    class Spec:
        origin = str(tmp_path / "__init__.py")

    Path(Spec.origin).write_text("from .cli.info import info  # noqa: F401\nfrom .cli import app\n")
    assert not lazy_spacy_cli._expected_layout(Spec)
    Path(Spec.origin).write_text("import sys\n" + lazy_spacy_cli.EXPECTED_LINE + "\n")
    assert lazy_spacy_cli._expected_layout(Spec)
