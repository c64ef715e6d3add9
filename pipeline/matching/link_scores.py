"""The scores behind each list link once the assignment is final: per row of an article, its own
entity's score and signals and its best other entity (runner-up), on the brute-force matrices, the
blocked pairs or the kept columns (``columns.Columns``), whichever the alignment used. Used by
``record._links``."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from pipeline.matching import assign
from pipeline.matching.bags import Bag
from pipeline.matching.blocks import Pairs, blocked_scores
from pipeline.matching.candidates import _scores
from pipeline.matching.columns import Columns
from pipeline.matching.runners import Runners
from pipeline.matching.state import _Run


class _Slots:
    """The kept columns (``columns.Columns``) of the entities' whole bags, made once, and of the bags an
    article's alignment sees (the whole ones but those its own items change)."""

    def __init__(self, columns: Columns, whole: Sequence[Bag]) -> None:
        self.columns = columns
        self.whole = whole
        self._at: tuple[int, np.ndarray] | None = None

    def of(self, bags: Sequence[Bag], changed: Sequence[int]) -> np.ndarray:
        """The kept columns of ``bags``, which are the whole bags but at ``changed``."""
        columns = self.columns
        if self._at is None or self._at[0] != columns.generation:
            at = columns.slots(self.whole)
            self._at = (columns.generation, at)
        generation = columns.generation
        extra = columns.slots([bags[k] for k in changed])
        if columns.generation != generation:  # the table started again: every column afresh
            return columns.slots(bags)
        out = self._at[1].copy()
        out[np.asarray(changed, dtype=np.int64)] = extra
        return out


@dataclass(frozen=True, slots=True)
class _ArticleScores:
    """Per row of an article: its own entity's score and signals, and its best other entity (column,
    score; -1 when every other entity scores 0 or less)."""

    own: list[tuple[float, tuple[float, float, float]]]
    runner_up: list[tuple[int, float]]


def _ranked_scores(
    runners: Runners, rows: list[int], own_cols: list[int], changed: Mapping[int, Bag]
) -> _ArticleScores | None:
    """``_spelled_scores`` read from every spelling's best entities (``runners``); None when they
    do not suffice."""
    found = runners.of(rows, own_cols, changed)
    if found is None:
        return None
    own, runner_up = found
    bags = [changed.get(k, runners.whole[k]) for k in own_cols]
    signals = runners.columns.signals_of(rows, bags)
    return _ArticleScores(list(zip(own, signals, strict=True)), runner_up)


def _article_scores(
    run: _Run,
    rows: list[int],
    bags: list[Bag],
    owner: Callable[[int], int | None],
    own_cols: list[int],
    columns: Columns | None = None,
    slots: np.ndarray | None = None,
) -> _ArticleScores:
    """``slots``: the kept columns of ``bags`` (``columns.slots``) when known."""
    if columns is not None and not assign.blocked(len(rows), len(bags)):
        return _spelled_scores(run, rows, bags, own_cols, columns, slots)
    if not assign.blocked(len(rows), len(bags)):
        score, (zh, en, acr) = _scores(run, rows, bags, owner)
        own = [
            (float(score[a, k]), (float(zh[a, k]), float(en[a, k]), float(acr[a, k])))
            for a, k in enumerate(own_cols)
        ]
        runner_up = []
        for a, k in enumerate(own_cols):
            row = score[a].copy()
            row[k] = -np.inf
            ru = int(np.argmax(row)) if len(row) > 1 else -1
            runner_up.append((ru, float(row[ru])) if ru >= 0 and np.isfinite(row[ru]) else (-1, 0.0))
        return _ArticleScores(own, runner_up)
    pairs = blocked_scores(run, rows, bags, owner)
    k_all = len(bags)
    codes = pairs.rows * k_all + pairs.cols
    mine = np.asarray(own_cols, dtype=np.int64)
    at = np.searchsorted(codes, np.arange(len(rows)) * k_all + mine)
    at[at >= len(codes)] = 0
    own = []
    for a, k in enumerate(own_cols):
        p = int(at[a])
        if len(codes) and codes[p] == a * k_all + k:
            sig = (float(pairs.zh[p]), float(pairs.en[p]), float(pairs.acronym[p]))
            own.append((float(pairs.score[p]), sig))
        else:  # no shared evidence (a link by elimination): score the pair alone
            own.append(_pair_score(run, rows[a], bags[k], owner, k))
    return _ArticleScores(own, _runners_up(pairs, mine, len(rows)))


def _runners_up(pairs: Pairs, mine: np.ndarray, n: int) -> list[tuple[int, float]]:
    """Per row, its best pair with another entity than ``mine[row]`` (the lowest column among equal
    scores) as (column, score); (-1, 0.0) when there is none. Pairs are sorted by row, then column."""
    other = pairs.cols != mine[pairs.rows]
    rows_o, cols_o, score_o = pairs.rows[other], pairs.cols[other], pairs.score[other]
    starts = np.searchsorted(rows_o, np.arange(n + 1))
    has = np.flatnonzero(starts[1:] > starts[:-1])
    best = np.full(n, -np.inf)
    col = np.full(n, -1, dtype=np.int64)
    if len(has):
        seg = starts[:-1][has]
        best[has] = np.maximum.reduceat(score_o, seg)
        big = np.iinfo(np.int64).max
        col[has] = np.minimum.reduceat(np.where(score_o == best[rows_o], cols_o, big), seg)
    return [
        (int(c), float(b)) if c >= 0 else (-1, 0.0) for c, b in zip(col.tolist(), best.tolist(), strict=True)
    ]


def _spelled_scores(
    run: _Run,
    rows: list[int],
    bags: list[Bag],
    own_cols: list[int],
    columns: Columns,
    slots: np.ndarray | None = None,
) -> _ArticleScores:
    """The dense branch of ``_article_scores`` with the scores gathered from ``columns`` and each own
    pair's signals computed once per (spelling, entity bag)."""
    score = columns.gather(rows, columns.slots(bags) if slots is None else slots)
    n = len(rows)
    mine = np.asarray(own_cols, dtype=np.int64)
    signals = columns.signals_of(rows, [bags[k] for k in own_cols])
    own = [(float(score[a, k]), sig) for (a, k), sig in zip(enumerate(own_cols), signals, strict=True)]
    if len(bags) < 2:
        return _ArticleScores(own, [(-1, 0.0)] * n)
    rest = score.copy()
    rest[np.arange(n), mine] = -np.inf
    ru = np.argmax(rest, axis=1)
    best = rest[np.arange(n), ru]
    runner_up = [
        (int(c), float(v)) if math.isfinite(v) else (-1, 0.0)
        for c, v in zip(ru.tolist(), best.tolist(), strict=True)
    ]
    return _ArticleScores(own, runner_up)


def _pair_score(
    run: _Run, i: int, bag: Bag, owner: Callable[[int], int | None], col: int
) -> tuple[float, tuple[float, float, float]]:
    """Score and signals of mention i against one entity (column ``col`` of the alignment)."""

    def alone(j: int) -> int | None:
        return 0 if owner(j) == col else None

    score, (zh, en, acr) = _scores(run, [i], [bag], alone)
    return float(score[0, 0]), (float(zh[0, 0]), float(en[0, 0]), float(acr[0, 0]))
