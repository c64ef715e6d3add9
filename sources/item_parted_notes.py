"""A bracket after every name of a list, parted in the same number of pieces, is columns of the list.

``ジェーン・ロー（アランＦＣ、ボルドゥリア）``, ``ジョン・ドウ（カルパＦＣ、アラン）``,
``ボルド・カルパ（アランＦＣ、カルパチア）``: each item's note holds two pieces parted by ``、``
(or a comma), what the list says of each person (a club, a country). Where every item
of a list (``MIN_ITEMS`` or more) has such a note, parted alike, and one piece is printed alike for two
items at least (a column of few values), each
piece is an attribute of its own; a piece that is a country's name is the person's country (a place).
Before, the pieces stayed one note (or one attribute, when two items printed the same pair).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.models import Attribute, AttributeKind, Mention
from sources.item_countries import countries_apart

MIN_ITEMS = 3
MAX_PIECES = 3
MAX_PIECE = 20  # characters of one piece: a short name, no clause
_PARTS_RE = re.compile(r"\s*[、，,；;]\s*")


def _pieces(note: str) -> list[str]:
    return [p for p in _PARTS_RE.split(note.strip())]


def _attributes(text: str, m: Mention, pieces: list[str]) -> tuple[Attribute, ...] | None:
    attrs: list[Attribute] = []
    at = m.start
    for piece in pieces:
        found = text.find(piece, at, m.end)
        if found < 0:
            return None
        attrs.append(Attribute(AttributeKind.OTHER, piece, "", found, found + len(piece)))
        at = found + len(piece)
    return tuple(countries_apart(text, attrs))


def parted_notes(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each note of parted pieces read as that many attributes (the module's
    docstring), or as they are."""
    if len(mentions) < MIN_ITEMS or any(not m.note or m.values or m.aliases for m in mentions):
        return mentions
    parted = [_pieces(m.note) for m in mentions]
    k = len(parted[0])
    if not 2 <= k <= MAX_PIECES or any(len(p) != k for p in parted):  # noqa: PLR2004
        return mentions
    if any(not piece or len(piece) > MAX_PIECE for p in parted for piece in p):
        return mentions
    columns = [[p[c] for p in parted] for c in range(k)]
    if all(len(set(col)) == len(col) for col in columns):
        return mentions  # no column of a few values: the pieces may be anything
    read = [_attributes(text, m, p) for m, p in zip(mentions, parted, strict=True)]
    if any(a is None for a in read):
        return mentions
    return [
        replace(m, note="", attributes=tuple(sorted((*m.attributes, *a), key=lambda x: x.start)))
        for m, a in zip(mentions, read, strict=True)
        if a is not None
    ]
