"""Loading a reference list or user gazetteer file (``pipeline.knowledge.reference``): read, parsed as
JSON or CSV by its suffix, and validated.

Every problem of a file (not a regular file, too large, not UTF-8, bad JSON, too deep, wrong shape,
wrong version or kind, duplicate ids, an entry without a name, a group or column that is not
declared) is collected, and ``ReferenceFileError`` lists them all at once.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from pipeline.errors import ReferenceFileError
from pipeline.knowledge.reference import MAX_FILE_BYTES, ReferenceKind, ReferenceList
from pipeline.knowledge.reference_csv import from_csv
from pipeline.knowledge.reference_json import from_json

__all__ = ["load_reference"]


def load_reference(
    path: str | Path, *, expect: ReferenceKind | None = None, max_bytes: int = MAX_FILE_BYTES
) -> ReferenceList:
    """Read and validate a reference list or gazetteer file (JSON, or CSV by its suffix).

    ``expect``: the kind the caller needs (a CSV file takes it; a JSON file must declare it).
    Raises ``ReferenceFileError`` listing every problem.
    """
    p = Path(path)
    text = _read(p, max_bytes)
    problems: list[str] = []
    if p.suffix.lower() == ".csv":
        try:
            result = from_csv(text, expect or ReferenceKind.REFERENCE, problems)
        except csv.Error as exc:
            problems.append(f"not valid CSV: {exc}")
            result = None
    else:
        result = from_json(text, problems)
    if result is not None and expect is not None and result.kind is not expect:
        problems.append(f"kind is {result.kind.value!r}, expected {expect.value!r}")
    if result is not None:
        _check(result, problems)
    if problems or result is None:
        raise ReferenceFileError([f"{p}: {msg}" for msg in problems])
    return ReferenceList(
        result.kind,
        result.entries,
        result.groups,
        result.columns,
        result.title,
        result.source,
        result.date,
        str(p),
    )


def _read(p: Path, max_bytes: int) -> str:
    if not p.exists():
        raise ReferenceFileError(f"{p}: no such file")
    if not p.is_file():
        raise ReferenceFileError(f"{p}: not a regular file")
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise ReferenceFileError(f"{p}: {size} bytes, more than the limit of {max_bytes}")
        return p.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReferenceFileError(f"{p}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except OSError as exc:
        raise ReferenceFileError(f"{p}: cannot read: {exc.strerror}") from exc


def _check(ref: ReferenceList, problems: list[str]) -> None:
    if not ref.entries:
        problems.append("no entries")
    _unique("group", [g.id for g in ref.groups], problems)
    _unique("column", [c.id for c in ref.columns], problems)
    _unique("entry", [e.id for e in ref.entries], problems)
    if ref.kind is ReferenceKind.GAZETTEER and (ref.groups or ref.columns):
        problems.append("a gazetteer has no groups or columns")
    groups = {g.id for g in ref.groups}
    columns = {c.id for c in ref.columns}
    for i, e in enumerate(ref.entries, start=1):
        where = f"entry {i}" + (f" ({e.id})" if e.id else "")
        if not e.id:
            problems.append(f"{where}: no id")
        if not e.names and not e.aliases:
            problems.append(f"{where}: no name")
        if ref.kind is ReferenceKind.GAZETTEER and (e.group or e.values):
            problems.append(f"{where}: a gazetteer entry has no group or values")
            continue
        if e.group is not None and e.group not in groups:
            problems.append(f"{where}: group {e.group!r} is not declared")
        for col, _v in e.values:
            if col not in columns:
                problems.append(f"{where}: column {col!r} is not declared")


def _unique(what: str, ids: list[str], problems: list[str]) -> None:
    for i, x in enumerate(ids, start=1):
        if not x:
            problems.append(f"{what} {i}: no id")
    for x, c in sorted(Counter(x for x in ids if x).items()):
        if c > 1:
            problems.append(f"{what} id {x!r} is used {c} times")
