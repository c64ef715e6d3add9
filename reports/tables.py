"""The tables of the CSV files, one builder per file, and their DataFrames; ``render_csv`` writes them.

The mentions' table is built in ``reports.mention_table``. Each table is a pure function of one
``Reconciliation``, its rows in the sorted order of ``reports.ordering``; the first columns of
``mentions.csv`` and ``discrepancies.csv`` are part of the output contract.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from pipeline.models import Kind, Reconciliation
from reports.cell_text import evidence_text
from reports.columns import (
    ACRONYM,
    ALIAS_SEPARATOR,
    CLAIM_COLUMNS,
    COMPUTED,
    COUNT,
    DISCREPANCY_COLUMNS,
    END,
    ENGLISH,
    ENTITY,
    ENTITY_COLUMNS,
    EVIDENCE,
    FINGERPRINT,
    GROUP,
    KIND,
    LANG,
    LEVEL,
    LINK_COLUMNS,
    LIST_MENTIONS,
    LIST_SEPARATOR,
    MARGIN,
    MENTION,
    MENTIONS,
    MESSAGE,
    NAME,
    NAME_EN,
    NAME_ZH,
    OUTLET,
    OUTLETS,
    PEOPLE_COLUMNS,
    PERSON,
    PROSE_MENTIONS,
    QUOTE,
    REASON,
    ROLE,
    RUNNER_UP,
    SCORE,
    SECTION,
    SEVERITY,
    SOURCE,
    SOURCES,
    START,
    STATED,
    SUBJECT,
    UNIT,
    VARIANT_COLUMNS,
    VARIANTS,
)
from reports.csv_writer import Table, table_csv
from reports.lookups import (
    article_labels,
    entity_groups,
    entity_sources,
    mention_entities,
    mentions_by_key,
)
from reports.mention_table import mentions_table, rounded
from reports.ordering import (
    mention_key_order,
    sorted_claims,
    sorted_discrepancies,
    sorted_entities,
    sorted_evidence,
    sorted_links,
    sorted_people,
    sorted_variants,
)

if TYPE_CHECKING:  # pandas is imported where a frame is asked for: the CSV files are written without it
    import pandas as pd


def entities_frame(rec: Reconciliation) -> pd.DataFrame:
    return entities_table(rec).frame()


def entities_table(rec: Reconciliation) -> Table:
    by_key = mentions_by_key(rec)
    entity_group = entity_groups(rec)
    sources = entity_sources(rec)
    entity_of = mention_entities(rec)
    members: dict[str, list[str]] = defaultdict(list)
    for key, entity_id in entity_of.items():
        members[entity_id].append(key)
    rows: list[dict[str, object]] = []
    for e in sorted_entities(rec):
        keys = sorted(set(e.mentions) | set(members.get(e.id, [])), key=mention_key_order)
        kinds = [by_key[k].kind for k in keys if k in by_key]
        rows.append(
            {
                ENTITY: e.id,
                NAME_EN: e.name_en,
                NAME_ZH: e.name_zh,
                ACRONYM: e.acronym,
                SECTION: entity_group.get(e.id, ""),
                SOURCES: LIST_SEPARATOR.join(sources.get(e.id, ())),
                LIST_MENTIONS: sum(1 for k in kinds if k == Kind.LIST),
                PROSE_MENTIONS: sum(1 for k in kinds if k == Kind.PROSE),
                VARIANTS: len(e.variants),
                MENTIONS: LIST_SEPARATOR.join(keys),
            }
        )
    return Table.from_rows(
        rows, ENTITY_COLUMNS, {LIST_MENTIONS: "Int64", PROSE_MENTIONS: "Int64", VARIANTS: "Int64"}
    )


def claims_frame(rec: Reconciliation) -> pd.DataFrame:
    return claims_table(rec).frame()


def claims_table(rec: Reconciliation) -> Table:
    labels = article_labels(rec)
    rows: list[dict[str, object]] = [
        {
            SOURCE: c.article,
            KIND: c.kind,
            SUBJECT: c.subject,
            STATED: c.stated,
            UNIT: c.unit,
            COMPUTED: c.computed,
            COUNT: c.count,
            GROUP: c.group,
            QUOTE: c.quote,
            START: c.start,
            END: c.end,
            OUTLET: labels.get(c.article, c.article),
        }
        for c in sorted_claims(rec)
    ]
    return Table.from_rows(
        rows,
        CLAIM_COLUMNS,
        {STATED: "Float64", COMPUTED: "Float64", COUNT: "Int64", START: "Int64", END: "Int64"},
    )


def discrepancies_frame(rec: Reconciliation) -> pd.DataFrame:
    return discrepancies_table(rec).frame()


def discrepancies_table(rec: Reconciliation) -> Table:
    """Errors first; ``sources`` joined with ";", evidence as ``article@start-end "quote"`` joined by " | ".

    The first columns are the output contract: ``kind,severity,entity,sources,subject,message``.
    """
    labels = article_labels(rec)
    rows: list[dict[str, object]] = [
        {
            KIND: d.kind,
            SEVERITY: d.severity.value,
            ENTITY: d.entity or "",
            SOURCES: LIST_SEPARATOR.join(d.sources),
            SUBJECT: d.subject,
            MESSAGE: d.message,
            EVIDENCE: ALIAS_SEPARATOR.join(evidence_text(e) for e in sorted_evidence(d.evidence)),
            FINGERPRINT: d.fingerprint,
            OUTLETS: LIST_SEPARATOR.join(labels.get(x, x) for x in d.sources),
        }
        for d in sorted_discrepancies(rec)
    ]
    return Table.from_rows(rows, DISCREPANCY_COLUMNS, {})


def variants_frame(rec: Reconciliation) -> pd.DataFrame:
    return variants_table(rec).frame()


def variants_table(rec: Reconciliation) -> Table:
    """One row per naming variant of each entity, with the articles that use it."""
    labels = article_labels(rec)
    rows: list[dict[str, object]] = [
        {
            ENTITY: e.id,
            LANG: v.lang,
            NAME: v.name,
            SOURCES: LIST_SEPARATOR.join(sorted(v.sources)),
            OUTLETS: LIST_SEPARATOR.join(labels.get(x, x) for x in sorted(v.sources)),
        }
        for e in sorted_entities(rec)
        for v in sorted_variants(e.variants)
    ]
    return Table.from_rows(rows, VARIANT_COLUMNS, {})


def links_frame(rec: Reconciliation) -> pd.DataFrame:
    return links_table(rec).frame()


def links_table(rec: Reconciliation) -> Table:
    links = sorted_links(rec)
    cells: dict[str, list[object]] = {
        MENTION: [k.mention for k in links],
        ENTITY: [k.entity for k in links],
        LEVEL: [k.level.value for k in links],
        SCORE: [rounded(k.score) for k in links],
        MARGIN: [rounded(k.margin) for k in links],
        RUNNER_UP: [k.runner_up for k in links],
        REASON: [k.reason for k in links],
    }
    return Table(cells, LINK_COLUMNS, {SCORE: "Float64", MARGIN: "Float64"})


def people_frame(rec: Reconciliation) -> pd.DataFrame:
    return people_table(rec).frame()


def people_table(rec: Reconciliation) -> Table:
    rows: list[dict[str, object]] = [
        {
            PERSON: p.person,
            NAME: p.name,
            ROLE: p.role,
            ENGLISH: p.english,
            SOURCE: p.article,
            START: p.start,
            END: p.end,
        }
        for p in sorted_people(rec)
    ]
    return Table.from_rows(rows, PEOPLE_COLUMNS, {START: "Int64", END: "Int64"})


def render_csv(rec: Reconciliation) -> dict[str, str]:
    tables = {
        "mentions.csv": mentions_table(rec),
        "entities.csv": entities_table(rec),
        "claims.csv": claims_table(rec),
        "discrepancies.csv": discrepancies_table(rec),
        "variants.csv": variants_table(rec),
        "links.csv": links_table(rec),
        "people.csv": people_table(rec),
    }
    return {name: table_csv(table) for name, table in sorted(tables.items())}
