"""report.json: the whole reconciliation as data, without the article texts.

The document validates against ``reports/schema/report.schema.json``; ``schema_version`` changes
its major number on a breaking change. Serialization is deterministic: every list sorted, keys
sorted, ``ensure_ascii=False``, two-space indent, trailing newline.
"""

from __future__ import annotations

import json
import math
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

from pipeline.models import (
    Article,
    Claim,
    Discrepancy,
    Entity,
    Evidence,
    Fact,
    Heading,
    Kind,
    Link,
    Mention,
    PersonName,
    Problem,
    Provenance,
    Reconciliation,
    Severity,
    Variant,
)
from reports import lookups, ordering
from reports.jsontext import dumps_indented

SCHEMA_PATH = Path(__file__).resolve().parent / "schema" / "report.schema.json"
REPORT_FILE = "report.json"


def _enum(value: Enum | None) -> str | None:
    return None if value is None else str(value.value)


def _float(value: float | None) -> float | None:
    if value is None or not math.isfinite(value):
        return None
    return round(float(value), 6)


def jsonable(value: object) -> Any:
    """Plain JSON data from an option value: enums by value, paths and unknown objects as text."""
    if isinstance(value, Enum):
        return value.value
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return _float(value)
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, set | frozenset):
        return sorted((jsonable(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    return str(value)


def provenance_data(p: Provenance) -> dict[str, Any]:
    return {
        "url": p.url,
        "final_url": p.final_url,
        "redirects": list(p.redirects),
        "status": p.status,
        "retrieved_at": p.retrieved_at,
        "sha256": p.sha256,
        "canonical_url": p.canonical_url,
        "language": p.language,
    }


def article_data(a: Article) -> dict[str, Any]:
    data = _article_fields(a)
    if a.provenance is not None:  # a fetched page: where and when it was read, and its digest
        data["provenance"] = provenance_data(a.provenance)
    return data


def _article_fields(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "outlet": a.outlet,
        "url": a.url,
        "date": a.date,
        "title": a.title,
        "path": a.path,
        "encoding": a.encoding,
        "format": a.format,
        "layout": a.layout,
        "length": len(a.text),
        "body_end": a.body_end,
        "selection": a.selection,
    }


def mention_data(m: Mention, entity: str | None, group_id: str | None = None) -> dict[str, Any]:
    return {
        "group_id": group_id,
        "key": m.key,
        "article": m.article,
        "kind": m.kind.value,
        "position": m.position,
        "category": m.category,
        "name_zh": m.name_zh,
        "name_en": m.name_en,
        "acronym": m.acronym,
        "aliases": list(m.aliases),
        "note": m.note,
        "parent": m.parent,
        "asserted_group": m.asserted_group,
        "start": m.start,
        "end": m.end,
        "entity": entity,
        "group": m.group,
        "values": [
            {
                "raw": v.raw,
                "number": v.number,
                "low": v.low,
                "high": v.high,
                "unit": v.unit,
                "column": v.column,
            }
            | ({"approximate": True} if v.approximate else {})
            | {"start": v.start, "end": v.end}
            for v in m.values
        ],
        "attributes": [
            {"kind": a.kind.value, "text": a.text, "label": a.label, "start": a.start, "end": a.end}
            for a in m.attributes
        ],
    }


def heading_data(h: Heading) -> dict[str, Any]:
    return {
        "article": h.article,
        "label": h.label,
        "category": h.category,
        "stated": h.stated,
        "start": h.start,
        "end": h.end,
        "group": h.group,
    }


def variant_data(v: Variant) -> dict[str, Any]:
    return {"name": v.name, "lang": v.lang, "sources": sorted(v.sources)}


def entity_data(
    e: Entity, members: list[str], sources: tuple[str, ...], group: str | None = None
) -> dict[str, Any]:
    return {
        "id": e.id,
        "name_en": e.name_en,
        "name_zh": e.name_zh,
        "acronym": e.acronym,
        "group_id": group,
        "mentions": members,
        "sources": list(sources),
        "variants": [variant_data(v) for v in ordering.sorted_variants(e.variants)],
    }


def link_data(k: Link) -> dict[str, Any]:
    return {
        "mention": k.mention,
        "entity": k.entity,
        "level": k.level.value,
        "score": _float(k.score),
        "margin": _float(k.margin),
        "runner_up": k.runner_up,
        "reason": k.reason,
    }


def claim_data(c: Claim) -> dict[str, Any]:
    return {
        "article": c.article,
        "kind": c.kind,
        "subject": c.subject,
        "stated": _float(c.stated),
        "unit": c.unit,
        "computed": _float(c.computed),
        "count": c.count,
        "group": c.group,
        "quote": c.quote,
        "start": c.start,
        "end": c.end,
    }


def evidence_data(e: Evidence) -> dict[str, Any]:
    return {"article": e.article, "quote": e.quote, "start": e.start, "end": e.end}


def discrepancy_data(d: Discrepancy) -> dict[str, Any]:
    data = {
        "fingerprint": d.fingerprint,
        "kind": d.kind,
        "severity": d.severity.value,
        "entity": d.entity,
        "sources": list(d.sources),
        "subject": d.subject,
        "message": d.message,
        "evidence": [evidence_data(e) for e in ordering.sorted_evidence(d.evidence)],
    }
    return data | {"note": d.note} if d.note else data


def problem_data(p: Problem) -> dict[str, Any]:
    return {"article": p.article, "code": p.code, "severity": p.severity.value, "message": p.message}


def fact_data(f: Fact) -> dict[str, Any]:
    return {
        "article": f.article,
        "field": f.field,
        "value": f.value,
        "quote": f.quote,
        "start": f.start,
        "end": f.end,
    }


def person_data(p: PersonName) -> dict[str, Any]:
    return {
        "person": p.person,
        "name": p.name,
        "role": p.role,
        "english": p.english,
        "article": p.article,
        "start": p.start,
        "end": p.end,
    }


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
