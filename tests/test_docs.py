"""Generated documentation stays in step with the rules it is generated from."""
from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_rules_md_is_up_to_date():
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_rule_docs.py"), "--check"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_readme_starts_with_the_two_commands():
    head = (ROOT / "README.md").read_text(encoding="utf-8").split("```")[1]
    lines = [l for l in head.splitlines() if l.strip() and not l.startswith("sh")]
    assert lines[0].endswith("jdlint examples/case-manager.txt")
    assert lines[1].endswith(".venv/bin/pytest")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert lines[1] in ci


def test_readme_config_example_is_valid(tmp_path):
    from conftest import run_cli

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    example = text.split("# .jdlint.yaml\n", 1)[1].split("```", 1)[0]
    (tmp_path / ".jdlint.yaml").write_text(example)
    (tmp_path / "p.md").write_text("# Chef\n\nWe want a fast-paced rockstar.\n")
    r = run_cli("--format", "json", str(tmp_path / "p.md"))
    assert r.returncode in (0, 1), r.stderr
    assert "Traceback" not in r.stderr


def _slug(heading: str) -> str:
    """GitHub's anchor for a Markdown heading."""
    import re

    text = re.sub(r"[`*_]", "", heading.strip().lower())
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def test_every_relative_link_in_the_docs_resolves():
    # docs/contributing.md linked docs/rule-packs.md, which did not exist
    import re

    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    broken = []
    checked = 0
    for page in pages:
        text = page.read_text(encoding="utf-8")
        text = re.sub(r"```.*?```", "", text, flags=re.S)  # links inside code blocks are examples
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if re.match(r"[a-z]+:", target):
                continue  # https:, mailto: - not checked offline
            if not re.search(r"[./#]", target):
                continue  # a placeholder in prose ("a '[link](url)'"), not a path
            path, _, anchor = target.partition("#")
            dest = (page.parent / path).resolve() if path else page
            checked += 1
            if not dest.exists():
                broken.append(f"{page.name}: {target} (no such file)")
            elif anchor and dest.suffix == ".md":
                body = dest.read_text(encoding="utf-8")
                anchors = {_slug(h) for h in re.findall(r"^#+\s+(.*)$", body, flags=re.M)}
                anchors |= set(re.findall(r'<a id="([^"]+)"', body))  # rules.md's per-rule anchors
                if anchor not in anchors:
                    broken.append(f"{page.name}: {target} (no such heading)")
    assert checked > 10
    assert broken == []


def test_rule_pack_reference_lists_every_section_kind_and_metric():
    from jdlint.diagnostics import SECTION_KINDS
    from jdlint.metrics import METRICS

    text = (ROOT / "docs" / "rule-packs.md").read_text(encoding="utf-8")
    assert [k for k in SECTION_KINDS if f"`{k}`" not in text] == []
    assert [m for m in METRICS if f"`{m}`" not in text] == []
