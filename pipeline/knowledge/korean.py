"""Korean readings of Chinese characters: how a Korean person's name, printed in characters by Chinese and
Japanese outlets (``金甲乙``), is heard in English, where outlets romanize its Korean reading.

A Korean name is two to four characters, family name first, each read by one Sino-Korean syllable. The
readings come from the library ``hanja`` (characters to hangul, Traditional and Simplified alike, with
the initial-sound rule that a family name's ``ㄹ`` or ``ㄴ`` falls before some vowels: ``리`` is
read ``이``); this module spells each hangul syllable by its jamo in the Revised Romanization
(``revised``) and folds a syllable, hangul or Latin, into a *syllable key* of three classes
(``syllable_key``, ``latin_key``):

* its initial: ``g k kk`` are one class, so are ``d t tt``, ``b p pp``, ``j ch jj``, ``s ss sh``, ``r l``;
* its vowel: English spells the Korean vowels loosely (``ㅓ`` as ``eo``, ``o`` or ``u``; ``ㅕ`` as ``yeo``,
  ``yu`` or ``you``; ``ㅣ`` as ``i`` or ``ee``; ``ㅐ`` and ``ㅔ``, which Korean no longer tells apart),
  so each vowel is one of a few classes (``_VOWELS``);
* its final consonant, as Korean sounds it at the end of a syllable (``k n t l m p ng``).

An English writer's ``r`` after a vowel before a consonant, and an ``h`` after a vowel, are silent (the
spellings of ``박`` and ``안`` with an ``r`` or an ``h`` in them). A family name has conventional spellings
of its own, so its vowel is not compared, and one whose initial fell by the initial-sound rule may be
spelt with it (``l`` or ``r``) or without: only its initial and final classes must agree. Every other
syllable must agree in all three classes. pipeline.knowledge.korean_names decides where this reading
is heard.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["hangul_readings", "latin_key", "revised", "syllable_key"]

_BASE, _LAST = 0xAC00, 0xD7A3  # the precomposed hangul syllables: (initial * 21 + vowel) * 28 + final
# the 19 initials, 21 vowels and 28 finals of a hangul syllable in the Revised Romanization
_RR_INITIALS = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()
_RR_VOWELS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
_RR_FINALS = "- k k k n n n t l k m l l l p l m p p t t ng t t k t p t".split()
# each Latin spelling of an initial (longest first) to its class
_INITIALS = {
    **dict.fromkeys(("tch", "ch", "jj", "j"), "j"),
    **dict.fromkeys(("kk", "gg", "g", "k"), "k"),
    **dict.fromkeys(("tt", "dd", "d", "t"), "t"),
    **dict.fromkeys(("pp", "bb", "b", "p"), "p"),
    **dict.fromkeys(("ss", "sh", "s"), "s"),
    **dict.fromkeys(("rh", "ll", "r", "l"), "l"),
    "n": "n",
    "m": "m",
    "h": "h",
}
# each Latin spelling of a vowel (longest first) to its class: a Revised Romanization vowel and the
# spellings English writers use for it
_VOWELS = {
    **dict.fromkeys(("a",), "a"),
    **dict.fromkeys(("ae", "ai", "ay", "e"), "e"),
    **dict.fromkeys(("ya",), "ya"),
    **dict.fromkeys(("yae", "ye"), "ye"),
    **dict.fromkeys(("eo", "eu", "oo", "ou", "o", "u"), "o"),
    **dict.fromkeys(("yeo", "yoo", "you", "yeu", "yo", "yu"), "yo"),
    **dict.fromkeys(("wa",), "wa"),
    **dict.fromkeys(("wae", "we", "oe", "oi", "oy"), "oe"),
    **dict.fromkeys(("weo", "wo"), "wo"),
    **dict.fromkeys(("eui", "ui", "wi", "wee"), "wi"),
    **dict.fromkeys(("ee", "yi", "i"), "i"),
}
# each Latin spelling of a final to its class (``ck``, ``g`` and ``b`` as English writers end a syllable)
_FINALS = {"ng": "ng", "ck": "k", "k": "k", "g": "k", "n": "n", "m": "m", "l": "l", "ll": "l", "t": "t"}
_FINALS |= {"p": "p", "b": "p", "": ""}
_SILENT_RE = re.compile(r"(?<=[aeiouy])(?:r(?=[^aeiouy]|$)|h)")  # park, ahn, roh
_ONSETS = sorted(_INITIALS, key=len, reverse=True)
_NUCLEI = sorted(_VOWELS, key=len, reverse=True)

SyllableKey = tuple[str, str, str]


def _jamo(syllable: str) -> tuple[int, int, int] | None:
    code = ord(syllable) - _BASE if len(syllable) == 1 else -1
    if not 0 <= code <= _LAST - _BASE:
        return None
    return code // 588, code % 588 // 28, code % 28


def revised(hangul: str) -> str:
    """A hangul syllable in the Revised Romanization, by its jamo (``김`` -> ``gim``); "" for any other
    text."""
    jamo = _jamo(hangul)
    if jamo is None:
        return ""
    initial, vowel, final = (_RR_INITIALS[jamo[0]], _RR_VOWELS[jamo[1]], _RR_FINALS[jamo[2]])
    return f"{initial}{vowel}{final}".replace("-", "")


def syllable_key(hangul: str) -> SyllableKey | None:
    """A hangul syllable's key: its initial, vowel and final classes (``김`` -> ``k``, ``i``, ``m``)."""
    jamo = _jamo(hangul)
    if jamo is None:
        return None
    initial = _RR_INITIALS[jamo[0]].replace("-", "")
    final = _RR_FINALS[jamo[2]].replace("-", "")
    return _INITIALS.get(initial, ""), _VOWELS[_RR_VOWELS[jamo[1]]], _FINALS[final]


@lru_cache(maxsize=65536)
def latin_key(syllable: str) -> SyllableKey | None:
    """A Latin syllable's key, read as a Korean syllable is romanized (``kwon`` -> ``k``, ``wo``, ``n``;
    ``park`` -> ``p``, ``a``, ``k``); None for one that is no Korean syllable (``jane``, ``zhang``)."""
    text = _SILENT_RE.sub("", syllable.casefold())
    initial = next((o for o in _ONSETS if text.startswith(o)), "")
    rest = text[len(initial) :]
    nucleus = next((v for v in _NUCLEI if rest.startswith(v)), None)
    if nucleus is None or (final := rest[len(nucleus) :]) not in _FINALS:
        return None
    return _INITIALS.get(initial, ""), _VOWELS[nucleus], _FINALS[final]


@lru_cache(maxsize=65536)
def hangul_readings(chars: str) -> tuple[str, str]:
    """The Korean reading of Chinese characters as a name (``hanja``: the family name by the initial-sound
    rule) and as each character reads alone (``李甲`` -> ``이갑``, ``리갑``); ("", "") when one has no
    reading or the library is not installed."""
    try:
        import hanja  # loaded only when a name is compared
        from hanja.table import hanja_table
    except ImportError:  # an environment without the library hears no Korean reading
        return "", ""
    name = hanja.translate(chars, "substitution")
    alone = "".join(hanja_table.get(c, c) for c in chars)
    if any(_jamo(s) is None for s in name + alone):
        return "", ""
    return name, alone
