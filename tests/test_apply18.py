"""How-to-apply as real employers say it (apply18): a bare jobs link, a pointer to the official
posting, an application form named as a document, a send-your-CV label over a contact block, an
address written out against spam, a call to apply in words of its own, where applications are
sent, a closing date as a label, the posting's link on a careers portal. Each class has cases
that must be how-to-apply and near-misses that must not (tests/data/apply18_cases.yaml); the
held-out split is scored by ``held_out_score`` and reported, never tuned on."""
from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from conftest import section_kinds

CASES = YAML(typ="safe").load((Path(__file__).parent / "data" / "apply18_cases.yaml").read_text(encoding="utf-8"))["cases"]

#: a small posting with no how-to-apply of its own; each case is its last part
BASE = ("# Warehouse Operative\n\nNorthfield Supplies is a family-run distributor in Leeds.\n\n"
        "## Duties\n\n- Pick and pack orders\n- Load vans\n- Keep the loading bay tidy\n\n")


def applies(text: str) -> bool:
    return "how-to-apply" in section_kinds(BASE + text + "\n")


def test_base_has_no_how_to_apply():
    assert not applies("")


@pytest.mark.parametrize("case", [c for c in CASES if c["split"] == "dev"],
                         ids=lambda c: f"{c['class']}-{'fires' if c['apply'] else 'silent'}-{c['text'][:40]}")
def test_dev_case(case):
    assert applies(case["text"]) == case["apply"]


def held_out_score() -> tuple[int, int, list[str]]:
    """Right / total over the held-out split, and the texts got wrong."""
    held = [c for c in CASES if c["split"] == "heldout"]
    wrong = [c["text"] for c in held if applies(c["text"]) != c["apply"]]
    return len(held) - len(wrong), len(held), wrong
