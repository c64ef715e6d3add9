"""A ranking told in one sentence, each piece opening with its place (``前五名依次為：第一名甲國（67.5分）、
第二名乙國（64.5分）、…、第五名戊國（61.0分）。``). Used by the inline layout through ``_inline_grouping``.

After the lead-in's colon, the pieces are split on ``、`` outside brackets; each is a place
(``lang.rank_cues.ZH_PLACE``), one name, and its figure in brackets. The sentence is read whole or not
at all: every piece so, at least ``MIN_ITEMS`` of them. As a ranking told one place a line
(``_inline_place_lines``), each item is filed under its place, and the lead-in's count (``前五名``) is the
whole list's (``_inline_place_lead``)."""

from __future__ import annotations

import re

from pipeline.lang.rank_cues import ZH_PLACE
from sources.layouts._inline_piece_shapes import MIN_ITEMS, ZH_VALUE_NAME_RE, masked, trim
from sources.layouts._inline_pieces import Enumeration

_PIECE_RE = re.compile(rf"(?P<place>{ZH_PLACE})\s*(?P<name>[^（(]+?)\s*[（(][^（()）]+[)）]")
_SEPARATOR = "、"


def place_pieces(text: str, a: int, b: int) -> list[Enumeration]:
    """One enumeration a piece of the sentence ``text[a:b]`` told so (see the module's docstring), each
    labelled by its place; else ``[]``."""
    colon = max(text.rfind("：", a, b), text.rfind(":", a, b))
    if colon < 0:
        return []
    lo = colon + 1
    flat = masked(text, lo, b)
    cuts = [lo, *(lo + k for k, ch in enumerate(flat) if ch == _SEPARATOR), b]
    out: list[Enumeration] = []
    for k in range(len(cuts) - 1):
        s, e = trim(text, cuts[k] + (k > 0), cuts[k + 1])
        m = _PIECE_RE.fullmatch(text, s, e)
        if m is None or not ZH_VALUE_NAME_RE.match(text[m.start("name") : m.end("name")]):
            return []
        out.append(Enumeration(((m.start("name"), e),), s, e, None, m["place"], m.span("place"), False))
    return out if len(out) >= MIN_ITEMS else []
