"""The lines around an inline enumeration: the line above it, a heading over it (a short line with no
sentence end), and a count stated right before it or in the paragraph above.

Used to accept an enumeration printed as a paragraph of its own under a heading, and to bind that heading
or count to it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.lang.count_binding import lead_in_counts
from pipeline.lang.counts import COUNTED_LEAD_END_RE, find_counts
from pipeline.lang.decision_cues import LIST_WORD_RE
from pipeline.lang.leads import (
    COMPLETE_RE,
    LEAD_IN_RE,
    MAIN_ONES_RE,
    PARTITIVE_RE,
    RANKED_PART_RE,
    SELECTION_RE,
)
from pipeline.lang.scripts import WHITESPACE, fold_pattern
from sources.layouts._headings import group_label
from sources.layouts._inline_piece_shapes import MIN_ITEMS
from sources.layouts._inline_pieces import Enumeration
from sources.layouts._inline_selection import LEAD_CUE_WINDOW
from sources.layouts._inline_series_above import series_label_above


def headed_pair(text: str, spans: Sequence[tuple[int, int]], shared: Sequence[tuple[int, int]]) -> bool:
    """Two names on a line of their own under a heading that counts two (``部分限制（2國）``)."""
    above = _heading_line(text, spans[0][0], max([spans[-1][1], *(e for _, e in shared)]))
    return above is not None and [c.value for c in find_counts(text[above[0] : above[1]])] == [2]


def line_above(text: str, first: int, last: int) -> tuple[int, int] | None:
    """The span of the line above an enumeration from ``first`` to ``last`` when the enumeration is a
    line of its own (nothing but its items and a closing stop), else None."""
    line_start = text.rfind("\n", 0, first) + 1
    line_end = text.find("\n", last)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:first].strip(WHITESPACE) or text[last:line_end].strip(WHITESPACE + "。.；;"):
        return None
    end = len(text[:line_start].rstrip(WHITESPACE + "\n"))
    start = text.rfind("\n", 0, end) + 1
    while start < end and text[start] in WHITESPACE:
        start += 1
    return (start, end) if end > start else None


def a_paragraph_of_its_own(text: str, enum: Enumeration) -> bool:
    """The enumeration is a line of its own under a line that introduces it (``以下為名單：``, ``The
    countries are:``) or heads it (``全面禁止（12國）``, see ``_heading_above``): a list printed as a
    paragraph."""
    above = line_above(text, enum.start, enum.end)
    if above is None:
        return False
    lead = text[above[0] : above[1]]
    introduces = lead.endswith(("：", ":")) and bool(
        LEAD_IN_RE.search(lead) or COMPLETE_RE.search(lead) or LIST_WORD_RE.search(lead)
    )
    introduces = introduces or _JA_FOLLOWING_END_RE.search(lead) is not None
    introduces = introduces or (_ZH_NAMING_END_RE.search(lead) is not None and _names_only(text, enum))
    return introduces or _heading_above(text, enum) is not None


# a Japanese sentence ending on what follows, as a colon would end it (``対象は次の国と地域。``);
# the words after 次の / 以下の a noun alone (kanji, katakana, digits, の / と), no particle or verb after it
_JA_FOLLOWING_END_RE = re.compile(
    r"(?:次|以下)の[\u4e00-\u9fff\u30a0-\u30ff0-9０-９のと]{1,15}(?:です|である)?[。.]$"
)


# a Chinese sentence ending on what the line under it lists, or on its cue, with a full stop where a
# colon would stand (``甲國公布新一批免簽國家。``, ``名單如下。``): the line of names under it is its list
_ZH_NAMING_END_RE = re.compile(
    fold_pattern(r"(?:如下|以下|名單|清單|國家|地區|經濟體|企業|公司|實體|機構|組織|人士|官員|成員|人員)")
    + r"[。.]$"
)


_BETWEEN_NAMES = WHITESPACE + "、，,；;和及與与"


def _names_only(text: str, enum: Enumeration) -> bool:
    """Nothing but separators stands between the enumeration's names, and each is a name alone (no
    blank in it, no count): no table flattened into a line (``甲類（共4個） 乙類（共3個） 子組織、…``)."""
    gaps = zip(enum.spans, enum.spans[1:], strict=False)
    if any(text[e:s].strip(_BETWEEN_NAMES) for (_, e), (s, _) in gaps):
        return False
    return not any(re.search(r"\s", text[s:e]) or find_counts(text[s:e]) for s, e in enum.spans)


MAX_HEADING_CHARS = 30
_SENTENCE_END_RE = re.compile(r"[。！？!?，,；;]|\.$")


# a line that introduces the names under it by its topic: "●甲に入国制限を行っている国は以下の通り。"; the
# topic, before は, names the group
_JA_TOPIC_LEAD_RE = re.compile(
    r"^[^\w\s]?\s*(?P<topic>[^。、，,:：]{2,30}?)(?:は|が)(?:以下|次)の(?:通り|とおり)(?:です|だ|である)?[。.]?$"
)


def _heading_line(text: str, first: int, last: int) -> tuple[int, int] | None:
    """A short line stating at most one count right above an enumeration that is a line of its own (of
    a Japanese lead-in that says the names follow, its topic)."""
    above = line_above(text, first, last)
    if above is None:
        return None
    line = text[above[0] : above[1]]
    if (topic := _JA_TOPIC_LEAD_RE.match(line)) is not None:
        return above[0] + topic.start("topic"), above[0] + topic.end("topic")
    if len(line) > MAX_HEADING_CHARS or _SENTENCE_END_RE.search(line.rstrip("：:")):
        return None
    return above if len(find_counts(line)) <= 1 else None


def _heading_above(text: str, enum: Enumeration) -> tuple[int, int] | None:
    """A short heading line right above an enumeration that is a line of its own, stating at most one
    count (``全面禁止（12國）``, ``Full ban (12 countries)``, ``部分限制``): the group it heads; over two
    names only when it counts two."""
    above = _heading_line(text, enum.start, enum.end)
    if above is None:
        return None
    counts = find_counts(text[above[0] : above[1]])
    n = len(enum.spans)
    return above if n >= MIN_ITEMS or (counts and counts[0].value == n) else None


def headed(text: str, enum: Enumeration) -> Enumeration:
    """An enumeration under a heading of its own (``_heading_above``) takes the heading as its label and
    its count as its stated count."""
    above = _heading_above(text, enum)
    if enum.label or enum.stated is not None:
        return enum
    if above is None and (series := series_label_above(text, enum)) is not None:  # "第3グループ" over names
        return replace(enum, label=group_label(text[series[0] : series[1]]), label_span=series)
    if above is None:
        return _counted_in_the_paragraph_above(text, enum)
    line = text[above[0] : above[1]]
    counts = find_counts(line)
    if not counts:
        return replace(enum, label=group_label(line), label_span=above)
    count_span = (above[0] + counts[0].start, above[0] + counts[0].end)
    return replace(
        enum, label=group_label(line), label_span=above, stated=counts[0].value, count_span=count_span
    )


def counted_right_before(text: str, enum: Enumeration) -> tuple[int, int, int] | None:
    """(count, start, end) of a sentence right before the enumeration's clause that ends by counting
    what follows (``対象は以下の5人。``, ``次の7人だ。``, ``pipeline.lang.counts.COUNTED_LEAD_END_RE``), in
    its paragraph or the one above; None without one."""
    if text[enum.lead_start : enum.start].strip(WHITESPACE):
        return None
    end = len(text[: enum.lead_start].rstrip(WHITESPACE + "\n"))
    m = COUNTED_LEAD_END_RE.search(text, max(0, end - LEAD_CUE_WINDOW), end)
    counts = find_counts(m.group(0)) if m is not None else []
    if m is None or len(counts) != 1:
        return None
    return counts[0].value, m.start() + counts[0].start, m.start() + counts[0].end


def _counted_in_the_paragraph_above(text: str, enum: Enumeration) -> Enumeration:
    """A line of names of its own (``Aland — Borduria — Carpathia``) under a paragraph that ends a
    sentence and states one count, in its last sentence (``The ministry named three countries.``): the
    count is the line's stated count; not where the paragraph says the names are examples, the main ones
    or some picked by rank."""
    if (right_before := counted_right_before(text, enum)) is not None:
        return replace(enum, stated=right_before[0], count_span=right_before[1:])
    above = line_above(text, enum.start, enum.end)
    if above is None:
        return enum
    paragraph = text[above[0] : above[1]]
    if any(cue.search(paragraph) for cue in (SELECTION_RE, MAIN_ONES_RE, RANKED_PART_RE, PARTITIVE_RE)):
        return enum
    counts = lead_in_counts(paragraph)
    if not paragraph.endswith(("。", ".", "：", ":")) or len(counts) != 1 or len(find_counts(paragraph)) != 1:
        return enum
    count_span = (above[0] + counts[0].start, above[0] + counts[0].end)
    return replace(enum, stated=counts[0].value, count_span=count_span)
