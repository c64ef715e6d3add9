"""Any HTML ``<ul>``/``<ol>`` list of names (countries, people, companies), a ``<dl>`` of names with
their descriptions (or of posts over the names holding them), a run of paragraphs each opening with a
bold name (``<p><strong>Name</strong><br>Judge, Country</p>``), or cards of a name heading over its figures
or its post.

An item is its ``<li>``'s own text; when the item opens with a bold or linked name
(``<li><strong>Kimberly Prost</strong>, a judge from Canada, who …</li>``) the name is that element and
the words after it are the item's attributes. A list counts when its items are name-shaped; each list's
heading (``<h2>``–``<h6>``, a bold line, a line ending with a colon) is its group when the page holds
several lists, and a count in that heading is the list's stated count.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from pipeline.lang.count_binding import lead_in_counts
from pipeline.lang.scripts import WHITESPACE
from pipeline.models import Attribute, AttributeKind, Heading, Mention, Problem
from sources.base import Document, Extraction
from sources.layouts._group_tallies import closing_tally, labelled_tally
from sources.layouts._headings import group_label
from sources.layouts._html_item_blocks import (
    MIN_ITEMS,
    _bold_paragraphs,
    _card_lines,
    _posts_first,
    _value_cards,
)
from sources.layouts._html_item_details import _attributes, _values
from sources.layouts._html_item_names import _definition_items, _Item, _items, _name_shaped
from sources.layouts._html_list_headings import _Event, _heading_events
from sources.layouts._html_list_items import LIST_TAGS, _children, _own_text, a_label
from sources.layouts._records import parse_span
from sources.page import HtmlPage, page_of
from sources.tags import first_tag, is_tag, parent_tag, tags

if TYPE_CHECKING:
    from bs4 import Tag


NAME = "html-items"
CONFIDENCE = 0.88  # below the organization-list reader, which knows sections and categories
MIN_GROUP_ITEMS = 2
LABEL_ITEM_RANK = 7  # an item that labels the list nested in it ranks as a heading tag other than h1-h6


def _nested_groups(list_tag: Tag, page: HtmlPage, text: str) -> list[tuple[_Event, Tag]]:
    """``<li>Full ban (12 countries)<ul><li>…</ul></li>``: every item of the list labels the list nested
    in it (its words state a count or end in a colon); [] when any item is not such a label."""
    out = []
    for li in _children(list_tag):
        nested = first_tag(li, LIST_TAGS)
        span = _own_text(li, page, text)
        own = text[span[0] : span[1]].strip(WHITESPACE) if span is not None else ""
        if not is_tag(nested) or span is None or not a_label(own):
            return []
        out.append((_Event(span[0], span[1], own, LABEL_ITEM_RANK), nested))
    return out


def _lists(doc: Document, page: HtmlPage) -> tuple[list[list[_Item]], list[_Event]]:
    """The page's lists of names, and the items that label lists nested in them (as heading events)."""
    found = []
    labels: list[_Event] = []
    for items in map(partial(_posts_first, text=doc.text), _bold_paragraphs(page, doc.text)):
        if all(_name_shaped(doc.text[i.name[0] : i.name[1]]) for i in items):
            found.append(items)
    found.extend(_value_cards(page, doc.text))
    for list_tag in tags(page.root, (*LIST_TAGS, "dl")):
        if parent_tag(list_tag, ("li", "table")) is not None:
            continue
        span = page.span(list_tag)
        if span is None or span[0] >= span[1] or (doc.body_end >= 0 and span[0] >= doc.body_end):
            continue
        nested = _nested_groups(list_tag, page, doc.text) if list_tag.name != "dl" else []
        for event, _ in nested:
            labels.append(event)
        for tag in [tag for _, tag in nested] or [list_tag]:
            # a <dl> of posts (<dt>) each over the name holding it (<dd>) reads as paragraphs of them do
            items = (
                _posts_first(_definition_items(tag, page), doc.text)
                if tag.name == "dl"
                else _items(tag, page, doc.text)
            )
            shaped = all(_name_shaped(doc.text[i.name[0] : i.name[1]]) for i in items)
            if shaped and (len(items) >= MIN_GROUP_ITEMS or len(items) == 1):
                found.append(items)
    # a list of two is one group of a longer list on the page, never a list alone; a list of one only
    # among several lists, a group of one under a heading of its own (``_alone``)
    if sum(len(items) >= MIN_GROUP_ITEMS for items in found) < 2:
        found = [items for items in found if len(items) >= MIN_GROUP_ITEMS]
    return (found, labels) if any(len(items) >= MIN_ITEMS for items in found) else ([], [])


