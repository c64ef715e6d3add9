"""Links an alignment turns down for their margin, looked at again: a row whose every close rival entity
is held by a better claimant of the same list is distinct after all (``_rivals_held``), on the
brute-force matrices and on the blocked path's candidate pairs (``_free_contested``, with each row's two
best scores from ``_row_tops``). Used by ``align_dense`` and ``align_blocked``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from pipeline.matching.blocks import Pairs
from pipeline.matching.candidates import _FORBIDDEN


def _claimed(out: Sequence[int | None], contested: Iterable[tuple[int, int, float]]) -> list[int | None]:
    """The entity of every row the alignment links or proposes: a row turned down for its margin still
    claims its entity against a row that scores lower on it (two rows, each the better claimant of its
    own entity, vouch for each other)."""
    claims = list(out)
    for r, c, _value in contested:
        claims[r] = c
    return claims


def _holders(out: Sequence[int | None], row: int, score: np.ndarray) -> set[int]:
    """The entities linked to the other rows of the alignment whose row scores higher on them than
    ``row`` does (each is the better claimant's)."""
    return {c for r, c in enumerate(out) if c is not None and r != row and score[r, c] > score[row, c]}


def _rivals_held(
    value: float, candidates: Iterable[tuple[int, float]], col: int, held: set[int], margin: float
) -> bool:
    """Whether a link turned down for its margin is distinct after all: ``col`` is the row's best entity,
    and every entity within ``margin`` of it is linked to another item of the same list that scores
    higher on it (``ロー・ジャンソン`` holds Roe Janson, whom ``ジェーン・ロー`` shares a word
    with). An article lists each entity once, so such a rival is no other way to read the row."""
    rest = [(c, v) for c, v in candidates if c != col]
    if any(v > value for _c, v in rest):
        return False
    return all(value - v >= margin or c in held for c, v in rest)


def _free_contested(
    pairs: Pairs,
    out: list[int | None],
    contested: Iterable[tuple[int, int, float]],
    *,
    k: int,
    min_margin: float,
) -> None:
    """``_rivals_held`` on the blocked path's candidate pairs (an entity not among a row's pairs scores 0,
    as in the brute-force matrices)."""
    starts = np.searchsorted(pairs.rows, np.arange(len(out) + 1))
    flat = pairs.rows * k + pairs.cols
    contested = list(contested)
    claims = _claimed(out, contested)
    for row, col, value in contested:
        lo, hi = starts[row], starts[row + 1]
        candidates = list(zip(pairs.cols[lo:hi].tolist(), pairs.score[lo:hi].tolist(), strict=True))
        mine = dict(candidates)
        held: set[int] = set()
        for r, c in enumerate(claims):
            if c is None or r == row:
                continue
            at = int(np.searchsorted(flat, r * k + c))
            if at < len(flat) and flat[at] == r * k + c and float(pairs.score[at]) > mine.get(c, 0.0):
                held.add(c)
        if _rivals_held(value, candidates, col, held, min_margin):
            out[row] = col


def _row_tops(pairs: Pairs, n: int, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per row: the best and second best scores over all k entities (an entity that shares nothing
    with the row scores 0; _FORBIDDEN when there is no such entity) and the column of the best (the
    lowest column among equal scores; -1 when the best is such a 0). Pairs are sorted by row, column."""
    starts = np.searchsorted(pairs.rows, np.arange(n + 1))
    count = np.diff(starts)
    has = count > 0
    first = np.full(n, _FORBIDDEN)
    second = np.full(n, _FORBIDDEN)
    top_col = np.full(n, -1, dtype=np.int64)
    if has.any():
        seg = starts[:-1][has]
        first[has] = np.maximum.reduceat(pairs.score, seg)
        is_top = pairs.score == first[pairs.rows]
        big = np.iinfo(np.int64).max
        top_col[has] = np.minimum.reduceat(np.where(is_top, pairs.cols, big), seg)
        rest = np.where(pairs.cols == top_col[pairs.rows], _FORBIDDEN, pairs.score)
        second[has] = np.maximum.reduceat(rest, seg)
    floor = np.where(count < k, 0.0, _FORBIDDEN)
    # the floor (an entity sharing nothing) joins the two best; the best column stays when it ties
    new_second = np.where(floor > first, first, np.maximum(second, floor))
    top_col = np.where(floor > first, -1, top_col)
    first = np.maximum(first, floor)
    return first, new_second, top_col
