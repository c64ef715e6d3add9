"""What English prints after a person's name, set apart: the post in parentheses (``Jane Roe (Deputy
Prosecutor, Carpathia)``, ``Jane Roe (Aland, President)``) and a description after a colon
(``Aland: Nationals of Aland are …``). Read by the item parser (``sources.items``)."""

from __future__ import annotations

import re

from pipeline.lang.posts import EN_TITLE_RE
from pipeline.lang.scripts import CJK, KANA
from pipeline.lang.values import find_values
from pipeline.models import Attribute, AttributeKind
from sources.item_english_titles import _en_title, _title_and_place
from sources.item_titles import is_title
from sources.item_values import trim

# the state or body whose post it is, before the post: "Borduria's", "the Aland Bank's"
_POSSESSOR_RE = re.compile(r"^(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}['’]s\s+(?=[a-z])")
_PAREN_TAIL_RE = re.compile(r"\s*[(（]([^()（）]+)[)）]\s*$")


# a place's name in a few capitalized words ("Aland", "New Carpathia")
_CAPITALIZED_RE = re.compile(r"[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}")


def _is_en_title(piece: str) -> bool:
    return bool(EN_TITLE_RE.match(piece) or _en_title(piece))


def english_attributes_in_parentheses(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]]:
    """``Jane Roe (Deputy Prosecutor, Carpathia)``: a title, then organizations, in parentheses after an
    English name, or the place the title is of first (``Jane Roe (Aland, President)``); ``Borduria
    (Bordurie)`` holds no title: another name, not attributes."""
    m = _PAREN_TAIL_RE.search(text, start, end)
    if m is None or m.start() == start or re.search(f"[{CJK}{KANA}]", text[start:end]):
        return end, ()
    pieces = [p.strip() for p in text[m.start(1) : m.end(1)].split(",")]
    titled = [_is_en_title(_POSSESSOR_RE.sub("", p, count=1)) for p in pieces]  # "Carpathia's ambassador"
    # the title first, or after the place it is of ("Jane Roe (Aland, President)")
    at_title = next((k for k, t in enumerate(titled) if t), None)
    if at_title is None or not all(_CAPITALIZED_RE.fullmatch(p) for p in pieces[:at_title]):
        return end, ()  # no piece, or none after names of places, is a title ("defence minister" is one)
    attrs, at = [], m.start(1)
    for k, piece in enumerate(text[m.start(1) : m.end(1)].split(",")):
        s, e = trim(text, at, at + len(piece))
        at += len(piece) + 1
        if e > s:
            title = k == at_title or (k > at_title and EN_TITLE_RE.match(text[s:e]) is not None)
            kind = AttributeKind.TITLE if title else AttributeKind.ORGANIZATION
            attrs.append(Attribute(kind, text[s:e], "", s, e))
    return m.start(), tuple(attrs)


MAX_DESCRIBED_NAME_WORDS = 5
MIN_DESCRIPTION_WORDS = 4
_COLON_RE = re.compile(r"[:：]\s+")


def described_after_colon(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]] | None:
    """``Aland: Nationals of Aland are fully barred.``, ``Jane Roe: Foreign Minister of Borduria``: a
    short English name, a colon, then a sentence or a phrase of words (no value) that says what it is;
    the name's end and the description as an attribute (a title when it is one), else None. A post and
    the body it is held at (``Jane Roe: professor at Aland University``) are two attributes; a phrase in
    lower case however short (``Aland: diplomatic, service passports``) says what applies to it."""
    m = _COLON_RE.search(text, start, end)
    if m is None or re.search(f"[{CJK}{KANA}]", text[start:end]):
        return None
    head = text[start : m.start()].split()
    s, e = trim(text, m.end(), end)
    desc = text[s:e].rstrip(".")
    words = desc.split()
    # "Jane Roe: foreign minister": a post after a name in capitalized words, however short or set
    named = all(w[:1].isupper() for w in head) and not is_title(" ".join(head))
    placed = _title_and_place(text, s, s + len(desc)) if named else ()
    if placed and placed[-1].kind is not AttributeKind.ORGANIZATION:
        placed = ()  # "Jane Roe: a judge from Aland" is said, not a post at a body
    post = (is_title(desc) or bool(placed)) and named
    # "Aland: diplomatic and service passports": a phrase in lower case says what applies to the name
    phrase = named and desc[:1].islower() and bool(words)
    if (
        not 1 <= len(head) <= MAX_DESCRIBED_NAME_WORDS
        or (not post and not phrase and len(words) < MIN_DESCRIPTION_WORDS)
        or (not post and not phrase and not desc[:1].isupper())
        or (not post and not phrase and not any(w.islower() for w in words[1:]))
        or find_values(desc)
        or _COLON_RE.search(desc)
    ):
        return None
    if placed and not is_title(desc):
        return m.start(), placed
    kind = AttributeKind.TITLE if is_title(desc) else AttributeKind.OTHER
    return m.start(), (Attribute(kind, desc, "", s, s + len(desc)),)
