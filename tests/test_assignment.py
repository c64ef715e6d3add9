"""``pipeline.assignment`` against scipy's, RapidFuzz style: the same rows and columns
on random matrices of every shape, full of ties (which decide which optimal assignment comes out)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from scipy.optimize import linear_sum_assignment as scipy_assignment

from pipeline import assignment


def _matrices(seed: int, count: int) -> list[np.ndarray]:
    rnd = np.random.default_rng(seed)
    out = []
    for t in range(count):
        shape = tuple(rnd.integers(0, 9, size=2))
        kind = t % 5
        if kind == 0:  # small integers: ties everywhere
            m = rnd.integers(0, 3, size=shape).astype(float)
        elif kind == 1:  # negated 0-100 scores, as the callers pass them
            m = -rnd.integers(0, 101, size=shape).astype(float)
        elif kind == 2:  # fractions whose sums round differently in different orders
            m = rnd.choice([0.1, 0.2, 0.3, 0.7, 1 / 3], size=shape) * rnd.choice([1, -1])
        elif kind == 3:  # shares of 13, as overlaps of groups are
            m = -(rnd.integers(0, 4, size=shape) * 100 / 13)
        else:
            m = rnd.random(shape) * 1000
        out.append(m)
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_same_answer_as_scipy_on_random_matrices(seed: int) -> None:
    for m in _matrices(seed, 3000):
        rows, cols = assignment.solved_here(m)
        want_rows, want_cols = scipy_assignment(m)
        assert (rows.tolist(), cols.tolist()) == (want_rows.tolist(), want_cols.tolist()), m
        assert rows.dtype == want_rows.dtype and cols.dtype == want_cols.dtype


def test_ties_of_a_constant_matrix_give_the_diagonal() -> None:
    rows, cols = assignment.solved_here(np.zeros((3, 4)))
    assert rows.tolist() == [0, 1, 2] and cols.tolist() == [0, 1, 2]


def test_tall_matrix_pairs_each_column_with_its_row_sorted_by_row() -> None:
    # columns prefer rows 2 and 0: the pairs come out by row
    cost = np.array([[5.0, 0.0], [9.0, 9.0], [0.0, 5.0]])
    rows, cols = assignment.solved_here(cost)
    assert rows.tolist() == [0, 2] and cols.tolist() == [1, 0]


def test_a_row_whose_best_column_is_taken_is_rerouted() -> None:
    # both rows want column 0; the cheaper whole is row 0 -> 1, row 1 -> 0 (1 + 0 < 0 + 3)
    rows, cols = assignment.solved_here(np.array([[0.0, 1.0], [0.0, 3.0]]))
    assert cols.tolist() == [1, 0]


def _solved_here_count(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, ...]]:
    """A fresh count of the process's solves, and the shapes ``solved_here`` is given from now on."""
    shapes: list[tuple[int, ...]] = []
    solve = assignment.solved_here

    def recorded(m: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        shapes.append(m.shape)
        return solve(m)

    monkeypatch.setattr(assignment, "_SOLVED_HERE", itertools.count())
    monkeypatch.setattr(assignment, "solved_here", recorded)
    return shapes


def test_small_matrices_are_solved_here_until_scipy_has_paid_for_its_import(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shapes = _solved_here_count(monkeypatch)
    monkeypatch.setattr(assignment, "PYTHON_SOLVES", 2)
    m = np.array([[0.0, 1.0], [0.0, 3.0]])
    answers = [assignment.linear_sum_assignment(m)[1].tolist() for _ in range(3)]
    assert shapes == [(2, 2), (2, 2)]  # the third went to scipy
    assert answers == [[1, 0]] * 3


def test_large_or_non_finite_matrices_go_to_scipy(monkeypatch: pytest.MonkeyPatch) -> None:
    shapes = _solved_here_count(monkeypatch)
    monkeypatch.setattr(assignment, "SMALL_CELLS", 4)
    m = np.arange(9.0).reshape(3, 3)[::-1]
    assert assignment.linear_sum_assignment(m)[1].tolist() == scipy_assignment(m)[1].tolist()
    with pytest.raises(ValueError):
        assignment.linear_sum_assignment(np.array([[np.nan, 1.0], [1.0, 0.0]]))
    assert shapes == []
