"""One article aligned to the entities on the brute-force matrices: ``_align`` scores its rows against
every entity, ``_decide`` reads the assignment off the rows x entities matrix (``onestep`` when every row
finds its column at once, else ``scipy.optimize.linear_sum_assignment`` with one "new entity" option per
row worth ``score_cutoff``). A proposed pair is kept when its score reaches ``sure_score``, or reaches
``score_cutoff`` and beats the row's next best entity by ``min_margin``, or when every close rival is held
by a better claimant of the same list (``margins``); a complete list's one row and one entity left over
are linked by elimination. Used by ``assign``, which takes ``align_blocked`` on long lists."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from pipeline.matching import onestep
from pipeline.matching.bags import Bag
from pipeline.matching.candidates import _FORBIDDEN, _scores
from pipeline.matching.margins import _claimed, _holders, _rivals_held
from pipeline.matching.state import _Run

# An alignment whose rows each find their column at once is read off its matrix, as scipy's solver
# would answer (pipeline.matching.onestep).
ONE_STEP = True


def _align(
    run: _Run,
    rows: list[int],
    bags: Sequence[Bag],
    owner: Callable[[int], int | None],
    *,
    complete: bool,
) -> tuple[list[int | None], set[int]]:
    """Entity index (or None: found a new entity) for each mention row, and the rows linked by
    elimination."""
    if not bags:
        return [None] * len(rows), set()
    return _decide(run, _scores(run, rows, bags, owner)[0], complete=complete)


def _decide(run: _Run, score: np.ndarray, *, complete: bool) -> tuple[list[int | None], set[int]]:
    """``_align`` on the rows x entities ``score`` matrix."""
    n, k = score.shape
    if not k:
        return [None] * n, set()
    found = onestep.solve(score, run.rule.score_cutoff) if ONE_STEP else None
    if found is not None:
        ri, ci = np.arange(n), found
    else:
        # columns: the entities, then one "new entity" option per row worth the cutoff
        cost = np.full((n, k + n), -_FORBIDDEN, dtype=np.float64)
        np.negative(score, out=cost[:, :k])
        cost[np.arange(n), k + np.arange(n)] = -run.rule.score_cutoff
        # imported here: scipy.optimize takes about 0.3 s to import, and onestep answers most alignments
        from scipy.optimize import linear_sum_assignment

        ri, ci = linear_sum_assignment(cost)
    # each row's best entity but the one proposed (np.max of the row without it)
    proposed = np.minimum(ci, k - 1)
    at = score[ri, proposed]
    values = at.tolist()
    if k > 1:  # the proposed cells left out in place and put back (each row has one): no copy of the matrix
        score[ri, proposed] = -np.inf
        runner_ups = score.max(axis=1).tolist()
        score[ri, proposed] = at
    else:
        runner_ups = [0.0] * n
    out: list[int | None] = [None] * n
    rule = run.rule
    contested: list[tuple[int, int, float]] = []
    for r, c, value in zip(ri.tolist(), ci.tolist(), values, strict=True):
        if c >= k or value < rule.score_cutoff:
            continue
        if value < rule.sure_score and k > 1:
            if value - runner_ups[r] < rule.min_margin:
                contested.append((r, c, value))
                continue  # weak and not distinctive: more likely a stray than a translation
        out[r] = c
    claims = _claimed(out, contested)
    for r, c, value in contested:
        if _rivals_held(value, enumerate(score[r].tolist()), c, _holders(claims, r, score), rule.min_margin):
            out[r] = c
    eliminated: set[int] = set()
    if complete and k == n:
        left_rows = [r for r in range(n) if out[r] is None]
        taken = {c for c in out if c is not None}
        left_cols = [c for c in range(k) if c not in taken]
        if len(left_rows) == 1 and len(left_cols) == 1 and score[left_rows[0], left_cols[0]] > _FORBIDDEN / 2:
            out[left_rows[0]] = left_cols[0]
            eliminated.add(left_rows[0])
    return out, eliminated
