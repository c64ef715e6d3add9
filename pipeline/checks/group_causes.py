"""One root cause, one finding, for a misfiled item: the group counts it throws off
(``_misfiled_not_miscounted``) and the value of its group it prints (``_value_of_its_group``) are said in
the misfiling's finding, not as findings of their own."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from pipeline.checks.consensus import _majority_group
from pipeline.checks.context import _Ctx
from pipeline.checks.registry import (
    COUNT_MISMATCH,
    GROUP_CONFLICT,
    VALUE_CONFLICT,
)
from pipeline.checks.wording import _evidence
from pipeline.claims import KIND_GROUP
from pipeline.models import Discrepancy


def _misfiled_not_miscounted(ctx: _Ctx, found: list[Discrepancy]) -> list[Discrepancy]:
    """An item filed under the wrong group makes one group's count one short and the other's one over;
    when the counts an article states for its groups add up to its whole list, the misfiled item is the
    one finding (``group_conflict``) and the groups' counts are said there, not as findings of their own."""
    misfiled = {d.sources[0] for d in found if d.kind == GROUP_CONFLICT and len(d.sources) == 1}
    balanced: dict[str, list[int]] = {}
    for art in sorted(misfiled):
        stated: dict[str, int] = {}
        for c in ctx.claims_of.get(art, ()):
            if c.kind == KIND_GROUP and c.group and c.unit == "count":
                stated.setdefault(c.group, int(c.stated))
        if len(stated) >= 2 and sum(stated.values()) == len(ctx.listed.get(art, ())):
            balanced[art] = [stated[g] for g in sorted(stated)]
    explained = _moved_back(ctx, [d for d in found if d.kind == GROUP_CONFLICT and len(d.sources) == 1])
    out = []
    noted: set[str] = set()
    for d in found:
        art = d.sources[0] if len(d.sources) == 1 else ""
        if d.kind == COUNT_MISMATCH and (art in balanced or (art, d.subject) in explained):
            continue
        if d.kind == GROUP_CONFLICT and art in balanced and art not in noted:
            noted.add(art)
            counts = ", ".join(map(str, balanced[art]))
            d = replace(
                d,
                message=f"{d.message} The counts it states for its groups ({counts}) add up to its list but "
                "not to what it files under each.",
            )
        out.append(d)
    return out


def _moved_back(ctx: _Ctx, misfiled: Sequence[Discrepancy]) -> set[tuple[str, str]]:
    """(article, group as printed) of the group counts an article states that its misfiled items alone
    throw off: with each item back in the group most outlets file it under, the group has the count it
    states (甲國 filed under the partial ban makes the full ban one short and the partial one over, beside
    an item the list lacks that keeps the full ban short: that shortfall stays a finding of its own)."""
    shift: dict[str, Counter[str]] = defaultdict(Counter)
    for d in misfiled:
        art = d.sources[0]
        m = next(
            (m for m in ctx.listed.get(art, ()) if d.entity and ctx.entity_of.get(m.key) == d.entity), None
        )
        filed = ctx.group_id(m) if m is not None else None
        meant = _majority_group(ctx, d.entity) if d.entity else None
        if filed and meant and filed != meant:
            shift[art][filed] -= 1
            shift[art][meant] += 1
    return {
        (c.article, c.subject)
        for art, moves in shift.items()
        for c in ctx.claims_of.get(art, ())
        if c.kind == KIND_GROUP
        and c.unit == "count"
        and c.computed is not None
        and moves[c.group]
        and c.computed + moves[c.group] == c.stated
    }


def _value_of_its_group(ctx: _Ctx, found: list[Discrepancy]) -> list[Discrepancy]:
    """An item filed under the wrong group of a list whose groups each print one figure for their names
    (``第5位（187）：甲國、乙國``) takes that group's figure: the misfiled item (``group_conflict``) is the
    one finding, and the value the outlets then disagree on is said there, not as a finding of its own.
    Only when the item's value is the one the other names of its group share (its group's, not its own)."""
    misfiled = {_key(d) for d in found if d.kind == GROUP_CONFLICT and len(d.sources) == 1 and d.entity}
    merged: dict[tuple[str, str], Discrepancy] = {}
    for d in found:
        key = _key(d)
        if d.kind == VALUE_CONFLICT and key in misfiled and _group_figure(ctx, *key):
            merged[key] = d
    out = []
    for d in found:
        key = _key(d)
        if d.kind == VALUE_CONFLICT and merged.get(key) is d:
            continue
        if d.kind == GROUP_CONFLICT and (v := merged.get(key)) is not None:
            d = replace(
                d,
                message=f"{d.message} Its value is that group's: {v.message}",
                evidence=_evidence([*d.evidence, *v.evidence]),
            )
        out.append(d)
    return out


def _key(d: Discrepancy) -> tuple[str, str]:
    """The entity and the one outlet a finding is about; empty for a finding about several outlets."""
    return (d.entity or "", d.sources[0]) if len(d.sources) == 1 else ("", "")


def _group_figure(ctx: _Ctx, entity: str, art: str) -> bool:
    """The item of ``entity`` in ``art`` has values, all of them the same as another item of its group's."""
    listed = ctx.listed.get(art, ())
    item = next((m for m in listed if ctx.entity_of.get(m.key) == entity), None)
    if item is None or not item.group or not item.values:
        return False
    numbers = [v.number for v in item.values]
    return any(
        m is not item and m.group == item.group and [v.number for v in m.values] == numbers for m in listed
    )
