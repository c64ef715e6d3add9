"""Geometry for the two pictures of report.html, as plain numbers the template draws as inline SVG.

``findings_chart``: one horizontal bar per outlet, errors then warnings stacked. ``matrix_chart``: an
entity × outlet grid, one coloured cell per presence. Nothing here writes markup: the template turns
these records into ``<rect>`` and ``<text>`` elements, so every label stays escaped text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from pipeline.models import Entity
from reports import presence
from reports.scorecard import OutletRow
from reports.script import lang_tag

BAR_HEIGHT = 22
BAR_GAP = 8
LABEL_WIDTH = 150
BAR_AREA = 330
CHART_PAD = 24

CELL = 18
NAME_WIDTH = 260
HEADER_HEIGHT = 110


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    lang: str
    article: str
    y: float
    errors: int
    warnings: int
    error_width: float
    warning_width: float


@dataclass(frozen=True, slots=True)
class BarChart:
    width: int
    height: int
    label_width: int
    bar_height: int
    bars: tuple[Bar, ...]
    ticks: tuple[tuple[float, int], ...]  # (x, value)


def findings_chart(rows: Sequence[OutletRow]) -> BarChart:
    """Findings per outlet (the outlets that were read, in scorecard order)."""
    shown = [r for r in rows if r.read]
    most = max((r.errors + r.warnings for r in shown), default=0)
    scale = BAR_AREA / most if most else 0.0
    bars = tuple(
        Bar(
            label=r.outlet,
            lang=r.lang.value,
            article=r.article,
            y=CHART_PAD + i * (BAR_HEIGHT + BAR_GAP),
            errors=r.errors,
            warnings=r.warnings,
            error_width=round(r.errors * scale, 2),
            warning_width=round(r.warnings * scale, 2),
        )
        for i, r in enumerate(shown)
    )
    step = max(1, -(-most // 5)) if most else 1
    ticks = tuple((round(LABEL_WIDTH + v * scale, 2), v) for v in range(0, most + 1, step))
    height = CHART_PAD + len(bars) * (BAR_HEIGHT + BAR_GAP) + CHART_PAD
    return BarChart(LABEL_WIDTH + BAR_AREA + 90, height, LABEL_WIDTH, BAR_HEIGHT, bars, ticks)


class Cell(NamedTuple):  # a tuple: a thousand outlets make a hundred thousand cells
    x: int
    presence: str
    symbol: str
    title: str


@dataclass(frozen=True, slots=True)
class MatrixRow:
    entity: str
    name: str
    lang: str
    y: int
    cells: tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class Column:
    label: str
    lang: str
    x: int


def _cells(cells: Sequence[presence.MatrixCell], columns: Sequence[str]) -> tuple[Cell, ...]:
    # a presence's value, symbol and legend looked up once per row, not once per cell (a thousand outlets)
    kinds = {
        p: (p.value, presence.PRESENCE_SYMBOL[p], presence.PRESENCE_LEGEND[p])
        for p in {c.presence for c in cells}
    }
    out = []
    for j, c in enumerate(cells):
        value, symbol, legend = kinds[c.presence]
        title = f"{columns[j]}: {legend} — {'; '.join(c.names)}" if c.names else f"{columns[j]}: {legend}"
        out.append(Cell(NAME_WIDTH + j * CELL, value, symbol, title))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class MatrixChart:
    width: int
    height: int
    cell: int
    name_width: int
    header_height: int
    columns: tuple[Column, ...]
    rows: tuple[MatrixRow, ...]


def matrix_chart(
    rows: Sequence[tuple[Entity, list[presence.MatrixCell]]],
    columns: Sequence[str],
    *,
    drawn: dict[int, tuple[Cell, ...]] | None = None,
) -> MatrixChart:
    """The entity × outlet chart of ``rows``; ``drawn`` keeps each row's cells (by the identity of its
    cell list) for another chart of the same rows and columns (the page draws them twice)."""
    cols = tuple(
        Column(label=label, lang=lang_tag(label).value, x=NAME_WIDTH + i * CELL)
        for i, label in enumerate(columns)
    )
    kept = {} if drawn is None else drawn
    out = []
    for i, (entity, cells) in enumerate(rows):
        name = entity.name_zh or entity.name_en or entity.id
        if id(cells) not in kept:
            kept[id(cells)] = _cells(cells, columns)
        out.append(
            MatrixRow(
                entity=entity.id,
                name=name if len(name) <= 18 else name[:17] + "…",
                lang=lang_tag(name).value,
                y=HEADER_HEIGHT + i * CELL,
                cells=kept[id(cells)],
            )
        )
    return MatrixChart(
        width=NAME_WIDTH + len(cols) * CELL + HEADER_HEIGHT // 2,
        height=HEADER_HEIGHT + len(out) * CELL + 4,
        cell=CELL,
        name_width=NAME_WIDTH,
        header_height=HEADER_HEIGHT,
        columns=cols,
        rows=tuple(out),
    )
