"""The JSON report validates against the schema shipped in the package."""
from __future__ import annotations

import json
from importlib.resources import files

import jsonschema
import pytest

from conftest import BAD_POSTING, ROOT, run_json



@pytest.fixture(scope="module")
def schema() -> dict:
    data = json.loads((files("jdlint.schema") / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(data)
    return data


def test_real_output_validates(schema, tmp_path, corpus_too):
    bad = tmp_path / "bad.md"
    bad.write_text(BAD_POSTING)
    paths = [str(ROOT / "examples" / "case-manager.txt"), str(bad)]
    # public-domain (tts_join) and Government of Canada (cds) ads from the shared corpus
    if corpus_too:
        paths += [str(p) for p in sorted(corpus_too.glob("05[1-9]*.md"))[:3] + sorted(corpus_too.glob("06[0-5]*.md"))[:3]]
    proc, report = run_json("--statistics", *paths)
    assert proc.returncode == 1, proc.stderr
    jsonschema.validate(report, schema)
    assert report["summary"]["files"] == len(paths)
    assert any(f["diagnostics"] for f in report["files"])


def test_error_entries_validate(schema, tmp_path):
    proc, report = run_json(str(tmp_path / "missing.md"), str(ROOT / "examples" / "case-manager.txt"))
    assert proc.returncode == 2
    jsonschema.validate(report, schema)


def test_schema_rejects_a_broken_report(schema):
    broken = {"version": 1, "tool": {"name": "jdlint", "version": "x"}, "summary": {"files": 1, "diagnostics": 0,
              "by_severity": {"error": 0, "warning": 0, "info": 0}},
              "files": [{"path": "a", "sections": [], "metrics": {}, "diagnostics": [{"code": "bad"}]}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_enums_are_generated_from_the_code(schema):
    # categories, section kinds, found_by and severities come from the code's constants: the
    # schema on disk must hold exactly them (scripts/gen_rule_docs.py rewrites them)
    from jdlint.diagnostics import CATEGORIES, SECTION_KINDS
    from jdlint.document import FOUND_BY

    defs = schema["$defs"]
    assert tuple(defs["category"]["enum"]) == CATEGORIES
    assert tuple(defs["section"]["properties"]["kind"]["enum"]) == SECTION_KINDS
    assert tuple(defs["section"]["properties"]["found_by"]["enum"]) == FOUND_BY
    assert defs["diagnostic"]["properties"]["severity"]["enum"] == ["error", "warning", "info"]


def test_a_new_constant_value_rewrites_the_enum(monkeypatch):
    import jdlint.schema as schema_module
    from importlib.resources import files

    text = (files("jdlint.schema") / "report.schema.json").read_text(encoding="utf-8")
    assert schema_module.with_generated_enums(text) == text  # up to date
    real = schema_module.generated_enums()
    monkeypatch.setattr(schema_module, "generated_enums",
                        lambda: {**real, "kind": real["kind"] + ("ai-disclosure",)})
    rewritten = json.loads(schema_module.with_generated_enums(text))
    assert rewritten["$defs"]["section"]["properties"]["kind"]["enum"][-1] == "ai-disclosure"
