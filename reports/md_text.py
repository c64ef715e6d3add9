"""Markdown text made safe: inline text on one line with every Markdown/HTML special character escaped
(``md``), inline code for ids and file names (``code``), tables of escaped cells (``table``). Used by
every section of report.md and by ``diff``."""

from __future__ import annotations

import re
from functools import lru_cache

_SPECIAL = re.compile(r"[\\`*_\[\]<>|&#~]")


_ESCAPED = str.maketrans({ch: "\\" + ch for ch in "\\`*_[]<>|&#~"})  # Markdown/HTML special characters


_SPACE = re.compile(r"\s+")


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def md(text: object) -> str:
    """Inline Markdown text: one line, every Markdown/HTML special character backslash-escaped."""
    return _md(str(text))


@lru_cache(maxsize=65_536)  # outlet labels and names recur in every table
def _md(text: str) -> str:
    one_line = " ".join(text.split())  # split(): the whitespace of ``\s``
    return one_line.translate(_ESCAPED) if _SPECIAL.search(one_line) else one_line


def code(text: str) -> str:
    """Inline code for ids, keys and file names: one line (a newline or other control character in a
    file name cannot break a table), a backtick replaced, a pipe replaced for tables."""
    if not text:
        return ""
    one_line = _CONTROL.sub("\ufffd", _SPACE.sub(" ", text))
    return f"`{one_line.replace('`', 'ʼ').replace('|', '¦')}`"


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    """A Markdown table; cells must already be escaped."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(cell or " " for cell in row) + " |" for row in rows]
    return lines
