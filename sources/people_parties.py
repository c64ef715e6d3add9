"""A party and a place said of each person down a list, as a US-style tag says them (``(R-Mo.)``).

``Jane Roe — Aland Party, Northshire``, ``John Doe (Borduria Union, Southmarch)``: where every item of a
list (``MIN_ITEMS`` or more) is a person's English name followed by two short capitalized pieces, the
first printed alike for at least two people (a column of a few parties) and the second each person's own
more often than not (their state or district), the first is the person's party (a tag, as the letter of
``R-Mo.`` is) and the second the place they sit for. The pieces are read after a dash by the item parser
(two attributes) or in parentheses (one other name of the person, which it is not); either way each
becomes a tag and a place. A Chinese or Japanese list does the same in brackets (``張三（甲黨，北區）``,
``山田太郎（甲党・北区）``): the two pieces of each item's note, weighed by the same rule, where each
name is shaped as a person's (no company's ``甲貿易有限公司（甲國，北市）``) and the second piece is no
post (``甲党・幹事長`` is a body and its post).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.lang.scripts import CJK, KANA, NAME_DOTS
from pipeline.models import Attribute, AttributeKind, Mention
from sources.item_english_of import BODY_WORD_RE
from sources.item_titles import PERSON_NAME_END_RE, is_title

MIN_ITEMS = 3
MIN_SHARED = 2  # people printed with one party, at the least
_PERSON_RE = re.compile(r"[A-Z][a-z'’\-]+(?:\s+(?:[A-Z][a-z'’\-]+|[A-Z]\.)){1,3}")
_PIECE_RE = re.compile(r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}")
_PAIR_RE = re.compile(rf"(?P<party>{_PIECE_RE.pattern}),\s+(?P<place>{_PIECE_RE.pattern})")
MAX_CJK_PIECE = 8  # characters of a party's or a place's short name in brackets
_CJK_PIECE = rf"[{CJK}{KANA}ー]{{1,{MAX_CJK_PIECE}}}"
# the note of a bracket of two pieces, as the item parser joins them ("甲黨；北區"), or one piece a
# middle dot parts ("甲党・北区")
_CJK_PAIR_RE = re.compile(rf"(?P<party>{_CJK_PIECE})\s*[；;・、，,]\s*(?P<place>{_CJK_PIECE})")
_CJK_BRACKET_RE = re.compile(r"[（(](?P<inside>[^（）()]+)[）)]")


MAX_CJK_NAME = 6  # characters of a person's name in Chinese or Japanese, a name dot aside


def person_zh(name: str) -> bool:
    """A name shaped as a person's: short, or spelt by sound with a name dot (``珍·羅``), and not ending
    as a body's or a place's name does (``…公司``, ``甲國``)."""
    short = len(name) <= MAX_CJK_NAME or any(dot in name for dot in NAME_DOTS)
    return short and PERSON_NAME_END_RE.search(name) is None


def _cjk_pair(text: str, m: Mention) -> tuple[Attribute, Attribute] | None:
    """The two pieces of a Chinese or Japanese name's note (``甲黨；北區``), where the bracket after the
    name prints them with a pause between (``（甲黨，北區）``)."""
    if any(a.kind is not AttributeKind.TITLE for a in m.attributes) or m.aliases:
        return None
    if (p := _CJK_PAIR_RE.fullmatch(m.note)) is None or not person_zh(m.name_zh) or is_title(p["place"]):
        return None
    for b in _CJK_BRACKET_RE.finditer(text, m.start, m.end):
        inside = b["inside"]
        party, place = inside.find(p["party"]), inside.rfind(p["place"])
        between = inside[party + len(p["party"]) : place] if 0 <= party < place else ""
        if between.strip() in {"，", ",", "、", "；", ";", "・"}:
            at = b.start("inside")
            return (
                Attribute(AttributeKind.OTHER, p["party"], "", at + party, at + party + len(p["party"])),
                Attribute(AttributeKind.OTHER, p["place"], "", at + place, at + place + len(p["place"])),
            )
    return None


def _pair(text: str, m: Mention) -> tuple[Attribute, Attribute] | None:
    """The two pieces said of ``m``: its two attributes of no kind, or its one other name ``X, Y``, or the
    two pieces of its note (``_cjk_pair``)."""
    if m.name_zh and m.note:
        return _cjk_pair(text, m)
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
    if shared < MIN_SHARED or len(set(places)) <= len(set(parties)) or any(map(is_title, places)):
        return mentions  # a post is no place ("Acme Corp, Chief Executive")
    out = []
    for m, p in zip(mentions, pairs, strict=True):
        assert p is not None
        party, place = replace(p[0], kind=AttributeKind.TAG), replace(p[1], kind=AttributeKind.PLACE)
        titles = [a for a in m.attributes if a.kind is AttributeKind.TITLE] if m.name_zh else []
        attrs = tuple(sorted((*titles, party, place), key=lambda a: a.start))
        out.append(replace(m, aliases=(), note="" if m.name_zh else m.note, attributes=attrs))
    return out
