"""Where a Korean name in characters is heard by its Korean reading: beside an English name that is a
Korean romanization (pipeline.knowledge.korean), never beside a name in pinyin or in Wade-Giles.

A Latin name is a Korean romanization (``korean_readings``) when it has two or three words, two to four
syllables in all (a given name hyphenated, ``Kim Gap-eul``, in words of their own, ``Kim Gap Eul``, or
in one word cut into its syllables, ``Kim Gapeul``; printed given name first, ``Gap-eul Kim``:
pipeline.knowledge.korean_words), each a Korean syllable as English writers spell it, and is neither
pinyin (a family name of one pinyin syllable: ``Zhang Sanfeng``, not ``Lee``) nor Wade-Giles (``Chang
San-feng``): a Chinese name, heard by its Mandarin reading. A Chinese name of two to
four characters is that Latin name (``korean_alike``) when each character's Korean syllable agrees with
one Latin syllable, in order, family name first: the family name by its initial and final (its spellings
are conventional), the others by initial, vowel and final. ``korean_skeletons`` are the consonant
skeletons (pipeline.knowledge.sound) of the Korean reading, which the context evidence compares.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pipeline.knowledge.korean import SyllableKey, hangul_readings, revised, syllable_key
from pipeline.knowledge.korean_words import korean_word_orders, word_syllables
from pipeline.knowledge.romanized import (
    HAN_ONLY_RE,
    NAME_DOTS_RE,
    pinyin_syllables,
    pinyin_words,
    to_ascii,
    wade_giles_name,
)
from pipeline.knowledge.sound import latin_skeleton
from pipeline.lang.scripts import HAN_SPAN_RE

__all__ = [
    "korean_alike",
    "korean_orders",
    "korean_pairs",
    "korean_readings",
    "korean_romanized",
    "korean_skeletons",
]

MIN_SYLLABLES, MAX_SYLLABLES = 2, 4  # a Korean name: a family name of one or two, a given name of one or two
MAX_WORDS = 3  # family name, given name in one word (hyphenated) or in two
_WORD_RE = re.compile(r"[a-z]+(?:[\-‐][a-z]+)*")


@lru_cache(maxsize=65536)
def korean_readings(latin: str) -> tuple[tuple[SyllableKey, ...], ...]:
    """Every reading of a Latin name that is a Korean romanization (module docstring), family name first:
    its words in each order they may be read in and its given name cut each way it can be
    (pipeline.knowledge.korean_words); () for none."""
    words = _WORD_RE.findall(to_ascii(latin.casefold()))
    if not 2 <= len(words) <= MAX_WORDS or wade_giles_name(latin):
        return ()
    found: list[tuple[SyllableKey, ...]] = []
    for order in korean_word_orders(words):
        if _chinese_romanized(order):
            continue
        readings: list[tuple[SyllableKey, ...]] = list(word_syllables(order[0], cut=False))
        for word in order[1:]:
            readings = [r + w for r in readings for w in word_syllables(word)]
        found += [r for r in readings if MIN_SYLLABLES <= len(r) <= MAX_SYLLABLES]
    return tuple(dict.fromkeys(found))


def korean_romanized(latin: str) -> tuple[SyllableKey, ...] | None:
    """The syllable keys of a Latin name's first reading as a Korean romanization (``korean_readings``),
    else None."""
    readings = korean_readings(latin)
    return readings[0] if readings else None


def korean_orders(latin: str) -> tuple[str, ...]:
    """A Latin name's words in each order it may be read in as a Korean romanization, family name first
    (``Gap-eul Kim``: as printed and ``kim gap-eul``); () for no Korean romanization."""
    words = _WORD_RE.findall(to_ascii(latin.casefold()))
    if not korean_readings(latin):
        return ()
    return tuple(" ".join(o) for o in korean_word_orders(words) if not _chinese_romanized(o))


def _chinese_romanized(words: list[str]) -> bool:
    """Whether a name's words are a Chinese name in pinyin: a family name of one syllable (``Yi``, where
    ``Lee`` is none), then syllables (``Zhang Sanfeng``)."""
    joined = [w.replace("-", "").replace("‐", "") for w in words]
    return joined[0] in pinyin_syllables() and pinyin_words(joined) is not None


@lru_cache(maxsize=65536)
def _characters(chinese: str) -> tuple[tuple[SyllableKey, ...], frozenset[str]] | None:
    """A Chinese name's Korean syllable keys and the classes its family name may begin with (its initial
    as a name and as the character alone: ``리`` and ``이``), or None for no Korean name."""
    if NAME_DOTS_RE.search(chinese) or not HAN_ONLY_RE.match(chinese):
        return None
    chars = "".join(HAN_SPAN_RE.findall(chinese))
    if not MIN_SYLLABLES <= len(chars) <= MAX_SYLLABLES:
        return None
    name, alone = hangul_readings(chars)
    keys = [syllable_key(s) for s in name]
    first = syllable_key(alone[:1]) if alone else None
    if not name or first is None or any(k is None for k in keys):
        return None
    found = tuple(k for k in keys if k is not None)
    return found, frozenset({found[0][0], first[0]})


def korean_alike(chinese: str, latin: str) -> bool:
    """Whether a Latin name is a Chinese name's Korean reading romanized (module docstring): some reading
    of it (``korean_readings``)."""
    read = _characters(chinese)
    return read is not None and any(_agree(read, keys) for keys in korean_readings(latin))


def _agree(read: tuple[tuple[SyllableKey, ...], frozenset[str]], latin_keys: tuple[SyllableKey, ...]) -> bool:
    if len(read[0]) != len(latin_keys):
        return False
    (family, *given), initials = read
    (l_family, *l_given) = latin_keys
    return l_family[0] in initials and l_family[2] == family[2] and given == l_given


def korean_pairs(chinese: Sequence[str], latin: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """The Chinese names each with the Latin names that are its Korean reading romanized
    (``korean_alike``), found by key: each Latin name filed under its syllable count and its family
    name's final, each Chinese name looking there."""
    filed: dict[tuple[int, str], list[str]] = {}
    for name in latin:
        for keys in korean_readings(name):
            filed.setdefault((len(keys), keys[0][2]), []).append(name)
    out: dict[str, tuple[str, ...]] = {}
    for name in chinese if filed else ():
        if (read := _characters(name)) is None:
            continue
        found = {n for n in filed.get((len(read[0]), read[0][0][2]), ()) if korean_alike(name, n)}
        if found:
            out[name] = tuple(sorted(found))
    return out


@lru_cache(maxsize=65536)
def korean_skeletons(chinese: str) -> frozenset[str]:
    """The consonant skeletons of a Chinese name's Korean reading, romanized, its family name read as a
    name and as the character alone (``李甲乙``: ``i gap eul`` and ``ri gap eul``); none for no Korean
    name."""
    if _characters(chinese) is None:
        return frozenset()
    chars = "".join(HAN_SPAN_RE.findall(chinese))
    name, alone = hangul_readings(chars)
    forms = {" ".join(revised(s) for s in name), " ".join(revised(s) for s in alone[:1] + name[1:])}
    return frozenset(s for s in (latin_skeleton(f) for f in forms) if s)
