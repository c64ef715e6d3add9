"""One article aligned to the entities on the blocked path (``pipeline.matching.blocks``: candidate
pairs, a sparse assignment): the links of the brute-force matrices (``align_dense``), with less cost on
long lists; tests compare the two. Used by ``assign``, which chooses the path (``assign.blocked``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from scipy import sparse

from pipeline.matching.bags import Bag
from pipeline.matching.blocks import blocked_scores, weak_floor
from pipeline.matching.candidates import _FORBIDDEN, _scores
from pipeline.matching.margins import _free_contested, _row_tops
from pipeline.matching.state import _Run

# The blocked path leaves out the pairs too weak to change an alignment (blocks.weak_floor).
PRUNE_WEAK = True


def _align_blocked(
    run: _Run,
    rows: list[int],
    bags: Sequence[Bag],
    owner: Callable[[int], int | None],
    *,
    complete: bool,
) -> tuple[list[int | None], set[int]]:
    """``_align`` on the candidate pairs: a sparse assignment (scipy
    ``min_weight_full_bipartite_matching``) over the pairs that reach the cutoff and one "new entity"
    option per row."""
    n, k = len(rows), len(bags)
    if not k:
        return [None] * n, set()
    pairs = blocked_scores(run, rows, bags, owner, floor=weak_floor(run) if PRUNE_WEAK else 0.0)
    cutoff = run.rule.score_cutoff
    usable = pairs.score >= cutoff
    r = np.concatenate([pairs.rows[usable], np.arange(n)])
    c = np.concatenate([pairs.cols[usable], k + np.arange(n)])
    w = np.concatenate([pairs.score[usable], np.full(n, cutoff)]) + 1.0  # weights must not be zero
    graph = sparse.csr_matrix((w, (r, c)), shape=(n, k + n))
    # imported here: scipy.sparse.csgraph takes about 0.1 s to import, and only long lists come this way
    from scipy.sparse.csgraph import min_weight_full_bipartite_matching

    ri, ci = min_weight_full_bipartite_matching(graph, maximize=True)
    out: list[int | None] = [None] * n
    chosen = ci < k
    ri, ci = ri[chosen], ci[chosen]
    at = np.searchsorted(pairs.rows * k + pairs.cols, ri * k + ci)
    score = pairs.score[at]
    top, second, top_col = _row_tops(pairs, n, k)
    other = np.where(ci == top_col[ri], second[ri], top[ri])
    keep = (score >= run.rule.sure_score) | (k <= 1) | (score - other >= run.rule.min_margin)
    for row, col in zip(ri[keep].tolist(), ci[keep].tolist(), strict=True):
        out[row] = col
    _free_contested(
        pairs,
        out,
        zip(ri[~keep].tolist(), ci[~keep].tolist(), score[~keep].tolist(), strict=True),
        k=k,
        min_margin=run.rule.min_margin,
    )
    eliminated: set[int] = set()
    if complete and k == n:
        left_rows = [x for x in range(n) if out[x] is None]
        taken = {x for x in out if x is not None}
        left_cols = [x for x in range(k) if x not in taken]
        if len(left_rows) == 1 and len(left_cols) == 1:
            row, col = left_rows[0], left_cols[0]
            score, _sig = _scores(run, [rows[row]], [bags[col]], lambda j: 0 if owner(j) == col else None)
            if float(score[0, 0]) > _FORBIDDEN / 2:
                out[row] = col
                eliminated.add(row)
    return out, eliminated
