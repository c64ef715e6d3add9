"""Shortcuts of the matching stage against the long way round, RapidFuzz style: rows held in their entity
while their article is aligned, runner-ups read from each spelling's best entities, small blocks of key
similarities read entry by entry, assignments read off the matrix when every row ends in one step, and
the garbage collector paused, must each give the same answer."""

from __future__ import annotations

import gc
import random
import sys
from pathlib import Path

import numpy as np
import pytest
from matching_fixtures import example_list_mentions, partial_list, simplified, without_english
from scipy import sparse
from scipy.optimize import linear_sum_assignment

from pipeline.knowledge import Knowledge
from pipeline.matching import align_dense, assign, match_lists, onestep, runners
from pipeline.matching.bags import _merge
from pipeline.matching.candidates import _FORBIDDEN, _scores
from pipeline.matching.columns import Columns
from pipeline.matching.sparse_pairs import _block
from pipeline.models import Mention

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import matching_stories  # noqa: E402
import matching_synthetic  # noqa: E402
from matching_fixtures import prepared_run  # noqa: E402

STORIES = Path(__file__).resolve().parent / "expected" / "stories"


_run = prepared_run


def _argmax_runner_ups(run, rows, others, own_cols):
    """The reference: each row's own score and the argmax of its row of the whole matrix without it."""
    score, _sig = _scores(run, rows, others, lambda _j: None)
    own = [float(score[a, k]) for a, k in enumerate(own_cols)]
    if len(others) < 2:
        return own, [(-1, 0.0)] * len(rows)
    rest = score.copy()
    rest[np.arange(len(rows)), own_cols] = -np.inf
    best = rest.argmax(axis=1)
    return own, [(int(c), float(rest[a, c])) for a, c in enumerate(best)]


@pytest.mark.parametrize("top", [1, 2, 8, 1000])
def test_runner_ups_are_the_argmax_of_the_whole_matrix(monkeypatch: pytest.MonkeyPatch, top: int) -> None:
    monkeypatch.setattr(runners, "TOP", top)
    partial, _truth = partial_list()
    mentions = without_english(simplified(example_list_mentions(), "003") + partial, "001")
    run = _run(mentions, Knowledge.standard())
    rnd = random.Random(top)
    n = len(run.mentions)
    whole = [_merge(run.bags[i] for i in rnd.sample(range(n), rnd.randint(1, 4))) for _ in range(40)]
    ranked = runners.Runners(Columns(run), whole)
    answered = 0
    for _ in range(30):
        rows = rnd.sample(range(n), 12)
        own_cols = [rnd.randrange(len(whole)) for _ in rows]
        changed = {
            k: _merge(run.bags[i] for i in rnd.sample(range(n), 2)) for k in rnd.sample(range(len(whole)), 3)
        }
        others = [changed.get(k, bag) for k, bag in enumerate(whole)]
        found = ranked.of(rows, own_cols, changed)
        if found is None:  # the kept entities ran out: only when fewer than all are kept
            assert top < len(whole)
            continue
        answered += 1
        assert found == _argmax_runner_ups(run, rows, others, own_cols)
    assert answered > 0


def _with_and_without(
    monkeypatch: pytest.MonkeyPatch, module: object, name: str, mentions: list[Mention], **kwargs
):
    held = match_lists(mentions, **kwargs)
    monkeypatch.setattr(module, name, False)
    plain = match_lists(mentions, **kwargs)
    monkeypatch.setattr(module, name, True)
    return held, plain


