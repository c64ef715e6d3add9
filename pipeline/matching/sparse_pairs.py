"""Sparse similarity matrices: every pair of keys whose score reaches a gate, computed in chunks of rows,
and a small block of such a matrix read entry by entry.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from rapidfuzz import process
from scipy import sparse

_CHUNK = 1024  # rows of one rapidfuzz cdist call: memory stays _CHUNK x len(right) float32


def gated_pairs(
    left: Sequence[str], right: Sequence[str], scorer: Callable[..., float], gate: float, weight: float
) -> sparse.csr_matrix | None:
    """``weight`` x scorer (0..1) for every (left, right) pair where the score reaches ``gate``; empty
    strings score nothing. One sparse float32 matrix, computed in chunks of rows."""
    if not left or not right:
        return None
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    vals: list[np.ndarray] = []
    usable_right = np.array([bool(x) for x in right])
    for start in range(0, len(left), _CHUNK):
        part = left[start : start + _CHUNK]
        sim = process.cdist(
            part, right, scorer=scorer, dtype=np.float32, workers=-1, score_cutoff=gate * 100.0 - 0.01
        )
        sim = sim / 100.0
        usable = np.outer(np.array([bool(x) for x in part]), usable_right)
        r, c = np.nonzero(usable & (sim >= gate))
        rows.append(r + start)
        cols.append(c)
        vals.append((weight * sim[r, c]).astype(np.float32) if weight != 1.0 else sim[r, c])
    data = np.concatenate(vals).astype(np.float32)
    return sparse.csr_matrix(
        (data, (np.concatenate(rows), np.concatenate(cols))), shape=(len(left), len(right))
    )


def _block(table: sparse.csr_matrix, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """``table[left][:, right].toarray()``, read from the rows' stored entries (scipy's fancy indexing
    costs more than the answer when the block is small, as it is for an alignment's few new pairs)."""
    left, right = np.asarray(left, dtype=np.int64), np.asarray(right, dtype=np.int64)
    distinct = len(right) < 2 or bool((np.diff(np.sort(right)) > 0).all())
    if len(left) * len(right) > _SMALL_BLOCK or not distinct or not table.has_canonical_format:
        return table[left][:, right].toarray()
    out = np.zeros((len(left), len(right)), dtype=table.dtype)
    lo, hi = table.indptr[left], table.indptr[left + 1]
    counts = hi - lo
    total = int(counts.sum())
    if not total or not len(right):
        return out
    at = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)
    at += np.repeat(lo, counts)
    rows, cols = np.repeat(np.arange(len(left)), counts), table.indices[at]
    order = np.argsort(right, kind="stable")
    ranked = right[order]
    pos = np.minimum(np.searchsorted(ranked, cols), len(ranked) - 1)
    hit = ranked[pos] == cols
    out[rows[hit], order[pos[hit]]] = table.data[at[hit]]
    return out


# the largest block ``_block`` reads entry by entry
_SMALL_BLOCK = 4096
