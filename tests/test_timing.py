"""The optional stage timer of ``reconcile``: every stage timed, the result unchanged."""

from __future__ import annotations

from pathlib import Path

from pipeline.run import reconcile
from pipeline.timing import Laps

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "us-withdrawal-2026-01"


def test_reconcile_times_each_stage_and_gives_the_same_result() -> None:
    timings: dict[str, float] = {}
    timed = reconcile([str(EXAMPLE)], timings=timings)
    assert list(timings) == ["reading", "matching", "prose", "claims", "checks"]
    assert all(seconds >= 0 for seconds in timings.values())
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
