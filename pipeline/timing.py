"""An optional, cheap stage timer: wall seconds per named stage, added into a dict the caller owns.

``reconcile(..., timings=d)`` marks the end of each of its stages (reading, matching, prose,
claims, checks) with ``lap``; each stage gets the time since the previous mark. Without a dict
nothing is recorded. Used by ``benchmarks/scale.py``.
"""

from __future__ import annotations

import time


class Laps:
    """Seconds between successive marks, added into ``timings`` under the stage names."""

    __slots__ = ("_last", "_timings")

    def __init__(self, timings: dict[str, float] | None) -> None:
        self._timings = timings
        self._last = time.perf_counter()

    def lap(self, name: str) -> None:
        """The time since the previous mark (or the start) is stage ``name``'s."""
        if self._timings is None:
            return
        now = time.perf_counter()
        self._timings[name] = self._timings.get(name, 0.0) + now - self._last
        self._last = now
