"""Work done beside the run (``pipeline.orchestrate``): the value is the one computed here, wherever it
was computed, and a run that reads its claims in a forked child reports what a run that reads them
itself reports."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from matching_fixtures import example_list_mentions

from pipeline import orchestrate, run
from pipeline.matching import match_lists, match_lists_deferred
from pipeline.orchestrate import Beside

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture
def fork_with_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fork even when threads other tests left behind (idle servers) run beside the test's."""
    monkeypatch.setattr(orchestrate, "can_fork", lambda: True)


@pytest.mark.usefixtures("fork_with_threads")
@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork here")
def test_the_value_comes_from_the_child() -> None:
    parent = os.getpid()
    beside = Beside(lambda: (os.getpid(), ["Aland", 2.5, {"Borduria": (1, None)}]))
    pid, value = beside.result()
    assert pid != parent  # computed in the child, and sent back whole
    assert value == ["Aland", 2.5, {"Borduria": (1, None)}]


def test_without_a_fork_the_value_is_computed_here() -> None:
    parent = os.getpid()
    assert Beside(os.getpid, fork=False).result() == parent


@pytest.mark.usefixtures("fork_with_threads")
@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork here")
def test_a_failing_child_leaves_the_value_to_this_process() -> None:
    parent = os.getpid()

    def here_only() -> str:
        if os.getpid() != parent:
            raise RuntimeError("the child cannot")
        return "Carpathia"

    assert Beside(here_only).result() == "Carpathia"


@pytest.mark.usefixtures("fork_with_threads")
@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork here")
def test_an_error_here_is_the_error_of_the_function() -> None:
    def failing() -> None:
        raise ValueError("Jane Roe")

    with pytest.raises(ValueError, match="Jane Roe"):
        Beside(failing).result()  # failed in the child, then here: raised as if never forked


@pytest.mark.usefixtures("fork_with_threads")
@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork here")
def test_closing_ends_a_child_still_at_work() -> None:
    started = time.monotonic()
    with Beside(lambda: time.sleep(30)) as beside:
        pid = beside._pid
        assert pid is not None
    assert time.monotonic() - started < 10  # killed, not waited for
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # reaped: no zombie left behind


def test_forking_needs_enough_text_and_more_than_one_process() -> None:
    few, many = orchestrate.BESIDE_FROM_CHARS - 1, orchestrate.BESIDE_FROM_CHARS
    assert not orchestrate.worth_forking(few, 0)
    assert not orchestrate.worth_forking(many, 1)  # one process asked for
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    assert orchestrate.worth_forking(many, 0) is (cores > 1)


@pytest.mark.usefixtures("fork_with_threads")
@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork here")
@pytest.mark.parametrize("story", ["us-travel-ban-2025-06", "us-cabinet-2025"])
def test_a_run_that_works_beside_itself_reports_what_a_run_alone_reports(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, story: str
) -> None:
    forks: list[bool] = []
    real = Beside.__init__
    workers = tmp_path / "workers"  # the process that read the claims, recorded the links or judged the items

    def counted(self: Beside, fn, *, fork: bool = True) -> None:  # noqa: ANN001
        forks.append(fork)

        def noted():  # noqa: ANN202
            with workers.open("a") as out:
                out.write(f"{os.getpid()}\n")
            return fn()

        real(self, noted, fork=fork)

    monkeypatch.setattr(Beside, "__init__", counted)
    monkeypatch.setattr(orchestrate, "worth_forking", lambda chars, workers: True)
    beside = run.reconcile([EXAMPLES / story])
    monkeypatch.setattr(orchestrate, "worth_forking", lambda chars, workers: False)
    here = run.reconcile([EXAMPLES / story])
    # the claims, the links' evidence, then the item-level checks of the lists
    assert forks == [True, True, True, False, False, False]
    pids = workers.read_text().split()
    assert len(pids) == 6 and str(os.getpid()) not in pids[:3] and pids[3:] == [str(os.getpid())] * 3
    assert beside.claims and beside.claims == here.claims
    assert beside.links and beside.links == here.links
    assert beside == here  # every record, the findings included


def test_the_links_recorded_later_are_the_links_of_matching() -> None:
    mentions = example_list_mentions()
    whole = match_lists(mentions)
    matched, links = match_lists_deferred(mentions)
    assert matched.links == ()
    assert matched.entities == whole.entities
    assert links() == whole.links and whole.links


def test_no_fork_while_another_thread_runs() -> None:
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert not orchestrate.can_fork()  # a fork would copy this thread alone, with the other's locks
        parent = os.getpid()
        assert Beside(os.getpid).result() == parent
    finally:
        release.set()
        other.join()


@pytest.mark.usefixtures("fork_with_threads")
@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork here")
@pytest.mark.parametrize("story", ["us-reciprocal-rates-2025-07-31", "us-hk-sanctions-2020-08"])
def test_the_items_judged_beside_the_other_checks_give_the_same_findings_in_the_same_order(
    monkeypatch: pytest.MonkeyPatch, story: str
) -> None:
    from pipeline import checks

    calls: list[dict[str, object]] = []
    real = checks.run_checks

    def kept(**kwargs: object) -> object:
        calls.append(kwargs)
        return real(**kwargs)

    monkeypatch.setattr(checks, "run_checks", kept)
    monkeypatch.setattr(orchestrate, "worth_forking", lambda chars, workers: False)
    rec = run.reconcile([EXAMPLES / story])
    inputs = {k: v for k, v in calls[0].items() if k != "fork"}
    beside = real(**inputs, fork=True)  # type: ignore[arg-type]
    assert beside  # the story's findings, the item-level ones among them
    assert beside == real(**inputs, fork=False) == rec.discrepancies
