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

Cells are laid out as the HTML table model does (``_grid``): a cell with ``rowspan``/``colspan`` takes
several slots but stays one cell, read once where it starts, and the cells of the rows it spans down
into move right past it. So a category label spanning its rows (``<td rowspan="3">X（共18個）</td>``)
gives the category of every row it spans, a group cell spanning its rows in a name table
(``<td rowspan="31">`` in a ``體系`` column) gives their group, and a two-row header
(``組織名稱`` spanning ``中文 | English``) names the columns below it.

Offsets are into ``Document.text`` (the page text), using the spans ``sources.html`` recorded.
Item text is split into names by the parser every layout shares (``_item.parse_item``); this
module's ``parse_item`` adds the item's span within the page text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from pipeline.lang.counts import find_counts
from pipeline.models import Heading, Mention, Problem, Severity
from sources.base import Document, Extraction
from sources.layouts._headings import group_label, is_heading_text, only_a_lead_in
from sources.layouts._item import ItemParts as CommonItemParts
from sources.layouts._item import parse_item as common_parse_item
from sources.layouts._memo import per_document
from sources.layouts._parens import split_cell, split_top_level, stripped_span
from sources.layouts._tables import PERSONAL_HEADER_RE
from sources.page import HtmlPage, page_of
from sources.prose import stated_count
from sources.prose_acronyms import is_acronym
from sources.prose_english import english_org_like
from sources.prose_orgs import org_like_zh
from sources.tags import first_tag, is_tag, parent_tag, tags

if TYPE_CHECKING:
    from bs4 import Tag

__all__ = ["LAYOUTS", "HtmlTableLayout", "ItemParts", "category_label", "parse_item", "split_items"]

# Column roles, from header words.
COL_NUMBER = "number"
COL_ZH = "zh"
COL_EN = "en"
COL_ACRONYM = "acronym"
COL_NOTE = "note"
COL_LABEL = "label"
_HEADER_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (COL_NUMBER, re.compile(r"^(?:編號|编号|序號|序号|號碼|号码|項次|项次|No\.?|#|Number|Nr\.?)$", re.I)),
    (COL_ACRONYM, re.compile(r"縮寫|缩写|簡稱|简称|Acronym|Abbreviation", re.I)),
    (COL_NOTE, re.compile(r"備註|备注|說明|说明|註|Note|Remark", re.I)),
    (COL_EN, re.compile(r"英文|English|英語|英语", re.I)),
    (COL_ZH, re.compile(r"中文|名稱|名称|Chinese|組織|组织|機構|机构", re.I)),
    (COL_LABEL, re.compile(r"類別|类别|分類|分类|領域|领域|Category|Area|Field", re.I)),
)
# A label cell: a category with an optional count.
_NUMBER = re.compile(r"^\s*(\d{1,4})\s*[.、．)）]?\s*$")
_LEADING_ENUMERATOR = re.compile(
    r"^\s*(?:\d{1,4}(?:[、.．)）:：]\s*|\s+)|[一二三四五六七八九十]{1,3}[、.．]\s*|[(（]\s*(?:\d{1,3}|[ivxlc]{1,5})\s*[)）]\s*"
    r"|(?:[ivxlc]{1,5})[.)]\s+|[●•·‧▪■□◆◇○◎※\-－—–*]\s*)",
    re.I,
)
_TRAILING = "；;。，,、 \u3000"
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")
# Column roles that hold an item's own text (the other columns may hold group labels).
NAME_ROLES = frozenset({COL_NUMBER, COL_ZH, COL_EN, COL_ACRONYM, COL_NOTE})
# The HTML table model: colspan 1..1000; rowspan 0 (to the end of the row group) up to 65534.
_SPAN_VALUE = re.compile(r"\s*\+?(\d{1,9})")
MAX_COLSPAN = 1000
MAX_ROWSPAN = 65534
# Slots (rows x columns) a table's cells may take before the rest of the table is left unread:
# absurd spans are data, not a hang.
MAX_GRID_ENTRIES = 200_000
# The header is one of the first HEADER_SEARCH_ROWS rows and takes at most MAX_HEADER_ROWS rows.
HEADER_SEARCH_ROWS = 3
MAX_HEADER_ROWS = 3
MAX_SUBHEADER_CHARS = 20  # a column label under a spanning header cell (``中文``, ``English``)
MAX_REPEATING_GROUPS = 6  # a column repeating at most this many short labels down its rows holds groups
_PARENS = re.compile(r"[（(][^）)]*[）)]")
MAX_GROUP_CHARS = 40  # a group cell (``全面禁止入境`` spanning its rows)
# Detection confidence when a table of organizations is found.
CONFIDENCE = 0.95
PARTIAL_CONFIDENCE = 0.92  # below html-grid's reading of a table with attribute columns (0.94)
MIN_ITEMS = 3


