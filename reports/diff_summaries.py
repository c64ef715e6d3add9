"""What one report.json holds, summarized for a diff: its counts, articles and entities, naming
variants, outlet labels, and what an article only the new run has brought. Used by
``diff.diff_reports``."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from reports.diff_findings import SEVERITY_RANK, _cites
from reports.ordering import LANG_ORDER


def _counts(doc: dict[str, Any]) -> dict[str, int]:
    mentions = doc.get("mentions") or []
    out = {
        "articles": len(doc.get("articles") or []),
        "list_mentions": sum(1 for m in mentions if m.get("kind") == "list"),
        "prose_mentions": sum(1 for m in mentions if m.get("kind") == "prose"),
        "unlinked_mentions": sum(1 for m in mentions if not m.get("entity")),
        "entities": len(doc.get("entities") or []),
        "claims": len(doc.get("claims") or []),
        "problems": len(doc.get("problems") or []),
        "discrepancies": len(doc.get("discrepancies") or []),
    }
    for severity in SEVERITY_RANK:
        out[f"discrepancies_{severity}"] = sum(
            1 for d in doc.get("discrepancies") or [] if d.get("severity") == severity
        )
    return out


def _entity_summary(e: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": e.get("id", ""),
        "name_zh": e.get("name_zh", ""),
        "name_en": e.get("name_en", ""),
        "sources": sorted(e.get("sources") or ()),
    }


def _variants(doc: dict[str, Any]) -> dict[tuple[str, str, str], list[str]]:
    out: dict[tuple[str, str, str], list[str]] = {}
    for e in doc.get("entities") or []:
        for v in e.get("variants") or []:
            out[(e.get("id", ""), v.get("lang", ""), v.get("name", ""))] = sorted(v.get("sources") or ())
    return out


def _variant_order(item: tuple[tuple[str, str, str], list[str]]) -> tuple[str, int, str, str]:
    (entity, lang, name), _ = item
    return (entity, LANG_ORDER.get(lang, 9), lang, name)


def _article_summary(a: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": a.get("id", ""),
        "outlet": a.get("outlet", ""),
        "title": a.get("title", ""),
        "date": a.get("date"),
        "layout": a.get("layout", ""),
    }


def _labels(doc: dict[str, Any]) -> dict[str, str]:
    """Article id -> outlet name (outlet and id when two articles share an outlet)."""
    articles = doc.get("articles") or []
    outlets: dict[str, int] = defaultdict(int)
    for a in articles:
        outlets[a.get("outlet", "")] += 1
    return {
        a["id"]: (
            a["id"]
            if not a.get("outlet")
            else a["outlet"]
            if outlets[a["outlet"]] == 1
            else f"{a['outlet']} ({a['id']})"
        )
        for a in articles
    }


def _what_article_brought(
    article: str,
    new: dict[str, Any],
    entities: dict[str, dict[str, Any]],
    added_ids: set[str],
    new_forms: list[dict[str, Any]],
    new_discrepancies: list[dict[str, Any]],
) -> dict[str, Any]:
    mentions = [m for m in new.get("mentions") or [] if m.get("article") == article]
    named = sorted({m["entity"] for m in mentions if m.get("entity")})
    only_here = sorted(
        e for e in named if e in added_ids or list(entities.get(e, {}).get("sources") or ()) == [article]
    )
    per_kind: dict[str, int] = defaultdict(int)
    for m in mentions:
        per_kind[str(m.get("kind", ""))] += 1
    return {
        "article": article,
        "list_items": per_kind["list"],
        "prose_mentions": per_kind["prose"],
        "entities_named": len(named),
        "entities_only_here": only_here,
        "unlinked": [
            {"key": m.get("key", ""), "name_zh": m.get("name_zh", ""), "name_en": m.get("name_en", "")}
            for m in sorted(mentions, key=lambda m: (int(m.get("position") or 0), str(m.get("key", ""))))
            if not m.get("entity")
        ],
        "new_variants": [f for f in new_forms if article in f["sources"]],
        "discrepancies": [d for d in new_discrepancies if _cites(d, article)],
    }
