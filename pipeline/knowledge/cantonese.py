"""Cantonese readings of Chinese names: how Hong Kong hears and spells them.

Hong Kong outlets transliterate a foreign name by its Cantonese sound, not its Mandarin one (``加勒`` for
Gahler: ``gaa lak``, where Mandarin reads ``jia le``), and English outlets print a Hong Kong person's name in
Hong Kong's own romanization of Cantonese (張三豐 as ``Cheung Sam-fung``, often after an English given name:
``Jane Cheung Sam-fung``). The characters' readings come from ToJyutping (jyutping, the Linguistic Society
of Hong Kong's romanization); this module turns them into

* a consonant skeleton (``cantonese_skeleton``) comparable with a Latin name's
  (``pipeline.knowledge.sound.latin_skeleton``): each initial's class as the pinyin one's, a final ``m``,
  ``n`` or ``ng`` as ``n``, a final stop (``p t k``, unreleased in Cantonese) silent, and a second one
  with the stop of the name's last syllable heard (``cantonese_end_stop_skeleton``: 葛 ``got`` for a
  name ending ``-cott``);
* Hong Kong government spellings of each syllable, by phonetic rules (``_INITIALS``, ``_FINALS``):
  ``b d g`` are written ``p t k``, ``z c`` as ``ch`` or ``ts``, ``j`` as ``y``, ``aa`` as ``a``, ``ei``
  as ``ee`` or ``ei``, ``oe``/``eo`` as ``eu``, ``yu`` as ``u``/``ue``/``yu`` and so on, so that
  ``hk_romanized_alike`` tells whether a Latin name is the characters as Hong Kong spells them, syllable
  for syllable, family name first.

Both are extra readings beside a name's Mandarin one, never in its place.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache

from pipeline.knowledge.romanized import HAN_ONLY_RE, NAME_DOTS_RE, to_ascii
from pipeline.lang.scripts import HAN_SPAN_RE

__all__ = [
    "cantonese_end_stop_skeleton",
    "cantonese_skeleton",
    "hk_romanized_alike",
    "hk_romanized_pairs",
    "hk_spellings",
    "jyutping",
]

# jyutping initials, longest first, each with its consonant class (as pipeline.knowledge.sound's pinyin
# ones: ``z``/``c``, affricates, are sibilants there too) and its Hong Kong spellings
_INITIALS: dict[str, tuple[str, tuple[str, ...]]] = {
    "gw": ("g", ("kw",)),
    "kw": ("g", ("kw",)),
    "ng": ("n", ("ng", "")),
    "b": ("b", ("p",)),
    "p": ("b", ("p",)),
    "m": ("n", ("m",)),
    "f": ("f", ("f",)),
    "d": ("d", ("t",)),
    "t": ("d", ("t",)),
    "n": ("n", ("n", "l")),
    "l": ("l", ("l",)),
    "g": ("g", ("k",)),
    "k": ("g", ("k",)),
    "h": ("f", ("h",)),
    "w": ("w", ("w",)),
    "z": ("s", ("ch", "ts")),
    "c": ("s", ("ch", "ts")),
    "s": ("s", ("s", "sh")),
    "j": ("", ("y",)),
}
_SIBILANTS = frozenset("zcs")
# jyutping vowels (the nucleus of a final) to their Hong Kong spellings; a coda is written as it is
_NUCLEI: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("aa", ("a", "ah")),
    ("a", ("a",)),
    ("eoi", ("ui", "eui", "oi")),
    ("eo", ("u", "eu")),
    ("oe", ("eu", "oe")),
    ("ei", ("ei", "ee", "i", "ay")),
    ("e", ("e", "eh")),
    ("ou", ("o", "ou", "oh")),
    ("oi", ("oi", "oy")),
    ("o", ("o", "oh", "or")),
    ("yu", ("u", "ue", "yu")),
    ("i", ("i", "ee", "yi")),
    ("ui", ("ui", "ooi")),
    ("u", ("u", "oo")),
)
_CODAS = ("ng", "i", "u", "m", "n", "p", "t", "k", "")
_SYLLABIC = {"m": ("m",), "ng": ("ng",)}
_NASAL_CODAS = ("m", "n", "ng")


@lru_cache(maxsize=65536)
def jyutping(chars: str) -> tuple[tuple[str, ...], ...]:
    """Each character's toneless jyutping readings, the likeliest first (ToJyutping); () when one has
    none."""
    import ToJyutping  # loaded only when a name is compared

    out = []
    for _, readings in ToJyutping.get_jyutping_candidates(chars):
        toneless = tuple(dict.fromkeys(r.rstrip("123456") for r in readings or ()))
        if not toneless:
            return ()
        out.append(toneless)
    return tuple(out)


def _split(syllable: str) -> tuple[str, str]:
    """A jyutping syllable's initial and final (``gwok`` -> ``gw``, ``ok``)."""
    if syllable in _SYLLABIC:
        return "", syllable
    for initial in _INITIALS:
        if syllable.startswith(initial) and len(syllable) > len(initial):
            return initial, syllable[len(initial) :]
    return "", syllable


