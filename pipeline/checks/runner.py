"""``run_checks``: every family of checks run in order on one run's records, their findings merged by
root cause, deduplicated and sorted. It never changes its inputs and never raises on their content:
missing or empty inputs give fewer findings, not errors."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.checks.acronyms import _acronym_mismatches
from pipeline.checks.arithmetic import _arithmetic
from pipeline.checks.context import _last, shared_context
from pipeline.checks.contradictions import internal_contradictions
from pipeline.checks.count_conflict import _count_conflicts
from pipeline.checks.count_mismatch import _count_mismatches
from pipeline.checks.filing import _section_conflicts
from pipeline.checks.group_causes import _misfiled_not_miscounted, _value_of_its_group
from pipeline.checks.kanji import _misspelt_names
from pipeline.checks.length_causes import (
    _long_in_its_groups,
    _one_root_cause,
    _other_list_not_long,
    _repeated_not_long,
)
from pipeline.checks.lengths import _list_lengths
from pipeline.checks.lists import canonical_groups, list_checks
from pipeline.checks.loose import loose_counts
from pipeline.checks.mistranslations import _possible_mistranslations
from pipeline.checks.names import _naming_variants
from pipeline.checks.one_count import conflict_not_length
from pipeline.checks.ranks import rank_checks
from pipeline.checks.row_changes import change_checks, change_not_value
from pipeline.checks.share_sums import share_sum_checks
from pipeline.checks.shares import share_checks, total_checks
from pipeline.checks.story import _person_variants, _story_conflicts
from pipeline.checks.sums import sums_checks
from pipeline.checks.taxonomy import _taxonomy_differs
from pipeline.checks.value_causes import _share_not_value, _text_beside_value
from pipeline.checks.whole_shares import whole_share_checks
from pipeline.checks.wholes import whole_counts
from pipeline.claims import bind_groups
from pipeline.collector import collector_paused
from pipeline.groups import CanonicalGroups
from pipeline.knowledge.gazetteer import Gazetteer
from pipeline.knowledge.reference import ReferenceList
from pipeline.models import (
    Article,
    Claim,
    Discrepancy,
    Entity,
    Fact,
    Group,
    Heading,
    Link,
    Mention,
    PersonName,
)
from pipeline.orchestrate import Beside


def _sort_key(d: Discrepancy) -> tuple[int, str, str, tuple[str, ...], str, str]:
    return (-d.severity.rank, d.kind, d.subject, d.sources, d.entity or "", d.message)


def group_records(found: CanonicalGroups) -> tuple[Group, ...]:
    """Canonical groups as the records a run keeps (``Reconciliation.groups``)."""
    members: dict[str, list[tuple[str, str]]] = {}
    for key, gid in found.of.items():
        members.setdefault(gid, []).append(key)
    return tuple(
        Group(gid, found.labels.get(gid, gid), tuple(sorted(keys))) for gid, keys in sorted(members.items())
    )


@collector_paused  # many objects built, no cycles: the collector would walk the run for nothing
def run_checks(
    *,
    articles: Sequence[Article],
    mentions: Sequence[Mention],
    headings: Sequence[Heading],
    entities: Sequence[Entity],
    links: Sequence[Link] = (),
    claims: Sequence[Claim],
    facts: Sequence[Fact],
    people: Sequence[PersonName],
    category_cutoff: float = 80.0,
    rare_share: float = 0.1,
    short_ratio: float = 0.75,
    reference: ReferenceList | None = None,
    gazetteer: Gazetteer | None = None,
    groups: Sequence[Group] | None = None,
    fork: bool = False,
) -> tuple[Discrepancy, ...]:
    """Every discrepancy the records show, sorted by severity (highest first), kind, subject, sources.

    ``category_cutoff`` is the rapidfuzz score (0-100) above which two category labels are the
    same category; ``rare_share`` the share of entities a Chinese word may appear in and still be a
    key word; ``short_ratio`` how much shorter than the others a name may be before it counts as
    an abbreviation rather than a translation that dropped a word. ``groups``: the canonical groups
    already aligned for the run (``checks.canonical_groups``), else aligned here. ``fork``: the item-level
    checks of the lists (``list_checks``) run in a forked child (``orchestrate.Beside``) while this process
    runs the others; the findings are the same, in the same order, wherever they were found.
    """
    del links  # links are not needed to judge (a run records them while the checks run: pipeline.run)
    ctx = shared_context(articles, mentions, entities, claims, headings, groups or ())
    if groups is None:
        found_groups = canonical_groups(ctx, reference=reference, gazetteer=gazetteer)
        groups = group_records(found_groups)
        ctx.set_groups(groups)
        ctx.set_claims(bind_groups(ctx.claims, groups, mentions))
    judged = groups  # the item-level checks, the most work of all: beside the others when ``fork``
    with Beside(
        lambda: list_checks(ctx, reference=reference, gazetteer=gazetteer, groups=judged)[0], fork=fork
    ) as items:
        counted: list[Discrepancy] = [
            *_count_mismatches(ctx),
            *_arithmetic(ctx),
            *share_checks(ctx),
            *share_sum_checks(ctx),
            *change_checks(ctx),
            *total_checks(ctx),
            *rank_checks(ctx),
            *loose_counts(ctx),
            *whole_counts(ctx),
            *_count_conflicts(ctx),
            *_taxonomy_differs(ctx, score_cutoff=category_cutoff),
            *_list_lengths(ctx),
        ]
        named: list[Discrepancy] = [
            *_section_conflicts(ctx),
            *internal_contradictions(ctx),
            *_naming_variants(ctx),
            *_possible_mistranslations(ctx, rare_share=rare_share, short_ratio=short_ratio),
            *_misspelt_names(ctx),
            *_acronym_mismatches(ctx),
            *_story_conflicts(ctx, facts, people),
            *_person_variants(ctx, people),
        ]
        found = [*counted, *items.result(), *named]
    found = _share_not_value(ctx, change_not_value(ctx, found))
    found = sums_checks(ctx, _one_root_cause(_text_beside_value(ctx, found)))
    found = conflict_not_length(ctx, found)
    found = _misfiled_not_miscounted(ctx, _repeated_not_long(ctx, _other_list_not_long(ctx, found)))
    found = _long_in_its_groups(ctx, found)
    found = whole_share_checks(ctx, _value_of_its_group(ctx, found))
    _last.clear()  # judged: the lookups are not kept past the run's checks
    unique: dict[tuple[str, str, str, tuple[str, ...], str], Discrepancy] = {}
    for d in found:
        unique.setdefault((d.kind, d.entity or "", d.subject, d.sources, d.message), d)
    return tuple(sorted(unique.values(), key=_sort_key))
