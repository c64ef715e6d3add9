"""What a count in a heading claims: the kind and subject it counts (``_heading_subject``), a count over
the groups of a list that counts the list (``_over_the_groups``), a cut-off by rank (``_cut_off_by_rank``),
and the key categories are compared by (``category_key``, ``_labels_match``). Read by ``heading_claims``,
``own_counts`` and ``share_claims``."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

from pipeline.claims.kinds import (
    KIND_CATEGORY,
    KIND_GROUP,
    KIND_TOTAL,
    SUBJECT_TOTAL,
)
from pipeline.lang.numbers import CN_NUM, DIGITS, parse_count
from pipeline.lang.rank_cues import RANK_CUTOFF_BEFORE_RE
from pipeline.models import Heading, Mention
from pipeline.normalize.chinese import zh_key


def category_key(label: str) -> str:
    """Comparison key for a category label: terms folded and joined by blanks, fillers dropped."""
    terms = re.split(r"[、，,與与和及/&\s]+", unicodedata.normalize("NFKC", label or ""))
    out: list[str] = []
    for term in terms:
        term = re.sub(r"(?:等|相關|相关|有關|有关|類|类|領域|领域)+$", "", term)
        key = zh_key(term)
        if key:
            out.append(key)
    return " ".join(out)


def _labels_match(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a == b or zh_key(a) == zh_key(b) or category_key(a) == category_key(b))


def _heading_subject(h: Heading) -> tuple[str, str]:
    if h.category:
        return KIND_CATEGORY, h.category
    if h.group:
        return KIND_GROUP, h.group
    return KIND_TOTAL, SUBJECT_TOTAL


LEAD_IN_CHARS = 40  # at most this far above the first item a heading over the groups stands


def _over_the_groups(h: Heading, listed: Sequence[Mention], own_groups: Mapping[str, int]) -> bool:
    """A heading with a group label no item is filed under, right above the first group of a list printed
    in groups, counting more than any group holds (``財政部公布的11人名單如下：`` over ``甲方官員（7人）`` and
    ``乙方官員（4人）``): it counts the list. Not a headline's count of one group far above the list."""
    if not own_groups or not listed or h.group in own_groups or h.stated is None:
        return False
    first = min(m.start for m in listed)
    return h.end <= first <= h.end + LEAD_IN_CHARS and h.stated > max(own_groups.values())


def _cut_off_by_rank(h: Heading) -> bool:
    """The heading's count is a cut-off by rank (``前10名``, ``top 10``, ``上位10``)."""
    for m in _NUMBER_WORD_RE.finditer(h.label):
        value = parse_count(m.group())
        if value == h.stated and RANK_CUTOFF_BEFORE_RE.search(h.label[max(0, m.start() - 4) : m.start()]):
            return True
    return False


_NUMBER_WORD_RE = re.compile(rf"{DIGITS}|{CN_NUM}|\b[a-z]+\b", re.IGNORECASE)
