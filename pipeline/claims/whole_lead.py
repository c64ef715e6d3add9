"""A list whose lead-in says it is the whole list (``The full list:``, ``完整名單如下：``, ``全リスト``): the
count of a heading right above that lead-in counts the list (``counted_above_a_whole``), and the list is
no selection of examples however short it falls (``says_whole``). Read by ``claims.one_list_counts`` and
``checks.lengths``."""

from __future__ import annotations

import re

from pipeline.lang.counts import find_counts
from pipeline.lang.leads import COMPLETE_RE, MAIN_ONES_RE, PARTITIVE_RE, SELECTION_RE
from pipeline.prose_counts import ProseCount

# lines between a heading's count and the list's first item: the lead-in that says the list is whole, right
# below the count, and the header row of a table
MAX_LINES_BETWEEN = 2
MAX_LINE_CHARS = 60  # characters of one of those lines: a lead-in or a header row, no paragraph
MAX_HEADING_CHARS = 30  # characters of the count's line: a heading, no sentence of the story
_SENTENCE_END_RE = re.compile(r"[。！？!?]|\.(?:\s|$)")
WHOLE_LEAD_LINES = 2  # lines above a list's first item read for its claim to be whole: heading, lead-in


def _lines(text: str, lo: int, hi: int) -> list[str]:
    return [line for line in text[lo:hi].split("\n") if line.strip()]


def _a_part(lines: list[str]) -> bool:
    return any(r.search(line) for r in (SELECTION_RE, MAIN_ONES_RE, PARTITIVE_RE) for line in lines)


def says_whole(text: str, first: int) -> bool:
    """The lines right above a list's first item (at ``first``: its heading and lead-in, a table's header
    row aside) say it is the whole list, and none says it gives a part or examples."""
    line_start = text.rfind("\n", 0, first) + 1
    above = _lines(text, 0, line_start)[-(WHOLE_LEAD_LINES + 1) :]
    return any(COMPLETE_RE.search(line) for line in above) and not _a_part(above)


def counted_above_a_whole(text: str, c: ProseCount, first: int) -> bool:
    """A count on a heading's line (short, no sentence) right above the list's lead-in (``19 countries``
    over ``The full list:``, ``禁令涵蓋19個國家`` over ``完整名單如下：``) counts the list when that lead-in
    says it is whole, the lines between are short (the lead-in and a table's header row) and none counts
    anything else or picks a part; a headline over a byline, or a sentence of the story, over the lead-in
    counts something else as often as the list."""
    if c.end > first:
        return False
    line_end = text.find("\n", c.end, first)
    if line_end < 0 or find_counts(text[c.end : line_end]):
        return False
    heading = text[text.rfind("\n", 0, c.start) + 1 : line_end].strip()
    if len(heading) > MAX_HEADING_CHARS or _SENTENCE_END_RE.search(heading):
        return False  # a sentence of the story, whose count may be of anything it tells
    between = _lines(text, line_end, text.rfind("\n", 0, first) + 1)
    if not between or len(between) > MAX_LINES_BETWEEN or any(len(x) > MAX_LINE_CHARS for x in between):
        return False
    if any(find_counts(line) for line in between) or _a_part(between):
        return False
    return COMPLETE_RE.search(between[0]) is not None  # the line right below the count says it
