"""A person and where they are from in English, ``Jane Roe of Borduria`` or ``of the Aland People's Party``
(``of_place``, read by the item parser ``sources.items``), and the words that make ``X of Y`` one name
(``BODY_WORD_RE``, used by the English attribute readers and the people and party readers).
"""

from __future__ import annotations

import re

from pipeline.lang.scripts import CJK, KANA
from pipeline.lang.vote_cues import EN_PARTY_DESCRIBED
from pipeline.models import Attribute, AttributeKind

# words that make "X of Y" one name (a body or a state), not a person "of" a country
BODY_WORD_RE = re.compile(
    r"\b(?:Council|Commission|Committee|Organi[sz]ation|Fund|Programme|Program|Agency|Assembly|Union|Forum|Bank"
    r"|Office|Secretariat|Conference|Institute|Alliance|Board|Court|Tribunal|Group|Panel|Network|Centre|Center"
    r"|Association|Federation|Republic|Kingdom|States|Islands|Commonwealth|Emirates|University|College|School"
    r"|Academy|Society|Ministry|Department|Authority|Service|Company|Corporation|Museum|Isle|Bureau|Chamber"
    r"|Party|Parties|Movement|Front|Coalition)\b"
)
_OF_PLACE_RE = re.compile(r"\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?)$")
# or a party or body of more words, or told with what it is (``of the ruling Aland People's Party``)
_OF_PARTY_RE = re.compile(
    rf"\s+of\s+the\s+(?P<what>{EN_PARTY_DESCRIBED})(?P<of>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){{0,4}})$"
)


def of_place(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]]:
    """``Solomy Balungi Bossa of Uganda``: a person's name and where they are from."""
    m = _OF_PLACE_RE.search(text, start, end) or _of_party(text, start, end)
    if m is None or re.search(f"[{CJK}{KANA}]", text[start:end]):
        return end, ()
    head = text[start : m.start()]
    if (
        len(head.split()) < 2
        or BODY_WORD_RE.search(head)
        or not all(w[:1].isupper() for w in head.split()[:1])
    ):
        return end, ()
    return m.start(), (Attribute(AttributeKind.OTHER, m["of"], "", *m.span("of")),)


def _of_party(text: str, start: int, end: int) -> re.Match[str] | None:
    """``of the Aland People's Party``, ``of the main opposition Aland``: a party named in more than two
    words ending in a body's word, or one told with what it is."""
    m = _OF_PARTY_RE.search(text, start, end)
    if m is None or not (m["what"] or BODY_WORD_RE.search(m["of"].split()[-1])):
        return None
    return m
