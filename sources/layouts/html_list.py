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

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pipeline.models import Heading, Mention, Problem, Severity
from sources.base import Document, Extraction
from sources.layouts._headings import group_label
from sources.layouts._html_list_headings import LEAD_IN_RANK, _category_of, _governing, _heading_events
from sources.layouts._html_list_items import LIST_TAGS, _Item, _items, _org_share
from sources.layouts._memo import per_document
from sources.page import page_of
from sources.prose import stated_count
from sources.tags import parent_tag, tags

if TYPE_CHECKING:
    from bs4 import Tag


__all__ = ["LAYOUTS", "HtmlListLayout"]

CONFIDENCE = 0.9
MIN_ITEMS = 3
MIN_ORG_SHARE = 0.6


@dataclass(slots=True)
class _Reading:
    mentions: list[Mention] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)


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
