"""The warm API: lint_text / lint_texts build a configuration's plan once per process, give the
same reports as a fresh Linter, and notice an edited rule pack."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import BAD_POSTING, FIXTURES

import jdlint
from jdlint import api, engine
from jdlint.config import Config
from jdlint.engine import Linter
from jdlint.source import SourceFile

PACK = FIXTURES / "packs" / "testpack.yaml"


@pytest.fixture
def plan_builds(monkeypatch):
    """Counts make_plan calls, starting from an empty warm table."""
    api.forget()
    calls: list[Config] = []
    real = engine.make_plan

    def counting(config):
        calls.append(config)
        return real(config)

    monkeypatch.setattr(engine, "make_plan", counting)
    yield calls
    api.forget()


def _fresh(text: str, path: str, config: Config | None = None):
    source = SourceFile(path=path, text=text, kind="markdown" if path.endswith(".md") else "text")
    return next(iter(Linter(config or Config()).lint_sources([source])))


def test_one_plan_build_for_many_calls_with_the_same_configuration(plan_builds):
    for n in range(5):
        jdlint.lint_text(BAD_POSTING + "x" * n, path="ad.md")
    list(jdlint.lint_texts([BAD_POSTING, (BAD_POSTING, "b.txt")]))
    assert len(plan_builds) == 1
    jdlint.lint_text(BAD_POSTING, config=Config(ignore=("V",)))  # another configuration: its own plan
    jdlint.lint_text(BAD_POSTING, config=Config(ignore=("V",)))  # equal, not the same object
    assert len(plan_builds) == 2


def test_warm_reports_equal_a_fresh_linter(plan_builds, corpus_too):
    texts = [BAD_POSTING, "# Chef\n\nWe serve a banana split.\r\nNo rockstar here 😀.\n"]
    if corpus_too:
        texts += [p.read_text(encoding="utf-8") for p in sorted(corpus_too.glob("*.md"))[:3]]
    config = Config(rule_packs=(str(PACK),), extend_select=("ZZ",))
    for cfg in (None, config):
        for _ in range(2):  # the second round runs warm
            for text in texts:
                warm = jdlint.lint_text(text, path="ad.md", config=cfg)
                assert warm.to_json() == _fresh(text, "ad.md", cfg).to_json()
    assert len(plan_builds) == 2 + 2 * 2 * len(texts)  # warm: one per configuration; fresh: one per call


def test_bounded(plan_builds):
    for n in range(api.WARM_CONFIGS + 3):
        jdlint.lint_text("Hello.", config=Config(sections_required=("intro",) * (n + 1)))
    assert len(api._linters) == api.WARM_CONFIGS


def test_an_edited_rule_pack_is_read_again(plan_builds, tmp_path):
    pack = tmp_path / "pack.yaml"
    pack.write_text(PACK.read_text(encoding="utf-8"), encoding="utf-8")
    config = Config(rule_packs=(str(pack),), select=("ZZ101",))
    text = "# Chef\n\nWe serve a banana split and a sundae.\n"
    assert [d.match for d in jdlint.lint_text(text, config=config).diagnostics] == ["banana split"]
    assert [d.match for d in jdlint.lint_text(text, config=config).diagnostics] == ["banana split"]
    assert len(plan_builds) == 1
    pack.write_text(PACK.read_text(encoding="utf-8").replace("banana split: sundae", "sundae: banana split"),
                    encoding="utf-8")
    stat = pack.stat()
    os.utime(pack, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10_000_000))  # a coarse clock still differs
    assert [d.match for d in jdlint.lint_text(text, config=config).diagnostics] == ["sundae"]
    assert len(plan_builds) == 2
    assert len(api._linters) == 1  # the stale linter is gone


def test_a_config_loaded_again_after_an_edit_gets_its_own_plan(plan_builds, tmp_path):
    from jdlint.config import load_config

    cfg_file = tmp_path / ".jdlint.yaml"
    cfg_file.write_text("ignore: [V101]\n", encoding="utf-8")
    before = jdlint.lint_text(BAD_POSTING, config=load_config(cfg_file))
    cfg_file.write_text("ignore: [D303]\n", encoding="utf-8")
    after = jdlint.lint_text(BAD_POSTING, config=load_config(cfg_file))
    codes = lambda r: {d.code for d in r.diagnostics}
    assert "V101" not in codes(before) and "V101" in codes(after)
    assert "D303" in codes(before) and "D303" not in codes(after)
    assert len(plan_builds) == 2


def test_rule_options_with_lists_are_a_usable_key(plan_builds):
    config = Config(rule_options=(("R106", (("min-words", 5), ("unused", [1, 2]))),))
    assert api.warm_linter(config) is api.warm_linter(config)
