"""A table's row that totals it, printed right under its last item (``合計 115.7``, ``Total 1,157``): the
whole the items' amounts add up to, read from the row's cell in their column and at their scale (a plain
``115.7`` under a header of ``萬桶/日`` is 1,157,000 barrels, as each item's ``50`` is 500,000).

The row's cells are its figures in the columns' order (``合計 165.7 ー``); the item values' order gives
the amount's column. A sum of rounded figures may stand a little from the rounded total of the unrounded
ones: a row of figures printed at a scale or with decimals is met within half a step of the coarsest print
for each item and the total (``ROUNDED_SLACK``); a row of whole numbers at no scale (seats, votes) only
exactly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lang.count_lines import TOTAL_WORD_RE
from pipeline.lang.numbers import parse_number
from pipeline.lang.precision import printed_step
from pipeline.lang.row_values import plain_value
from pipeline.models import Mention, Value

_ROW_RE = re.compile(
    rf"[ \t]*(?:{TOTAL_WORD_RE.pattern}|totals?\b)[ \t:：|]+(?P<cells>\S[^\n]*)", re.IGNORECASE
)
EXACT = 1e-9  # room for float error only
TOTAL_ROW = "total row"  # the column of a whole read from a total row


def _scale(amounts: Sequence[Value]) -> float | None:
    """The one factor by which the items' printed figures became their numbers (``50`` -> 500,000: 10,000),
    None when they are printed otherwise (``50萬桶``) or at several."""
    factors = set()
    for a in amounts:
        shown = plain_value(a.raw)
        if shown is None or shown.unit or not shown.number or a.number is None:
            return None
        factors.add(round(a.number / shown.number, 9))
    return factors.pop() if len(factors) == 1 else None


def total_row(text: str, items: Sequence[Mention], amounts: Sequence[Value]) -> tuple[Value, float] | None:
    """The whole a total row under the list prints in the items' amount column (a ``Value`` in the items'
    unit, offsets in ``text``) and how far their sum may stand from it; None for no such row."""
    start = text.find("\n", items[-1].end) + 1
    end = text.find("\n", start) if start else -1
    m = _ROW_RE.fullmatch(text, start, len(text) if end < 0 else end) if start else None
    factor = _scale(amounts)
    if m is None or factor is None:
        return None
    columns = {len(i.values) for i in items}
    places = {i.values.index(a) for i, a in zip(items, amounts, strict=True) if len(i.values) == max(columns)}
    cells = m.group("cells").split()
    if len(places) != 1 or len(cells) != max(columns):
        return None
    cell = cells[places.pop()]
    shown = plain_value(cell)
    if shown is None or shown.unit or shown.number is None:
        return None
    at = m.start("cells") + m.group("cells").index(cell)
    number = round(shown.number * factor, 6)
    label = text[m.start() : m.start("cells")].strip(" \t:：|")
    whole = Value(f"{label} {cell}", number, amounts[0].unit, TOTAL_ROW, at, at + len(cell))
    return whole, _slack(amounts, cell, number, factor)


def _slack(amounts: Sequence[Value], cell: str, number: float, factor: float) -> float:
    printed = [(a.raw, a.number) for a in amounts] + [(cell, number)]
    if factor == 1 and all(float(parse_number(r) or 0).is_integer() for r, _ in printed):
        return EXACT
    step = max(printed_step(r, n) for r, n in printed)
    return step * len(printed) / 2 if step else EXACT
