"""A manifest of pages to fetch: a CSV file with the columns ``url``, ``outlet``, ``date``, ``language``.

Every column is optional but ``url`` (a row without one has nothing to fetch); columns in any order,
other columns ignored. What a row says about a page wins over what the page says about itself: an
outlet named here is the article's outlet, a date here its date. A row that cannot be used (no URL, a
URL that is not ``http(s)://``, a date that is not ``YYYY-MM-DD``) is a problem, and the other rows are
read. A file that is not a usable CSV at all (missing, not UTF-8, no ``url`` column) is a misconfiguration.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from pipeline.errors import UserFileError
from pipeline.models import Problem, Severity
from pipeline.userfiles import read_user_text


class Column(StrEnum):
    URL = "url"
    OUTLET = "outlet"
    DATE = "date"
    LANGUAGE = "language"


@dataclass(frozen=True, slots=True)
class Entry:
    """One page to fetch and what the user says about it ("" when the manifest does not say)."""

    url: str
    outlet: str = ""
    date: str = ""
    language: str = ""


def is_url(value: str) -> bool:
    """An absolute ``http://`` or ``https://`` URL with a host."""
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _valid_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def _row_entry(row: dict[str, str], line: int, where: str) -> tuple[Entry | None, list[Problem]]:
    def cell(column: Column) -> str:
        return (row.get(column.value) or "").strip()

    url = cell(Column.URL)
    if not is_url(url):
        what = f"{url[:80]!r} is not an http(s) URL" if url else "no url"
        message = f"{where} line {line}: {what}; row skipped"
        return None, [Problem(article=where, code="manifest_row", severity=Severity.ERROR, message=message)]
    problems: list[Problem] = []
    date = cell(Column.DATE)
    if date and not _valid_date(date):
        message = f"{where} line {line}: date {date[:40]!r} is not YYYY-MM-DD; the page's own date is used"
        problems.append(
            Problem(article=url, code="manifest_date", severity=Severity.WARNING, message=message)
        )
        date = ""
    return Entry(url=url, outlet=cell(Column.OUTLET), date=date, language=cell(Column.LANGUAGE)), problems


def parse_manifest(text: str, *, where: str) -> tuple[list[Entry], list[Problem]]:
    """The entries of a manifest's text, in file order (a URL listed twice is kept once: the first row)."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [(name or "").strip().lower() for name in reader.fieldnames or ()]
    if Column.URL.value not in header:
        raise UserFileError(f"manifest {where}: no 'url' column (columns: {', '.join(header) or 'none'})")
    reader.fieldnames = header
    entries: dict[str, Entry] = {}
    problems: list[Problem] = []
    try:
        for row in reader:
            entry, row_problems = _row_entry(row, reader.line_num, where)
            problems.extend(row_problems)
            if entry is not None:
                entries.setdefault(entry.url, entry)
    except csv.Error as exc:
        raise UserFileError(f"manifest {where}: not a usable CSV file: {exc}") from None
    return list(entries.values()), problems


def read_manifest(path: str | os.PathLike[str]) -> tuple[list[Entry], list[Problem]]:
    """The entries of the manifest file at ``path`` (``UserFileError`` when it cannot be used at all)."""
    text = read_user_text(path, what="manifest")
    return parse_manifest(text, where=str(path))
