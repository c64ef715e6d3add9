"""One root cause, one finding: findings of different checks that one misprint explains are merged
into the finding that names the cause (a count and the items its list lacks, a value and the text
beside it, a repeat and the list it lengthens, a misfiled item and the group counts it throws off)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from pipeline.checks.consensus import _majority_group
from pipeline.checks.context import _Ctx
from pipeline.checks.registry import (
    ARITHMETIC,
    COLUMN_SWAP,
    COUNT_CONFLICT,
    COUNT_MISMATCH,
    DUPLICATE_ITEM,
    GROUP_CONFLICT,
    INTERNAL_CONTRADICTION,
    LIST_LONG,
    LIST_SHORT,
    MISSING_ENTITY,
    UNIQUE_ITEM,
    VALUE_CONFLICT,
)
from pipeline.checks.wording import _evidence, _words
from pipeline.claims import KIND_GROUP
from pipeline.claims.kinds import SUBJECT_TOTAL
from pipeline.models import Discrepancy, Severity


def _one_root_cause(found: list[Discrepancy]) -> list[Discrepancy]:
    """A count an article states that its list falls short of, and the items missing from that list, are
    one finding: the count's, naming the missing items; their own findings are dropped. A group's count
    that falls short is kept over the total's (it says where the items were lost)."""
    short = {d.sources[0]: d for d in found if d.kind in (COUNT_MISMATCH, LIST_SHORT) and len(d.sources) == 1}
    missing: dict[str, list[Discrepancy]] = defaultdict(list)
    for d in found:
        if d.kind == MISSING_ENTITY and len(d.sources) == 1 and d.sources[0] in short:
            missing[d.sources[0]].append(d)
    # a group's count its own list falls short of, or the one count of a group the other outlets state
    # otherwise (``count_conflict`` naming that outlet alone): the total those counts add up to is short too
    grouped_short = {
        d.sources[0]
        for d in found
        if len(d.sources) == 1
        and (d.kind == COUNT_MISMATCH or (d.kind == COUNT_CONFLICT and d.subject != SUBJECT_TOTAL))
    }
    out = []
    for d in found:
        if d.kind == MISSING_ENTITY and len(d.sources) == 1 and d.sources[0] in short:
            continue  # one of ``missing`` (which holds every such finding): named by its count's
        if d.kind == LIST_SHORT and d.sources[0] in grouped_short:
            continue  # the group's count that falls short says where the list lost its items
        if d.kind in (COUNT_MISMATCH, LIST_SHORT) and len(d.sources) == 1 and missing.get(d.sources[0]):
            lost = missing[d.sources[0]]
            names = _words(m.subject for m in lost)
            evidence = _evidence([*d.evidence, *(e for m in lost for e in m.evidence[:1])])
            if all(m.subject in d.message for m in lost):
                out.append(replace(d, evidence=evidence))  # its message names them already
                continue
            d = Discrepancy(
                kind=d.kind,
                severity=d.severity,
                entity=d.entity,
                sources=d.sources,
                subject=d.subject,
                message=f"{d.message} The other lists have what it lacks: {names}.",
                evidence=evidence,
            )
        out.append(d)
    return out


def _share_not_value(found: list[Discrepancy]) -> list[Discrepancy]:
    """An item's share that its own article's amounts show to be off (``arithmetic`` about an entity) is
    the one finding: the outlets' disagreement on that item's values is not reported again."""
    off = {
        (d.entity, d.sources[0]) for d in found if d.kind == ARITHMETIC and d.entity and len(d.sources) == 1
    }
    return [
        d
        for d in found
        if not (d.kind == VALUE_CONFLICT and any((d.entity, art) in off for art in d.sources))
    ]


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


def _other_list_not_long(ctx: _Ctx, found: list[Discrepancy]) -> list[Discrepancy]:
    """An article that prints, beside the story's list, a group of items no other list holds (the warning
    of a list of something else: ``unique_item`` naming a group, no entity) is longer than the count it
    states by that group alone: the group is the one finding, saying the list without it has the stated
    length, and the list's ``list_long`` is dropped."""
    others: dict[str, list[Discrepancy]] = defaultdict(list)
    for d in found:
        if d.kind == UNIQUE_ITEM and d.entity is None and d.subject and len(d.sources) == 1:
            others[d.sources[0]].append(d)
    explained: set[str] = set()
    for d in found:
        if d.kind != LIST_LONG or len(d.sources) != 1 or not others.get(art := d.sources[0]):
            continue
        groups = {o.subject for o in others[art]}
        listed = ctx.listed.get(art, ())
        stated = ctx.stated_total(art)
        if stated is not None and len(listed) - sum(1 for m in listed if m.group in groups) == stated:
            explained.add(art)
    out = []
    for d in found:
        if d.kind == LIST_LONG and len(d.sources) == 1 and d.sources[0] in explained:
            continue
        if d in others.get(d.sources[0] if len(d.sources) == 1 else "", ()) and d.sources[0] in explained:
            stated = ctx.stated_total(d.sources[0])
            d = replace(d, message=f"{d.message} Without them its list has the {stated} items it states.")
        out.append(d)
    return out


