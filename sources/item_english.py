"""Attributes of a person in English around the name: a post before it, posts, bodies and places after a
comma or a dash. A title and its place: ``sources.item_english_titles``; a nominee's age and post:
``sources.item_nominees``; ``of Borduria``: ``sources.item_english_of``. What is set apart after the name,
in parentheses or after a colon: ``sources.item_english_after``. Read by the item parser (``sources.items``).
"""

from __future__ import annotations

import re

from pipeline.lang.posts import (
    EN_TITLE_NOUNS,
    EN_TITLE_RE,
    en_post_and_name,
)
from pipeline.lang.scripts import CJK, KANA
from pipeline.models import Attribute, AttributeKind
from sources.item_english_titles import _en_title, _title_and_place
from sources.item_nominees import _nominee_attributes, _nominee_piece
from sources.item_values import trim

# an English title abbreviated before a name: "Sens. Jane Roe", "Dr. John Doe"
HONORIFIC_RE = re.compile(
    r"(?:Sens?|Reps?|Gov|Gens?|Lt|Col|Capt|Adm|Dr|Mr|Mrs|Ms|Prof|Rev|Hon)\.\s+(?=[A-Z])"
)
# what ends a company's or a body's name, not a person's: "General Electric Company", "Acme Corp"
_NOT_A_PERSON_RE = re.compile(
    r"\b(?:Inc|Co|Corp|Ltd|LLC|Group|Company|Corporation|Bank|Ministry|Agency|Council|Court|Office)\b\.?$"
)


def en_post_before_name(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]]:
    """``Foreign Minister Jane Roe``, ``intelligence chief Peter Smith``: the post before an English name
    of two to four capitalized words (a company's name, ``General Electric Company``, is left whole)."""
    m = en_post_and_name(text, start, end)
    if m is None or _NOT_A_PERSON_RE.search(m.group("name")):
        return start, ()
    name_start = m.start("name")
    # "Colonel General John Doe": a rank of two words, the second a title noun too, is all the post
    while (word := _TITLE_WORD_RE.match(text, name_start, m.end("name"))) is not None and len(
        text[word.end() : m.end("name")].split()
    ) >= 2:
        name_start = word.end()
    title_end = len(text[:name_start].rstrip())
    title = Attribute(
        AttributeKind.TITLE, text[m.start("title") : title_end], "", m.start("title"), title_end
    )
    return name_start, (title,)


_TITLE_WORD_RE = re.compile(rf"(?i:{EN_TITLE_NOUNS})\s+")


# what separates an English name from its title and the rest: a comma, or a spaced dash
_EN_ATTRIBUTE_SEP_RE = re.compile(r",|\s[—–-]\s")


def english_attributes(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]]:
    """``Name, title, organization`` (or ``Name — title, organization``): the pieces after the name,
    starting with a title."""
    segment = text[start:end]
    if re.search(f"[{CJK}{KANA}]", segment) or _EN_ATTRIBUTE_SEP_RE.search(segment) is None:
        return end, ()
    cuts = [0, *(x for m in _EN_ATTRIBUTE_SEP_RE.finditer(segment) for x in m.span()), len(segment)]
    pieces = [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2) if cuts[k + 1] > cuts[k]]
    if len(pieces) < 2:
        return end, ()
    first_title = next((k for k, (a, b) in enumerate(pieces) if k > 0 and _en_title(segment[a:b])), None)
    first_told = next((k for k, (a, b) in enumerate(pieces) if k > 0 and _nominee_piece(segment[a:b])), None)
    if first_told is not None and (first_title is None or first_told < first_title):
        return _nominee_attributes(text, start, [(start + a, start + b) for a, b in pieces], first_told)
    if first_title is None and (
        said := _said_after_dash(text, start, [(start + a, start + b) for a, b in pieces])
    ):
        return said
    if first_title is None:
        return _described_after_comma(text, start, [(start + a, start + b) for a, b in pieces])
    attrs: list[Attribute] = []
    for k, (a, b) in enumerate(pieces[first_title:], start=first_title):
        s, e = trim(text, start + a, start + b)
        if e <= s:
            continue
        if k == first_title and (described := _title_and_place(text, s, e)):
            attrs.extend(described)  # "a judge from Aland who …": the title, and where from
            continue
        kind = (
            AttributeKind.TITLE
            if k == first_title or EN_TITLE_RE.match(text[s:e])
            else AttributeKind.ORGANIZATION
        )
        attrs.append(Attribute(kind, text[s:e], "", s, e))
    name_end = trim(text, start, start + pieces[first_title][0])[1]
    return name_end, tuple(attrs)


