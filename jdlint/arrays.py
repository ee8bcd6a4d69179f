"""NumPy helpers for spaCy attribute arrays (uint64 hashes, one entry per token).

``np.isin`` and ``np.unique`` would do, but both check for masked arrays and so import
``numpy.ma`` on first use: about 9 ms of a cold one-posting run, for a module jdlint never uses.
These give the same answers without it; tests/test_arrays.py compares them with NumPy's own.
"""
from __future__ import annotations

import numpy as np


def in_sorted(column: np.ndarray, table: np.ndarray) -> np.ndarray:
    """``np.isin(column, table)`` for ``table`` a sorted non-empty array of the column's type: a
    binary search for each entry, several times faster than ``np.isin`` on a short table."""
    return table.take(table.searchsorted(column), mode="clip") == column


def distinct(column: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(column, return_inverse=True)``: the sorted distinct values, and for each entry
    the index of its value among them."""
    order = column.argsort(kind="stable")
    ordered = column[order]
    first = np.empty(len(column), dtype=bool)  # first of its value, in sorted order
    first[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    inverse = np.empty(len(column), dtype=np.intp)
    inverse[order] = np.cumsum(first) - 1
    return ordered[first], inverse
