"""jdlint.arrays: NumPy's isin and unique without numpy.ma, checked against NumPy's own."""
from __future__ import annotations

import subprocess
import sys

import numpy as np

from jdlint.arrays import distinct, in_sorted


def _hashes(rng, size):
    """Full-range uint64 values, as spaCy's string hashes are, with repeats and the maximum."""
    column = rng.integers(0, 2**64 - 1, size=size, dtype=np.uint64, endpoint=True)
    column[::7] = np.uint64(2**64 - 1)
    if size > 3:
        column[1::5] = column[0]
    return column


def test_in_sorted_is_isin():
    rng = np.random.default_rng(7)
    column = _hashes(rng, 500)
    for size in (1, 2, 13, 40):
        table = np.sort(np.concatenate([column[rng.integers(0, 500, size=size)],
                                        rng.integers(0, 2**64 - 1, size=size, dtype=np.uint64)]))
        assert (in_sorted(column, table) == np.isin(column, table)).all()


def test_distinct_is_unique_with_inverse():
    rng = np.random.default_rng(11)
    for size in (0, 1, 2, 3, 50, 1000):
        column = _hashes(rng, size)
        values, inverse = distinct(column)
        expected_values, expected_inverse = np.unique(column, return_inverse=True)
        assert values.dtype == column.dtype and (values == expected_values).all()
        assert (inverse == expected_inverse.reshape(-1)).all()
        assert (values[inverse] == column).all()


def test_linting_a_posting_does_not_import_numpy_ma():
    script = ("import sys, jdlint\n"
              "jdlint.lint_text('# Clerk\\n\\nYou will file records. You will answer the phone.\\n', path='t.md')\n"
              "print('numpy.ma' in sys.modules)\n")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "False"
