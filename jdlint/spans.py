"""Overlap tests over many spans in a logarithm each: what keeps per-match context tests linear
in the posting's length (``in_eeo``, exception phrases, frame rules' ``defer-to``, metrics'
eeo sections). No imports of its own, so any module may use it without an import cycle."""
from __future__ import annotations

import bisect


def span_index(spans) -> tuple[list[int], list[int]]:
    """Spans' starts, sorted, and the furthest end among each prefix of them: what
    ``overlaps_any`` bisects, so a test at every match costs a logarithm, not a scan of every
    span (which made such tests quadratic in a long posting)."""
    ordered = sorted(spans)
    reach, furthest = [], -1
    for _, stop in ordered:
        furthest = max(furthest, stop)
        reach.append(furthest)
    return [s for s, _ in ordered], reach


def overlaps_any(index: tuple[list[int], list[int]], start: int, end: int) -> bool:
    """Some span of ``index`` (``span_index``) overlaps [start, end): among those starting
    before ``end``, one reaches past ``start``."""
    starts, reach = index
    i = bisect.bisect_left(starts, end)
    return i > 0 and reach[i - 1] > start


def position_index(spans) -> tuple[list[int], list[int], list[int], list[int]]:
    """``span_index`` that also keeps each span's end and its position in ``spans``: what
    ``overlapping`` walks to name the spans that overlap, not only whether one does."""
    ordered = sorted((start, stop, at) for at, (start, stop) in enumerate(spans))
    reach, furthest = [], -1
    for _, stop, _ in ordered:
        furthest = max(furthest, stop)
        reach.append(furthest)
    return [s for s, _, _ in ordered], [e for _, e, _ in ordered], reach, [a for _, _, a in ordered]


def overlapping(index: tuple[list[int], list[int], list[int], list[int]], start: int, end: int) -> list[int]:
    """The positions (in the list ``position_index`` was given, in order) of its spans that overlap
    [start, end) (an empty span overlaps nothing). Among the spans starting before ``end`` it walks back only while the furthest end so
    far reaches past ``start``: the spans near [start, end), not every span of a long posting."""
    starts, ends, reach, at = index
    found = []
    j = bisect.bisect_left(starts, end) - 1
    while j >= 0 and reach[j] > start:
        if ends[j] > start and ends[j] > starts[j]:
            found.append(at[j])
        j -= 1
    found.sort()
    return found
