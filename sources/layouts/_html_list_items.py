"""The items of an HTML ``<ol>``/``<ul>`` list: an ``<li>``'s own text (nested lists aside) with its
values, the parent body of a nested list, and how many items look like organizations. Used by the
``html_list`` and ``html_items`` layouts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from pipeline.lang.posts import EN_TITLE_RE
from pipeline.lang.values import find_values
from sources.layouts._item_marker import after_marker
from sources.layouts._records import parse_span
from sources.layouts._table_cells import ItemParts, parse_item
from sources.page import HtmlPage
from sources.prose import stated_count
from sources.tags import first_tag, is_tag, tags

if TYPE_CHECKING:
    from bs4 import Tag


MAX_ITEM_LENGTH = 200
MAX_NESTING = 3  # lists nested deeper than this are read as part of their item
LIST_TAGS = ("ol", "ul")


@dataclass(slots=True)
class _Item:
    parts: ItemParts
    parent: str
    group: tuple[str, int, int] | None = None  # the label item it is listed under: (text, start, end)
    is_org: bool = False  # what the item names is a body (its marked name, when one opens the item)


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
    return after_marker(text, start, end), end


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
