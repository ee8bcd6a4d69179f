#!/usr/bin/env python3
"""Write docs/rules.md from the rule registry, the same source as --explain and SARIF help.

    .venv/bin/python scripts/gen_rule_docs.py          # rewrite docs/rules.md
    .venv/bin/python scripts/gen_rule_docs.py --check  # exit 1 if it is out of date
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
    text = render()
    if "--check" in sys.argv:
        if not TARGET.exists() or TARGET.read_text(encoding="utf-8") != text:
            print("docs/rules.md is out of date: run scripts/gen_rule_docs.py")
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)} ({text.count(chr(10))} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
