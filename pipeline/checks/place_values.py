"""The values of the items ``checks.places`` found at the place the other lists give one entity, judged
(the rule in ``checks.places``, steps 1 to 3): an information finding for the names whose values back the
others', a ``value_conflict`` warning per value that departs. Called by ``checks.coverage``.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.checks.places import _Place
from pipeline.checks.registry import UNLINKED_LIST, VALUE_CONFLICT
from pipeline.checks.value_prints import (
    _amount,
    _backs,
    _Consensus,
    _consensus,
    _departs,
    _Num,
    _step,
    _values,
)
from pipeline.checks.view import CLEAR_MAJORITY, MIN_CORROBORATION, _about, _outlets, _View
from pipeline.checks.wording import _evidence, _words
from pipeline.models import Discrepancy, Severity


def judged(view: _View, found: Sequence[_Place]) -> tuple[list[Discrepancy], list[_Place]]:
    """The findings on ``found`` (one information finding for the names that agree in value, one warning
    per value that departs), and the places judged: those whose values were compared."""
    named: list[_Place] = []
    out: list[Discrepancy] = []
    done: list[_Place] = []
    for p in found:
        verdict = _compare(view, p)
        if verdict is None:
            continue
        done.append(p)
        if verdict:
            out.append(_departs_finding(view, p, *verdict))
        else:
            named.append(p)
    if named:
        out.append(_named_finding(view, named))
    return out, done


def _compare(view: _View, p: _Place) -> tuple[str, _Num, _Num] | tuple[()] | None:
    """None when no value is compared or one ties with the next item's; ``()`` when every value backs
    the others'; else (column, own value, theirs) of the first that departs."""
    mine = _values(view, p.art, p.own)
    if not mine or _tied(view, p, mine):
        return None
    compared = False
    for c, held in sorted(mine.items()):
        con = _theirs(view, p.theirs, c)
        if con is None:
            continue
        compared = True
        if _departs(held[0], _step(held), con.best, con.best_step):
            return c, held[0], con.best
        if not _backs(held[0], _step(held), con.best, con.best_step):
            return None
    return () if compared else None


def _theirs(view: _View, ent: str, c: str) -> _Consensus | None:
    """The value the lists holding ``ent`` print under column ``c``, when at least ``MIN_CORROBORATION``
    of them back it and a clear majority of those that print one (once per entity and column)."""
    key = f"value:{ent}:{c}"
    if key not in view.places:
        prints = [(a, v[c][0], _step(v[c])) for a in view.listing(ent) if c in (v := _values(view, a, ent))]
        con = _consensus(prints) if prints else None
        if con is not None and (con.support < MIN_CORROBORATION or con.support < CLEAR_MAJORITY * con.runner):
            con = None  # the others disagree among themselves: nothing to hold it to
        view.places[key] = con
    return view.places[key]  # type: ignore[return-value]


def _tied(view: _View, p: _Place, mine: dict) -> bool:
    """A value of the item equal to the same column's value of the item before or after it."""
    listed = view.ctx.listed[p.art]
    for j in (p.place - 2, p.place):
        if 0 <= j < len(listed) and (ent := view.ctx.entity_of.get(listed[j].key)):
            near = _values(view, p.art, ent)
            if any(c in near and near[c][0] == v[0] for c, v in mine.items()):
                return True
    return False


def _departs_finding(view: _View, p: _Place, c: str, own: _Num, theirs: _Num) -> Discrepancy:
    ctx = view.ctx
    m = view.mention(p.art, p.own)
    holders = [a for a in view.listing(p.theirs) if a != p.art]
    label = view.columns.labels.get(c, c)
    message = (
        f"{p.art} lists {m.label} at place {p.place} of its list, where {_outlets(holders)} list "
        f"{ctx.name(p.theirs)}, and gives it {_amount(own)} under '{label}' where they give "
        f"{_amount(theirs)}: {ctx.name(p.theirs)} under another name with a misprinted value, or another "
        "item in its place. Every other place of the list agrees with theirs, or holds one of two items it "
        "swaps."
    )
    quotes = [view.quote(m), *(view.quote(view.mention(a, p.theirs)) for a in holders[:2])]
    return _about(view, VALUE_CONFLICT, Severity.WARNING, p.art, p.theirs, message, quotes, about=label)


def _named_finding(view: _View, named: Sequence[_Place]) -> Discrepancy:
    ctx = view.ctx
    art = named[0].art
    pairs = [f"{view.mention(art, p.own).label} at place {p.place} ({ctx.name(p.theirs)})" for p in named]
    message = (
        f"{art} prints {_words(pairs)}: where the other lists print the names in brackets, with the same "
        "values, and every other place of its list agrees with theirs or holds one of two items it swaps: "
        "likely the same items under "
        "regional or translated names that were not linked; none is reported missing or substituted. A "
        "reference list links them."
    )
    return Discrepancy(
        kind=UNLINKED_LIST,
        severity=Severity.INFO,
        entity=named[0].theirs,
        sources=(art,),
        subject="names",
        message=message,
        evidence=_evidence(view.quote(view.mention(art, p.own)) for p in named[:3]),
    )
