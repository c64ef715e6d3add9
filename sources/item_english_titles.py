"""An English title after a name, alone or with the place or body it comes with: ``interior minister``,
``a judge from Aland``, ``Minister of Finance``. Used by ``sources.item_english``, ``sources.item_nominees``
and ``sources.item_english_after``.
"""

from __future__ import annotations

import re

from pipeline.lang.portfolios import portfolio
from pipeline.lang.posts import (
    EN_POST_OF_RE,
    EN_TITLE_PHRASE_RE,
    EN_TITLE_RE,
)
from pipeline.models import Attribute, AttributeKind
from sources.item_english_of import BODY_WORD_RE
from sources.item_titles import is_portfolio

_OF_WHAT_RE = re.compile(r"\s+(?:of|for|to|at|in)\s+.*$", re.DOTALL)


def _en_title(piece: str) -> bool:
    """A title: ``deputy prosecutor``, ``Minister of Interior``, or a few words ending in one
    (``interior minister``, ``army commander``)."""
    piece = piece.strip()
    head = _OF_WHAT_RE.sub("", piece)  # "foreign minister of Borduria": the post before what it serves
    return (
        EN_TITLE_RE.match(piece) is not None
        or EN_TITLE_PHRASE_RE.match(piece) is not None
        or EN_TITLE_PHRASE_RE.match(head) is not None
        or is_portfolio(piece)  # "Jane Roe – foreign affairs": the field of a post, its title noun left out
    )


# "a judge from Aland", "the deputy prosecutor of the court", up to a relative clause or the end
_TITLE_AND_PLACE_RE = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he)\s+)?(?P<title>[A-Za-z][\w\s'’\-]*?)\s+(?P<link>from|of|at)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w'’\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’\-]*)*)"
    r"(?:\s*[,;]?\s+(?:who|which|that|whose)\b.*)?[.;]?$"
)


MAX_FIELD_WORDS = 5  # "Health and Human Services"


def _post_of(words: str) -> bool:
    """What a post is of, the two one post: ``EN_POST_OF_RE``'s words, or a field that opens with a word
    of one (``Finance``, ``Foreign Affairs``; ``Aland Energy`` is a body)."""
    split = words.split()
    return EN_POST_OF_RE.fullmatch(words) is not None or (
        0 < len(split) <= MAX_FIELD_WORDS and bool(portfolio(split[0])) and not BODY_WORD_RE.search(words)
    )


def _title_and_place(text: str, start: int, end: int) -> tuple[Attribute, ...]:
    """``a judge from Aland who led …``: the title, and the place (``from``) or body (``of``, ``at``)
    it comes with; () when the words are not a title so followed."""
    m = _TITLE_AND_PLACE_RE.fullmatch(text, start, end)
    if m is None or not _en_title(m.group("title")) or not m.group("place")[:1].isupper():
        return ()
    if m.group("link").casefold() == "of" and _post_of(m.group("place")):
        # "Chief of Staff", "Minister of Finance": one post, what it is of no body of its own
        return (
            Attribute(
                AttributeKind.TITLE,
                text[m.start("title") : m.end("place")],
                "",
                m.start("title"),
                m.end("place"),
            ),
        )
    kind = AttributeKind.OTHER if m.group("link").casefold() == "from" else AttributeKind.ORGANIZATION
    return (
        Attribute(AttributeKind.TITLE, m.group("title"), "", m.start("title"), m.end("title")),
        Attribute(kind, m.group("place"), "", m.start("place"), m.end("place")),
    )
