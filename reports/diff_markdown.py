"""The diff as Markdown for an editor (``render_diff_markdown``): a few summary lines (what the new
sources added, findings new / changed / resolved, the counts that moved), then the details, with
outlets called by their names. Used by ``crosscheck diff``; ``diff`` re-exports it."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from reports.diff_findings import NAMING_VARIANT, SEVERITY_RANK
from reports.markdown import code, md
from reports.outlet_names import name_outlets


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
