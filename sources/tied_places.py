"""A count of a ranking's places over a list longer than it (``前三名`` / ``top three places`` over eleven
names, ``1. Aland, Borduria – 193`` …): tied items share places, so the count is no count of the items and
binds nothing. (The list may print its places, but not always as something each item carries; a count
read against places it cannot see would accuse a correct outlet.) A list of as many names as places, or
fewer, keeps the count: ``前三名`` over two names is short."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pipeline.lang.count_lines import places_count
from pipeline.models import Heading, Kind, Mention


def places_unbound(headings: Sequence[Heading], mentions: Sequence[Mention]) -> tuple[Heading, ...]:
    """``headings`` with the counts of places over lists longer than them left unbound."""
    listed = [m for m in mentions if m.kind is Kind.LIST]
    return tuple(replace(h, stated=None) if _over_ties(h, listed) else h for h in headings)


def _over_ties(h: Heading, listed: Sequence[Mention]) -> bool:
    """``h`` counts places, fewer than the items of the list (or group) it heads."""
    if h.stated is None or places_count(h.label) != h.stated:
        return False
    return sum(1 for m in listed if not h.group or m.group == h.group) > h.stated
