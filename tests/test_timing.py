"""The optional stage timer of ``reconcile``: every stage timed, the result unchanged."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from pipeline.run import reconcile
from pipeline.timing import Laps

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "us-withdrawal-2026-01"


def test_reconcile_times_each_stage_and_gives_the_same_result() -> None:
    timings: dict[str, float] = {}
    cpu: dict[str, float] = {}
    timed = reconcile([str(EXAMPLE)], timings=timings, cpu_timings=cpu)
    assert list(timings) == list(cpu) == ["reading", "matching", "prose", "claims", "checks"]
    assert all(seconds >= 0 for seconds in [*timings.values(), *cpu.values()])
    assert timed == reconcile([str(EXAMPLE)])


def test_laps_add_up_per_stage_and_record_nothing_without_a_dict() -> None:
    timings: dict[str, float] = {}
    laps = Laps(timings)
    laps.lap("a")
    laps.lap("b")
    laps.lap("a")
    assert sorted(timings) == ["a", "b"]
    Laps(None).lap("a")  # no dict: nothing to fill, nothing raised
    assert sorted(timings) == ["a", "b"]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_cpu_laps_count_the_work_of_this_process_and_of_the_children_it_waited_for() -> None:
    cpu: dict[str, float] = {}
    laps = Laps(None, cpu)
    pid = os.fork()
    if pid == 0:  # a child that works a little, then leaves
        deadline = time.process_time() + 0.05
        while time.process_time() < deadline:
            pass
        os._exit(0)
    os.waitpid(pid, 0)
    laps.lap("child")
    assert list(cpu) == ["child"]
    assert cpu["child"] >= 0.04  # the child's CPU seconds, counted once it was waited for
