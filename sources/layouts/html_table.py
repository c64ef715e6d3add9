"""Layout: organizations listed in a real HTML ``<table>``.

Two table shapes are read, both decided from the header row, never from the names:

- section columns: the header names a UN column and a non-UN column (``聯合國組織（共31個）`` /
  ``非聯合國組織（共35個）``), optionally after a label column; each following row is a category
  (its first cell a label such as ``X（共18個）``, or a row spanning the table) whose cells hold
  several items separated by ``、``, ``<br>`` or ``<li>``;
- name columns: the header names a number column, a Chinese-name column, an English-name column
  (and maybe acronym or note columns); one organization per row. The section comes from a row
  spanning the table or from the heading just above the table (``第一部分：聯合國機構(共計31個)``).

Offsets are into ``Document.text`` (the page text), using the spans ``sources.html`` recorded.
Item text is split into names by the parser every layout shares (``_common.parse_item``); this
module's ``parse_item`` adds the item's span within the page text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import Tag

from pipeline.models import Heading, Kind, Mention, Problem, Section, Severity
from sources.base import Document, Extraction
from sources.html import HtmlPage, page_of
from sources.layouts._common import parse_item as common_parse_item
from sources.layouts._common import split_cell, split_top_level
from sources.prose import (
    english_org_like,
    is_acronym,
    org_like_zh,
    section_cue,
    stated_count,
)

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
_COUNT_SUFFIX = re.compile(r"\s*[（(]\s*(?:共\s*計?\s*)?\d+\s*[個个項项家]?\s*[)）]\s*$")
_NUMBER = re.compile(r"^\s*(\d{1,3})\s*[.、．)）]?\s*$")
_LEADING_ENUMERATOR = re.compile(
    r"^\s*(?:\d{1,3}(?:[、.．)）:：]\s*|\s+)|[一二三四五六七八九十]{1,3}[、.．]\s*|[(（]\s*(?:\d{1,3}|[ivxlc]{1,5})\s*[)）]\s*"
    r"|(?:[ivxlc]{1,5})[.)]\s+|[●•·‧▪■□◆◇○◎※\-－—–*]\s*)",
    re.I,
)
_TRAILING = "；;。，,、 \u3000"
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")
# Detection confidence when a table of organizations is found.
CONFIDENCE = 0.95
MIN_ITEMS = 3


@dataclass(frozen=True, slots=True)
class ItemParts:
    """One list item, its names kept apart from annotations."""

    name_zh: str = ""
    name_en: str = ""
    acronym: str = ""
    aliases: tuple[str, ...] = ()
    note: str = ""
    parent: str = ""
    start: int = 0  # offsets of the item (without numbering and trailing punctuation)
    end: int = 0

    @property
    def is_org(self) -> bool:
        """Whether the item looks like an organization, not a sentence or a label."""
        if self.acronym or (self.name_zh and self.name_en):
            return True
        if self.name_zh:
            return org_like_zh(self.name_zh)
        return bool(self.name_en) and english_org_like(self.name_en)


def parse_item(text: str, offset: int = 0) -> ItemParts | None:
    """Split one list item into names, acronym, aliases, note and parent; None when empty.

    ``offset`` is where ``text`` starts in the document, so the result's span is absolute. A leading
    enumerator (``1、``, ``(2)``) and trailing punctuation are left out of the span; the names come
    from the item parser every layout shares (``sources.layouts._common.parse_item``).
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
    within those the ``、`` enumeration every layout splits the same way (``_common.split_cell``)."""
    return [piece for a, b in split_top_level(text, "\n；;") for piece in split_cell(text, a, b)]


# --------------------------------------------------------------------------- table reading


@dataclass(slots=True)
class _Cell:
    tag: Tag
    column: int
    span: int
    text: str
    start: int
    end: int
    header: bool


@dataclass(slots=True)
class _Reading:
    mentions: list[Mention] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _rows(table: Tag, page: HtmlPage, text: str) -> list[list[_Cell]]:
    rows: list[list[_Cell]] = []
    for tr in table.find_all("tr"):
        if not isinstance(tr, Tag) or tr.find_parent("table") is not table:
            continue
        cells: list[_Cell] = []
        column = 0
        for cell in tr.find_all(["td", "th"], recursive=False):
            if not isinstance(cell, Tag):
                continue
            try:
                width = max(1, int(str(cell.get("colspan") or 1)))
            except ValueError:
                width = 1
            span = page.span(cell)
            if span is None:
                column += width
                continue
            start, end = span
            in_head = tr.parent is not None and tr.parent.name == "thead"
            cells.append(
                _Cell(cell, column, width, text[start:end], start, end, cell.name == "th" or in_head)
            )
            column += width
        if cells:
            rows.append(cells)
    return rows


def _width(rows: list[list[_Cell]]) -> int:
    return max((c.column + c.span for row in rows for c in row), default=0)


def _column_roles(row: list[_Cell]) -> dict[int, str]:
    roles: dict[int, str] = {}
    for cell in row:
        label = cell.text.strip()
        for role, pattern in _HEADER_WORDS:
            if pattern.search(label):
                roles[cell.column] = role
                break
    return roles


def _section_columns(row: list[_Cell]) -> dict[int, tuple[Section, int | None, _Cell]]:
    columns: dict[int, tuple[Section, int | None, _Cell]] = {}
    for cell in row:
        section = section_cue(cell.text)
        if section is not None and len(cell.text) <= 40:
            columns[cell.column] = (section, stated_count(cell.text), cell)
    return columns


def _heading_before(doc: Document, table_start: int, floor: int) -> tuple[str, int, int] | None:
    """The nearest short line above the table that names a section."""
    text = doc.text
    lines_end = table_start
    position = text.rfind("\n", floor, lines_end)
    steps = 0
    while steps < 6:
        line_start = text.rfind("\n", floor, position) + 1 if position > floor else floor
        line = text[line_start : max(position, line_start)]
        if line.strip() and len(line.strip()) <= 60 and section_cue(line) is not None:
            offset = line_start + (len(line) - len(line.lstrip()))
            return line.strip(), offset, offset + len(line.strip())
        if position <= floor:
            break
        position = line_start - 1
        steps += 1
    return None


def category_label(label: str) -> str:
    """A category label without its stated count: ``X（共18個）`` -> ``X``."""
    return _COUNT_SUFFIX.sub("", label).strip(" ：:")


class _TableReader:
    def __init__(self, doc: Document, page: HtmlPage) -> None:
        self.doc = doc
        self.page = page
        self.reading = _Reading()
        self.position = 0

    def _mention(
        self, parts: ItemParts, *, section: Section | None, category: str | None, start: int, end: int
    ) -> None:
        self.position += 1
        self.reading.mentions.append(
            Mention(
                article=self.doc.id,
                kind=Kind.LIST,
                position=self.position,
                section=section,
                category=category,
                name_zh=parts.name_zh,
                name_en=parts.name_en,
                acronym=parts.acronym,
                aliases=parts.aliases,
                note=parts.note,
                start=start,
                end=end,
                parent=parts.parent,
            )
        )

    def _heading(
        self,
        label: str,
        section: Section | None,
        category: str | None,
        stated: int | None,
        start: int,
        end: int,
    ) -> None:
        self.reading.headings.append(Heading(self.doc.id, label, section, category, stated, start, end))

    def read(self, table: Tag, floor: int) -> int:
        """Read one table; the number of items found."""
        rows = _rows(table, self.page, self.doc.text)
        if len(rows) < 2:
            return 0
        header_index = next(
            (i for i, row in enumerate(rows[:3]) if _section_columns(row) or len(_column_roles(row)) >= 2),
            None,
        )
        if header_index is None:
            return 0
        header = rows[header_index]
        sections = _section_columns(header)
        before = len(self.reading.mentions)
        if len(sections) >= 1 and not _column_roles_are_names(header):
            self._read_section_columns(rows[header_index + 1 :], header, sections)
        else:
            self._read_name_columns(rows[header_index + 1 :], _column_roles(header), table, floor)
        return len(self.reading.mentions) - before

    # -- section columns ---------------------------------------------------------
    def _read_section_columns(
        self,
        rows: list[list[_Cell]],
        header: list[_Cell],
        sections: dict[int, tuple[Section, int | None, _Cell]],
    ) -> None:
        for section, stated, cell in sections.values():
            self._heading(cell.text.strip(), section, None, stated, cell.start, cell.end)
        width = _width([header, *rows])
        category: str | None = None
        for row in rows:
            label_cells = [c for c in row if c.column not in sections]
            if len(row) == 1 and row[0].span >= width - 1 and section_cue(row[0].text) is None:
                cell = row[0]
                category = category_label(cell.text)
                self._heading(category, None, category, stated_count(cell.text), cell.start, cell.end)
                continue
            if label_cells and label_cells[0].column < min(sections):
                cell = label_cells[0]
                if cell.text.strip():
                    category = category_label(cell.text)
                    self._heading(category, None, category, stated_count(cell.text), cell.start, cell.end)
            for cell in row:
                if cell.column not in sections:
                    continue
                section = sections[cell.column][0]
                self._read_cell_items(cell, section=section, category=category)

    def _read_cell_items(self, cell: _Cell, *, section: Section | None, category: str | None) -> None:
        items = [li for li in cell.tag.find_all("li") if isinstance(li, Tag) and li.find("li") is None]
        text = self.doc.text
        if items:
            for li in items:
                span = self.page.span(li)
                if span is None:
                    continue
                parts = parse_item(text[span[0] : span[1]], span[0])
                if parts is not None:
                    self._mention(parts, section=section, category=category, start=parts.start, end=parts.end)
            return
        for a, b in split_items(cell.text):
            parts = parse_item(cell.text[a:b], cell.start + a)
            if parts is not None:
                self._mention(parts, section=section, category=category, start=parts.start, end=parts.end)

    # -- name columns ------------------------------------------------------------
    def _read_name_columns(
        self, rows: list[list[_Cell]], roles: dict[int, str], table: Tag, floor: int
    ) -> None:
        text = self.doc.text
        table_span = self.page.span(table)
        section: Section | None = None
        category: str | None = None
        if table_span is not None:
            above = _heading_before(self.doc, table_span[0], floor)
            if above is not None:
                label, start, end = above
                section = section_cue(label)
                self._heading(label, section, None, stated_count(label), start, end)
        caption = table.find("caption")
        if isinstance(caption, Tag) and (span := self.page.span(caption)) and section_cue(caption.get_text()):
            label = text[span[0] : span[1]]
            section = section_cue(label)
            self._heading(label, section, None, stated_count(label), span[0], span[1])
        width = _width(rows)
        for row in rows:
            if len(row) == 1 and (row[0].span >= max(2, width - 1) or width <= 1):
                cell = row[0]
                label = cell.text.strip()
                cue = section_cue(label)
                if cue is not None:
                    section, category = cue, None
                    self._heading(label, cue, None, stated_count(label), cell.start, cell.end)
                elif label:
                    category = category_label(label)
                    self._heading(category, None, category, stated_count(label), cell.start, cell.end)
                continue
            if len(_column_roles(row)) >= 2 and all(c.header for c in row):
                continue  # a repeated header row
            self._name_row(row, roles, section=section, category=category)

    def _name_row(
        self, row: list[_Cell], roles: dict[int, str], *, section: Section | None, category: str | None
    ) -> None:
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
        parts = ItemParts(name_zh, name_en, acronym, aliases, "；".join(notes), parent, start, end)
        if not (name_zh or name_en or acronym):
            return
        self._mention(parts, section=section, category=category, start=start, end=end)


def _column_roles_are_names(header: list[_Cell]) -> bool:
    roles = set(_column_roles(header).values())
    return bool(roles & {COL_NUMBER, COL_EN}) and section_cue(" ".join(c.text for c in header)) is None


def _tables(page: HtmlPage) -> list[Tag]:
    return [t for t in page.root.find_all("table") if isinstance(t, Tag) and page.span(t) is not None]


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
    """Organizations in an HTML ``<table>`` (section columns or name columns)."""

    name: str = "html-table"
    description: str = (
        "HTML <table>: UN / non-UN columns with category rows, or number / Chinese / English name columns"
    )
    min_items: int = MIN_ITEMS

    def detect(self, doc: Document) -> float:
        reading = _read(doc)
        if reading is None:
            return 0.0
        count = len(reading.mentions)
        if count >= self.min_items:
            return CONFIDENCE
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
