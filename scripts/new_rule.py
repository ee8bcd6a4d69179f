#!/usr/bin/env python3
"""Scaffold a new rule: its declaration with every documentation field, and its fixture tests.

    .venv/bin/python scripts/new_rule.py V120 hollow-promise --family vague            # YAML phrase rule
    .venv/bin/python scripts/new_rule.py V121 vague-range --family vague --type regex   # YAML regex rule
    .venv/bin/python scripts/new_rule.py Q110 degree-inflation --family requirements --python

A YAML rule is appended to ``rules/FAMILY.yaml`` (the pack must exist: a new family starts by
copying one); a Python rule to ``jdlint/checks/FAMILY.py`` (created if missing; every module
there is collected automatically). Fixture tests go to ``tests/test_FAMILY.py``. Everything the
contributor must write is marked TODO, and nothing passes until it is written: the fixture tests
fail on the placeholder sentences, and ``tests/test_meta.py`` rejects documentation with TODO
left in it. Then regenerate docs/rules.md with ``scripts/gen_rule_docs.py``.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Code prefix -> category (docs/contributing.md, "Codes"); longest prefix first.
PREFIX_CATEGORIES = {
    "D1": "bias.gender", "D2": "bias.gender-coded", "D3": "bias.age", "D4": "bias.disability",
    "D5": "bias.origin", "D6": "bias.family", "D7": "bias.religion", "D8": "bias.appearance",
    "D9": "bias.record", "S": "structure", "T": "placeholder", "P": "pay", "V": "vague",
    "Q": "requirements", "R": "readability", "J": "meta",
}
TERM = "TODO-term"  # a placeholder no posting contains, so the fixture test fails until replaced


class ScaffoldError(Exception):
    pass


def category_for(code: str) -> str:
    for prefix in sorted(PREFIX_CATEGORIES, key=len, reverse=True):
        if code.startswith(prefix):
            return PREFIX_CATEGORIES[prefix]
    raise ScaffoldError(f"no category for code {code}: pass --category")


def check_new(root: Path, code: str, name: str, category: str) -> None:
    """The code and name are well formed and unused, the category exists (read from ``root``)."""
    sys.path.insert(0, str(root))
    from jdlint.diagnostics import CATEGORIES
    from jdlint.registry import load_registry
    from jdlint.rule import CODE_RE, NAME_RE

    if not CODE_RE.match(code):
        raise ScaffoldError(f"code {code!r} must be 1-4 capital letters and 3 digits, e.g. V120")
    if not NAME_RE.match(name):
        raise ScaffoldError(f"name {name!r} must be kebab-case and say what is wrong, e.g. hollow-promise")
    if category not in CATEGORIES:
        raise ScaffoldError(f"category {category!r} is not one of {', '.join(CATEGORIES)}")
    registry = load_registry(())
    for taken in (registry.find(code), registry.find(name)):
        if taken is not None:
            raise ScaffoldError(f"{taken.code} {taken.name} already exists (codes are never reused)")


def yaml_rule(code: str, name: str, category: str, rule_type: str) -> str:
    if rule_type == "phrase":
        matcher = (f"    match: lemma              # lower | lemma (any inflection) | prefix\n"
                   f"    terms: {{{TERM}: TODO-suggestion}}   # term -> suggestion(s), or a list of terms\n")
        message = "\"TODO: '{match}' says ...; try '{suggestion}'\""
    else:
        matcher = (f"    patterns: ['\\b(?P<flag>{TERM})\\b']   # a named group `flag` narrows the span\n")
        message = "\"TODO: '{match}' says ...\""
    return (
        f"  - code: {code}\n"
        f"    name: {name}\n"
        f"    category: {category}\n"
        f"    type: {rule_type}\n"
        f"    severity: warning\n"
        f"{matcher}"
        f"    skip: [eeo, negated, quoted]\n"
        f"    summary: \"TODO: one line for --list-rules.\"\n"
        f"    message: {message}\n"
        f"    what: \"TODO: what it flags, and what it leaves alone (other senses, negations, quotes).\"\n"
        f"    why: \"TODO: why it matters to applicants, citing a source a reader can open.\"\n"
        f"    fix: \"TODO: how to rewrite it.\"\n"
        f"    references: [\"TODO: the law, guidance or study, with a URL\"]\n"
        f"    examples: {{bad: [\"TODO: a sentence that must fire.\"], good: [\"TODO: a near-miss that must not.\"]}}\n"
    )


def add_yaml_rule(root: Path, family: str, code: str, name: str, category: str, rule_type: str) -> Path:
    pack = root / "rules" / f"{family}.yaml"
    if not pack.exists():
        raise ScaffoldError(f"{pack.relative_to(root)} does not exist: start a new family by copying a pack")
    text = pack.read_text(encoding="utf-8")
    keys = re.findall(r"^([a-z][\w-]*):", text, flags=re.M)
    if not keys or keys[-1] != "rules":
        raise ScaffoldError(f"{pack.relative_to(root)}: 'rules:' is not the last key; add the rule by hand")
    prefix = re.search(r"^prefix:\s*(\S+)", text, flags=re.M)
    if prefix and not code.startswith(prefix.group(1).strip("'\"")):
        raise ScaffoldError(f"{code} does not start with the pack's prefix {prefix.group(1)}")
    pack.write_text(text.rstrip("\n") + "\n" + yaml_rule(code, name, category, rule_type), encoding="utf-8")
    return pack


def python_rule(code: str, name: str, category: str) -> str:
    func = name.replace("-", "_")
    return f'''

@rule(
    code="{code}", name="{name}", category="{category}", severity="warning", scope="text",
    summary="TODO: one line for --list-rules.",
    what="TODO: what it flags, and what it leaves alone (other senses, negations, quotes).",
    why="TODO: why it matters to applicants, citing a source a reader can open.",
    bad=["TODO: a sentence that must fire."],
    good=["TODO: a near-miss that must not."],
    fix="TODO: how to rewrite it.",
    references=["TODO: the law, guidance or study, with a URL"],
    message="TODO: '{{match}}' says ...",
    patterns=[Pattern("lemma", "{TERM}")],  # matched once per file with every rule's patterns
)
def {func}(ctx):
    for m in ctx.matches():
        if ctx.in_eeo(m.start, m.end) or ctx.is_negated(m.start, m.end) or ctx.is_quoted(m.start, m.end):
            continue
        yield ctx.report(m.start, m.end)
'''


def add_python_rule(root: Path, family: str, code: str, name: str, category: str) -> Path:
    module = root / "jdlint" / "checks" / f"{family}.py"
    stub = python_rule(code, name, category)
    func = name.replace("-", "_")
    if not module.exists():
        module.write_text(f'"""TODO: what the {family} family checks, and where its lists come from."""\n'
                          "from __future__ import annotations\n\n"
                          f"from ..rule import Pattern, rule\n{stub}\n\nRULES = [{func}]\n", encoding="utf-8")
        return module
    text = module.read_text(encoding="utf-8")
    found = re.search(r"^RULES = \[", text, flags=re.M)
    if not found:
        raise ScaffoldError(f"{module.relative_to(root)} has no 'RULES = [' line; add the rule by hand")
    if not re.search(r"^from \.\.rules? import .*\bPattern\b.*\brule\b", text, flags=re.M):
        future = re.search(r"^from __future__ import annotations\n", text, flags=re.M)
        at = future.end() if future else 0
        text = text[:at] + "\nfrom ..rule import Pattern, rule  # added by scripts/new_rule.py\n" + text[at:]
        found = re.search(r"^RULES = \[", text, flags=re.M)
    head, tail = text[:found.start()], text[found.end():]
    text = head.rstrip("\n") + "\n" + stub + "\n\n" + f"RULES = [{func}, " + tail
    module.write_text(text, encoding="utf-8")
    return module


def add_tests(root: Path, family: str, code: str, name: str) -> Path:
    tests = root / "tests" / f"test_{family}.py"
    func = code.lower()
    body = f'''

# -- {code} {name} (from scripts/new_rule.py: write real fixtures over every TODO) --------------
def _{func}(lint, text):
    report = lint("# Job\\n\\n" + text + "\\n", select=("{code}",))
    return [d.match for d in report.diagnostics if d.code == "{code}"]


def test_{func}_fires(lint):
    assert _{func}(lint, "TODO: a real sentence that must fire.") == ["{TERM}"]


def test_{func}_near_misses(lint):
    # a negation, an equal-opportunity statement, a quotation, another sense of the words
    assert _{func}(lint, "TODO: a near-miss that must not fire.") == []
'''
    if not tests.exists():
        tests.write_text(f'"""{family} family: fixtures that must fire and near-misses that must not.\n\n'
                         'Fixture text is written for these tests unless a line names a corpus ad.\n"""\n'
                         "from __future__ import annotations\n" + body, encoding="utf-8")
    else:
        tests.write_text(tests.read_text(encoding="utf-8").rstrip("\n") + "\n" + body, encoding="utf-8")
    return tests


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("code", help="new code, e.g. V120 (never reuse one)")
    parser.add_argument("name", help="kebab-case name saying what is wrong, e.g. hollow-promise")
    parser.add_argument("--family", required=True, help="pack rules/FAMILY.yaml or module jdlint/checks/FAMILY.py")
    parser.add_argument("--python", action="store_true", help="a Python rule instead of a YAML one")
    parser.add_argument("--type", choices=("phrase", "regex"), default="phrase", help="YAML rule type")
    parser.add_argument("--category", help="default: from the code's prefix")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)  # tests scaffold a copy
    args = parser.parse_args(argv)
    root = args.root.resolve()
    code = args.code.upper()
    try:
        category = args.category or category_for(code)
        check_new(root, code, args.name, category)
        if args.python:
            where = add_python_rule(root, args.family, code, args.name, category)
        else:
            where = add_yaml_rule(root, args.family, code, args.name, category, args.type)
        tests = add_tests(root, args.family, code, args.name)
    except ScaffoldError as exc:
        print(f"new_rule.py: {exc}", file=sys.stderr)
        return 2
    for path in (where, tests):
        print(f"wrote {path.relative_to(root)}")
    print(f"next: replace every TODO (the term, the documentation, the fixtures), then\n"
          f"  .venv/bin/python scripts/gen_rule_docs.py\n"
          f"  .venv/bin/pytest -q tests/{tests.name} tests/test_meta.py -k '{code.lower()} or {code}'")
    return 0


if __name__ == "__main__":
    sys.exit(main())
