"""How a line of a plain-text table splits into cells: at tabs, wide spaces or runs of spaces, at bars
(``| 日本 | 25% |``, ``国名｜税率``), or after a short name and a colon or a dash before its value
(``日本：25%（原24%）``, ``Japan — 25%``, ``甲國：二成``, ``甲國：待定``). Read by ``text_table``."""

from __future__ import annotations

import re

from pipeline.lang.group_cues import NO_VALUE_AFTER_COLON_RE
from pipeline.lang.scripts import WHITESPACE
from pipeline.lang.worded_rates import worded_rates
from sources.layouts._tables import TCell

_CELL_SEP_RE = re.compile(r"\t+|\u3000+|[ \u00a0]{2,}")


# a Markdown-style row ``| 日本 | 25% |`` and its rule row ``| --- | ---: |``
_PIPE_ROW_RE = re.compile(r"^\|.*\|$")
RULE_ROW_RE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")
# ``日本：25%（原24%）``, ``Japan — 25%``: a short name (up to 24 characters; a name in Latin letters, words
# being longer, up to 48: ``Democratic Republic of the Congo``), a colon or a dash, then a value
_KEY = (
    r"^([^：:，,。；;！？!?\s][^：:，,。；;！？!?]{0,23}?|[A-Za-z\u00c0-\u024f][\w'’.,()&\- ]{24,47}?)"
    r"(?:\s*[：:]\s*|\s+[—–\-－]\s+|\s*(?:——|──)\s*)"
)
_KEY_VALUE_RE = re.compile(_KEY + r"(?=[+\-]?[0-9０-９$¥€£])")
# the same with a rate in words after the colon (``甲國：二成``, ``Aland: forty percent``)
_KEY_WORDED_RE = re.compile(_KEY)


_BAR_RE = re.compile(r"\s*[|｜│]\s*")  # a bar between cells: ASCII, fullwidth or box-drawing


def line_cells(text: str, start: int, end: int) -> list[TCell]:
    line = text[start:end]
    if _PIPE_ROW_RE.match(line) or _BAR_RE.search(line.strip(WHITESPACE + "|｜│")):
        return _split(text, start, end, _BAR_RE)  # "| 日本 | 25% |", "国名｜税率"
    if (kv := _KEY_VALUE_RE.match(line) or _worded_key(line) or _blank_key(line)) is not None:
        return [TCell(kv.group(1), start, start + kv.end(1)), *_cells_by_blanks(text, start + kv.end(), end)]
    return _cells_by_blanks(text, start, end)


def _worded_key(line: str) -> re.Match[str] | None:
    """``name：value`` where the value is a rate in words, read as the same two cells."""
    kv = _KEY_WORDED_RE.match(line)
    if kv is None:
        return None
    worded = worded_rates(line[kv.end() :])
    return kv if worded and worded[0][2] == 0 else None


def _blank_key(line: str) -> re.Match[str] | None:
    """``name：－``, ``name：待定``: a name whose value the row says it has not got, read as two cells (the
    row of the table, not a section row)."""
    kv = _KEY_WORDED_RE.match(line)
    blank = NO_VALUE_AFTER_COLON_RE.search(line)
    return kv if kv is not None and blank is not None and blank.start() == kv.end(1) else None


def _split(text: str, start: int, end: int, sep: re.Pattern[str]) -> list[TCell]:
    cells, pos = [], start
    for m in sep.finditer(text, start, end):
        if m.start() > pos:
            cells.append(TCell(text[pos : m.start()], pos, m.start()))
        pos = m.end()
    if end > pos:
        cells.append(TCell(text[pos:end], pos, end))
    return [c for c in cells if c.text.strip(WHITESPACE)]


def _cells_by_blanks(text: str, start: int, end: int) -> list[TCell]:
    return _split(text, start, end, _CELL_SEP_RE)
