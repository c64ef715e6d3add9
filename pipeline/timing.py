"""An optional, cheap stage timer: seconds per named stage, added into dicts the caller owns.

``reconcile(..., timings=d, cpu_timings=c)`` marks the end of each of its stages (reading, matching,
prose, claims, checks) with ``lap``; each stage gets the time since the previous mark: wall seconds in
``timings``, CPU seconds in ``cpu_timings``. The CPU seconds are this process's and those of the child
processes it waited for since the previous mark (the reading workers, the work done beside the run:
``pipeline.orchestrate``), so a stage counts its work on every core, and a machine shared with other work
changes them far less than the wall seconds. Without a dict nothing is recorded. Used by
``benchmarks/scale.py``.
"""

from __future__ import annotations

import resource
import time


def cpu_seconds() -> float:
    """CPU seconds (user and system) of this process and of every child process it has waited for."""
    own = time.process_time()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own + children.ru_utime + children.ru_stime


class Laps:
    """Seconds between successive marks, added into ``timings`` (wall) and ``cpu`` (CPU) under the stage
    names."""

    __slots__ = ("_cpu", "_last", "_last_cpu", "_timings")

    def __init__(self, timings: dict[str, float] | None, cpu: dict[str, float] | None = None) -> None:
        self._timings = timings
        self._cpu = cpu
        self._last = time.perf_counter()
        self._last_cpu = cpu_seconds() if cpu is not None else 0.0

    def lap(self, name: str) -> None:
        """The time since the previous mark (or the start) is stage ``name``'s."""
        if self._timings is not None:
            now = time.perf_counter()
            self._timings[name] = self._timings.get(name, 0.0) + now - self._last
            self._last = now
        if self._cpu is not None:
            now = cpu_seconds()
            self._cpu[name] = self._cpu.get(name, 0.0) + now - self._last_cpu
            self._last_cpu = now
