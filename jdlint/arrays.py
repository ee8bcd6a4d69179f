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


#: The token attributes jdlint's readers take from a ``Doc`` (the sentence splitter, lemma norms,
#: the pattern index, gender-coded words, passive voice, reader address), none of which the
#: built-in pipeline changes once the tokenizer has run.
_COLUMNS_KEY = "jdlint.token_columns"


def token_columns(doc) -> dict[int, np.ndarray]:
    """``{attribute: doc.to_array(attribute)}`` for ORTH, LOWER, IDX, LENGTH, IS_SPACE, IS_PUNCT,
    IS_ALPHA and SPACY, read in one ``to_array`` and kept on the Doc (``user_data``): each reader
    made its own call, eight per posting, each walking every token. Kept for as long as the Doc
    has the same tokens; a pipeline component that re-tokenises must run before the first reader
    (``nlp.py``'s components read it only where nothing re-tokenises after them)."""
    from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, LENGTH, LOWER, ORTH, SPACY

    kept = doc.user_data.get(_COLUMNS_KEY)
    if kept is not None and kept[0] == len(doc):
        return kept[1]
    attrs = (ORTH, LOWER, IDX, LENGTH, IS_SPACE, IS_PUNCT, IS_ALPHA, SPACY)
    table = doc.to_array(list(attrs)).T.copy()  # one contiguous row per attribute
    columns = dict(zip(attrs, table))
    doc.user_data[_COLUMNS_KEY] = (len(doc), columns)
    return columns


def keep_column(doc, attr: int, values: np.ndarray) -> None:
    """Keep ``values``, the array a pipeline component has just written to ``attr`` with
    ``Doc.from_array`` (the built-in pipeline's SENT_START and NORM), beside the token columns,
    so a later reader (``column``) takes it without another ``to_array`` walk over every token.
    Kept only while the columns are the Doc's (same tokens)."""
    kept = doc.user_data.get(_COLUMNS_KEY)
    if kept is not None and kept[0] == len(doc):
        kept[1][attr] = values


def column(doc, attr: int) -> np.ndarray:
    """``doc.to_array(attr)``: from the token columns when ``token_columns`` reads it or a component
    kept it (``keep_column``), else read now (a trained pipeline's sentence starts, a short Doc's
    norms set token by token)."""
    columns = token_columns(doc)
    values = columns.get(attr)
    return doc.to_array(attr) if values is None else values
