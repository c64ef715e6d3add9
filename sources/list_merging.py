"""The lists several layouts read from one article: whether a further list is another list or the same
blocks read again, and the lists merged into one in text order, each a group.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pipeline.models import Heading, Kind, Mention
from sources.base import Document
from sources.layouts._headings import group_label
from sources.layouts._table_header_words import HEADER_WORDS_RE, caption
from sources.parallel_leads import parallel_lead


def as_numbered_item(m: Mention, article: str, position: int) -> Mention:
    """``m`` as item ``position`` of ``article`` (itself when it already is: layouts number their items)."""
    if m.article == article and m.kind is Kind.LIST and m.position == position:
        return m
    return replace(m, article=article, kind=Kind.LIST, position=position)


def _names(mentions: Sequence[Mention]) -> set[str]:
    return {n for m in mentions for n in (m.name_zh, m.name_en) if n}


MAX_LABEL_CHARS = 20  # a heading that is a group's label alone ("Companies:", "受制裁企業：")


def _labelled(found: list[Mention], headings: Sequence[Heading]) -> bool:
    """Every item of ``found`` is filed under one group whose heading is its label alone and short."""
    labels = {m.group for m in found}
    if len(labels) != 1 or not (label := labels.pop()) or len(label) > MAX_LABEL_CHARS:
        return False
    return any(h.group == label and h.label.strip().rstrip(":：") == label for h in headings)


def another_list(
    text: str,
    found: list[Mention],
    headings: Sequence[Heading],
    lists: Sequence[tuple[str, list[Mention], object]],
) -> bool:
    """A second list in the same article, read by another layout: it states its own count and lists that
    many items (or stands under a heading that is its label alone, ``Companies:``, or is led in by words
    parallel to a list's already read), shares no text with the lists already read and is not a summary
    of them."""
    if (
        not any(h.stated == len(found) for h in headings)
        and not _labelled(found, headings)
        and not parallel_lead(text, found, [ms for _, ms, _ in lists])
    ):
        return False
    taken = [(m.start, m.end) for _, ms, _ in lists for m in ms]
    if any(a < m.end and m.start < b for m in found for a, b in taken):
        return False
    return not _names(found) <= _names([m for _, ms, _ in lists for m in ms])


def beside_taken(
    family: str,
    found: list[Mention],
    headings: tuple[Heading, ...],
    lists: Sequence[tuple[str, list[Mention], object]],
) -> tuple[list[Mention], tuple[Heading, ...]]:
    """What the lines layouts read beside the lists already read: a group of lines any of which lies over
    an item already read (a table's rows read again as lines) is left out whole with its heading, the
    groups under headings of their own kept. (A sentence's runs are no such groups: the inline layout's
    are left as they are.)"""
    if family != "lines":
        return found, headings
    taken = [(m.start, m.end) for _, ms, _ in lists for m in ms]
    over = {m.group for m in found if any(a < m.end and m.start < b for a, b in taken)}
    if not over or len(over) == len({m.group for m in found}):
        return found, headings
    return [m for m in found if m.group not in over], tuple(h for h in headings if h.group not in over)


def _around(text: str, found: Sequence[Mention]) -> str:
    """The label of a list printed inside one line (``另外，A、B及C 3國受部分限制。``): the line's words
    before its first item and after its last, as a heading's ("" when the list spans lines)."""
    lo, hi = min(m.start for m in found), max(m.end for m in found)
    if "\n" in text[lo:hi]:
        return ""
    start = text.rfind("\n", 0, lo) + 1
    end = text.find("\n", hi)
    return group_label(text[start:lo] + text[hi : end if end >= 0 else len(text)])


def merged_lists(
    doc: Document, lists: Sequence[tuple[str, list[Mention], tuple[Heading, ...]]]
) -> tuple[list[Mention], tuple[Heading, ...]]:
    """The lists read from one article as one list in text order; when there are several, each is a group
    (its own group labels kept, else the label of its counted heading or of the line above it)."""
    if len(lists) == 1:
        return lists[0][1], lists[0][2]
    mentions: list[Mention] = []
    headings: list[Heading] = []
    for _, found, heads in lists:
        counted = next((h for h in heads if h.stated == len(found)), None)
        label = group_label(counted.label) if counted is not None else ""
        if not label:
            line = caption(doc, min(m.start for m in found), 0)
            if line and all(HEADER_WORDS_RE.match(word) for word in line[0].split()):
                line = caption(doc, line[1], 0, lead_in=True)  # a table's header row: the line above it
            read = [m for _, ms, _ in lists if ms is not found for m in ms]
            if line and any(m.start < line[2] and line[1] < m.end for m in read):
                line = None  # the line above is an item of another list read, no label of this one
            label = group_label(line[0]) if line else _around(doc.text, found)
        mentions.extend(m if m.group else replace(m, group=label) for m in found)
        # the count of the group's own heading, though it miscounts the items under it ("第一級（17個）：")
        headings.extend(
            h
            if h.group or (h.stated != len(found) and group_label(h.label) != label)
            else replace(h, group=label)
            for h in heads
        )
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    return [replace(m, position=i) for i, m in enumerate(ordered, start=1)], tuple(headings)
