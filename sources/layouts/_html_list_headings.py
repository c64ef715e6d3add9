"""The headings above HTML lists: the events of a page (a heading tag, a bold or short paragraph ending
in a colon or stating a count, a list), their rank, and which heading governs each list as its group
or category. Used by the ``html_list`` and ``html_items`` layouts.
"""

from __future__ import annotations

import sys
from bisect import bisect_right
from dataclasses import dataclass

from pipeline.lang.leads import LEAD_IN_END_RE
from sources.layouts._headings import top_level_headings
from sources.layouts._table_header import category_label
from sources.page import HtmlPage
from sources.prose import stated_count
from sources.tags import is_tag, tags

MAX_HEADING_LENGTH = 60
MAX_LEAD_IN_LENGTH = 80  # a paragraph ending in a colon ("Seven of them hold posts in Aland's government:")
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "dt", "caption"})
LABEL_TAGS = frozenset({"p", "div", "strong", "b", "span", "section", "header"})


@dataclass(frozen=True, slots=True)
class _Event:
    start: int
    end: int
    label: str
    rank: int = 9  # h1 .. h6 -> 1 .. 6; other heading tags 7; bold or counted paragraphs 8


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _inside(merged: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    """Whether ``span`` lies inside one of the disjoint, sorted intervals ``merged``."""
    index = bisect_right(merged, (span[0], sys.maxsize)) - 1  # the last interval opening at or before it
    return index >= 0 and merged[index][0] <= span[0] and span[1] <= merged[index][1]


def _heading_events(page: HtmlPage, text: str) -> list[_Event]:
    events: dict[tuple[int, int], _Event] = {}
    containers = _merged(
        [
            span
            for tag in tags(page.root, ("li", "table"))
            if is_tag(tag) and (span := page.span(tag)) is not None and span[0] < span[1]
        ]
    )
    for tag in tags(page.root, HEADING_TAGS | LABEL_TAGS):
        if not is_tag(tag):
            continue
        span = page.span(tag)
        if span is None or span[0] >= span[1] or _inside(containers, span):
            continue
        label = text[span[0] : span[1]].strip()
        # a lead-in ends in a colon, or in words saying the list follows (``…は次の通り。``, ``…如下。``)
        lead_in = label.endswith(("：", ":")) or LEAD_IN_END_RE.search(label) is not None
        limit = MAX_LEAD_IN_LENGTH if lead_in else MAX_HEADING_LENGTH
        if not label or "\n" in label or len(label) > limit:
            continue
        if tag.name not in HEADING_TAGS:
            bold = tag.name in {"strong", "b"} or (
                (inner := tag.find(["strong", "b"])) is not None
                and is_tag(inner)
                and page.span(inner) == span
            )
            if not (bold or lead_in or stated_count(label) is not None):
                continue
        events[span] = _Event(span[0], span[1], label, _rank(tag.name))
    return sorted(events.values(), key=lambda e: (e.start, e.end))


LEAD_IN_RANK = 8  # a paragraph or a bold line, below every heading element


def _rank(tag: str) -> int:
    if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
        return int(tag[1])
    return 7 if tag in HEADING_TAGS else LEAD_IN_RANK


def _governing(events: list[_Event], starts: list[int]) -> list[tuple[_Event | None, _Event | None]]:
    """Per list (by start offset), the group heading and the category heading it sits under.

    A list's own heading is the nearest one above it, after the list before; it names a group when it
    states a count, ends in a colon, or every list has one. Where the headings are of two levels, the
    upper ones are groups and the lower ones categories: by their tags (``h2`` over ``h3``), else by
    their counts (``top_level_headings``); a first heading over all the others (its count their sum) is
    the list's total, not a group."""
    own: list[_Event | None] = []
    k = 0
    for start in starts:
        last: _Event | None = None
        while k < len(events) and events[k].start < start:
            last, k = events[k], k + 1
        own.append(last)
    every = all(e is not None for e in own) and len(own) >= 2
    named = [e if e is not None and (every or _names_a_group(e.label)) else None for e in own]
    by_rank = _by_rank(events, named)
    if by_rank is not None:
        return by_rank
    flat = [e for e in events if any(e is n for n in named) or _between_lists(e, named, starts)]
    tops = top_level_headings([(e.label, stated_count(e.label)) for e in flat])
    if tops == {0} and len(flat) > 2:
        tops = set()  # one heading over all the others: the total, read by the claims
    top_ids = {id(flat[t]) for t in tops}
    if not top_ids:
        return [(e, None) for e in named]
    out: list[tuple[_Event | None, _Event | None]] = []
    for start, e in zip(starts, named, strict=True):
        tops_above = [x for x in flat if x.start < start and id(x) in top_ids]
        category = e if e is not None and id(e) not in top_ids else None
        out.append((tops_above[-1] if tops_above else None, category))
    return out


def _by_rank(
    events: list[_Event], named: list[_Event | None]
) -> list[tuple[_Event | None, _Event | None]] | None:
    """Groups and categories from heading tags: the lists' own headings of the deepest rank are
    categories under the nearest heading of the rank above them (``h2`` groups over ``h3`` categories,
    or ``h3`` lists under two or more ``h2``). None when the tags show one level only."""
    ranks = {e.rank for e in named if e is not None}
    if not ranks:
        return None
    deep = max(ranks)
    if len(ranks) >= 2:
        upper = max(r for r in ranks if r < deep)
    else:
        first = min(e.start for e in named if e is not None)
        parents = [e for e in events if e.rank < deep and e.start < max(n.start for n in named if n)]
        parent_ranks = [e.rank for e in parents if e.start >= first or _names_a_group(e.label)]
        counted = {r: parent_ranks.count(r) for r in set(parent_ranks)}
        candidates = [r for r, n in counted.items() if n >= 2]
        if not candidates:
            return None
        upper = max(candidates)
    out: list[tuple[_Event | None, _Event | None]] = []
    for e in named:
        if e is None or e.rank != deep:
            out.append((e, None))
            continue
        above = [x for x in events if x.rank == upper and x.start < e.start]
        out.append((above[-1] if above else None, e))
    return out


def _names_a_group(label: str) -> bool:
    return label.rstrip().endswith(("：", ":")) or stated_count(label) is not None


def _between_lists(event: _Event, named: list[_Event | None], starts: list[int]) -> bool:
    """A heading with a count right above a list's own heading (a group over categories)."""
    return stated_count(event.label) is not None and any(
        n is not None and event.start < n.start and not any(event.start < s < n.start for s in starts)
        for n in named
    )


def _category_of(event: _Event | None) -> str | None:
    if event is None:
        return None
    return category_label(event.label) or None