def _repeated_not_long(ctx: _Ctx, found: list[Discrepancy]) -> list[Discrepancy]:
    """A list that prints one item twice is one item longer than the count it states: where its repeats
    account for every extra item, the repeats are the one finding (each says the count it overruns) and
    the list's ``list_long`` is dropped."""
    repeats: dict[str, list[Discrepancy]] = defaultdict(list)
    for d in found:
        if d.kind == DUPLICATE_ITEM and len(d.sources) == 1:
            repeats[d.sources[0]].append(d)
    explained: dict[str, Discrepancy] = {}
    for d in found:
        if d.kind != LIST_LONG or len(d.sources) != 1 or not repeats.get(art := d.sources[0]):
            continue
        stated = ctx.stated_total(art)
        if stated is not None and len(ctx.listed.get(art, ())) - stated == len(repeats[art]):
            explained[art] = d
    out = []
    for d in found:
        if d.kind == LIST_LONG and d.sources[0] in explained and len(d.sources) == 1:
            continue
        if d.kind == DUPLICATE_ITEM and len(d.sources) == 1 and (long := explained.get(d.sources[0])):
            n, stated = len(ctx.listed[d.sources[0]]), ctx.stated_total(d.sources[0])
            d = replace(
                d,
                message=f"{d.message} Its list is {n} items long where it states {stated}.",
                evidence=_evidence([*d.evidence, *long.evidence]),
            )
        out.append(d)
    return out


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


def _long_in_its_groups(ctx: _Ctx, found: list[Discrepancy]) -> list[Discrepancy]:
    """A list longer than the total its article states, whose group counts the extra items throw off
    as well (an item added under 甲洲 makes 甲洲 one over and the list one over): the group's count is the
    one finding, as a group's count that falls short is (it says where the items were added), with the
    total said there; the list's ``list_long`` is dropped. Only when the groups over their counts account
    for every extra item and no group falls short of its own."""
    over = _groups_over(ctx, found)
    long_of = {d.sources[0]: d for d in found if d.kind == LIST_LONG and len(d.sources) == 1}
    explained: dict[str, Discrepancy] = {}
    for art, d in long_of.items():
        stated = ctx.stated_total(art)
        excess = len(ctx.listed.get(art, ())) - stated if stated is not None else 0
        if excess > 0 and art in over and sum(over[art].values()) == excess:
            explained[art] = d
    out = []
    noted: set[str] = set()
    for d in found:
        art = d.sources[0] if len(d.sources) == 1 else ""
        if d.kind == LIST_LONG and explained.get(art) is d:
            continue
        if d.kind == COUNT_MISMATCH and art in explained and d.subject in over[art] and art not in noted:
            noted.add(art)
            n, stated = len(ctx.listed[art]), ctx.stated_total(art)
            d = replace(
                d,
                message=f"{d.message} Its list is {n} items long where it states {stated} in all.",
                evidence=_evidence([*d.evidence, *explained[art].evidence]),
            )
        out.append(d)
    return out


def _groups_over(ctx: _Ctx, found: list[Discrepancy]) -> dict[str, dict[str, int]]:
    """article -> group as printed -> items over its stated count, for the articles whose group-count
    findings all say a group is over (none short)."""
    reported = {(d.sources[0], d.subject) for d in found if d.kind == COUNT_MISMATCH and len(d.sources) == 1}
    over: dict[str, dict[str, int]] = defaultdict(dict)
    short: set[str] = set()
    for art, subject in sorted(reported):
        for c in ctx.claims_of.get(art, ()):
            if c.kind != KIND_GROUP or c.unit != "count" or c.subject != subject or c.computed is None:
                continue
            if c.computed > c.stated:
                over[art][subject] = int(c.computed - c.stated)
            else:
                short.add(art)
            break
    return {art: groups for art, groups in over.items() if art not in short}
