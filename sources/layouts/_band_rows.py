"""Rows of a plain-text table that are its groups' bands of values, printed as rows are (``税率：40~49%``
over ``甲國 – 49``, ``乙國 – 48``, then ``税率：30~39%`` over ``丙國 – 36``): the band rows become section
rows (one cell each, the group's label), so the names under each are the items of its group.

A row is a band only where the run has two such rows or more, each row's whole text a band of values
(``lang.bands``) and every row up to the next band holding one value inside it: a name with a range of
its own (``甲國：32%至36%``) over names outside it stays a row. Also the lines that hold only a mark
(``-``, ``・`` on a line of their own between the rows), which are bullets, no section rows."""

from __future__ import annotations

from pipeline.lang.bands import Band, band_of
from pipeline.lang.numbers import parse_number
from pipeline.lang.scripts import WHITESPACE
from pipeline.lang.values import find_values
from sources.layouts._table_enumerated import TCell

MIN_BAND_ROWS = 2


def only_a_mark(cell: TCell) -> bool:
    """A line holding nothing but marks (``-``, ``・``, ``•``): no letter nor digit."""
    return not any(ch.isalnum() for ch in cell.text)


def _band(row: list[TCell]) -> Band | None:
    if len(row) < 2:
        return None
    band = band_of(" ".join(c.text for c in row))
    return band if band is not None and band.low is not None and band.high is not None else None


def _one_value(row: list[TCell]) -> float | None:
    """The one value of a row's last cell, with its unit or printed bare (``49``, the band saying ``%``)."""
    if len(row) < 2:
        return None
    found = find_values(row[-1].text)
    return found[0].number if len(found) == 1 else parse_number(row[-1].text.strip(WHITESPACE))


def with_band_rows(text: str, run: list[list[TCell]]) -> list[list[TCell]]:
    """``run`` with its band rows made section rows, as the module's docstring says."""
    bands = {i: b for i, row in enumerate(run) if (b := _band(row)) is not None}
    if len(bands) < MIN_BAND_ROWS:
        return run
    starts = sorted(bands)
    for n, i in enumerate(starts):
        under = run[i + 1 : starts[n + 1] if n + 1 < len(starts) else len(run)]
        values = [_one_value(r) for r in under if len(r) >= 2]
        if not values or any(v is None or not bands[i].holds(v) for v in values):
            return run
    return [
        [TCell(text[row[0].start : row[-1].end], row[0].start, row[-1].end)] if i in bands else row
        for i, row in enumerate(run)
    ]
