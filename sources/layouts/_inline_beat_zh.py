"""A Chinese ranking told in one sentence of names: its first, the verb that puts it ahead of the next
ones, and the rest in order (``甲（阿蘭隊）力壓乙（博爾隊）及丙（阿蘭隊），第四至第六位依次為丁（卡爾隊）、
戊（阿蘭隊）及己（博爾隊）。``). Used by the inline layout through ``_inline_grouping``;
``_inline_beat_en`` reads the English ``Aland beat Borduria and Carpathia …, followed by …``.

The sentence is read whole or not at all: the clause of the first name (``lang.rank_cues.ZH_RANK_BEAT_RE``
after it) holds that name alone; the names it beat, parted by ``、`` and a last ``及``/``和``/``與``, fill
the clause after the verb; the next clause opens with a few words (``第四至第六位``) and the words that
say the rest come in order (``依次為``, ``lang.rank_cues.ZH_RANK_IN_ORDER_RE``), then names to the end of
the sentence. Each name may carry a bracket (what the list says of it: the item parser reads it apart).
"""

from __future__ import annotations

import re

from pipeline.lang.rank_cues import ZH_RANK_BEAT_RE, ZH_RANK_IN_ORDER_RE
from pipeline.lang.scripts import CJK, KANA, NAME_DOTS
from sources.layouts._inline_pieces import Enumeration

MIN_ITEMS = 4
MAX_OPENING = 12  # characters of the words before ``依次為`` (``第四至第十位``)
_NAME_RE = re.compile(rf"[{CJK}{KANA}{NAME_DOTS}ー]{{2,12}}(?:[（(][^（）()]{{1,20}}[）)])?")
_JOINERS = "及和与與"
_OPENING_RE = re.compile(rf"[^，,。；;：:、（）()\s]{{0,{MAX_OPENING}}}")

_Span = tuple[int, int]


def beat_zh(text: str, a: int, b: int) -> list[Enumeration]:
    """The ranking of the sentence ``text[a:b]`` told so (the module's docstring), else ``[]``."""
    beat = ZH_RANK_BEAT_RE.search(text, a, b)
    if beat is None or ZH_RANK_IN_ORDER_RE.search(text, beat.end(), b) is None:
        return []
    s = max(a, *(text.rfind(c, a, beat.start()) + 1 for c in "，,"))
    while s < beat.start() and text[s].isspace():
        s += 1
    pause = text.find("，", beat.end(), b)
    if pause < 0 or _NAME_RE.fullmatch(text, s, beat.start()) is None:
        return []
    beaten = _names(text, beat.end(), pause)
    order = ZH_RANK_IN_ORDER_RE.search(text, pause + 1, b)
    if order is not None and _OPENING_RE.fullmatch(text, pause + 1, order.start()) is None:
        order = None
    end = b - 1 if text[b - 1 : b] == "。" else b
    rest = _names(text, order.end(), end) if order is not None else None
    if beaten is None or rest is None or 1 + len(beaten) + len(rest) < MIN_ITEMS:
        return []
    spans = ((s, beat.start()), *beaten, *rest)
    return [Enumeration(spans, s, end, None, "", (0, 0), False)]


def _names(text: str, lo: int, hi: int) -> list[_Span] | None:
    """``乙（博爾隊）、丙及丁``: every piece a name (with its bracket), else None."""
    cuts: list[_Span] = []  # the separators outside brackets: every ``、``, the last joiner after them
    depth, joiner = 0, None
    for k in range(lo, hi):
        ch = text[k]
        depth += 1 if ch in "（(" else -1 if ch in "）)" else 0
        if depth == 0 and ch == "、":
            cuts.append((k, k + 1))
            joiner = None
        elif depth == 0 and ch in _JOINERS:
            joiner = (k, k + 1)
    if joiner is not None:
        cuts.append(joiner)
    bounds = [lo, *(x for cut in cuts for x in cut), hi]
    pieces = [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]
    return pieces if all(_NAME_RE.fullmatch(text, x, y) for x, y in pieces) else None
