"""Plain-text tables: columns separated by tabs, fullwidth spaces, runs of spaces or ``|``, and
``name：value`` lines.

``國家　對等關稅　美國課徵稅率`` over ``甲國　90%　46%``: a run of at least ``MIN_ROWS`` lines that split into
the same number of cells (two or more) is a table; a line of one short cell inside the run is a section
row (a group label). The cells go to the content-based table reader (``_tables.read_table``), which
finds the name column, the value columns with their header labels, attributes and groups.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from pipeline.lang.bands import band_of
from pipeline.lang.count_binding import lead_in_counts
from pipeline.lang.count_lines import total_line
from pipeline.lang.counts import find_counts
from pipeline.lang.posts import CREDIT_WORD_RE
from pipeline.lang.scripts import COLUMN_GAP, WHITESPACE
from pipeline.models import Heading
from sources.base import Document, Extraction
from sources.layouts._band_rows import only_a_mark, with_band_rows
from sources.layouts._cell_columns import column_tables
from sources.layouts._cell_lines import cell_line_tables
from sources.layouts._headings import group_label, is_heading_text, ordinal_heading
from sources.layouts._lines import body_lines
from sources.layouts._memo import per_document
from sources.layouts._table_header_words import caption
from sources.layouts._tables import TableReading, TCell, read_table
from sources.layouts._text_table_cells import RULE_ROW_RE, line_cells
from sources.layouts._ties import tie_line

NAME = "text-table"
MIN_ROWS = 3
MAX_SECTION_CHARS = 30
MAX_GAP_LINES = 1  # blank lines allowed between two rows of one table
# what a line of two cells or more holds: a cell separator, a ``|`` or a ``name：value`` colon
_MAY_SPLIT_RE = re.compile(r"[\t\u3000|｜│：:]|[ \u00a0]{2}|\s[—–\-－]\s|——|──")


def _few_rows(doc: Document) -> bool:
    """Fewer than ``MIN_ROWS`` body lines could split into cells: no table (``_runs`` finds none)."""
    return sum(1 for line in body_lines(doc) if _MAY_SPLIT_RE.search(line.text)) < MIN_ROWS


def _runs(doc: Document) -> list[tuple[list[list[TCell]], TCell | None, TCell | None]]:
    """Runs of lines that split into several cells, with their one-cell section rows; for a run with
    section rows, the heading line right above its first rows (the first group's label); and the line
    under its last row that states its total (``（共計五國）``), if any."""
    runs: list[list[list[TCell]]] = []
    current: list[list[TCell]] = []
    gap = 0
    headline = _headline_start(doc)
    for line in body_lines(doc):
        s = line.start + len(line.text) - len(line.text.lstrip(WHITESPACE))
        e = line.start + len(line.text.rstrip(WHITESPACE))
        if RULE_ROW_RE.match(doc.text[s:e]) and e > s:
            if len(current) == 1:  # the rule under a Markdown table's header: the row above is its header
                current[0] = [replace(c, header=True) for c in current[0]]
            continue
        if s == headline:  # the headline: no row of a table, whatever wide blanks part it
            if current:
                runs.append(current)
            current, gap = [], 0
            continue
        cells = line_cells(doc.text, s, e) if e > s else []
        if len(cells) == 1 and only_a_mark(cells[0]):
            continue  # "-" alone on its line between the rows: a bullet, no section row
        if len(cells) >= 2:
            current.append(cells)
            gap = 0
        elif len(cells) == 1 and any(len(r) >= 2 for r in current) and _said_of_row(cells[0].text):
            continue  # "甲國是首個達成協議的國家。": a sentence about the row above, no section row
        elif len(cells) == 1 and current and len(cells[0].text) <= MAX_SECTION_CHARS:
            current.append(cells)
            gap = 0
        elif not cells and current and gap < MAX_GAP_LINES:
            gap += 1
        else:
            if current:
                runs.append(current)
            current, gap = ([cells] if len(cells) == 1 and len(cells[0].text) <= MAX_SECTION_CHARS else []), 0
    if current:
        runs.append(current)
    out = []
    for run in (with_band_rows(doc.text, r) for r in map(_without_datelines, runs)):
        total: TCell | None = None
        while run and len(run[-1]) == 1:
            last = run.pop()[0]
            total = last if total is None and total_line(last.text.strip(WHITESPACE)) is not None else total
        lead: TCell | None = None
        while run and len(run[0]) == 1:
            lead = run.pop(0)[0]
        widths = Counter(len(r) for r in run if len(r) >= 2)
        if not widths:
            continue
        width, n = widths.most_common(1)[0]
        if n >= MIN_ROWS:
            grouped = any(len(r) == 1 for r in run)
            first = lead if grouped and lead is not None and _heads(lead, run) else None
            out.append(([r for r in run if len(r) in (1, width)], first, total))
    return out


def _headline_start(doc: Document) -> int:
    """Where the article's headline starts when it is the text's first line (``甲国で内閣改造　新閣僚4人``),
    else -1 (a title guessed from a line further down may be a row)."""
    opening = len(doc.text) - len(doc.text.lstrip(WHITESPACE))
    title = doc.title.strip(WHITESPACE)
    return opening if title and doc.text.startswith(title, opening) else -1


# a sentence's end: a full stop after words ("甲國是首個達成協議的國家。", "Aland signed first.")
_SENTENCE_END_RE = re.compile(r"[^\s\d０-９][。！？]\s*$|[a-z]{2}[.!?]\s*$")


def _said_of_row(text: str) -> bool:
    """A one-cell line inside a run that is a sentence (said of the row above it), not a section row
    nor the run's total (``合計五國。``)."""
    s = text.strip(WHITESPACE)
    return _SENTENCE_END_RE.search(s) is not None and total_line(s) is None


def _heads(lead: TCell, run: list[list[TCell]]) -> bool:
    """The line above a run heads its first group: a heading by its words, or set as the run's section
    rows are, after the same symbol (``■アジア`` above the rows, ``■欧州`` among them) or as bands of
    values, or numbered as a part (``一、亞洲``)."""
    mark = lead.text[:1]
    alike = bool(mark) and not mark.isalnum() and any(len(r) == 1 and r[0].text[:1] == mark for r in run)
    # or a band of values, as the section rows are (``時薪15美元或以上`` above, ``時薪低於15美元`` among them)
    banded = band_of(lead.text) is not None and any(len(r) == 1 and band_of(r[0].text) for r in run)
    return alike or banded or is_heading_text(lead.text) or ordinal_heading(lead.text)


# a full date in a cell ("2031年5月2日", "2031-05-02"): the article's dateline when few rows hold one
_FULL_DATE_RE = re.compile(
    r"(?<!\d)\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号號]|[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d{1,2}(?!\d))"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b"
    r"|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}\b"
)
DATED_ROWS_SHARE = 1 / 3  # above it, dates are a column of the table


def _without_datelines(run: list[list[TCell]]) -> list[list[TCell]]:
    """The run without the dateline rows it took in (``2031年5月2日　甲報`` above a table), unless dates
    are a column of its own (most rows have one)."""
    dated = [len(r) >= 2 and any(_FULL_DATE_RE.search(c.text) for c in r) for r in run]
    if not any(dated) or sum(dated) > DATED_ROWS_SHARE * sum(len(r) >= 2 for r in run):
        return run
    return [r for r, d in zip(run, dated, strict=True) if not d]


def _key_value_lines(doc: Document, run: list[list[TCell]]) -> bool:
    """The run's rows are ``name：value`` lines (their first cell ends at a colon or a dash)."""
    rows = [r for r in run if len(r) >= 2]
    return bool(rows) and all(_KEY_VALUE_SEP_RE.fullmatch(doc.text, r[0].end, r[1].start) for r in rows)


def gapped_rows(text: str, run: list[list[TCell]]) -> bool:
    """Every row of several cells parts them by the gap an HTML page's text keeps of a run of ideographic
    spaces (``柬埔寨　　49%　　97%<br>``, see ``sources.html_text``): a table printed as lines."""
    rows = [r for r in run if len(r) >= 2]
    return bool(rows) and all(
        COLUMN_GAP in text[a.end : b.start] for r in rows for a, b in zip(r, r[1:], strict=False)
    )


_KEY_VALUE_SEP_RE = re.compile(r"\s*(?:[：:]|[—–\-－]|——|──)\s*")


HTML_CEILING = 0.45  # below the HTML layouts: a page's own elements say more than its lines


@per_document
def _read(doc: Document) -> list[TableReading]:
    """The tables of a text article; of an HTML page, only runs of ``name：value`` paragraphs (its tables
    are its ``<table>`` elements, read by the HTML layouts)."""
    out = []
    floor = 0
    # too few lines to split into cells: no table of rows, though one of a cell a line may be there
    for run, lead, total in [] if _few_rows(doc) else _runs(doc):
        if doc.format == "html" and not (_key_value_lines(doc, run) or gapped_rows(doc.text, run)):
            continue
        if _credits(run) or _ties_inside(doc, run):
            continue
        width = max(len(r) for r in run)
        rows: list[list[TCell | None]] = [
            [*r, *([None] * (width - len(r)))] if len(r) > 1 else [r[0]] * width for r in run
        ]
        reading = read_table(doc, rows, layout=NAME, group=group_label(lead.text) if lead else "")
        if lead is not None and reading.mentions:
            counts = find_counts(lead.text)
            stated = counts[0].value if counts else None
            label = group_label(lead.text)
            reading.headings.insert(0, Heading(doc.id, lead.text, None, stated, lead.start, lead.end, label))
        if _key_value_lines(doc, run) and not all(m.values for m in reading.mentions):
            reading = TableReading()  # "發布時間：2025-06-05": lines of labelled facts, not named values
        if reading.mentions:
            out.append(reading)
            line = caption(doc, run[0][0].start, floor, lead_in=True)
            counts = lead_in_counts(line[0]) if line else []
            if line and counts:
                reading.headings.insert(0, Heading(doc.id, line[0], None, counts[0].value, line[1], line[2]))
            elif total is not None and not any(
                h.stated is not None and not h.group for h in reading.headings
            ):
                stated = total_line(total.text.strip(WHITESPACE))
                reading.headings.append(Heading(doc.id, total.text, None, stated, total.start, total.end))
        floor = run[-1][-1].end
    if doc.format != "html":  # a table pasted one cell a line (a bar between cells or not), or by columns
        out.extend(
            r
            for rows in [*cell_line_tables(body_lines(doc)), *column_tables(body_lines(doc))]
            if (r := read_table(doc, rows, layout=NAME)).mentions
        )
    return out


def _ties_inside(doc: Document, run: list[list[TCell]]) -> bool:
    """A line of the run that is no row of cells names several items and closes on their figure
    (``3. Carpania, Dorland – 191`` among ``1. Aland – 193``): a ranking with its ties, one line a place,
    no table with a section row (the lists' readers part the tied names)."""
    ties = sum(len(r) == 1 and tie_line(doc.text, *_unmarked(doc.text, r[0])) for r in run)
    return 0 < 2 * ties <= len(run)  # on most lines, a name and what it belongs to: no ties (``_ties``)


def _unmarked(text: str, cell: TCell) -> tuple[int, int]:
    mark = _LINE_NUMBER_RE.match(text, cell.start, cell.end)
    return (mark.end() if mark else cell.start), cell.end


_LINE_NUMBER_RE = re.compile(r"\s*[0-9０-９]{1,3}[.．、)）]\s*")


def _credits(run: list[list[TCell]]) -> bool:
    """Every row opens with what a member of the outlet's staff did (``取材　甲``, ``写真　乙``): the
    article's credits, no table."""
    rows = [r for r in run if len(r) >= 2]  # noqa: PLR2004
    return bool(rows) and all(CREDIT_WORD_RE.fullmatch(r[0].text.strip(WHITESPACE + "：:")) for r in rows)


class TextTableLayout:
    name = NAME
    description = (
        "a plain-text table: columns separated by tabs, fullwidth spaces, runs of spaces or '|'; "
        "'name：value' lines"
    )

    def detect(self, doc: Document) -> float:
        readings = _read(doc)
        n = sum(len(r.mentions) for r in readings)
        if n < MIN_ROWS:
            return 0.0
        bonus = 0.05 if any(r.extra_columns for r in readings) else 0.0
        return round(min(HTML_CEILING if doc.format == "html" else 0.97, n / (n + 4) + bonus), 4)

    def extract(self, doc: Document) -> Extraction:
        readings = _read(doc)
        if sum(len(r.mentions) for r in readings) < MIN_ROWS:
            return Extraction(NAME)  # no table, as ``detect`` says
        return Extraction(
            NAME,
            tuple(m for r in readings for m in r.mentions),
            tuple(h for r in readings for h in r.headings),
            tuple(p for r in readings for p in r.problems),
        )


LAYOUTS = (TextTableLayout(),)
