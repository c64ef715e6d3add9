"""What a list seems to lack that only lists it does not meet print (``unlinked_list``): the lists holding
the item share less than half of the list's own items, so that the two sides name the same things in ways
that were not linked (every Chinese outlet's names against every English outlet's), or print different
lists. Either way the item's absence proves nothing: one warning about the list, never an omission per
item. A list that meets one of the holders (most of its items on that list too) is judged as before."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.checks.context import _Ctx
from pipeline.checks.registry import UNLINKED_LIST
from pipeline.checks.view import MIN_SHARED, _outlets, _View
from pipeline.checks.wording import _evidence, _words
from pipeline.models import Discrepancy, Severity

MAX_NAMED_APART = 5  # items left out named in the warning, then how many more


def _meets(ctx: _Ctx, art: str, other: str) -> bool:
    """Whether ``other``'s list holds at least half of ``art``'s items (``MIN_SHARED``)."""
    mine = set(ctx.listed_entities.get(art, ()))
    theirs = set(ctx.listed_entities.get(other, ()))
    return bool(mine) and len(mine & theirs) >= MIN_SHARED * len(mine)


def apart(ctx: _Ctx, art: str, missing: list[str]) -> list[str]:
    """The items of ``missing`` (entities ``art``'s list seems to lack) that no list meeting ``art``'s
    holds: every list printing them shares less than half of ``art``'s items."""
    return [
        ent
        for ent in missing
        if not any(_meets(ctx, art, other) for other in sorted(ctx.entity_lists[ent]) if other != art)
    ]


def finding(view: _View, apart_lists: list[tuple[str, list[str]]]) -> Discrepancy:
    """One warning for every list that lacks only what lists it does not meet print: (article, what it
    seems to lack) of each, naming the outlets, what they seem to lack and who prints it."""
    return left_out_warning(
        view,
        apart_lists,
        "lists apart",
        lambda holders: (
            f"which {holders} print; but no list printing them holds half of the items of the list said to "
            "lack them: the outlets may name the same items in ways that were not linked, or print different "
            "lists. No item is judged missing."
        ),
    )


def left_out_warning(
    view: _View, held: list[tuple[str, list[str]]], subject: str, why: Callable[[str], str]
) -> Discrepancy:
    """One ``unlinked_list`` warning for the lists of ``held`` (article, what it seems to lack): the
    outlets, the first ``MAX_NAMED_APART`` names left out and how many more, then ``why`` told of the
    outlets that print them."""
    ctx = view.ctx
    arts = sorted(a for a, _ in held)
    left_out = sorted({e for _, ents in held for e in ents}, key=ctx.name)
    holders = sorted({a for e in left_out for a in ctx.entity_lists[e]} - set(arts))
    names = [ctx.name(e) for e in left_out]
    more = len(names) - MAX_NAMED_APART
    return Discrepancy(
        kind=UNLINKED_LIST,
        severity=Severity.WARNING,
        entity=None,
        sources=tuple(arts),
        subject=subject,
        message=(
            f"The lists of {_outlets(arts)} leave out {_words(names[:MAX_NAMED_APART])}"
            f"{f' and {more} more' if more > 0 else ''}, {why(_outlets(holders))}"
        ),
        evidence=_evidence(view.quote(ctx.listed[a][0]) for a in arts[:4] if ctx.listed[a]),
    )
