"""Where a company or a body is based, printed before its name with 的 or の (``甲市的乙貿易有限公司``,
``丙國的丁科技公司``, ``丙国の丁テック``): a place attribute of its own, apart from the body's name.

The words before the particle are a place when CLDR names them (``pipeline.lang.demonyms.place_at_start``)
and a body's name follows (by its ending: the word of a legal form or a body's kind, ``有限公司``,
``研究所``); or, when they are a few Chinese characters CLDR does not name (a city, ``甲市``), when what
follows is a company's name by its legal form (``有限公司``, ``集團``). Nothing here knows a place's name.
"""

from __future__ import annotations

import re

from pipeline.lang.demonyms import place_at_start
from pipeline.lang.name_words import ZH_FORM_WORDS
from pipeline.lang.scripts import simplified
from pipeline.models import Attribute, AttributeKind
from sources.layouts._shapes import ORG_ENDING_RE

_PARTICLES = ("的", "の")
MAX_CITY_CHARS = 4  # Chinese characters of a city's name CLDR does not hold ("甲市", "乙自治區" at most)
MIN_BODY_CHARS = 2
_CITY_RE = re.compile(rf"[\u4e00-\u9fff]{{2,{MAX_CITY_CHARS}}}")
_GRAMMAR_RE = re.compile(r"[的之和與与及或在被對对將将們们了過过著着是]")
MAX_BODY_CHARS = 24  # characters of a body's name after its place


def is_body(name: str) -> bool:
    """A Chinese or Japanese body's name by its ending: a legal form's word or a body's kind."""
    return simplified(name).endswith(ZH_FORM_WORDS) or ORG_ENDING_RE.search(name) is not None


def _body(name: str) -> bool:
    """A body's name by its ending, of a body's length, with no word of grammar in it (``代表出席了會議``
    ends as a body's name does, but is a clause)."""
    return MIN_BODY_CHARS <= len(name) <= MAX_BODY_CHARS and is_body(name) and not _GRAMMAR_RE.search(name)


def body_place_end(text: str, start: int, end: int) -> int | None:
    """Where the place before a body's name ends in ``text[start:end]`` (the particle's offset), else None."""
    n = place_at_start(text[start:end])
    at = start + n
    if n and text[at : at + 1] in _PARTICLES and end - (at + 1) >= MIN_BODY_CHARS:
        body = text[at + 1 : end]
        if _body(body):
            return at
    city = _CITY_RE.match(text, start, end)
    if city is None:
        return None
    for k in range(city.end(), start + 1, -1):  # the longest run of characters before a particle
        if text[k : k + 1] in _PARTICLES and not _GRAMMAR_RE.search(text, start, k):
            body = text[k + 1 : end]
            return k if _body(body) and simplified(body).endswith(ZH_FORM_WORDS) else None
    return None


def place_of_body(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]]:
    """``甲市的乙貿易有限公司``: where the body's name starts and its place as an attribute, else
    (start, ())."""
    at = body_place_end(text, start, end)
    if at is None:
        return start, ()
    return at + 1, (Attribute(AttributeKind.PLACE, text[start:at], "", start, at),)
