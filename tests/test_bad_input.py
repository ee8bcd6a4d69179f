"""Bad input: one clear line on stderr, the right exit code, never a traceback."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import BAD_POSTING, FIXTURES, run_cli

PACK = str(FIXTURES / "packs" / "testpack.yaml")


def assert_clean_error(r, code: int, *needles: str) -> None:
    assert r.returncode == code, (r.returncode, r.stdout, r.stderr)
    assert "Traceback" not in r.stderr + r.stdout
    errors = [l for l in r.stderr.splitlines() if l.startswith("jdlint: error:")]
    assert errors, r.stderr
    for needle in needles:
        assert any(needle in l for l in errors), (needle, errors)


def test_missing_path(tmp_path):
    assert_clean_error(run_cli(str(tmp_path / "nope.md")), 2, "nope.md: no such file or directory")


def test_missing_path_among_good_ones_still_lints_the_rest(tmp_path):
    good = tmp_path / "good.md"
    good.write_text(BAD_POSTING)
    r = run_cli("--format", "json", str(good), str(tmp_path / "nope.md"))
    assert r.returncode == 2
    assert json.loads(r.stdout)["files"][0]["path"] == str(good)


def test_folder_with_no_postings(tmp_path):
    (tmp_path / "notes.py").write_text("x = 1\n")
    assert_clean_error(run_cli(str(tmp_path)), 2, "no postings found")


def test_unreadable_file(tmp_path):
    # A path through a regular file cannot be opened even by root (chmod 000 can).
    blocker = tmp_path / "file.md"
    blocker.write_text("x")
    assert_clean_error(run_cli(str(blocker / "posting.md")), 2, "posting.md")


def test_binary_file(tmp_path):
    p = tmp_path / "bin.md"
    p.write_bytes(bytes(range(256)) * 10)
    assert_clean_error(run_cli(str(p)), 2, "binary file")


def test_invalid_utf8_says_line_and_column(tmp_path):
    p = tmp_path / "latin1.md"
    p.write_bytes("# Role\n\nCaf\xe9 manager wanted\n".encode("latin-1"))
    assert_clean_error(run_cli(str(p)), 2, "latin1.md:3:4: not valid UTF-8 (byte 0xE9)")


def test_empty_file_is_not_an_error(tmp_path):
    p = tmp_path / "empty.md"
    p.write_text("")
    r = run_cli("--format", "json", str(p))
    assert r.returncode == 0 and "Traceback" not in r.stderr
    diags = json.loads(r.stdout)["files"][0]["diagnostics"]
    assert [d["code"] for d in diags] == ["J001"]


def test_whitespace_and_comment_only_file(tmp_path):
    p = tmp_path / "blank.md"
    p.write_text("\n\n   \n<!-- nothing here -->\n")
    r = run_cli("--format", "json", str(p))
    assert r.returncode == 0
    assert [d["code"] for d in json.loads(r.stdout)["files"][0]["diagnostics"]] == ["J001"]


def test_huge_file_is_refused_quickly(tmp_path):
    p = tmp_path / "huge.md"
    p.write_bytes(b"We need a rockstar.\n" * (10 * 1024 * 1024 // 20))
    assert_clean_error(run_cli(str(p)), 2, "10.0 MB, over the 2.0 MB limit")


def test_bom_crlf_and_lone_cr_give_the_same_findings(tmp_path):
    text = "# Dessert chef\n\nWe serve a banana\nsplit every day.\n"
    variants = {
        "lf.md": text.encode(),
        "bom.md": b"\xef\xbb\xbf" + text.encode(),
        "crlf.md": text.replace("\n", "\r\n").encode(),
        "cr.md": text.replace("\n", "\r").encode(),
    }
    found = {}
    for name, data in variants.items():
        p = tmp_path / name
        p.write_bytes(data)
        r = run_cli("--isolated", "--rule-pack", PACK, "--select", "ZZ101", "--format", "json", str(p))
        assert r.returncode == 1, (name, r.stderr)
        (d,) = json.loads(r.stdout)["files"][0]["diagnostics"]
        decoded = data.decode("utf-8-sig")
        assert decoded[d["offset"]["start"]:d["offset"]["end"]] == d["match"]
        found[name] = (d["location"], d["end_location"])
    assert found["lf.md"] == ({"line": 3, "column": 12}, {"line": 4, "column": 6})
    assert len(set(map(str, found.values()))) == 1, found


def test_malformed_config_yaml_reports_line_and_column(tmp_path):
    (tmp_path / ".jdlint.yaml").write_text("select: [V1\nignore: x\n")
    (tmp_path / "p.md").write_text(BAD_POSTING)
    r = run_cli(str(tmp_path / "p.md"))
    assert_clean_error(r, 2, ".jdlint.yaml:2:")


def test_unknown_config_key_names_file_line_and_fix(tmp_path):
    (tmp_path / ".jdlint.yaml").write_text("ignore: []\nselekt: [X]\n")
    (tmp_path / "p.md").write_text(BAD_POSTING)
    assert_clean_error(run_cli(str(tmp_path / "p.md")), 2,
                       ".jdlint.yaml:2:1: unknown key 'selekt' (did you mean 'select'?)")


def test_unknown_rule_in_config(tmp_path):
    (tmp_path / ".jdlint.yaml").write_text("ignore:\n  - D301\n  - NOPE123\n")
    (tmp_path / "p.md").write_text(BAD_POSTING)
    assert_clean_error(run_cli(str(tmp_path / "p.md")), 2, "unknown rule or selector 'NOPE123' in ignore")


def test_malformed_pyproject(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.jdlint]\nselect = [\n")
    (tmp_path / "p.md").write_text(BAD_POSTING)
    assert_clean_error(run_cli(str(tmp_path / "p.md")), 2, "pyproject.toml:")


@pytest.mark.parametrize("pack, where", [
    ("schema: 1\npack: x\nrules:\n  - code: X101\n    name: x\n    category: vague\n    type: phrase\n    summary: s\n    terms: [a]\n    tokns: [b]\n",
     "bad.yaml:10:5: unknown key 'tokns' for a phrase rule"),
    ("schema: 1\nrules:\n  - code: X101\n    name: x\n    category: vage\n    type: phrase\n    summary: s\n    terms: [a]\n",
     "bad.yaml:5:5: unknown category 'vage' (did you mean 'vague'?)"),
    ("schema: 1\nrules:\n  - code: X101\n    name: x\n    category: vague\n    type: regex\n    summary: s\n    patterns: ['(unclosed']\n",
     "bad.yaml:8:16: invalid regular expression"),
    ("schema: 1\nrules:\n  - code: X101\n    name: x\n    category: vague\n    type: phrase\n    summary: s\n    terms: [a\n",
     "bad.yaml:9:1: invalid YAML"),
    ("schema: 1\nrules:\n  - code: X101\n    name: x\n    category: vague\n    type: magic\n    summary: s\n",
     "bad.yaml:6:5: rule type must be one of"),
    ("schema: 1\nprefix: Y\nrules:\n  - code: X101\n    name: x\n    category: vague\n    type: phrase\n    summary: s\n    terms: [a]\n",
     "bad.yaml:4:5: code X101 does not start with the pack prefix 'Y'"),
    ("schema: 1\nrules:\n  - code: X101\n    name: x\n    category: vague\n    type: phrase\n    terms: [a]\n",
     "bad.yaml:3:5: rule is missing required key 'summary'"),
])
def test_malformed_rule_pack(tmp_path, pack, where):
    (tmp_path / "bad.yaml").write_text(pack)
    (tmp_path / "p.md").write_text(BAD_POSTING)
    r = run_cli("--rule-pack", str(tmp_path / "bad.yaml"), str(tmp_path / "p.md"))
    assert_clean_error(r, 2, where)


def test_a_crashing_rule_is_one_line_and_exit_2(tmp_path):
    plugin = tmp_path / "boom_plugin.py"
    plugin.write_text(
        "from jdlint.rules import rule\n"
        "@rule(code='BOOM101', name='boom', category='meta', summary='Always crashes.')\n"
        "def boom(ctx):\n    raise ValueError('kaboom')\n    yield\n"
        "RULES = [boom]\n")
    dist = tmp_path / "boom_plugin-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: boom-plugin\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[jdlint.rules]\nBOOM = boom_plugin:RULES\n")
    posting = tmp_path / "p.md"
    posting.write_text(BAD_POSTING)
    r = run_cli(str(posting), env={"PYTHONPATH": str(tmp_path)})
    assert_clean_error(r, 2, "p.md: internal error while rule BOOM101 boom: ValueError: kaboom")


def test_a_model_that_is_not_installed(tmp_path):
    p = tmp_path / "p.md"
    p.write_text(BAD_POSTING)
    assert_clean_error(run_cli("--model", "xx_not_a_model", str(p)), 2, "spaCy pipeline 'xx_not_a_model' is not installed")
    (tmp_path / ".jdlint.yaml").write_text("model: xx_not_a_model\n")
    assert_clean_error(run_cli(str(p), cwd=tmp_path), 2, "'xx_not_a_model' is not installed")
