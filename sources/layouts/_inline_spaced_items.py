"""Names parted by wide spaces: a run of short names in a sentence read as ``、``-separated items, and
lines of spaced words in a block (a text table or a grid of names), which no enumeration reads.
Used by ``_inline_separators.py`` and the inline layout.
"""

from __future__ import annotations

import re

from pipeline.lang.row_values import labelled_cell, plain_value
from sources.layouts._inline_piece_shapes import MIN_ITEMS
from sources.layouts._page_furniture import share_buttons

_WIDE_SPACE_RE = re.compile(r"(?<=\S)\u3000+(?=\S)")
MAX_SPACED_NAME = 12  # characters of a name in a line of names parted by wide spaces


def _spaced_names(clause: str) -> bool:
    """A line of three or more short words parted by wide spaces and nothing else (no numbers, labelled
    or not: ``甲國　金40　銀44`` is a row of a table), nor a page's share buttons (``シェア　ポスト``)."""
    words = clause.strip("\u3000 ").split("\u3000")
    words = [w for w in words if w]
    return (
        len(words) >= MIN_ITEMS
        and not share_buttons(clause)
        and all(
            len(w) <= MAX_SPACED_NAME
            and not _SENTENCE_MARK_RE.search(w)
            and plain_value(w) is None
            and labelled_cell(w) is None
            for w in words
        )
    )


_SENTENCE_MARK_RE = re.compile(r"[。，、！？!?：:；;\s]")
MIN_BLOCK_LINES = 3  # lines parted by wide spaces, one under another, that make a table or a grid of names


def _spaced_line(text: str, start: int) -> tuple[bool, int, int]:
    """Whether the line from ``start`` holds two words or more parted by wide spaces, and its ends."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return len(_WIDE_SPACE_RE.findall(text[start:end].strip("\u3000 "))) >= 1, start, end


def spaced_block(text: str, a: int) -> bool:
    """The line at ``a`` is one of ``MIN_BLOCK_LINES`` or more lines in a row, each parted by wide
    spaces into two words or more: the rows of a text table (``姓名　國籍　職務`` over ``張三　甲國　部長``)
    or a grid of names, which the text table reads as a whole, never one enumeration a line."""
    start = text.rfind("\n", 0, a) + 1
    spaced, s, e = _spaced_line(text, start)
    if not spaced:
        return False
    lines, up, down = 1, s, e
    while up > 0 and lines < MIN_BLOCK_LINES:
        ok, up, _ = _spaced_line(text, text.rfind("\n", 0, up - 1) + 1)
        if not ok:
            break
        lines += 1
    while down < len(text) and lines < MIN_BLOCK_LINES:
        ok, _, down = _spaced_line(text, down + 1)
        if not ok:
            break
        lines += 1
    return lines >= MIN_BLOCK_LINES
