"""The README, --help and the pre-commit hook agree with the tool (issue 18, item 11): the JSON
example had another severity, message and offsets, --help listed three of nine folder
suffixes, --jobs had no row in the options table, and the hook's file types missed suffixes."""
from __future__ import annotations

import json
import re

import pytest

from conftest import ROOT, run_cli
from jdlint.source import POSTING_SUFFIXES

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _readme_json() -> dict:
    block = re.search(r"## JSON report.*?```json\n(.*?)```", README, re.S).group(1)
    return json.loads(block)


def test_readme_json_example_is_real_output(tmp_path):
    jobs = tmp_path / "jobs"
    jobs.mkdir()
    (jobs / "sales.md").write_text("# Sales\n\nWe are hiring a salesman to sell our software to schools.\n", encoding="utf-8")
    r = run_cli("--no-cache", "--isolated", "--select", "D101", "-f", "json", "jobs/sales.md", cwd=tmp_path)
    real = json.loads(r.stdout)
    example = _readme_json()
    assert example["version"] == real["version"] and example["tool"] == real["tool"]
    assert example["summary"] == real["summary"]
    (ex_file,), (real_file,) = example["files"], real["files"]
    assert ex_file["path"] == real_file["path"]
    assert ex_file["diagnostics"] == real_file["diagnostics"]  # the whole finding, exactly
    for ex, got in ((ex_file["sections"][0], real_file["sections"][0]),
                    (ex_file["metrics"], real_file["metrics"])):
        assert set(ex) - {"…"} <= set(got)  # abridged: what it shows exists
    assert set(ex_file["sections"][0]) == set(real_file["sections"][0])
    assert set(ex_file["metrics"]["readability"]) - {"…"} <= set(real_file["metrics"]["readability"])
    assert set(ex_file["metrics"]["gender_coded"]) <= set(real_file["metrics"]["gender_coded"])


def test_readme_json_example_is_valid_against_the_schema():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "jdlint" / "schema" / "report.schema.json").read_text())
    jsonschema.validate(_readme_json(), schema)


def test_help_and_readme_name_every_folder_suffix():
    help_text = " ".join(run_cli("--help").stdout.split())  # argparse wraps lines
    listed = "folders: " + ", ".join("*" + s for s in POSTING_SUFFIXES)
    assert listed in help_text
    usage_line = next(line for line in README.splitlines() if "folders recurse into" in line)
    assert re.findall(r"\*(\.\w+)", usage_line) == list(POSTING_SUFFIXES)


def test_every_option_has_a_row_in_the_readme_table():
    from jdlint.cli import build_parser

    table = "\n".join(line for line in README.splitlines() if line.startswith("| `-"))
    missing = [opt for action in build_parser()._actions for opt in action.option_strings
               if opt.startswith("--") and opt not in ("--help", "--version") and f"`{opt}" not in table
               and f", {opt}" not in table]
    assert not missing, missing
    assert "-j, --jobs N" in table


def test_the_hook_runs_on_exactly_the_suffixes_jdlint_looks_for():
    from ruamel.yaml import YAML

    (hook,) = YAML(typ="safe").load((ROOT / ".pre-commit-hooks.yaml").read_text())
    files = re.compile(hook.get("files", ""))
    for suffix in POSTING_SUFFIXES:
        for name in (f"jobs/ad{suffix}", f"jobs/AD{suffix.upper()}"):
            assert files.search(name), name
    for other in ("notes.py", "config.yaml", "ad.md.bak", "README", "page.php"):
        assert not files.search(other), other
    identify = pytest.importorskip("identify.identify")
    for suffix in POSTING_SUFFIXES:  # a text posting carries every tag the hook asks for
        tags = identify.tags_from_path(__file__) | identify.tags_from_filename(f"a{suffix}")
        assert set(hook.get("types", [])) <= tags, suffix
    assert "types_or" not in hook  # pre-commit's types know neither .mdown, .mkd nor .text
