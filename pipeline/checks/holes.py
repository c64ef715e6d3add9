"""Items a list that claims no completeness skips: it prints nearly as many items as the whole list
holds (``_usual_total``; ``NEARLY_ALL`` of it, but not all), says nothing of a selection,
and prints right after each other the two items that most lists print on either side of one it lacks
(``甲國、丁國`` where they print ``甲國、乙國、丁國``). A table of five results that prints four, the
third left out, lacks it; a selection's first few items, or a few examples, leave no such hole."""

from __future__ import annotations

from collections import Counter

from pipeline.checks.registry import MISSING_ENTITY
from pipeline.checks.stand_ins import MAX_SEEN, Orders, _neighbours
from pipeline.checks.view import MIN_CORROBORATION, _about, _others, _outlets, _strength, _View
from pipeline.lang.count_binding import NEARLY_ALL
from pipeline.models import Discrepancy


def holes(view: _View, art: str, held: set[str | None], whole: int | None) -> list[str]:
    """The items ``art``'s list skips (``held``: the entities it holds, and any not to be judged): those
    another list prints between two items ``art`` prints one after the other, checked against most lists."""
    n = len(view.ctx.listed[art])
    if whole is None or not NEARLY_ALL * whole <= n < whole or view.ctx.says_selection(art):
        return []
    orders = Orders(view)
    mine = orders[art][0]
    between = set()
    for before, after in zip(mine, mine[1:], strict=False):
        for a in view.listing(before)[:MAX_SEEN] if before is not None else ():
            seq, at = orders[a]
            k = at[before]
            if k + 2 < len(seq) and seq[k + 2] == after:
                between.add(seq[k + 1])
    lists = view.ctx.entity_lists
    found = {
        m
        for m in between
        if m is not None and m not in held and len(lists[m]) - (art in lists[m]) >= MIN_CORROBORATION
    }
    follows = dict(zip(mine, mine[1:], strict=False))
    return sorted(m for m in found if _skipped(view, art, m, follows, orders))


def skipped(view: _View, art: str, ent: str) -> Discrepancy:
    """The finding of an item ``art``'s nearly whole list skips (``holes``)."""
    ctx, others = view.ctx, _others(view, ent, art)
    message = (
        f"{art}'s list of {len(ctx.listed[art])} items, all but a few of the whole, leaves out "
        f"{ctx.name(ent)}, which {_outlets(others)} list between the two items it prints one after the other."
    )
    quotes = [view.quote(ctx.listed[art][0]), *(view.quote(view.mention(a, ent)) for a in others[:2])]
    return _about(view, MISSING_ENTITY, _strength(view, ent), art, ent, message, quotes)


def _skipped(view: _View, art: str, ent: str, follows: dict[str | None, str | None], orders: Orders) -> bool:
    others = _others(view, ent, art)[:MAX_SEEN]
    around = Counter(_neighbours(orders, a, ent) for a in others).most_common(1)
    if not around:
        return False
    (before, after), agree = around[0]
    if before is None or after is None or agree < MIN_CORROBORATION or agree * 2 <= len(others):
        return False
    return follows.get(before) == after
