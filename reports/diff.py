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

``diff_reports`` puts the comparison together from ``diff_findings`` (findings new, changed, resolved)
and ``diff_summaries`` (what each run holds); ``diff_markdown`` writes it for an editor.
"""

from __future__ import annotations

from typing import Any

from reports.diff_findings import NAMING_VARIANT as NAMING_VARIANT
from reports.diff_findings import SEVERITY_RANK as SEVERITY_RANK
from reports.diff_findings import _compare_findings
from reports.diff_markdown import render_diff_markdown as render_diff_markdown
from reports.diff_summaries import (
    _article_summary,
    _counts,
    _entity_summary,
    _labels,
    _variant_order,
    _variants,
    _what_article_brought,
)
from reports.gate import finding, fingerprint


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
