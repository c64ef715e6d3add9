"""The article's list as ``list_counts`` (``pipeline.claims.prose_binding``) reads counts in its prose
against it (``ListItems``), and where a count stands among the list's items: in a sentence holding an
item, right before a group's items or closing them, before the first part of a sentence's items."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from pipeline.claims.scan import SUBSET_RE
from pipeline.lang.counts import find_counts
from pipeline.lang.leads import EXTRA_AFTER_COUNT_RE
from pipeline.lang.rank_cues import RANK_CUTOFF_BEFORE_RE
from pipeline.models import Mention
from pipeline.prose_counts import ProseCount

MAX_MARKER_CHARS = 8  # characters of a list line beside its item: a marker, a number, punctuation
INTRODUCES_CHARS = 40  # how far before the first item of a group a count in its sentence introduces it
_CLOSES_RE = re.compile(r"\s*(?:等|等等|など|を含む)\s*$|\s*,?\s*(?:and|plus)\s*$")  # "A、B等12國", "A and 5"
SEMICOLON_RE = re.compile(r"[；;]")  # where a sentence parts one run of its items from the next


@dataclass(frozen=True, slots=True)
class ListItems:
    """The article's text and its list, read once for every count of its prose."""

    text: str
    listed: Sequence[Mention]
    ordered: Sequence[Mention]  # the items in the order of the text
    items: Sequence[int]  # their starts
    ends: Sequence[int]  # their ends
    total: int  # how many items the list has
    groups: Counter[str]  # each group's size
    members: Mapping[str, Sequence[Mention]]  # each group's items
    # the months and weekdays each group's label names ("6月5日", "Who was sanctioned on Wednesday")
    dated: Mapping[str, set[str]]
    news: str | None  # the group dated as this event (``count_context._news_group``)
    selection: bool  # the article names examples of the list
    of_people: bool  # every item a person with a post
    own_group: Callable[[str], str | None]


def holds_an_item(ls: ListItems, lo: int, hi: int) -> bool:
    items = ls.items
    k = bisect.bisect_left(items, lo)
    return k < len(items) and items[k] < hi


def introduces(ls: ListItems, c: ProseCount, end: int) -> Mention | None:
    """The first item the count introduces in its sentence (``seven other nations, among them A and
    B``, ``12國：A、B``) or the last it closes (``A、B等12國``): bound by position, whatever its words."""
    text, items, ordered = ls.text, ls.items, ls.ordered
    k = bisect.bisect_left(items, c.end)
    if _closes_a_part(ls, c, k):
        return None
    after = ordered[k] if k < len(ordered) and items[k] < end else None
    if after is not None and len(text[c.end : after.start]) <= INTRODUCES_CHARS:
        between = text[c.end : after.start]
        if not find_counts(between) and not SUBSET_RE.search(text[max(0, c.start - 8) : c.start]):
            return after
    before = ordered[k - 1] if k > 0 else None
    if before is not None and before.end <= c.start and _CLOSES_RE.match(text[before.end : c.start]):
        return before
    return None


def _closes_a_part(ls: ListItems, c: ProseCount, k: int) -> bool:
    """``A、B、C等3國以及丁地區``: the count closes the run before it, and one more item of the list
    follows it joined by a word (``lang.leads.EXTRA_AFTER_COUNT_RE``): it counts a part, not the group."""
    text, ordered = ls.text, ls.ordered
    if not 0 < k < len(ordered) or not _CLOSES_RE.match(text[ordered[k - 1].end : c.start]):
        return False
    return EXTRA_AFTER_COUNT_RE.fullmatch(text, c.end, ordered[k].start) is not None


def counts_first_part(ls: ListItems, c: ProseCount, hi: int) -> bool:
    """``三家企業中，甲為17%，乙為18%，丙為35%；丁為7%，…``: the count is as many items as stand after it
    up to the sentence's first semicolon, and more items follow: it counts that part, not the list."""
    text, items = ls.text, ls.items
    stop = SEMICOLON_RE.search(text, c.end, hi)
    if stop is None:
        return False
    k1, k2 = bisect.bisect_left(items, c.end), bisect.bisect_left(items, stop.start())
    return k2 - k1 == c.value and bisect.bisect_left(items, hi) > k2


def words_beside_items(ls: ListItems, lo: int, hi: int) -> bool:
    """The sentence says more than its items and their markers (an inline run's lead-in, not a line
    of a line list): only such a sentence may hold a count bound to its items."""
    items, ends = ls.items, ls.ends
    k1, k2 = bisect.bisect_left(items, lo), bisect.bisect_left(items, hi)
    covered = sum(min(ends[k], hi) - items[k] for k in range(k1, k2))
    return (hi - lo) - covered > MAX_MARKER_CHARS


def cut_off(ls: ListItems, c: ProseCount) -> bool:
    """``前5名`` over more items: a cut-off by rank, five places that ties share, no count of them."""
    text, total = ls.text, ls.total
    return c.value < total and RANK_CUTOFF_BEFORE_RE.search(text[max(0, c.start - 4) : c.start]) is not None
