"""Counts of a list's groups stated together before the list, each by the word its group is labelled with
(``對4名個人及3家實體採取反制措施`` over ``個人：`` and ``實體：``; ``sanctioned four individuals and three
entities`` over ``The individuals designated are:`` and ``The entities designated are …``;
``個人11人と3団体``).

A group that states no count of its own takes the count whose noun is its label's: the word after the
count's classifier (``4名個人``), the count's own counter word in English (``four individuals``) or
Japanese (``3団体``), or the word right before the count (``個人11人``). A count matching no group, or
matching several, binds nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.lang.counts import Count, find_counts
from pipeline.models import Heading, Kind, Mention
from sources.base import Document

MIN_GROUPS = 2
MIN_NOUN_CHARS = 2  # a group's word in Chinese or Japanese ("個人", "實體", "団体")
_LATIN_WORD_RE = re.compile(r"[A-Za-z]+")


def _nouns(text: str, c: Count) -> tuple[str, str, str]:
    """The words a count may name its group by: its counter, the words after it, the words before it."""
    return c.counter, text[c.end : c.end + 12].lstrip(), text[max(0, c.start - 12) : c.start].rstrip()


def _names(label: str, text: str, c: Count) -> bool:
    counter, after, before = _nouns(text, c)
    words = {w.lower() for w in _LATIN_WORD_RE.findall(label)}
    if counter and _LATIN_WORD_RE.fullmatch(counter):
        return counter.lower() in words  # "four individuals" over "The individuals designated"
    core = label.strip()
    if len(core) < MIN_NOUN_CHARS or _LATIN_WORD_RE.search(core):
        return False
    return (
        counter == core
        or after.startswith(core)
        or before.endswith(core)
        or (len(counter) >= MIN_NOUN_CHARS and core.endswith(counter))
    )


def counted_groups(
    doc: Document, headings: Sequence[Heading], mentions: Sequence[Mention]
) -> tuple[Heading, ...]:
    """``headings`` with each group that states no count given the one counting it by name before the
    list (a heading of its own at the count, when the group has none)."""
    listed = [m for m in mentions if m.kind is Kind.LIST]
    groups = list(dict.fromkeys(m.group for m in listed if m.group))
    if len(groups) < MIN_GROUPS:
        return tuple(headings)
    counted = {h.group for h in headings if h.group and h.stated is not None}
    open_groups = [g for g in groups if g not in counted]
    first = min(m.start for m in listed)
    text = doc.text
    found: dict[str, Count] = {}
    for c in find_counts(text[:first]):
        named = [g for g in open_groups if _names(g, text, c)]
        if len(named) == 1:
            found.setdefault(named[0], c)  # the first count naming the group
    if not found:
        return tuple(headings)
    out = []
    for h in headings:
        bound = found.pop(h.group, None) if h.group and h.stated is None else None
        out.append(h if bound is None else replace(h, stated=bound.value))
    out.extend(
        Heading(doc.id, text[c.start : c.end], None, c.value, c.start, c.end, group)
        for group, c in found.items()
    )
    return tuple(out)