@dataclass(frozen=True, slots=True)
class ItemParts(CommonItemParts):
    """One list item's parts (``_item.ItemParts``) with its span in the page text."""

    start: int = 0  # offsets of the item (without numbering and trailing punctuation)
    end: int = 0

    @property
    def is_org(self) -> bool:
        """Whether the item looks like an organization, not a sentence, a label or a person."""
        if self.name_zh and _PERSON_DOT_RE.search(self.name_zh) and not org_like_zh(self.name_zh):
            return False  # "約翰·羅伊（John Roe）": a transliterated person's name
        if self.acronym or (self.name_zh and self.name_en):
            return True
        if self.name_zh:
            return org_like_zh(self.name_zh)
        return bool(self.name_en) and english_org_like(self.name_en)


_PERSON_DOT_RE = re.compile(r"[\u4e00-\u9fff][·‧•][\u4e00-\u9fff]")


def parse_item(text: str, offset: int = 0) -> ItemParts | None:
    """Split one list item into names, acronym, aliases, note and parent; None when empty.

    ``offset`` is where ``text`` starts in the document, so the result's span is absolute. A leading
    enumerator (``1、``, ``(2)``) and trailing punctuation are left out of the span; the names come
    from the item parser every layout shares (``sources.layouts._item.parse_item``).
    """
    start = 0
    end = len(text)
    match = _LEADING_ENUMERATOR.match(text)
    if match and match.end() < end:
        rest = text[match.end() :]
        if _CJK.search(rest[:1]) or _LATIN.search(rest[:1]) or rest[:1].isdigit() or rest[:1] in '「《"':
            start = match.end()
    while start < end and text[start] in " \u3000\t":
        start += 1
    while end > start and (
        text[end - 1] in _TRAILING or (text[end - 1] == "." and not text[end - 2 : end - 1].isupper())
    ):
        end -= 1
    if not text[start:end].strip():
        return None
    parts = common_parse_item(text[start:end])
    if parts.empty:
        return None
    return ItemParts(
        name_zh=parts.name_zh,
        name_en=parts.name_en,
        acronym=parts.acronym,
        aliases=parts.aliases,
        note=parts.note,
        parent=parts.parent,
        start=offset + start,
        end=offset + end,
    )


def split_items(text: str) -> list[tuple[int, int]]:
    """Item spans of a cell holding several items: one per line (``<br>``, ``<li>``) or ``；``, and
    within those the ``、`` enumeration every layout splits the same way (``_parens.split_cell``)."""
    return [piece for a, b in split_top_level(text, "\n；;") for piece in split_cell(text, a, b)]


# --------------------------------------------------------------------------- the table grid


@dataclass(frozen=True, slots=True, eq=False)
class _Cell:
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
class _Grid:
    """A table in the HTML table model.

    ``rows[r]`` holds every cell occupying row ``r`` ordered by column, cells spanning down from rows
    above included: a spanning cell is one object however many slots it takes, so its text and span
    are read once, where it starts. ``head[r]`` tells whether row ``r`` is in ``<thead>``;
    ``complete`` is False when the table was cut at ``MAX_GRID_ENTRIES``.
    """

    rows: tuple[tuple[_Cell, ...], ...]
    head: tuple[bool, ...]
    width: int
    complete: bool = True

    def starting(self, row: int) -> list[_Cell]:
        """The cells whose top row is ``row``."""
        return [cell for cell in self.rows[row] if cell.row == row]


@dataclass(slots=True)
class _Reading:
    mentions: list[Mention] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    unread_columns: int = 0  # columns of words beside the names this reader keeps nothing of (a post)


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
def _grids(doc: Document) -> dict[int, _Grid]:
    """The grids laid out for ``doc``'s tables so far, by ``id`` of the table (``grid_of``)."""
    return {}


