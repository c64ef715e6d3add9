"""One root cause, one finding, for a list's length: a count and the items its list lacks
(``_one_root_cause``), a group no other list holds or a repeat and the list it lengthens
(``_other_list_not_long``, ``_repeated_not_long``), and extra items and the group counts they throw off
(``_long_in_its_groups``) are each merged into the finding that names the cause."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from pipeline.checks.context import _Ctx
from pipeline.checks.registry import (
    COUNT_CONFLICT,
    COUNT_MISMATCH,
    DUPLICATE_ITEM,
    LIST_LONG,
    LIST_SHORT,
    MISSING_ENTITY,
    UNIQUE_ITEM,
)
from pipeline.checks.wording import _evidence, _words
from pipeline.claims import KIND_GROUP
from pipeline.claims.kinds import SUBJECT_TOTAL
from pipeline.models import Discrepancy


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
