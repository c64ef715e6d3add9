"""A group's label in a series alone on the line above a line that opens with the group's names
(``第3グループ`` over ``甲国、乙国、丙国など…``, ``Tier 3`` over ``Aland, Borduria and Carpathia, …``): the
label a colon would have joined to them (``第三級：甲國、乙國…``), printed as a heading over a sentence.
Used by ``_inline_accepting`` (the run is a list) and ``_inline_context.headed`` (its label)."""

from __future__ import annotations

from pipeline.lang.group_cues import SERIES_LABEL_RE
from pipeline.lang.scripts import WHITESPACE
from sources.layouts._inline_piece_shapes import MIN_ITEMS
from sources.layouts._inline_pieces import Enumeration


def series_label_above(text: str, enum: Enumeration) -> tuple[int, int] | None:
    """The span of the label on the line right above ``enum`` when the enumeration of at least
    ``MIN_ITEMS`` names opens its line and that line is a series' label and nothing else; else None."""
    line_start = text.rfind("\n", 0, enum.start) + 1
    if len(enum.spans) < MIN_ITEMS or text[line_start : enum.start].strip(WHITESPACE):
        return None
    end = len(text[:line_start].rstrip(WHITESPACE + "\n"))
    start = text.rfind("\n", 0, end) + 1
    while start < end and text[start] in WHITESPACE:
        start += 1
    if end <= start or SERIES_LABEL_RE.fullmatch(text, start, end) is None:
        return None
    return start, end
