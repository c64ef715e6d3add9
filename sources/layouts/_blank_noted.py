"""A line of an unmarked list that parts into a name and a note by a run of blanks (``乙國  不含北乙國``).

Such a line reads like a row of two cells, which ``_line_items`` leaves to the table layouts. Under a
lead-in that states a count, the lines tell which it is: as many lines as the count says are one item
each, the words after the blanks a note of it (``sources.item_blank_notes``); a flattened two-column list
holds more names than lines, so the count does not match and the run ends at the first such line, as
before (read whole or not at all).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace

from pipeline.lang.scripts import CJK
from pipeline.models import Attribute, AttributeKind, Mention
from sources.layouts._lines import Line

# East Asian words, a run of two blanks or more, East Asian words again: two cells only
_NOTED_RE = re.compile(rf"(?P<name>[{CJK}][^\s\u3000]*) {{2,}}(?P<note>[{CJK}][^\s\u3000]*)")


def noted_line(text: str, item_line: Callable[[str], bool]) -> bool:
    """``text`` is a name that ``item_line`` reads as an item, a run of blanks, and words after them."""
    m = _NOTED_RE.fullmatch(text)
    return m is not None and item_line(m["name"])


def name_part(line: Line) -> Line:
    """The line up to the end of the name its note follows."""
    m = _NOTED_RE.search(line.text)
    assert m is not None
    return Line(line.start, line.start + m.end("name"), line.text[: m.end("name")], line.paragraph)


_NOTE_AFTER_RE = re.compile(r" {2,}(?P<note>[^\s\u3000]+)[ \t\u3000]*(?:\n|$)")


def with_note(text: str, m: Mention) -> Mention:
    """``m`` with the note after the blanks that end its line, where its item stops before them."""
    found = _NOTE_AFTER_RE.match(text, m.end)
    if found is None:
        return m
    note = Attribute(AttributeKind.OTHER, found["note"], "", *found.span("note"))
    return replace(m, attributes=(*m.attributes, note))


def counted_notes(items: Sequence[Line], noted: Collection[int], stated: int | None) -> int:
    """How many of ``items`` the block keeps: all when no line of them carries a note after blanks
    (``noted``, indices) or when the lead-in's count is their number; else those before the first such
    line."""
    if not noted or stated == len(items):
        return len(items)
    return min(noted)
