"""Reading one HTML ``<table>`` of organizations cell by cell (``_TableReader``): group columns, group
rows or name columns, one item per name. Used by ``html_table.py``, whose docstring tells the shapes read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pipeline.models import Heading, Mention, Problem, Severity
from sources.base import Document
from sources.layouts._headings import group_label, is_heading_text
from sources.layouts._table_cells import ItemParts, parse_item, split_items
from sources.layouts._table_header import (
    COL_ACRONYM,
    COL_EN,
    COL_LABEL,
    COL_NOTE,
    COL_ZH,
    MAX_GROUP_CHARS,
    NAME_ROLES,
    _group_columns,
    category_label,
    column_roles,
    described_columns,
    group_rows,
    header_roles,
    header_rows,
    heading_before,
    lone_cell,
    pieces,
    repeating_columns,
    word_columns,
)
from sources.layouts._table_model import MAX_GRID_ENTRIES, Cell, Grid, grid_of
from sources.page import HtmlPage
from sources.prose import stated_count
from sources.prose_acronyms import is_acronym
from sources.tags import first_tag, is_tag, tags

if TYPE_CHECKING:
    from bs4 import Tag


@dataclass(slots=True)
class _Reading:
    mentions: list[Mention] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    unread_columns: int = 0  # columns of words beside the names this reader keeps nothing of (a post)


class _TableReader:
    def __init__(self, doc: Document, page: HtmlPage) -> None:
        self.doc = doc
        self.page = page
        self.reading = _Reading()
        self.position = 0
        self.repeating: set[int] = set()  # columns outside the names whose few values repeat: groups

    def _mention(self, parts: ItemParts, *, group: str, category: str | None, start: int, end: int) -> None:
        self.position += 1
        self.reading.mentions.append(
            parts.mention(self.doc.id, self.position, category=category, start=start, end=end, group=group)
        )

    def _heading(
        self,
        label: str,
        group: str,
        category: str | None,
        stated: int | None,
        start: int,
        end: int,
    ) -> None:
        self.reading.headings.append(Heading(self.doc.id, label, category, stated, start, end, group))

    def read(self, table: Tag, floor: int) -> int:
        """Read one table; the number of items found."""
        grid = grid_of(self.doc, self.page, table)
        if not grid.complete:
            self.reading.problems.append(
                Problem(
                    self.doc.id,
                    "table-too-large",
                    Severity.WARNING,
                    f"a table spans more than {MAX_GRID_ENTRIES} cell slots; only its first "
                    f"{len(grid.rows)} rows were read",
                )
            )
        if len(grid.rows) < 2:
            return 0
        header = header_rows(grid)
        if header is None:
            return self._read_group_rows(grid)
        group_columns: dict[int, tuple[str, int | None, Cell]] = {}
        for row in header:  # each header row on its own: a row of groups above a row of name columns
            group_columns.update(_group_columns(grid.starting(row)))
        body = range(header.stop, len(grid.rows))
        before = len(self.reading.mentions)
        roles = header_roles(grid, header)
        if group_columns:
            self._read_group_columns(grid, body, group_columns, roles)
        else:
            self._read_name_columns(grid, body, roles, table, floor)
        return len(self.reading.mentions) - before

    # -- group rows --------------------------------------------------------------
    def _read_group_rows(self, grid: Grid) -> int:
        """A table of groups, one a row (``group_rows``); the number of items found."""
        before = len(self.reading.mentions)
        for label, cell in group_rows(grid):
            group = group_label(label.text)
            self._heading(group, group, None, stated_count(label.text), label.start, label.end)
            for a, b in pieces(cell.text):
                parts = parse_item(cell.text[a:b], cell.start + a)
                if parts is not None:
                    self._mention(parts, group=group, category=None, start=parts.start, end=parts.end)
        return len(self.reading.mentions) - before

    # -- group columns -----------------------------------------------------------
    def _read_group_columns(
        self,
        grid: Grid,
        body: range,
        group_columns: dict[int, tuple[str, int | None, Cell]],
        roles: dict[int, str],
    ) -> None:
        # a group header spanning name columns (``中文 | English`` below it) holds one item per row
        named: set[int] = set()
        for group, stated, cell in dict.fromkeys(group_columns.values()):
            self._heading(cell.text.strip(), group, None, stated, cell.start, cell.end)
            if len({roles.get(column) for column in cell.columns} & {COL_ZH, COL_EN, COL_ACRONYM}) >= 2:
                named.add(id(cell))
        first_group = min(group_columns)
        category: str | None = None
        for row in body:
            cells = grid.starting(row)
            lone = lone_cell(grid, row, cells, minimum=grid.width - 1)
            if lone is not None:
                category = category_label(lone.text)
                self._heading(category, "", category, stated_count(lone.text), lone.start, lone.end)
                continue
            # the category label: the first label cell of the row, maybe spanning down from above
            label = next(
                (
                    cell
                    for cell in grid.rows[row]
                    if cell.column < first_group and cell.row >= body.start and cell.text.strip()
                ),
                None,
            )
            if label is not None and label.row == row:
                category = category_label(label.text)
                self._heading(category, "", category, stated_count(label.text), label.start, label.end)
            rows_by_group: dict[int, tuple[str, list[Cell]]] = {}
            for cell in cells:
                if cell.column not in group_columns:
                    continue
                group, _, head = group_columns[cell.column]
                if id(head) in named:
                    rows_by_group.setdefault(id(head), (group, []))[1].append(cell)
                else:
                    self._read_cell_items(cell, group=group, category=category)
            for group, name_cells in rows_by_group.values():
                self._name_row(name_cells, roles, group=group, category=category)

    def _read_cell_items(self, cell: Cell, *, group: str, category: str | None) -> None:
        items = [li for li in tags(cell.tag, ("li",)) if first_tag(li, ("li",)) is None]
        text = self.doc.text
        if items:
            for li in items:
                span = self.page.span(li)
                if span is None:
                    continue
                parts = parse_item(text[span[0] : span[1]], span[0])
                if parts is not None:
                    self._mention(parts, group=group, category=category, start=parts.start, end=parts.end)
            return
        for a, b in split_items(cell.text):
            parts = parse_item(cell.text[a:b], cell.start + a)
            if parts is not None:
                self._mention(parts, group=group, category=category, start=parts.start, end=parts.end)

    # -- name columns ------------------------------------------------------------
    def _read_name_columns(
        self, grid: Grid, body: range, roles: dict[int, str], table: Tag, floor: int
    ) -> None:
        text = self.doc.text
        table_span = self.page.span(table)
        group = ""
        category: str | None = None
        self.repeating = repeating_columns(grid, body, roles) - described_columns(grid, body)
        self.reading.unread_columns += len(word_columns(grid, body, roles) - self.repeating)
        grouped_by_column = bool(self.repeating) or any(
            cell.rows > 1 and roles.get(cell.column) not in NAME_ROLES
            for row in body
            for cell in grid.starting(row)
        )
        if table_span is not None:
            above = heading_before(self.doc, table_span[0], floor)
            if above is not None:
                label, start, end = above
                group = group_label(label)
                self._heading(label, group, None, stated_count(label), start, end)
        caption = first_tag(table, ("caption",))
        if is_tag(caption) and (span := self.page.span(caption)) and is_heading_text(caption.get_text()):
            label = text[span[0] : span[1]]
            group = group_label(label)
            self._heading(label, group, None, stated_count(label), span[0], span[1])
        for row in body:
            cells = grid.starting(row)
            if not cells:
                continue
            if len(column_roles(cells)) >= 2 and all(c.header for c in cells):
                continue  # a repeated header row
            # group cells spanning down from this row stand beside a group or category row
            own = [c for c in cells if c.rows == 1 or roles.get(c.column) in NAME_ROLES]
            lone = lone_cell(grid, row, own, minimum=max(2, grid.width - 1))
            cell_group, cell_category, opened = self._group_cells(grid, row, body, roles, lone=lone)
            if opened:
                category = None  # a new group: the categories above it are done
            if lone is not None:
                label = lone.text.strip()
                if label and grouped_by_column:  # beside a group column, a spanning row is a category
                    category = category_label(label)
                    self._heading(category, "", category, stated_count(label), lone.start, lone.end)
                elif label:
                    group, category = group_label(label), None
                    self._heading(label, group, None, stated_count(label), lone.start, lone.end)
                continue
            self._name_row(cells, roles, group=cell_group or group, category=cell_category or category)

    def _group_cells(
        self, grid: Grid, row: int, body: range, roles: dict[int, str], *, lone: Cell | None
    ) -> tuple[str, str | None, bool]:
        """The group and category a row's group cells give, and whether a group starts in this row:
        short cells outside the name columns (a ``體系`` column) name a group, or, in a category
        column, a category. Their headings are recorded in their first row; ``lone``, the row's
        group cell spanning the table, is no group cell."""
        group = ""
        category: str | None = None
        opened = False
        for cell in grid.rows[row]:
            label = cell.text.strip()
            if cell is lone or cell.row < body.start or roles.get(cell.column) in NAME_ROLES or not label:
                continue
            if len(label) > MAX_GROUP_CHARS:
                continue
            if roles.get(cell.column) == COL_LABEL:
                name = category_label(label)
                category = category or name
                if cell.row == row:
                    self._heading(name, "", name, stated_count(label), cell.start, cell.end)
            elif (
                cell.column in self.repeating
                or cell.rows > 1
                and cell.column not in described_columns(grid, body)
            ):
                group = group or group_label(label)
                if cell.row == row:
                    opened = True
                    self._heading(label, group, None, stated_count(label), cell.start, cell.end)
        return group, category, opened

    def _name_row(self, row: list[Cell], roles: dict[int, str], *, group: str, category: str | None) -> None:
        by_role: dict[str, Cell] = {}
        for cell in row:
            role = roles.get(cell.column)
            if role and role not in by_role and cell.text.strip():
                by_role[role] = cell
        zh_cell = by_role.get(COL_ZH)
        en_cell = by_role.get(COL_EN)
        if zh_cell is None and en_cell is None:
            return
        zh = parse_item(zh_cell.text, zh_cell.start) if zh_cell else None
        en = parse_item(en_cell.text, en_cell.start) if en_cell else None
        acronym_cell = by_role.get(COL_ACRONYM)
        note_cell = by_role.get(COL_NOTE)
        name_zh = zh.name_zh if zh else ""
        name_en = (en.name_en if en else "") or (zh.name_en if zh else "")
        acronym = (
            (acronym_cell.text.strip() if acronym_cell and is_acronym(acronym_cell.text.strip()) else "")
            or (en.acronym if en else "")
            or (zh.acronym if zh else "")
        )
        if not name_zh and en is not None and en.name_zh:
            name_zh = en.name_zh
        notes = [p.note for p in (zh, en) if p and p.note]
        if note_cell is not None:
            notes.append(note_cell.text.strip())
        aliases = tuple(dict.fromkeys(a for p in (zh, en) if p for a in p.aliases))
        parent = next((p.parent for p in (zh, en) if p and p.parent), "")
        named = [c for c in (zh_cell, en_cell, acronym_cell) if c is not None]
        start = min(c.start for c in named)
        end = max(c.end for c in named)
        parts = ItemParts(name_zh, name_en, acronym, aliases, "；".join(notes), parent, start=start, end=end)
        if not (name_zh or name_en or acronym):
            return
        self._mention(parts, group=group, category=category, start=start, end=end)
