"""A lead-in line right under a group's label in a series, over the group's lines of names: ``Tier 3:
barred`` then ``Countries under an embargo, among them:`` then a name a line. The label names the group, as
the labels of the other groups of the series do (``Tier 1: no cap (5 countries)`` over its lines); the
lead-in only leads the names in. Used by the ``lines`` layout for a block whose lead-in states no count.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.lang.group_cues import SERIES_LABEL_RE
from pipeline.lang.scripts import WHITESPACE
from sources.layouts._lines import Line
from sources.prose import stated_count


def _series(line: Line) -> bool:
    return SERIES_LABEL_RE.match(line.text.strip(WHITESPACE)) is not None


def label_over_lead(lines: Sequence[Line], lead: Line) -> Line | None:
    """The series label on the line right above the lead-in line ``lead`` (see the module), or None."""
    above = next((x for x in lines if x.end + 1 == lead.start), None)
    text = lead.text.strip(WHITESPACE)
    if above is None or not _series(above) or _series(lead) or not text.endswith(("：", ":")):
        return None
    return above if stated_count(text) is None else None
