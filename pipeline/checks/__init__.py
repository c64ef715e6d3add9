"""Discrepancies: what the outlets disagree on, and where an outlet disagrees with itself or with the
official list. ``run_checks`` runs every family; ``registry.CHECKS`` names every kind with its severity
and what it means (the README's table is kept in agreement with it by a test)."""

from collections.abc import Sequence

from pipeline.checks.context import shared_context
from pipeline.checks.lists import canonical_groups as align
from pipeline.checks.runner import group_records, run_checks
from pipeline.collector import collector_paused
from pipeline.knowledge.gazetteer import Gazetteer
from pipeline.knowledge.reference import ReferenceList
from pipeline.models import Article, Claim, Entity, Group, Heading, Mention

__all__ = ["canonical_groups", "run_checks"]


@collector_paused
def canonical_groups(
    *,
    articles: Sequence[Article],
    mentions: Sequence[Mention],
    headings: Sequence[Heading],
    entities: Sequence[Entity],
    claims: Sequence[Claim],
    reference: ReferenceList | None = None,
    gazetteer: Gazetteer | None = None,
) -> tuple[Group, ...]:
    """The canonical groups the list checks judge by, as records for the reports."""
    ctx = shared_context(articles, mentions, entities, claims, headings)  # run_checks reuses it
    return group_records(align(ctx, reference=reference, gazetteer=gazetteer))
