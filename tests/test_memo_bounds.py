"""jdlint's memos stay bounded however many distinct postings a process lints.

A memo keyed by text (a sentence, a line, a word) must have a size limit: a job board streaming
new postings would otherwise grow it without end, and the cyclic collector would scan it more
and more. The few memos without a limit are keyed by the configuration (a rule's patterns, a
word list, a language), so new text never adds to them; the word memos clear themselves at
``cache.WORD_MEMO_LIMIT``. Postings are generated here, each with words of its own.
"""
from __future__ import annotations

import importlib
import inspect
import pkgutil

import jdlint
from jdlint import syllables
from jdlint.config import Config
from jdlint.engine import Linter
from jdlint.source import SourceFile

#: functools caches with no size limit, each keyed by what a configuration holds, never by text
KEYED_BY_CONFIGURATION = {
    "jdlint.checks.inclusive._compiled": "a rule's exception and basis patterns",
    "jdlint.metrics._hash_array": "a word list of a rule or metric",
    "jdlint.syllables._hyphenation_points": "the language",
    "jdlint.syllables._word_syllables": "the language (the word memo inside clears itself)",
}


def _functools_caches() -> dict[str, object]:
    """Every lru_cache-wrapped function and method defined in jdlint, by dotted name."""
    found: dict[str, object] = {}
    for info in pkgutil.walk_packages(jdlint.__path__, "jdlint."):
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            members = [(name, obj)]
            if inspect.isclass(obj) and obj.__module__ == module.__name__:
                members += [(f"{name}.{attr}", value) for attr, value in vars(obj).items()]
            for qualname, member in members:
                if hasattr(member, "cache_parameters") and getattr(member, "__module__", None) == module.__name__:
                    found[f"{module.__name__}.{qualname}"] = member
    return found


def posting(n: int) -> SourceFile:
    words = " ".join(f"zq{n}w{k}" for k in range(30))  # thirty words no other posting has
    text = (f"# Sales{n} Rockstar\n\nWe want a young and energetic salesman for our {words} team. "
            f"You will manage {words} accounts and report to the director.\n\n"
            f"## Benefits\n\n- Competitive salary of $50,000 for {words}\n- Health cover\n")
    return SourceFile(f"ad{n}.md", text, "markdown")


def test_every_unbounded_cache_is_keyed_by_configuration():
    caches = _functools_caches()
    assert len(caches) > 30  # the walk found the package's caches
    unbounded = {name for name, fn in caches.items() if fn.cache_parameters()["maxsize"] is None}
    assert unbounded == set(KEYED_BY_CONFIGURATION)


def test_new_text_adds_nothing_to_the_unbounded_caches():
    caches = _functools_caches()
    linter = Linter(Config(select=("ALL",)))
    list(linter.lint_sources([posting(n) for n in range(10)]))  # every lazily built table in place
    before = {name: caches[name].cache_info().currsize for name in KEYED_BY_CONFIGURATION}
    reports = list(linter.lint_sources([posting(n) for n in range(10, 40)]))
    assert any(report.diagnostics for report in reports)
    assert {name: caches[name].cache_info().currsize for name in KEYED_BY_CONFIGURATION} == before


def test_the_word_syllable_memo_clears_itself(monkeypatch):
    monkeypatch.setattr(syllables, "WORD_MEMO_LIMIT", 50)
    memo = syllables._word_syllables("en_US")
    memo.clear()
    counts = [syllables.sum_syllables([f"zqword{n}", "manage"], "en_US") for n in range(200)]
    assert len(memo) <= 51
    assert counts == [syllables.sum_syllables([f"zqword{n}", "manage"], "en_US") for n in range(200)]
