"""A person named in Chinese characters as a Japanese list prints one: the name with its honorific
(``山田太郎氏``), or the name with a post glued after it (``山田太郎外相``, ``山田太郎行政長官``: the post
ending in a Japanese title word, whatever office comes before it). Never a place's or a body's name before
a post (``甲県知事``, ``乙国首相``, ``丙省長``). Used by ``_inline_accepting`` to tell names from other
words in an enumeration."""

from __future__ import annotations

import re

from pipeline.lang.demonyms import place_at_start
from pipeline.lang.leads import JA_HONORIFIC
from pipeline.lang.posts import JA_TITLE_RE
from sources.item_posts_after import KANJI_PERSON_RE
from sources.item_titles import PERSON_NAME_END_RE

_JA_PLACE_END_RE = re.compile(r"[県縣]$")  # a prefecture ("甲県知事"): a post, no person
_JA_TITLE_AT_END_RE = re.compile(f"(?:{JA_TITLE_RE.pattern})$")
_KANJI_HONORED_RE = re.compile(rf"(?P<name>{KANJI_PERSON_RE.pattern}){JA_HONORIFIC}")
_READING_RE = re.compile(
    r"\s*[（(][^（）()]+[）)]$"
)  # "林鄭月娥（キャリー・ラム）": the name's reading after it


def kanji_person(name: str) -> bool:
    """``name`` has the shape of a person's name in Chinese characters (two to five), and ends as no
    body's or place's name does nor is a place CLDR knows."""
    return (
        KANJI_PERSON_RE.fullmatch(name) is not None
        and not PERSON_NAME_END_RE.search(name)
        and not _JA_PLACE_END_RE.search(name)
        and place_at_start(name) < len(name)
    )


def post_after_kanji_name(post: str, name: str) -> bool:
    """``post``, glued after ``name``, ends in a Japanese title word (``外相``, ``行政長官``, ``警務処長``)
    and ``name`` (its reading in parentheses after it or not) is a person's (``kanji_person``)."""
    return _JA_TITLE_AT_END_RE.search(post) is not None and kanji_person(_READING_RE.sub("", name))


def honored_kanji_person(item: str) -> bool:
    """``山田太郎氏``: a name in Chinese characters closed by a Japanese honorific."""
    m = _KANJI_HONORED_RE.fullmatch(item)
    return m is not None and kanji_person(m.group("name"))
