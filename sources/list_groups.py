"""The groups of a list read by a layout, completed: its categories as its groups when nothing is above
them, the dates its items print as groups, and the headline's count over a list of one group or none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pipeline.lang.dates import DATE_RE
from pipeline.models import Heading, Mention
from sources.base import Document
from sources.layouts._headings import group_label


def categories_as_groups(mentions: list[Mention]) -> list[Mention]:
    """A list of categories only (no group above them): its categories are its groups."""
    return [replace(m, group=group_label(m.category)) if not m.group and m.category else m for m in mentions]


def dates_as_groups(mentions: list[Mention]) -> list[Mention]:
    """A list without groups whose every item prints one date beside it (``甲國（2025年8月20日）``), the
    items of each date in a row and two dates or more: each date is a group (the round its items are in)."""
    dates = [[a.text for a in m.attributes if DATE_RE.fullmatch(a.text)] for m in mentions]
    if len(mentions) < MIN_DATED or any(m.group for m in mentions) or any(len(d) != 1 for d in dates):
        return mentions
    runs = [d[0] for k, d in enumerate(dates) if k == 0 or d != dates[k - 1]]
    if len(set(runs)) != len(runs) or not 2 <= len(runs) < len(mentions):
        return mentions
    return [replace(m, group=d[0]) for m, d in zip(mentions, dates, strict=True)]


MIN_DATED = 3  # items of a list whose dates may be its groups


def grouped_headings(mentions: list[Mention], headings: Sequence[Heading]) -> tuple[Heading, ...]:
    """The headings of categories promoted to groups (``categories_as_groups``) head those groups."""
    if any(m.group for m in mentions if not m.category):
        return tuple(headings)
    if any(m.category and m.group != group_label(m.category) for m in mentions):
        return tuple(headings)
    return tuple(
        replace(h, group=group_label(h.category), category=None) if h.category and not h.group else h
        for h in headings
    )


def headline_counts(
    doc: Document, headings: tuple[Heading, ...], mentions: Sequence[Mention]
) -> tuple[Heading, ...]:
    """Over a list of one group or none, the headline's count (``美制裁四名ICC官員``, ``US sanctions four
    ICC officials``) is a count of the whole list, not a group heading. (Over several groups it may be one
    group's: ``12國全禁`` above a full and a partial ban.)"""
    title = doc.title.strip()
    labels = {m.group for m in mentions if m.group}
    if not title or len(labels) > 1 or (at := doc.text.find(title)) < 0:
        return headings
    line_start = doc.text.rfind("\n", 0, at) + 1
    line_end = doc.text.find("\n", at)
    line_end = len(doc.text) if line_end < 0 else line_end
    return tuple(
        replace(h, group="", category=None)
        if line_start <= h.start < line_end and h.stated is not None and h.group not in labels
        else h
        for h in headings
    )
