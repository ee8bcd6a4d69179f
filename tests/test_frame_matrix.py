"""The frame matrix (issue 14, bias6): every protected category's term classes composed with every frame
kind and every near-miss kind, from tests/data/frame_matrix.yaml.

Independent writers keep finding the same shape of miss: a frame that works for one category and was never
tried with another ("especially welcome" for a faith but not a nationality, "unlikely to consider" for
record but not age). Here each class's people (favoured, disfavoured, asked for, served) go into each
frame's sentence, so a frame or class that misses one category fails the suite. Compositions that miss
today are listed with a reason under ``known-gaps`` and expected to miss (strict): fixing one fails the
test until the list is updated, so the list cannot go stale.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
MATRIX = YAML(typ="safe").load((ROOT / "tests" / "data" / "frame_matrix.yaml").read_text(encoding="utf-8"))
HEAD = "# Job\n\n"


def _compose() -> list[dict]:
    """Every (class, frame kind) sentence with its expectation; a class without the frame's slot, or a
    category the frame kind does not apply to, is left out."""
    cases = []
    for expect in ("fire", "silent"):
        for kind, frame in MATRIX[expect].items():
            for cls in MATRIX["classes"]:
                words = cls.get(frame["slot"])
                if words is None or (frame.get("categories") and cls["category"] not in frame["categories"]):
                    continue
                text = frame["text"].replace("{x}", words)
                text = text[0].upper() + text[1:]
                cases.append({"id": f"{cls['category']}/{cls['class']}/{kind}", "category": cls["category"],
                              "expect": expect, "text": text, "words": words})
    for category, sentences in MATRIX["other-senses"].items():
        for i, text in enumerate(sentences):
            cases.append({"id": f"{category}/other-sense-{i + 1}", "category": category, "expect": "silent",
                          "text": text, "words": None})
    return cases


CASES = _compose()
GAPS = {g["id"]: g["why"] for g in MATRIX.get("known-gaps") or ()}


@pytest.fixture(scope="module")
def outcomes() -> dict[str, bool]:
    """Case id -> whether the case behaved as expected (fire: a warning of its category overlapping its
    words; silent: no warning or error of its category), all cases linted in one batch."""
    import jdlint
    from jdlint.config import Config
    from jdlint.diagnostics import Severity

    texts = [(HEAD + c["text"] + "\n", f"{i}.md") for i, c in enumerate(CASES)]
    result = {}
    for case, report in zip(CASES, jdlint.lint_texts(texts, config=Config(select=("D",)))):
        loud = [d for d in report.diagnostics
                if d.category == "bias." + case["category"] and d.severity >= Severity.warning]
        if case["expect"] == "fire":
            lo = len(HEAD) + case["text"].lower().index(case["words"].lower())
            hi = lo + len(case["words"])
            result[case["id"]] = any(d.start < hi and lo < d.end for d in loud)
        else:
            result[case["id"]] = not loud
    return result


def test_the_matrix_covers_every_category_in_every_frame_kind():
    """The data itself: nine-category coverage less gender-coded (its own word lists), at least four fire
    frame kinds and three near-miss kinds per category, every known gap a real composed case."""
    ids = {c["id"] for c in CASES}
    categories = {c["category"] for c in CASES}
    assert categories == {"gender", "age", "disability", "origin", "religion", "family", "appearance", "record"}
    for category in categories:
        fire_kinds = {c["id"].rsplit("/", 1)[1] for c in CASES if c["category"] == category and c["expect"] == "fire"}
        silent_kinds = {c["id"].rsplit("/", 1)[1] for c in CASES if c["category"] == category and c["expect"] == "silent"}
        assert len(fire_kinds) >= 4 and len(silent_kinds) >= 3, (category, fire_kinds, silent_kinds)
    assert set(GAPS) <= ids and all(GAPS.values())


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_frame_matrix(outcomes, case):
    ok = outcomes[case["id"]]
    if case["id"] in GAPS:
        assert not ok, f"{case['id']} now behaves: take it off known-gaps in tests/data/frame_matrix.yaml"
        return
    assert ok, f"{case['expect']}: {case['text']!r}"
