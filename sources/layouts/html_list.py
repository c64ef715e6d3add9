"""Layout: organizations listed in HTML ``<ol>`` / ``<ul>`` lists under headings.

A list counts when most of its items look like organizations (``中文名（English）``,
``English name (ACRONYM)``, a Chinese name ending in an organization-type word ...). A list's group
is the nearest heading above it (``h1``-``h6``, a bold or short paragraph ending in a colon or
stating a count); where headings are of two levels, the upper ones are groups and the lower ones
categories. Stated counts (``共35個``,
``(31)``) are kept on the headings. An item holding a nested list is the parent body of the nested
items (its acronym or name goes to ``Mention.parent``), not an item itself.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from pipeline.lang.leads import LEAD_IN_END_RE
from pipeline.lang.posts import EN_TITLE_RE
from pipeline.lang.values import find_values
from pipeline.models import Heading, Mention, Problem, Severity
from sources.base import Document, Extraction
from sources.layouts._headings import group_label, top_level_headings
from sources.layouts._memo import per_document
from sources.layouts._records import parse_span
from sources.layouts._table_cells import ItemParts, parse_item
from sources.layouts._table_header import category_label
from sources.page import HtmlPage, page_of
from sources.prose import stated_count
from sources.tags import first_tag, is_tag, parent_tag, tags

if TYPE_CHECKING:
    from bs4 import Tag

__all__ = ["LAYOUTS", "HtmlListLayout"]

CONFIDENCE = 0.9
MIN_ITEMS = 3
MIN_ORG_SHARE = 0.6
MAX_ITEM_LENGTH = 200
MAX_HEADING_LENGTH = 60
MAX_LEAD_IN_LENGTH = 80  # a paragraph ending in a colon ("Seven of them hold posts in Aland's government:")
MAX_NESTING = 3  # lists nested deeper than this are read as part of their item
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "dt", "caption"})
LABEL_TAGS = frozenset({"p", "div", "strong", "b", "span", "section", "header"})
LIST_TAGS = ("ol", "ul")


@dataclass(frozen=True, slots=True)
class _Event:
    start: int
    end: int
    label: str
    rank: int = 9  # h1 .. h6 -> 1 .. 6; other heading tags 7; bold or counted paragraphs 8


@dataclass(slots=True)
class _Item:
    parts: ItemParts
    parent: str
    group: tuple[str, int, int] | None = None  # the label item it is listed under: (text, start, end)
    is_org: bool = False  # what the item names is a body (its marked name, when one opens the item)


@dataclass(slots=True)
class _Reading:
    mentions: list[Mention] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)


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


def _own_text(li: Tag, page: HtmlPage, text: str) -> tuple[int, int] | None:
    """The span of ``li`` without the lists nested in it."""
    span = page.span(li)
    if span is None:
        return None
    start, end = span
    nested = first_tag(li, LIST_TAGS)
    if is_tag(nested) and (nested_span := page.span(nested)) is not None:
        end = min(end, nested_span[0])
    while end > start and text[end - 1] in " \n":
        end -= 1
    return start, end


def _with_values(text: str, parts: ItemParts) -> ItemParts:
    """``<li>甲國（Aland）：25%</li>``: the item's values (and what else the shared item reader cuts off
    its name) read as every layout reads an item's span, the span kept."""
    read = parse_span(text, parts.start, parts.end)
    if read.empty or not read.values:
        return parts
    return replace(
        parts,
        name_zh=read.name_zh,
        name_en=read.name_en,
        acronym=read.acronym,
        aliases=read.aliases,
        note=read.note,
        values=read.values,
        attributes=read.attributes,
    )


def _items(list_tag: Tag, page: HtmlPage, text: str) -> list[_Item]:
    """The items of a list in document order; an item holding a nested list is the parent of the
    nested items (``Body (ACRONYM)`` over its commissions), not an item itself."""
    items: list[_Item] = []
    Label = tuple[str, int, int] | None
    stack: list[tuple[list[Tag], str, Label, int]] = [(_children(list_tag), "", None, 0)]
    while stack:
        pending, parent, group, depth = stack.pop()
        while pending:
            li = pending.pop(0)
            span = _own_text(li, page, text)
            parts = parse_item(text[span[0] : span[1]], span[0]) if span is not None else None
            if parts is not None and find_values(text[parts.start : parts.end]):
                parts = _with_values(text, parts)
            nested = first_tag(li, LIST_TAGS)
            if parts is not None and not (is_tag(nested) and depth < MAX_NESTING):
                items.append(_Item(parts, parent, group, _names_a_body(li, page, text, parts)))
            if is_tag(nested) and depth < MAX_NESTING:
                stack.append((pending, parent, group, depth))
                own = text[span[0] : span[1]].strip() if span is not None else ""
                if span is not None and a_label(own):
                    # "甲類機構（3個）" over its items: the group they are listed under
                    stack.append((_children(nested), parent, (own, span[0], span[1]), depth + 1))
                else:
                    # an item holding a list is the parent body of its items, not an item itself
                    label = (parts.acronym or parts.name_zh or parts.name_en) if parts else parent
                    stack.append((_children(nested), label, group, depth + 1))
                break
    return items


NAME_TAGS = ("strong", "b", "a", "em")
_DESCRIPTION_RE = re.compile(r"^\s*[,，;；:：\-–—]")


