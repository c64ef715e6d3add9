"""The answer of scipy's assignment solver on an alignment in which every row finds its column at once.

``align_dense._decide`` hands ``scipy.optimize.linear_sum_assignment`` an article's rows x (k entities, then
one "new entity" option per row) cost matrix: ``-score`` against the entities, ``-cutoff`` for a row's
own option, ``-_FORBIDDEN`` for another row's. Most rows of most alignments simply take their best
entity or found a new one, and what the solver gives then can be read off the matrix with a few numpy
passes instead of its search over every entity.

The solver (scipy's ``rectangular_lsap.cpp``, Crouse's shortest augmenting paths) first subtracts the
least entry of the matrix from every entry, then adds the rows in order. For row ``i`` it scans the
columns (fresh each row, from the last column to the first) for the least reduced cost
``cost[i, j] - u[i] - v[j]``, and among equal least ones takes the last column in that scan that no
row holds yet: the lowest free one. When that column is free, the path ends there at once: row ``i``
takes it, ``u[i]`` becomes that least cost and ``v[j]`` changes by ``least - least``, nothing. So while
every row ends in one step, every ``v`` stays 0, each new row is scanned with ``u[i] = 0``, and its
reduced costs are its shifted costs: row by row, the solver's answer is the lowest column among the
row's least shifted costs that no earlier row took. A row's own option is always free (it costs every
other row more than theirs), and another row's option is never least. When all of a row's least
columns are taken, the solver would search on through the rows holding them: ``solve`` answers None and
the caller runs the solver. ``tests/test_matching_shortcuts.py`` compares both on random matrices full
of ties and on whole runs.
"""

from __future__ import annotations

import numpy as np

from pipeline.matching.candidates import _FORBIDDEN


def solve(score: np.ndarray, cutoff: float) -> np.ndarray | None:
    """The column ``linear_sum_assignment`` gives each row of ``align_dense._decide``'s cost matrix for the
    rows x entities ``score`` (float64; a row's own option is column ``k + row``), or None when some row
    does not end in one step."""
    n, k = score.shape
    if not n or not k:
        return None
    # the costs are ``-score``: a row's least cost is minus its best score, the matrix's least is minus the
    # best of those, and the shifted costs ``-score - least`` are ``(-least) - score`` to the last bit
    # (negation is exact, addition commutes); shifting keeps the order, so each row's least shifted cost
    # is its least cost shifted: one pass over the matrix, where negating, reading and shifting took three
    best = score.max(axis=1)
    # the least entry of the whole matrix: entities, own options, other rows' options
    least = min(-float(best.max()), -cutoff, -_FORBIDDEN if n > 1 else np.inf)
    cost = np.subtract(-least, score)
    own = -cutoff - least
    low = np.minimum(np.subtract(-least, best), own)
    tied = cost == low[:, None]
    first = tied.argmax(axis=1)  # each row's lowest least entity (0 when it has none)
    rows = np.arange(n)
    has = tied[rows, first]
    picks = np.where(has, first, k + rows)
    if not has.any() or np.bincount(first[has], minlength=k).max() == 1:
        return picks  # no two rows want the same lowest column: each takes it
    taken: set[int] = set()
    for i in np.flatnonzero(has).tolist():
        pick = next((j for j in np.flatnonzero(tied[i]).tolist() if j not in taken), None)
        if pick is None:
            if own != low[i]:
                return None  # every least column is held: the solver searches on
            pick = k + i  # the own option is among the least, and free
        taken.add(pick)
        picks[i] = pick
    return picks
