"""Each record of a reconciliation as report.json writes it: plain data, its lists sorted
(``reports.ordering``)."""

from __future__ import annotations

from typing import Any

from pipeline.models import (
    Article,
    Claim,
    Discrepancy,
    Entity,
    Evidence,
    Fact,
    Heading,
    Link,
    Mention,
    PersonName,
    Problem,
    Provenance,
    Variant,
)
from reports import ordering
from reports.json_values import json_float


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
        "score": json_float(k.score),
        "margin": json_float(k.margin),
        "runner_up": k.runner_up,
        "reason": k.reason,
    }


def claim_data(c: Claim) -> dict[str, Any]:
    return {
        "article": c.article,
        "kind": c.kind,
        "subject": c.subject,
        "stated": json_float(c.stated),
        "unit": c.unit,
        "computed": json_float(c.computed),
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
