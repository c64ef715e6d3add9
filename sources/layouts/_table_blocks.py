"""Where a table's header ends and how its rows are laid out: the header rows (a year over its values,
a section row), the labels of its value columns, and blocks of columns repeated side by side or folded.
Used by ``_tables.read_table``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sources.layouts._table_cell_values import (
    NAME_DISTINCT,
    VALUE_SHARE,
    _cell_values,
    _column,
    _is_value,
    _name_shaped,
    _section_row,
    _text,
)
from sources.layouts._table_enumerated import TCell
from sources.layouts._table_header_words import HEADER_WORDS_RE

MAX_HEADER_ROWS = 3


def _header_count(rows: Sequence[Sequence[TCell | None]], width: int) -> int:
    """How many top rows are column headers."""
    count = 0
    for row in rows[:MAX_HEADER_ROWS]:
        cells = [c for c in row if c is not None]
        body = rows[count + 1 :]
        valued = [
            c for c in range(min(width, len(row))) if _is_value(row[c]) and not _year_over(row[c], body, c)
        ]
        if not cells or valued or (count and _section_row(row) is not None):
            break
        if (
            width > 1
            and _section_row(row) is not None
            and any(_section_row(r) is not None for r in body[: _last_data_row(body)])
        ):
            # "Full ban (12)" over rows, "Partial (7)" further down: the first of the groups' rows (a
            # source line under the table, "資料來源：…", is none: the row on top is then its title)
            break
        over_values = any(
            row[c] is not None
            and sum(_is_value(x) for x in _column(body, c)) >= VALUE_SHARE * max(1, len(body))
            for c in range(min(width, len(row)))
        )
        if all(c.header for c in cells) or over_values or any(HEADER_WORDS_RE.match(_text(c)) for c in cells):
            count += 1
            continue
        break
    return count


YEAR_LABELS = (1900, 2100)  # a bare whole number in this range may be a column's year


def _year_over(cell: TCell | None, body: Sequence[Sequence[TCell | None]], c: int) -> bool:
    """``2024`` at the top of a column of ``3.15%`` or of ``8,817,800``: a year naming the column, not a
    value, where the column's values carry a unit and the cell's number has none, or, printed as a year is
    (four digits, no comma), none of them is a year."""
    found = _cell_values(_text(cell))
    number = found[0].number if len(found) == 1 and not found[0].unit else None
    if number is None or not float(number).is_integer() or not YEAR_LABELS[0] <= number <= YEAR_LABELS[1]:
        return False
    below = [f for x in _column(body, c) for f in _cell_values(_text(x))[:1]]
    if len(below) < VALUE_SHARE * max(1, len(body)):
        return False
    # the column's values carry a unit, or none of them is a year as the cell is ("2024" over "8,817,800")
    printed = _YEAR_CELL_RE.fullmatch(_text(cell)) is not None
    return all(f.unit for f in below) or (printed and not any(_a_year(f.number) for f in below))


_YEAR_CELL_RE = re.compile(r"(?:19|20)[0-9]{2}\s*(?:年|年度)?")


def _a_year(number: float | None) -> bool:
    return number is not None and float(number).is_integer() and YEAR_LABELS[0] <= number <= YEAR_LABELS[1]


def _labels(rows: Sequence[Sequence[TCell | None]], width: int) -> list[str]:
    labels = [""] * width
    # a row of one cell across the table over the column labels is the table's caption, no label's part
    own = [r for r in rows if width < 2 or _section_row(r) is None] or rows
    for row in own:
        for c in range(min(width, len(row))):
            t = _text(row[c])
            if t and t not in labels[c]:
                labels[c] = f"{labels[c]} {t}".strip()
    return labels


def _block_width(labels: Sequence[str]) -> int:
    """The width of one block of columns when the header repeats across the table (``Name Rate Name
    Rate``): the table prints its items side by side. The table's width when it does not repeat."""
    width = len(labels)
    folded = [label.casefold() for label in labels]
    for p in range(1, width // 2 + 1):
        if (
            width % p == 0
            and any(folded[:p])
            and all(folded[i : i + p] == folded[:p] for i in range(p, width, p))
        ):
            return p
    return width


def _unlabelled_block_width(rows: Sequence[Sequence[TCell | None]], width: int) -> int:
    """The width of one block of a header-less table whose columns go name, value, name, value …: each
    column of names (distinct, name-shaped) or of values, the same kinds repeating block after block."""
    kinds = []
    for c in range(width):
        cells = [x for x in _column(rows, c) if x is not None and _text(x)]
        texts = [_text(x) for x in cells]
        if cells and sum(_is_value(x) for x in cells) >= VALUE_SHARE * len(cells):
            kinds.append("value")
        elif cells and len(set(texts)) >= NAME_DISTINCT * len(texts) and all(map(_name_shaped, texts)):
            kinds.append("name")
        else:
            return width
    for p in range(2, width // 2 + 1):
        first = kinds[:p]
        if width % p == 0 and {"name", "value"} <= set(first):
            if all(kinds[i : i + p] == first for i in range(p, width, p)):
                return p
    return width


def _unfolded(rows: Sequence[Sequence[TCell | None]], block: int, width: int) -> list[list[TCell | None]]:
    """Rows of blocks side by side as one row per block, in reading order; a section row (one cell across)
    stays one row, and an empty block (the last row of an odd count) is dropped."""
    out: list[list[TCell | None]] = []
    for row in rows:
        if _section_row(row) is not None:
            out.append(list(row[:block]))
            continue
        for i in range(0, width, block):
            part = list(row[i : i + block])
            if any(c is not None and _text(c) for c in part):
                out.append(part + [None] * (block - len(part)))
    return out


def _last_data_row(rows: Sequence[Sequence[TCell | None]]) -> int:
    """The index of the last row that is no section row (a note under the table is none)."""
    return max((k for k, r in enumerate(rows) if _section_row(r) is None), default=0)
