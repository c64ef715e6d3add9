"""How the words of a Latin name are cut into Korean syllables, and in which order they are read.

English writers romanize a Korean given name in several ways: hyphenated (``Kim Gap-eul``), in words of
its own (``Kim Gap Eul``), or run together in one word (``Kim Gapeul``); and some print the given name
first (``Gap-eul Kim``). A word, or a part between hyphens, that is one Korean syllable as English writers
spell it (pipeline.knowledge.korean ``latin_key``) is read as that syllable; one that is no syllable is
cut into syllables in every way it can be (``gapeul``: ``gap`` + ``eul``, ``ga`` + ``peul``), so that the
characters' reading, compared with each, decides the cut (``甲乙``: ``gap``, ``eul``). Only a given
name is cut, and in two at most (it is one or two syllables); a family name is a syllable as printed.

``korean_word_orders`` are the orders a name's words may be read in, family name first: as printed, and,
where the name is two words whose first is a given name of two syllables (hyphenated or in one word) and
whose last is one syllable, the last word first (``Gap-eul Kim``: ``Kim``, ``Gap-eul``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.knowledge.korean import SyllableKey, latin_key

__all__ = ["korean_word_orders", "word_syllables"]

MAX_CUT = 2  # a given name run together in one word: two syllables
_PART_RE = re.compile(r"[\-‐]")


@lru_cache(maxsize=65536)
def word_syllables(word: str, *, cut: bool = True) -> tuple[tuple[SyllableKey, ...], ...]:
    """The ways a word (its parts between hyphens) reads as Korean syllables: each part as one syllable
    where it is one, else (``cut``) cut in two; () when some part is neither."""
    readings: list[tuple[SyllableKey, ...]] = [()]
    for part in (p for p in _PART_RE.split(word) if p):
        ways = _part_syllables(part, cut=cut)
        if not ways:
            return ()
        readings = [r + w for r in readings for w in ways]
    return tuple(dict.fromkeys(readings))


def _part_syllables(part: str, *, cut: bool) -> list[tuple[SyllableKey, ...]]:
    if (whole := latin_key(part)) is not None or not cut:
        return [(whole,)] if whole is not None else []
    cuts = ((latin_key(part[:k]), latin_key(part[k:])) for k in range(1, len(part)))
    return [(a, b) for a, b in cuts if a is not None and b is not None]


def korean_word_orders(words: list[str]) -> list[list[str]]:
    """The orders a name's words may be read in, family name first (module docstring)."""
    orders = [words]
    if len(words) == 2 and (last := word_syllables(words[1], cut=False)) and len(last[0]) == 1:
        first = word_syllables(words[0])
        if first and all(len(r) == MAX_CUT for r in first):
            orders.append([words[1], words[0]])
    return orders
