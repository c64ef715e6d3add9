"""A foreign place's names in every script heard as one (``pipeline.knowledge.place_sounds``): the
readings of a bag's names, each with the script it was read from, and the evidence between bags that
share a reading read from two scripts. Two names in one script are compared by their spelling: there
a shared reading says nothing (``Alan City`` and ``Allen City`` read alike and are two places)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from pipeline.knowledge.kana import is_katakana_name
from pipeline.knowledge.place_sounds import place_reading
from pipeline.matching.bags import Bag

__all__ = ["place_pairs", "place_readings", "shared_places", "sharing"]

_SCRIPT = "\t"  # between a reading's script and the reading


def _script(name: str) -> str:
    return "latin" if name.isascii() else "kana" if is_katakana_name(name) else "han"


def place_readings(names: Iterable[str]) -> frozenset[str]:
    """``script<TAB>reading`` of the names that read as places (``Aland City``: ``latin ~aln/a city``)."""
    return frozenset(f"{_script(n)}{_SCRIPT}{r}" for n in names if n and (r := place_reading(n)))


def _index(bags: Sequence[Bag]) -> dict[str, list[tuple[int, str]]]:
    """Each reading -> the bags that hold it, with the script it was read from."""
    index: dict[str, list[tuple[int, str]]] = {}
    for j, b in enumerate(bags):
        for p in sorted(b.places):
            script, reading = p.split(_SCRIPT, 1)
            index.setdefault(reading, []).append((j, script))
    return index


def _met(row: Bag, index: dict[str, list[tuple[int, str]]]) -> set[int]:
    """The bags that hold one of the row's readings read from another script."""
    out: set[int] = set()
    for p in row.places:
        script, reading = p.split(_SCRIPT, 1)
        out.update(j for j, other in index.get(reading, ()) if other != script)
    return out


def place_pairs(rows: Sequence[Bag], bags: Sequence[Bag]) -> np.ndarray:
    """Pair codes (row * len(bags) + bag, sorted) of the rows and bags that meet by a place's reading."""
    index, k = _index(bags), len(bags)
    found = {i * k + j for i, r in enumerate(rows) if r.places for j in _met(r, index)}
    return np.array(sorted(found), dtype=np.int64)


def shared_places(rows: Sequence[Bag], bags: Sequence[Bag], weight: float) -> np.ndarray | None:
    """``weight`` where a row and a bag meet by a place's reading, 0 elsewhere; None where none do."""
    codes = place_pairs(rows, bags) if any(b.places for b in bags) else np.zeros(0, dtype=np.int64)
    if not len(codes):
        return None
    out = np.zeros((len(rows), len(bags)), dtype=np.float32)
    out[codes // len(bags), codes % len(bags)] = weight
    return out


def sharing(bags: Sequence[Bag], bag: Bag) -> np.ndarray:
    """Which of ``bags`` meet ``bag`` by a place's reading."""
    met = _met(bag, _index(bags))
    return np.fromiter((j in met for j in range(len(bags))), dtype=bool, count=len(bags))
