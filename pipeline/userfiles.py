"""Reading the files a user hands in (baseline, reviewer decisions, reports to compare) safely.

Before a byte is read the path must be a regular file (not a folder, a device such as
``/dev/zero``, a FIFO or a symbolic-link loop) no larger than ``MAX_USER_FILE_BYTES``; the text must
be UTF-8, and JSON must nest at most ``MAX_JSON_DEPTH`` levels. Each failure is one
``UserFileError`` line naming the file (exit 2), never a traceback or an unbounded read.
"""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path
from typing import Any

from pipeline.errors import UserFileError

MAX_USER_FILE_BYTES = 50_000_000
MAX_JSON_DEPTH = 64  # a report.json nests 6 levels deep; a decisions file 3

_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")


def _reason(exc: OSError) -> str:
    return exc.strerror or exc.__class__.__name__


def check_regular_file(
    path: str | os.PathLike[str], *, what: str, max_bytes: int = MAX_USER_FILE_BYTES
) -> int:
    """The size of ``path`` once it is known to be a regular file within ``max_bytes``."""
    p = Path(path)
    try:
        info = os.stat(p)
    except OSError as exc:
        raise UserFileError(f"{what} {p}: cannot read: {_reason(exc)}") from None
    if not stat.S_ISREG(info.st_mode):
        raise UserFileError(f"{what} {p}: not a regular file")
    if info.st_size > max_bytes:
        raise UserFileError(f"{what} {p}: {info.st_size:,} bytes is over the limit of {max_bytes:,} bytes")
    return info.st_size


def read_user_text(path: str | os.PathLike[str], *, what: str, max_bytes: int = MAX_USER_FILE_BYTES) -> str:
    """The UTF-8 text of a user file (a byte-order mark is dropped)."""
    p = Path(path)
    check_regular_file(p, what=what, max_bytes=max_bytes)
    try:
        with open(p, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise UserFileError(f"{what} {p}: cannot read: {_reason(exc)}") from None
    if len(data) > max_bytes:
        raise UserFileError(f"{what} {p}: over the limit of {max_bytes:,} bytes")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserFileError(f"{what} {p}: not UTF-8 text (byte {exc.start})") from None


def json_depth(text: str) -> int:
    """How deep the arrays and objects of a JSON text nest (strings are skipped)."""
    depth = deepest = 0
    for match in _BRACKET.finditer(_JSON_STRING.sub('""', text)):
        if match.group() in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def parse_json(text: str, *, what: str, where: str, max_depth: int = MAX_JSON_DEPTH) -> Any:
    depth = json_depth(text)
    if depth > max_depth:
        raise UserFileError(f"{what} {where}: JSON nested {depth:,} levels deep (at most {max_depth})")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserFileError(f"{what} {where}: not JSON: {exc.msg} at line {exc.lineno}") from None
    except (RecursionError, ValueError) as exc:  # numbers beyond int's digit limit, ...
        raise UserFileError(f"{what} {where}: not usable JSON: {exc}") from None


def load_user_json(path: str | os.PathLike[str], *, what: str, max_bytes: int = MAX_USER_FILE_BYTES) -> Any:
    """The parsed JSON of a user file, after the checks above."""
    return parse_json(read_user_text(path, what=what, max_bytes=max_bytes), what=what, where=str(path))
