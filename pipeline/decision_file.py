"""The reviewer-decisions file as rows: read it, and append new decisions to it without losing a row.

The file is JSON (``{"version": "1", "decisions": [{...}, ...]}``) or CSV (a header, then one decision
per row with a ``version`` column). Each row is a decision of a kind: ``same``, ``not_same`` and
``canonical`` (links, read by ``pipeline.matching.load_decisions``), ``confirmed`` and ``false_alarm``
(verdicts on findings, read by ``pipeline.verdicts``). Appending keeps the file's format and every
earlier row as the user wrote it: a JSON file gains items at the end of its ``decisions`` list (its other
keys kept), a CSV file gains lines at its end (its header widened first when it lacks a column the new
rows need). The new text replaces the old in one step (a temporary file in the same folder, then
``os.replace``), so a reader sees the old file or the new one, never half of one.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.errors import DecisionsError
from pipeline.output import write_file

FILE_VERSION = "1"
DECISIONS_KEY = "decisions"
#: the CSV columns, in the order a new file gets them
CSV_COLUMNS = ("version", "kind", "a", "b", "name_en", "name_zh", "fingerprint", "note")


@dataclass(frozen=True, slots=True)
class DecisionRows:
    """A decisions file read as text rows (every value a string, missing values empty)."""

    version: str
    rows: tuple[Mapping[str, str], ...]
    is_json: bool


def is_json_file(path: Path, text: str = "") -> bool:
    """JSON when the name says so or the text opens an object; CSV otherwise (as the loaders decide)."""
    return path.suffix.lower() == ".json" or text.lstrip().startswith("{")


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _json_document(path: Path, text: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DecisionsError(f"{path}: not valid JSON: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get(DECISIONS_KEY, []), list):
        raise DecisionsError(f"{path}: expected an object with 'version' and a 'decisions' list")
    return data


def parse_rows(path: Path, text: str) -> DecisionRows:
    """The rows of a decisions file's ``text`` (``path`` names it in messages)."""
    if is_json_file(path, text):
        data = _json_document(path, text)
        items = data.get(DECISIONS_KEY, [])
        rows = tuple(
            {str(k): _text(v) for k, v in item.items()} if isinstance(item, dict) else {} for item in items
        )
        return DecisionRows(version=_text(data.get("version")), rows=rows, is_json=True)
    reader = csv.DictReader(io.StringIO(text))
    rows = tuple({_text(k): _text(v) for k, v in row.items() if k is not None} for row in reader)
    versions = sorted({r.get("version", "") for r in rows} - {""})
    return DecisionRows(version=versions[0] if versions else "", rows=rows, is_json=False)


def read_text(path: str | Path, *, keep_bom: bool = False) -> str:
    """The file's text (a byte order mark dropped unless ``keep_bom``), line ends as they are."""
    try:
        with open(path, encoding="utf-8" if keep_bom else "utf-8-sig", newline="") as fh:
            return fh.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise DecisionsError(f"{path}: cannot read decisions file: {exc}") from None


def read_rows(path: str | Path) -> DecisionRows:
    return parse_rows(Path(path), read_text(path))


def _appended_json(path: Path, text: str, new: Sequence[Mapping[str, str]]) -> str:
    text = text.removeprefix("\ufeff")
    data: dict[str, Any] = _json_document(path, text) if text.strip() else {"version": FILE_VERSION}
    data.setdefault("version", FILE_VERSION)
    data[DECISIONS_KEY] = [*data.get(DECISIONS_KEY, []), *(dict(row) for row in new)]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _csv_text(header: Sequence[str], rows: Sequence[Mapping[str, str]], *, newline: str = "\n") -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(header), lineterminator=newline, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def _appended_csv(text: str, new: Sequence[Mapping[str, str]]) -> str:
    rows = [{"version": FILE_VERSION, **row} for row in new]
    if not text.strip():
        return _csv_text(CSV_COLUMNS, rows)
    newline = "\r\n" if "\r\n" in text else "\n"  # a file saved by a spreadsheet keeps its line ends
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    reader = csv.DictReader(io.StringIO(text.removeprefix(bom), newline=""))
    header = [h for h in (reader.fieldnames or []) if h is not None]
    needed = [c for c in CSV_COLUMNS if c not in header and any(row.get(c) for row in rows)]
    if not needed:  # the user's lines stay byte for byte; the new ones follow them
        lines = _csv_text(header, rows, newline=newline).split(newline, 1)[1]
        return text + ("" if text.endswith("\n") else newline) + lines
    old = [{k: v or "" for k, v in row.items() if k is not None} for row in reader]
    return bom + _csv_text([*header, *needed], [*old, *rows], newline=newline)


def append_decisions(path: str | Path, new: Sequence[Mapping[str, str]]) -> Path:
    """Append ``new`` decision rows to the file at ``path`` (created when missing: JSON unless its name
    ends in ``.csv``), keeping its format and its earlier rows; the file is replaced atomically."""
    target = Path(path)
    text = read_text(target, keep_bom=True) if target.exists() else ""
    new_json = not text.strip() and target.suffix.lower() != ".csv"
    if new_json or is_json_file(target, text.removeprefix("\ufeff")):
        updated = _appended_json(target, text, new)
    else:
        updated = _appended_csv(text, new)
    return write_file(target, updated, what="decisions")
