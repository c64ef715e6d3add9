"""The findings of two runs compared: by fingerprint, then by identity (kind and entity, or kind and
subject), so that a finding whose outlets, severity or wording changed is *changed*, never resolved and
new at once. Used by ``diff.diff_reports`` and ``diff_markdown``."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

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
