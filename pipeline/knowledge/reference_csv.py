"""A reference list or gazetteer file in CSV (``pipeline.knowledge.reference``), read into its records.

CSV: header ``id,group,name_en,name_zh-Hant,name_zh-Hans,name_ja,aliases,demonyms,...``; any
``name_<lang>`` column; aliases and demonyms separated by ``|``; every other column holds values when
it is numeric in every row that fills it, else attributes. A CSV's groups are the distinct values of
its ``group`` column.
"""

from __future__ import annotations

import csv
import io
from collections import Counter

from pipeline.knowledge.reference import (
    CSV_NAME_PREFIX,
    F_ALIASES,
    F_DEMONYMS,
    F_GROUP,
    F_ID,
    ReferenceColumn,
    ReferenceEntry,
    ReferenceGroup,
    ReferenceKind,
    ReferenceList,
)


def from_csv(text: str, kind: ReferenceKind, problems: list[str]) -> ReferenceList | None:
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
