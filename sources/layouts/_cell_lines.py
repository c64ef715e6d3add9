"""A table pasted one cell a line, a line holding only a bar between each cell and the next (a web
table copied into a text editor): ``國家`` / ``|`` / ``金牌`` / ``|`` / … / ``甲國`` / ``|`` / ``46`` / ….

The cells run on with no mark where a row ends, so the run's width is found from its cells: the one width
that cuts them into whole rows, a header row of words over at least ``MIN_ROWS`` rows, every column of the
body rows of one kind (a figure in each row, or words in each row), some column of figures and the first
of words. Copied with no bar at all, the cells stand one a line with no blank between (``國家`` / ``稅率`` /
``甲國`` / ``46%`` / …; ``_cell_lines_bare.py``): such a run is a table only where its first line is a
column's header word, and its width is that of its header row where no figure column tells it. A run
that no width or more than one cuts so is left unread (a table read in the wrong width would give each
name another's figures). Used by the text-table layout (``text_table.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lang.row_values import plain_value
from pipeline.lang.scripts import WHITESPACE
from sources.layouts._cell_lines_bare import bare_runs, header_width
from sources.layouts._lines import Line
from sources.layouts._table_enumerated import TCell

MIN_ROWS = 3
MAX_WIDTH = 12
MAX_CELL_CHARS = 40
_BAR_LINE_RE = re.compile(r"[|｜│]")
# a sentence after the last bar (a pasted table may end with one): its full stop or pause, no cell
_SENTENCE_RE = re.compile(r"[。！？，；]|[.!?]$")


def cell_line_tables(lines: Sequence[Line]) -> list[list[list[TCell]]]:
    """The tables pasted one cell a line among ``lines``: each a header row then its body rows."""
    out = []
    bare = bare_runs(lines)
    for cells in [*_runs(lines), *bare]:
        width = _width(cells) or (header_width(cells) if cells in bare else None)
        if width is not None:
            rows = [cells[k : k + width] for k in range(0, len(cells), width)]
            out.append([[TCell(c.text, c.start, c.end, header=True) for c in rows[0]], *rows[1:]])
    return out


def _runs(lines: Sequence[Line]) -> list[list[TCell]]:
    """Runs of short lines, each parted from the next by a line of a bar alone (blank lines aside); a
    sentence ends a run."""
    runs: list[list[TCell]] = []
    current: list[TCell] = []
    bar = False  # the last line read was a bar: a cell comes next
    for line in lines:
        text = line.text.strip(WHITESPACE)
        if not text:
            continue
        if _BAR_LINE_RE.fullmatch(text) and current and not bar:
            bar = True
            continue
        start = line.start + len(line.text) - len(line.text.lstrip(WHITESPACE))
        cell = TCell(text, start, start + len(text))
        short = len(text) <= MAX_CELL_CHARS and not _SENTENCE_RE.search(text)
        if bar and short:
            current.append(cell)
        else:
            runs.append(current)
            current = [cell] if short else []
        bar = False
    runs.append(current)
    return [r for r in runs if len(r) >= 2 * (MIN_ROWS + 1)]


def _figure(cell: TCell) -> bool:
    return plain_value(cell.text) is not None


def _width(cells: Sequence[TCell]) -> int | None:
    """The one width that cuts ``cells`` into a header of words over body rows with columns of one kind
    each, a column of figures among them and words first; None when none does, or several."""
    fits = [w for w in range(2, MAX_WIDTH + 1) if _fits(cells, w)]
    return fits[0] if len(fits) == 1 else None


def _fits(cells: Sequence[TCell], width: int) -> bool:
    if len(cells) % width or len(cells) // width < MIN_ROWS + 1:
        return False
    rows = [[_figure(c) for c in cells[k : k + width]] for k in range(0, len(cells), width)]
    header, body = rows[0], rows[1:]
    kinds = [{r[col] for r in body} for col in range(width)]
    return (
        not any(header)
        and all(len(k) == 1 for k in kinds)
        and kinds[0] == {False}
        and any(k == {True} for k in kinds)
    )
