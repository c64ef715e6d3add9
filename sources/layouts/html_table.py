"""Layout: organizations listed in a real HTML ``<table>``.

Two table shapes are read, both decided from the header row, never from the names:

- group columns: two or more header cells name groups with their counts (``甲類（共31個）`` /
  ``乙類（共35個）``), optionally after a label column; each following row is a category
  (its first cell a label such as ``X（共18個）``, or a row spanning the table) whose cells hold
  several items separated by ``、``, ``<br>`` or ``<li>``; or group rows: each row a label stating its
  count (``甲區（8隊）``) and one cell of several items;
- name columns: the header names a number column, a Chinese-name column, an English-name column
  (and maybe acronym or note columns); one organization per row. The group comes from a row
  spanning the table, from a short cell outside the name columns (a group cell, often spanning its
  rows) or from the heading just above the table (``第一部分：甲類(共計31個)``).

Cells are laid out as the HTML table model does (``_table_model._grid``): a cell with
``rowspan``/``colspan`` takes several slots but stays one cell, read once where it starts, and the cells
of the rows it spans down into move right past it. So a category label spanning its rows
(``<td rowspan="3">X（共18個）</td>``) gives the category of every row it spans, a group cell
spanning its rows in a name table (``<td rowspan="31">`` in a ``體系`` column) gives their group, and a
two-row header (``組織名稱`` spanning ``中文 | English``) names the columns below it.

Offsets are into ``Document.text`` (the page text), using the spans ``sources.html`` recorded.
Item text is split into names by the parser every layout shares (``_item.parse_item``); this
module's ``parse_item`` adds the item's span within the page text.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.models import Problem, Severity
from sources.base import Document, Extraction
from sources.layouts._html_table_reader import _Reading, _TableReader
from sources.layouts._memo import per_document
from sources.layouts._table_model import _tables
from sources.page import page_of

__all__ = ["LAYOUTS", "HtmlTableLayout"]

# Detection confidence when a table of organizations is found.
CONFIDENCE = 0.95
PARTIAL_CONFIDENCE = 0.92  # below html-grid's reading of a table with attribute columns (0.94)
MIN_ITEMS = 3


@per_document
def _read(doc: Document) -> _Reading | None:
    page = page_of(doc)
    if page is None:
        return None
    reader = _TableReader(doc, page)
    floor = 0
    tables = _tables(page)
    holders: set[int] = set()  # layout tables holding other tables: the inner ones are read
    for table in tables:
        enclosing = next((p for p in table.parents if p.name == "table"), None)
        if enclosing is not None:
            holders.add(id(enclosing))
    for table in tables:
        span = page.span(table)
        if span is None or (doc.body_end >= 0 and span[0] >= doc.body_end) or id(table) in holders:
            continue
        reader.read(table, floor)
        floor = span[1]
    return reader.reading


@dataclass(frozen=True, slots=True)
class HtmlTableLayout:
    """Organizations in an HTML ``<table>`` (group columns or name columns)."""

    name: str = "html-table"
    description: str = (
        "HTML <table>: group columns with category rows, or number / Chinese / English name columns"
    )
    min_items: int = MIN_ITEMS

    def detect(self, doc: Document) -> float:
        reading = _read(doc)
        if reading is None:
            return 0.0
        count = len(reading.mentions)
        if count >= self.min_items:
            # a column of words it leaves unread: the table reader that keeps it as attributes reads more
            return PARTIAL_CONFIDENCE if reading.unread_columns else CONFIDENCE
        return 0.2 if count else 0.0

    def extract(self, doc: Document) -> Extraction:
        reading = _read(doc)
        if reading is None:
            return Extraction(
                self.name,
                problems=(Problem(doc.id, "not-html", Severity.WARNING, "the document has no HTML tree"),),
            )
        problems = list(reading.problems)
        if not reading.mentions:
            problems.append(
                Problem(doc.id, "no-table-list", Severity.INFO, "no table of organizations found in the page")
            )
        return Extraction(self.name, tuple(reading.mentions), tuple(reading.headings), tuple(problems))


LAYOUTS = (HtmlTableLayout(),)
