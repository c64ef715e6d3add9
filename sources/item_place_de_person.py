"""A person printed after their country and 的, the name as transliterated in Chinese with the English
name in brackets right after it: ``甲國的張三（Jane Roe）``, ``乙國的約翰·羅伊（John Roe）`` (officials of
an international body, each with the country they come from). The person is the item; the country is
their place.

The words before 的 are a country when CLDR names them whole (``pipeline.lang.demonyms.place_at_start``);
the English name in brackets, two capitalised words or more, says what follows 的 is a person's name, not
a clause (``甲國的立場``) nor a body (``item_body_places`` reads ``甲市的乙貿易有限公司``). No name is known
here.
"""

from __future__ import annotations

import re

from pipeline.lang.demonyms import place_at_start
from pipeline.lang.scripts import CJK, NAME_DOTS, WHITESPACE
from pipeline.models import Attribute, AttributeKind

_PARTICLE = "的"
MAX_NAME_CHARS = 8  # Chinese characters of a transliterated name with no dot ("阿拉皮尼甘蘇" is six)
# the name: Chinese characters (no 的 in it), or parts of them parted by a dot ("甲乙·丙丁")
_NAME_RE = re.compile(
    f"(?:(?![{_PARTICLE}])[{CJK}]){{2,{MAX_NAME_CHARS}}}(?![{CJK}{NAME_DOTS}])"
    f"|(?:(?![{_PARTICLE}])[{CJK}])+(?:[{NAME_DOTS}](?:(?![{_PARTICLE}])[{CJK}])+)+"
)
# the person's name in Latin letters in brackets: two capitalised words or more
_LATIN_NAME_RE = re.compile(r"[（(]\s*[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*)+\s*[）)]")


def person_after_place(text: str, start: int, end: int) -> int | None:
    """Where the person's name starts in ``text[start:end]`` (a country's whole name, 的, then a name up
    to ``end`` or up to its English name in brackets that ends at ``end``), the English name in brackets
    right after the Chinese one; else None."""
    n = place_at_start(text[start:end])
    at = start + n
    if not n or text[at : at + 1] != _PARTICLE:
        return None
    name = _NAME_RE.match(text, at + 1, end)
    if name is None:
        return None
    latin = _LATIN_NAME_RE.match(text, name.end())
    if latin is None:
        return None
    tail = len(text[:end].rstrip(WHITESPACE))
    return name.start() if tail in (name.end(), latin.end()) else None


def place_of_person(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]]:
    """``甲國的張三（Jane Roe）``: where the person's name starts and the country as their place, else
    (start, ())."""
    name_start = person_after_place(text, start, end)
    if name_start is None:
        return start, ()
    place_end = name_start - len(_PARTICLE)
    return name_start, (Attribute(AttributeKind.PLACE, text[start:place_end], "", start, place_end),)
