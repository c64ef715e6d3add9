"""The HTML table model for a ``<table>``: cells laid out on a grid of slots (``rowspan``/``colspan``, the
rows of each row group), a spanning cell kept as one cell read where it starts; absurd spans cut.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from sources.base import Document
from sources.layouts._memo import per_document
from sources.page import HtmlPage
from sources.tags import is_tag, parent_tag, tags

if TYPE_CHECKING:
    from bs4 import Tag

# The HTML table model: colspan 1..1000; rowspan 0 (to the end of the row group) up to 65534.
_SPAN_VALUE = re.compile(r"\s*\+?(\d{1,9})")
MAX_COLSPAN = 1000
MAX_ROWSPAN = 65534
# Slots (rows x columns) a table's cells may take before the rest of the table is left unread:
# absurd spans are data, not a hang.
MAX_GRID_ENTRIES = 200_000


@dataclass(frozen=True, slots=True, eq=False)
class Cell:
    """One ``<td>``/``<th>`` placed in the grid: it takes ``rows`` x ``span`` slots from (row, column)."""

    tag: Tag
    row: int
    column: int
    span: int  # columns taken (colspan)
    rows: int  # rows taken (rowspan, bounded by the row group)
    text: str
    start: int
    end: int
    header: bool

    @property
    def columns(self) -> range:
        return range(self.column, self.column + self.span)


@dataclass(frozen=True, slots=True)
class Grid:
    """A table in the HTML table model.

    ``rows[r]`` holds every cell occupying row ``r`` ordered by column, cells spanning down from rows
    above included: a spanning cell is one object however many slots it takes, so its text and span
    are read once, where it starts. ``head[r]`` tells whether row ``r`` is in ``<thead>``;
    ``complete`` is False when the table was cut at ``MAX_GRID_ENTRIES``.
    """

    rows: tuple[tuple[Cell, ...], ...]
    head: tuple[bool, ...]
    width: int
    complete: bool = True

    def starting(self, row: int) -> list[Cell]:
        """The cells whose top row is ``row``."""
        return [cell for cell in self.rows[row] if cell.row == row]


def _span_value(tag: Tag, attribute: str) -> int | None:
    """The leading integer of a ``colspan``/``rowspan`` value as browsers read it, None when absent
    or unreadable."""
    match = _SPAN_VALUE.match(str(tag.get(attribute) or ""))
    return int(match.group(1)) if match else None


def _table_rows(table: Tag) -> list[Tag]:
    return [tr for tr in tags(table, ("tr",)) if parent_tag(tr, ("table",)) is table]


def _group_ends(rows: list[Tag]) -> list[int]:
    """For each row, the index after the last row of its row group (``<thead>``/``<tbody>``/
    ``<tfoot>``, or the rows sitting directly in the table): a rowspan stops there."""
    ends = [0] * len(rows)
    first = 0
    while first < len(rows):
        last = first
        while last < len(rows) and rows[last].parent is rows[first].parent:
            last += 1
        for index in range(first, last):
            ends[index] = last
        first = last
    return ends


@per_document
def _grids(doc: Document) -> dict[int, Grid]:
    """The grids laid out for ``doc``'s tables so far, by ``id`` of the table (``grid_of``)."""
    return {}


def grid_of(doc: Document, page: HtmlPage, table: Tag) -> Grid:
    """``_grid`` of a table of ``doc``'s page, laid out once for every layout that reads it."""
    grids = _grids(doc)
    if id(table) not in grids:
        grids[id(table)] = _grid(table, page, doc.text)
    return grids[id(table)]


def _cut_overstated(tr: Tag, index: int, occupying: list[list[Cell]], width: int) -> None:
    """A row whose own cells fill the table's width while cells spanning down from above still hold
    some of it (``<td rowspan="40">15%</td>`` over 39 rows, the next group's ``<td rowspan="3">10%</td>``
    pushed right): the rows above lost one without its count being fixed. The spanning cells end
    above this row, so the rest of the table keeps its columns (a browser would shift them)."""
    spanning = [c for c in occupying[index] if c.row < index]
    if not spanning or not width:
        return
    own = [t for t in tags(tr, ("td", "th"), recursive=False) if is_tag(t)]
    need = sum(min(max(_span_value(t, "colspan") or 1, 1), MAX_COLSPAN) for t in own)
    if not need <= width < need + sum(c.span for c in spanning):
        return
    for c in spanning:
        short = replace(c, rows=index - c.row)
        for row in range(c.row, index):
            occupying[row] = [short if x is c else x for x in occupying[row]]
        for row in range(index, c.row + c.rows):
            occupying[row] = [x for x in occupying[row] if x is not c]


def _grid(table: Tag, page: HtmlPage, text: str) -> Grid:
    """Lay the table's cells out in rows and columns: each cell takes the first column its row leaves
    free (after the cells spanning down from above) and ``rowspan`` x ``colspan`` slots from there."""
    trs = _table_rows(table)
    ends = _group_ends(trs)
    occupying: list[list[Cell]] = [[] for _ in trs]
    budget = MAX_GRID_ENTRIES
    width = 0
    done = 0
    for index, tr in enumerate(trs):
        _cut_overstated(tr, index, occupying, width)
        held = sorted((cell.column, cell.column + cell.span) for cell in occupying[index])
        in_head = tr.parent is not None and tr.parent.name == "thead"
        column = 0
        next_held = 0
        for tag in tags(tr, ("td", "th"), recursive=False):
            if not is_tag(tag):
                continue
            while next_held < len(held) and held[next_held][0] <= column:
                column = max(column, held[next_held][1])
                next_held += 1
            colspan = min(max(_span_value(tag, "colspan") or 1, 1), MAX_COLSPAN)
            rowspan = _span_value(tag, "rowspan")
            if rowspan is None:
                last = index + 1
            elif rowspan == 0:  # to the end of the row group
                last = ends[index]
            else:
                last = min(ends[index], index + min(rowspan, MAX_ROWSPAN))
            budget -= (last - index) * colspan
            if budget < 0:
                break
            span = page.span(tag)
            start, end = span if span is not None else (0, 0)
            cell = Cell(
                tag,
                index,
                column,
                colspan,
                last - index,
                text[start:end],
                start,
                end,
                tag.name == "th" or in_head,
            )
            for row in range(index, last):
                occupying[row].append(cell)
            column += colspan
            width = max(width, column)
        if budget < 0:
            break
        done = index + 1
    return Grid(
        rows=tuple(tuple(sorted(row, key=lambda c: (c.column, c.row))) for row in occupying[:done]),
        head=tuple(tr.parent is not None and tr.parent.name == "thead" for tr in trs[:done]),
        width=width,
        complete=done == len(trs),
    )


def _tables(page: HtmlPage) -> list[Tag]:
    return [t for t in tags(page.root, ("table",)) if page.span(t) is not None]