def test_rows_held_in_their_entity_give_the_same_matching_on_the_stories(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for story in sorted(STORIES.iterdir()):
        mentions, _truth = matching_stories.story_mentions(story)
        held, plain = _with_and_without(
            monkeypatch, assign, "HOLD_STEADY", mentions, knowledge=Knowledge.standard()
        )
        assert held == plain  # the same entities, links, levels, scores and reasons
        assert len(held.entities) > 1


@pytest.mark.parametrize("seed", [1, 2])
def test_rows_held_in_their_entity_give_the_same_matching_on_synthetic_lists(
    monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    # noisy copies: strays, typos and partial lists move rows between entities from pass to pass
    mentions, _truth = matching_synthetic.synthetic(12, seed=seed)
    held, plain = _with_and_without(monkeypatch, assign, "HOLD_STEADY", mentions)
    assert held == plain
    assert len(held.entities) >= 20


def test_one_step_gives_the_same_matching_on_noisy_copies(monkeypatch: pytest.MonkeyPatch) -> None:
    # strays and typos make many entities, and rows tie between two of them
    mentions, _truth = matching_synthetic.synthetic(24, seed=1)
    answers: list[bool] = []
    solve = onestep.solve

    def counted(score: np.ndarray, cutoff: float) -> np.ndarray | None:
        found = solve(score, cutoff)
        answers.append(found is not None)
        return found

    monkeypatch.setattr(onestep, "solve", counted)
    shortcut, solver = _with_and_without(monkeypatch, align_dense, "ONE_STEP", mentions)
    assert shortcut == solver
    assert len(shortcut.entities) >= 66
    assert any(answers) and not all(answers)  # both ways were taken


def _solver_answer(score: np.ndarray, cutoff: float) -> list[int]:
    """``linear_sum_assignment`` on the cost matrix ``align_dense._decide`` builds."""
    n, k = score.shape
    cost = np.full((n, k + n), -_FORBIDDEN)
    cost[:, :k] = -score
    cost[np.arange(n), k + np.arange(n)] = -cutoff
    return linear_sum_assignment(cost)[1].tolist()


def test_one_step_answers_what_the_solver_answers() -> None:
    rng = np.random.default_rng(0)
    # few distinct values: ties everywhere, between entities, and with a row's own option at the cutoff
    values = np.array([0.0, 0.25, 0.3, 0.5, 0.9, 1.0, -_FORBIDDEN, 10.0])
    answered = searched = 0
    for t in range(4000):
        n, k = int(rng.integers(1, 10)), int(rng.integers(1, 12))
        if t % 2:
            score = rng.choice(values[: int(rng.integers(2, len(values) + 1))], size=(n, k))
        else:  # float32 scores as the matcher makes them, a third of them exact matches
            score = rng.random((n, k)).astype(np.float32).astype(np.float64)
            score[rng.random((n, k)) < 0.3] = 1.0
        cutoff = float(rng.choice([0.25, 0.3, 1.0]))
        found = onestep.solve(score, cutoff)
        if found is None:  # some row's least columns are all taken: only the solver answers
            searched += 1
            continue
        answered += 1
        assert found.tolist() == _solver_answer(score, cutoff)
    assert answered > 1000 and searched > 100


def test_one_step_breaks_ties_as_the_solver_does() -> None:
    # row 0 ties entities 1 and 2 and takes the lower; row 1 ties the same two and takes the one left;
    # row 2 ties its best entity with its own option at the cutoff and takes the entity
    score = np.array([[0.1, 1.0, 1.0], [0.0, 1.0, 1.0], [0.25, 0.0, 0.0]])
    assert onestep.solve(score, 0.25).tolist() == [1, 2, 0] == _solver_answer(score, 0.25)
    # row 1's only least column is held by row 0: the solver would search on
    assert onestep.solve(np.array([[1.0, 0.0], [1.0, 0.5]]), 0.25) is None


def test_small_blocks_read_what_scipy_indexing_reads() -> None:
    rnd = np.random.default_rng(0)
    for t in range(200):
        n = int(rnd.integers(1, 50))
        table = sparse.random(n, n, density=float(rnd.random()) * 0.3, format="csr", dtype=np.float32, rng=t)
        table.sort_indices()
        left = rnd.choice(n, size=int(rnd.integers(0, n + 1)), replace=bool(rnd.integers(2)))
        right = rnd.choice(n, size=int(rnd.integers(0, n + 1)), replace=bool(rnd.integers(2)))
        got, expected = _block(table, left, right), table[left][:, right].toarray()
        assert got.dtype == expected.dtype and got.shape == expected.shape
        np.testing.assert_array_equal(got, expected)


@pytest.mark.parametrize("enabled", [True, False])
def test_matching_leaves_the_garbage_collector_as_it_found_it(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        matched = match_lists(example_list_mentions())
        assert gc.isenabled() is enabled
        assert len(matched.entities) == 66  # the example lists' 66 organizations
    finally:
        gc.enable() if was else gc.disable()


def test_decide_leaves_the_scores_as_they_were() -> None:
    # the runner-ups are read with the proposed cells left out in place: every cell is put back, and the
    # margin rule (which reads the matrix again) sees the scores it was given
    from types import SimpleNamespace

    from pipeline.settings import DEFAULT_SETTINGS

    run = SimpleNamespace(rule=DEFAULT_SETTINGS.lists)
    rng = np.random.default_rng(3)
    values = np.array([0.0, 0.3, 0.5, 0.55, 0.6, 0.9, 1.0])
    contested = 0
    for _ in range(500):
        n, k = int(rng.integers(1, 8)), int(rng.integers(1, 10))
        score = rng.choice(values, size=(n, k))
        before = score.copy()
        out, _eliminated = align_dense._decide(run, score, complete=bool(rng.integers(2)))  # type: ignore[arg-type]
        assert np.array_equal(score, before)
        best = score.max(axis=1)
        contested += sum(1 for r, c in enumerate(out) if c is None and best[r] >= run.rule.score_cutoff)
    assert contested  # some rows were turned down: the margin rule read the matrix again
