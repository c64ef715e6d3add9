"""A reference list or gazetteer file in JSON (``pipeline.knowledge.reference``), read into its records
with every problem it has collected.

JSON::

    {"version": "1", "kind": "reference" | "gazetteer", "title": "...", "source": "...",
     "date": "YYYY-MM-DD",
     "groups": [{"id": "full", "label": "Full restriction", "count": 12}],
     "columns": [{"id": "new_rate", "label": "Rate from August 1", "unit": "%"}],
     "entries": [{"id": "X1", "group": "full", "names": {"en": "Ruritania", "zh-Hant": "魯里塔尼亞"},
                  "aliases": ["..."], "demonyms": ["Ruritanian"], "values": {"new_rate": 25},
                  "attributes": {"title": "..."}}]}
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping

from pipeline.knowledge.reference import (
    F_ALIASES,
    F_ATTRIBUTES,
    F_COLUMNS,
    F_COUNT,
    F_DATE,
    F_DEMONYMS,
    F_ENTRIES,
    F_GROUP,
    F_GROUPS,
    F_ID,
    F_KIND,
    F_LABEL,
    F_NAMES,
    F_SOURCE,
    F_TITLE,
    F_UNIT,
    F_VALUES,
    F_VERSION,
    MAX_DEPTH,
    VERSION,
    ReferenceColumn,
    ReferenceEntry,
    ReferenceGroup,
    ReferenceKind,
    ReferenceList,
)

_TOP_FIELDS = frozenset({F_VERSION, F_KIND, F_TITLE, F_SOURCE, F_DATE, F_GROUPS, F_COLUMNS, F_ENTRIES})
_ENTRY_FIELDS = frozenset({F_ID, F_GROUP, F_NAMES, F_ALIASES, F_DEMONYMS, F_VALUES, F_ATTRIBUTES})
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _depth(value: object, limit: int) -> int:
    """Nesting depth of a JSON value, counted no further than ``limit + 1``."""
    stack: list[tuple[object, int]] = [(value, 1)]
    deepest = 0
    while stack:
        node, d = stack.pop()
        if not isinstance(node, dict | list):
            continue
        deepest = max(deepest, d)
        if deepest > limit:
            return deepest
        children = node.values() if isinstance(node, dict) else node
        stack.extend((c, d + 1) for c in children)
    return deepest


def from_json(text: str, problems: list[str]) -> ReferenceList | None:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        problems.append(f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")
        return None
    except RecursionError:
        problems.append(f"nested deeper than {MAX_DEPTH} levels")
        return None
    if not isinstance(data, dict):
        problems.append("expected a JSON object with 'version', 'kind' and 'entries'")
        return None
    if _depth(data, MAX_DEPTH) > MAX_DEPTH:
        problems.append(f"nested deeper than {MAX_DEPTH} levels")
        return None
    unknown = sorted(set(data) - _TOP_FIELDS)
    if unknown:
        problems.append(f"unknown field(s): {', '.join(unknown)}")
    if str(data.get(F_VERSION, "")) != VERSION:
        problems.append(f"version must be {VERSION!r}, got {data.get(F_VERSION)!r}")
    kind_raw = data.get(F_KIND)
    kind = ReferenceKind(kind_raw) if kind_raw in tuple(ReferenceKind) else None
    if kind is None:
        choices = " or ".join(repr(k.value) for k in ReferenceKind)
        problems.append(f"kind must be {choices}, got {kind_raw!r}")
    meta = {f: _text(data, f, "the list", problems) for f in (F_TITLE, F_SOURCE, F_DATE)}
    if meta[F_DATE] and not _DATE.match(meta[F_DATE]):
        problems.append(f"date must be YYYY-MM-DD, got {meta[F_DATE]!r}")
    groups = tuple(_groups(_objects(data, F_GROUPS, problems), problems))
    columns = tuple(_columns(_objects(data, F_COLUMNS, problems), problems))
    entries = tuple(_json_entries(_objects(data, F_ENTRIES, problems), problems))
    return ReferenceList(
        kind or ReferenceKind.REFERENCE, entries, groups, columns, meta[F_TITLE], meta[F_SOURCE], meta[F_DATE]
    )


def _objects(data: Mapping[str, object], name: str, problems: list[str]) -> Iterator[tuple[int, dict]]:
    items = data.get(name, [])
    if not isinstance(items, list):
        problems.append(f"'{name}' must be a list")
        return
    for i, item in enumerate(items, start=1):
        if isinstance(item, dict):
            yield i, item
        else:
            problems.append(f"{name} {i} is not an object")


def _text(obj: Mapping[str, object], name: str, where: str, problems: list[str]) -> str:
    value = obj.get(name, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        problems.append(f"{where}: '{name}' must be a string")
        return ""
    return value.strip()


def _groups(items: Iterator[tuple[int, dict]], problems: list[str]) -> Iterator[ReferenceGroup]:
    for i, g in items:
        where = f"group {i}"
        count = g.get(F_COUNT)
        if count is not None and (isinstance(count, bool) or not isinstance(count, int) or count < 0):
            problems.append(f"{where}: 'count' must be a whole number >= 0")
            count = None
        yield ReferenceGroup(_text(g, F_ID, where, problems), _text(g, F_LABEL, where, problems), count)


def _columns(items: Iterator[tuple[int, dict]], problems: list[str]) -> Iterator[ReferenceColumn]:
    for i, c in items:
        where = f"column {i}"
        yield ReferenceColumn(
            _text(c, F_ID, where, problems),
            _text(c, F_LABEL, where, problems),
            _text(c, F_UNIT, where, problems),
        )


def _json_entries(items: Iterator[tuple[int, dict]], problems: list[str]) -> Iterator[ReferenceEntry]:
    for i, e in items:
        where = f"entry {i}"
        unknown = sorted(set(e) - _ENTRY_FIELDS)
        if unknown:
            problems.append(f"{where}: unknown field(s): {', '.join(unknown)}")
        entry_id = e.get(F_ID)
        if isinstance(entry_id, int | float) and not isinstance(entry_id, bool):
            entry_id = str(entry_id)
        if not isinstance(entry_id, str):
            entry_id = ""
        group = e.get(F_GROUP)
        if group is not None and not isinstance(group, str):
            problems.append(f"{where}: 'group' must be a string")
            group = None
        yield ReferenceEntry(
            id=entry_id.strip(),
            names=_pairs(e.get(F_NAMES, {}), where, F_NAMES, problems),
            aliases=_aliases(e.get(F_ALIASES, []), where, problems),
            demonyms=_aliases(e.get(F_DEMONYMS, []), where, problems, field=F_DEMONYMS),
            group=group.strip() if group else None,
            values=_values(e.get(F_VALUES, {}), where, problems),
            attributes=_pairs(e.get(F_ATTRIBUTES, {}), where, F_ATTRIBUTES, problems, scalars=True),
        )


def _pairs(
    obj: object, where: str, name: str, problems: list[str], *, scalars: bool = False
) -> tuple[tuple[str, str], ...]:
    if not isinstance(obj, dict):
        problems.append(f"{where}: '{name}' must be an object")
        return ()
    out = []
    for k, v in obj.items():
        if isinstance(v, str) or (scalars and isinstance(v, int | float) and not isinstance(v, bool)):
            if str(v).strip():
                out.append((str(k), str(v).strip()))
        elif v is not None:
            problems.append(
                f"{where}: {name} {k!r} must be {'a string or number' if scalars else 'a string'}"
            )
    return tuple(out)


def _aliases(obj: object, where: str, problems: list[str], *, field: str = F_ALIASES) -> tuple[str, ...]:
    if not isinstance(obj, list) or not all(isinstance(a, str) for a in obj):
        problems.append(f"{where}: {field!r} must be a list of strings")
        return ()
    return tuple(dict.fromkeys(a.strip() for a in obj if a.strip()))


def _values(obj: object, where: str, problems: list[str]) -> tuple[tuple[str, float], ...]:
    if not isinstance(obj, dict):
        problems.append(f"{where}: 'values' must be an object")
        return ()
    out = []
    for k, v in obj.items():
        if isinstance(v, int | float) and not isinstance(v, bool):
            out.append((str(k), float(v)))
        elif v is not None:
            problems.append(f"{where}: value {k!r} must be a number")
    return tuple(out)
