"""Applying a fold until it holds: what makes every composite key idempotent (``key(key(x)) == key(x)``)."""

from __future__ import annotations

from collections.abc import Callable


def fixpoint(step: Callable[[str], str], s: str, *, limit: int = 6) -> str:
    """Apply ``step`` until the value stops changing (makes composite keys idempotent)."""
    for _ in range(limit):
        nxt = step(s)
        if nxt == s:
            return s
        s = nxt
    return s
