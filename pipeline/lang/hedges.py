"""Words that hedge a figure: ``逾7成``, ``超過40%``, ``over 40%``, ``4割強`` (more than it), ``近三成``,
``nearly 30%``, ``40%以下`` (at most about it), ``約4割``, ``about 40%``, ``40%左右`` (near it).

``lang.values`` reads a hedged figure as what it says: a bound (its low end for "more than", its high end
for "nearly"), or an approximate number. An outlet that prints ``about 40%`` where another prints ``41%``
says nothing wrong; the checks hold a hedged figure against no other.
"""

from __future__ import annotations

import re
from enum import StrEnum

from pipeline.lang.scripts import CJK, fold_pattern


class Hedge(StrEnum):
    OVER = "over"  # more than the figure: its low end
    UNDER = "under"  # up to the figure, or just short of it: its high end
    ABOUT = "about"  # near the figure, either way


_BEFORE: tuple[tuple[Hedge, str], ...] = (
    (
        Hedge.OVER,
        fold_pattern(r"逾|超過|多於|高於|大於|超")
        + r"|\b(?:just\s+)?(?:over|more\s+than|above|upwards\s+of|in\s+excess\s+of|greater\s+than)",
    ),
    (
        Hedge.UNDER,
        fold_pattern(r"將近|接近|(?<![最附])近|不到|不足|低於|少於|未滿")
        + r"|\b(?:just\s+)?(?:nearly|almost|under|less\s+than|below|close\s+to|fewer\s+than)",
    ),
    (
        Hedge.ABOUT,
        fold_pattern(r"大約|大概|約")
        + r"|およそ|\b(?:about|around|roughly|approximately|approx\.|circa)|~|≈",
    ),
)
# a one-character hedge after a figure stands alone (``4割強``, ``7成多``), not as the first of a word
# (``強化``, ``多數``)
_ALONE = rf"(?![{CJK}])"
_AFTER: tuple[tuple[Hedge, str], ...] = (
    (Hedge.OVER, fold_pattern(r"以上|(?:多|餘|強|超)") + _ALONE + r"|\s*or\s+more\b"),
    (Hedge.UNDER, fold_pattern(r"以下|未滿|弱") + _ALONE + r"|未満|足らず|\s*or\s+(?:less|fewer)\b"),
    (Hedge.ABOUT, fold_pattern(r"左右|上下") + _ALONE + r"|前後|程度|ほど|くらい|ぐらい"),
)
# every hedge word as one pattern, for the readers that only ask whether a figure is hedged (a hedged
# number is no count of a list: ``lang.counts``)
HEDGE_BEFORE = "|".join(p for _, p in _BEFORE)
HEDGE_AFTER = "|".join(p for _, p in _AFTER)
ABOUT_BEFORE = dict(_BEFORE)[Hedge.ABOUT]  # ``約``, ``about``: near the figure, either way
_BEFORE_RE = re.compile("(?:" + "|".join(f"(?P<{h.value}>{p})" for h, p in _BEFORE) + r")\s*$", re.IGNORECASE)
_AFTER_RE = re.compile("^(?:" + "|".join(f"(?P<{h.value}>{p})" for h, p in _AFTER) + ")", re.IGNORECASE)
WINDOW = 24  # characters before a figure searched for its hedge


def _which(m: re.Match[str]) -> Hedge:
    return next(h for h in Hedge if m.group(h.value) is not None)


def hedge_of(text: str, start: int, end: int) -> tuple[Hedge, int, int] | None:
    """The hedge printed right before ``text[start:end]`` (a figure) or right after it, and the span of
    the figure with its hedge; None when it has none."""
    before = _BEFORE_RE.search(text, max(0, start - WINDOW), start)
    if before is not None:
        return _which(before), before.start(), end
    after = _AFTER_RE.match(text[end : end + WINDOW])
    if after is not None:
        return _which(after), start, end + after.end()
    return None