def _names_a_body(li: Tag, page: HtmlPage, text: str, parts: ItemParts) -> bool:
    """Whether the item names a body. An item opening with a marked name and a description after a
    comma (``<li><b>Jane Roe</b>, Director of the Aland Liaison Office</li>``) names what is marked: the
    office in the description is where the person works, not the item."""
    first = next((c for c in li.children if not (isinstance(c, str) and not c.strip())), None)
    lead = page.span(first) if is_tag(first) and first.name in NAME_TAGS else None
    if lead is None:
        lead = _posted_name(text, parts.start, parts.end)
    if lead is None or lead[0] != parts.start or lead[1] >= parts.end:
        return parts.is_org
    if not _DESCRIPTION_RE.match(text[lead[1] : parts.end]):
        return parts.is_org
    name = parse_item(text[lead[0] : lead[1]], lead[0])
    return name is not None and name.is_org


MAX_PERSON_WORDS = 4


def _posted_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``Jane Roe, deputy director of the Aland Affairs Office`` unmarked: the short name before the comma
    when a post opens the words after it; None otherwise."""
    name, comma, post = text[start:end].partition(",")
    if not comma or len(name.split()) > MAX_PERSON_WORDS or EN_TITLE_RE.match(post.strip()) is None:
        return None
    return start, start + len(name.rstrip())


def a_label(text: str) -> bool:
    """An item's own words that label the list nested in it (a count, a closing colon), not a body."""
    return bool(text) and (text.endswith(("：", ":")) or stated_count(text) is not None)


def _children(list_tag: Tag) -> list[Tag]:
    return tags(list_tag, ("li",), recursive=False)


def _org_share(items: list[_Item]) -> float:
    if not items:
        return 0.0
    lengths = [item.parts.end - item.parts.start for item in items]
    if sum(lengths) / len(lengths) > MAX_ITEM_LENGTH:
        return 0.0
    return sum(1 for item in items if item.is_org) / len(items)


@per_document
def _read(doc: Document) -> _Reading | None:
    page = page_of(doc)
    if page is None:
        return None
    text = doc.text
    lists: list[tuple[int, Tag, list[_Item]]] = []
    for list_tag in tags(page.root, LIST_TAGS):
        if parent_tag(list_tag, ("li", "table")) is not None:
            continue
        span = page.span(list_tag)
        if span is None or span[0] >= span[1]:
            continue
        if doc.body_end >= 0 and span[0] >= doc.body_end:
            continue
        items = _items(list_tag, page, text)
        share = _org_share(items)
        # a short list (a category with one or two bodies) counts when all its items are bodies
        if (len(items) >= MIN_ITEMS and share >= MIN_ORG_SHARE) or (items and share == 1.0):
            lists.append((span[0], list_tag, items))
    reading = _Reading()
    if sum(len(items) for _, _, items in lists) < MIN_ITEMS:
        return reading
    ordered = sorted(lists, key=lambda entry: entry[0])
    governing = _governing(_heading_events(page, text), [start for start, _, _ in ordered])
    emitted: set[tuple[int, int]] = set()
    position = 0
    for (_, _, items), (group_event, category_event) in zip(ordered, governing, strict=True):
        group = group_label(group_event.label) if group_event is not None else ""
        if len(ordered) == 1 and group_event is not None and group_event.rank == LEAD_IN_RANK:
            group = ""  # the one list's lead-in paragraph ("…五國新稅率：") introduces it: no group
        category = _category_of(category_event)
        for governing_event, is_group in ((group_event, True), (category_event, False)):
            if governing_event is None or (governing_event.start, governing_event.end) in emitted:
                continue
            emitted.add((governing_event.start, governing_event.end))
            reading.headings.append(
                Heading(
                    doc.id,
                    governing_event.label if is_group else category or governing_event.label,
                    None if is_group else category,
                    stated_count(governing_event.label),
                    governing_event.start,
                    governing_event.end,
                    group,
                )
            )
        for item in items:
            position += 1
            parts = item.parts
            if item.group is not None and (item.group[1], item.group[2]) not in emitted:
                emitted.add((item.group[1], item.group[2]))
                own, gs, ge = item.group
                label = group_label(own)
                reading.headings.append(Heading(doc.id, own, None, stated_count(own), gs, ge, label))
            reading.mentions.append(
                parts.mention(
                    doc.id,
                    position,
                    category=category,
                    start=parts.start,
                    end=parts.end,
                    parent=item.parent,
                    group=group_label(item.group[0]) if item.group is not None else group,
                )
            )
    return reading


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


@dataclass(frozen=True, slots=True)
class HtmlListLayout:
    """Organizations in ``<ol>``/``<ul>`` lists, groups and counts from the headings above."""

    name: str = "html-list"
    description: str = "HTML <ol>/<ul> lists of organizations under headings that give group and count"
    min_items: int = MIN_ITEMS

    def detect(self, doc: Document) -> float:
        reading = _read(doc)
        if reading is None:
            return 0.0
        return CONFIDENCE if len(reading.mentions) >= self.min_items else 0.0

    def extract(self, doc: Document) -> Extraction:
        reading = _read(doc)
        if reading is None:
            return Extraction(
                self.name,
                problems=(Problem(doc.id, "not-html", Severity.WARNING, "the document has no HTML tree"),),
            )
        problems: tuple[Problem, ...] = ()
        if not reading.mentions:
            problems = (
                Problem(doc.id, "no-html-list", Severity.INFO, "no list of organizations in the page"),
            )
        return Extraction(self.name, tuple(reading.mentions), tuple(reading.headings), problems)


LAYOUTS = (HtmlListLayout(),)
