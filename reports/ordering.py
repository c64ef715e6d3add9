"""Sorted views of a Reconciliation's parts: rows sorted so that the same value built in any order
renders the same bytes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from pipeline.models import (
    Article,
    Claim,
    Discrepancy,
    Entity,
    Evidence,
    Fact,
    Link,
    Mention,
    PersonName,
    Problem,
    Reconciliation,
    Variant,
)
from reports.memo import per_reconciliation

LANG_ORDER = {"zh": 0, "en": 1, "acronym": 2}
FACT_FIELD_ORDER = {"instrument": 0, "signed": 1, "signer": 2}


def _section(value: object) -> str:
    return "" if value is None else str(getattr(value, "value", value))


def sorted_articles(rec: Reconciliation) -> list[Article]:
    return sorted(rec.articles, key=lambda a: a.id)


def mention_sort_key(m: Mention) -> tuple[object, ...]:
    return (m.article, m.position, m.kind.value, m.start, m.end, m.name_zh, m.name_en, m.acronym)


@per_reconciliation
def sorted_mentions(rec: Reconciliation) -> list[Mention]:
    return sorted(rec.mentions, key=mention_sort_key)


def sorted_variants(variants: Iterable[Variant]) -> list[Variant]:
    return sorted(
        variants, key=lambda v: (LANG_ORDER.get(v.lang, 9), v.lang, v.name, tuple(sorted(v.sources)))
    )


@per_reconciliation
def sorted_entities(rec: Reconciliation) -> list[Entity]:
    return sorted(rec.entities, key=lambda e: e.id)


@per_reconciliation
def sorted_links(rec: Reconciliation) -> list[Link]:
    return sorted(rec.links, key=lambda k: (mention_key_order(k.mention), k.entity, k.level.value))


def mention_key_order(key: str) -> tuple[str, int, str]:
    article, _, position = key.rpartition("#")
    return (article, int(position), "") if position.isdigit() else (key, 0, key)


def claim_sort_key(c: Claim) -> tuple[object, ...]:
    return (c.article, c.start, c.end, c.kind, c.subject, c.stated, c.unit)


def sorted_claims(rec: Reconciliation) -> list[Claim]:
    return sorted(rec.claims, key=claim_sort_key)


def sorted_evidence(evidence: Iterable[Evidence]) -> list[Evidence]:
    return sorted(evidence, key=lambda e: (e.article, e.start, e.end, e.quote))


def discrepancy_sort_key(d: Discrepancy) -> tuple[object, ...]:
    """Errors first, then warnings, then info; within a severity by kind, subject, entity, sources."""
    return (-d.severity.rank, d.kind, d.subject, d.entity or "", d.sources, d.message)


def sorted_discrepancies(rec: Reconciliation) -> list[Discrepancy]:
    return sorted(rec.discrepancies, key=discrepancy_sort_key)


def sorted_problems(rec: Reconciliation) -> list[Problem]:
    return sorted(rec.problems, key=lambda p: (p.article, -p.severity.rank, p.code, p.message))


def sorted_facts(rec: Reconciliation) -> list[Fact]:
    return sorted(
        rec.facts,
        key=lambda f: (FACT_FIELD_ORDER.get(f.field, 9), f.field, f.article, f.start, f.end, f.value),
    )


def fact_grid(facts: Iterable[Fact]) -> tuple[list[str], dict[tuple[str, str], list[str]]]:
    """The fields the facts give, in the reports' order, and each (field, article)'s values, once each in
    the order given: the facts side by side, as the HTML and Markdown reports print them."""
    values: dict[tuple[str, str], list[str]] = defaultdict(list)
    for f in facts:
        if f.value not in values[(f.field, f.article)]:
            values[(f.field, f.article)].append(f.value)
    fields = sorted({field for field, _ in values}, key=lambda x: (FACT_FIELD_ORDER.get(x, 9), x))
    return fields, values


def sorted_people(rec: Reconciliation) -> list[PersonName]:
    return sorted(rec.people, key=lambda p: (p.person, p.name, p.article, p.start, p.end, p.role, p.english))
