"""The places an HTML ``<ol>`` of a ranking states without printing them.

A browser numbers an ordered list's items (1, 2, 3 ..., from ``start=``, reset by ``<li value=>``, counting
down when ``reversed``): the reader sees ``3. 丙國`` where the page's text holds ``丙國`` alone. Where the
list is a ranking, that number is the item's place, and it corroborates or contradicts the places other
outlets print. Read by structure alone:

1. an ``<ol>`` (not nested in another list item) of at least ``MIN_ITEMS`` items;
2. its lead or heading (the ``LEAD_LINES`` lines of text above it) says it is a ranking: a ranking's word
   (``rank_cues.RANKING_WORD_RE``) or a cut-off by rank (``count_lines.top_count``: ``前5名``, ``top 10``),
   and none that says its order is none (``排名不分先後``, ``in no particular order``: ``UNRANKED_RE``);
3. no ``<li>`` holds two items or more: names tied in one item have the item's number as their place in a
   dense ranking only (``1, 2, 2, 3``), where other outlets may print ``1, 2, 2, 4``: such a list is left;
4. each list item read from one of its ``<li>`` is given its place as a first value under the column of
   places (``rank_cues.PLACE_COLUMN_LABELS``), unless the item prints a number of its own before its name or
   already holds a place in a column of places.

A numbered list of things that are not ranked (a lead with no ranking's word) is left as it is: its order
states nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.lang.count_lines import top_count
from pipeline.lang.rank_cues import PLACE_COLUMN_LABELS, RANK_COLUMN_RE, RANKING_WORD_RE, UNRANKED_RE
from pipeline.lang.scripts import script_of
from pipeline.models import Mention, Value
from sources.page import page_of
from sources.tags import parent_tag, tags

if TYPE_CHECKING:
    from bs4 import Tag

    from sources.base import Document

__all__ = ["ordered_places"]

MIN_ITEMS = 2
LEAD_LINES = 2  # the lines above the list that lead in to it: its heading and its lead-in paragraph
_PRINTED_NUMBER_RE = re.compile(r"\s*[(（]?[0-9０-９]")


def _number(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _places(ol: Tag) -> list[tuple[Tag, int]]:
    """Each ``<li>`` of ``ol`` (its own, not a nested list's) with the number a browser shows for it."""
    items = tags(ol, ("li",), recursive=False)
    step = -1 if ol.has_attr("reversed") else 1
    at = _number(str(ol.get("start"))) if ol.has_attr("start") else None
    place = at if at is not None else (len(items) if step < 0 else 1)
    out: list[tuple[Tag, int]] = []
    for li in items:
        own = _number(str(li.get("value"))) if li.has_attr("value") else None
        place = own if own is not None else place
        out.append((li, place))
        place += step
    return out


def _lead(text: str, start: int, *, lines: int = LEAD_LINES) -> str:
    """The last ``lines`` lines of text above ``start`` (the nearest, its lead-in, tells its script)."""
    above = [line for line in text[:start].splitlines() if line.strip()]
    return "\n".join(above[-lines:])


def _ranking(lead: str) -> bool:
    if UNRANKED_RE.search(lead):
        return False  # "排名不分先後", "in no particular order"
    return bool(RANKING_WORD_RE.search(lead)) or top_count(lead) is not None


def _placed(m: Mention, place: int, start: int, label: str) -> Mention:
    value = Value(raw=str(place), number=float(place), unit="", column=label, start=start, end=start)
    return replace(m, values=(value, *m.values))


def _holds_place(m: Mention, text: str, li_start: int) -> bool:
    """The item prints a number of its own before its name, or holds a value under a column of places."""
    if _PRINTED_NUMBER_RE.match(text, li_start, m.start + 1):
        return True
    return any(RANK_COLUMN_RE.match(v.column) for v in m.values if v.column)


def _held(mentions: Sequence[Mention], span: tuple[int, int]) -> list[int]:
    """The indexes of the items read inside ``span`` (one ``<li>``)."""
    return [k for k, m in enumerate(mentions) if span[0] <= m.start < span[1]]


def ordered_places(doc: Document, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with the items of a ranking's ``<ol>`` given their places (see the module's docstring)."""
    page = page_of(doc)
    if page is None or not mentions:
        return list(mentions)
    placed: dict[int, Mention] = {}
    text = doc.text
    for ol in tags(page.root, ("ol",)):
        span = page.span(ol)
        if span is None or parent_tag(ol, ("li",)) is not None:
            continue
        places = _places(ol)
        if len(places) < MIN_ITEMS or not _ranking(_lead(text, span[0])):
            continue
        label = PLACE_COLUMN_LABELS.get(
            script_of(_lead(text, span[0], lines=1)), PLACE_COLUMN_LABELS["latin"]
        )
        held = [
            (place, li_span, _held(mentions, li_span)) for li, place in places if (li_span := page.span(li))
        ]
        if any(len(ks) > 1 for _, _, ks in held):
            continue  # names tied in one item: the browser's number is no place every ranking gives them
        for place, li_span, ks in held:
            for k in ks:
                if not _holds_place(mentions[k], text, li_span[0]):
                    placed[k] = _placed(mentions[k], place, li_span[0], label)
    return [placed.get(k, m) for k, m in enumerate(mentions)]
