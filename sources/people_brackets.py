"""A bracket of several pieces after each of a list of people's English names, printed as columns:
``Jane Roe (Aland University, Borduria)``, ``John Doe (Carpathia Institute, Borduria)``.

Its last piece is where the person is from (a column printed down the list: some items share it), the
words before it the body they belong to, whatever commas that body's own name holds (``University of
Aland, East Campus, Borduria``). Neither is another name of the person, nor an acronym (``…, UK)``).
A bracket of one piece in such a list (``(Borduria)``) is the same last column. Only the list's shape
is used: which pieces repeat, never a table of bodies or places; ``countries_apart`` then tells a
country by CLDR."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from pipeline.models import Attribute, AttributeKind, Mention
from sources.base import Document
from sources.item_asides import EN_PERSON_RE
from sources.item_countries import countries_apart
from sources.item_english_of import BODY_WORD_RE

_BRACKET_RE = re.compile(r"\s*\((?P<inner>[^()]+)\)\s*$")
_PIECE_RE = re.compile(r"[^,]+")
MIN_CARRIERS = 2  # items whose bracket holds a body and a place, at the least
MIN_SHARED = 2  # items printing the same last piece, which makes the last pieces a column


def _person(m: Mention) -> bool:
    return bool(m.name_en) and not m.name_zh and EN_PERSON_RE.fullmatch(m.name_en) is not None


def _pieces(doc: Document, m: Mention) -> list[tuple[int, int]]:
    """The spans of the comma-parted pieces of the bracket closing ``m``'s item right after its name."""
    item = doc.text[m.start : m.end]
    found = _BRACKET_RE.search(item)
    if found is None or item[: found.start()].strip() != m.name_en:
        return []
    at = m.start + found.start("inner")
    spans = []
    for piece in _PIECE_RE.finditer(found.group("inner")):
        words = piece.group().strip()
        if not words:
            return []
        s = at + piece.start() + piece.group().index(words)
        spans.append((s, s + len(words)))
    return spans


def _asides(doc: Document, spans: list[tuple[int, int]]) -> list[Attribute]:
    text = doc.text
    last = spans[-1]
    place = Attribute(AttributeKind.OTHER, text[last[0] : last[1]], "", *last)
    if len(spans) == 1:
        return countries_apart(text, [place])
    body = (spans[0][0], spans[-2][1])
    return [
        Attribute(AttributeKind.ORGANIZATION, text[body[0] : body[1]], "", *body),
        *countries_apart(text, [place]),
    ]


def bracketed_people_asides(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the bracket after each person's name read as the body and the place they are
    of, where every item is a person's English name, at least ``MIN_CARRIERS`` brackets hold several
    pieces and ``MIN_SHARED`` of them end in the same piece; ``mentions`` as they are otherwise."""
    if not mentions or not all(_person(m) and not BODY_WORD_RE.search(m.name_en) for m in mentions):
        return mentions
    pieces = [_pieces(doc, m) for m in mentions]
    carriers = [p for p in pieces if len(p) >= 2]
    lasts = Counter(doc.text[p[-1][0] : p[-1][1]] for p in carriers)
    if len(carriers) < MIN_CARRIERS or lasts.most_common(1)[0][1] < MIN_SHARED:
        return mentions
    out = []
    for m, spans in zip(mentions, pieces, strict=True):
        if not spans:
            out.append(m)
            continue
        printed = {doc.text[s:e] for s, e in spans}
        asides = [a for a in m.attributes if not any(s <= a.start < e for s, e in spans)]
        attributes = tuple(sorted((*asides, *_asides(doc, spans)), key=lambda a: a.start))
        acronym = "" if m.acronym in printed else m.acronym
        out.append(replace(m, acronym=acronym, aliases=(), attributes=attributes))
    return out
