"""A list that says it is the first places of a ranking (``The top five:``, ``前5名``, ``the five
largest``, its total stated as many), where the other lists print more of that ranking: judged on those
places only. What the others print past its last place is no omission of its own (``within``); a ``top
10`` list of nine is still one short, the ten places being the ten the others print first; and such a
list says nothing of what a longer list prints past its last place (``judging``). Used by ``coverage``.
"""

from __future__ import annotations

from collections.abc import Mapping
from statistics import median
from weakref import WeakKeyDictionary

from pipeline.checks.context import _Ctx
from pipeline.claims import KIND_TOTAL
from pipeline.lang.count_lines import top_count
from pipeline.lang.superlatives import superlative_count

# per run of the checks: each article's first places, read once (``judging`` asks of every list again
# for each list it judges)
_MEMO: WeakKeyDictionary[_Ctx, dict[str, int | None]] = WeakKeyDictionary()


def first_places(ctx: _Ctx, art: str) -> int | None:
    """N when ``art`` states its total as N in words of a cut-off by rank (``top N``, ``前N名``)."""
    memo = _MEMO.setdefault(ctx, {})
    if art not in memo:
        memo[art] = _first_places(ctx, art)
    return memo[art]


def _first_places(ctx: _Ctx, art: str) -> int | None:
    stated = ctx.stated_total(art)
    if stated is None:
        return None
    for claim in ctx.claims_of.get(art, ()):
        if claim.kind == KIND_TOTAL and int(claim.stated) == stated:
            top = top_count(claim.quote) or superlative_count(claim.quote)  # "top 5", "the 5 largest"
            if top is not None and top.value == stated:
                return stated
    return None


def within(ctx: _Ctx, art: str, expected: Mapping[str, int]) -> dict[str, int]:
    """``expected`` (entities -> how many others list them), kept to those the other lists print, at the
    median of their places, among the first places ``art`` says it lists; all of them otherwise."""
    top = first_places(ctx, art)
    if top is None:
        return dict(expected)
    return {
        ent: n
        for ent, n in expected.items()
        if (place := _usual_place(ctx, art, ent)) is None or place <= top
    }


def _usual_place(ctx: _Ctx, art: str, ent: str) -> float | None:
    """The median place (from 1) at which the lists other than ``art`` print ``ent``."""
    places = [
        k
        for other, mentions in ctx.entity_lists.get(ent, {}).items()
        if other != art
        for k, m in enumerate(ctx.listed[other], 1)
        if m in mentions
    ]
    return median(places) if places else None


def judging(ctx: _Ctx, art: str, judges: frozenset[str]) -> frozenset[str]:
    """``judges`` (lists that can tell an item of ``art``'s is its own) without the first places of a
    ranking fewer than ``art``'s items: a top ten is silent on the eleventh of a list of thirteen."""
    n = len(ctx.listed[art])
    short = {j for j, top in _tops(ctx).items() if top < n and j != art}
    return judges - short if short & judges else judges


def _tops(ctx: _Ctx) -> dict[str, int]:
    """The lists that say they are a ranking's first places, each with how many (once per run)."""
    tops = _TOPS.get(ctx)
    if tops is None:
        tops = {a: top for a in ctx.listed if (top := first_places(ctx, a)) is not None}
        _TOPS[ctx] = tops
    return tops


_TOPS: WeakKeyDictionary[_Ctx, dict[str, int]] = WeakKeyDictionary()
