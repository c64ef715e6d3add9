"""Where a run of an unmarked list's lines starts and ends: a run of named values that is no run of
headings, an HTML paragraph's last line, a closing item after lines ending with semicolons (its stop and
the ``and`` before it no part of an item), and a run of named values with no lead-in. Used by
``_line_blocks``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lang.scripts import WHITESPACE
from sources.items import split_item
from sources.layouts._line_items import (
    _MARKED_RE,
    MAX_LEAD_CHARS,
    MIN_ITEMS,
    _item_line,
    _named_value,
    _stripped,
)
from sources.layouts._lines import Line


def _among_named_values(lines: Sequence[Line], j: int) -> bool:
    """``甲國：193個目的地`` among ``乙國：190個目的地``, ``丙國：189個目的地``: a name, a colon and a
    count read as a short counted heading too, but ``MIN_ITEMS`` lines in a row are set alike: a run of
    named values, no headings; unless a name is a heading over lines elsewhere (``Full ban: 12
    countries`` over ``Partial ban: 7 countries``, each a group's count, then ``Full ban:`` over its
    names)."""
    if not _named_value(_stripped(lines[j])):
        return False
    lo = hi = j
    while lo > 0 and _named_value(_stripped(lines[lo - 1])):
        lo -= 1
    while hi + 1 < len(lines) and _named_value(_stripped(lines[hi + 1])):
        hi += 1
    if hi - lo + 1 < MIN_ITEMS:
        return False
    names = {_value_name(_stripped(line)) for line in lines[lo : hi + 1]}
    return not any(
        _stripped(line).rstrip("：:").strip() in names
        for line in lines
        if _stripped(line).endswith(("：", ":"))
    )


def _value_name(text: str) -> str:
    split = split_item(text, 0, len(text))
    return text[split.name_start : split.name_end]


def _paragraph_closes(line: Line, first: Line) -> bool:
    """``line`` ends an HTML paragraph that line breaks part, and that paragraph holds the run's first
    item: the run's last line."""
    p = line.paragraph
    return p is not None and p[0] <= first.start and line.start + len(line.text.rstrip()) >= p[1]


_ITEM_END = {"。": "；", ".": ";"}


def _closing_item(items: Sequence[Line], text: str) -> bool:
    """``張三，甲國國防部長。`` after lines that each end with ``；``: the run's last item, closed by the full
    stop that ends the enumeration (``Jane Roe, treasurer.`` after lines ending ``;``)."""
    stop = text[-1:]
    if stop not in _ITEM_END or len(items) < 2 or text.count(stop) > 1 and stop == "。":
        return False
    if not all(_stripped(line).endswith(("；", ";")) or line.text.endswith(_AND) for line in items):
        return False
    return _item_line(text[:-1] + _ITEM_END[stop])


_AND = "; and"


def _without_and(line: Line) -> Line:
    """``John Doe, chief of staff; and``: the line before the last item of a run of lines ending with
    semicolons, without the ``and`` that joins them."""
    text = line.text.rstrip(WHITESPACE)
    if not text.endswith(_AND):
        return line
    return Line(
        line.start, line.start + len(text) - len(" and"), text[: -len(" and")], line.paragraph, line.heading
    )


def _without_stop(line: Line) -> Line:
    """The line without the full stop that closes it (the stop is no part of the item's last field)."""
    text = line.text.rstrip(WHITESPACE)[:-1]
    return Line(line.start, line.start + len(text), text)


_WORDS_AFTER_RE = re.compile(r"[^\W\d_]")


def _unled_items(lines: Sequence[Line], i: int) -> list[Line]:
    """A block of ``MIN_ITEMS`` lines or more from ``lines[i]``, every one a short name, a colon or a
    dash and a value, some with words after it (``Aland: 20%, down from 46%``, ``甲国：20％（従来は46％）``):
    a list by its shape with no lead-in (a table's reader takes the lines of bare values); else ``[]``."""
    if i > 0 and not _opens_after(_stripped(lines[i - 1])):
        return []  # a paragraph's line, not its first
    run: list[Line] = []
    for line in lines[i:]:
        t = _stripped(line)
        if not t or not _named_value(t) or _MARKED_RE.match(t):
            break
        run.append(line)
    worded = any(_words_after_value(_stripped(line)) for line in run)
    return run if len(run) >= MIN_ITEMS and worded else []


def _opens_after(above: str) -> bool:
    """The line ``above`` leaves the next one to open a block: a blank line, or a headline or dateline
    (no sentence or lead-in ends it), as an HTML page's paragraphs come with no blank line between."""
    return not above or (len(above) <= MAX_LEAD_CHARS and not _SENTENCE_END_RE.search(above))


_SENTENCE_END_RE = re.compile(r"[。！？.!?：:]$")


def _words_after_value(text: str) -> bool:
    split = split_item(text, 0, len(text))
    tail = text[split.values[0].end :] if split.values else ""
    return _WORDS_AFTER_RE.search(tail) is not None
