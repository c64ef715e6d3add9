"""Outlets by the names a reader knows them by: the label of each article id, and texts with the ids
replaced by those labels."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import PurePath

from pipeline.models import Reconciliation
from reports import lookups


def outlet_labels(rec: Reconciliation) -> dict[str, str]:
    """Article id (or unreadable input's path) -> the name a reader knows it by."""
    labels = lookups.article_labels(rec)
    for p in rec.problems:
        labels.setdefault(p.article, PurePath(p.article).name or p.article)
    return labels


_ID_BEFORE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-")
_ID_AFTER = _ID_BEFORE - {"."}


def outlet_namer(labels: dict[str, str]) -> Callable[[str], str]:
    """``name_outlets`` with ``labels`` prepared once, for naming the outlets of many texts.

    At each place an id may start, the ids of each length are looked up in a dict, longest first, so
    a text costs its length times the number of distinct id lengths, whatever the number of outlets."""
    table = {i: label for i, label in labels.items() if i and label != i}
    if not table:
        return lambda text: text
    lengths = sorted({len(i) for i in table}, reverse=True)
    # a place an id may start: its first character, not after a character an id is made of
    firsts = re.escape("".join(sorted({i[0] for i in table})))
    start = re.compile(f"(?<![{re.escape(''.join(sorted(_ID_BEFORE)))}])[{firsts}]")

    def found(text: str, at: int) -> str | None:
        for n in lengths:
            end = at + n
            whole = end == len(text) or (end < len(text) and text[end] not in _ID_AFTER)
            if whole and text[at:end] in table:
                return text[at:end]
        return None

    def name(text: str) -> str:
        out: list[str] = []
        at = done = 0
        while (place := start.search(text, at)) is not None:
            at = place.start()
            hit = found(text, at)
            if hit is None:
                at += 1
                continue
            out += [text[done:at], table[hit]]
            at = done = at + len(hit)
        return "".join(out) + text[done:]

    return name


def name_outlets(text: str, labels: dict[str, str]) -> str:
    """``text`` with every article id replaced by its outlet name (longest ids first; an id only where it
    stands as a word of its own, so a short id never eats into other words)."""
    return outlet_namer(labels)(text)
