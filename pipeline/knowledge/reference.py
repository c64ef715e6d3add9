"""Reference lists and user gazetteer files: loading and validation.

A *reference list* is the official list a story reports (groups with their stated counts, value
columns, entries with names in several languages, aliases, values and attributes); a *gazetteer
file* only names things (organizations, companies, people): entries with names and aliases, no
groups, columns or values. Both give names to codes: an entry's ``id`` is its code, and every name
and alias of the entry is a name of it (``ReferenceList.gazetteer``).

JSON::

    {"version": "1", "kind": "reference" | "gazetteer", "title": "...", "source": "...",
     "date": "YYYY-MM-DD",
     "groups": [{"id": "full", "label": "Full restriction", "count": 12}],
     "columns": [{"id": "new_rate", "label": "Rate from August 1", "unit": "%"}],
     "entries": [{"id": "X1", "group": "full", "names": {"en": "Ruritania", "zh-Hant": "魯里塔尼亞"},
                  "aliases": ["..."], "demonyms": ["Ruritanian"], "values": {"new_rate": 25},
                  "attributes": {"title": "..."}}]}

``demonyms``: the words that say a person is from the entry's place, where English does not make them
from the place's name by its endings (``Borduria`` -> ``Bordurian`` is read without one; a word of
another make, such as ``Syldavic`` for Syldavia, needs one); a plural with ``s`` is read too. They are
read as nationalities, never as names of the place in a list.

CSV: header ``id,group,name_en,name_zh-Hant,name_zh-Hans,name_ja,aliases,demonyms,...``; any
``name_<lang>`` column; aliases and demonyms separated by ``|``; every other column holds values when
it is numeric in every row that fills it, else attributes. A CSV's groups are the distinct values of
its ``group`` column.

Every problem of a file (not a regular file, too large, not UTF-8, bad JSON, too deep, wrong shape,
wrong version or kind, duplicate ids, an entry without a name, a group or column that is not
declared) is collected, and ``ReferenceFileError`` lists them all at once.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from pipeline.errors import ReferenceFileError
from pipeline.knowledge.gazetteer import Gazetteer

__all__ = [
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "ReferenceColumn",
    "ReferenceEntry",
    "ReferenceGroup",
    "ReferenceKind",
    "ReferenceList",
    "load_reference",
]

VERSION = "1"
MAX_FILE_BYTES = 20_000_000
MAX_DEPTH = 6  # document -> entries -> entry -> names -> name is 4 deep; room for a little more

# JSON fields and CSV columns
F_VERSION, F_KIND, F_TITLE, F_SOURCE, F_DATE = "version", "kind", "title", "source", "date"
F_GROUPS, F_COLUMNS, F_ENTRIES = "groups", "columns", "entries"
F_ID, F_LABEL, F_COUNT, F_UNIT = "id", "label", "count", "unit"
F_GROUP, F_NAMES, F_ALIASES, F_VALUES, F_ATTRIBUTES = "group", "names", "aliases", "values", "attributes"
F_DEMONYMS = "demonyms"
CSV_NAME_PREFIX = "name_"
CSV_ALIAS_SEPARATOR = "|"
_TOP_FIELDS = frozenset({F_VERSION, F_KIND, F_TITLE, F_SOURCE, F_DATE, F_GROUPS, F_COLUMNS, F_ENTRIES})
_ENTRY_FIELDS = frozenset({F_ID, F_GROUP, F_NAMES, F_ALIASES, F_DEMONYMS, F_VALUES, F_ATTRIBUTES})
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class ReferenceKind(StrEnum):
    REFERENCE = "reference"
    GAZETTEER = "gazetteer"


@dataclass(frozen=True, slots=True)
class ReferenceGroup:
    id: str
    label: str
    count: int | None = None


@dataclass(frozen=True, slots=True)
class ReferenceColumn:
    id: str
    label: str
    unit: str = ""


@dataclass(frozen=True, slots=True)
class ReferenceEntry:
    id: str
    names: tuple[tuple[str, str], ...]  # (language tag, name), in file order
    aliases: tuple[str, ...] = ()
    group: str | None = None
    values: tuple[tuple[str, float], ...] = ()  # (column id, value)
    attributes: tuple[tuple[str, str], ...] = ()
    demonyms: tuple[str, ...] = ()  # words for a person from the place ("Ruritanian")

    def name(self, lang: str) -> str:
        return next((n for tag, n in self.names if tag == lang), "")

    @property
    def all_names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys([*(n for _tag, n in self.names), *self.aliases]))


@dataclass(frozen=True, slots=True)
class ReferenceList:
    kind: ReferenceKind
    entries: tuple[ReferenceEntry, ...]
    groups: tuple[ReferenceGroup, ...] = ()
    columns: tuple[ReferenceColumn, ...] = ()
    title: str = ""
    source: str = ""
    date: str = ""
    path: str = field(default="", compare=False)

    def gazetteer(self) -> Gazetteer:
        """Every name and alias of every entry -> the entry's id."""
        pairs = [(e.id, n) for e in self.entries for n in e.all_names]
        demonyms = [(e.id, d) for e in self.entries for d in e.demonyms]
        return Gazetteer.build(pairs, demonyms=demonyms, sources=(Path(self.path).name or self.title,))


