"""Plain-text tables: columns separated by tabs, fullwidth spaces or runs of spaces.

``國家　對等關稅　美國課徵稅率`` over ``甲國　90%　46%``: a run of at least ``MIN_ROWS`` lines that split into
the same number of cells (two or more) is a table; a line of one short cell inside the run is a section
row (a group label). The cells go to the content-based table reader (``_tables.read_table``), which
finds the name column, the value columns with their header labels, attributes and groups.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.lang.counts import find_counts
from pipeline.lang.scripts import WHITESPACE
from pipeline.models import Heading
from sources.base import Document, Extraction
from sources.layouts._common import body_lines
from sources.layouts._memo import per_document
from sources.layouts._tables import TableReading, TCell, caption, read_table

NAME = "text-table"
MIN_ROWS = 3
MAX_SECTION_CHARS = 30
MAX_GAP_LINES = 1  # blank lines allowed between two rows of one table
_CELL_SEP_RE = re.compile(r"\t+|\u3000+|[ \u00a0]{2,}")


def _cells(text: str, start: int, end: int) -> list[TCell]:
    cells, pos = [], start
    for m in _CELL_SEP_RE.finditer(text, start, end):
        if m.start() > pos:
            cells.append(TCell(text[pos : m.start()], pos, m.start()))
        pos = m.end()
    if end > pos:
        cells.append(TCell(text[pos:end], pos, end))
    return [c for c in cells if c.text.strip(WHITESPACE)]


def _runs(doc: Document) -> list[list[list[TCell]]]:
    """Runs of lines that split into several cells, with their one-cell section rows."""
    runs: list[list[list[TCell]]] = []
    current: list[list[TCell]] = []
    gap = 0
    for line in body_lines(doc):
        s = line.start + len(line.text) - len(line.text.lstrip(WHITESPACE))
        e = line.start + len(line.text.rstrip(WHITESPACE))
        cells = _cells(doc.text, s, e) if e > s else []
        if len(cells) >= 2:
            current.append(cells)
            gap = 0
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
    for run in runs:
        while run and len(run[-1]) == 1:
            run.pop()
        while run and len(run[0]) == 1:
            run.pop(0)
        widths = Counter(len(r) for r in run if len(r) >= 2)
        if not widths:
            continue
        width, n = widths.most_common(1)[0]
        if n >= MIN_ROWS:
            out.append([r for r in run if len(r) in (1, width)])
    return out


@per_document
def _read(doc: Document) -> list[TableReading]:
    if doc.format == "html":
        return []
    out = []
    floor = 0
    for run in _runs(doc):
        width = max(len(r) for r in run)
        rows: list[list[TCell | None]] = [
            [*r, *([None] * (width - len(r)))] if len(r) > 1 else [r[0]] * width for r in run
        ]
        reading = read_table(doc, rows, layout=NAME)
        if reading.mentions:
            out.append(reading)
            line = caption(doc, run[0][0].start, floor)
            counts = find_counts(line[0]) if line else []
            if line and counts:
                reading.headings.insert(0, Heading(doc.id, line[0], None, counts[0].value, line[1], line[2]))
        floor = run[-1][-1].end
    return out


class TextTableLayout:
    name = NAME
    description = "a plain-text table: columns separated by tabs, fullwidth spaces or runs of spaces"

    def detect(self, doc: Document) -> float:
        readings = _read(doc)
        n = sum(len(r.mentions) for r in readings)
        if n < MIN_ROWS:
            return 0.0
        bonus = 0.05 if any(r.extra_columns for r in readings) else 0.0
        return round(min(0.97, n / (n + 4) + bonus), 4)

    def extract(self, doc: Document) -> Extraction:
        readings = _read(doc)
        return Extraction(
            NAME,
            tuple(m for r in readings for m in r.mentions),
            tuple(h for r in readings for h in r.headings),
            tuple(p for r in readings for p in r.problems),
        )


LAYOUTS = (TextTableLayout(),)
