"""The count of a ranking told one place a line, stated by the lead-in right above its first line
(``排名前十的國家如下：`` over ``第1名：甲國，7.74分`` … ``第10名：癸國，6.98分``; ``The top 10 are:`` over
``No. 1 is Aland, …``), or by the words before the first place in its sentence (``前五名依次為：第一名
甲國（67.5分）、第二名乙國（64.5分）、…``). Each place is a group of its own, so no group's heading can
carry the count: it is the whole list's, a heading of no group. Used by the inline layout
(``inline.py``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lang.count_binding import lead_in_counts
from pipeline.lang.rank_cues import EN_PLACE, JA_PLACE, ZH_PLACE
from pipeline.lang.scripts import WHITESPACE
from sources.layouts._inline_pieces import Enumeration

_PLACE_RE = re.compile(rf"(?:{ZH_PLACE}|{JA_PLACE}|{EN_PLACE})", re.IGNORECASE)
_LEAD_END = ("：", ":")  # a lead-in that introduces what follows


def place_lead(text: str, enums: Sequence[Enumeration]) -> tuple[int, int, int] | None:
    """(count, quote start, quote end) of the lead-in over a run of place lines: every enumeration a line
    labelled by its place, and the lead-in (in the first's line, else the paragraph right above it)
    ending in a colon with one count of what it introduces (``lang.count_binding.lead_in_counts``). The quote
    runs from the last sentence's start to the count's end (``排名前十``). None otherwise."""
    if len(enums) < 2 or not all(e.label and _PLACE_RE.fullmatch(e.label.strip()) for e in enums):
        return None
    first = min(min(e.start, e.label_span[0]) for e in enums)
    line_start = text.rfind("\n", 0, first) + 1
    if text[line_start:first].strip(WHITESPACE):  # "前五名依次為：第一名甲國（67.5分）、…": in its line
        lo, end = line_start, len(text[:first].rstrip(WHITESPACE))
    else:  # "排名前十的國家如下：" over "第1名：甲國，7.74分": the paragraph above
        end = len(text[:line_start].rstrip(WHITESPACE + "\n"))
        lo = text.rfind("\n", 0, end) + 1
    paragraph = text[lo:end]
    if not paragraph.endswith(_LEAD_END):
        return None
    counts = lead_in_counts(paragraph)
    if len(counts) != 1:
        return None
    count = counts[0]
    cut = max(paragraph.rfind(c, 0, count.start) for c in "。！？.!?")
    start = cut + 1 if cut >= 0 else 0
    while start < count.start and paragraph[start] in WHITESPACE:
        start += 1
    return count.value, lo + start, lo + count.end
