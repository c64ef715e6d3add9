"""One root cause, one finding, for an item's values: a share its own article's amounts show to be off
(``_share_not_value``), and a value the text beside it contradicts (``_text_beside_value``), each kept as
the one finding over the outlets' disagreement on that value."""

from __future__ import annotations

from dataclasses import replace

from pipeline.checks.context import _Ctx
from pipeline.checks.registry import (
    ARITHMETIC,
    COLUMN_SWAP,
    INTERNAL_CONTRADICTION,
    VALUE_CONFLICT,
)
from pipeline.checks.row_changes import is_change_finding
from pipeline.models import Discrepancy, Severity


def _share_not_value(ctx: _Ctx, found: list[Discrepancy]) -> list[Discrepancy]:
    """An item's share or total that its own article's other numbers show to be off (``arithmetic`` about
    an entity) is the one finding: the outlets' disagreement on that item's values is not reported again.
    Unless the outlets dispute another of the row's values (the amount beside the share, a part of the
    total), and not the one the arithmetic blames: that value is then the misprint, and its finding the
    one, saying what the arithmetic shows besides."""
    off = {
        (d.entity, d.sources[0]): d
        for d in found
        if d.kind == ARITHMETIC and d.entity and len(d.sources) == 1 and not is_change_finding(d)
    }  # a row's change against its values is no share: the values' finding stands (``row_changes``)
    other = {
        key: d for d in found if (key := (d.entity, d.sources[0])) in off and _another_value(ctx, d, off[key])
    }
    merged = {
        id(d): replace(d, message=f"{d.message} {off[k].message}", evidence=(*d.evidence, *off[k].evidence))
        for k, d in other.items()
    }
    dropped = {id(off[k]) for k in other}
    return [
        merged.get(id(d), d)
        for d in found
        if id(d) in merged
        or id(d) not in dropped
        and not (d.kind == VALUE_CONFLICT and any((d.entity, art) in off for art in d.sources))
    ]


def _another_value(ctx: _Ctx, d: Discrepancy, arithmetic: Discrepancy) -> bool:
    """``d`` is the one outlet's ``value_conflict`` error on a value of the item (its quote ends where the
    value does) under another column than the one ``arithmetic`` blames (``甲國: 總數``)."""
    if d.kind != VALUE_CONFLICT or d.severity is not Severity.ERROR or len(d.sources) != 1 or not d.evidence:
        return False
    m = next((m for m in ctx.listed.get(d.sources[0], ()) if ctx.entity_of.get(m.key) == d.entity), None)
    value = next((v for v in m.values if v.end == d.evidence[0].end), None) if m is not None else None
    blamed = arithmetic.subject.rpartition(": ")[2]
    return value is not None and value.unit != "%" and value.column != blamed


def _text_beside_value(ctx: _Ctx, found: list[Discrepancy]) -> list[Discrepancy]:
    """An item's value that the other outlets (or the official list) contradict, which its own article's
    text contradicts too (甲國 printed at 40% in the list, 19% in the lead and by the others): one misprint,
    one finding, the value's, saying what the text gives and quoting it."""
    valued = [
        d
        for d in found
        if d.kind in (VALUE_CONFLICT, COLUMN_SWAP) and d.severity is Severity.ERROR and len(d.sources) == 1
    ]
    merged: dict[int, Discrepancy] = {}
    dropped: set[int] = set()
    for c in found:
        if c.kind != INTERNAL_CONTRADICTION or not c.entity or len(c.sources) != 1:
            continue
        name = ctx.name(c.entity)
        d = next(
            (
                d
                for d in valued
                if d.sources == c.sources and (d.entity == c.entity or f"/ {name}" in d.subject)
            ),
            None,
        )
        if d is None:
            continue
        base = merged.get(id(d), d)
        merged[id(d)] = replace(
            base, message=f"{base.message} {c.message}", evidence=(*base.evidence, *c.evidence[1:])
        )
        dropped.add(id(c))
    return [merged.get(id(d), d) for d in found if id(d) not in dropped]
