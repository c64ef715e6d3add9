"""The Chinese transliterations' keys of the kana table (pipeline.matching.kana_table): ``HAN``, the
name's consonant skeleton (pipeline.knowledge.sound), whether it reads family name first, its Cantonese
skeleton where an outlet of Traditional characters prints it (pipeline.knowledge.cantonese: Hong Kong
transliterates by Cantonese sound), and its shape (its characters, the vowels of its first syllable),
which a katakana name of one word must share (pipeline.matching.one_word).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.knowledge.cantonese import cantonese_end_stop_skeleton, cantonese_skeleton
from pipeline.knowledge.phonetic import pinyin_key
from pipeline.knowledge.romanized import family_first
from pipeline.knowledge.sound import HAN_MAX_CHARS, MIN_CLASSES, han_skeleton
from pipeline.lang.scripts import CJK
from pipeline.matching.key_table import transliteration_like

__all__ = ["HAN", "han_keys", "han_parts"]

HAN = "漢"  # marks a key of ``KanaTable`` that is a Chinese name's consonant skeleton
_FAMILY = "姓"  # after ``HAN``: the name reads family name first (pipeline.knowledge.romanized.family_first)
_CANTONESE = "粵"  # after the skeleton: the name's Cantonese skeleton, where it has one of its own
_SYLLABLES = "#"  # after a ``HAN`` key's skeleton: how many characters (syllables) the name has
_CJK = re.compile(f"[{CJK}]")
_VOWELS = "="  # after the characters: the vowels of the name's first syllable (``ao`` for 澳, ``a`` for 安)
_INITIAL = re.compile(r"^[^aeiouv]+")


def han_parts(key: str) -> tuple[str, bool, tuple[int, str], tuple[str, ...]]:
    """A ``HAN`` key's skeleton, whether the name reads family name first, its characters with the
    vowels of its first syllable, and its Cantonese skeletons (none where it has none of its own: the
    skeleton with every stop silent, "" where it has none of its own, then the one with its last
    syllable's stop heard, where it has one)."""
    body = key[len(HAN) :]
    skeletons, _, rest = body.removeprefix(_FAMILY).partition(_SYLLABLES)
    skeleton, *cantonese = skeletons.split(_CANTONESE)
    count, _, vowels = rest.partition(_VOWELS)
    return (
        skeleton,
        body.startswith(_FAMILY),
        (int(count or 0), vowels),
        tuple(cantonese if any(cantonese) else ()),
    )


def _first_vowels(chinese: str) -> str:
    """The vowels of a Chinese name's first syllable, its initial left out (``tuo`` -> ``uo``)."""
    syllables = pinyin_key("".join(_CJK.findall(chinese))).split()
    return _INITIAL.sub("", syllables[0]).rstrip("nrg") if syllables else ""


def _two_heard(key: str, skeleton: str) -> list[str]:
    """A family name of two sounds heard in Cantonese (pipeline.matching.two_sounds): its skeletons of two
    classes, its initial ``n`` as ``n`` and as ``l`` (pipeline.knowledge.cantonese), but its Mandarin one."""
    heard = {cantonese_skeleton(key), cantonese_skeleton(key, n_as_l=True)} - {skeleton}
    return sorted(h for h in heard if len(h) == MIN_CLASSES - 1)


def han_keys(
    zh_keys: Sequence[str],
    dotted: set[str] | frozenset[str] = frozenset(),
    cantonese: set[str] | frozenset[str] = frozenset(),
    short: set[str] | frozenset[str] = frozenset(),
) -> dict[str, str]:
    """The Chinese keys that read as transliterations, each with its ``KanaTable`` key (``HAN`` + its
    consonant skeleton, pipeline.knowledge.sound; ``HAN`` + ``_FAMILY`` + skeleton for a name that reads
    family name first: a key not ``dotted`` in print, of two or three characters; for a key some outlet
    of Traditional characters prints, in ``cantonese``, ``_CANTONESE`` + its Cantonese skeleton where it
    differs, and ``_CANTONESE`` + the one with its last syllable's stop heard, where it has one; for a
    name of ``short`` that has none, ``_CANTONESE`` + each of its two-class ones, ``_two_heard``), then its
    shape (``_SYLLABLES`` + its characters, ``_VOWELS`` + its first syllable's vowels:
    ``漢awl#3=a`` for ``安瓦雷``); keys of too few classes (in both readings) have none, but those of
    ``short`` (pipeline.matching.two_sounds: a family name of two sounds, which the story tells apart)."""
    out = {}
    for k in zh_keys:
        if not transliteration_like(k, HAN_MAX_CHARS):
            continue
        skeleton = han_skeleton(k)
        heard = cantonese_skeleton(k) if k in cantonese else ""
        # and with its last syllable's stop heard, where it has one (葛 ``got`` for ``-cott``)
        stop = cantonese_end_stop_skeleton(k) if k in cantonese else ""
        heard, stop = (h if len(h) >= MIN_CLASSES and h != skeleton else "" for h in (heard, stop))
        if not heard and k in short and k in cantonese:
            heard = _CANTONESE.join(_two_heard(k, skeleton))
        heard = f"{heard}{_CANTONESE}{stop}" if stop else heard
        if len(skeleton) < MIN_CLASSES and not heard and k not in short:
            continue
        family = _FAMILY if k not in dotted and family_first(k) else ""
        shape = f"{_SYLLABLES}{len(_CJK.findall(k))}{_VOWELS}{_first_vowels(k)}"
        out[k] = f"{HAN}{family}{skeleton}{_CANTONESE + heard if heard else ''}{shape}"
    return out
