"""Per-sentence memos: the answers for the posting being linted, and a process-wide LRU across postings.

Section detection, the pay rules and the EEO context ask about the same sentence several times in one posting
(its kinds, its pay, its wording read by RE2). A process-wide ``lru_cache`` of 4,096 entries keeps the boilerplate
that postings share, but a posting with more sentences than that outgrows it: its own repeats miss, and in
``scripts/bench.py`` the 1.2 MB posting cost 1.23x the 82 kB one per character (0.97x with caches large enough).
So each memoised function also keeps every answer of the current posting in a dict that the engine empties when
the next posting starts (``new_posting``): a repeat within a posting always hits, and what is kept is bounded by one
posting (and by ``POSTING_ENTRIES``, in case a caller never starts a posting), not by the run.
``posting_memo`` keeps only the current posting's answers: for what several readers of one posting ask about the
same sentence but postings seldom share (a sentence model's tokens), where an LRU across postings would cost memory
and hit little.
"""
from __future__ import annotations

from functools import lru_cache, wraps
from typing import Callable, TypeVar

F = TypeVar("F", bound=Callable)

#: the process-wide LRU's size per function: shared boilerplate across postings (bounded memory over a long run)
ACROSS_POSTINGS = 4096
#: at most this many answers kept for one posting per function (a 1.2 MB posting has about 9,000 sentences)
POSTING_ENTRIES = 32_768

_posting = 0  # which posting is being linted; the engine counts them


def new_posting() -> None:
    """A new posting starts: the answers kept for the last one are dropped (lazily, on next use)."""
    global _posting
    _posting += 1


def _kept_for_the_posting(fn: F, compute) -> F:
    """``fn`` memoised for the posting being linted: answers kept in a dict that empties when the next posting
    starts (or holds ``POSTING_ENTRIES``), each computed by ``compute`` (``fn`` itself, or a cache across postings
    in front of it). The one per-posting memo both decorators below share."""
    kept: dict = {}
    owner = [-1]  # the posting ``kept`` belongs to

    @wraps(fn)
    def memoised(*args):
        if owner[0] != _posting or len(kept) >= POSTING_ENTRIES:
            kept.clear()
            owner[0] = _posting
        try:
            return kept[args]
        except KeyError:
            value = kept[args] = compute(*args)
            return value

    memoised.kept = kept  # type: ignore[attr-defined]
    return memoised  # type: ignore[return-value]


def posting_memo(fn: F) -> F:
    """``fn`` (positional, hashable arguments) memoised for the posting being linted only (``sentence_memo``
    without the LRU across postings): what is kept is one posting's answers at most."""
    memoised = _kept_for_the_posting(fn, fn)
    memoised.cache_clear = memoised.kept.clear  # type: ignore[attr-defined]
    memoised.uncached = fn  # type: ignore[attr-defined]
    return memoised


def sentence_memo(fn: F) -> F:
    """``fn`` (positional, hashable arguments) memoised for the posting being linted and across postings."""
    shared = lru_cache(maxsize=ACROSS_POSTINGS)(fn)
    memoised = _kept_for_the_posting(fn, shared)

    def cache_clear() -> None:
        memoised.kept.clear()
        shared.cache_clear()

    memoised.cache_clear = cache_clear  # type: ignore[attr-defined]
    memoised.cache_info = shared.cache_info  # type: ignore[attr-defined]
    memoised.uncached = fn  # type: ignore[attr-defined]
    return memoised  # type: ignore[return-value]
