"""Reading a table whatever it lists: which column holds the names, which hold values, attributes or
groups, decided by the cells' content, not by a fixed header vocabulary.

HTML tables (``html_grid``) and plain-text tables (``text_table``) both hand over rows of ``TCell``; a
cell that spans several rows is the same object in each (``key``), which is how a group cell spanning
rows is recognised. The steps:

1. header rows: the top rows (at most ``MAX_HEADER_ROWS``) made of ``<th>`` cells or of text over
   columns whose body cells are values, or of generic column words (``國家``, ``Name``, ``稅率``);
2. section rows: a row of one cell among rows of several is a group label (with its count);
3. columns: a column of running numbers is an index; one whose cells are mostly values is a value
   column; a text column whose cells repeat (a spanning cell, or few distinct texts) is a group column;
   of the other text columns the leftmost with distinct, name-shaped cells holds the names, a second
   one in another script the names' translation, and the rest are attributes (kind from the header);
4. one item per body row, with its values labelled by their column's header.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from pipeline.lang.counts import find_counts
from pipeline.lang.numbers import says_scale
from pipeline.lang.row_values import labelled_cell
from pipeline.lang.scripts import EAST_ASIAN_RE, WHITESPACE, fold_pattern
from pipeline.lang.value_words import (
    earlier_label,
    in_units,
)
from pipeline.models import Attribute, AttributeKind, Heading, Mention, Problem, Severity, Value
from sources.base import Document
from sources.items import told_in_parens
from sources.layouts._headings import group_label
from sources.layouts._records import parse_span
from sources.layouts._table_blocks import (
    _block_width,
    _header_count,
    _labels,
    _last_data_row,
    _unfolded,
    _unlabelled_block_width,
)
from sources.layouts._table_cell_values import (
    _DASHES_RE,
    _INDEX_MARK_RE,
    MIN_ROWS,
    _bracketed,
    _cell_values,
    _section_row,
    _text,
    header_unit,
)
from sources.layouts._table_enumerated import TCell, split_cells
from sources.layouts._table_header_words import _cell_kind
from sources.layouts._table_kinds import _a_grid_of_names, _classify, _Columns, _labelled_rows

# a row that totals the table ("合計", "Total"): its count is the table's, it is no item
_TOTAL_ROW_RE = re.compile(
    fold_pattern(r"^(?:合計|總計|共計|總數|小計|計|共)$") + r"|^(?:合計|総計|総数|計)$|^(?:sub)?totals?$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class TableReading:
    mentions: list[Mention] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    extra_columns: int = 0  # value, attribute and group columns read


def _grid_mentions(doc: Document, body: Sequence[Sequence[TCell | None]], cols: _Columns) -> list[Mention]:
    """The names of a table with row labels, row by row, each filed under its row's label."""
    one = _Columns(0, None, (), (), None, None)
    mentions: list[Mention] = []
    for row in body:
        label = group_label(_text(row[cols.name])) if cols.name < len(row) and row[cols.name] else ""
        for c in cols.attributes:
            cell = row[c] if c < len(row) else None
            if cell is not None and _text(cell) and (m := _row_mention(doc, [cell], one, [""], label)):
                mentions.append(m)
    return mentions


def read_table(
    doc: Document,
    rows: Sequence[Sequence[TCell | None]],
    *,
    layout: str,
    group: str = "",
    captioned: bool = False,
) -> TableReading:
    """Items of one table: ``rows`` are its rows of cells (``None`` where a row has no cell);
    ``captioned``: the table sits under the heading of its group, and a column of repeated words
    describes its rows rather than files them."""
    reading = TableReading()
    width = max((len(r) for r in rows), default=0)
    if width < 1 or len(rows) < MIN_ROWS:
        return reading
    n_header = _header_count(rows, width)
    rows = split_cells(rows, n_header, doc.text)  # "甲國、乙國" in one cell: a row per name
    width = max(len(r) for r in rows)
    header, body_rows = rows[:n_header], rows[n_header:]
    labels = _labels(header, width)
    block = _block_width(labels) if any(labels) else _unlabelled_block_width(body_rows, width)
    if block < width:  # "經濟體 稅率 經濟體 稅率": items side by side, read row by row, left to right
        body_rows = _unfolded(body_rows, block, width)
        labels, width = labels[:block], block
    data = [r for r in body_rows if width == 1 or _section_row(r) is None]
    # rows of one cell across the table (``Full ban (12)``) file the rows under them: a column of repeated
    # words beside the names then describes each row (its region), as under a group's caption
    sectioned = width > 1 and any(_section_row(r) is not None for r in body_rows[: _last_data_row(body_rows)])
    cols = _classify(data, width, labels, captioned=captioned or sectioned)
    if cols is None or len(data) < MIN_ROWS:
        return reading
    if _a_grid_of_names(data, labels, cols):
        # names laid out in rows of several (no header, no values): every cell an item, row by row
        cells = list(dict.fromkeys(c for row in body_rows for c in row if c is not None and _text(c)))
        body_rows = [[c] for c in cells]
        cols, labels, width = _Columns(0, None, (), (), None, None), [""], 1
    if _labelled_rows(data, labels, cols):
        # "甲組 | A | B | C": every cell beside a row's label is an item filed under it
        reading.mentions = _grid_mentions(doc, data, cols)
        reading.extra_columns = 1
        return reading
    reading.extra_columns = len(cols.values) + len(cols.attributes) + (cols.group is not None)
    current = group
    mentions: list[Mention] = []
    seen: set[int] = set()
    for row in body_rows:
        section = _section_row(row) if width > 1 else None
        if section is not None:
            current = group_label(_text(section))
            counts = find_counts(_text(section))
            reading.headings.append(
                Heading(
                    doc.id,
                    _text(section),
                    None,
                    counts[0].value if counts else None,
                    section.start,
                    section.end,
                    current,
                )
            )
            continue
        name_cell = row[cols.name] if cols.name < len(row) else None
        if name_cell is not None and _TOTAL_ROW_RE.match(_text(name_cell)):
            # "合計 | 5個經濟體": the table's own count, no item
            counts = find_counts(" ".join(_text(c) for c in dict.fromkeys(x for x in row if x is not None)))
            if counts:
                reading.headings.append(
                    Heading(
                        doc.id, _text(name_cell), None, counts[0].value, name_cell.start, name_cell.end, group
                    )
                )
            continue
        mention = _row_mention(doc, row, cols, labels, current)
        if mention is not None:
            mentions.append(mention)
        cell = row[cols.group] if cols.group is not None and cols.group < len(row) else None
        if cell is not None and id(cell) not in seen:
            seen.add(id(cell))
            counts = find_counts(_text(cell))
            if counts:
                label = group_label(_text(cell))
                reading.headings.append(
                    Heading(doc.id, _text(cell), None, counts[0].value, cell.start, cell.end, label)
                )
    last = max((m.start for m in mentions), default=-1)
    # a row of one cell after the last item is a note or a source line, not a group heading
    reading.headings = [h for h in reading.headings if h.stated is not None or h.start < last]
    reading.mentions = mentions
    if not reading.mentions:
        reading.problems.append(
            Problem(doc.id, "empty-table", Severity.INFO, f"{layout}: a table without items")
        )
    return reading


