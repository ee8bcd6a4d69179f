"""Configuration discovery, selection, severity, options and per-file ignores."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES
from jdlint.config import Config, ConfigError, load_config
from jdlint.context import SKIP_CONTEXTS
from jdlint.diagnostics import Severity
from jdlint.engine import Linter

PACK = FIXTURES / "packs" / "testpack.yaml"
POSTING = ("# Dessert chef\n\nWe serve a banana split every day.\n"
           "You need XX years of experience.\n")


def lint_file(path: Path, **kw) -> list[tuple[str, str]]:
    linter = Linter(**kw)
    (report,) = list(linter.lint_paths([str(path)]))
    assert report.error is None, report.error
    return [(d.code, str(d.severity)) for d in report.diagnostics if d.code.startswith("ZZ")]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "jobs" / "deep").mkdir(parents=True)
    (tmp_path / "jobs" / "deep" / "p.md").write_text(POSTING)
    return tmp_path


def write_config(folder: Path, body: str) -> None:
    (folder / ".jdlint.yaml").write_text(f"rule-packs: [{PACK}]\n" + body)


def test_nearest_config_walking_up(tree):
    write_config(tree, "select: [ZZ]\nignore: [ZZ102]\n")
    assert lint_file(tree / "jobs" / "deep" / "p.md") == [("ZZ103", "info"), ("ZZ101", "warning")]
    write_config(tree / "jobs", "select: [ZZ102]\n")  # nearer file wins, no merging
    assert lint_file(tree / "jobs" / "deep" / "p.md") == [("ZZ102", "error")]


def test_pyproject_tool_table(tree):
    (tree / "pyproject.toml").write_text(f'[project]\nname = "x"\n\n[tool.jdlint]\nrule-packs = ["{PACK}"]\nselect = ["test-regex"]\n')
    assert lint_file(tree / "jobs" / "deep" / "p.md") == [("ZZ102", "error")]


def test_pyproject_without_tool_table_is_skipped(tree):
    write_config(tree, "select: [ZZ101]\n")
    (tree / "jobs" / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert lint_file(tree / "jobs" / "deep" / "p.md") == [("ZZ101", "warning")]


def test_config_flag_and_isolated(tree, tmp_path):
    write_config(tree, "select: [ZZ101]\n")
    other = tmp_path / "other.yaml"
    other.write_text(f"rule-packs: [{PACK}]\nselect: [ZZ102]\n")
    p = tree / "jobs" / "deep" / "p.md"
    assert lint_file(p, config_path=str(other)) == [("ZZ102", "error")]
    isolated = lint_file(p, isolated=True, overrides={"rule_packs": (str(PACK),)})
    assert ("ZZ101", "warning") in isolated and ("ZZ102", "error") in isolated


def test_cli_overrides_file(tree):
    write_config(tree, "select: [ZZ101]\nfail-on: error\n")
    p = tree / "jobs" / "deep" / "p.md"
    assert lint_file(p, overrides={"select": ("ZZ102",)}) == [("ZZ102", "error")]
    assert lint_file(p, overrides={"extend_select": ("ZZ103",)}) == [("ZZ103", "info"), ("ZZ101", "warning")]


@pytest.mark.parametrize("select, ignore, expected", [
    (["ZZ"], ["ZZ10"], []),
    (["ZZ"], ["ZZ1"], []),
    (["ZZ102"], ["ZZ1"], ["ZZ102"]),             # the more specific selector wins
    (["category:placeholder"], [], ["ZZ102"]),
    (["category:vague", "test-regex"], [], ["ZZ102", "ZZ101"]),
    (["ALL"], ["category:structure", "ZZ101", "category:bias", "category:readability"], ["ZZ102"]),
])
def test_selectors(tree, select, ignore, expected):
    write_config(tree, f"select: {select}\nignore: {ignore}\n")
    found = [c for c, _ in lint_file(tree / "jobs" / "deep" / "p.md")]
    assert sorted(found) == sorted(expected)


def test_severity_override_by_code_name_and_category(tree):
    write_config(tree, "select: [ZZ101, ZZ102]\nseverity:\n  test-phrase: error\n  category:placeholder: info\n")
    assert lint_file(tree / "jobs" / "deep" / "p.md") == [("ZZ101", "error"), ("ZZ102", "info")]


def test_rule_options(tree):
    write_config(tree, "select: [ZZ104]\nrules:\n  ZZ104: {threshold: 5}\n")
    # both lines of the posting's paragraph end a sentence, so each is a paragraph of its own (precision42): 7 and 6
    # words, each over the option's 5 (and neither over the default 20, below)
    assert lint_file(tree / "jobs" / "deep" / "p.md") == [("ZZ104", "info"), ("ZZ104", "info")]
    write_config(tree, "select: [ZZ104]\n")
    assert lint_file(tree / "jobs" / "deep" / "p.md") == []


def test_per_file_ignores(tree):
    (tree / "jobs" / "deep" / "q.md").write_text(POSTING)
    write_config(tree, "select: [ZZ101, ZZ102]\nper-file-ignores:\n  'jobs/deep/p.*': [ZZ102]\n")
    assert lint_file(tree / "jobs" / "deep" / "p.md") == [("ZZ101", "warning")]
    assert lint_file(tree / "jobs" / "deep" / "q.md") == [("ZZ101", "warning"), ("ZZ102", "error")]


def test_min_severity(tree):
    write_config(tree, "select: [ZZ]\nmin-severity: warning\n")
    assert lint_file(tree / "jobs" / "deep" / "p.md") == [("ZZ101", "warning"), ("ZZ102", "error")]


def test_section_headings_from_config(tree):
    (tree / "jobs" / "deep" / "p.md").write_text("# Chef\n\n## Remuneration\n\nAsk Sam about it.\n")
    write_config(tree, "select: [ZZ103]\n")
    assert lint_file(tree / "jobs" / "deep" / "p.md") == [("ZZ103", "info")]
    write_config(tree, "select: [ZZ103]\nsections:\n  headings:\n    pay: [remuneration]\n")
    assert lint_file(tree / "jobs" / "deep" / "p.md") == []


@pytest.mark.parametrize("body, message", [
    ("fail-on: fatal\n", ".jdlint.yaml:1:1: unknown severity 'fatal'"),
    ("select: {a: 1}\n", ".jdlint.yaml:1:1: expected a list of strings"),
    ("sections:\n  required: [salary]\n", "unknown section kind 'salary'"),
    ("sections:\n  requird: [pay]\n", ".jdlint.yaml:2:3: unknown key 'requird' under sections"),
    ("rule-packs: [nowhere/]\n", "rule pack 'nowhere/' not found"),
    ("rules:\n  ZZ101: 5\n", ".jdlint.yaml:2:3: options for ZZ101 must be a mapping"),
])
def test_config_errors(tmp_path, body, message):
    (tmp_path / ".jdlint.yaml").write_text(body)
    with pytest.raises(ConfigError) as exc:
        load_config(tmp_path / ".jdlint.yaml")
    assert message in str(exc.value)


def test_defaults():
    c = Config()
    assert c.fail_on is Severity.warning and c.select is None
    assert set(c.sections_required) == {"intro", "responsibilities", "requirements", "pay", "benefits", "how-to-apply", "eeo"}


# -- rule options: typed, validated and frozen when the config loads (issues 12 and 18) ---------
def run_cli(folder: Path, *args: str):
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "jdlint", "--no-cache", *args], cwd=folder,
                          capture_output=True, text=True, timeout=120)


def test_list_valued_option_is_frozen_and_applied(tree):
    # ``rules: {ZZ101: {skip: []}}`` crashed with "unhashable type: 'list'"; now the empty skip
    # list reaches the rule, so a negated term is reported again
    (tree / "jobs" / "deep" / "p.md").write_text("# Chef\n\nNo rockstar needed.\n")
    write_config(tree, "select: [ZZ101]\n")
    assert lint_file(tree / "jobs" / "deep" / "p.md") == []
    write_config(tree, "select: [ZZ101]\nrules: {ZZ101: {skip: []}}\n")
    assert lint_file(tree / "jobs" / "deep" / "p.md") == [("ZZ101", "warning")]


@pytest.mark.parametrize("body, where, message", [
    ("rules:\n  R104: {threshold: \"forty\"}\n", "3:10", "option 'threshold' of R104 must be a number, not 'forty'"),
    ("rules:\n  R106:\n    mni: 10\n", "4:5", "unknown option 'mni' for R106 (did you mean 'min'?)"),
    ("rules:\n  ZZ101: {skip: [eeo, nope]}\n", "3:11", "option 'skip' of ZZ101 takes " + ", ".join(SKIP_CONTEXTS) + ", not 'nope'"),
    ("rules:\n  ZZ101: {skip: [[eeo]]}\n", "3:11", "option 'skip' of ZZ101 must be a number, a string"),
    ("select: !foo [D101]\n", "2:9", "YAML tag '!foo' is not supported"),
    ("ignore: [!x D101]\n", "2:10", "YAML tag '!x' is not supported"),
    ("rules:\n  V1: {label: x}\n", "3:8", "unknown option 'label' for V1"),
])
def test_config_value_errors_name_the_place_at_load(tree, body, where, message):
    # each was a TypeError traceback, an "internal error" blamed on every posting, or silence
    write_config(tree, body)
    result = run_cli(tree, "jobs")
    assert result.returncode == 2, result.stderr
    assert f".jdlint.yaml:{where}: {message}" in result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr


def test_prefix_selector_in_rules_applies_to_the_rules_it_names(tree):
    # ``rules: {ZZ1: ...}`` passed selector validation and then applied to nothing
    (tree / "jobs" / "deep" / "p.md").write_text("# Chef\n\nNo rockstar needed.\n")
    write_config(tree, "select: [ZZ101]\nrules: {ZZ1: {skip: []}}\n")
    assert lint_file(tree / "jobs" / "deep" / "p.md") == [("ZZ101", "warning")]
    # the more specific entry wins, whatever the order
    write_config(tree, "select: [ZZ101]\nrules: {ZZ101: {skip: [negated]}, ZZ1: {skip: []}}\n")
    assert lint_file(tree / "jobs" / "deep" / "p.md") == []


def test_options_follow_the_selector_matching_of_select():
    from jdlint.engine import options_for
    from jdlint.registry import load_registry

    rule = load_registry(()).find("R104")
    config = Config(rule_options=(("category:readability", (("threshold", 10.0),)),
                                  ("R1", (("threshold", 20.0),)),
                                  (rule.name, (("threshold", 30.0),))))
    assert options_for(config, rule)["threshold"] == 30.0  # the name is the most specific
    assert options_for(Config(rule_options=config.rule_options[:2]), rule)["threshold"] == 20.0
    assert options_for(Config(), rule)["threshold"] == rule.options["threshold"]


def test_alias_bomb_in_config_is_refused_at_its_place(tree):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    (tree / ".jdlint.yaml").write_text("\n".join(lines) + "\nselect: [V]\n")
    result = run_cli(tree, "jobs")
    assert result.returncode == 2
    assert ".jdlint.yaml:6:" in result.stderr and "alias bomb" in result.stderr
    # a few ordinary aliases are fine
    (tree / ".jdlint.yaml").write_text("select: &s [V101]\nextend-select: *s\n")
    assert run_cli(tree, "jobs").returncode in (0, 1)


def test_a_python_bias_rule_takes_its_skip_option_from_config(tree):
    # bias rules read ``skip`` from their options; once options were checked at load, a rule that
    # did not declare it refused ``D301: {skip: [...]}`` as an unknown option
    (tree / "jobs" / "deep" / "p.md").write_text('# Cook\n\nOur manager says "we prefer digital natives".\n')
    def codes():
        (report,) = list(Linter().lint_paths([str(tree / "jobs" / "deep" / "p.md")]))
        assert report.error is None, report.error
        return [d.code for d in report.diagnostics]

    write_config(tree, "select: [D301]\n")
    assert codes() == []  # quoted: skipped by default
    write_config(tree, "select: [D301]\nrules: {D301: {skip: [eeo]}}\n")
    assert codes() == ["D301"]


def test_a_config_built_in_python_freezes_list_options(lint):
    # jdlint.lint_text(config=Config(rule_options=...)) with a list used to be unhashable
    config = Config(rule_options=(("V101", (("skip", []),)),))
    assert config.rule_options == (("V101", (("skip", ()),)),)
    hash(config)
    report = lint("# Job\n\nNo rockstar needed.\n", rule_options=(("V101", {"skip": []}),))
    assert "V101" in [d.code for d in report.diagnostics]
