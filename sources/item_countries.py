"""The country a person is printed with, beside their post: a place attribute of its own, apart from the
post and the name.

* Chinese: the country's name, the post, the name (``甲國總統張三``, ``乙國國家主席李四``):
  ``country_post_before_name``.
* Japanese: the country's name and の before the name (``甲国のジェーン・ロー大統領``): ``country_of_name``.
* English: a demonym or a country's name heading the post (``Bordurian President Jane Roe``), and a body
  that is a country (``Jane Roe, President of Borduria``, ``張三（甲國）``): ``countries_apart``.

A country is a territory CLDR names (through Babel: ``pipeline.lang.demonyms``); no name is known here.
"""

from __future__ import annotations

import re

from pipeline.lang.demonyms import english_place, place_at_start
from pipeline.lang.posts import HEAD_OF_STATE_WORDS
from pipeline.lang.scripts import CJK, KANA, NAME_DOTS
from pipeline.models import Attribute, AttributeKind
from sources.item_posts_before import MAX_CJK_PERSON_NAME, title_before_name

_NAME_CHARS = f"{CJK}{KANA}{NAME_DOTS}"
_HEAD_OF_STATE_RE = re.compile(
    "(?:"
    + "|".join(sorted(HEAD_OF_STATE_WORDS, key=len, reverse=True))
    + rf")(?=[{_NAME_CHARS}]{{2,{MAX_CJK_PERSON_NAME}}}$)"
)
# the particle after a country's name that says the person after it is of that country
_JA_OF = "の"
# kinds of an attribute a country printed as a body or a note may have been read as
_BODY_KINDS = (AttributeKind.ORGANIZATION, AttributeKind.OTHER)
MAX_PLACE_WORDS = 3  # words of an English demonym heading a post ("North Bordurian")


def _place(text: str, start: int, end: int) -> Attribute:
    return Attribute(AttributeKind.PLACE, text[start:end], "", start, end)


def country_post_before_name(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]]:
    """``甲國總統張三``: a country's name, a post right after it (a head of state's, ``國王``, or any post
    the item parser reads before a name, ``國會議員``), then the name; where the name starts and the country
    and the post as attributes, else (start, ()). A body whose name starts with the country's
    (``甲國國家研究所所長張三``) stays the body the item parser reads."""
    n = place_at_start(text[start:end])
    if n == 0:
        return start, ()
    at = start + n
    if (head := _HEAD_OF_STATE_RE.match(text, at, end)) is not None:
        title = Attribute(AttributeKind.TITLE, head.group(0), "", at, head.end())
        return head.end(), (_place(text, start, at), title)
    name_s, attrs = title_before_name(text, start, end)
    if not attrs or attrs[0].start != start:
        return start, ()
    first, last = attrs[0], attrs[-1]
    if len(attrs) == 2 and first.kind is AttributeKind.ORGANIZATION and first.end == at:
        return name_s, (_place(text, start, at), last)  # "甲國" read as the body: the country
    if len(attrs) == 1 and first.kind is AttributeKind.TITLE and first.end > at:
        post = Attribute(AttributeKind.TITLE, text[at : first.end], "", at, first.end)
        return name_s, (_place(text, start, at), post)  # "甲國總統": the country, then the post
    return start, ()


def country_of_name(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]]:
    """``甲国のジェーン・ロー``: a country's name and の before a name; where the name starts and the
    country as an attribute, else (start, ())."""
    n = place_at_start(text[start:end])
    at = start + n
    if n == 0 or text[at : at + 1] != _JA_OF or end - (at + 1) < 2:
        return start, ()
    return at + 1, (_place(text, start, at),)


def countries_apart(text: str, attrs: list[Attribute]) -> list[Attribute]:
    """A body or a bracketed note that is wholly a country's name is the person's country
    (``President of Borduria``, ``（甲國）``); a demonym heading a post (``Bordurian President``) is the
    country, apart from the post."""
    out: list[Attribute] = []
    for a in attrs:
        if a.label or a.kind not in (*_BODY_KINDS, AttributeKind.TITLE):
            out.append(a)
        elif a.kind in _BODY_KINDS and _is_country(a.text):
            out.append(_place(text, a.start, a.end))
        elif a.kind is AttributeKind.ORGANIZATION and (of := _OF_COUNTRY_RE.fullmatch(a.text)) is not None:
            out.extend(_body_of_country(text, a, of))
        elif a.kind is AttributeKind.TITLE:
            out.extend(_demonym_apart(text, a))
        else:
            out.append(a)
    return out


# a body, then "of" and the country it is of ("State Council of Borduria")
_OF_COUNTRY_RE = re.compile(r"(?P<body>.+?)\s+of\s+(?:the\s+)?(?P<country>[A-Z].*)")


def _body_of_country(text: str, body: Attribute, of: re.Match[str]) -> list[Attribute]:
    """``State Council of Borduria``: the body, and the country it is of apart; the body as it is when
    what follows ``of`` is no country's name."""
    if not _is_country(of.group("country")):
        return [body]
    b_end = body.start + of.end("body")
    c_start = body.start + of.start("country")
    return [
        Attribute(AttributeKind.ORGANIZATION, text[body.start : b_end], "", body.start, b_end),
        _place(text, c_start, body.end),
    ]


def _is_country(words: str) -> bool:
    """``words`` are wholly a country's name (CLDR's): in Chinese or Japanese, or in English with a capital
    (``Borduria``, not the demonym ``Bordurian``)."""
    if re.search(f"[{CJK}{KANA}]", words):
        return place_at_start(words) == len(words)
    return words[:1].isupper() and english_place(words, demonym=False)


def _demonym_apart(text: str, title: Attribute) -> list[Attribute]:
    """``Bordurian President``: the demonym (one to three capitalized words) is the country, the rest the
    post; the title as it is when no words before its last make a place."""
    words = list(re.finditer(r"\S+", title.text))
    for k in range(min(MAX_PLACE_WORDS, len(words) - 1), 0, -1):
        head = title.text[: words[k - 1].end()]
        if all(w.group(0)[:1].isupper() for w in words[:k]) and english_place(head):
            s = title.start + words[k].start()
            post = Attribute(AttributeKind.TITLE, text[s : title.end], "", s, title.end)
            return [_place(text, title.start, title.start + len(head)), post]
    return [title]
