"""A party and a place said of each person down a list, as a US-style tag says them (``(R-Mo.)``).

``Jane Roe — Aland Party, Northshire``, ``John Doe (Borduria Union, Southmarch)``: where every item of a
list (``MIN_ITEMS`` or more) is a person's English name followed by two short capitalized pieces, the
first printed alike for at least two people (a column of a few parties) and the second each person's own
more often than not (their state or district), the first is the person's party (a tag, as the letter of
``R-Mo.`` is) and the second the place they sit for. The pieces are read after a dash by the item parser
(two attributes) or in parentheses (one other name of the person, which it is not); either way each
becomes a tag and a place.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.models import Attribute, AttributeKind, Mention
from sources.item_english import BODY_WORD_RE

MIN_ITEMS = 3
MIN_SHARED = 2  # people printed with one party, at the least
_PERSON_RE = re.compile(r"[A-Z][a-z'’\-]+(?:\s+(?:[A-Z][a-z'’\-]+|[A-Z]\.)){1,3}")
_PIECE_RE = re.compile(r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}")
_PAIR_RE = re.compile(rf"(?P<party>{_PIECE_RE.pattern}),\s+(?P<place>{_PIECE_RE.pattern})")


def _pair(text: str, m: Mention) -> tuple[Attribute, Attribute] | None:
    """The two pieces said of ``m``: its two attributes of no kind, or its one other name ``X, Y``."""
    if not m.name_en or m.name_zh or not _PERSON_RE.fullmatch(m.name_en) or BODY_WORD_RE.search(m.name_en):
        return None
    said = [a for a in m.attributes if a.kind is AttributeKind.OTHER and not a.label]
    if len(said) == len(m.attributes) == 2 and not m.aliases:  # noqa: PLR2004
        if all(_PIECE_RE.fullmatch(a.text) for a in said):
            return said[0], said[1]
        return None
    if m.attributes or len(m.aliases) != 1 or (p := _PAIR_RE.fullmatch(m.aliases[0])) is None:
        return None
    at = text.find(m.aliases[0], m.start, m.end)
    if at < 0:
        return None
    return (
        Attribute(AttributeKind.OTHER, p["party"], "", at + p.start("party"), at + p.end("party")),
        Attribute(AttributeKind.OTHER, p["place"], "", at + p.start("place"), at + p.end("place")),
    )


def parties_and_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each person's two pieces read as a party tag and a place (the module's
    docstring), or as they are."""
    pairs = [_pair(text, m) for m in mentions]
    if len(mentions) < MIN_ITEMS or any(p is None for p in pairs):
        return mentions
    parties = [p[0].text for p in pairs if p is not None]
    places = [p[1].text for p in pairs if p is not None]
    shared = max(parties.count(x) for x in parties)
    if shared < MIN_SHARED or len(set(places)) <= len(set(parties)):
        return mentions
    out = []
    for m, p in zip(mentions, pairs, strict=True):
        assert p is not None
        party, place = replace(p[0], kind=AttributeKind.TAG), replace(p[1], kind=AttributeKind.PLACE)
        out.append(replace(m, aliases=(), attributes=(party, place)))
    return out
