"""report.json: the whole reconciliation as data, without the article texts.

The document validates against ``reports/schema/report.schema.json``; ``schema_version`` changes
its major number on a breaking change. Serialization is deterministic: every list sorted, keys
sorted, ``ensure_ascii=False``, two-space indent, trailing newline.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from pipeline.models import Kind, Reconciliation, Severity
from reports import lookups, ordering
from reports.json_records import (
    article_data,
    claim_data,
    discrepancy_data,
    entity_data,
    fact_data,
    heading_data,
    link_data,
    mention_data,
    person_data,
    problem_data,
)
from reports.json_values import jsonable
from reports.jsontext import dumps_indented

SCHEMA_PATH = Path(__file__).resolve().parent / "schema" / "report.schema.json"
REPORT_FILE = "report.json"


def counts(rec: Reconciliation) -> dict[str, Any]:
    by_severity = {s.value: 0 for s in sorted(Severity, key=lambda s: -s.rank)}
    for d in rec.discrepancies:
        by_severity[d.severity.value] += 1
    return {
        "articles": len(rec.articles),
        "list_mentions": sum(1 for m in rec.mentions if m.kind == Kind.LIST),
        "prose_mentions": sum(1 for m in rec.mentions if m.kind == Kind.PROSE),
        "unlinked_mentions": len(lookups.unlinked_mentions(rec)),
        "entities": len(rec.entities),
        "links": len(rec.links),
        "claims": len(rec.claims),
        "discrepancies": by_severity,
        "problems": len(rec.problems),
    }


def report_data(rec: Reconciliation) -> dict[str, Any]:
    """The report.json document as Python data (lists sorted as the other reports sort them)."""
    entity_of = lookups.mention_entities(rec)
    sources = lookups.entity_sources(rec)
    members: dict[str, set[str]] = {e.id: set(e.mentions) for e in rec.entities}
    group_of = lookups.group_ids(rec)
    for key, entity_id in entity_of.items():
        members.setdefault(entity_id, set()).add(key)
    groups = lookups.entity_groups(rec)
    order = ordering.mention_key_order
    return {
        "schema_version": rec.schema_version,
        "counts": counts(rec),
        "articles": [article_data(a) for a in ordering.sorted_articles(rec)],
        "mentions": [
            mention_data(r.mention, r.entity, group_of(r.mention)) for r in lookups.keyed_mentions(rec)
        ],
        "groups": [
            {"id": g.id, "label": g.label, "members": [list(k) for k in sorted(g.members)]}
            for g in sorted(rec.groups, key=lambda g: g.id)
        ],
        "headings": [
            heading_data(h) for h in sorted(rec.headings, key=lambda h: (h.article, h.start, h.end, h.label))
        ],
        "entities": [
            entity_data(e, sorted(members.get(e.id, ()), key=order), sources[e.id], groups.get(e.id))
            for e in ordering.sorted_entities(rec)
        ],
        "links": [link_data(k) for k in ordering.sorted_links(rec)],
        "claims": [claim_data(c) for c in ordering.sorted_claims(rec)],
        "discrepancies": [discrepancy_data(d) for d in ordering.sorted_discrepancies(rec)],
        "suppressed": [
            discrepancy_data(d) for d in sorted(rec.suppressed, key=ordering.discrepancy_sort_key)
        ],
        "problems": [problem_data(p) for p in ordering.sorted_problems(rec)],
        "facts": [fact_data(f) for f in ordering.sorted_facts(rec)],
        "people": [person_data(p) for p in ordering.sorted_people(rec)],
        "options": jsonable(rec.options),
        "settings": jsonable(rec.settings),
    }


def dumps(data: object) -> str:
    """Deterministic JSON text: sorted keys, UTF-8 characters kept, indent 2, trailing newline."""
    return dumps_indented(data, newline=True)


def json_report(rec: Reconciliation) -> str:
    return dumps(report_data(rec))


def render_json(rec: Reconciliation) -> dict[str, str]:
    return {REPORT_FILE: json_report(rec)}


@cache
def _schema_text() -> str:
    return SCHEMA_PATH.read_text(encoding="utf-8")


def load_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of report.json, as shipped with the package."""
    schema: dict[str, Any] = json.loads(_schema_text())
    return schema
