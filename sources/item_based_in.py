"""Where a company is, after its name and a comma (``Aland Trading Co., Ltd., based in Borduria``,
``Carpathia Electronics Ltd., of Dalmatia``, ``Elbonia Tech FZE, in Freedonia``): the place is the
item's place attribute; the name keeps its legal form whole (``Co., Ltd.``). The words before the place
are ``pipeline.lang.based_words.EN_BASED_RE``; the place is one to three capitalized words ending the item.
"""

from __future__ import annotations

import re

from pipeline.lang.based_words import EN_BASED_RE
from pipeline.models import Attribute, AttributeKind

_PLACE = r"(?:the\s+)?(?P<place>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})"
_BASED_RE = re.compile(rf",\s+{EN_BASED_RE.pattern}\s+{_PLACE}\s*[.]?$")
_NAME_RE = re.compile(r"[A-Z0-9][\w&.,'’\- ]*")  # a name in Latin letters, its legal form's commas too


def based_in(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]]:
    """The name's end and the place after it, where ``text[start:end]`` is a name in Latin letters, a
    comma, a word of where and a place; else ``end`` and nothing."""
    found = _BASED_RE.search(text, start, end)
    if found is None or found.start() <= start:
        return end, ()
    if _NAME_RE.fullmatch(text, start, found.start()) is None:
        return end, ()
    place = Attribute(AttributeKind.PLACE, found["place"], "", found.start("place"), found.end("place"))
    return found.start(), (place,)
