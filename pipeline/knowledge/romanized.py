"""Chinese names in Latin letters: whether a Latin name is written in pinyin or in Wade-Giles syllables
(a Chinese name romanized, not an English one), a native Chinese name's readings in both, and whether a
Chinese name reads family name first (``family_first``), which decides which of them may meet.

The consonant skeletons that meet transliterations and Latin names by sound are
``pipeline.knowledge.sound``'s; this module's syllables (from pypinyin's dictionary) are what it reads a
Latin name written in pinyin by.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

from pipeline.knowledge.kana import sound_key
from pipeline.knowledge.phonetic import pinyin_key
from pipeline.lang.scripts import HAN_SPAN, HAN_SPAN_RE

__all__ = [
    "HAN_ONLY_RE",
    "MAX_PINYIN_WORDS",
    "NAME_DOTS_RE",
    "NATIVE_MAX_CHARS",
    "family_first",
    "family_similarity",
    "mandarin_reading",
    "pinyin_name",
    "pinyin_syllables",
    "pinyin_words",
    "taiwan_reading",
    "to_ascii",
    "wade_giles_name",
]

NATIVE_MAX_CHARS = 3  # longest Chinese name without a middle dot read family name first (not 斯里蘭卡)

_CJK = HAN_SPAN_RE
HAN_ONLY_RE = re.compile(rf"^[{HAN_SPAN}·‧・•\-\s]+$")
NAME_DOTS_RE = re.compile(r"[·‧・•]")


def to_ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


@lru_cache(maxsize=1)
def pinyin_syllables() -> frozenset[str]:
    """Every toneless pinyin syllable of pypinyin's character dictionary (``zhang``, ``lu``: about 400)."""
    from pypinyin.pinyin_dict import pinyin_dict  # loaded only when a name is compared

    return frozenset(to_ascii(p) for readings in pinyin_dict.values() for p in readings.split(","))


MAX_PINYIN_WORDS = 3  # words of a Chinese name written in pinyin (family name, given name in one or two)


def pinyin_words(words: list[str]) -> list[str] | None:
    """The pinyin syllables of two or three words each made of them (``zhang sanfeng`` -> zhang, san,
    feng), else None: a Chinese name romanized, not an English one."""
    if not 2 <= len(words) <= MAX_PINYIN_WORDS:
        return None
    syllables: list[str] = []
    for word in words:
        split = _syllables(word)
        if split is None:
            return None
        syllables.extend(split)
    return syllables


@lru_cache(maxsize=65536)
def _syllables(word: str) -> tuple[str, ...] | None:
    """A word cut into pinyin syllables, longest first (``jinping`` -> jin, ping), or None."""
    known = pinyin_syllables()
    if word in known:
        return (word,)
    for k in range(min(len(word) - 1, 6), 0, -1):
        if word[:k] in known and (rest := _syllables(word[k:])) is not None:
            return (word[:k], *rest)
    return None


def pinyin_name(text: str) -> bool:
    """Whether a Latin name of two or three words is written in pinyin syllables alone (``Zhang Sanfeng``):
    a Chinese name romanized, which a native Chinese name's Mandarin reading may meet."""
    folded = unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode("ascii")
    return pinyin_words(re.sub(r"[^a-z]+", " ", folded).split()) is not None


@lru_cache(maxsize=1)
def _wade_giles_syllables() -> frozenset[str]:
    """Every toneless syllable of Wade-Giles, as English writes it (no apostrophe, no umlaut: ``tsai``,
    ``chiu``, ``hsi``), from pypinyin's pinyin syllables and its Wade-Giles style."""
    return frozenset(_wade_giles(p) for p in pinyin_syllables())


def _wade_giles(pinyin: str) -> str:
    from pypinyin.style.wadegiles import to_wade_glides

    return to_ascii(to_wade_glides(pinyin)).replace("'", "").replace("v", "u")


def wade_giles_name(text: str) -> bool:
    """Whether a Latin name of two or three words (a hyphen parting two) is written in Wade-Giles
    syllables, as Taiwan romanizes names (``Chang San-feng``; a name may be both this and ``pinyin_name``,
    ``Lin Chia-lung``)."""
    words = re.sub(r"[^a-z]+", " ", to_ascii(text.casefold())).split()
    syllables = _wade_giles_syllables()
    return 2 <= len(words) <= MAX_PINYIN_WORDS and all(w in syllables for w in words)


def taiwan_reading(chinese: str) -> str:
    """A native Chinese name's Wade-Giles reading, family name first, its given name's syllables joined
    (``張三豐`` -> ``chang sanfeng``): the name as Taiwan romanizes it; "" as ``mandarin_reading``."""
    if not family_first(chinese) or not HAN_ONLY_RE.match(chinese):
        return ""
    family, *given = [_wade_giles(p) for p in pinyin_key("".join(_CJK.findall(chinese))).split()]
    return f"{family} {''.join(given)}" if given else ""


def family_similarity(chinese: str, latin: str) -> float:
    """0..1: how alike a native Chinese name's family name, read in pinyin or in Wade-Giles, sounds to the
    closest word of a Latin name (``吳甲乙`` / ``Jane Wu``: 1.0); 0 for a name that does not read family
    name first. A person romanized by a name of their own choosing keeps the family name's sound."""
    reading = mandarin_reading(chinese)
    words = [sound_key(w) for w in re.split(r"[^a-z]+", to_ascii(latin.casefold())) if w]
    if not reading or not words:
        return 0.0
    family = reading.split()[0]
    forms = {sound_key(family), sound_key(_wade_giles(family))}
    return max(fuzz.ratio(f, w) for f in forms for w in words) / 100.0


def mandarin_reading(chinese: str) -> str:
    """A native Chinese name's toneless pinyin, family name first (``張三豐`` -> ``zhang sanfeng``): the
    name as it is romanized in English; "" for a name that does not read family name first."""
    if not family_first(chinese) or not HAN_ONLY_RE.match(chinese):
        return ""
    family, *given = pinyin_key("".join(_CJK.findall(chinese))).split()
    return f"{family} {''.join(given)}" if given else ""


def family_first(chinese: str) -> bool:
    """Whether a Chinese name reads family name first: two to ``NATIVE_MAX_CHARS`` characters and no
    middle dot (a native name, ``甲乙丙``, or a transliterated family name alone, ``博森特``), where a
    dotted name (``珍·羅伊``) begins with the given name. A hyphen between characters, no dot, joins the
    two parts of a transliterated family name alone (``卡拉-博爾杜``, Kara-Borda), however long."""
    if NAME_DOTS_RE.search(chinese):
        return False
    return 2 <= len(_CJK.findall(chinese)) <= NATIVE_MAX_CHARS or _HAN_HYPHEN_RE.search(chinese) is not None


_HAN_HYPHEN_RE = re.compile(rf"[{HAN_SPAN}][\-‐][{HAN_SPAN}]")
