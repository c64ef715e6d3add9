"""Whether a table's column of repeated words files its rows or describes each (``in_runs``): a table is
grouped by a column when the rows of each of its words stand together, one run each (``甲組``, ``甲組``,
``乙組``, ``乙組``); a word that comes back after another (``足球``, ``籃球``, ``足球``) is what each row
is, an attribute, as in a ranking ordered by something else. Used by ``_table_kinds._classify``.
"""

from __future__ import annotations

from collections.abc import Sequence


def in_runs(texts: Sequence[str]) -> bool:
    """Every distinct text of ``texts`` (a column's cells, top to bottom) in one run of rows."""
    seen: set[str] = set()
    previous: str | None = None
    for text in texts:
        if text != previous:
            if text in seen:
                return False
            seen.add(text)
            previous = text
    return True
