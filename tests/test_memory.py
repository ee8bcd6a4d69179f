"""A long-running process (a job board linting a stream of postings) must not grow with every new
word: once spaCy's vocabulary has taken in enough new strings, the run carries on with a fresh
pipeline, and jdlint's own per-word memos are bounded. Fixture postings are generated here, each
with words of its own."""
from __future__ import annotations

from jdlint import engine
from jdlint import nlp as nlp_module
from jdlint.config import Config
from jdlint.engine import Linter
from jdlint.source import SourceFile


def posting(n: int) -> SourceFile:
    words = " ".join(f"zq{n}w{k}" for k in range(20))  # twenty words no other posting has
    text = (f"# Sales{n} Rockstar\n\nWe want a young and energetic salesman for our {words} team.\n\n"
            f"## Benefits\n\n- Competitive salary\n- Health cover for {words}\n")
    return SourceFile(f"ad{n}.md", text, "markdown")


def reports(linter: Linter, postings: list[SourceFile]) -> list[tuple]:
    return [(r.path, [(d.code, d.start, d.end, d.message) for d in r.diagnostics], r.metrics,
             [s.to_json() for s in r.sections]) for r in linter.lint_sources(postings)]


def test_a_fresh_pipeline_changes_no_report(monkeypatch):
    postings = [posting(n) for n in range(40)]
    kept = reports(Linter(Config(select=("ALL",))), postings)
    monkeypatch.setattr(engine, "RECYCLE_CHECK_POSTINGS", 7)
    monkeypatch.setattr(engine, "RECYCLE_STRINGS", 0)  # a fresh pipeline every 7 postings
    before = nlp_module.load()
    recycled = reports(Linter(Config(select=("ALL",))), postings)
    assert nlp_module.load() is not before
    assert recycled == kept
    assert any(codes for _, codes, _, _ in recycled)


def test_the_vocabulary_stops_growing(monkeypatch):
    monkeypatch.setattr(engine, "RECYCLE_CHECK_POSTINGS", 25)
    # below the 6,000 new words the postings bring, so the run starts afresh at least once (the
    # pattern index adds few strings of its own: its terms' token values come from the user cache,
    # session 28; tokenising them had added about 6,100, once per fresh pipeline)
    monkeypatch.setattr(engine, "RECYCLE_STRINGS", 3_000)
    linter = Linter(Config(select=("ALL",)))
    start = len(nlp_module.load().vocab.strings)
    sizes = []
    for n, _ in enumerate(linter.lint_sources([posting(2000 + n) for n in range(300)])):  # 6,000 new words
        if n % 25 == 24:
            sizes.append(len(nlp_module.load().vocab.strings))
    assert max(sizes) < start + 3_000 + 25 * 25  # the limit, plus one check's worth of new words
    assert min(sizes[4:]) < max(sizes[:4])  # it started afresh


def test_the_old_pipeline_is_freed_even_after_the_cli_froze_start_up(monkeypatch):
    """Reference counting frees it: the cyclic collector, which ignores frozen objects, is not needed."""
    import gc
    import weakref

    monkeypatch.setattr(engine, "RECYCLE_CHECK_POSTINGS", 5)
    monkeypatch.setattr(engine, "RECYCLE_STRINGS", 0)
    linter = Linter(Config(select=("ALL",)))
    list(linter.lint_sources([posting(5000)]))
    old = weakref.ref(nlp_module.load())
    gc.freeze()  # as cli._start_up does
    try:
        list(linter.lint_sources([posting(5001 + n) for n in range(6)]))
    finally:
        gc.unfreeze()
    gc.collect()
    assert nlp_module.load() is not old() and old() is None


def test_a_fresh_pipeline_empties_the_word_memos(monkeypatch):
    """jdlint's process-wide memos keyed by word (syllable counts, gender-coded words) start afresh with the
    pipeline, so a long run keeps the words since its last fresh pipeline, not every word up to each memo's
    own limit (``cache.WORD_MEMO_LIMIT``, 65,536 for the gender-coded ones)."""
    from spacy.strings import hash_string

    from jdlint import syllables
    from jdlint.checks import gender_coded

    def held(word: str) -> list[bool]:  # a word of one posting, and one of every posting's sentences
        return [hash_string(word) in gender_coded._BY_ORTH, "energetic" in syllables._word_syllables("en_US"),
                gender_coded._classify.cache_info().currsize > 0]

    monkeypatch.setattr(engine, "RECYCLE_CHECK_POSTINGS", 5)
    monkeypatch.setattr(engine, "RECYCLE_STRINGS", 10**9)
    linter = Linter(Config(select=("ALL",)))
    list(linter.lint_sources([posting(7000 + n) for n in range(5)]))
    assert held("zq7003w4") == [True, True, True]  # the words are remembered while the pipeline lasts
    monkeypatch.setattr(engine, "RECYCLE_STRINGS", 0)  # a fresh pipeline after the next five postings
    list(linter.lint_sources([posting(7100 + n) for n in range(5)]))
    assert held("zq7003w4") == held("zq7103w4") == [False, False, False]  # the last five's words too
