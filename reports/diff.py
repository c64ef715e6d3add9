"""What changed between two runs: two report.json documents in, a plain dict (and Markdown) out.

Entities are compared by id, naming variants by (entity, language, form), discrepancies by
fingerprint, then by identity: a finding of the same kind about the same entity (or, about no
entity, the same subject) whose outlets, severity or wording changed is *changed*, never resolved
and new at once; so a naming variant that gains a spelling from a new outlet is a changed finding.
An entity whose id changed but which keeps member mentions of the old one (its most used English
name moved) is reported as renamed, not as lost and added. For every article that only the new run
has, the diff says what it brought: its list items, the entities it names, the entities only it
names, the name forms it introduced and the discrepancies it is part of. The Markdown opens with a
few lines (what the new sources added, findings new / changed / resolved, the counts that moved),
then the details, with outlets called by their names.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from reports.gate import finding, fingerprint
from reports.markdown import code, md
from reports.ordering import LANG_ORDER
from reports.views import name_outlets

SEVERITY_RANK = {"error": 2, "warning": 1, "info": 0}
NAMING_VARIANT = "naming_variant"


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


def _identity(d: dict[str, Any]) -> tuple[str, str, str]:
    """What a finding is about, whatever outlets take part: kind and entity, or kind and subject."""
    entity = d.get("entity") or ""
    return (str(d.get("kind", "")), entity, "" if entity else str(d.get("subject", "")))


def _what_changed(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    old_sources, new_sources = set(old["sources"]), set(new["sources"])
    return {
        "fingerprint": new["fingerprint"],
        "old_fingerprint": old["fingerprint"],
        "kind": new["kind"],
        "entity": new["entity"],
        "subject": new["subject"],
        "severity": {"old": old["severity"], "new": new["severity"]},
        "sources_added": sorted(new_sources - old_sources),
        "sources_removed": sorted(old_sources - new_sources),
        "message": {"old": old["message"], "new": new["message"]},
    }


def _compare_findings(
    old: dict[str, dict[str, Any]], new: dict[str, dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """(new, resolved, changed): same fingerprint with other details, or same identity, is changed."""
    changed = [
        _what_changed(old[f], new[f])
        for f in sorted(set(old) & set(new))
        if (old[f]["severity"], old[f]["message"], old[f]["sources"])
        != (new[f]["severity"], new[f]["message"], new[f]["sources"])
    ]
    gone: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for f in sorted(set(old) - set(new)):
        gone[_identity(old[f])].append(f)
    added = []
    paired: set[str] = set()
    for f in sorted(set(new) - set(old), key=lambda f: _finding_order(new[f])):
        candidates = gone.get(_identity(new[f])) or []
        if candidates:
            was = candidates.pop(0)
            paired.add(was)
            changed.append(_what_changed(old[was], new[f]))
        else:
            added.append(new[f])
    resolved = [old[f] for f in set(old) - set(new) if f not in paired]
    changed.sort(
        key=lambda c: (
            -SEVERITY_RANK.get(c["severity"]["new"], -1),
            c["kind"],
            c["entity"] or "",
            c["subject"],
        )
    )
    return sorted(added, key=_finding_order), sorted(resolved, key=_finding_order), changed


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
    new_discrepancies, resolved, changed_findings = _compare_findings(old_found, new_found)

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
        "discrepancies": {"new": new_discrepancies, "resolved": resolved, "changed": changed_findings},
        "labels": {**_labels(old), **_labels(new)},
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


def _names(ids: list[str], labels: dict[str, str]) -> str:
    return ", ".join(md(labels.get(i, i)) for i in ids)


def _finding_line(d: dict[str, Any], labels: dict[str, str]) -> str:
    entity = f" {code(d['entity'])}" if d.get("entity") else ""
    message = md(name_outlets(d["message"], labels))
    return f"- **{d['severity']}** {code(d['kind'])}{entity} ({_names(d['sources'], labels)}): {message}"


def _changed_line(c: dict[str, Any], labels: dict[str, str], forms: dict[str, list[dict[str, Any]]]) -> str:
    about = code(c["entity"]) if c.get("entity") else md(c["subject"])
    parts = []
    if c["severity"]["old"] != c["severity"]["new"]:
        parts.append(f"{c['severity']['old']} → {c['severity']['new']}")
    spelled = [f for f in forms.get(c.get("entity") or "", []) if c["kind"] == NAMING_VARIANT]
    if spelled:
        parts.append(
            "new spelling " + "; ".join(f"{md(f['name'])} ({_names(f['sources'], labels)})" for f in spelled)
        )
    elif c["sources_added"]:
        parts.append(f"now also {_names(c['sources_added'], labels)}")
    if c["sources_removed"]:
        parts.append(f"no longer {_names(c['sources_removed'], labels)}")
    if not parts:
        parts.append("reworded: " + md(name_outlets(c["message"]["new"], labels)))
    return f"- {c['severity']['new']} {code(c['kind'])} {about}: " + "; ".join(parts)


def _headline(d: dict[str, Any], labels: dict[str, str]) -> list[str]:
    """A few lines: what each added source brought, the findings new/changed/resolved, the counts."""
    lines = []
    for b in d["added_articles"]:
        unlinked = len(b["unlinked"])
        lines.append(
            f"- added {md(labels.get(b['article'], b['article']))} ({code(b['article'])}): "
            f"{b['list_items']} list items, {b['prose_mentions']} prose mentions naming "
            f"{b['entities_named']} entities ({len(b['entities_only_here'])} no other article names), "
            f"{len(b['new_variants'])} new name forms, {unlinked} names linked to no entity"
        )
    for a in d["articles"]["removed"]:
        lines.append(f"- removed {md(labels.get(a['id'], a['id']))} ({code(a['id'])})")
    found = d["discrepancies"]
    new_by: dict[str, int] = defaultdict(int)
    for x in found["new"]:
        new_by[x["severity"]] += 1
    new_text = ", ".join(
        f"{n} {s}" for s, n in sorted(new_by.items(), key=lambda x: -SEVERITY_RANK.get(x[0], -1))
    )
    lines.append(
        f"- findings: {len(found['new'])} new"
        + (f" ({new_text})" if new_text else "")
        + f", {len(found['changed'])} changed, {len(found['resolved'])} resolved"
    )
    c = d["counts"]
    shown = [
        ("errors", "discrepancies_error"),
        ("warnings", "discrepancies_warning"),
        ("entities", "entities"),
        ("input problems", "problems"),
        ("unlinked mentions", "unlinked_mentions"),
    ]
    lines.append(
        "- counts: "
        + ", ".join(
            f"{name} {c[key]['old']} → {c[key]['new']}"
            if c[key]["old"] != c[key]["new"]
            else f"{name} {c[key]['new']}"
            for name, key in shown
            if key in c
        )
    )
    return lines


def render_diff_markdown(d: dict[str, Any]) -> str:
    """The diff as Markdown for an editor: a few summary lines, then the details."""
    labels = d.get("labels") or {}
    lines = ["# crosscheck diff", ""]
    versions = d.get("schema_version") or {}
    if versions.get("old") != versions.get("new"):
        lines += [f"Report schema changed: {md(versions.get('old'))} → {md(versions.get('new'))}.", ""]
    found = d["discrepancies"]
    if (
        not d["changed"]
        and not d["variants"]["new"]
        and not d["variants"]["dropped"]
        and not d["entities"]["renamed"]
        and not found["new"]
        and not found["resolved"]
        and not found.get("changed")
    ):
        return "\n".join(lines + ["No changes between the two runs."]) + "\n"
    lines += _headline(d, labels)

    lines += ["", "## New findings", ""]
    lines += [_finding_line(x, labels) for x in found["new"]] or ["None."]
    forms: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for v in d["variants"]["new"]:
        forms[v["entity"]].append(v)
    if found.get("changed"):
        lines += ["", "## Changed findings", ""]
        lines += [_changed_line(c, labels, forms) for c in found["changed"]]
    lines += ["", "## Resolved findings", ""]
    lines += [_finding_line(x, labels) for x in found["resolved"]] or ["None."]

    for b in d["added_articles"]:
        if b["unlinked"]:
            names = [
                " / ".join(x for x in (u["name_zh"], u["name_en"]) if x) or u["key"] for u in b["unlinked"]
            ]
            outlet = md(labels.get(b["article"], b["article"]))
            lines += [
                "",
                f"## Names in {outlet} linked to no entity ({len(names)})",
                "",
                "、".join(md(n) for n in names),
            ]

    entities = d["entities"]
    if entities["added"] or entities["lost"] or entities["renamed"]:
        lines += ["", "## Entities", ""]
        for e in entities["added"]:
            lines.append(f"- added {code(e['id'])} {md(e['name_zh'])} / {md(e['name_en'])}")
        for e in entities["lost"]:
            lines.append(f"- lost {code(e['id'])} {md(e['name_zh'])} / {md(e['name_en'])}")
        for r in entities["renamed"]:
            lines.append(f"- renamed {code(r['old'])} → {code(r['new'])}")

    covered = {c.get("entity") for c in found.get("changed") or [] if c["kind"] == NAMING_VARIANT}
    loose = [v for v in d["variants"]["new"] if v["entity"] not in covered]
    if loose or d["variants"]["dropped"]:
        lines += ["", "## Name forms", ""]
        lines += [
            f"- {change} {code(v['entity'])} {md(v['name'])} ({_names(v['sources'], labels)})"
            for change, group in (("new", loose), ("dropped", d["variants"]["dropped"]))
            for v in group
        ]
    return "\n".join(lines) + "\n"
