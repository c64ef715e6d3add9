"""How a person's name may be heard, word by word, in any of the three scripts: the consonant skeletons
(pipeline.knowledge.sound) of the whole name and of each of its parts, for the context evidence of the
matcher (pipeline.matching.context), where a name printed by one part (a given name, a family name) meets
another outlet's whole name.

Two readings more than the skeleton's own, each a rule of how a script writes a sound:

- Taiwan and Hong Kong write a Latin ``w`` before a vowel with a ``hu`` syllable (``hua`` for ``wa``,
  ``huo`` for ``wo``: 華多 for Wardo, where the mainland writes 沃多), so a Chinese syllable ``hu`` + a
  vowel is also heard as ``w`` + that vowel;
- katakana writes a Latin ``v`` with the ``b`` row (ブ for ``vu``), so a katakana word that begins with
  ``b`` is also heard beginning with ``w``;
- Hong Kong transliterates by Cantonese (加勒 for Gahler: ``gaa lak``, where Mandarin reads ``jia le``), so
  a name an outlet of Traditional characters prints (``cantonese``) is also heard by its Cantonese
  reading (pipeline.knowledge.cantonese), beside its Mandarin one;
- a Korean name in characters is romanized in English by its Korean reading (金甲乙, Kim Gap-eul): a
  Chinese name's Korean reading (pipeline.knowledge.korean_names) is heard too, marked ``KOREAN``, and
  meets only a Latin name that is a Korean romanization, marked alike, never a pinyin or English one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from pipeline.knowledge.cantonese import cantonese_skeleton
from pipeline.knowledge.kana import is_katakana_name, romaji
from pipeline.knowledge.korean_names import korean_orders, korean_skeletons
from pipeline.knowledge.phonetic import pinyin_key
from pipeline.knowledge.romanized import NAME_DOTS_RE
from pipeline.knowledge.sound import han_skeleton, latin_forms, latin_skeleton
from pipeline.lang.scripts import HAN_SPAN_RE

__all__ = ["heard_alike", "name_sounds"]

MIN_SOUNDS = 2  # a part heard as one class (``d``, ``a``) tells nothing
_HU_VOWEL = re.compile(r"^hu(?=a|o|ai|an|ang)")  # hua, huo, huai, huan, huang: wa, wo, wai, wan, wang
_KANA_V = "b"  # the katakana row a Latin ``v`` is written with
_LATIN_V = "w"  # the class of a Latin ``v``
KOREAN = "K"  # marks a skeleton of a Korean reading, or of a Latin name that romanizes one


def _chinese(part: str, *, cantonese: bool = False) -> set[str]:
    chars = "".join(HAN_SPAN_RE.findall(part))
    if not chars:
        return set()
    out = {han_skeleton(chars)}
    if cantonese:
        out.add(cantonese_skeleton(chars))
    syllables = pinyin_key(chars).split()
    regional = [_HU_VOWEL.sub("w", s) for s in syllables]
    if regional != syllables:
        out.add(latin_skeleton(" ".join(regional)))
    return out


def _katakana(name: str) -> set[str]:
    words = romaji(name).split()
    out = {latin_skeleton(" ".join(words)), *(latin_skeleton(w) for w in words)}
    return out | {_LATIN_V + s[1:] for s in out if s.startswith(_KANA_V)}


@lru_cache(maxsize=65536)
def name_sounds(name: str, *, cantonese: bool = False, korean: bool = False) -> frozenset[str]:
    """The skeletons a name may be heard by: the whole name's and each part's (a Chinese name's parts
    between its middle dots, a katakana or Latin name's words), with the readings of the module docstring
    (``cantonese``: a Chinese name's Cantonese reading too; ``korean``: its Korean reading too, where some
    Latin name is a Korean romanization); none of fewer than ``MIN_SOUNDS`` classes."""
    if not name or not name.strip():
        return frozenset()
    if HAN_SPAN_RE.search(name) and not is_katakana_name(name):
        parts = [p for p in NAME_DOTS_RE.split(name) if p.strip()]
        found = set().union(*(_chinese(p, cantonese=cantonese) for p in [name, *parts]))
        found |= {KOREAN + s for s in korean_skeletons(name)} if korean else set()
    elif is_katakana_name(name):
        found = _katakana(name)
    else:
        words = [w for w in re.split(r"[^\w]+", name) if len(w) > 1]
        found = {*latin_forms(name), *(latin_skeleton(w) for w in words)}
        # family name first, as the characters are read (``Gap-eul Kim`` as printed and ``kim gap-eul``)
        found |= {KOREAN + latin_skeleton(o) for o in korean_orders(name)}
    return frozenset(s for s in found if len(s.removeprefix(KOREAN)) >= MIN_SOUNDS)


def heard_alike(a: frozenset[str], b: frozenset[str]) -> float:
    """0..1: the best rapidfuzz ratio of two skeletons, one of each side, that begin with the same class
    (a transliteration keeps a name's first sound), both of a Korean reading or neither."""
    return max(
        (
            fuzz.ratio(x.removeprefix(KOREAN), y.removeprefix(KOREAN)) / 100.0
            for x in a
            for y in b
            if _first(x) == _first(y)
        ),
        default=0.0,
    )


def _first(skeleton: str) -> str:
    return skeleton[:2] if skeleton.startswith(KOREAN) else skeleton[:1]
