"""The items of an HTML list and their names: an ``<li>``'s own text, the bold or linked name it opens
with (or several tied names), a ``<dl>``'s terms, and whether an item is name-shaped. Used by the
``html_items`` layout (``html_items.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.lang.leads import FINAL_JOINER_RE
from pipeline.lang.posts import EN_TITLE_RE
from pipeline.lang.scripts import EAST_ASIAN_RE, WHITESPACE
from sources.layouts._html_list_items import _children, _own_text
from sources.layouts._inline_clause_spans import ABBREVIATION_RE
from sources.layouts._ties import tied_lines
from sources.page import HtmlPage
from sources.tags import first_tag, is_tag, tags

if TYPE_CHECKING:
    from bs4 import Tag


MAX_NAME_CHARS = 40
MAX_NAME_WORDS = 8
MAX_PERSON_WORDS = 4  # a person's name before the comma of a long post ("Jane Roe, director of …")
NAME_TAGS = ("strong", "b", "a", "em")
_ASIDE_RE = re.compile(r"\s*\([^()]*\)\s*$")


@dataclass(frozen=True, slots=True)
class _Item:
    start: int
    end: int
    name: tuple[int, int]  # the name's span (the whole item when no element marks it)
    card: bool = False  # a card of lines under its name heading: ``Duty: 25%``, ``Sampled exporter``
    rest: int = -1  # where the words the item's names share begin (-1: right after its name)
    post: tuple[int, int] | None = None  # a bold post before the name (``<b>外相</b>　山田太郎``)


def _lead_name(li: Tag, page: HtmlPage, start: int) -> tuple[int, int] | None:
    first = next((c for c in li.children if not (isinstance(c, str) and not c.strip())), None)
    if is_tag(first) and first.name in NAME_TAGS:
        span = page.span(first)
        if span is not None and span[0] == start and span[1] > span[0]:
            return span
    return None


def _parts_names(gap: str) -> bool:
    """The words between two marked names of one item only part them: a comma or a joiner."""
    words = gap.strip(WHITESPACE)
    return (
        words in {",", "，", "、", ";", "；", "/"}
        or FINAL_JOINER_RE.fullmatch(re.sub(r"^[,，]", "", gap)) is not None
    )


def _lead_names(li: Tag, page: HtmlPage, start: int) -> list[tuple[int, int]]:
    """``<li><a>Aland</a>, <a>Borduria</a> and <a>Carpathia</a> – 190</li>``: an item that opens with
    several names marked alike, parted only by commas or a joiner (places tied in a ranking): their
    spans, the words after the last one shared by all; [] when the item opens with fewer than two."""
    names: list[tuple[int, int]] = []
    mark = ""
    gap_ok = True
    for child in li.children:
        if isinstance(child, str):
            if names and not _parts_names(child):
                break
            gap_ok = True
            continue
        if not is_tag(child) or child.name not in NAME_TAGS or (mark and child.name != mark) or not gap_ok:
            break
        span = page.span(child)
        if span is None or span[1] <= span[0] or (not names and span[0] != start):
            break
        names.append(span)
        mark = child.name
        gap_ok = False
    return names if len(names) >= 2 else []


def _name_shaped(text: str) -> bool:
    t = text.strip(WHITESPACE)
    if not t or re.search(r"[。！？]|[!?]$", t) or (t.endswith(".") and not ABBREVIATION_RE.search(t[:-1])):
        return False  # a sentence, not a name ("Borduria Tech Co." and "Jane Roe Jr." are names)
    if EAST_ASIAN_RE.search(t):
        # the name before its attributes, its other names in parentheses aside: "A（Jane Roe），法官"
        name = re.sub(r"[（(][^（）()]*[）)]", "", re.split(r"[，,]", t, maxsplit=1)[0])
        return len(name) <= MAX_NAME_CHARS
    # the words of the name, a bracket of what it is of aside ("Jane Roe (University of Aland, Borduria)")
    if len(t.split()) <= MAX_NAME_WORDS or 0 < len(_ASIDE_RE.sub("", t).split()) <= MAX_PERSON_WORDS:
        return True
    # "Jane Roe, deputy director of the Aland Affairs Office": a short name, then its post after a comma
    name, comma, post = t.partition(",")
    return (
        bool(comma) and len(name.split()) <= MAX_PERSON_WORDS and EN_TITLE_RE.match(post.strip()) is not None
    )


def _items(list_tag: Tag, page: HtmlPage, text: str) -> list[_Item]:
    out: list[_Item] = []
    for li in _children(list_tag):
        span = _own_text(li, page, text)
        if span is None or span[1] <= span[0]:
            continue
        names = _lead_names(li, page, span[0])
        if names:  # places tied: one item a name, each with the words after the last
            out.extend(_Item(name[0], span[1], name, rest=names[-1][1]) for name in names)
            continue
        name = _lead_name(li, page, span[0]) or span
        out.append(_Item(span[0], span[1], name))
    return _untied(text, out)


def _untied(text: str, items: list[_Item]) -> list[_Item]:
    """``<li>Carpania, Dorland – 191</li>`` among ``<li>Aland – 193</li>``: items of plain text that are
    lines of ties (``_ties``), one item a name, each with the figure after the last."""
    if not items or any(i.name != (i.start, i.end) for i in items):
        return items
    lines = tied_lines(text, [(i.start, i.end) for i in items])
    if lines is None:
        return items
    return [
        _Item(name[0], item.end, name, rest=rest)
        for item, (names, rest) in zip(items, lines, strict=True)
        for name in names
    ]


def _definition_items(dl: Tag, page: HtmlPage) -> list[_Item]:
    """``<dl><dt>name</dt><dd>title, organization</dd>…</dl>``: each term a name, the descriptions after
    it its attributes. A ``<dl>`` whose descriptions hold lists or tables is groups of lists, not items."""
    if first_tag(dl, ("ul", "ol", "table", "dl")) is not None:
        return []
    out = []
    terms = tags(dl, ("dt",), recursive=False)
    for term in terms:
        name = page.span(term)
        if name is None or name[1] <= name[0]:
            continue
        end = name[1]
        for sibling in term.find_next_siblings():
            if not is_tag(sibling) or sibling.name != "dd":
                break
            if (span := page.span(sibling)) is not None:
                end = max(end, span[1])
        out.append(_Item(name[0], end, name))
    return out
