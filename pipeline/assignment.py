"""``linear_sum_assignment`` with scipy's answer, solved here for the small matrices of groups and categories.

Groups, value columns and category tables are aligned one-to-one on matrices of a few labels a side.
Importing ``scipy.optimize`` costs about 0.3 s (its ``__init__`` loads linprog, linalg and more), a third
of a small story's run, for a solver that takes microseconds on them; so a matrix of at most
``SMALL_CELLS`` entries is solved in Python by the same algorithm, step for step (``solved_here``), and a
larger one (or one with an infinite or NaN entry, for scipy's own errors) by scipy, imported then. The
Python solver takes 10 to 150 µs a matrix where scipy takes 1 to 5, so once a process has solved
``PYTHON_SOLVES`` matrices here (a story of many outlets compares the category tables of every pair),
scipy's import has paid for itself and scipy solves the rest.

The algorithm is scipy's (``rectangular_lsap.cpp``: Crouse's shortest augmenting paths, 2016). A tall
matrix is transposed; the rows are added in order, each by
the shortest augmenting path from it, scanning the columns not yet on the path from the last to the first
and taking, among equal least reduced costs, the last free column of that scan (the lowest free one);
then the duals are updated and the path is flipped. Ties decide which of several optimal assignments
comes out, so every comparison and sum is made in scipy's order. ``tests/test_assignment.py`` compares
the two on random matrices full of ties.
"""

from __future__ import annotations

import itertools
import math

import numpy as np

__all__ = ["PYTHON_SOLVES", "SMALL_CELLS", "linear_sum_assignment", "solved_here"]

SMALL_CELLS = 400  # largest matrix (rows x columns) solved here; far above any group or category table
PYTHON_SOLVES = 1000  # matrices solved here per process before scipy does (of a few labels: about 15 ms)
_SOLVED_HERE = itertools.count()  # how many so far


def linear_sum_assignment(cost: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``scipy.optimize.linear_sum_assignment(cost)``: (rows, columns) of a least-cost assignment, sorted
    by row; the same answer, ties included."""
    matrix = np.asarray(cost, dtype=np.float64)
    small = matrix.ndim == 2 and matrix.size <= SMALL_CELLS and bool(np.isfinite(matrix).all())
    if small and next(_SOLVED_HERE) < PYTHON_SOLVES:
        return solved_here(matrix)
    # imported here: scipy.optimize takes about 0.3 s to import (see the module docstring)
    from scipy.optimize import linear_sum_assignment as solve

    rows, cols = solve(matrix)
    return rows, cols


def solved_here(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """scipy's answer for a finite 2-D float64 ``matrix``, computed in Python."""
    tall = matrix.shape[0] > matrix.shape[1]
    picks = np.array(_shortest_paths((matrix.T if tall else matrix).tolist()), dtype=np.intp)
    if tall:  # picks[c] is the row of column c
        order = np.argsort(picks)
        return picks[order], order
    return np.arange(len(picks)), picks


def _shortest_paths(cost: list[list[float]]) -> list[int]:
    """The column of each row of a finite cost matrix with no more rows than columns."""
    if not cost:
        return []
    n_rows, n_cols = len(cost), len(cost[0])
    u, v = [0.0] * n_rows, [0.0] * n_cols
    col_of, row_of, path = [-1] * n_rows, [-1] * n_cols, [-1] * n_cols
    for current in range(n_rows):
        sink, reach, seen_rows, seen_cols, length = _augmenting_path(cost, u, v, row_of, path, current)
        u[current] += length
        for i in seen_rows:
            if i != current:
                u[i] += length - reach[col_of[i]]
        for j in seen_cols:
            v[j] -= length - reach[j]
        j = sink
        while True:
            i = path[j]
            row_of[j] = i
            col_of[i], j = j, col_of[i]
            if i == current:
                break
    return col_of


def _augmenting_path(
    cost: list[list[float]], u: list[float], v: list[float], row_of: list[int], path: list[int], start: int
) -> tuple[int, list[float], list[int], list[int], float]:
    """(sink column, shortest path cost to each column, rows and columns on the search, its length) of
    the shortest augmenting path from row ``start``; ``path`` records each column's predecessor row."""
    reach = [math.inf] * len(v)
    remaining = list(range(len(v) - 1, -1, -1))
    seen_rows: list[int] = []
    seen_cols: list[int] = []
    length = 0.0
    i, sink = start, -1
    while sink == -1:
        seen_rows.append(i)
        index, lowest = -1, math.inf
        for it, j in enumerate(remaining):
            r = length + cost[i][j] - u[i] - v[j]
            if r < reach[j]:
                path[j] = i
                reach[j] = r
            if reach[j] < lowest or (reach[j] == lowest and row_of[j] == -1):
                lowest, index = reach[j], it
        length = lowest
        j = remaining[index]
        if row_of[j] == -1:
            sink = j
        else:
            i = row_of[j]
        seen_cols.append(j)
        remaining[index] = remaining[-1]
        remaining.pop()
    return sink, reach, seen_rows, seen_cols, length
