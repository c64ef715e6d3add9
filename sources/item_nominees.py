"""A person told in a wire's list of nominees in English: ``Jane Roe, 44, a former host, for defense
secretary`` (the age, a description, the post named for). Read by ``sources.item_english``.
"""

from __future__ import annotations

import re

from pipeline.models import Attribute, AttributeKind
from sources.item_english_titles import _en_title, _title_and_place
from sources.item_titles import is_title
from sources.item_values import trim

# the pieces that tell what a person named before them is, in a wire's list of nominees: an age ("44"), the
# post ("for defense secretary"), a description ("a former host", "the governor of Aland")
_AGE_RE = re.compile(r"\s*\d{1,3}\s*")
_FOR_POST_RE = re.compile(r"\s*(?:as|for)\s+(?:the\s+)?")
_DESCRIPTION_RE = re.compile(r"\s*(?:a|an|the)\s+[a-z]")


def _nominee_piece(piece: str) -> bool:
    """An age, or ``for`` and a post: what only follows a person's name."""
    post = _FOR_POST_RE.match(piece)
    return _AGE_RE.fullmatch(piece) is not None or (post is not None and is_title(piece[post.end() :]))


def _nominee_attributes(
    text: str, start: int, pieces: list[tuple[int, int]], first: int
) -> tuple[int, tuple[Attribute, ...]]:
    """``Jane Roe, 44, a former host, for defense secretary``: the name, then its age, a description
    (or a title and the place or body it comes with) and the post it is named for; with no post named
    for, a title piece (``former finance minister``) is the person's title. Where a piece is none
    of these, the name is not so told: (end, ())."""
    attrs: list[Attribute] = []
    named_for = any(_nominee_piece(text[a:b].strip()) and not _AGE_RE.fullmatch(text[a:b]) for a, b in pieces)
    for a, b in pieces[first:]:
        s, e = trim(text, a, b)
        piece = text[s:e]
        post = _FOR_POST_RE.match(piece)
        if _AGE_RE.fullmatch(piece):
            attrs.append(Attribute(AttributeKind.OTHER, piece, "", s, e))
        elif post is not None and is_title(piece[post.end() :]):
            attrs.append(Attribute(AttributeKind.TITLE, piece[post.end() :], "", s + post.end(), e))
        elif described := _title_and_place(text, s, e):
            attrs.extend(described)
        elif _en_title(piece) and not _DESCRIPTION_RE.match(piece) and not named_for:
            # "Jane Roe, 55, former finance minister": the post the person holds or held
            attrs.append(Attribute(AttributeKind.TITLE, piece, "", s, e))
        elif _DESCRIPTION_RE.match(piece) or _en_title(piece) or _said_after_age(text, pieces, a, s, e):
            attrs.append(Attribute(AttributeKind.OTHER, piece, "", s, e))
        else:
            return pieces[-1][1], ()
    return trim(text, start, pieces[first][0])[1], tuple(attrs)


MAX_SAID_AFTER_AGE_WORDS = 6  # "Radio Free Europe/Radio Liberty editor", "aide to Jane Roe"


def _said_after_age(text: str, pieces: list[tuple[int, int]], a: int, s: int, e: int) -> bool:
    """``Jane Roe, 32, Aland Post reporter``: the last piece right after an age says what the person is
    (an occupation, a nationality), in a few words without a number, whether or not a title word ends
    it."""
    k = next(k for k, (x, _) in enumerate(pieces) if x == a)
    words = text[s:e].split()
    return (
        k == len(pieces) - 1
        and k > 0
        and _AGE_RE.fullmatch(text[pieces[k - 1][0] : pieces[k - 1][1]]) is not None
        and 0 < len(words) <= MAX_SAID_AFTER_AGE_WORDS
        and not re.search(r"\d", text[s:e])
    )
