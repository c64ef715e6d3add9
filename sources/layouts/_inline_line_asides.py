"""Brackets that close each line of a run say something of the line's name: they hold no list.

``１位　ジェーン・ロー（アランＦＣ、ボルドゥリア）`` over ``２位　ジョン・ドウ（カルパＦＣ、アラン）``: each
line is an item of a line list, its bracket what the list says of it (a club and a country), parted as an
enumeration is. Where the line before or after (blank lines aside) closes in a bracket of parted pieces as
well, an enumeration inside such a bracket is no list of the article: the lines' own reader reads them
(before: the pieces of every bracket were read as lists of two, and the names left out). A bracket that
closes one line alone (``…の3カ国（A、B、C）``) is read as before.
"""

from __future__ import annotations

import re

from sources.layouts._inline_pieces import Enumeration

# a line closing in a bracket whose inside parts two pieces or more
_CLOSING_ASIDE_RE = re.compile(r"[（(](?P<inside>[^（）()\n]*[、，,][^（）()\n]*)[）)][ \t　]*$")


def _aside(line: str) -> bool:
    return _CLOSING_ASIDE_RE.search(line) is not None


def _line_span(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _neighbours(text: str, start: int, end: int) -> list[str]:
    """The lines before and after the line ``start:end``, blank lines passed over."""
    before = [ln for ln in text[:start].split("\n") if ln.strip()]
    after = [ln for ln in text[end:].split("\n") if ln.strip()]
    return [*before[-1:], *after[:1]]


def _in_line_aside(text: str, e: Enumeration) -> bool:
    start, end = _line_span(text, e.start)
    line = text[start:end]
    m = _CLOSING_ASIDE_RE.search(line)
    if m is None or not start + m.start("inside") <= e.start or e.spans[-1][1] > start + m.end("inside"):
        return False
    return any(map(_aside, _neighbours(text, start, end)))


def without_line_asides(text: str, enums: list[Enumeration]) -> list[Enumeration]:
    """``enums`` but those inside the closing bracket of a line of a run of such lines."""
    return [e for e in enums if not _in_line_aside(text, e)]
