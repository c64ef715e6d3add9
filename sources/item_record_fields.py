"""An official list's entry printed as fields parted by semicolons: the name, then labelled fields
(``ROE, Jane; DOB 12 Mar 1970; nationality Aland; Passport A123``, ``甲公司；地址：甲市；登記號：123``).

The name is the first field; every other field opens with a field's label (``pipeline.lang.record_fields``)
and is kept as an attribute: the nationality a place, the post a title, the rest as printed with their
label. An entry whose fields are not all so labelled is read otherwise (a run of names parted by
semicolons is no record).
"""

from __future__ import annotations

import re

from pipeline.lang.record_fields import FIELD_RE, NATIONALITY_FIELD_RE, POST_FIELD_RE
from pipeline.models import Attribute, AttributeKind
from sources.item_values import trim

MIN_FIELDS = 1  # labelled fields after the name
_SEP_RE = re.compile(r"[;；]")
_LABEL_END_RE = re.compile(r"\s*[:：]?\s*")


def _top_level_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    parts, depth, at = [], 0, start
    for i in range(start, end):
        ch = text[i]
        if ch in "(（":
            depth += 1
        elif ch in ")）" and depth:
            depth -= 1
        elif depth == 0 and _SEP_RE.match(ch):
            parts.append((at, i))
            at = i + 1
    parts.append((at, end))
    return [trim(text, a, b) for a, b in parts]


def _field(text: str, start: int, end: int) -> Attribute | None:
    label = FIELD_RE.match(text, start, end)
    if label is None:
        return None
    value_start = _LABEL_END_RE.match(text, label.end(), end).end()  # type: ignore[union-attr]
    if value_start >= end:
        return None
    said = text[label.start() : label.end()]
    if NATIONALITY_FIELD_RE.fullmatch(said):
        return Attribute(AttributeKind.PLACE, text[value_start:end], said, value_start, end)
    if POST_FIELD_RE.fullmatch(said):
        return Attribute(AttributeKind.TITLE, text[value_start:end], said, value_start, end)
    return Attribute(AttributeKind.OTHER, text[value_start:end], said, value_start, end)


def record_fields(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]] | None:
    """Where the name of the record ``text[start:end]`` ends and its fields, or None when it is no such
    record."""
    parts = _top_level_parts(text, start, end)
    if len(parts) < 1 + MIN_FIELDS or parts[0][1] <= parts[0][0]:
        return None
    fields = [_field(text, a, b) for a, b in parts[1:] if b > a]
    if not fields or any(f is None for f in fields):
        return None
    return parts[0][1], tuple(f for f in fields if f is not None)
