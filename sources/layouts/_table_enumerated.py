"""Cells that name several items (``寮國、緬甸``, ``Japan, South Korea``): each name becomes a row of its own
with the row's other cells, as a table of one name per row would print it (``split_cells``).

A column is read so when at least two of its cells, and a third of them, name several items, and every one
of its cells is names only (short pieces with letters, no sentence). A figure in parentheses after the
last name alone (``甲國、乙國、丙國（189）``) is the row's, shared by every name; one after each name
(``甲國（191）、乙國（190）``) is that name's: either becomes a cell of its own, in a column added after the
others. A closing word of examples after the last name (``甲國、乙國等``) is no part of it; a cell that
describes the rest (``其餘大多數國家``) in a row of no figure names no item.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from pipeline.lang.group_cues import DESCRIBED_ROW_EN_RE, DESCRIBED_ROW_ZH_RE
from pipeline.lang.leads import TRAILING_CLOSING_RE
from sources.item_titles import is_title
from sources.layouts._parens import split_top_level

SEPARATORS = "、，,；;"
MAX_PIECE_CHARS = 40
MIN_SPLIT_CELLS = 2  # cells naming several items for a column to be read so
MIN_SPLIT_SHARE = 1 / 3  # and this share of its cells
_SENTENCE_RE = re.compile(r"[。！？!?]|\s(?:is|are|was|were|has|have)\s")
# a figure in parentheses ending a name ("甲國（189）", "Aland (41%)")
_FIGURE_RE = re.compile(r"[（(]\s*([0-9０-９][0-9０-９.,，．]*\s*[%％]?)\s*[）)]")


@dataclass(frozen=True, slots=True, eq=False)
class TCell:
    """A table cell: its text as printed and where it stands in the document."""

    text: str
    start: int
    end: int
    header: bool = False
    rows: int = 1  # rows this cell spans (the same object stands in each of them)


_ORDINAL_MARK_RE = re.compile(r"\s*[一二三四五六七八九十]{1,3}、")


def _pieces(cell: TCell) -> list[tuple[int, int]] | None:
    """The spans (in the document) of the names a cell prints, or None when it holds anything else."""
    text = cell.text
    if _SENTENCE_RE.search(text):
        return None
    out = []
    marked = _ORDINAL_MARK_RE.match(text)  # "一、甲國": the row's number, no name beside the one after it
    for s, e in split_top_level(text, SEPARATORS):
        if marked is not None and e <= marked.end():
            continue
        piece = text[s:e]
        lead = len(piece) - len(piece.lstrip())
        piece = piece.strip()
        if not piece:
            continue
        if len(piece) > MAX_PIECE_CHARS or not any(ch.isalpha() for ch in piece):
            return None
        out.append((cell.start + s + lead, cell.start + s + lead + len(piece)))
    if len(out) > 1 and (closing := TRAILING_CLOSING_RE.search(text, out[-1][0] - cell.start)):
        # "甲國、乙國、丙國等": the closing word of examples ends the cell, no part of the last name
        if closing.start() > out[-1][0] - cell.start:
            out[-1] = (out[-1][0], cell.start + closing.start())
    return out


# a person's name printed surname first, as sanctions lists print it: "ROE, Jane", "Roe, Jane Mary"
_SURNAME_FIRST_RE = re.compile(
    r"(?P<surname>[A-Z][A-Za-z'’\-]+),\s+[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][\w'’\-.]*){0,2}"
)
# a header over people's names ("Name", "姓名", "氏名")
_NAME_HEADER_RE = re.compile(r"^(?:full\s+)?names?$|^persons?$|^individuals?$|姓名|人名|氏名", re.IGNORECASE)


def _surname_first(cells: Sequence[TCell], header: str) -> bool:
    """Every cell is one person's name printed surname first (``ROE, Jane``): the surname in capitals
    throughout, or under a header of names; one name each, not two."""
    shaped = [_SURNAME_FIRST_RE.fullmatch(c.text.strip()) for c in cells]
    if not cells or not all(shaped):
        return False
    capitals = all(m is not None and m.group("surname").isupper() for m in shaped)
    return capitals or bool(_NAME_HEADER_RE.search(header.strip()))


def _column(body: Sequence[Sequence[TCell | None]], c: int) -> list[TCell]:
    return [x for r in body if c < len(r) and (x := r[c]) is not None and x.text.strip()]


def _posts_held(cells: Sequence[TCell], pieces: Sequence[list[tuple[int, int]] | None]) -> bool:
    """Every cell of several pieces opens with a post (``Vice President, Acme Corp``, ``CEO, Borduria
    Drones``): a column of what each person is and where, not of several names."""
    firsts = [
        c.text[p[0][0] - c.start : p[0][1] - c.start]
        for c, p in zip(cells, pieces, strict=True)
        if p and len(p) > 1
    ]
    return bool(firsts) and all(is_title(f) for f in firsts)


def _split_column(
    body: Sequence[Sequence[TCell | None]], width: int, headers: Sequence[Sequence[TCell | None]] = ()
) -> int | None:
    """The column to read so, the one with the most cells naming several items, or None."""
    best, most = None, 0
    for c in range(width):
        cells = _column(body, c)
        pieces = [_pieces(x) for x in cells]
        if not cells or any(p is None for p in pieces):
            continue
        if _surname_first(cells, " ".join(x.text for x in _column(headers, c))):
            continue
        several = sum(1 for p in pieces if p is not None and len(p) > 1)
        if _posts_held(cells, pieces):
            continue
        if several >= MIN_SPLIT_CELLS and several >= MIN_SPLIT_SHARE * len(cells) and several > most:
            best, most = c, several
    return best


def _the_rest(cell: TCell, row: Sequence[TCell | None]) -> bool:
    """A cell of the column of names that describes the class of the others (``其餘大多數國家``, "All
    other countries") and names none, in a row of no figure: the table says what befalls the rest, whom it
    does not list (a row of the rest with its rate, ``其餘國家 | 10%``, is kept: its figure is compared)."""
    text = cell.text.strip()
    described = DESCRIBED_ROW_ZH_RE.search(text) or DESCRIBED_ROW_EN_RE.search(text)
    return bool(described) and not any(x is not None and _DIGIT_RE.search(x.text) for x in row)


_DIGIT_RE = re.compile(r"[0-9０-９]")


def split_cells(
    rows: Sequence[Sequence[TCell | None]], n_header: int, doc_text: str
) -> list[list[TCell | None]]:
    """``rows`` with the cells of the one column that names several items per cell split, a row per name
    (``n_header``: header rows, kept as they are)."""
    width = max((len(r) for r in rows), default=0)
    body = rows[n_header:]
    c = _split_column(body, width, rows[:n_header])
    if c is None:
        return [list(r) for r in rows]
    figured = False
    out: list[list[TCell | None]] = [[*r, None] for r in rows[:n_header]]
    for row in body:
        cell = row[c] if c < len(row) else None
        spans = _pieces(cell) if cell is not None and cell.text.strip() else None
        if cell is None or not spans:
            out.append([*row, None])
            continue
        if _the_rest(cell, row):
            continue  # "其餘大多數國家" beside words alone: the rest of the world, no item of the table
        figures: list[TCell | None] = []
        for k, (s, e) in enumerate(spans):
            found = _FIGURE_RE.search(doc_text, s, e)
            if found is None or found.end() != e:
                figures.append(None)
                continue
            figures.append(replace(cell, text=found.group(1), start=found.start(1), end=found.end(1)))
            spans[k] = (s, len(doc_text[: found.start()].rstrip()))
        if figures[-1] is not None and not any(figures[:-1]):
            figures = [figures[-1]] * len(spans)  # after the last name alone: every name's
        figured = figured or any(figures)
        for (s, e), figure in zip(spans, figures, strict=True):
            piece = replace(cell, text=doc_text[s:e], start=s, end=e)
            out.append([*(piece if k == c else x for k, x in enumerate(row)), figure])
    return out if figured else [r[:-1] for r in out]
