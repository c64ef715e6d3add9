"""A category table flattened into text.

The shape: a header of column labels that state their counts (``A組織（共31個） B組織（共35個）``),
then rows ``LABEL（共N個） cell cell …``: one cell per header column, in header order. Cells and
labels are separated by blanks outside parentheses (one line or several), items inside a cell by
``、``. The column a cell sits in gives its items' group (the column label) and the row label gives
their category.

A ``、`` can also sit inside a name (``A、B與C論壇``): a piece that has no parenthetical, is short and
has no organization-type ending is not a complete name, so it joins the piece after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.lang.scripts import WHITESPACE
from pipeline.models import Heading, Problem, Severity
from sources.base import Document, Extraction
from sources.layouts._counts import count_labels_at_most, split_count_label
from sources.layouts._headings import group_label
from sources.layouts._lines import body_text
from sources.layouts._parens import split_cell, stripped_span
from sources.layouts._records import RawItem, build_mentions, confidence
from sources.layouts._shapes import CLOSE_PARENS, OPEN_PARENS, ORG_ENDING_RE

NAME = "category-table"
_BLANK_LINE_RE = re.compile(r"\n[ \t\u3000]*\n")


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    text: str
    label: tuple[str, int] | None  # (label, count) when the token is a label with its count


def _tokens(text: str) -> list[_Token]:
    """Blank-separated tokens outside parentheses (parentheses never span a line)."""
    out: list[_Token] = []
    depth = 0
    start: int | None = None
    for i, ch in enumerate(text):
        if ch == "\n":
            depth = 0
        if (ch in WHITESPACE or ch == "\n") and depth == 0:
            if start is not None:
                out.append(_make(text, start, i))
                start = None
            continue
        if start is None:
            start = i
        if ch in OPEN_PARENS:
            depth += 1
        elif ch in CLOSE_PARENS and depth > 0:
            depth -= 1
    if start is not None:
        out.append(_make(text, start, len(text)))
    return out


def _line_tokens(text: str) -> list[_Token]:
    """One token per non-empty line (a table written one cell per line)."""
    out: list[_Token] = []
    pos = 0
    for line in text.split("\n"):
        s, e = stripped_span(text, pos, pos + len(line))
        if e > s:
            out.append(_make(text, s, e))
        pos += len(line) + 1
    return out


def _make(text: str, start: int, end: int) -> _Token:
    t = text[start:end]
    return _Token(start, end, t, split_count_label(t))


@dataclass(frozen=True, slots=True)
class _Row:
    label: _Token | None
    cells: tuple[tuple[int, int], ...]  # spans


@dataclass(frozen=True, slots=True)
class _Table:
    header: tuple[_Token, ...]
    rows: tuple[_Row, ...]
    problems: tuple[str, ...]


def _gap(text: str, a: _Token, b: _Token) -> str:
    return text[a.end : b.start]


def _label(tok: _Token) -> str:
    return tok.label[0] if tok.label else tok.text


def _find_tables(text: str) -> list[_Table]:
    """Tables read with blank-separated tokens (a flattened table) or one token per line, whichever
    finds more items. A table needs two labels with their counts side by side (a header of two columns,
    or a column and a row label): a text with fewer is no table."""
    if count_labels_at_most(text) < 2:
        return []
    best: list[_Table] = []
    best_n = 0
    for toks in (_tokens(text), _line_tokens(text)):
        tables = _tables_in(text, toks)
        n = sum(len(split_cell(text, a, b)) for t in tables for r in t.rows for a, b in r.cells)
        if n > best_n:
            best, best_n = tables, n
    return best


def _tables_in(text: str, toks: list[_Token]) -> list[_Table]:
    tables: list[_Table] = []
    i = 0
    while i < len(toks) - 1:
        if not (
            toks[i].label
            and toks[i + 1].label
            and not _BLANK_LINE_RE.search(_gap(text, toks[i], toks[i + 1]))
        ):
            i += 1
            continue
        j = i
        while (
            j + 1 < len(toks)
            and toks[j + 1].label
            and not _BLANK_LINE_RE.search(_gap(text, toks[j], toks[j + 1]))
        ):
            j += 1
        run = toks[i : j + 1]
        if len(run) >= 3:
            header = run[:-1]  # the column labels, then the first row's label
        elif len(run) == 2:
            header = run  # two columns, rows without labels
        else:
            i = j + 1
            continue
        table, end = _read_rows(text, toks, i + len(header), tuple(header))
        if table.rows:
            tables.append(table)
        i = max(end, i + 1)
    return tables


def _read_rows(text: str, toks: list[_Token], pos: int, header: tuple[_Token, ...]) -> tuple[_Table, int]:
    ncols = len(header)
    rows: list[_Row] = []
    problems: list[str] = []
    prev = header[-1]
    while pos < len(toks):
        tok = toks[pos]
        gap = _gap(text, prev, tok)
        if _BLANK_LINE_RE.search(gap) and not tok.label:
            break
        label: _Token | None = None
        if tok.label:
            label, prev, pos = tok, tok, pos + 1
        cells: list[_Token] = []
        while pos < len(toks) and not toks[pos].label:
            gap = _gap(text, prev, toks[pos])
            if _BLANK_LINE_RE.search(gap) or (len(cells) >= ncols and "\n" in gap):
                break
            cells.append(toks[pos])
            prev = toks[pos]
            pos += 1
        if label is None and not cells:
            break
        spans = _fit_cells(text, cells, ncols)
        if len(spans) < ncols:
            where = label.label[0] if label and label.label else "the table"
            problems.append(f"{where}: {len(spans)} cell(s) for {ncols} columns; cells taken in column order")
        rows.append(_Row(label, tuple(spans)))
        if pos < len(toks) and not toks[pos].label:
            break
        if label is None:
            break
    return _Table(header, tuple(rows), tuple(problems)), pos


def _complete_end(text: str) -> bool:
    t = text.rstrip(WHITESPACE + "、")
    return bool(t) and (t[-1] in CLOSE_PARENS or bool(ORG_ENDING_RE.search(t)))


def _fit_cells(text: str, cells: list[_Token], ncols: int) -> list[tuple[int, int]]:
    """Cell spans; when blanks split a cell into more tokens than columns, join at the weakest boundary
    (a token that does not end like a complete item)."""
    spans = [(c.start, c.end) for c in cells]
    while len(spans) > ncols:
        k = next(
            (k for k in range(len(spans) - 1) if not _complete_end(text[spans[k][0] : spans[k][1]])),
            len(spans) - 2,
        )
        spans[k : k + 2] = [(spans[k][0], spans[k + 1][1])]
    return spans


@dataclass(frozen=True, slots=True)
class CategoryTableLayout:
    name: str = NAME
    description: str = (
        "table flattened into text: column header with counts, then rows 'LABEL（共N個） cell cell', "
        "items split by 、"
    )

    def detect(self, doc: Document) -> float:
        text = body_text(doc)
        return confidence(
            sum(len(split_cell(text, a, b)) for t in _find_tables(text) for r in t.rows for a, b in r.cells)
        )

    def extract(self, doc: Document) -> Extraction:
        text = body_text(doc)
        headings: list[Heading] = []
        raw: list[RawItem] = []
        problems: list[Problem] = []
        for table in _find_tables(text):
            groups: list[str] = []
            for tok in table.header:
                label, stated = tok.label or (tok.text, 0)
                groups.append(group_label(label))
                headings.append(Heading(doc.id, tok.text, None, stated, tok.start, tok.end, groups[-1]))
            for row in table.rows:
                category = None
                if row.label is not None and row.label.label is not None:
                    category, stated = row.label.label
                    headings.append(
                        Heading(doc.id, category, category, stated, row.label.start, row.label.end)
                    )
                for col, (a, b) in enumerate(row.cells):
                    for s, e in split_cell(text, a, b):
                        raw.append(RawItem(s, e, category, groups[col] if col < len(groups) else ""))
            problems.extend(
                Problem(doc.id, "table-cells", Severity.WARNING, f"{self.name}: {m}") for m in table.problems
            )
        mentions, item_problems = build_mentions(doc, raw, self.name)
        return Extraction(self.name, tuple(mentions), tuple(headings), tuple(problems + item_problems))


LAYOUTS = (CategoryTableLayout(),)
