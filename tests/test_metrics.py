"""Metric rules in YAML packs (scopes, skip, max-findings, validation) and the documented
examples of the vague, requirements and readability families. Texts written for these tests."""
from __future__ import annotations

import pytest

from jdlint.rule_packs import PackError, load_pack

PACK = """schema: 1
pack: test
rules:
  - code: ZZ901
    name: wordy-section
    category: readability
    type: metric
    metric: words
    scope: {scope}
    condition: "> 8"
    skip: [eeo]
    summary: Too many words.
    message: "{{section}} has {{value}} words"
"""


def write_pack(tmp_path, scope="section"):
    path = tmp_path / "pack.yaml"
    path.write_text(PACK.format(scope=scope), encoding="utf-8")
    return path


def test_unknown_scope_is_reported_at_its_line(tmp_path):
    path = write_pack(tmp_path, scope="chapter")
    with pytest.raises(PackError, match=r"pack\.yaml:9:\d+: scope must be one of document, section, paragraph, sentence"):
        load_pack(path)


def test_section_scope_reports_at_the_heading(tmp_path, lint):
    path = write_pack(tmp_path)
    text = ("# Job\n\n## Responsibilities\n\nYou answer the phone, file the records and order supplies for the office.\n\n"
            "## Benefits\n\nHealth cover.\n")
    report = lint(text, select=("ZZ901",), rule_packs=(str(path),))
    assert [(d.line, d.message) for d in report.diagnostics] == [(3, "Responsibilities has 13 words")]


def test_skip_eeo_leaves_boilerplate_out(tmp_path, lint):
    path = write_pack(tmp_path, scope="paragraph")
    eeo = ("We are an equal opportunity employer and all qualified applicants will receive consideration without "
           "regard to race, religion, sex, age or disability.")
    report = lint("# Job\n\n" + eeo + "\n\nShort line.\n", select=("ZZ901",), rule_packs=(str(path),))
    assert report.diagnostics == []
    report = lint("# Job\n\nYou answer the phone, file the records and order supplies.\n",
                  select=("ZZ901",), rule_packs=(str(path),))
    assert len(report.diagnostics) == 1


def _family_rules():
    from jdlint.registry import load_registry

    return [r for r in load_registry().rules if r.code[0] in "VQR"]


@pytest.mark.parametrize("rule", _family_rules(), ids=lambda r: r.code)
def test_documented_examples(rule, lint):
    """Every bad example fires its rule and every good one does not (descriptions in brackets are skipped)."""
    for text in rule.doc.bad:
        if not text.startswith("("):
            report = lint("# Job\n\n" + text + "\n", select=(rule.code,))
            assert rule.code in [d.code for d in report.diagnostics], text
    for text in rule.doc.good:
        if not text.startswith("("):
            report = lint("# Job\n\n" + text + "\n", select=(rule.code,))
            assert rule.code not in [d.code for d in report.diagnostics], text
