"""Third-party rules through the ``jdlint.rules`` entry-point group."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

PLUGIN = '''
from jdlint.rules import Pattern, rule

@rule(code="ACME101", name="missing-team-name", category="structure", severity="info",
      summary="The posting never names the team.", what="Postings without a team.",
      why="Applicants want to know who they will work with.", fix="Name the team.",
      bad=["Join us!"], good=["Join the Payments team."])
def missing_team_name(ctx):
    if "team" not in ctx.text.lower():
        yield ctx.report_document("say which team the hire joins")

@rule(code="ACME102", name="acme-jargon", category="vague", severity="warning",
      summary="House jargon.", what="w", why="y", fix="f", bad=["synergize"], good=["work together"],
      patterns=[Pattern("lemma", "synergize", "synergize")])
def acme_jargon(ctx):
    for m in ctx.matches():
        yield ctx.report(m.start, m.end, "'{match}' is house jargon")

RULES = [missing_team_name, acme_jargon]
'''


@pytest.fixture
def plugin_env(tmp_path: Path) -> dict:
    (tmp_path / "acme_jdlint.py").write_text(PLUGIN)
    dist = tmp_path / "acme_jdlint-1.2.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-jdlint\nVersion: 1.2\n")
    (dist / "entry_points.txt").write_text("[jdlint.rules]\nACME = acme_jdlint:RULES\n")
    return {"PYTHONPATH": str(tmp_path)}


def test_plugin_rules_are_listed_explained_and_run(plugin_env, tmp_path):
    listed = json.loads(run_cli("--list-rules", "--format", "json", env=plugin_env).stdout)["rules"]
    acme = {r["code"]: r for r in listed if r["code"].startswith("ACME")}
    assert set(acme) == {"ACME101", "ACME102"}
    assert acme["ACME101"]["source"] == "acme_jdlint"
    assert "Applicants want to know" in run_cli("--explain", "missing-team-name", env=plugin_env).stdout
    posting = tmp_path / "p.md"
    posting.write_text("# Analyst\n\nYou will synergize\nwith sales.\n")
    r = run_cli("--select", "ACME", "--format", "json", str(posting), env=plugin_env)
    diags = json.loads(r.stdout)["files"][0]["diagnostics"]
    assert [(d["code"], d["location"]["line"], d["match"]) for d in diags] == [
        ("ACME101", 1, ""), ("ACME102", 3, "synergize")]


def test_a_plugin_that_fails_to_import_is_a_clean_error(tmp_path):
    dist = tmp_path / "broken-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: broken\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[jdlint.rules]\nBRK = no_such_module:RULES\n")
    posting = tmp_path / "p.md"
    posting.write_text("# x\n")
    r = run_cli(str(posting), env={"PYTHONPATH": str(tmp_path)})
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "plugin 'BRK' (no_such_module:RULES) failed to load" in r.stderr
