"""Whether a list claims to be whole, and what a whole list should hold: a list's claim to be complete
(``_complete``), the total most lists state (``_usual_total``), the entities a complete list should hold
(``_expected_entities``), the groups a list covers (``_groups_covered``) and the size of the whole it is
judged against (``_official_of``). Read by ``checks.coverage``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from pipeline.checks.context import _Ctx
from pipeline.checks.view import (
    GROUP_KINDS,
    MIN_CORROBORATION,
    _View,
)
from pipeline.lang.leads import COMPLETE_RE


def _complete(ctx: _Ctx, art: str, official: int | None = None) -> bool:
    """Whether the article's list claims to be the whole list: a stated total it reaches or nearly
    reaches, or words that say so (``一覽``, "full list"), or no claim but as many items as the ``official``
    list (or the total most lists state) holds; with an ``official`` list, only a claim of at
    least half its size (``歐洲國家一覽`` over seven of seventy, "the five biggest" of fourteen: the whole
    of a narrower list, missing nothing of the official one)."""
    if ctx.says_selection(art):
        return False  # the article says it names examples
    stated = ctx.stated_total(art)
    n = len(ctx.listed[art])
    if stated is None:  # the counts its groups state, added up
        counts = {c.subject: int(c.stated) for c in ctx.claims_of.get(art, ()) if c.kind in GROUP_KINDS}
        stated = sum(counts.values()) or None
    if stated is not None:
        return n * 2 >= stated and (official is None or stated * 2 >= official)
    if n == official:
        return True  # a table of as many rows as the whole list has, under no heading that counts them
    body = ctx.articles[art].body if art in ctx.articles else ""
    return COMPLETE_RE.search(body) is not None and (official is None or n * 2 >= official)


def _usual_total(ctx: _Ctx) -> int | None:
    """Without an official list, the total most lists state (at least ``MIN_CORROBORATION``, more than
    state any other): a list that reaches a count under half of it is the whole of a narrower list (the
    two of a runoff among five candidates), missing nothing of the others'."""
    totals = Counter(
        t for a in ctx.list_articles if not ctx.says_selection(a) and (t := ctx.stated_total(a)) is not None
    )
    ranked = totals.most_common(2)
    if not ranked or ranked[0][1] < MIN_CORROBORATION or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _expected_entities(
    view: _View,
    art: str,
    complete: Mapping[str, bool],
    complete_listing: Mapping[str, int],
    usual: Mapping[str, str | None],
    every: set[str],
) -> dict[str, int]:
    """Entities a complete list should hold: those of the official list, else those at least two other
    complete lists hold (all of them when there are only two) and at least half of the other complete
    lists do: a name two outlets of a thousand print alike (the same typo) is no evidence against the
    998 that do not. Value: how many others list it. ``complete_listing``: per entity, how many complete
    lists hold it (``art`` included); ``usual``: each entity's usual group, ``every``: the groups of
    them all."""
    ctx = view.ctx
    if view.reference is not None:
        # a list of one group of the official list (the second round only) is judged on that group
        covered = {view.ref_of[e].group for e in ctx.listed_entities.get(art, ()) if e in view.ref_of}
        return {
            ent: len(ctx.entity_lists.get(ent, {}))
            for ent, entry in view.ref_of.items()
            if not view.reference.groups or entry.group in covered
        }
    others = sum(complete.values()) - complete[art]  # the other complete lists
    need = max(min(MIN_CORROBORATION, others), -(-others // 2)) if others else 1
    within = _groups_covered(view, art, usual, every)
    out = {}
    if need not in view.candidates:  # entities enough complete lists hold, once per threshold
        view.candidates[need] = [e for e in ctx.entity_lists if complete_listing.get(e, 0) >= need]
    for ent in view.candidates[need]:
        by_art = ctx.entity_lists[ent]
        n = complete_listing.get(ent, 0) - (complete[art] and art in by_art)
        if n >= need and others and (within is None or usual.get(ent) in within):
            out[ent] = n
    return out


def _groups_covered(
    view: _View, art: str, usual: Mapping[str, str | None], every: set[str]
) -> set[str] | None:
    """The canonical groups an article's list holds items of, when that is only some of the run's groups
    (a list of the second round only is judged on that round); None when it spans them all. ``usual``:
    each entity's usual group, ``every``: the groups of them all."""
    ctx = view.ctx
    mine: set[str] = {g for e in ctx.listed_entities.get(art, ()) if (g := usual.get(e))}
    return mine if len(every) >= 2 and mine and mine < every else None


def _official_of(
    view: _View, art: str, official: int | None, usual: Mapping[str, str | None], every: set[str]
) -> int | None:
    """The size of the whole ``art``'s list is judged a part of: for a list of only some of the run's
    groups (the August names of a story of two rounds), the names usually filed in those groups, not the
    total the outlets printing both rounds state. Only for a list that states its count: one that
    counts nothing is whole by its length alone where it is as long as all of them."""
    if official is None or view.ctx.stated_total(art) is None:
        return official
    within = _groups_covered(view, art, usual, every)
    return official if within is None else sum(g in within for g in usual.values())
