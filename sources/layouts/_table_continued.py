"""A table an advertisement cuts in two: the page prints the first rows in one ``<table>``, an ad block (no
article text), then the rest in a second ``<table>`` of the same columns, often under its header row again.
The two are one table: read apart, the second loses the lead-in the first stands under (its group, its
count). Used by the ``html_grid`` layout.
"""

from __future__ import annotations

from pipeline.lang.scripts import WHITESPACE
from sources.layouts._tables import TCell

Row = list[TCell | None]


def _texts(row: Row) -> tuple[str, ...]:
    return tuple((c.text if c is not None else "").strip(WHITESPACE) for c in row)


def _headed(row: Row) -> bool:
    return any(c is not None and c.header for c in row) and all(c is None or c.header for c in row)


def continued_rows(text: str, before: tuple[int, list[Row]], after: tuple[int, list[Row]]) -> list[Row]:
    """The rows of the table that starts at ``after[0]`` to add to the table read before it, which ends at
    ``before[0]``, when it goes on with that table: nothing of the article between the two, the same
    number of columns, and its first row either the earlier table's header row again (left out) or a
    row of data under a table that had a header row. [] when it is a table of its own."""
    end, rows = before
    start, more = after
    if not rows or not more or text[end:start].strip(WHITESPACE + "\n"):
        return []
    if len(rows[0]) != len(more[0]) or not _headed(rows[0]):
        return []
    if _texts(more[0]) == _texts(rows[0]):
        return more[1:]
    return [] if _headed(more[0]) else more
