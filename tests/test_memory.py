"""A long-running process (a job board linting a stream of postings) must not grow with every new
word: past the first postings, spaCy's memory zones forget each batch's new strings, and jdlint's
own per-word memos are bounded. Fixture postings are generated here, each with words of its own."""
from __future__ import annotations

import pytest

from jdlint import engine
from jdlint import nlp as nlp_module
from jdlint.config import Config
from jdlint.engine import Linter
from jdlint.source import SourceFile

pytestmark = pytest.mark.skipif(not nlp_module.has_memory_zones(nlp_module.load()),
                                reason="spaCy before 3.8.3 has no reliable memory zones")


def posting(n: int) -> SourceFile:
    words = " ".join(f"zq{n}w{k}" for k in range(20))  # twenty words no other posting has
    text = (f"# Sales{n} Rockstar\n\nWe want a young and energetic salesman for our {words} team.\n\n"
            f"## Benefits\n\n- Competitive salary\n- Health cover for {words}\n")
    return SourceFile(f"ad{n}.md", text, "markdown")


def reports(linter: Linter, postings: list[SourceFile]) -> list[tuple]:
    return [(r.path, [(d.code, d.start, d.end, d.message) for d in r.diagnostics], r.metrics,
             [s.to_json() for s in r.sections]) for r in linter.lint_sources(postings)]


def test_memory_zones_change_no_report(monkeypatch):
    postings = [posting(n) for n in range(40)]
    monkeypatch.setattr(engine, "WARM_POSTINGS", 10_000)
    kept = reports(Linter(Config(select=("ALL",))), postings)
    monkeypatch.setattr(engine, "WARM_POSTINGS", 3)
    monkeypatch.setattr(engine, "ZONE_POSTINGS", 7)
    zoned = reports(Linter(Config(select=("ALL",))), postings)
    assert zoned == kept
    assert any(codes for _, codes, _, _ in zoned)


def test_the_vocabulary_stops_growing_after_the_first_postings(monkeypatch):
    monkeypatch.setattr(engine, "WARM_POSTINGS", 5)
    monkeypatch.setattr(engine, "ZONE_POSTINGS", 25)
    strings = nlp_module.load().vocab.strings
    linter = Linter(Config(select=("ALL",)))
    for _ in linter.lint_sources([posting(1000 + n) for n in range(5)]):
        pass
    after_warm_up = len(strings)
    for _ in linter.lint_sources([posting(2000 + n) for n in range(300)]):  # 6,000 new words
        pass
    assert len(strings) - after_warm_up < 200
