"""``pipeline.lsap`` is scipy's assignment solver, loaded without the rest of ``scipy.optimize``: the same
answers as ``scipy.optimize.linear_sum_assignment`` side by side, ties and all."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from scipy.optimize import linear_sum_assignment as reference

from pipeline import lsap
from pipeline.lsap import linear_sum_assignment


def test_the_cheapest_assignment_of_a_small_matrix() -> None:
    # rows to columns 1, 0, 2 cost 1 + 2 + 2 = 5; every other permutation costs 6 or more
    rows, cols = linear_sum_assignment(np.array([[4.0, 1, 3], [2, 0, 5], [3, 2, 2]]))
    assert rows.tolist() == [0, 1, 2]
    assert cols.tolist() == [1, 0, 2]


def test_maximize_and_a_wide_matrix() -> None:
    # one row, three columns: the largest score is in column 2
    rows, cols = linear_sum_assignment(np.array([[0.2, 0.5, 0.9]]), maximize=True)
    assert (rows.tolist(), cols.tolist()) == ([0], [2])


@given(
    arrays(np.float64, st.tuples(st.integers(0, 6), st.integers(0, 6)), elements=st.integers(-3, 3)),
    st.booleans(),
)
def test_the_same_answers_as_scipy_optimize(cost: np.ndarray, maximize: bool) -> None:
    # small integers: many ties, where an answer depends on how the solver breaks them
    got = linear_sum_assignment(cost, maximize=maximize)
    want = reference(cost, maximize=maximize)
    assert [a.tolist() for a in got] == [a.tolist() for a in want]


def test_an_infeasible_matrix_is_refused_as_scipy_refuses_it() -> None:
    cost = np.array([[np.inf, np.inf], [1.0, 2.0]])
    with pytest.raises(ValueError) as ours:
        linear_sum_assignment(cost)
    with pytest.raises(ValueError) as theirs:
        reference(cost)
    assert str(ours.value) == str(theirs.value)


def test_without_the_compiled_module_scipy_optimize_solves(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lsap, "_compiled_solver", lambda: None)
    lsap._solver.cache_clear()
    try:
        assert lsap._solver() is reference
        rows, cols = linear_sum_assignment(np.array([[1.0, 0.0], [0.0, 1.0]]))
        assert (rows.tolist(), cols.tolist()) == ([0, 1], [1, 0])  # the two zeros
    finally:
        lsap._solver.cache_clear()


def test_solving_does_not_import_the_rest_of_scipy_optimize() -> None:
    # in a process of its own, where the solver is loaded from its file before scipy.optimize exists
    code = """
import sys
import numpy as np
from pipeline import lsap
from pipeline.lsap import linear_sum_assignment
linear_sum_assignment(np.eye(3))
print('scipy.optimize' in sys.modules, 'scipy.linalg' in sys.modules)
from scipy.optimize import linear_sum_assignment as reference
rng = np.random.default_rng(7)
for shape in [(5, 5), (4, 7), (7, 4)] * 20:
    cost = rng.integers(-2, 3, size=shape).astype(float)
    for maximize in (False, True):
        got, want = linear_sum_assignment(cost, maximize), reference(cost, maximize=maximize)
        assert [a.tolist() for a in got] == [a.tolist() for a in want], cost
print('same')
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False", "same"]
