"""The Table value (a CSV file's cells column by column) and its CSV text: written in one pass by the
``csv`` module when the cells allow it, through pandas otherwise, formula-like text neutralized.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:  # pandas is imported where a frame is asked for: the CSV files are written without it
    import pandas as pd


@dataclass(frozen=True, slots=True)
class Table:
    """One CSV file's cells column by column (column -> its values, row by row: a long table is built a
    column at a time, with no record per row), its columns in order and the pandas type of the columns
    that are not text (``Int64``, ``Float64``)."""

    cells: Mapping[str, Sequence[object]]
    columns: tuple[str, ...]
    dtypes: Mapping[str, str]

    @classmethod
    def from_rows(
        cls, rows: Iterable[Mapping[str, object]], columns: tuple[str, ...], dtypes: Mapping[str, str]
    ) -> Table:
        """The table of ``rows`` (column -> value; a value a row lacks is None)."""
        rows = list(rows)
        return cls({column: [row.get(column) for row in rows] for column in columns}, columns, dtypes)

    @property
    def rows(self) -> list[dict[str, object]]:
        """The table row by row (column -> value)."""
        by_row = zip(*(self.cells[column] for column in self.columns), strict=True)
        return [dict(zip(self.columns, values, strict=True)) for values in by_row]

    def frame(self) -> pd.DataFrame:
        import pandas as pd

        frame = pd.DataFrame(self.rows, columns=list(self.columns))
        for column, dtype in self.dtypes.items():
            frame[column] = frame[column].astype(dtype)
        return frame


# A spreadsheet runs a cell that begins with one of these as a formula (CSV injection): such a text
# cell gets a leading apostrophe, as OWASP advises. report.json keeps the raw values.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralize(value: object) -> object:
    """A text cell a spreadsheet would not run as a formula; any other value unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def table_csv(table: Table) -> str:
    """``to_csv(table.frame())``, written by the ``csv`` module in one pass when every text column
    holds only text or nothing and every typed column only numbers or nothing (the cells then read
    as pandas writes them: a ``Float64`` cell as Python's ``repr`` of the float, an ``Int64`` cell as
    the integer); any other table goes through pandas. Cells are prepared a column at a time."""
    columns = [_plain_column(table.cells[column], table.dtypes.get(column, "")) for column in table.columns]
    if any(column is None for column in columns):
        return to_csv(table.frame())
    return _csv_text(table.columns, zip(*columns, strict=True))  # type: ignore[arg-type]


def _csv_text(header: tuple[str, ...], rows: Iterable[tuple[str, ...]]) -> str:
    """What ``csv.writer(lineterminator="\\n")`` writes for ``header`` and ``rows`` (text cells). A row
    none of whose cells holds a comma, a quote or a line break is written as its cells joined by
    commas, which is what the writer writes for it (it quotes nothing there), without the writer's
    character-by-character pass; any other row is the writer's."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    commas = len(header) - 1
    lines: list[str] = []
    for row in rows:
        line = ",".join(row)
        if commas < 1 or line.count(",") != commas or '"' in line or "\n" in line or "\r" in line:
            out.write("".join(lines))
            lines.clear()
            writer.writerow(row)
            continue
        lines.append(line + "\n")
    out.write("".join(lines))
    return out.getvalue()


_TEXT_TYPES = frozenset({str, type(None)})
_NUMBER_TYPES = {"Float64": frozenset({float, int, type(None)}), "Int64": frozenset({int, type(None)})}


def _plain_column(values: Sequence[object], dtype: str) -> list[str] | None:
    """One column's cells (of the pandas type ``dtype``, "" for text) as text, or None when a value is
    of a type pandas might read otherwise."""
    if not set(map(type, values)) <= _NUMBER_TYPES.get(dtype, _TEXT_TYPES):
        return None
    whole = None not in values  # no empty cell: the column is converted by ``map``
    if dtype == "Float64":
        if whole:
            return list(map(repr, map(float, values)))  # type: ignore[arg-type]
        return ["" if v is None else repr(float(v)) for v in values]  # type: ignore[arg-type]
    if dtype == "Int64":
        return list(map(str, values)) if whole else ["" if v is None else str(v) for v in values]
    texts = cast(Sequence[str | None], values)
    if whole and {v[:1] for v in cast(Sequence[str], texts)}.isdisjoint(FORMULA_STARTS):
        return list(cast(Sequence[str], texts))  # every cell holds text, and none begins as a formula
    return ["" if v is None else "'" + v if v.startswith(FORMULA_STARTS) else v for v in texts]


def to_csv(frame: pd.DataFrame) -> str:
    """UTF-8 text with "\\n" line endings, no index, empty cells for missing values, formula-like text
    cells neutralized."""
    return str(frame.map(neutralize).to_csv(index=False, lineterminator="\n", na_rep=""))


def excel_csv(text: str) -> str:
    """CSV text as Excel and LibreOffice open it without asking: a UTF-8 byte order mark and CRLF."""
    return "\ufeff" + text.replace("\r\n", "\n").replace("\n", "\r\n")
