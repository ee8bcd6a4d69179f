"""Every registered rule is documented in one place and its own examples prove it.

For each built-in rule: a well-formed code and kebab-case name, a category from the vocabulary,
the documentation fields ``--explain`` renders. For rules about wording (``scope == "text"``: all
phrase and regex rules, and Python rules that declare it) every ``examples.bad`` fires the rule and
no ``examples.good`` does, run with only that rule selected. Document-level rules (missing
sections, metrics) are proved by their own fixtures instead.
"""
from __future__ import annotations

import dataclasses

import pytest

import jdlint
from jdlint.config import Config
from jdlint.diagnostics import CATEGORIES
from jdlint.explain import explain_text
from jdlint.registry import load_registry
from jdlint.rule import CODE_RE, NAME_RE

REGISTRY = load_registry(())
RULES = REGISTRY.rules
# Rules whose examples are not self-contained postings (say why).
EXAMPLE_EXEMPT: dict[str, str] = {}


def test_codes_and_names_are_unique():
    # through the loading path: the registry keeps one rule per code, so counting its rules
    # could never fail; ``combine`` refuses a code declared twice (test_registry.py proves it)
    from jdlint.registry import builtin_pack_dir, combine, pack_files
    from jdlint.rule_packs import load_pack
    from jdlint import checks

    packs = [load_pack(p, trusted=True) for p in pack_files(builtin_pack_dir())]
    sourced = [(r, pack.path) for pack in packs for r in pack.rules] + [(r, r.source) for r in checks.RULES]
    assert not any(r.override for r, _ in sourced)  # built-ins never replace each other
    combined = combine(sourced)
    assert len(combined) == len(sourced) == len(RULES) >= 5
    assert len({r.name for r in combined}) == len(combined)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_is_documented(rule):
    assert CODE_RE.match(rule.code) and NAME_RE.match(rule.name)
    assert rule.category in CATEGORIES
    doc = rule.doc
    for field in ("summary", "what", "why", "fix"):
        assert getattr(doc, field).strip(), f"{rule.code} has no {field}"
    assert doc.bad and doc.good, f"{rule.code} needs bad and good examples"
    # scripts/new_rule.py marks what a contributor must write with "TODO:" (and the term
    # "TODO-term"): a scaffold is not a rule. (T103 may name the marker TODO in its own text.)
    fields = [doc.summary, doc.what, doc.why, doc.fix, rule.message, *doc.bad, *doc.good, *doc.references]
    left = [f for f in fields if "TODO:" in f or "TODO-term" in f]
    assert not left, f"{rule.code} still has TODO in its documentation: {left[0]!r}"
    text = explain_text(rule)
    assert rule.code in text and doc.bad[0] in text and doc.good[0] in text


# Files a user of the installed tool cannot open: the project's research notes and their old
# word-list file. Docs, --explain and SARIF help must cite the law, guidance or study itself.
UNOPENABLE_SOURCES = ("domain.md", "lexicon.yaml")


def _doc_texts(rule) -> list[str]:
    """Every RuleDoc field (all of them, so a field added later is covered too) and the
    --explain text built from them."""
    texts = []
    for field in dataclasses.fields(rule.doc):
        value = getattr(rule.doc, field.name)
        texts.extend(value if isinstance(value, tuple) else [value])
    return texts + [explain_text(rule)]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_docs_cite_sources_a_user_can_open(rule):
    cited = [t for t in _doc_texts(rule) if any(s in str(t) for s in UNOPENABLE_SOURCES)]
    assert not cited, f"{rule.code} cites a file users do not have: {cited[0]!r}"


def test_pack_attributions_cite_sources_a_user_can_open():
    from jdlint.registry import builtin_pack_dir, pack_files
    from jdlint.rule_packs import load_pack

    packs = [load_pack(p, trusted=True) for p in pack_files(builtin_pack_dir())]
    assert any(pack.attribution for pack in packs)
    cited = [(pack.path, pack.attribution) for pack in packs
             if any(s in pack.attribution for s in UNOPENABLE_SOURCES)]
    assert not cited, cited


TEXT_RULES = [r for r in RULES if r.scope == "text" and r.code not in EXAMPLE_EXEMPT]


@pytest.mark.parametrize("rule", TEXT_RULES, ids=lambda r: r.code)
def test_examples_prove_the_rule(rule):
    config = Config(select=(rule.code,))
    for bad in rule.doc.bad:
        report = jdlint.lint_text(bad, path="example.md", config=config)
        assert rule.code in [d.code for d in report.diagnostics], f"{rule.code} misses its bad example: {bad!r}"
        for d in report.diagnostics:  # messages read alike: a capital, a digit or a quoted match first
            assert d.message[:1].isupper() or d.message[:1].isdigit() or d.message[:1] in "'\"", d.message
    for good in rule.doc.good:
        report = jdlint.lint_text(good, path="example.md", config=config)
        assert rule.code not in [d.code for d in report.diagnostics], f"{rule.code} fires on its good example: {good!r}"