def _final_spellings(initial: str, final: str) -> tuple[str, ...]:
    if final in _SYLLABIC:
        return _SYLLABIC[final]
    for nucleus, spellings in _NUCLEI:
        coda = final[len(nucleus) :]
        if final.startswith(nucleus) and coda in _CODAS:
            out = [s + coda for s in spellings]
            if nucleus == "i" and not coda and initial in _SIBILANTS:
                out += ["z", "ze"]  # 思 si as ``sze``, 子 zi as ``tsz``
            if nucleus == "yu" and coda == "n":
                out.append("uen")  # 袁 jyun as ``yuen``
            if nucleus == "yu" and coda == "t":
                out.append("uet")  # 月 jyut as ``yuet``
            return tuple(out)
    return (final,)


@lru_cache(maxsize=65536)
def hk_spellings(syllable: str) -> frozenset[str]:
    """A toneless jyutping syllable's spellings in Hong Kong's romanization (``gaa`` -> ``ka``, ``kah``)."""
    initial, final = _split(syllable)
    heads = _INITIALS[initial][1] if initial else ("",)
    finals = _final_spellings(initial, final)
    out = {h + f for h, f in itertools.product(heads, finals)}
    if initial == "j":  # a ``y`` before a vowel that is one already (``jyu``: ``yu``, not ``yyu``)
        out |= {"y" + f[1:] for f in finals if f.startswith("y")}
        out = {s for s in out if not s.startswith("yy")}
    return frozenset(out)


def _syllable_classes(syllable: str, *, n_as_l: bool = False) -> list[str]:
    initial, final = _split(syllable)
    classes = [_INITIALS["l" if n_as_l and initial == "n" else initial][0]] if initial else []
    if final in _SYLLABIC or final.endswith(_NASAL_CODAS) and len(final) > 1:
        classes.append("n")
    return classes


@lru_cache(maxsize=65536)
def cantonese_skeleton(text: str, *, n_as_l: bool = False) -> str:
    """The consonant skeleton of Chinese characters read in Cantonese, each by its likeliest reading
    (``加勒``: gaa lak -> ``gl``); a name that begins with a vowel begins with the class ``a``; "" for text
    that is not characters alone or has a character without a reading. ``n_as_l``: each initial ``n`` as
    ``l``, as much of Hong Kong says it (拿 naa as laa), so that its outlets write a foreign ``l`` with
    it (``施拿``: ``sl``)."""
    if not HAN_ONLY_RE.match(text or ""):
        return ""
    readings = jyutping("".join(HAN_SPAN_RE.findall(text)))
    if not readings:
        return ""
    syllables = [r[0] for r in readings]
    classes = ["a"] if _split(syllables[0])[0] in ("", "j") else []
    for s in syllables:
        classes += _syllable_classes(s, n_as_l=n_as_l)
    return "".join(c for i, c in enumerate(classes) if c and (i == 0 or c != classes[i - 1]))