MAX_SAID_WORDS = 3  # words of each piece said after the dash
MAX_SAID_PIECES = 3
_PERSON_WORDS_RE = re.compile(r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,3}")
_CAPITALIZED_WORDS_RE = re.compile(rf"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){{0,{MAX_SAID_WORDS - 1}}}")


def _said_after_dash(
    text: str, start: int, pieces: list[tuple[int, int]]
) -> tuple[int, tuple[Attribute, ...]] | None:
    """``Jane Roe — Aland Party, Borduria``: a name of two to four capitalized words, a spaced dash, then
    short capitalized pieces (a party, a place) that say what the person is, each an attribute; else
    None."""
    (ns, ne), *rest = (trim(text, a, b) for a, b in pieces)
    if not rest or len(rest) > MAX_SAID_PIECES or "," in text[ne : rest[0][0]]:
        return None  # the first piece after a dash, not a comma
    if not _PERSON_WORDS_RE.fullmatch(text, ns, ne) or _NOT_A_PERSON_RE.search(text, ns, ne):
        return None
    if not all(_CAPITALIZED_WORDS_RE.fullmatch(text, a, b) for a, b in rest):
        return None
    return ne, tuple(Attribute(AttributeKind.OTHER, text[a:b], "", a, b) for a, b in rest)


# what a name is, said after a comma with an article and a few words in lower case: ", a shipbuilder"
# or whose national the person is: ", a Borduria national", ", Aland citizen", ", nationality Aland"
_A_DESCRIPTION_RE = re.compile(
    r"(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,4}"
    # an article, a few words ending in one in lower case, where from ("a Hong Kong businessman", "a diplomat
    # from Borduria")
    r"|(?:a|an)\s+(?:[A-Za-z][\w\-]*\s+){0,4}[a-z][\w\-]*"
    r"(?:\s+(?:from|of|in|at)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})?"
    # or the part the person plays, with the definite article: ", the host", ", the summit host"
    r"|the\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}"
    # or a calling in a word or two in lower case, without an article: ", spy", ", retired teacher"
    r"|(?!(?:and|or|the|of|in|at)\b)[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
    # and what of: ", operator of three tankers", "— supplier of parts to Aland Motors"
    r"(?:\s+(?:of|for|to)\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+){0,3})?"
    r"|(?:(?:a|an)\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s+(?:national|citizen)"
    r"|nationality:?\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?"
    # or a clause of who the person is or what they do: ", who heads the Aland Bank"
    r"|(?:who|whose)\s+[a-z][\w\-]*(?:\s+[\w'’.\-]+){0,8}"
)
# (another name of it in brackets after it: "Jane Roe (a.k.a. Jane Q. Roe), a Borduria national")
_CAPITALIZED_NAME_RE = re.compile(r"[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*)*(?:\s*\([^()]*\))?")


def _described_after_comma(
    text: str, start: int, pieces: list[tuple[int, int]]
) -> tuple[int, tuple[Attribute, ...]]:
    """``Borduria Heavy Industries Ltd, a shipbuilder``: a name in capitalized words, then after its one
    comma what it is (an article and a few words in lower case), an attribute; else no attributes."""
    if len(pieces) != 2:
        return pieces[-1][1], ()
    (ns, ne), (ds, de) = (trim(text, a, b) for a, b in pieces)
    if not _CAPITALIZED_NAME_RE.fullmatch(text, ns, ne) or not _A_DESCRIPTION_RE.fullmatch(text, ds, de):
        return pieces[-1][1], ()
    return ne, (Attribute(AttributeKind.OTHER, text[ds:de], "", ds, de),)