def _glued_label(text: str) -> str:
    """The label glued before a cell's number (``金`` of ``金40``), "" for none."""
    labelled = labelled_cell(text)
    return labelled[0] if labelled is not None else ""


def _row_mention(
    doc: Document, row: Sequence[TCell | None], cols: _Columns, labels: list[str], group: str
) -> Mention | None:
    cell = row[cols.name] if cols.name < len(row) else None
    if cell is None or not _text(cell):
        return None
    mark = _INDEX_MARK_RE.match(cell.text)
    start = cell.start + (mark.end() if mark else 0)
    # beside a column of posts, what the parentheses after a name say is the person's ("山田太郎（62）衆院")
    told = told_in_parens(doc.text, start, cell.end) if cols.titled else None
    parts = parse_span(doc.text, start, told[0] if told is not None else cell.end)
    if parts.empty:
        return None
    if told is not None:
        parts = replace(parts, attributes=(*parts.attributes, *told[1]))
    if cols.translation is not None and cols.translation < len(row) and row[cols.translation] is not None:
        other = _text(row[cols.translation])
        if EAST_ASIAN_RE.search(other) and not parts.name_zh:
            parts = replace(parts, name_zh=other)
        elif not EAST_ASIAN_RE.search(other) and not parts.name_en:
            parts = replace(parts, name_en=other)
    values = list(parts.values)
    for c in cols.values:
        v = row[c] if c < len(row) else None
        if v is None:
            continue
        lead = len(v.text) - len(v.text.lstrip(WHITESPACE + "\n"))
        own = [label for label, _ in _bracketed(_text(v))]  # the parts' own labels: "甲票12"
        in_cell = _cell_values(_text(v))
        for k, found in enumerate(in_cell):
            offset = v.start + lead + found.start
            header = labels[c] or _glued_label(_text(v))
            dated = earlier_label(_text(v)[in_cell[k - 1].end : found.start]) if k else ""
            label = header if k == 0 else (own[k] if k < len(own) else dated or f"{header} ({k + 1})".strip())
            number, unit = found.number, found.unit
            # "500" under "Pledge (US$ million)": 500,000,000 USD ("14.51億" says its own scale)
            if not unit and number is not None and not says_scale(found.raw):
                number, unit = in_units(number, header_unit(labels[c]))
            values.append(
                Value(
                    found.raw,
                    number,
                    unit,
                    label,
                    offset,
                    offset + len(found.raw),
                    found.low,
                    found.high,
                    found.approximate,
                )
            )
    attrs = list(parts.attributes)
    for c in cols.attributes:
        a = row[c] if c < len(row) else None
        if a is not None and _text(a) and not _DASHES_RE.fullmatch(_text(a).strip(WHITESPACE)):
            # a row's marker before its first cell is the row's, not the attribute's ("▽外相　張三")
            mark = _INDEX_MARK_RE.match(_text(a)) if c == 0 else None
            cut = mark.end() if mark is not None and mark.end() < len(_text(a)) else 0
            text, at = _text(a)[cut:], a.start + len(a.text) - len(a.text.lstrip(WHITESPACE + "\n")) + cut
            span = (at, at + len(text)) if cut else (a.start, a.end)
            kind = AttributeKind.TITLE if c in cols.titled else _cell_kind(labels[c], text)
            attrs.append(Attribute(kind, text, labels[c], *span))
    if cols.group is not None and cols.group < len(row) and row[cols.group] is not None:
        group = group_label(_text(row[cols.group])) or group
    if len(values) > len(parts.values) or len(attrs) > len(parts.attributes):
        parts = replace(parts, values=tuple(values), attributes=tuple(attrs))
    return parts.mention(doc.id, 0, category=None, start=cell.start, end=cell.end, group=group)
