"""The checks of the lists themselves, item by item, run in order (``duplicates``, ``coverage`` with
``strays`` and ``unlinked``, ``filing``, ``values``, ``attributes``), judged by consensus or, when the user
gives one, against the official list; and the outlets' groups aligned, seeded by the official list's.

The rules that keep an outlet from being accused wrongly:

1. A list is judged for omissions only when it claims to be complete (it states a total it reaches, or
   says "full list"), or when the official list is given; a selection is missing nothing. Without the
   official list, an item is missing from it only when at least two other complete lists, and at least
   half of them, have it: what two lists of a thousand print alike is no evidence against the rest.
2. A list that shares less than half of its names with the others is one finding about that article
   (``unlinked_list``), never a cascade of findings about the others.
3. One root cause, one finding: an item found nowhere else in a list that lacks exactly one item the
   others have, in the same group, is one ``wrong_item``; a name printed twice is one
   ``duplicate_item``; two values reversed are one ``column_swap``.
4. ``error`` only on strong evidence: the official list, or at least ``MIN_CORROBORATION`` other outlets
   agreeing while none sides with the outlet. Two camps that each have support are a ``warning`` that
   names both, not an accusation.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pipeline.checks.attributes import _attribute_checks, attributes_once
from pipeline.checks.context import _Ctx
from pipeline.checks.coverage import _coverage
from pipeline.checks.duplicates import _duplicates
from pipeline.checks.filing import _group_conflicts
from pipeline.checks.rank_swaps import rank_swaps
from pipeline.checks.value_cascade import _no_column_cascade
from pipeline.checks.values import _value_checks
from pipeline.checks.view import _entity_codes, _reference_of, _View
from pipeline.group_codes import label_codes
from pipeline.groups import CanonicalGroups, align_groups
from pipeline.knowledge.gazetteer import Gazetteer
from pipeline.knowledge.reference import ReferenceEntry, ReferenceList
from pipeline.models import Discrepancy, Group
from pipeline.value_columns import align_columns


def _seeds(view_ctx: _Ctx, ref_of: Mapping[str, ReferenceEntry], reference: ReferenceList | None):  # noqa: ANN202
    if reference is None:
        return None, None
    groups = {g.id: (g.label, {e for e, r in ref_of.items() if r.group == g.id}) for g in reference.groups}
    columns = {
        c.id: (c.label, {e: dict(r.values)[c.id] for e, r in ref_of.items() if c.id in dict(r.values)})
        for c in reference.columns
    }
    return (groups or None), (columns or None)


def canonical_groups(
    ctx: _Ctx, *, reference: ReferenceList | None = None, gazetteer: Gazetteer | None = None
) -> CanonicalGroups:
    """The outlets' groups aligned (seeded by the official list's groups when there is one)."""
    ref_of = _reference_of(ctx, reference, gazetteer)
    group_seed, _ = _seeds(ctx, ref_of, reference)
    mentions = [m for ms in ctx.listed.values() for m in ms]
    return align_groups(
        mentions, ctx.entity_of, seed=group_seed, label_codes=label_codes(mentions, gazetteer)
    )


def list_checks(
    ctx: _Ctx,
    *,
    reference: ReferenceList | None = None,
    gazetteer: Gazetteer | None = None,
    groups: Sequence[Group] | None = None,
) -> tuple[list[Discrepancy], CanonicalGroups]:
    """The item-level findings of the lists, and the canonical groups they were judged by (``groups``,
    when the run has aligned them already)."""
    ref_of = _reference_of(ctx, reference, gazetteer)
    group_seed, column_seed = _seeds(ctx, ref_of, reference)
    mentions = [m for ms in ctx.listed.values() for m in ms]
    canonical = (
        CanonicalGroups.from_records(groups)
        if groups is not None
        else align_groups(
            mentions, ctx.entity_of, seed=group_seed, label_codes=label_codes(mentions, gazetteer)
        )
    )
    columns = align_columns(mentions, ctx.entity_of, seed=column_seed)
    codes = _entity_codes(ctx, gazetteer)
    view = _View(ctx, canonical, columns, reference, ref_of, gazetteer, codes=codes)
    dupes, absorbed = _duplicates(view, codes)
    found = [
        *dupes,
        *_coverage(view, absorbed),
        *_group_conflicts(view),
        *rank_swaps(view, _value_checks(view)),
    ]
    found += _no_column_cascade(view, attributes_once(_attribute_checks(view), found))
    return found, canonical
