"""The table of ``mentions.csv``: one row per mention, and the plain text of the fields it shows.

Its rows are in the sorted order of ``reports.ordering``; its first columns are part of the output contract.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import fields, is_dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from pipeline.models import Mention, Reconciliation
from reports.columns import (
    ALIAS_SEPARATOR,
    END,
    ITEM_SEPARATOR,
    MARGIN,
    MENTION_COLUMNS,
    POSITION,
    SCORE,
    START,
)
from reports.csv_writer import Table
from reports.lookups import (
    article_labels,
    group_ids,
    keyed_mentions,
)

if TYPE_CHECKING:  # pandas is imported where a frame is asked for: the CSV files are written without it
    import pandas as pd


def rounded(value: float | None) -> float | None:
    return None if value is None else round(float(value), 4)


#: Mention fields the columns above already show; any other field a Mention has is shown generically
MENTION_FIELDS_SHOWN = frozenset(
    {"article", "kind", "position", "category", "name_zh", "name_en", "acronym", "aliases", "note"}
    | {"parent", "start", "end", "asserted_group", "group", "values", "attributes"}
)


def plain(value: object) -> str:
    """Any field value as one line of text: enums by value, records as ``key=value`` lists."""
    if value is None:
        return ""
    if isinstance(value, StrEnum):
        return value.value
    if is_dataclass(value) and not isinstance(value, type):
        return "; ".join(
            f"{f.name}={plain(getattr(value, f.name))}" for f in fields(value) if getattr(value, f.name)
        )
    if isinstance(value, Mapping):
        return "; ".join(f"{k}={plain(v)}" for k, v in sorted(value.items(), key=lambda kv: str(kv[0])))
    if isinstance(value, list | tuple | set | frozenset):
        items = [plain(v) for v in value]
        return ALIAS_SEPARATOR.join(sorted(items) if isinstance(value, set | frozenset) else items)
    return str(value)


def extra_mention_columns(mentions: Iterable[Mention] = ()) -> list[str]:
    """The mention fields no fixed column shows (a group label, values, attributes ...), by name."""
    kinds = {type(m) for m in mentions}  # a record's fields are its class's
    names = {f.name for f in fields(Mention)} | {f.name for kind in kinds for f in fields(kind)}
    return sorted(names - MENTION_FIELDS_SHOWN)


def mentions_frame(rec: Reconciliation) -> pd.DataFrame:
    return mentions_table(rec).frame()


def mentions_table(rec: Reconciliation) -> Table:
    """One row per mention, by article then position; ``entity`` is empty for an unlinked mention. Fields
    the model adds to a mention later appear as extra columns after ``outlet``, written as plain text.
    Each mention is read once, its row a tuple (its fields are read together, not one column at a time
    over every mention), and the rows are turned into columns at the end."""
    labels = article_labels(rec)
    extras = extra_mention_columns(rec.mentions)
    group_of = group_ids(rec)
    rows = []
    for m, _key, entity, link in keyed_mentions(rec):
        rows.append(
            (
                m.article,
                m.kind.value,
                m.position,
                group_of(m) or "",
                m.category or "",
                m.name_zh,
                m.name_en,
                m.acronym,
                entity or "",
                ALIAS_SEPARATOR.join(m.aliases),
                m.note,
                m.parent,
                m.start,
                m.end,
                link.level.value if link else "",
                rounded(link.score) if link else None,
                rounded(link.margin) if link else None,
                m.group,
                _values_text(m) if m.values else "",
                _attributes_text(m) if m.attributes else "",
                labels.get(m.article, m.article),
            )
            + tuple(plain(getattr(m, name, None)) for name in extras)
        )
    columns = MENTION_COLUMNS + tuple(extras)
    by_column = list(zip(*rows, strict=True)) if rows else [() for _ in columns]
    return Table(
        dict(zip(columns, by_column, strict=True)),
        columns,
        {POSITION: "Int64", START: "Int64", END: "Int64", SCORE: "Float64", MARGIN: "Float64"},
    )


def _values_text(m: Mention) -> str:
    return ITEM_SEPARATOR.join(f"{v.column}={v.raw}" if v.column else v.raw for v in m.values)


def _attributes_text(m: Mention) -> str:
    return ITEM_SEPARATOR.join(f"{a.label or a.kind.value}={a.text}" for a in m.attributes)
