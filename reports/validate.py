"""Shape and version checks of the JSON documents diff and the gate read (report.json, baselines).

A document is checked before it is used: every problem is one line naming the file and the field,
so a hand-edited or foreign file is a clear refusal (exit 2), never a traceback halfway through.
Only the fields diff and the gate read are checked; others are left alone.
"""

from __future__ import annotations

from typing import Any

from pipeline.models import SCHEMA_VERSION

_NONE = type(None)
# list field of the document -> {field of each element: allowed types}
_ELEMENTS: dict[str, dict[str, tuple[type, ...]]] = {
    "articles": {"id": (str,)},
    "entities": {
        "id": (str,),
        "name_zh": (str, _NONE),
        "name_en": (str, _NONE),
        "sources": (list,),
        "mentions": (list,),
        "variants": (list,),
    },
    "mentions": {"key": (str,), "kind": (str,), "entity": (str, _NONE), "article": (str,)},
    "discrepancies": {
        "kind": (str,),
        "severity": (str,),
        "entity": (str, _NONE),
        "sources": (list,),
        "subject": (str,),
        "message": (str,),
        "evidence": (list,),
        "fingerprint": (str,),
    },
    "claims": {},
    "problems": {},
}
_STRING_LISTS = {("entities", "sources"), ("entities", "mentions"), ("discrepancies", "sources")}
_OBJECT_LISTS: dict[tuple[str, str], dict[str, tuple[type, ...]]] = {
    ("entities", "variants"): {"lang": (str,), "name": (str,), "sources": (list,)},
    ("discrepancies", "evidence"): {"article": (str,), "quote": (str,), "start": (int,), "end": (int,)},
}
BASELINE_KIND = "crosscheck-baseline"


def version_problem(doc: dict[str, Any], where: str) -> str | None:
    """A schema version this build cannot read (another major version, or none)."""
    version = doc.get("schema_version")
    if not isinstance(version, str) or not version:
        return f"{where}: no schema_version: not a crosscheck report"
    if version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
        return (
            f"{where}: schema_version {version[:20]!r} is not readable by this crosscheck "
            f"(it reads {SCHEMA_VERSION})"
        )
    return None


def _element_problems(key: str, index: int, item: object, where: str) -> list[str]:
    at = f"{where}: {key}[{index}]"
    if not isinstance(item, dict):
        return [f"{at} is not an object"]
    problems = []
    for field, types in _ELEMENTS[key].items():
        if field in item and not isinstance(item[field], types):
            problems.append(f"{at}.{field} has the wrong type ({type(item[field]).__name__})")
        elif (key, field) in _STRING_LISTS and field in item:
            if not all(isinstance(v, str) for v in item[field]):
                problems.append(f"{at}.{field} must be a list of strings")
        elif (key, field) in _OBJECT_LISTS and field in item:
            problems.extend(_inner_problems(_OBJECT_LISTS[(key, field)], item[field], f"{at}.{field}"))
    return problems


def _inner_problems(fields: dict[str, tuple[type, ...]], values: list[object], at: str) -> list[str]:
    for index, value in enumerate(values):
        if not isinstance(value, dict):
            return [f"{at}[{index}] is not an object"]
        wrong = [f for f, types in fields.items() if f in value and not isinstance(value[f], types)]
        if wrong or not all(isinstance(v, str) for v in value.get("sources") or ()):
            return [f"{at}[{index}] has a field of the wrong type ({', '.join(wrong) or 'sources'})"]
    return []


def document_problems(doc: object, where: str, *, limit: int = 10) -> list[str]:
    """What is wrong with ``doc`` as a report.json or baseline (at most ``limit`` lines)."""
    if not isinstance(doc, dict):
        return [f"{where}: not a JSON object: not a crosscheck report"]
    problems = [p for p in (version_problem(doc, where),) if p]
    baseline = doc.get("kind") == BASELINE_KIND
    for key in _ELEMENTS:
        value = doc.get(key)
        if value is None:
            continue
        if baseline and key == "articles":
            if not (isinstance(value, list) and all(isinstance(a, str) for a in value)):
                problems.append(f"{where}: 'articles' of a baseline must be a list of strings")
            continue
        if not isinstance(value, list):
            problems.append(f"{where}: {key!r} must be a list, not {type(value).__name__}")
            continue
        for index, item in enumerate(value):
            problems.extend(_element_problems(key, index, item, where))
            if len(problems) >= limit:
                return problems[:limit]
    fingerprints = doc.get("fingerprints")
    if fingerprints is not None and not (
        isinstance(fingerprints, list) and all(isinstance(f, str) for f in fingerprints)
    ):
        problems.append(f"{where}: 'fingerprints' must be a list of strings")
    return problems[:limit]
