"""What a table's header says: the role of each column (number, Chinese name, English name, acronym,
note, label) from its header words, the header rows, group columns and group rows, the columns of words
beside the names, the heading just above the table and a category label without its count.
"""

from __future__ import annotations

import re

from pipeline.lang.counts import find_counts
from sources.base import Document
from sources.layouts._headings import group_label, is_heading_text, only_a_lead_in
from sources.layouts._parens import split_top_level, stripped_span
from sources.layouts._table_header_words import PERSONAL_HEADER_RE
from sources.layouts._table_model import Cell, Grid
from sources.prose import stated_count
from sources.prose_english import english_org_like
from sources.prose_orgs import org_like_zh

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


# Column roles that hold an item's own text (the other columns may hold group labels).
NAME_ROLES = frozenset({COL_NUMBER, COL_ZH, COL_EN, COL_ACRONYM, COL_NOTE})


# The header is one of the first HEADER_SEARCH_ROWS rows and takes at most MAX_HEADER_ROWS rows.
HEADER_SEARCH_ROWS = 3
MAX_HEADER_ROWS = 3
MAX_SUBHEADER_CHARS = 20  # a column label under a spanning header cell (``中文``, ``English``)
MAX_REPEATING_GROUPS = 6  # a column repeating at most this many short labels down its rows holds groups
_PARENS = re.compile(r"[（(][^）)]*[）)]")
MAX_GROUP_CHARS = 40  # a group cell (``全面禁止入境`` spanning its rows)


def _role(label: str) -> str | None:
    for role, pattern in _HEADER_WORDS:
        if pattern.search(label):
            return role
    return None


def column_roles(cells: list[Cell]) -> dict[int, str]:
    """Column roles named by one row of cells, keyed by each cell's first column."""
    roles: dict[int, str] = {}
    for cell in cells:
        role = _role(cell.text.strip())
        if role is not None:
            roles[cell.column] = role
    return roles


def header_roles(grid: Grid, header: range) -> dict[int, str]:
    """Column roles from the header rows: a cell names every column it spans; a lower header row
    (``中文`` / ``English`` under a spanning ``組織名稱``) refines the row above."""
    roles: dict[int, str] = {}
    for row in header:
        for cell in grid.rows[row]:
            role = _role(cell.text.strip()) if cell.row >= header.start else None
            if role is not None:
                roles.update(dict.fromkeys(cell.columns, role))
    return roles


def _group_columns(cells: list[Cell]) -> dict[int, tuple[str, int | None, Cell]]:
    """The columns header cells name as groups (label, stated count), every column a cell spans: two or
    more short header cells that each state a count (``甲類（共31個）``), or two or more organization
    columns beside no English or number column (``甲類組織 | 乙類組織``)."""
    columns: dict[int, tuple[str, int | None, Cell]] = {}
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


def group_rows(grid: Grid) -> list[tuple[Cell, Cell]]:
    """The rows of a table of groups under a header of plain words, one group a row: a label stating its
    count, then a cell of several names (``甲區（8隊）`` | ``A、B、C…``); [] for any other table (a label
    without a count may head anything)."""
    rows = []
    for row in range(1, len(grid.rows)):
        cells = [cell for cell in grid.starting(row) if cell.text.strip()]
        if len(cells) != 2 or stated_count(cells[0].text) is None or len(pieces(cells[1].text)) < 2:
            return []
        rows.append((cells[0], cells[1]))
    return rows if len(rows) >= 2 else []


def pieces(text: str) -> list[tuple[int, int]]:
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


def lone_cell(grid: Grid, row: int, cells: list[Cell], *, minimum: int) -> Cell | None:
    """The one cell of ``cells`` (a row's own cells) spanning the table: a group or category row.

    Beside other cells of the row (spanning down from above, or group cells spanning down from
    here), the cell must span at least two columns and reach the last one."""
    if len(cells) != 1:
        return None
    cell = cells[0]
    if any(other is not cell for other in grid.rows[row]):
        return cell if cell.span >= 2 and cell.column + cell.span >= grid.width else None
    return cell if cell.span >= minimum or grid.width <= 1 else None


def _continues_header(grid: Grid, header: range, row: int) -> bool:
    """Whether ``row`` is one more header row: in ``<thead>`` like the header, or under a header cell
    spanning several columns or rows, and made of header cells or column labels only."""
    cells = grid.starting(row)
    if not cells or lone_cell(grid, row, cells, minimum=max(2, grid.width - 1)) is not None:
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


def header_rows(grid: Grid) -> range | None:
    """The header rows: the first of the top rows that names group or name columns, and the rows
    below it that complete it (a two-row header)."""
    first = next(
        (
            row
            for row in range(min(HEADER_SEARCH_ROWS, len(grid.rows)))
            if _group_columns(grid.starting(row)) or len(column_roles(grid.starting(row))) >= 2
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


def heading_before(doc: Document, table_start: int, floor: int) -> tuple[str, int, int] | None:
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


def described_columns(grid: Grid, body: range) -> set[int]:
    """Columns whose header says what describes each row (``國籍``, ``國家``, ``Party``): never groups."""
    return {
        column
        for row in range(body.start)
        for cell in grid.starting(row)
        if PERSONAL_HEADER_RE.search(cell.text)
        for column in cell.columns
    }


def repeating_columns(grid: Grid, body: range, roles: dict[int, str]) -> set[int]:
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


def word_columns(grid: Grid, body: range, roles: dict[int, str]) -> set[int]:
    """Columns outside the name columns whose cells hold words on most rows (``職位``: 行政長官, …)."""
    filled: dict[int, int] = {}
    for row in body:
        for cell in grid.starting(row):
            if roles.get(cell.column) not in NAME_ROLES and re.search(r"[^\W\d_]", cell.text):
                filled[cell.column] = filled.get(cell.column, 0) + 1
    return {col for col, n in filled.items() if n * 2 > len(body)}
