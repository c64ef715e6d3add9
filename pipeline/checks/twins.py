"""A name a list seems to lack, printed at the very place where that list prints another that no list
ever prints beside it: likely one person under two names left unlinked (``checks.coverage``).

Two ways to tell, each making an omission or a substitution (``missing_entity``, ``wrong_item``) a
warning rather than an error:

Three lists of ten place 張三 seventh; a fourth, in English, lacks him and places Jane Roe seventh, whom
two more lists (in English and Japanese) place seventh too, and no list prints both. Nothing says
the English list leaves anyone out: the names were not linked. Such an omission is worth a look (a
warning), not an accusation. A place is an item's order in its list; every list holding either name must
place it there, no article print both, another list print the one the list holds (a name on no other
list, at the place of the one it lacks, is what a substitution looks like), and the list print it
between the neighbours most lists give the other (lists of two stories in one run are no one list).

A list of ten that at ``MIN_RENAMED`` places or more prints a name no other list prints, each where the
others print one it lacks (``張三``, ``李四`` and ``王五`` where they print 甲乙, 丙丁 and 戊己), writes
names its own way (a region's transliterations): one substitution is an outlet's slip, three at the
others' very places are no three slips.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from weakref import WeakKeyDictionary

from pipeline.checks.context import _Ctx
from pipeline.checks.registry import MISSING_ENTITY, WRONG_ITEM
from pipeline.checks.view import _View
from pipeline.models import Discrepancy, Severity

# per run of the checks, gathered once (a list's every omission asks again): the entity each list prints
# at each place, each entity's usual place and all its places
_AT: WeakKeyDictionary[_Ctx, dict[tuple[str, int], str]] = WeakKeyDictionary()
_USUAL: WeakKeyDictionary[_Ctx, dict[str, int | None]] = WeakKeyDictionary()
_PLACES: WeakKeyDictionary[_Ctx, dict[str, frozenset[int]]] = WeakKeyDictionary()


def _places(view: _View, ent: str) -> frozenset[int]:
    """Every place the lists holding ``ent`` give it (asked once per entity and run of the checks)."""
    memo = _PLACES.setdefault(view.ctx, {})
    if ent not in memo:
        memo[ent] = frozenset(ms[0].position for ms in view.ctx.entity_lists.get(ent, {}).values() if ms)
    return memo[ent]


def _usual_place(view: _View, ent: str) -> int | None:
    """The place more than half the lists holding ``ent`` give it (a swap elsewhere aside), or None (asked
    once per entity and run of the checks)."""
    memo = _USUAL.setdefault(view.ctx, {})
    if ent not in memo:
        votes = Counter(ms[0].position for ms in view.ctx.entity_lists.get(ent, {}).values() if ms)
        top = votes.most_common(1)[0] if votes else None
        memo[ent] = top[0] if top is not None and top[1] * 2 > sum(votes.values()) else None
    return memo[ent]


def _outlet(listing: str) -> str:
    return listing.split("~")[0]  # an article's second list is "art~id"


def _neighbours(at: dict[tuple[str, int], str], listing: str, place: int) -> set[str]:
    return {e for p in (place - 1, place + 1) if (e := at.get((listing, p))) is not None}


def _entity_at(ctx: _Ctx) -> dict[tuple[str, int], str]:
    if ctx not in _AT:
        _AT[ctx] = {
            (x, ms[0].position): e for e, by in ctx.entity_lists.items() for x, ms in by.items() if ms
        }
    return _AT[ctx]


def _twin(view: _View, art: str, mine: set[str], ent: str) -> str | None:
    """The entity of ``mine`` at ``ent``'s one place, printed there by other lists too, in no article
    with it, between the neighbours most lists holding ``ent`` give it, or None."""
    place = _places(view, ent)
    lists = set(view.ctx.entity_lists.get(ent, {}))
    if len(place) != 1 or art in lists:
        return None
    outlets = {_outlet(x) for x in lists}
    found = [
        e
        for e in sorted(mine)
        if _places(view, e) == place
        and len(theirs := set(view.ctx.entity_lists.get(e, {}))) > 1  # others print it there too
        and not outlets & {_outlet(x) for x in theirs}
    ]
    if len(found) != 1:
        return None
    (p,) = place
    at = _entity_at(view.ctx)
    mine_around = _neighbours(at, art, p)
    beside = sum(1 for x in sorted(lists) if _neighbours(at, x, p) & mine_around)
    return found[0] if beside * 2 > len(lists) else None  # the same list, a name apart


MIN_RENAMED = 3  # places at which a list prints its own name for the one the others print there


def _renamed(view: _View, art: str, mine: set[str], found: list[Discrepancy]) -> set[int]:
    """The places at which ``art``'s list prints a name of its own where the others print one: an item on
    no other list where the one the others usually place there, which ``found`` says it lacks or
    replaces, is not on ``art``'s, or an item linked to that one whose name is found unlike theirs
    (``found``: a ``wrong_item`` of the item itself)."""
    own = {
        ms[art][0].position
        for e in mine
        if len(ms := view.ctx.entity_lists.get(e, {})) == 1 and art in ms and ms[art]
    }
    places = set()
    for d in found:
        if d.kind not in (MISSING_ENTITY, WRONG_ITEM) or not d.entity:
            continue
        usual = _usual_place(view, d.entity)
        if d.entity not in mine and usual in own:
            places.add(usual)
        elif d.kind == WRONG_ITEM and d.entity in mine and art in view.ctx.entity_lists.get(d.entity, {}):
            if view.mention(art, d.entity).position == usual:
                places.add(usual)
    return {p for p in places if p is not None}


def held_by_twins(view: _View, art: str, mine: set[str], found: list[Discrepancy]) -> list[Discrepancy]:
    """``found`` (omissions of ``art``'s list), those of a name it likely prints unlinked (the module's
    docstring) lowered to a warning that says which."""
    renamed = _renamed(view, art, mine, found)
    renamed = renamed if len(renamed) >= MIN_RENAMED else set()
    out = []
    for d in found:
        judged = d.kind in (MISSING_ENTITY, WRONG_ITEM) and d.severity is Severity.ERROR and d.entity
        if judged and _usual_place(view, d.entity or "") in renamed:
            said = (
                f" {art} prints names no other list prints at {len(renamed)} places, each where the others "
                "print another: perhaps names written its own way."
            )
            out.append(replace(d, severity=Severity.WARNING, message=d.message + said))
            continue
        twin = _twin(view, art, mine, d.entity) if d.entity and d.severity is Severity.ERROR else None
        if twin is None or d.kind != MISSING_ENTITY:
            out.append(d)
            continue
        said = (
            f" It places {view.ctx.name(twin)} where the others place it, and no list prints both: perhaps "
            "one name left unlinked."
        )
        out.append(replace(d, severity=Severity.WARNING, message=d.message + said))
    return out
