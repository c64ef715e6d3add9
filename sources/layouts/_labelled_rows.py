"""A row of a table printed on one line with its labels in the line (``甲國 評審258分、觀眾178分，共436分``):
a name, then its numbers each under a label of its own, the commas between them parting the figures of
one item, not the names of several. ``labelled_row`` lets the lines layout take such a line as one item
of an unmarked list; the item parser reads its values with their labels (``labelled_numbers``).
"""

from __future__ import annotations

import re

from pipeline.lang.row_values import MIN_LABELLED
from pipeline.lang.scripts import EAST_ASIAN_RE, WHITESPACE
from sources.items import split_item

_NAME_SEPS_RE = re.compile("[，,、]")
_AFTER_LAST = WHITESPACE + "分點点。"  # a score's counter after the last number, a full stop


def labelled_row(text: str) -> bool:
    """Whether ``text`` is a name (no comma in it) and two or more numbers, each under its own label, with
    nothing after the last but its counter."""
    if not EAST_ASIAN_RE.search(text):
        return False
    split = split_item(text, 0, len(text))
    name, values = text[split.name_start : split.name_end], split.values
    if split.name_start or not name or _NAME_SEPS_RE.search(name) or len(values) < MIN_LABELLED:
        return False
    labels = [v.column for v in values]
    if not all(labels) or len(set(labels)) < len(labels):
        return False
    return values[-1].end >= len(text.rstrip(_AFTER_LAST))