def _alone(lists: list[list[_Item]], keys: list[tuple[int, int] | None]) -> list[bool]:
    """Which lists are read: all but a list of one under no heading or under a heading it shares."""
    return [
        len(items) > 1 or (key is not None and keys.count(key) == 1)
        for items, key in zip(lists, keys, strict=True)
    ]


def _mention(doc: Document, item: _Item, group: str) -> Mention | None:
    parts = parse_span(doc.text, *item.name)
    if parts.empty:
        return None
    read = _card_lines(doc.text, item.name[1], item.end) if item.card else None
    if read is not None:
        parts = replace(parts, values=(*parts.values, *read[0]), attributes=(*parts.attributes, *read[1]))
    elif item.name != (item.start, item.end):
        tail = item.rest if item.rest >= 0 else item.name[1]
        values = _values(doc.text, tail, item.end)
        if values:
            parts = replace(parts, values=(*parts.values, *values))
        else:
            attributes = _attributes(doc.text, tail, item.end)
            parts = replace(parts, attributes=(*parts.attributes, *attributes))
    if item.post is not None:
        ps, pe = item.post
        title = Attribute(AttributeKind.TITLE, doc.text[ps:pe].rstrip(":："), "", ps, pe)
        parts = replace(parts, attributes=(title, *parts.attributes))
    return parts.mention(doc.id, 0, category=None, start=item.name[0], end=item.name[1], group=group)


def _group_headings(
    doc: Document, event: _Event, label: str, opening: int | None, items: Sequence[_Item], every: int
) -> list[Heading]:
    """The heading of a list's group, its count stated in the heading, by the tally under it
    (``opening``) or by the block after its last item (``<p>（共3國）</p>``); a closing block that counts
    the ``every`` items of all the lists, not this list's, is the whole list's total, a heading after it."""
    counts = lead_in_counts(event.label)
    tally, total = opening, None
    if tally is None and (closing := closing_tally(doc.text, items[-1].end)) is not None:
        tally, s, e = closing
        if tally == every != len(items):
            total, tally = Heading(doc.id, doc.text[s:e], None, tally, s, e), None
    out = [total] if total is not None else []
    if counts or label or tally is not None:
        stated = counts[0].value if counts else tally
        out.insert(0, Heading(doc.id, event.label, None, stated, event.start, event.end, label))
    return out


class HtmlItemsLayout:
    name = NAME
    description = (
        "any HTML <ul>/<ol> of names, a bold or linked name opening an item and the rest its attributes; "
        "a <dl> of names (<dt>) and their descriptions (<dd>); a run of <p> each opening with a bold name"
    )

    def detect(self, doc: Document) -> float:
        page = page_of(doc)
        return CONFIDENCE if page is not None and _lists(doc, page)[0] else 0.0

    def extract(self, doc: Document) -> Extraction:
        page = page_of(doc)
        if page is None:
            return Extraction(NAME)
        lists, labels = _lists(doc, page)
        # an item's own bold name is no heading over the items after it (a run an insert cut in two)
        named = [(i.start, i.end) for items in lists for i in items]
        events = sorted(
            [e for e in _heading_events(page, doc.text) if not any(s <= e.start < t for s, t in named)]
            + labels,
            key=lambda e: (e.start, e.end),
        )
        governing = [next((e for e in reversed(events) if e.end <= items[0].start), None) for items in lists]
        # "<h3>Full ban</h3><p>3 countries</p>" over a list: the tally opens the group the heading labels
        opened = [labelled_tally(doc.text, events, e) for e in governing]
        governing = [e for e, _ in opened]
        # lists under one heading are one list that a figure, an advertisement or the like cut in parts
        keys = [(e.start, e.end) if e is not None else None for e in governing]
        kept = [k for k, read in enumerate(_alone(lists, keys)) if read]
        lists, governing = [lists[k] for k in kept], [governing[k] for k in kept]
        opened, keys = [opened[k] for k in kept], [keys[k] for k in kept]
        grouped = len(set(keys)) >= 2
        mentions: list[Mention] = []
        headings: list[Heading] = []
        problems: list[Problem] = []
        for k, (items, event) in enumerate(zip(lists, governing, strict=True)):
            label = group_label(event.label) if event is not None and grouped else ""
            if event is not None and keys[k] not in keys[:k]:
                every = sum(len(x) for x in lists) if grouped else len(items)
                headings += _group_headings(doc, event, label, opened[k][1], items, every)
            for item in items:
                m = _mention(doc, item, label)
                if m is not None:
                    mentions.append(m)
        return Extraction(NAME, tuple(mentions), tuple(headings), tuple(problems))


LAYOUTS = (HtmlItemsLayout(),)
