"""Where a marked list's item ends: the end of its line, without the pause or stop that joins the lines
of a list printed as one sentence, or the end of the line that closes a parenthesis it leaves open (an
annotation wrapped onto the next lines). Used by the marked-list and section layouts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sources.layouts._inline_clause_spans import ABBREVIATION_RE
from sources.layouts._lines import Line
from sources.layouts._parens import stripped_span
from sources.layouts._shapes import CLOSE_PARENS, OPEN_PARENS

MAX_CONTINUATION_LINES = 3


_PAREN_RE = re.compile(f"[{OPEN_PARENS}{CLOSE_PARENS}]")


def _open_parens(text: str) -> int:
    depth = 0
    for ch in _PAREN_RE.findall(text):  # the other characters change nothing
        if ch in OPEN_PARENS:
            depth += 1
        elif ch in CLOSE_PARENS and depth:
            depth -= 1
    return depth


def item_end(text: str, lines: Sequence[Line], idx: int, start: int) -> int:
    """Where the item starting at ``start`` on line ``idx`` ends: the end of its line, or, when the
    line leaves a parenthesis open (an annotation wrapped onto the next lines), the end of the line
    that closes it (at most ``MAX_CONTINUATION_LINES`` further, never across a blank line)."""
    end = _unjoined(text, start, stripped_span(text, lines[idx].start, lines[idx].end)[1])
    depth = _open_parens(text[start:end])
    k = idx
    while depth > 0 and k + 1 < len(lines) and k + 1 - idx <= MAX_CONTINUATION_LINES:
        nxt = lines[k + 1]
        if not nxt.stripped:
            break
        depth = _open_parens(text[start : nxt.end])
        k += 1
        if depth == 0:
            return stripped_span(text, nxt.start, nxt.end)[1]
    return end


# what closes a line of a list printed as one sentence ("- Jane Roe, ambassador to Aland;", "…; and",
# "- John Doe, ambassador to Borduria."): the pause or stop that joins the lines, no part of the item
_JOINING_END_RE = re.compile(r"(?:\s*[;；]\s*(?:and|or)|\s*[;；]|(?<=[a-z)])\.)$")


def _unjoined(text: str, start: int, end: int) -> int:
    """``end`` before the pause or stop that closes the line's item (an abbreviation's dot kept:
    ``Aland Trading Co.``)."""
    m = _JOINING_END_RE.search(text, start, end)
    if m is None or (m.group(0) == "." and ABBREVIATION_RE.search(text, start, m.start())):
        return end
    return m.start()
