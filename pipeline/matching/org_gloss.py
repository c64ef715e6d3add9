"""An organization's name printed in Chinese or Japanese, read in English words: its generic words
(``pipeline.lang.org_words``: 大學 / University, 國立 / National) translated and its places' names
(``pipeline.knowledge.place_words``, CLDR) given in English: ``甲城國立大學`` -> ``jiacheng national
university`` where CLDR names the city 甲城 Jiacheng. The gloss is compared with English names as one of
the mention's English keys (word order aside, as English keys are), so ``阿蘭德大學`` meets ``University
of Aland`` when CLDR knows 阿蘭德. A name is glossed only when every character of it is read (a generic
word or a place's name), it holds a word of what kind of body it is and a place's name: a part left
unread may be the name that tells two bodies apart (``甲城乙大學`` and ``甲城丙大學``), and a place's name
alone names the place.
"""

from __future__ import annotations

from functools import lru_cache

from pipeline.knowledge.place_words import place_words
from pipeline.lang.org_words import KIND_WORDS, ORG_WORDS

_SEPARATORS = str.maketrans("", "", "·‧・• \u3000")
_GENERIC = {form: english for forms, english in ORG_WORDS for form in forms}
_LONGEST = max(len(form) for form in _GENERIC)


@lru_cache(maxsize=65536)
def org_gloss(name: str) -> str:
    """The English words of a Chinese or Japanese organization's name, or "" where it is not read whole."""
    text = name.translate(_SEPARATORS)
    places = place_words()
    longest = max(_LONGEST, *(len(p) for p in places)) if places else _LONGEST
    words: list[str] = []
    kinds = place_count = 0
    at = 0
    while at < len(text):
        for size in range(min(longest, len(text) - at), 0, -1):
            part = text[at : at + size]
            if part in _GENERIC:
                words.append(_GENERIC[part])
                kinds += _GENERIC[part] in KIND_WORDS
                break
            if part in places:
                words.append(places[part])
                place_count += 1
                break
        else:
            return ""
        at += size
    return " ".join(w for w in words if w) if kinds and place_count else ""


@lru_cache(maxsize=65536)
def org_core(name: str) -> str:
    """The proper part of a Chinese or Japanese organization's name: the name without the generic words
    that open and close it (``甲乙大學`` -> ``甲乙``, ``アランド大学`` -> ``アランド``), heard
    against Latin names as a person's name is (pipeline.matching.keys). "" where no generic word is
    stripped, where fewer than two characters are left, and where what is left is a place's name (read
    by :func:`org_gloss` instead: two bodies of one city share it)."""
    text = name.translate(_SEPARATORS)
    core = text
    while True:
        ends = [f for f in _GENERIC if f and core.endswith(f) and len(core) > len(f)]
        starts = [f for f in _GENERIC if f and core.startswith(f) and len(core) > len(f)]
        if not ends and not starts:
            break
        for f in sorted(ends, key=len, reverse=True)[:1]:
            core = core[: -len(f)]
        for f in sorted(starts, key=len, reverse=True)[:1]:
            core = core[len(f) :]
    if core == text or len(core) < 2 or core in place_words():
        return ""
    return core


# a proper part of fewer letters is an acronym's (``UN University``), heard by no sound, and as an English key
# it would meet every name that opens with the acronym
MIN_CORE = 4
_EN_GENERIC = frozenset(w for _, english in ORG_WORDS for w in english.split()) | {"of", "the", "and"}


@lru_cache(maxsize=65536)
def org_core_en(key: str) -> str:
    """The proper part of an English organization's name (a key, lower case): its words without the
    generic words that open and close it (``harvard university`` -> ``harvard``, ``university of aland``
    -> ``aland``); "" where none is stripped, where fewer than ``MIN_CORE`` letters are left, or where
    what is left is a place's name (two bodies of one city share it)."""
    words = key.split()
    start, end = 0, len(words)
    while start < end and words[start] in _EN_GENERIC:
        start += 1
    while end > start and words[end - 1] in _EN_GENERIC:
        end -= 1
    core = " ".join(words[start:end])
    if len(core) < MIN_CORE or (start == 0 and end == len(words)) or core in _english_places():
        return ""
    return core


@lru_cache(maxsize=1)
def _english_places() -> frozenset[str]:
    return frozenset(place_words().values())
