"""A table's header row over the rows of an unmarked list, as a table copied out of a web page leaves it:
the cells of each row run together, parted by single blanks (``國家 對美關稅 對等關稅`` over ``甲國 67%
34%``, ``姓名 職位`` over ``張三 部長``). The header row is no item: its first cell heads the names, the
others label the values each row prints after its name, in order. Used by the ``lines`` layout."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lang.row_values import plain_value
from pipeline.lang.scripts import WHITESPACE
from sources.layouts._lines import Line
from sources.layouts._table_header_words import HEADER_WORDS_RE, TITLE_HEADER_RE

_CELL_SPLIT_RE = re.compile(f"[{WHITESPACE}]+")
_DIGIT_RE = re.compile(r"[0-9０-９]")
MIN_ROWS = 2  # rows under a header row


def _cells(line: Line) -> list[str]:
    return [c for c in _CELL_SPLIT_RE.split(line.text.strip(WHITESPACE)) if c]


def _row_values(cells: Sequence[str]) -> int:
    """How many of a row's last cells are values (``67%``, ``34%``)."""
    n = 0
    for cell in reversed(cells[1:]):
        if plain_value(cell) is None:
            break
        n += 1
    return n


def header_row(items: Sequence[Line]) -> tuple[str, ...] | None:
    """The labels of the value columns where the first of ``items`` is a header row over the others (a
    header word over the names, no digit, as many labels after it as each row has values; or a post's
    header over rows of a name and a post), else None."""
    if len(items) <= MIN_ROWS:
        return None
    head, rows = _cells(items[0]), [_cells(line) for line in items[1:]]
    if len(head) < 2 or _DIGIT_RE.search(items[0].text) or not HEADER_WORDS_RE.match(head[0]):
        return None
    if len(head) == 2 and TITLE_HEADER_RE.search(head[1]) and all(len(r) >= 2 for r in rows):
        return ()
    if all(_row_values(r) == len(head) - 1 for r in rows):
        return tuple(head[1:])
    return None