def grid_of(doc: Document, page: HtmlPage, table: Tag) -> _Grid:
    """``_grid`` of a table of ``doc``'s page, laid out once for every layout that reads it."""
    grids = _grids(doc)
    if id(table) not in grids:
        grids[id(table)] = _grid(table, page, doc.text)
    return grids[id(table)]


def _cut_overstated(tr: Tag, index: int, occupying: list[list[_Cell]], width: int) -> None:
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


def _grid(table: Tag, page: HtmlPage, text: str) -> _Grid:
    """Lay the table's cells out in rows and columns: each cell takes the first column its row leaves
    free (after the cells spanning down from above) and ``rowspan`` x ``colspan`` slots from there."""
    trs = _table_rows(table)
    ends = _group_ends(trs)
    occupying: list[list[_Cell]] = [[] for _ in trs]
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
            cell = _Cell(
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
    return _Grid(
        rows=tuple(tuple(sorted(row, key=lambda c: (c.column, c.row))) for row in occupying[:done]),
        head=tuple(tr.parent is not None and tr.parent.name == "thead" for tr in trs[:done]),
        width=width,
        complete=done == len(trs),
    )


def _role(label: str) -> str | None:
    for role, pattern in _HEADER_WORDS:
        if pattern.search(label):
            return role
    return None


def _column_roles(cells: list[_Cell]) -> dict[int, str]:
    """Column roles named by one row of cells, keyed by each cell's first column."""
    roles: dict[int, str] = {}
    for cell in cells:
        role = _role(cell.text.strip())
        if role is not None:
            roles[cell.column] = role
    return roles


def _header_roles(grid: _Grid, header: range) -> dict[int, str]:
    """Column roles from the header rows: a cell names every column it spans; a lower header row
    (``中文`` / ``English`` under a spanning ``組織名稱``) refines the row above."""
    roles: dict[int, str] = {}
    for row in header:
        for cell in grid.rows[row]:
            role = _role(cell.text.strip()) if cell.row >= header.start else None
            if role is not None:
                roles.update(dict.fromkeys(cell.columns, role))
    return roles


def _group_columns(cells: list[_Cell]) -> dict[int, tuple[str, int | None, _Cell]]:
    """The columns header cells name as groups (label, stated count), every column a cell spans: two or
    more short header cells that each state a count (``甲類（共31個）``), or two or more organization
    columns beside no English or number column (``甲類組織 | 乙類組織``)."""
    columns: dict[int, tuple[str, int | None, _Cell]] = {}
    short = [c for c in cells if 0 < len(c.text.strip()) <= MAX_GROUP_CHARS]
    counted = [c for c in short if stated_count(c.text) is not None]
    if len(counted) < 2:
        # or two "name" columns side by side with neither English nor numbers: each is a group's cell
        roles = [_role(c.text.strip()) for c in short]
        if roles.count(COL_ZH) < 2 or {COL_EN, COL_NUMBER} & set(roles):
            return columns
        counted = [c for c, role in zip(short, roles, strict=True) if role == COL_ZH]
    for cell in counted:
        columns.update(dict.fromkeys(cell.columns, (group_label(cell.text), stated_count(cell.text), cell)))
    return columns


def _group_rows(grid: _Grid) -> list[tuple[_Cell, _Cell]]:
    """The rows of a table of groups under a header of plain words, one group a row: a label stating its
    count, then a cell of several names (``甲區（8隊）`` | ``A、B、C…``); [] for any other table (a label
    without a count may head anything)."""
    rows = []
    for row in range(1, len(grid.rows)):
        cells = [cell for cell in grid.starting(row) if cell.text.strip()]
        if len(cells) != 2 or stated_count(cells[0].text) is None or len(_pieces(cells[1].text)) < 2:
            return []
        rows.append((cells[0], cells[1]))
    return rows if len(rows) >= 2 else []


def _pieces(text: str) -> list[tuple[int, int]]:
    """The names of a cell of names parted by ``、``, ``；`` or lines (short names stay apart: a country is
    no fragment of an organization's name)."""
    spans = [stripped_span(text, a, b) for a, b in split_top_level(text, "、\n；;")]
    return [(a, b) for a, b in spans if b > a]


def _subheader_word(label: str) -> bool:
    """A short column label (``中文``, ``English``) and not a name that happens to hold a header word."""
    label = label.strip()
    return (
        0 < len(label) <= MAX_SUBHEADER_CHARS
        and _role(label) is not None
        and not org_like_zh(label)
        and not english_org_like(label)
    )


def _lone_cell(grid: _Grid, row: int, cells: list[_Cell], *, minimum: int) -> _Cell | None:
    """The one cell of ``cells`` (a row's own cells) spanning the table: a group or category row.

    Beside other cells of the row (spanning down from above, or group cells spanning down from
    here), the cell must span at least two columns and reach the last one."""
    if len(cells) != 1:
        return None
    cell = cells[0]
    if any(other is not cell for other in grid.rows[row]):
        return cell if cell.span >= 2 and cell.column + cell.span >= grid.width else None
    return cell if cell.span >= minimum or grid.width <= 1 else None


def _continues_header(grid: _Grid, header: range, row: int) -> bool:
    """Whether ``row`` is one more header row: in ``<thead>`` like the header, or under a header cell
    spanning several columns or rows, and made of header cells or column labels only."""
    cells = grid.starting(row)
    if not cells or _lone_cell(grid, row, cells, minimum=max(2, grid.width - 1)) is not None:
        return False
    if grid.head[row] and grid.head[header.start]:
        return True
    above = [cell for r in header for cell in grid.starting(r)]
    grouped = any(cell.span > 1 for cell in above) or any(
        header.start <= cell.row < row for cell in grid.rows[row]
    )
    if not grouped:
        return False
    return all(cell.header for cell in cells) or all(_subheader_word(cell.text) for cell in cells)


def _header_rows(grid: _Grid) -> range | None:
    """The header rows: the first of the top rows that names group or name columns, and the rows
    below it that complete it (a two-row header)."""
    first = next(
        (
            row
            for row in range(min(HEADER_SEARCH_ROWS, len(grid.rows)))
            if _group_columns(grid.starting(row)) or len(_column_roles(grid.starting(row))) >= 2
        ),
        None,
    )
    if first is None:
        return None
    stop = first + 1
    while (
        stop < len(grid.rows)
        and stop - first < MAX_HEADER_ROWS
        and _continues_header(grid, range(first, stop), stop)
    ):
        stop += 1
    return range(first, stop)


def _heading_before(doc: Document, table_start: int, floor: int) -> tuple[str, int, int] | None:
    """The nearest short line above the table that reads as a heading (a part, a count, "the other")."""
    text = doc.text
    lines_end = table_start
    position = text.rfind("\n", floor, lines_end)
    steps = 0
    while steps < 6:
        line_start = text.rfind("\n", floor, position) + 1 if position > floor else floor
        line = text[line_start : max(position, line_start)]
        if line.strip() and is_heading_text(line) and not only_a_lead_in(line):
            offset = line_start + (len(line) - len(line.lstrip()))
            return line.strip(), offset, offset + len(line.strip())
        if position <= floor:
            break
        position = line_start - 1
        steps += 1
    return None


def category_label(label: str) -> str:
    """A category label without its stated count: ``X（共18個）`` -> ``X``."""
    for c in reversed(find_counts(label)):
        if label[c.start] in "（(" and not label[c.end :].strip(" ：:"):
            label = label[: c.start]
    return label.strip(" ：:")


# --------------------------------------------------------------------------- table reading


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
        header = _header_rows(grid)
        if header is None:
            return self._read_group_rows(grid)
        group_columns: dict[int, tuple[str, int | None, _Cell]] = {}
        for row in header:  # each header row on its own: a row of groups above a row of name columns
            group_columns.update(_group_columns(grid.starting(row)))
        body = range(header.stop, len(grid.rows))
        before = len(self.reading.mentions)
        roles = _header_roles(grid, header)
        if group_columns:
            self._read_group_columns(grid, body, group_columns, roles)
        else:
            self._read_name_columns(grid, body, roles, table, floor)
        return len(self.reading.mentions) - before

    # -- group rows --------------------------------------------------------------
    def _read_group_rows(self, grid: _Grid) -> int:
        """A table of groups, one a row (``_group_rows``); the number of items found."""
        before = len(self.reading.mentions)
        for label, cell in _group_rows(grid):
            group = group_label(label.text)
            self._heading(group, group, None, stated_count(label.text), label.start, label.end)
            for a, b in _pieces(cell.text):
                parts = parse_item(cell.text[a:b], cell.start + a)
                if parts is not None:
                    self._mention(parts, group=group, category=None, start=parts.start, end=parts.end)
        return len(self.reading.mentions) - before

    # -- group columns -----------------------------------------------------------
    def _read_group_columns(
        self,
        grid: _Grid,
        body: range,
        group_columns: dict[int, tuple[str, int | None, _Cell]],
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
            lone = _lone_cell(grid, row, cells, minimum=grid.width - 1)
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
            rows_by_group: dict[int, tuple[str, list[_Cell]]] = {}
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

    def _read_cell_items(self, cell: _Cell, *, group: str, category: str | None) -> None:
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
        self, grid: _Grid, body: range, roles: dict[int, str], table: Tag, floor: int
    ) -> None:
        text = self.doc.text
        table_span = self.page.span(table)
        group = ""
        category: str | None = None
        self.repeating = _repeating_columns(grid, body, roles) - _described_columns(grid, body)
        self.reading.unread_columns += len(_word_columns(grid, body, roles) - self.repeating)
        grouped_by_column = bool(self.repeating) or any(
            cell.rows > 1 and roles.get(cell.column) not in NAME_ROLES
            for row in body
            for cell in grid.starting(row)
        )
        if table_span is not None:
            above = _heading_before(self.doc, table_span[0], floor)
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
            if len(_column_roles(cells)) >= 2 and all(c.header for c in cells):
                continue  # a repeated header row
            # group cells spanning down from this row stand beside a group or category row
            own = [c for c in cells if c.rows == 1 or roles.get(c.column) in NAME_ROLES]
            lone = _lone_cell(grid, row, own, minimum=max(2, grid.width - 1))
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
        self, grid: _Grid, row: int, body: range, roles: dict[int, str], *, lone: _Cell | None
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
                and cell.column not in _described_columns(grid, body)
            ):
                group = group or group_label(label)
                if cell.row == row:
                    opened = True
                    self._heading(label, group, None, stated_count(label), cell.start, cell.end)
        return group, category, opened

    def _name_row(self, row: list[_Cell], roles: dict[int, str], *, group: str, category: str | None) -> None:
        by_role: dict[str, _Cell] = {}
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


