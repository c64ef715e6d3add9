"""Which mention/entity pairs are scored, and their scores with knowledge and decisions applied.

A gazetteer code shared with an entity holding it alone lifts a pair to ``gazetteer_score``; two
different codes forbid it; reviewer decisions force or forbid a pair whatever the text says.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from pipeline.matching.bags import Bag, _merge
from pipeline.matching.evidence import _combine
from pipeline.matching.state import _Run

_REVIEWER_SCORE = 10.0
_FORBIDDEN = -1e6


def _scores(
    run: _Run, rows: Sequence[int], bags: Sequence[Bag], owner: Callable[[int], int | None]
) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Scores (float64) of the mention rows against entities given as bags, and the three signals.
    ``owner`` says which bag holds a mention (None: none of them), for the reviewer decisions."""
    sig = run.space.signals([run.bags[i] for i in rows], bags, cache=True)
    score = _combine(*sig, agreement=run.space.w.agreement).astype(np.float64)
    _apply_codes(
        score, [run.bags[i].codes for i in rows], [b.codes for b in bags], run.space.w.gazetteer_score
    )
    if run.allies or run.rivals:
        for a, i in enumerate(rows):
            for k in run.allies.get(i, ()):
                c = owner(k)
                if c is not None:
                    score[a, c] = _REVIEWER_SCORE
            for k in run.rivals.get(i, ()):
                c = owner(k)
                if c is not None:
                    score[a, c] = _FORBIDDEN
    return score, sig


def _apply_codes(
    score: np.ndarray, rows: Sequence[frozenset[str]], cols: Sequence[frozenset[str]], floor: float
) -> None:
    """Gazetteer evidence, in place: a row whose code is an entity's only code scores at least
    gazetteer_score against it; a row whose code the entity lacks (it holds another) is forbidden."""
    coded = [(c, codes) for c, codes in enumerate(cols) if codes]
    if not coded:
        return
    for r, mine in enumerate(rows):
        if not mine:
            continue
        for c, codes in coded:
            if not mine & codes:
                score[r, c] = _FORBIDDEN
            elif codes == mine:
                score[r, c] = max(score[r, c], floor)


def _entity_scores(run: _Run, rows: Sequence[int], entities: Sequence[Sequence[int]]) -> np.ndarray:
    owner = {i: c for c, members in enumerate(entities) for i in members}
    score, _sig = _scores(run, rows, [_merge(run.bags[i] for i in e) for e in entities], owner.get)
    return score
