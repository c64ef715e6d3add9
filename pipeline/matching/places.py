"""The country and the post kind printed beside a person, as the matcher weighs them: the country a
place attribute (or a body that is a place as a whole) names by the gazetteer, and whether a post is a
head of state's or a head of government's (pipeline.lang.portfolios.head_of)."""

from __future__ import annotations

from pipeline.knowledge.gazetteer import Gazetteer
from pipeline.lang.portfolios import head_of
from pipeline.models import AttributeKind, Mention
from pipeline.normalize.chinese import zh_key

__all__ = ["mention_country", "places_conflict", "printed_places", "post_kinds"]

_SUBDIVISION = "-"  # a code of a subdivision (``US-TX``): a place one sits for, not a country


MAX_PLACE_CHARS = 8  # longest place read before a head's post inside one title (``甲国总统``)


def _split_post(text: str) -> tuple[str, str]:
    """A title's place and the kind of head its post is: ``甲国总统`` -> (``甲国``, ``state``); a post
    that is wholly a head's has no place (``总统`` -> ("", ``state``)); ("", "") for any other post."""
    text = text.strip()
    for n in range(min(MAX_PLACE_CHARS, len(text) - 1) + 1):
        if kind := head_of(text[n:]):
            return text[:n].strip(), kind
    return "", ""


def printed_places(m: Mention) -> list[str]:
    """The places printed beside a person: its place attributes, else the place a title opens with."""
    printed = [a.text.strip() for a in m.attributes if a.kind is AttributeKind.PLACE and a.text.strip()]
    if printed:
        return printed
    titled = (_split_post(a.text)[0] for a in m.attributes if a.kind is AttributeKind.TITLE)
    return [t for t in titled if t]


def _code(gazetteer: Gazetteer, text: str) -> str:
    code = gazetteer.code(text)
    return code if code and _SUBDIVISION not in code else ""


def mention_country(gazetteer: Gazetteer, m: Mention) -> str:
    """The one country the mention's places name, ``""`` when none names one or two name two."""
    found = {c for t in printed_places(m) if (c := _code(gazetteer, t))}
    return found.pop() if len(found) == 1 else ""


def places_conflict(gazetteer: Gazetteer | None, a: Mention, b: Mention) -> bool:
    """Whether two people's places name other countries: two codes that differ, or, where the gazetteer
    knows neither side, places printed in Chinese characters whose keys differ (``乙国`` / ``己国``)."""
    pa, pb = printed_places(a), printed_places(b)
    if not pa or not pb:
        return False
    if gazetteer is not None:
        ca, cb = mention_country(gazetteer, a), mention_country(gazetteer, b)
        if ca and cb:
            return ca != cb
        if ca or cb or any(gazetteer.code(t) for t in pa + pb):
            return False
    ka, kb = {zh_key(t) for t in pa}, {zh_key(t) for t in pb}
    return all(k and not k.isascii() for k in ka | kb) and not ka & kb


def post_kinds(m: Mention) -> set[str]:
    """The kinds of head (``state``, ``government``) the mention's posts are, none for other posts."""
    return {k for a in m.attributes if a.kind is AttributeKind.TITLE and (k := _split_post(a.text)[1])}