_STOP_CLASSES = {"p": "b", "t": "d", "k": "g"}  # an unreleased final stop, heard as its consonant's class
# a name of fewer characters has too few sounds for one more to tell it apart: a country's two characters
# heard with their stop would be any family name of those sounds
MIN_STOP_CHARS = 3


@lru_cache(maxsize=65536)
def cantonese_end_stop_skeleton(text: str) -> str:
    """The Cantonese skeleton of a name whose last syllable ends in a stop (``cantonese_skeleton``), that
    stop heard: Hong Kong writes an English name's last consonant, a stop (``-cott``), with a syllable of
    that stop (葛 ``got``), which elsewhere in a name is silent; "" for a name whose last syllable has
    none, or of fewer than ``MIN_STOP_CHARS`` characters."""
    chars = "".join(HAN_SPAN_RE.findall(text))
    skeleton = cantonese_skeleton(text) if len(chars) >= MIN_STOP_CHARS else ""
    readings = jyutping(chars) if skeleton else ()
    stop = _STOP_CLASSES.get(readings[-1][0][-1], "") if readings else ""
    return skeleton + stop if stop and not skeleton.endswith(stop) else ""


_LATIN_WORD_RE = re.compile(r"[a-z]+(?:[\-‐][a-z]+)*")


def _latin_syllables(latin: str) -> list[list[str]]:
    """A Latin name's words, each cut at its hyphens (``Peter Ho Chi-ming`` -> [peter], [ho], [chi, ming])."""
    words = _LATIN_WORD_RE.findall(to_ascii(latin.casefold()))
    return [re.split(r"[\-‐]", w) for w in words]


def hk_romanized_alike(chinese: str, latin: str) -> bool:
    """Whether a Latin name is a native Chinese name as Hong Kong romanizes it, family name first: its
    last words, a syllable for each character (the given name hyphenated or not), each one of the
    character's Cantonese readings as Hong Kong spells it (``hk_spellings``), after one English given
    name at the most (``Ho Chi-ming``, ``Peter Ho Chi-ming`` for 何志明). A family name alone (``Peter
    Ho``) is not the name: it needs other evidence."""
    if NAME_DOTS_RE.search(chinese) or not HAN_ONLY_RE.match(chinese):
        return False
    chars = "".join(HAN_SPAN_RE.findall(chinese))
    words = _latin_syllables(latin)
    if not 2 <= len(chars) <= 4 or not words:
        return False
    readings = jyutping(chars)
    if not readings:
        return False
    for start in range(min(len(words), 2)):
        syllables = [s for w in words[start:] for s in w]
        if len(syllables) == len(chars) and len(words) - start >= 2 and _spelt(readings, syllables):
            return True
    return False


def _spelt(readings: tuple[tuple[str, ...], ...], syllables: list[str]) -> bool:
    return all(
        any(s in hk_spellings(r) for r in options) for options, s in zip(readings, syllables, strict=True)
    )


def hk_romanized_pairs(chinese: Sequence[str], latin: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """The Chinese names (of two to four characters) each with the Latin names that romanize it as Hong
    Kong does (``hk_romanized_alike``), found by key, not by weighing every pair: each Latin name is
    filed under the first word of its last two to four words (a family name, after one English given
    name at the most), and each Chinese name looks up its family name's spellings there."""
    filed: dict[tuple[int, str], list[str]] = {}
    for name in latin:
        words = _latin_syllables(name)
        for start in range(min(len(words), 2)):
            syllables = [s for w in words[start:] for s in w]
            if 2 <= len(syllables) <= 4 and len(words) - start >= 2:
                filed.setdefault((len(syllables), syllables[0]), []).append(name)
    out: dict[str, tuple[str, ...]] = {}
    for name in chinese if filed else ():
        chars = "".join(HAN_SPAN_RE.findall(name))
        if not 2 <= len(chars) <= 4 or not HAN_ONLY_RE.match(name) or not (readings := jyutping(chars)):
            continue
        heads = sorted({s for r in readings[0] for s in hk_spellings(r)})
        found = {n for h in heads for n in filed.get((len(chars), h), ()) if hk_romanized_alike(name, n)}
        if found:
            out[name] = tuple(sorted(found))
    return out
