"""What changed between two runs: two report.json documents in, a plain dict (and Markdown) out.

Entities are compared by id, naming variants by (entity, language, form), discrepancies by
fingerprint. An entity whose id changed but which keeps member mentions of the old one (its most
used English name moved) is reported as renamed, not as lost and added. For every article that only
the new run has, the diff says what it brought: its list items, the entities it names, the entities
only it names, the name forms it introduced and the discrepancies it is part of.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from reports.gate import finding, fingerprint
from reports.markdown import code, md, table
from reports.tables import LANG_ORDER

SEVERITY_RANK = {"error": 2, "warning": 1, "info": 0}


def _cites(d: dict[str, Any], article: str) -> bool:
    """Whether a finding names the article among its sources or quotes it."""
    return article in d["sources"] or any(e.get("article") == article for e in d["evidence"])


def _finding_order(d: dict[str, Any]) -> tuple[object, ...]:
    return (
        -SEVERITY_RANK.get(d["severity"], -1),
        d["kind"],
        d["subject"],
        d["entity"] or "",
        d["fingerprint"],
    )


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


def diff_reports(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Compare two report.json documents (old run, new run)."""
    old_articles = {a["id"]: a for a in old.get("articles") or []}
    new_articles = {a["id"]: a for a in new.get("articles") or []}
    added_articles = sorted(set(new_articles) - set(old_articles))
    removed_articles = sorted(set(old_articles) - set(new_articles))

    old_entities = {e["id"]: e for e in old.get("entities") or []}
    new_entities = {e["id"]: e for e in new.get("entities") or []}
    added_ids = set(new_entities) - set(old_entities)
    lost_ids = set(old_entities) - set(new_entities)
    renamed = []
    for lost in sorted(lost_ids):
        members = set(old_entities[lost].get("mentions") or ())
        heirs = sorted(a for a in added_ids if members & set(new_entities[a].get("mentions") or ()))
        if len(heirs) == 1:
            renamed.append({"old": lost, "new": heirs[0]})
    for pair in renamed:
        lost_ids.discard(pair["old"])
        added_ids.discard(pair["new"])
    renamed_to = {p["old"]: p["new"] for p in renamed}

    old_variants = _variants(old)
    new_variants = _variants(new)
    # a renamed entity keeps its forms: compare them under the new id
    old_variants = {(renamed_to.get(k[0], k[0]), k[1], k[2]): v for k, v in old_variants.items()}
    new_forms = [
        {"entity": k[0], "lang": k[1], "name": k[2], "sources": v}
        for k, v in sorted(new_variants.items(), key=_variant_order)
        if k not in old_variants
    ]
    dropped_forms = [
        {"entity": k[0], "lang": k[1], "name": k[2], "sources": v}
        for k, v in sorted(old_variants.items(), key=_variant_order)
        if k not in new_variants
    ]

    old_found = {fingerprint(d): finding(d) for d in old.get("discrepancies") or []}
    new_found = {fingerprint(d): finding(d) for d in new.get("discrepancies") or []}
    new_discrepancies = sorted((new_found[f] for f in set(new_found) - set(old_found)), key=_finding_order)
    resolved = sorted((old_found[f] for f in set(old_found) - set(new_found)), key=_finding_order)

    old_counts, new_counts = _counts(old), _counts(new)
    counts = {k: {"old": old_counts[k], "new": new_counts[k]} for k in sorted(new_counts)}
    changed = sorted(k for k, v in counts.items() if v["old"] != v["new"])

    brought = [
        _what_article_brought(article, new, new_entities, added_ids, new_forms, new_discrepancies)
        for article in added_articles
    ]
    return {
        "schema_version": {"old": old.get("schema_version"), "new": new.get("schema_version")},
        "articles": {
            "added": [_article_summary(new_articles[a]) for a in added_articles],
            "removed": [_article_summary(old_articles[a]) for a in removed_articles],
        },
        "entities": {
            "added": [_entity_summary(new_entities[e]) for e in sorted(added_ids)],
            "lost": [_entity_summary(old_entities[e]) for e in sorted(lost_ids)],
            "renamed": renamed,
        },
        "variants": {"new": new_forms, "dropped": dropped_forms},
        "discrepancies": {"new": new_discrepancies, "resolved": resolved},
        "counts": counts,
        "changed": changed,
        "added_articles": brought,
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


def _finding_line(d: dict[str, Any]) -> str:
    entity = f" {code(d['entity'])}" if d.get("entity") else ""
    sources = ", ".join(code(s) for s in d["sources"])
    head = f"- **{d['severity']}** {code(d['kind'])}{entity}"
    return f"{head} — {md(d['subject'])} ({sources}): {md(d['message'])}"


def render_diff_markdown(d: dict[str, Any]) -> str:
    """The diff as Markdown for an editor."""
    lines = ["# crosscheck diff", ""]
    versions = d.get("schema_version") or {}
    if versions.get("old") != versions.get("new"):
        lines += [f"Report schema changed: {md(versions.get('old'))} → {md(versions.get('new'))}.", ""]
    if (
        not d["changed"]
        and not d["variants"]["new"]
        and not d["variants"]["dropped"]
        and not d["entities"]["renamed"]
        and not d["discrepancies"]["new"]
        and not d["discrepancies"]["resolved"]
    ):
        return "\n".join(lines + ["No changes between the two runs."]) + "\n"

    lines += ["## Counts", ""]
    lines += table(
        ["", "old", "new", "change"],
        [
            [md(k), str(v["old"]), str(v["new"]), f"{v['new'] - v['old']:+d}" if v["new"] != v["old"] else ""]
            for k, v in d["counts"].items()
        ],
    )

    articles = d["articles"]
    if articles["added"] or articles["removed"]:
        lines += ["", "## Articles", ""]
        lines += [f"- added {code(a['id'])} — {md(a['outlet'])}: {md(a['title'])}" for a in articles["added"]]
        lines += [
            f"- removed {code(a['id'])} — {md(a['outlet'])}: {md(a['title'])}" for a in articles["removed"]
        ]

    for b in d["added_articles"]:
        lines += ["", f"## What {code(b['article'])} brought", ""]
        lines.append(
            f"- {b['list_items']} list items, {b['prose_mentions']} prose mentions, "
            f"naming {b['entities_named']} entities"
        )
        if b["entities_only_here"]:
            lines.append(
                "- entities no other article names: " + ", ".join(code(e) for e in b["entities_only_here"])
            )
        if b["unlinked"]:
            lines.append(
                "- items linked to no entity: "
                + ", ".join(
                    f"{code(u['key'])} {md(' / '.join(x for x in (u['name_zh'], u['name_en']) if x))}"
                    for u in b["unlinked"]
                )
            )
        lines.append(f"- name forms no earlier article used: {len(b['new_variants'])}")
        lines.append(f"- new discrepancies it is part of: {len(b['discrepancies'])}")
        if b["discrepancies"]:
            lines += ["", "### New discrepancies it is part of", ""]
            lines += [_finding_line(x) for x in b["discrepancies"]]
        if b["new_variants"]:
            lines += ["", "### Name forms it introduced", ""]
            lines += table(
                ["entity", "language", "form"],
                [[code(v["entity"]), md(v["lang"]), md(v["name"])] for v in b["new_variants"]],
            )

    entities = d["entities"]
    lines += ["", "## Entities", ""]
    if entities["added"] or entities["lost"] or entities["renamed"]:
        for e in entities["added"]:
            lines.append(f"- added {code(e['id'])} {md(e['name_zh'])} / {md(e['name_en'])}")
        for e in entities["lost"]:
            lines.append(f"- lost {code(e['id'])} {md(e['name_zh'])} / {md(e['name_en'])}")
        for r in entities["renamed"]:
            lines.append(f"- renamed {code(r['old'])} → {code(r['new'])}")
    else:
        lines.append("No entity added or lost.")

    lines += ["", "## Naming variants", ""]
    if d["variants"]["new"] or d["variants"]["dropped"]:
        lines += table(
            ["", "entity", "language", "form", "sources"],
            [
                [
                    change,
                    code(v["entity"]),
                    md(v["lang"]),
                    md(v["name"]),
                    ", ".join(code(s) for s in v["sources"]),
                ]
                for change, group in (("new", d["variants"]["new"]), ("dropped", d["variants"]["dropped"]))
                for v in group
            ],
        )
    else:
        lines.append("No name form appeared or disappeared.")

    lines += ["", "## Discrepancies", ""]
    found = d["discrepancies"]
    if found["new"] or found["resolved"]:
        if found["new"]:
            lines += ["### New", ""] + [_finding_line(x) for x in found["new"]] + [""]
        if found["resolved"]:
            lines += ["### Resolved", ""] + [_finding_line(x) for x in found["resolved"]] + [""]
        lines.pop()
    else:
        lines.append("No discrepancy appeared or was resolved.")
    return "\n".join(lines) + "\n"
