"""A joiner inside one place's name (``Bosnia and Herzegovina``, ``Saint Kitts and Nevis``,
``特立尼达和多巴哥``) joins no two items: the words around it, up to the next mark, figure or other joiner
on either side, are one place CLDR or ISO 3166 names whole (the built-in gazetteer). Nothing here knows a
place's name."""

from __future__ import annotations

import re

from pipeline.knowledge.gazetteer_kept import builtin_gazetteer
from pipeline.lang.leads import FINAL_JOINER_RE
from pipeline.lang.scripts import WHITESPACE

# what ends a name's words on either side of a joiner: a bracket, a pause, a colon or a figure
_STOP_RE = re.compile(r"[()（）\[\]【】,，、;；:：。.!?！？\d０-９%％]")
_ARTICLE_RE = re.compile(r"^(?:the|and|or)\s+", re.IGNORECASE)


def inside_a_place(text: str, a: int, b: int, start: int, end: int) -> bool:
    """The joiner ``text[start:end]`` stands inside one place's name, within ``text[a:b]``."""
    left = max([a, *(m.end() for m in _STOP_RE.finditer(text, a, start))])
    for j in FINAL_JOINER_RE.finditer(text, left, start):
        if j.end() <= start:
            left = j.end()
    stop = _STOP_RE.search(text, end, b)
    right = stop.start() if stop is not None else b
    after = FINAL_JOINER_RE.search(text, end, right)
    if after is not None and after.start() > end:
        right = after.start()
    before = _ARTICLE_RE.sub("", text[left:start].strip(WHITESPACE))
    after_words = text[end:right].strip(WHITESPACE)
    if not before or not after_words:
        return False  # the joiner opens or closes the words: it joins them to another item
    return bool(builtin_gazetteer().codes(f"{before}{text[start:end]}{after_words}".strip(WHITESPACE)))
