"""Python's cycle collector held off while a stage builds many objects and no reference cycles.

The checks and the renderers read a reconciliation of millions of objects (a thousand outlets: 65,000
mentions, their links, entities, findings) and build as many again, which the cycle collector counts:
every so often it walks the whole heap, the reconciliation included, to find no cycle (at 1000 × 66
outlets × entities the checks and the renderers left 16 objects in cycles between them, against 1.4
CPU seconds of full collections). ``paused`` turns the collector off for the stage and back on after
it (when it was on); what the stage frees is freed by reference counting as ever, and the few cycles
it leaves wait for the next collection.
"""

from __future__ import annotations

import contextlib
import functools
import gc
from collections.abc import Callable, Iterator
from typing import ParamSpec, TypeVar

_P = ParamSpec("_P")
_R = TypeVar("_R")


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """The cycle collector off inside the block (left as it was found when it was already off)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def collector_paused(fn: Callable[_P, _R]) -> Callable[_P, _R]:
    """``fn`` run with the cycle collector ``paused``."""

    @functools.wraps(fn)
    def run(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with paused():
            return fn(*args, **kwargs)

    return run
