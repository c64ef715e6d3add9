"""Two entities that are one item the matcher could not link: outlets that split into two camps over a
row of a ranked list (``蘋果`` in the Chinese lists, ``Apple`` in the English and Japanese ones), each
camp of two outlets or more, no outlet printing both, together every list, and every one of them at the
same place of its list. Neither camp lacks the item: one information finding names both, in place of a
``missing_entity`` error against every outlet of each camp (a translated name shares no letter nor
sound with the original; an official list, ``--reference``, links them).

An outlet alone in its camp is left to the other checks: one outlet's name in a row the others print
alike is what a substitution looks like (``甲公司`` printed in ``Acme Corp``'s place), even when it is the
only list printed in its script. The two camps' names share no script, and no gazetteer tells them
apart (two countries' codes).
"""

from __future__ import annotations

from pipeline.checks.registry import UNLINKED_LIST
from pipeline.checks.view import _names, _outlets, _View
from pipeline.checks.wording import _evidence
from pipeline.models import Discrepancy, Severity

MIN_CAMP = 2  # outlets on each side, at least


def _place(view: _View, ent: str) -> int | None:
    """The one position every list holding ``ent`` prints it at, else None (once per entity)."""
    if ent not in view.place_of:
        places = {m.position for ms in view.ctx.entity_lists[ent].values() for m in ms}
        view.place_of[ent] = places.pop() if len(places) == 1 else None
    return view.place_of[ent]


def _at_place(view: _View) -> dict[int, list[str]]:
    """Place -> the entities every list holding them prints at that place (computed once per run)."""
    if not view.at_place:
        for ent in sorted(view.ctx.entity_lists):
            if (place := _place(view, ent)) is not None:
                view.at_place.setdefault(place, []).append(ent)
    return view.at_place


def partner(view: _View, art: str, ent: str) -> str | None:
    """The one entity that ``ent`` (on ``art``'s list or missing from it) may be, by the camps rule
    above; else None."""
    ctx = view.ctx
    place = _place(view, ent)
    if place is None:
        return None
    lists = ctx.entity_lists
    theirs, n = lists[ent].keys(), len(ctx.list_articles)
    # two camps make up every list: sizes first, so that a long run's many holders are not compared
    found = [
        other
        for other in _at_place(view).get(place, ())
        if len(lists[other]) + len(theirs) == n
        and (others := lists[other].keys()).isdisjoint(theirs)
        and len(others) >= MIN_CAMP
        and len(theirs) >= MIN_CAMP
        and not _names(view, other)[1] & _names(view, ent)[1]
        and not _coded_apart(view, ent, other)
    ]
    return found[0] if len(found) == 1 else None


def _coded_apart(view: _View, one: str, other: str) -> bool:
    """Two places the gazetteer tells apart (two countries' codes): never one item."""
    a, b = view.codes.get(one), view.codes.get(other)
    return bool(a and b and a != b)


def finding(view: _View, one: str, other: str) -> Discrepancy:
    """The information finding on two camps' names for one row."""
    ctx = view.ctx
    a, b = sorted((one, other))
    side = {e: sorted(ctx.entity_lists[e]) for e in (a, b)}
    message = (
        f"{_outlets(side[a])} print {ctx.name(a)} and {_outlets(side[b])} print {ctx.name(b)}, each at "
        f"place {_place(view, a)} of its list and never both: likely one item under two names that were "
        "not linked; neither side is reported missing it. A reference list links them."
    )
    quotes = [view.quote(view.mention(side[e][0], e)) for e in (a, b)]
    return Discrepancy(
        kind=UNLINKED_LIST,
        severity=Severity.INFO,
        entity=a,
        sources=tuple(sorted({*side[a], *side[b]})),
        subject="names",
        message=message,
        evidence=_evidence(quotes),
    )
