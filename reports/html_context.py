"""Everything report.html shows, as plain sorted data (``context``): the headline, the scorecard, the
findings by outlet with their quotes, the pictures, and the tables (``html_tables``). Used by
``html.html_report``."""

from __future__ import annotations

from typing import Any

from pipeline.models import Reconciliation, Severity
from reports import charts, lookups, ordering, presence, views
from reports import html_tables as tables
from reports.html_markup import script_json
from reports.json_report import counts
from reports.outlet_names import outlet_labels, outlet_namer
from reports.scorecard import OutletRow, scorecard
from reports.script import fold_table, lang_tag


def _report_texts(rec: Reconciliation) -> list[str]:
    """Every text of the report a reader can filter on (names, titles, messages, quotes)."""
    texts = [a.title + a.outlet for a in rec.articles]
    texts += [m.name_zh + m.category if m.category else m.name_zh for m in rec.mentions]
    texts += [e.name_zh for e in rec.entities] + [v.name for e in rec.entities for v in e.variants]
    texts += [d.message + d.subject + "".join(e.quote for e in d.evidence) for d in rec.discrepancies]
    return texts


def _evidence_item(e: views.EvidenceView, anchor: str, article_langs: dict[str, str]) -> dict[str, Any]:
    ctx = e.context
    return {
        "anchor": anchor,
        "article": e.article,
        "outlet": e.outlet,
        "start": e.start,
        "end": e.end,
        "quote": e.quote,
        "before": ("…" if ctx and ctx.clipped_before else "") + (ctx.before if ctx else ""),
        "after": (ctx.after if ctx else "") + ("…" if ctx and ctx.clipped_after else ""),
        "lang": article_langs.get(e.article, e.lang.value),
    }


def _outlet_groups(rows: list[OutletRow], article_langs: dict[str, str]) -> list[dict[str, Any]]:
    """The findings section: per outlet with findings, each finding with its evidence in context.
    A finding under several outlets gets one anchor per outlet (``f{number}-o{row}``)."""
    groups = []
    for i, row in enumerate(rows, start=1):
        if not row.findings:
            continue
        found = []
        for f in row.findings:
            anchor = f"f{f.number}-o{i}"
            found.append(
                {
                    "anchor": anchor,
                    "number": f.number,
                    "kind": f.kind,
                    "severity": f.severity.value,
                    "severity_rank": f.severity.rank,
                    "entity": f.discrepancy.entity or "",
                    "subject": f.discrepancy.subject,
                    "fingerprint": f.discrepancy.fingerprint,
                    "message": f.message,
                    "note": f.discrepancy.note,
                    "evidence": [
                        _evidence_item(e, f"ev{f.number}-o{i}-{j}", article_langs)
                        for j, e in enumerate(f.evidence_for(row.article), start=1)
                    ],
                }
            )
        groups.append(
            {
                "anchor": f"outlet-{i}",
                "article": row.article,
                "outlet": row.outlet,
                "errors": row.errors,
                "warnings": row.warnings,
                "findings": found,
            }
        )
    return groups


def context(rec: Reconciliation) -> dict[str, Any]:
    """Everything the template shows, as plain sorted data."""
    labels = outlet_labels(rec)
    articles = ordering.sorted_articles(rec)
    article_langs = {a.id: lang_tag(a.text[:4000]).value for a in articles}
    entity_anchor = {e.id: f"entity-{i}" for i, e in enumerate(ordering.sorted_entities(rec), start=1)}
    entities = tables.entity_rows(rec, entity_anchor)
    variants = tables.variant_rows(rec, labels, entity_anchor)

    finding_views = views.finding_views(rec)
    score_rows = scorecard(rec, finding_views)
    outlet_groups = _outlet_groups(score_rows, article_langs)

    claims = ordering.sorted_claims(rec)
    article_rows = tables.article_rows(rec, articles, labels, claims)
    people = tables.people_rows(rec, labels)
    fact_rows, facts = tables.fact_tables(rec, articles, labels)
    review = tables.review_rows(rec, entity_anchor)

    summary = counts(rec)
    named = outlet_namer(labels)
    info_notes = [
        {"kind": d.kind, "message": named(d.message)}
        for d in ordering.sorted_discrepancies(rec)
        if not views.is_finding(d) and d.kind not in views.GLOSSARY_KINDS
    ]
    data = {
        "schema_version": rec.schema_version,
        "counts": summary,
        "articles": [{"id": a.id, "outlet": a.outlet, "title": a.title} for a in articles],
        "entities": [e.id for e in ordering.sorted_entities(rec)],
        "fold": fold_table(_report_texts(rec)),
    }
    matrix, strays = presence.shared_matrix(rec)
    outlet_names = [labels[a.id] for a in articles]
    drawn: dict[int, tuple[charts.Cell, ...]] = {}  # each row's cells, drawn once for both charts
    return {
        "headline": views.headline(rec),
        "scorecard": score_rows,
        "outlet_groups": outlet_groups,
        "finding_entries": sum(len(g["findings"]) for g in outlet_groups),
        "suppressed": tables.suppressed_rows(rec, labels),
        "chart": charts.findings_chart(score_rows),
        "matrix_differ": charts.matrix_chart(
            [(e, c) for e, c in matrix if views.differs(c)], outlet_names, drawn=drawn
        ),
        "matrix_all": charts.matrix_chart(matrix, outlet_names, drawn=drawn),
        "matrix_strays": strays,
        "info_notes": info_notes,
        "counts": summary,
        "severities": [s.value for s in sorted(Severity, key=lambda s: -s.rank)],
        "articles": article_rows,
        "problems": tables.problem_rows(rec, labels),
        "entities": entities,
        "matrix_articles": [{"id": a.id, "label": labels[a.id]} for a in articles],
        "legend": [
            {"presence": p.value, "symbol": presence.PRESENCE_SYMBOL[p], "text": presence.PRESENCE_LEGEND[p]}
            for p in presence.Presence
        ],
        "variants": variants,
        "claims": tables.claim_rows(claims, labels),
        "people": people,
        "fact_articles": [labels[a.id] for a in articles],
        "fact_rows": fact_rows,
        "facts": facts,
        "review_margin": f"{lookups.review_margin(rec):g}",
        "review": review,
        "unlinked": tables.unlinked_rows(rec),
        "data_json": script_json(data),
    }
