"""The tables of report.html as plain sorted data, one function each: entities, their variants, the
inputs, claims, people, facts, links for review, unlinked mentions, problems and suppressed findings.
Used by ``html_context.context``."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from pipeline.models import Article, Claim, Kind, Reconciliation
from reports import cell_text, lookups, ordering
from reports.outlet_names import name_outlets
from reports.script import variant_language

FACT_TITLES = {"instrument": "instrument", "signed": "signed on", "signer": "signed by"}


def _names(*parts: str) -> str:
    return " / ".join(p for p in parts if p)


def entity_rows(rec: Reconciliation, entity_anchor: dict[str, str]) -> list[dict[str, Any]]:
    """The entity table: one row per entity, with its group, outlets, mentions and other names."""
    sources = lookups.entity_sources(rec)
    kinds: dict[str, list[Kind]] = defaultdict(list)
    for r in lookups.keyed_mentions(rec):
        if r.entity is not None:
            kinds[r.entity].append(r.mention.kind)

    group_of = lookups.entity_groups(rec)
    group_label = {g.id: g.label for g in rec.groups}
    entities = []
    for i, e in enumerate(ordering.sorted_entities(rec), start=1):
        others = [
            v.name
            for v in ordering.sorted_variants(e.variants)
            if v.name not in (e.name_zh, e.name_en, e.acronym)
        ]
        entities.append(
            {
                "order": i,
                "anchor": entity_anchor[e.id],
                "id": e.id,
                "name_zh": e.name_zh,
                "name_en": e.name_en,
                "acronym": e.acronym,
                "group": group_label.get(group_of.get(e.id, ""), ""),
                "articles": len(sources.get(e.id, ())),
                "list": sum(1 for k in kinds[e.id] if k == Kind.LIST),
                "prose": sum(1 for k in kinds[e.id] if k == Kind.PROSE),
                "variants": len(e.variants),
                "other_names": "; ".join(others),
            }
        )
    return entities


def variant_rows(
    rec: Reconciliation, labels: dict[str, str], entity_anchor: dict[str, str]
) -> list[dict[str, Any]]:
    """The variant table: every name of every entity, with the outlets that print it."""
    return [
        {
            "order": i,
            "entity": e.id,
            "anchor": entity_anchor[e.id],
            "lang": variant_language(v.lang, v.name),
            "code": v.lang,
            "name": v.name,
            "outlets": ", ".join(labels.get(s, s) for s in sorted(v.sources)),
        }
        for i, (e, v) in enumerate(
            ((e, v) for e in ordering.sorted_entities(rec) for v in ordering.sorted_variants(e.variants)),
            start=1,
        )
    ]


def article_rows(
    rec: Reconciliation, articles: Sequence[Article], labels: dict[str, str], claims: Sequence[Claim]
) -> list[dict[str, Any]]:
    """The inputs table: one row per article, with its items, stated totals and problems."""
    mention_counts = lookups.mention_counts(rec)
    problem_counts: dict[str, int] = defaultdict(int)
    for p in rec.problems:
        problem_counts[p.article] += 1
    group_labels = {g.id: g.label for g in rec.groups}
    claims_of: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        claims_of[c.article].append(c)
    rows = []
    for a in articles:
        totals = cell_text.stated_totals(claims_of.get(a.id, ()), group_labels)
        rows.append(
            {
                "id": a.id,
                "label": labels[a.id],
                "outlet": a.outlet,
                "date": a.date or "",
                "title": a.title,
                "layout": a.layout or "no list",
                "format": a.format,
                "encoding": a.encoding,
                "path": a.path,
                "list_items": mention_counts.get(a.id, (0, 0))[0],
                "prose_items": mention_counts.get(a.id, (0, 0))[1],
                "totals": "; ".join(totals),
                "problems": problem_counts[a.id],
            }
        )
    return rows


def people_rows(rec: Reconciliation, labels: dict[str, str]) -> list[dict[str, Any]]:
    """One row per person and name, with the roles, English names and outlets that give them."""
    people: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for pn in ordering.sorted_people(rec):
        slot = people[(pn.person, pn.name)]
        slot["articles"].add(labels.get(pn.article, pn.article))
        if pn.role:
            slot["roles"].add(pn.role)
        if pn.english:
            slot["english"].add(pn.english)
    return [
        {
            "person": person,
            "name": name,
            "roles": ", ".join(sorted(slot["roles"])),
            "english": ", ".join(sorted(slot["english"])),
            "outlets": ", ".join(sorted(slot["articles"])),
        }
        for (person, name), slot in sorted(people.items())
    ]


def fact_tables(
    rec: Reconciliation, articles: Sequence[Article], labels: dict[str, str]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The facts side by side (one row per field, one cell per article) and each fact with its quote."""
    facts = ordering.sorted_facts(rec)
    fields, fact_values = ordering.fact_grid(facts)
    rows = [
        {
            "field": FACT_TITLES.get(field, field),
            "cells": ["; ".join(fact_values[(field, a.id)]) for a in articles],
        }
        for field in fields
    ]
    quotes = [
        {
            "field": FACT_TITLES.get(f.field, f.field),
            "article": f.article,
            "label": labels.get(f.article, f.article),
            "start": f.start,
            "end": f.end,
            "quote": f.quote,
        }
        for f in facts
    ]
    return rows, quotes