def _described_columns(grid: _Grid, body: range) -> set[int]:
    """Columns whose header says what describes each row (``國籍``, ``國家``, ``Party``): never groups."""
    return {
        column
        for row in range(body.start)
        for cell in grid.starting(row)
        if PERSONAL_HEADER_RE.search(cell.text)
        for column in cell.columns
    }


def _repeating_columns(grid: _Grid, body: range, roles: dict[int, str]) -> set[int]:
    """Columns outside the name columns whose short, number-free cells take a few values, each on
    several rows (a ``體系`` column repeating its group on every row)."""
    texts: dict[int, list[str]] = {}
    for row in body:
        for cell in grid.starting(row):
            if roles.get(cell.column) not in NAME_ROLES and cell.text.strip():
                texts.setdefault(cell.column, []).append(cell.text.strip())
    return {
        col
        for col, values in texts.items()
        if len(values) >= 4
        and len(set(values)) <= min(MAX_REPEATING_GROUPS, len(values) // 2)
        and all(len(v) <= MAX_GROUP_CHARS and not re.search(r"\d", _PARENS.sub("", v)) for v in values)
    }


def _word_columns(grid: _Grid, body: range, roles: dict[int, str]) -> set[int]:
    """Columns outside the name columns whose cells hold words on most rows (``職位``: 行政長官, …)."""
    filled: dict[int, int] = {}
    for row in body:
        for cell in grid.starting(row):
            if roles.get(cell.column) not in NAME_ROLES and re.search(r"[^\W\d_]", cell.text):
                filled[cell.column] = filled.get(cell.column, 0) + 1
    return {col for col, n in filled.items() if n * 2 > len(body)}


def _tables(page: HtmlPage) -> list[Tag]:
    return [t for t in tags(page.root, ("table",)) if page.span(t) is not None]


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
