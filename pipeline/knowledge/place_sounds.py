"""A foreign place's name read alike in every script: its parts, each in English, as one string
(``place_reading``), so that ``阿蘭城``, ``アランシティ`` and ``Alan City`` all read ``~aln/a city``.

A name is cut into parts, in order:

1. a place a library knows (``pipeline.knowledge.place_words``: CLDR's countries and exemplar cities in
   every script; ISO 3166-2's first-level subdivisions, ``pipeline.knowledge.gazetteer_kept``): its
   English name (``甲城`` / ``Jiacheng``, wherever CLDR gives both);
2. a generic word, translated by its meaning (``pipeline.lang.place_generics``: ``城`` / ``シティ`` /
   ``City``; ``灣區`` / ``ベイエリア`` / ``Bay Area``; ``新`` / ``ニュー`` / ``New``);
3. what is left, a transliteration: its consonant skeleton (``pipeline.knowledge.sound``: pinyin for
   characters, romaji read as English for katakana, English for Latin letters), of ``MIN_CLASSES``
   classes or more, with the first vowel heard (``~gns/a``), so that two names whose consonants meet and
   whose vowels do not (``Kalama`` / ``Kilama``) stay apart.

A name reads as a place only where one part at least is known or generic (``Alan City``; ``Alan`` alone
might be anyone), and not where it is a country alone (the gazetteer's codes already tell countries).
Two names of one reading are heard as one place; two readings that differ say nothing (one script's
skeleton may miss a sound another keeps): the reading is evidence for, never against.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.knowledge.kana import is_katakana_name, romaji
from pipeline.knowledge.phonetic import pinyin_key
from pipeline.knowledge.romanized import HAN_ONLY_RE
from pipeline.knowledge.sound import MIN_CLASSES, han_skeleton, latin_skeleton
from pipeline.lang.place_generics import PLACE_PREFIXES, PLACE_SUFFIXES
from pipeline.lang.scripts import simplified

__all__ = ["place_reading"]

SOUND = "~"  # marks a part heard, not known
MAX_CHARS = 16  # a longer name in characters or katakana is a phrase, not a place's name
MAX_WORDS = 6  # and so is a longer Latin one
_SEPARATORS = re.compile(r"[・·‧•＝=\s]+")
_LATIN_WORD = re.compile(r"^[a-z][a-z'’\-]*$")
_VOWEL = re.compile(r"[aeiouy]")
_SUFFIX_WORDS = frozenset(english for english, _ in PLACE_SUFFIXES)


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """The English names of CLDR's territories, lower case."""
    from babel import Locale

    return frozenset(n.casefold() for n in Locale.parse("en").territories.values())


@lru_cache(maxsize=1)
def _subdivisions() -> dict[str, str]:
    """ISO 3166-2 code -> English name of a first-level subdivision, lower case."""
    import pycountry

    return {s.code: s.name.casefold() for s in pycountry.subdivisions if not getattr(s, "parent_code", None)}


@lru_cache(maxsize=1)
def _english_places() -> frozenset[str]:
    from pipeline.knowledge.place_words import place_words

    return frozenset(place_words().values())


@lru_cache(maxsize=65536)
def _known(text: str) -> str:
    """The English name (lower case) of the place ``text`` names alone, "" for none or several."""
    from pipeline.knowledge.gazetteer_kept import subdivision_codes
    from pipeline.knowledge.place_words import place_words

    if text.isascii():
        if text in _english_places():
            return text
    elif found := place_words().get(text) or place_words().get(simplified(text)):
        return found
    codes = subdivision_codes(text)
    return _subdivisions().get(next(iter(codes)), "") if len(codes) == 1 else ""