def load_reference(
    path: str | Path, *, expect: ReferenceKind | None = None, max_bytes: int = MAX_FILE_BYTES
) -> ReferenceList:
    """Read and validate a reference list or gazetteer file (JSON, or CSV by its suffix).

    ``expect``: the kind the caller needs (a CSV file takes it; a JSON file must declare it).
    Raises ``ReferenceFileError`` listing every problem.
    """
    p = Path(path)
    text = _read(p, max_bytes)
    problems: list[str] = []
    if p.suffix.lower() == ".csv":
        try:
            result = _from_csv(text, expect or ReferenceKind.REFERENCE, problems)
        except csv.Error as exc:
            problems.append(f"not valid CSV: {exc}")
            result = None
    else:
        result = _from_json(text, problems)
    if result is not None and expect is not None and result.kind is not expect:
        problems.append(f"kind is {result.kind.value!r}, expected {expect.value!r}")
    if result is not None:
        _check(result, problems)
    if problems or result is None:
        raise ReferenceFileError([f"{p}: {msg}" for msg in problems])
    return ReferenceList(
        result.kind,
        result.entries,
        result.groups,
        result.columns,
        result.title,
        result.source,
        result.date,
        str(p),
    )


def _read(p: Path, max_bytes: int) -> str:
    if not p.exists():
        raise ReferenceFileError(f"{p}: no such file")
    if not p.is_file():
        raise ReferenceFileError(f"{p}: not a regular file")
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise ReferenceFileError(f"{p}: {size} bytes, more than the limit of {max_bytes}")
        return p.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReferenceFileError(f"{p}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except OSError as exc:
        raise ReferenceFileError(f"{p}: cannot read: {exc.strerror}") from exc


# --------------------------------------------------------------------------------------------------
# JSON


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


def _from_json(text: str, problems: list[str]) -> ReferenceList | None:
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


# --------------------------------------------------------------------------------------------------
# CSV


def _from_csv(text: str, kind: ReferenceKind, problems: list[str]) -> ReferenceList | None:
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in reader.fieldnames or []]
    if F_ID not in header:
        problems.append("the CSV header has no 'id' column")
        return None
    dupes = sorted(h for h, c in Counter(header).items() if c > 1)
    if dupes:
        problems.append(f"the CSV header repeats {', '.join(dupes)}")
    name_cols = [h for h in header if h.startswith(CSV_NAME_PREFIX) and len(h) > len(CSV_NAME_PREFIX)]
    if not name_cols and F_ALIASES not in header:
        problems.append("the CSV header has no name_<lang> column")
    rows = []
    for row in reader:
        if None in row:
            problems.append(f"row {reader.line_num}: more cells than header columns")
        rows.append(
            {(k or "").strip(): (v or "").strip() for k, v in row.items() if isinstance(v, str | None)}
        )
    other = [h for h in header if h not in {F_ID, F_GROUP, F_ALIASES, F_DEMONYMS, *name_cols}]
    numeric = {h for h in other if all(_number(r.get(h, "")) is not None for r in rows if r.get(h))}
    if kind is ReferenceKind.GAZETTEER:
        numeric = set()
    columns = tuple(ReferenceColumn(h, h) for h in other if h in numeric)
    group_ids = sorted({r.get(F_GROUP, "") for r in rows} - {""})
    entries = tuple(
        ReferenceEntry(
            id=r.get(F_ID, ""),
            names=tuple((h[len(CSV_NAME_PREFIX) :], r[h]) for h in name_cols if r.get(h)),
            aliases=tuple(dict.fromkeys(a.strip() for a in r.get(F_ALIASES, "").split("|") if a.strip())),
            demonyms=tuple(dict.fromkeys(d.strip() for d in r.get(F_DEMONYMS, "").split("|") if d.strip())),
            group=r.get(F_GROUP) or None,
            values=tuple((h, v) for h in other if h in numeric and (v := _number(r.get(h, ""))) is not None),
            attributes=tuple((h, r[h]) for h in other if h not in numeric and r.get(h)),
        )
        for r in rows
    )
    return ReferenceList(kind, entries, tuple(ReferenceGroup(g, g) for g in group_ids), columns)


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", "").rstrip("%"))
    except ValueError:
        return None


# --------------------------------------------------------------------------------------------------
# Checks common to both formats


def _check(ref: ReferenceList, problems: list[str]) -> None:
    if not ref.entries:
        problems.append("no entries")
    _unique("group", [g.id for g in ref.groups], problems)
    _unique("column", [c.id for c in ref.columns], problems)
    _unique("entry", [e.id for e in ref.entries], problems)
    if ref.kind is ReferenceKind.GAZETTEER and (ref.groups or ref.columns):
        problems.append("a gazetteer has no groups or columns")
    groups = {g.id for g in ref.groups}
    columns = {c.id for c in ref.columns}
    for i, e in enumerate(ref.entries, start=1):
        where = f"entry {i}" + (f" ({e.id})" if e.id else "")
        if not e.id:
            problems.append(f"{where}: no id")
        if not e.names and not e.aliases:
            problems.append(f"{where}: no name")
        if ref.kind is ReferenceKind.GAZETTEER and (e.group or e.values):
            problems.append(f"{where}: a gazetteer entry has no group or values")
            continue
        if e.group is not None and e.group not in groups:
            problems.append(f"{where}: group {e.group!r} is not declared")
        for col, _v in e.values:
            if col not in columns:
                problems.append(f"{where}: column {col!r} is not declared")


def _unique(what: str, ids: list[str], problems: list[str]) -> None:
    for i, x in enumerate(ids, start=1):
        if not x:
            problems.append(f"{what} {i}: no id")
    for x, c in sorted(Counter(x for x in ids if x).items()):
        if c > 1:
            problems.append(f"{what} id {x!r} is used {c} times")
