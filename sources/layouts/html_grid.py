"""Any HTML ``<table>`` that lists things: countries with rates, people with titles, names with groups.

The table is laid out on a grid as browsers do (``_table_model._grid``: rowspan and colspan), handed to the
content-based table reader (``_tables.read_table``), and read with the caption or heading line above it:
a count there is the table's stated count; when the page holds several tables, each caption is its
group's label.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.lang.count_binding import lead_in_counts
from pipeline.lang.scripts import WHITESPACE
from pipeline.models import Heading, Mention, Problem
from sources.base import Document, Extraction
from sources.layouts._headings import group_label
from sources.layouts._memo import per_document
from sources.layouts._table_continued import continued_rows
from sources.layouts._table_header_words import caption
from sources.layouts._table_model import _tables, grid_of
from sources.layouts._tables import TableReading, TCell, read_table
from sources.page import HtmlPage, page_of
from sources.tags import first_tag

if TYPE_CHECKING:
    from bs4 import Tag

NAME = "html-grid"
PLAIN = 0.9  # a table of names only: the organization-table reader may know it better
RICH = 0.94  # a table with value, attribute or group columns (below the organization-table reader)


def _rows(grid: object) -> list[list[TCell | None]]:
    rows: list[list[TCell | None]] = []
    made: dict[int, TCell] = {}
    for row in grid.rows:  # type: ignore[attr-defined]
        out: list[TCell | None] = [None] * grid.width  # type: ignore[attr-defined]
        for cell in row:
            t = made.setdefault(id(cell), TCell(cell.text, cell.start, cell.end, cell.header, cell.rows))
            for c in cell.columns:
                if c < len(out):
                    out[c] = t
        rows.append(out)
    return rows


@per_document
def _read(doc: Document) -> tuple[list[TableReading], list[tuple[str, int, int] | None]]:
    page = page_of(doc)
    if page is None:
        return [], []
    readings: list[TableReading] = []
    captions: list[tuple[str, int, int] | None] = []
    read: list[list[list[TCell | None]]] = []  # the rows of each table read
    ends: list[int] = []  # where each table read ends
    floor = 0
    for table in _tables(page):
        span = page.span(table)
        if span is None or (doc.body_end >= 0 and span[0] >= doc.body_end):
            continue
        if first_tag(table, ("table",)) is not None:
            continue  # a layout table holding other tables: the inner ones are read
        rows = _rows(grid_of(doc, page, table))
        if (
            read
            and floor == ends[-1]
            and _own_caption(doc, page, table) is None  # a table captioned apart is a table of its own
            and (more := continued_rows(doc.text, (floor, read[-1]), (span[0], rows)))
        ):
            read[-1] = [*read[-1], *more]  # the rest of the table before it, after an ad
            readings[-1] = read_table(doc, read[-1], layout=NAME)
            ends[-1] = floor = span[1]
            continue
        reading = read_table(doc, rows, layout=NAME)
        if not reading.mentions and _row_headed(rows):  # "Country | Aland | Borduria …" over "Rate | …"
            rows = [list(column) for column in zip(*rows, strict=True)]
            reading = read_table(doc, rows, layout=NAME)
        if reading.mentions:
            readings.append(reading)
            captions.append(_own_caption(doc, page, table) or caption(doc, span[0], floor))
            read.append(rows)
            ends.append(span[1])
        floor = span[1]
    if len(readings) >= 2 and all(cap is not None and _heading_like(cap[0]) for cap in captions):
        # tables each under the heading of its group: a column of repeated words describes each row
        readings = [read_table(doc, rows, layout=NAME, captioned=True) for rows in read]
    return readings, captions


MAX_TRANSPOSED_ROWS = 4


def _row_headed(rows: list[list[TCell | None]]) -> bool:
    """A table laid on its side: a few rows, each opened by a header cell, the items across (set as header
    cells in the first row or not)."""
    return (
        2 <= len(rows) <= MAX_TRANSPOSED_ROWS
        and all(r and r[0] is not None and r[0].header for r in rows)
        and len({len(r) for r in rows}) == 1
        and not any(c is not None and c.header for r in rows[1:] for c in r[1:])
    )


def _own_caption(doc: Document, page: HtmlPage, table: Tag) -> tuple[str, int, int] | None:
    """The table's own ``<caption>``, printed inside it, when it has one."""
    tag = first_tag(table, ("caption",))
    span = page.span(tag) if tag is not None else None
    if span is None:
        return None
    line = doc.text[span[0] : span[1]].strip(WHITESPACE + "\n")
    start = doc.text.find(line, span[0]) if line else -1
    return (line, start, start + len(line)) if start >= 0 else None


class HtmlGridLayout:
    name = NAME
    ceiling = RICH  # the highest score ``detect`` gives: asked only when it could be the best (registry)
    description = (
        "any HTML <table>: the name column found by its content; value, attribute and group columns kept"
    )

    def detect(self, doc: Document) -> float:
        readings, _ = _read(doc)
        n = sum(len(r.mentions) for r in readings)
        if n < 3:
            return 0.0
        return RICH if any(r.extra_columns for r in readings) else PLAIN

    def extract(self, doc: Document) -> Extraction:
        readings, captions = _read(doc)
        mentions: list[Mention] = []
        headings: list[Heading] = []
        problems: list[Problem] = []
        grouped = len(readings) >= 2
        for reading, cap in zip(readings, captions, strict=True):
            label = group_label(cap[0]) if cap and grouped and _heading_like(cap[0]) else ""
            for m in reading.mentions:
                mentions.append(m if m.group or not label else _with_group(m, label))
            if cap is not None:
                # the count a caption or lead-in gives the table, or the size of the ranking it announces
                # ("top 10 by points"); of a lead-in's earlier sentences that count several things, none
                counts = lead_in_counts(cap[0])
                if counts or label:
                    stated = counts[0].value if counts else None
                    headings.append(Heading(doc.id, cap[0], None, stated, cap[1], cap[2], label))
            headings.extend(reading.headings)
            problems.extend(reading.problems)
        return Extraction(NAME, tuple(mentions), tuple(headings), tuple(problems))


MAX_LABEL_CHARS = 30


def _heading_like(line: str) -> bool:
    """A caption that names a group (``全面禁止（12國）``), not a sentence that introduces the table."""
    return len(group_label(line)) <= MAX_LABEL_CHARS and not any(c in line for c in "，。,;；")


def _with_group(m: Mention, group: str) -> Mention:
    from dataclasses import replace

    return replace(m, group=group)


LAYOUTS = (HtmlGridLayout(),)
