"""Each link's own score and runner-up, read from every spelling's best entities.

When the links are recorded the entities are final: an article sees every entity's whole bag but those
its own items change (a few). So every distinct spelling is scored once against the whole bags, and its
best ``TOP`` entities are kept in ``np.argmax`` order (highest score, then lowest column). A row's
runner-up is the first of them that is neither its own entity nor one the article changes, against the
changed entities scored for the article alone: the answer of an argmax over the article's whole
rows x entities matrix, without building it. When the exclusions use up the kept entities, ``of``
answers None and the caller builds the matrix.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from pipeline.matching.bags import Bag
from pipeline.matching.columns import Columns

# best entities kept per spelling
TOP = 8


class Runners:
    """Every spelling's scores against the whole bags of the entities, and its best ``TOP`` of them."""

    def __init__(self, columns: Columns, whole: Sequence[Bag]) -> None:
        self.columns = columns
        self.whole = whole
        self.k = len(whole)
        scores = columns.by_spelling(columns.slots(whole))
        order = np.argsort(-scores, axis=1, kind="stable")[:, :TOP]  # ties: the lowest column first
        self.scores = scores
        self.top_cols: list[list[int]] = order.tolist()
        self.top_values: list[list[float]] = np.take_along_axis(scores, order, axis=1).tolist()

    def of(
        self, rows: Sequence[int], own_cols: Sequence[int], changed: Mapping[int, Bag]
    ) -> tuple[list[float], list[tuple[int, float]]] | None:
        """Per row: the score against its own entity, and (column, score) of its best other entity
        (the lowest column among equal scores), where the entities at ``changed`` have those bags."""
        columns, k = self.columns, self.k
        spellings = columns.spelling[np.asarray(rows, dtype=np.int64)].tolist()
        cols = list(changed)
        at = {c: j for j, c in enumerate(cols)}
        extra = columns.gather(rows, columns.slots(list(changed.values()))).tolist() if cols else []
        own: list[float] = []
        runner_up: list[tuple[int, float]] = []
        for a, (s, mine) in enumerate(zip(spellings, own_cols, strict=True)):
            own.append(extra[a][at[mine]] if mine in at else float(self.scores[s, mine]))
            best_col, best = -1, -np.inf
            for col, value in zip(self.top_cols[s], self.top_values[s], strict=True):
                if col != mine and col not in at:
                    best_col, best = col, value
                    break
            else:
                if len(self.top_cols[s]) < k:
                    return None  # the kept entities ran out: every column must be read
            for col, j in at.items():
                value = extra[a][j]
                if col != mine and (value > best or (value == best and col < best_col)):
                    best_col, best = col, value
            runner_up.append((best_col, best) if best_col >= 0 else (-1, 0.0))
        return own, runner_up
