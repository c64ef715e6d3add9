"""Claims a run's lists can answer: counts of a group or category no list of the run comes near
(``within_reach``), and a total in prose that counts a larger whole than the groups of its own list
(``_a_larger_whole``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from pipeline.claims.kinds import (
    KIND_CATEGORY,
    KIND_GROUP,
    KIND_TOTAL,
)
from pipeline.claims.wholes import LARGER_WHOLE, larger_wholes
from pipeline.models import Article, Claim, Kind, Mention


def _a_larger_whole(
    c: Claim, claims: Sequence[Claim], listed: Sequence[Mention], covered: Sequence[tuple[int, int]]
) -> bool:
    """A total in prose at least ``LARGER_WHOLE`` times what the article's own group counts add up to,
    where those groups hold its whole list (``共有48隊參賽`` above ``甲區（8隊）`` and ``乙區（9隊）``): the
    count of a whole the list is a part of, not the list's."""
    if c.kind != KIND_TOTAL or any(lo <= c.start < hi for lo, hi in covered):
        return False
    groups = {g.subject: g.stated for g in claims if g.kind == KIND_GROUP}
    if len(groups) < 2 or not listed or not all(m.group for m in listed):
        return False
    return c.stated >= LARGER_WHOLE * sum(groups.values())


BEYOND_ANY_LIST = 3  # times the longest list of a run: a group's count above it counts something else


def within_reach(
    claims: Sequence[Claim], mentions: Sequence[Mention], articles: Sequence[Article] = ()
) -> list[Claim]:
    """The claims but counts of a group or category more than ``BEYOND_ANY_LIST`` times the longest list
    any article of the run prints (``第2位（190個）：甲國、乙國`` over lists of 36: a figure each item of
    the group shares, not the number of its items), and totals that count a larger whole than any list
    (``今年全球共有2781人`` above a top ten: ``claims.wholes``)."""
    lengths = Counter(m.article for m in mentions if m.kind is Kind.LIST)
    longest = max(lengths.values(), default=0)
    if not longest:
        return list(claims)
    wholes = larger_wholes(claims, mentions, articles)
    return [
        c
        for k, c in enumerate(claims)
        if k not in wholes
        and not (
            c.unit == "count"
            and c.kind in (KIND_GROUP, KIND_CATEGORY)
            and c.stated > BEYOND_ANY_LIST * longest
        )
    ]
