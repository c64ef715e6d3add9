"""A foreign place's names in every script heard as one (``pipeline.knowledge.place_sounds``): the
readings of a bag's names, and the evidence between bags that share one."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from pipeline.knowledge.place_sounds import place_reading
from pipeline.matching.bags import Bag

__all__ = ["place_readings", "shared_places"]


def place_readings(names: Iterable[str]) -> frozenset[str]:
    """The readings of the names that read as places (``Aland City`` / ``阿蘭城``: ``~aln/a city``)."""
    return frozenset(r for n in names if n and (r := place_reading(n)))


def shared_places(rows: Sequence[Bag], bags: Sequence[Bag], weight: float) -> np.ndarray | None:
    """``weight`` where a row and a bag share a place's reading, 0 elsewhere; None where none do."""
    index: dict[str, list[int]] = {}
    for j, b in enumerate(bags):
        for p in b.places:
            index.setdefault(p, []).append(j)
    if not index:
        return None
    out = np.zeros((len(rows), len(bags)), dtype=np.float32)
    found = False
    for i, r in enumerate(rows):
        for p in r.places:
            if cols := index.get(p):
                out[i, cols] = weight
                found = True
    return out if found else None


def place_pairs(rows: Sequence[Bag], bags: Sequence[Bag]) -> np.ndarray:
    """Pair codes (row * len(bags) + bag, sorted) of the rows and bags that share a place's reading."""
    index: dict[str, list[int]] = {}
    for j, b in enumerate(bags):
        for p in b.places:
            index.setdefault(p, []).append(j)
    k = len(bags)
    found = {i * k + j for i, r in enumerate(rows) for p in r.places for j in index.get(p, ())}
    return np.array(sorted(found), dtype=np.int64)


def sharing(bags: Sequence[Bag], bag: Bag) -> np.ndarray:
    """Which of ``bags`` share a place's reading with ``bag``."""
    return np.fromiter((bool(b.places & bag.places) for b in bags), dtype=bool, count=len(bags))