def _sound(text: str) -> str:
    """A transliteration's part: ``~`` + skeleton + ``/`` + first vowel, "" when it has too few sounds."""
    if text.isascii():
        skeleton, spoken = latin_skeleton(text), text
    elif HAN_ONLY_RE.match(text):
        syllables = pinyin_key(text).split()
        skeleton, spoken = han_skeleton(text), re.sub(r"^[^aeiouv]+", "", syllables[0]) if syllables else ""
    else:
        spoken = romaji(text)
        skeleton = latin_skeleton(spoken)
    vowel = _VOWEL.search(spoken.replace("v", "u"))
    return f"{SOUND}{skeleton}/{vowel.group()}" if len(skeleton) >= MIN_CLASSES and vowel else ""


def _run(text: str) -> list[str] | None:
    """The parts of one word in characters or katakana, None where some part is neither known nor heard."""
    if known := _known(text):
        return [known]
    if generic := next((english for english, forms in PLACE_SUFFIXES if text in forms), ""):
        return [generic]  # a word of its own (``ベイエリア`` after ``・``)
    for english, forms in PLACE_SUFFIXES:
        for form in forms:
            if text.endswith(form) and len(text) > len(form) and (rest := _run(text[: -len(form)])):
                return [*rest, english]
    for end in range(len(text) - 1, 1, -1):
        if (head := _known(text[:end])) and (rest := _run(text[end:])):
            return [head, *rest]
    for english, forms in PLACE_PREFIXES:
        for form in forms:
            if text.startswith(form) and len(text) > len(form) and (heard := _sound(text[len(form) :])):
                return [english, heard]
    heard = _sound(text)
    return [heard] if heard else None


def _generic(words: list[str], i: int) -> tuple[str, int]:
    """The generic word (in English) that begins at ``words[i]`` and the index after it, ("", i) for none."""
    for english, forms in (*PLACE_SUFFIXES, *PLACE_PREFIXES):
        for form in forms:
            n = len(form.split())
            if form.isascii() and words[i : i + n] == form.split():
                return english, i + n
    return "", i


def _latin(words: list[str]) -> list[str] | None:
    """The parts of a Latin name's words: a generic word that closes names first, then the longest known
    run, then ``New``; the unknown words between them heard as one."""
    parts: list[str] = []
    unheard: list[str] = []
    i = 0
    while i < len(words):
        end = next((j for j in range(len(words), i, -1) if _known(" ".join(words[i:j]))), i)
        generic, after = _generic(words, i)
        if generic in _SUFFIX_WORDS or end == i:  # ``Bay Area`` before a place's name (``Bay``, a region)
            end = i
        else:  # a known name before ``New`` (``New Aland``, a place of its own)
            generic = ""
        if end == i and not generic:
            unheard.append(words[i])
            i += 1
            continue
        if unheard and not (heard := _sound(" ".join(unheard))):
            return None
        parts += [heard] if unheard else []
        unheard = []
        parts.append(" ".join(words[i:end]) if end > i else generic)
        i = end if end > i else after
    if unheard:
        if not (heard := _sound(" ".join(unheard))):
            return None
        parts.append(heard)
    return parts


@lru_cache(maxsize=65536)
def place_reading(name: str) -> str:
    """The name's parts in English, "" where it reads as no place (see the module docstring)."""
    text = (name or "").strip()
    if not text:
        return ""
    if text.isascii():
        words = text.casefold().replace("-", " ").split()
        fits = len(words) <= MAX_WORDS and all(_LATIN_WORD.match(w) for w in words)
        parts = _latin(words) if fits else None
    elif len(text) <= MAX_CHARS and (HAN_ONLY_RE.match(text) or is_katakana_name(text)):
        runs = [_run(w) for w in _SEPARATORS.split(text) if w]
        parts = None if any(r is None for r in runs) else [p for r in runs for p in r or ()]
    else:
        return ""
    generics = {english for english, _ in (*PLACE_SUFFIXES, *PLACE_PREFIXES)}
    if not parts or all(p.startswith(SOUND) for p in parts) or all(p in generics for p in parts):
        return ""
    reading = " ".join(parts)
    return "" if reading in _countries() else reading
