"""The sections of a line-marked list: the line that titles a run, the description line under
each item of a run, and the headings between runs that split the items into groups with their stated counts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.lang.count_lines import tally_line, total_line
from pipeline.lang.values import find_values
from pipeline.models import Attribute, AttributeKind, Heading, Mention
from sources.base import Document
from sources.layouts._counts import find_count
from sources.layouts._headings import group_label, heading_label_span, only_a_lead_in, top_level_headings
from sources.layouts._lines import Line
from sources.layouts._marked_item_end import item_end
from sources.layouts._marked_runs import Hit
from sources.layouts._parens import stripped_span
from sources.layouts._records import RawItem
from sources.layouts._shapes import MIN_RUN
from sources.layouts._values import value_label

MAX_RUN_TITLE = 60  # characters of a line that titles the run of items right under it


def titled_runs(lines: Sequence[Line], runs: Sequence[Sequence[Hit]]) -> set[int]:
    """``Countries under a full ban`` right above one block of items, ``Countries under partial
    restrictions`` above the next: where every block of items on consecutive lines (two or more blocks)
    has a short line of words (no sentence's end, no colon) right above its first item, after a blank
    line, those lines title the blocks, whatever their words."""
    firsts = [h.line for run in runs for k, h in enumerate(run) if k == 0 or run[k - 1].line != h.line - 1]
    if len(firsts) < 2:
        return set()
    titles = set()
    for first in firsts:
        k = first - 1
        text = lines[k].stripped if k >= 0 else ""
        blank_above = k == 0 or not lines[k - 1].stripped
        if (
            not text
            or not blank_above
            or len(text) > MAX_RUN_TITLE
            or re.search(r"[.。!?！？:：,，]$", text)
            or re.search(r"\s\s|[\t\u3000]", text)  # a table's header, not a title
        ):
            return set()
        titles.add(k)
    return titles


MAX_DESCRIPTION_CHARS = 40
_SENTENCE_RE = re.compile(r"[。！？!?]|\.\s*$")


def described(
    doc: Document, lines: Sequence[Line], mentions: Sequence[Mention], line_of: dict[int, int]
) -> list[Mention]:
    """``1. 張三·李四`` over ``甲國籍法官``: when most items of a marked list are followed by one
    short unmarked line of their own before the next item, that line is the item's description (a title
    attribute), not text between items."""

    taken = set(line_of.values())

    def alone(k: int) -> bool:
        """Line ``k`` is a short line of text, and the line after it a blank or the next item."""
        if k >= len(lines) or k in taken or not (text := lines[k].stripped):
            return False
        ends = k + 1 >= len(lines) or not lines[k + 1].stripped or k + 1 in taken
        return ends and len(text) <= MAX_DESCRIPTION_CHARS and not _SENTENCE_RE.search(text)

    def description(m: Mention) -> tuple[int, int] | None:
        k = line_of.get(m.start)
        if k is None or not alone(k + 1):
            return None
        return stripped_span(doc.text, lines[k + 1].start, lines[k + 1].end)

    found = {m.start: description(m) for m in mentions}
    if len(mentions) < MIN_RUN or sum(1 for v in found.values() if v) * 3 < len(mentions) * 2:
        return list(mentions)
    out = []
    for m in mentions:
        span = found[m.start]
        if span is None:
            out.append(m)
            continue
        title = Attribute(AttributeKind.TITLE, doc.text[span[0] : span[1]], "", span[0], span[1])
        out.append(replace(m, attributes=(*m.attributes, title)))
    return out


def _tallied(
    doc: Document, lines: Sequence[Line], events: Sequence[tuple[int, str]]
) -> tuple[list[tuple[int, str]], dict[int, int]]:
    """The events without the tally lines that belong to a group's heading, and the count each such
    heading gets from its tally: a tally right under the heading (``Full ban:`` over ``17 countries``)
    opens its group, one right after the group's items (``（共3國）``) closes it. A heading that states a
    count of its own keeps it; a closing tally that counts every item of two or more groups, and not the
    last group's, is the list's total, left a heading of its own."""
    out: list[tuple[int, str]] = []
    stated: dict[int, int] = {}
    group: int | None = None  # the last heading, while it states no count
    items = in_group = 0
    headings = 0
    for idx, kind in events:
        if kind == "i":
            items, in_group = items + 1, in_group + 1
            out.append((idx, kind))
            continue
        n = tally_line(lines[idx].text)
        prev = out[-1][1] if out else ""
        if n is not None and group is not None and group not in stated and prev:
            # a bare count after items ("2 countries") may open the next group: a closing tally says so
            closing = total_line(lines[idx].text.strip()) is not None
            whole = headings >= 2 and n == items and n != in_group
            if prev == "h" or (prev == "i" and closing and not whole):
                stated[group] = n
                continue
        headings += 1
        counted = find_count(doc.text[slice(*heading_label_span(lines[idx]))]) is not None
        group, in_group = (None if counted else idx), 0
        out.append((idx, kind))
    return out, stated


def sections_and_items(
    doc: Document, lines: Sequence[Line], events: Sequence[tuple[int, str]], item_lines: dict[int, Hit]
) -> tuple[list[Heading], list[RawItem]]:
    """Walk headings and items in order. Headings of one level are the list's groups; where there are
    two (``top_level_headings``), the upper ones are groups and the lower ones categories within them. A
    heading that is the only one before the first item, or that stands over every other heading (its
    count their sum), is a total over the list, not a group."""
    headings: list[Heading] = []
    raw: list[RawItem] = []
    category: str | None = None
    group = ""
    events, tallies = _tallied(doc, lines, events)
    # a lead-in line (``名單如下：``) alone, or right before another heading, is no heading
    lead_ins = {
        idx
        for k, (idx, kind) in enumerate(events)
        if kind == "h"
        and only_a_lead_in(lines[idx].text)
        and idx not in tallies
        and (sum(1 for _, x in events if x == "h") == 1 or (k + 1 < len(events) and events[k + 1][1] == "h"))
    }
    events = [e for e in events if e[0] not in lead_ins]
    labels = {idx: heading_label_span(lines[idx]) for idx, kind in events if kind == "h"}
    order = [idx for idx, kind in events if kind == "h"]
    texts = [doc.text[slice(*labels[idx])] for idx in order]
    counts = [
        c.value if (c := find_count(t)) else tallies.get(idx) for idx, t in zip(order, texts, strict=True)
    ]
    tops = {order[k] for k in top_level_headings(list(zip(texts, counts, strict=True)))}
    first_item = next((k for k, (_, kind) in enumerate(events) if kind == "i"), len(events))
    before_items = [idx for idx, _ in events[:first_item]]  # the headings before the first item
    totals: set[int] = set()
    if len(order) == 1 and before_items == order:
        totals = set(order)  # "以下為66個組織：" then the items
    elif len(tops) == 1 and order[0] in tops and before_items[:1] == order[:1]:
        totals, tops = set(tops), set()  # one heading over all the others: the list's total
    if tops:  # headings above the first group: about the whole list
        first_top = min(order.index(t) for t in tops)
        totals |= set(order[:first_top])
    two_levels = bool(tops)
    shared = (0, 0)  # the value a group's heading gives its items ("一、稅率25%的國家")
    for idx, kind in events:
        if kind == "i":
            hit = item_lines[idx]
            end = item_end(doc.text, lines, idx, hit.content_start)
            own = bool(find_values(doc.text[hit.content_start : end]))
            raw.append(RawItem(hit.content_start, end, category, group, shared=(0, 0) if own else shared))
            continue
        s, e = labels[idx]
        label = doc.text[s:e]
        count = find_count(label)
        stated = count.value if count else tallies.get(idx)
        if idx in totals:
            headings.append(Heading(doc.id, label, None, stated, s, e))
            continue
        if idx in tops or not two_levels:
            category, group = None, group_label(label)
            shared = value_label(doc.text, s, e) or (0, 0)
            headings.append(Heading(doc.id, label, None, stated, s, e, group))
            continue
        category = group_label(label) or None
        headings.append(Heading(doc.id, label, category, stated, s, e, group))
    return headings, raw