def claim_rows(claims: Sequence[Claim], labels: dict[str, str]) -> list[dict[str, Any]]:
    """Every claim with its stated and computed numbers and its quote."""
    return [
        {
            "article": c.article,
            "label": labels.get(c.article, c.article),
            "kind": c.kind,
            "subject": c.subject,
            "stated": cell_text.fmt_number(c.stated) + ("%" if c.unit == "percent" else ""),
            "computed": cell_text.fmt_number(c.computed)
            + ("%" if c.unit == "percent" and c.computed is not None else ""),
            "start": c.start,
            "end": c.end,
            "quote": c.quote,
        }
        for c in claims
    ]


def review_rows(rec: Reconciliation, entity_anchor: dict[str, str]) -> list[dict[str, Any]]:
    """The links a reviewer should look at, with their level, score, margin and runner-up."""
    by_key = lookups.mentions_by_key(rec)
    review = []
    for k in lookups.links_for_review(rec):
        linked = by_key.get(k.mention)
        review.append(
            {
                "mention": k.mention,
                "name": (_names(linked.name_zh, linked.name_en) or linked.acronym) if linked else "",
                "entity": k.entity,
                "anchor": entity_anchor.get(k.entity, ""),
                "level": k.level.value,
                "score": cell_text.fmt_score(k.score),
                "margin": cell_text.fmt_score(k.margin),
                "runner_up": k.runner_up,
                "reason": k.reason,
            }
        )
    return review


def unlinked_rows(rec: Reconciliation) -> list[dict[str, Any]]:
    """The mentions linked to no entity."""
    return [
        {
            "key": m.key,
            "kind": m.kind.value,
            "name_zh": m.name_zh,
            "name_en": m.name_en,
            "acronym": m.acronym,
            "start": m.start,
            "end": m.end,
        }
        for m in lookups.unlinked_mentions(rec)
    ]


def problem_rows(rec: Reconciliation, labels: dict[str, str]) -> list[dict[str, Any]]:
    """The problems met reading the inputs."""
    return [
        {
            "article": p.article,
            "label": labels.get(p.article, p.article),
            "severity": p.severity.value,
            "code": p.code,
            "message": p.message,
        }
        for p in ordering.sorted_problems(rec)
    ]


def suppressed_rows(rec: Reconciliation, labels: dict[str, str]) -> list[dict[str, Any]]:
    """The findings a reviewer suppressed."""
    return [
        {
            "severity": d.severity.value,
            "kind": d.kind,
            "message": name_outlets(d.message, labels),
            "note": d.note,
            "fingerprint": d.fingerprint,
        }
        for d in sorted(rec.suppressed, key=ordering.discrepancy_sort_key)
    ]
