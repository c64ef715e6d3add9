"""A table copied column by column: its header row on one line (``國家　對美關稅　對等關稅``), then each
column's cells one a line below it, with no blank between (the names, then the first column's figures,
then the second's). Read back into rows only where the run fits the header exactly: as many header cells
as columns, the first column's cells words, every other cell a figure, and the run as long as the
columns times the names; else left unread (read in another cut, each name would take another's
figures). Used by the text-table layout (``text_table.py``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lang.row_values import plain_value
from pipeline.lang.scripts import WHITESPACE
from sources.layouts._lines import Line
from sources.layouts._table_enumerated import TCell
from sources.layouts._table_header_words import HEADER_WORDS_RE

MIN_ROWS = 3
MAX_CELL_CHARS = 40
_HEADER_SPLIT_RE = re.compile(r"\t+|\u3000+|[ \u00a0]{2,}")  # what parts the header row's cells


def _cell(line: Line) -> TCell:
    text = line.text.strip(WHITESPACE)
    start = line.start + len(line.text) - len(line.text.lstrip(WHITESPACE))
    return TCell(text, start, start + len(text))


def _header(line: Line) -> list[TCell]:
    cells, pos = [], 0
    for piece in _HEADER_SPLIT_RE.split(line.text):
        at = line.text.index(piece, pos) if piece else pos
        pos = at + len(piece)
        if piece.strip(WHITESPACE):
            cells.append(TCell(piece.strip(WHITESPACE), line.start + at, line.start + pos, header=True))
    return cells


def _run(lines: Sequence[Line], k: int) -> list[TCell]:
    """The lines under line ``k`` up to the first blank, each a cell."""
    out = []
    for line in lines[k + 1 :]:
        text = line.text.strip(WHITESPACE)
        if not text or len(text) > MAX_CELL_CHARS:
            break
        out.append(_cell(line))
    return out


def column_tables(lines: Sequence[Line]) -> list[list[list[TCell]]]:
    """The tables copied column by column among ``lines``: each its header row, then its rows."""
    out = []
    for k, line in enumerate(lines):
        header = _header(line)
        if len(header) < 2 or not HEADER_WORDS_RE.match(header[0].text):  # noqa: PLR2004
            continue
        cells = _run(lines, k)
        names = next((n for n, c in enumerate(cells) if plain_value(c.text) is not None), len(cells))
        if names < MIN_ROWS or len(cells) != names * len(header):
            continue
        if any(plain_value(c.text) is None for c in cells[names:]):
            continue
        rows = [[cells[col * names + row] for col in range(len(header))] for row in range(names)]
        out.append([header, *rows])
    return out
