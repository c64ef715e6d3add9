"""A table copied out of a web page with nothing between its cells: one cell a line, no blank line and
no bar between them, the header row's cells first (``國家`` / ``對美關稅`` / ``對等關稅`` / ``甲國`` /
``67%`` / ``34%`` / …). The runs are cut into rows by ``_cell_lines.py`` as a run parted by bars is."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lang.scripts import WHITESPACE
from sources.layouts._lines import Line
from sources.layouts._table_enumerated import TCell
from sources.layouts._table_header_words import HEADER_WORDS_RE, TITLE_HEADER_RE

MIN_CELLS = 8  # a header row of two cells over three rows at least
MIN_ROWS = 3
MAX_CELL_CHARS = 80  # a post spelt out in English (``Secretary General of the Committee for …``)
_BAR_RE = re.compile(r"[|｜│]")
# a sentence's full stop or pause: no cell
_SENTENCE_RE = re.compile(r"[。！？，；：:]|[.!?]$")


def bare_runs(lines: Sequence[Line]) -> list[list[TCell]]:
    """Runs of short lines with no blank line between them, none a sentence nor holding a bar, whose
    first line is a column's header word (``國家``, ``Country``, ``氏名``)."""
    runs: list[list[TCell]] = []
    current: list[TCell] = []
    for line in [*lines, None]:
        text = line.text.strip(WHITESPACE) if line is not None else ""
        cell = len(text) <= MAX_CELL_CHARS and not _SENTENCE_RE.search(text) and not _BAR_RE.search(text)
        if line is None or not text or not cell:
            if len(current) >= MIN_CELLS and HEADER_WORDS_RE.match(current[0].text):
                runs.append(current)
            current = []
            continue
        start = line.start + len(line.text) - len(line.text.lstrip(WHITESPACE))
        current.append(TCell(text, start, start + len(text)))
    return runs


def _header_word(text: str) -> bool:
    return HEADER_WORDS_RE.match(text) is not None or TITLE_HEADER_RE.fullmatch(text) is not None


def header_width(cells: Sequence[TCell]) -> int | None:
    """The width of a run of words alone (``Name`` / ``Position`` / ``Jane Roe`` / ``Minister of Finance``
    / …): its header row's cells, every one a header word, where they cut the run into whole rows of at
    least ``MIN_ROWS`` and no body row opens with a header word; else None."""
    width = 0
    while width < len(cells) and _header_word(cells[width].text):
        width += 1
    if width < 2 or len(cells) % width or len(cells) // width < MIN_ROWS + 1:
        return None
    body = range(width, len(cells), width)
    return None if any(_header_word(cells[k].text) for k in body) else width
