"""The evaluation scripts score another labelled set with ``--case-file`` (an independently
written one, in the format of their default files)."""
from __future__ import annotations

from conftest import load_script as _script


def test_eval_vague_reads_another_case_file(tmp_path, capsys):
    cases = tmp_path / "cases.yaml"
    cases.write_text(
        '- {id: a-1, split: heldout, expect: fire, span: "hit the ground running", '
        'text: "You will hit the ground running."}\n'
        '- {id: a-2, split: heldout, expect: fire, span: "invoices", text: "You will file invoices."}\n'
        '- {id: a-3, split: heldout, expect: silent, text: "You will file invoices and answer the phone."}\n',
        encoding="utf-8")
    assert _script("eval_vague").main(["--case-file", str(cases), "-v"]) == 0
    out = capsys.readouterr().out
    # one found, one missed (listed), nothing alarmed; only this file's split is scored
    assert "heldout" in out and "dev " not in out
    assert "1.00    0.50    1    1    0" in out, out
    assert "miss  a-2" in out


def test_eval_pay_placeholder_reads_another_case_file(tmp_path, capsys):
    cases = tmp_path / "cases.yaml"
    cases.write_text(
        "cases:\n"
        '  - {class: range, split: heldout, text: "Pay: $52,000-$60,000 a year.", expect: [pay-section]}\n'
        '  - {class: marker, split: heldout, text: "Start date: next March.", expect: [T103]}\n',
        encoding="utf-8")
    assert _script("eval_pay_placeholder").main(["--case-file", str(cases), "-v"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 cases (0 near-misses): precision 1.000, recall 0.500"), out
    assert "[marker] expected ['T103'] found []" in out
