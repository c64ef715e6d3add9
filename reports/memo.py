"""Views derived once per reconciliation and shared by every renderer.

Each renderer is a function of a ``Reconciliation``; rendering every format used to derive the same
views (mention -> entity, the sorted links, the entity × article matrix ...) once per format, and
some of them several times per format. A function decorated with ``per_reconciliation`` computes its
view once for the reconciliation it is given and hands the same object back while that
reconciliation is the last one seen. A reconciliation is frozen, so the view cannot go stale; the
views are read, never changed, by their callers. Only the last reconciliation's views are kept.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

from pipeline.models import Reconciliation

_V = TypeVar("_V")
_last: tuple[Reconciliation | None, dict[str, object]] = (None, {})


def _views_of(rec: Reconciliation) -> dict[str, object]:
    global _last
    held, views = _last
    if held is not rec:
        views = {}
        _last = (rec, views)  # one assignment: a reader on another thread sees the old pair or the new
    return views


def per_reconciliation(fn: Callable[[Reconciliation], _V]) -> Callable[[Reconciliation], _V]:
    """``fn(rec)`` computed once per reconciliation (the last one given)."""
    name = f"{fn.__module__}.{fn.__qualname__}"

    @functools.wraps(fn)
    def view(rec: Reconciliation) -> _V:
        views = _views_of(rec)
        if name not in views:
            views[name] = fn(rec)
        return views[name]  # type: ignore[return-value]

    return view
