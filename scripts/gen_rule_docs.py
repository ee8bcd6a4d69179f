#!/usr/bin/env python3
"""Write docs/rules.md from the rule registry, the same source as --explain and SARIF help, and
the report schema's enums (categories, section kinds...) from the code's constants.

    .venv/bin/python scripts/gen_rule_docs.py          # rewrite docs/rules.md and the schema enums
    .venv/bin/python scripts/gen_rule_docs.py --check  # exit 1 if either is out of date
"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jdlint.diagnostics import CATEGORIES  # noqa: E402
from jdlint.explain import explain_markdown  # noqa: E402
from jdlint.registry import load_registry  # noqa: E402

TARGET = ROOT / "docs" / "rules.md"
SCHEMA = ROOT / "jdlint" / "schema" / "report.schema.json"


def render() -> str:
    rules = load_registry(()).rules
    by_cat = defaultdict(list)
    for rule in rules:
        by_cat[rule.category].append(rule)
    out = ["# jdlint rules", "",
           "Generated from the rules' own metadata by `scripts/gen_rule_docs.py`; `jdlint --explain CODE`",
           "prints the same text. Severity and options can be changed in configuration.", "",
           "| code | name | category | severity | summary |", "|---|---|---|---|---|"]
    for cat in CATEGORIES:
        for r in by_cat.get(cat, []):
            off = " (off by default)" if not r.enabled_by_default else ""
            out.append(f"| [{r.code}](#{r.code.lower()}) | `{r.name}` | {r.category} | {r.severity}{off} | {r.doc.summary.replace('|', '/')} |")
    for cat in CATEGORIES:
        if not by_cat.get(cat):
            continue
        out += ["", f"## {cat}", ""]
        for r in by_cat[cat]:
            out += [f'<a id="{r.code.lower()}"></a>', "", explain_markdown(r)]
    return "\n".join(out).rstrip() + "\n"


def main() -> int:
    from jdlint.schema import with_generated_enums

    outputs = [(TARGET, render())]
    schema_text = SCHEMA.read_text(encoding="utf-8")
    outputs.append((SCHEMA, with_generated_enums(schema_text)))
    if "--check" in sys.argv:
        stale = [p for p, text in outputs if not p.exists() or p.read_text(encoding="utf-8") != text]
        for path in stale:
            print(f"{path.relative_to(ROOT)} is out of date: run scripts/gen_rule_docs.py")
        return 1 if stale else 0
    for path, text in outputs:
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)} ({text.count(chr(10))} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
