"""What ``crosscheck run`` and ``check`` print: the run's summary as data, as text and as JSON.

The headline counts errors and warnings (the findings); naming variants are the glossary and are
counted apart. Each input problem names its input once.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from pipeline.models import Kind, Problem, Reconciliation, Severity
from reports import ordering, views
from reports.outlet_names import outlet_labels
from reports.scorecard import scorecard


def problem_line(p: Problem) -> str:
    """``severity: input: message``, the input named once even when the message starts with it."""
    message = p.message
    for prefix in (f"{p.article}: ", f"{p.article}:"):
        if message.startswith(prefix):
            message = message[len(prefix) :]
            break
    return f"{p.severity.value}: {p.article}: {message}"


def summary_data(rec: Reconciliation, out: Path | None) -> dict[str, Any]:
    head = views.headline(rec)
    labels = outlet_labels(rec)
    articles = []
    for row in scorecard(rec):
        if not row.read or not row.article:
            continue
        articles.append(
            {
                "article": row.article,
                "outlet": row.outlet,
                "date": row.date or None,
                "layout": row.layout,
                "list_items": row.list_items,
                "prose_mentions": row.prose_mentions,
                "errors": row.errors,
                "warnings": row.warnings,
            }
        )
    articles.sort(key=lambda a: str(a["article"]))
    list_keys = {m.key for m in rec.mentions if m.kind is Kind.LIST}
    kinds = Counter((d.kind, d.severity.value) for d in rec.discrepancies if views.is_finding(d))
    return {
        "articles": articles,
        "entities": len(rec.entities),
        "entities_from_lists": sum(1 for e in rec.entities if any(k in list_keys for k in e.mentions)),
        "errors": head.errors,
        "warnings": head.warnings,
        "glossary": head.glossary,
        "findings": [
            {"kind": kind, "severity": severity, "count": n}
            for (kind, severity), n in sorted(kinds.items(), key=lambda x: (-Severity(x[0][1]).rank, x[0][0]))
        ],
        "input_problems": [
            {
                "input": p.article,
                "outlet": labels.get(p.article, p.article),
                "code": p.code,
                "severity": p.severity.value,
                "message": p.message,
            }
            for p in ordering.sorted_problems(rec)
        ],
        "reports": None if out is None else str(out),
    }


def summary_text(data: dict[str, Any]) -> str:
    lines = [f"articles read: {len(data['articles'])}"]
    for a in data["articles"]:
        lines.append(
            f"  {a['outlet']} ({a['article']})  {a['date'] or '-'}  {a['layout']}: "
            f"{a['list_items']} list items, {a['prose_mentions']} in prose; "
            f"{a['errors']} error(s), {a['warnings']} warning(s)"
        )
    lines.append(f"entities: {data['entities']} ({data['entities_from_lists']} from lists)")
    lines.append(
        f"findings: {data['errors']} error(s), {data['warnings']} warning(s); "
        f"glossary: {data['glossary']} naming variant(s)"
    )
    lines += [f"  {f['kind']} [{f['severity']}]: {f['count']}" for f in data["findings"]]
    if data["input_problems"]:
        lines.append(f"input problems: {len(data['input_problems'])} (see stderr and the report)")
    if data["reports"] is not None:
        lines.append(f"reports: {data['reports']}")
    return "\n".join(lines)


def summary_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)
