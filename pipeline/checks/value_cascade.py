"""Value findings that share one cause, merged: two items of a list whose values are each the other's
(``_between_items``), items whose value is one printing (``_one_per_printing``), and a column one outlet
contradicts on many items, one warning instead of a cascade (``_no_column_cascade``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import replace

from pipeline.checks.registry import ATTRIBUTE_CONFLICT, COLUMN_SWAP, VALUE_CONFLICT
from pipeline.checks.value_prints import _amount, _crossed, _Print, _under
from pipeline.checks.view import _View
from pipeline.checks.wording import _evidence
from pipeline.models import Discrepancy, Mention, Severity


def _between_items(
    view: _View,
    found: list[Discrepancy],
    wrong: Mapping[tuple[str, str], list[tuple[Discrepancy, _Print, _Print, str]]],
) -> list[Discrepancy]:
    """Two items of one list whose values under one column are each the other's (甲國 25, 乙國 30 where
    the others print 30 and 25): one misprint, one finding naming both, not a conflict per item."""
    merged: dict[int, Discrepancy | None] = {}
    pairs: dict[tuple[str, str, str], int] = {}  # (article, entity, entity) -> the finding that names them
    for (art, c), ds in sorted(wrong.items()):
        for i, (d1, p1, q1, unit) in enumerate(ds):
            for d2, p2, q2, _ in ds[i + 1 :]:
                if id(d1) in merged or id(d2) in merged or not _crossed(p1, p2, q1, q2):
                    continue
                v1, v2, e1, e2 = p1.value, p2.value, q1.value, q2.value
                label = view.columns.labels.get(c, c)
                low, high = sorted((d1.entity or "", d2.entity or ""))
                pair = (art, low, high)
                if (first := pairs.get(pair)) is not None and (kept := merged.get(first)) is not None:
                    # the same two rows swapped in another column: one misprint, one finding
                    merged[id(d1)] = merged[id(d2)] = None
                    merged[first] = replace(
                        kept,
                        message=f"{kept.message} In another column too ({label}): {_amount(v1, unit)} and "
                        f"{_amount(v2, unit)} ({_amount(e1, unit)} and {_amount(e2, unit)} elsewhere).",
                    )
                    continue
                pairs[pair] = id(d1)
                merged[id(d2)] = None
                merged[id(d1)] = replace(
                    d1,
                    subject=f"{d1.subject} / {view.ctx.name(d2.entity or '')}",
                    message=f"{art} gives {view.mention(art, d1.entity or '').label} {_amount(v1, unit)} and "
                    f"{view.mention(art, d2.entity or '').label} {_amount(v2, unit)}{_under(label, c)}, each "
                    f"the other's ({_amount(e1, unit)} and {_amount(e2, unit)} elsewhere): the two values "
                    "are swapped.",
                    evidence=(*d1.evidence[:1], *d2.evidence[:1], *d1.evidence[1:2]),
                )
    return [m for d in found if (m := merged.get(id(d), d)) is not None]


MAX_CONFLICT_SHARE = 0.3  # share of an outlet's items one column may contradict before the column is suspect

MIN_CASCADE = 3


def _printing(m: Mention) -> tuple[tuple[int, int], ...] | str:
    """Where an item's values are printed: items that share one printed value share this."""
    return tuple(sorted((v.start, v.end) for v in m.values)) or m.key


def _one_per_printing(view: _View, art: str, ds: list[Discrepancy]) -> list[Discrepancy]:
    """Value conflicts of items whose value is one printing (``A, B and C will each face 28 %``): one
    misprint, one finding, naming every item it stands for."""
    by: dict[object, list[Discrepancy]] = defaultdict(list)
    for d in ds:
        key = _printing(view.mention(art, d.entity)) if d.entity in view.ctx.entity_lists else d.entity
        # one column: an item's two columns in conflict (a swap and a share) are two findings of one item
        by[(key, d.subject.rpartition(": ")[2])].append(d)
    out = []
    for group in by.values():
        first = group[0]
        if len(group) > 1:
            also = ", ".join(d.subject for d in group[1:])
            first = replace(first, message=f"{first.message} The same printed value stands for {also}.")
        out.append(first)
    return out


def _no_column_cascade(view: _View, found: list[Discrepancy]) -> list[Discrepancy]:
    """When one outlet's values contradict the others for many of its items, the cause is one: its
    column means something else, or was read against the wrong header. One warning replaces them."""
    per: dict[tuple[str, str], list[Discrepancy]] = defaultdict(list)
    for d in found:
        if d.kind in (VALUE_CONFLICT, COLUMN_SWAP, ATTRIBUTE_CONFLICT):
            per[(d.sources[0], d.kind)].append(d)
    out = [d for d in found if d.kind not in (VALUE_CONFLICT, COLUMN_SWAP, ATTRIBUTE_CONFLICT)]
    for (art, kind), ds in sorted(per.items()):
        n_items = len(view.ctx.listed[art])
        if kind == VALUE_CONFLICT:
            ds = _one_per_printing(view, art, ds)
            # items that share one printed value ("A, B and C will each face 28 %") count once
            n_items = len({_printing(m) for m in view.ctx.listed[art]})
        bad = len({d.entity for d in ds})  # items, not their columns: one item off in two columns is one
        if bad >= MIN_CASCADE and bad > MAX_CONFLICT_SHARE * n_items:
            out.append(
                Discrepancy(
                    kind=kind,
                    severity=Severity.WARNING,
                    entity=None,
                    sources=(art,),
                    subject="column",
                    message=(
                        f"{art} departs from the others on {bad} of its {n_items} items "
                        f"({ds[0].subject}, {ds[1].subject}, …): its column may mean something else, or be "
                        "read under the wrong header; its items are not judged one by one."
                    ),
                    evidence=_evidence(e for d in ds[:3] for e in d.evidence[:1]),
                )
            )
        else:
            out.extend(ds)
    return out
