"""The readings a Chinese or kanji name is heard by in English (pipeline.matching.kana_table's ``YOMI``
keys): a kanji name's Japanese readings, a native Chinese name's Mandarin (pinyin), Taiwan (Wade-Giles)
and Hong Kong (Cantonese, pipeline.knowledge.cantonese) romanizations, and a Korean name's Korean
reading (pipeline.knowledge.korean_names), each kept where it sounds like an English key written that way.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz, process

from pipeline.knowledge.cantonese import hk_romanized_pairs
from pipeline.knowledge.kana import heard_readings, romanized_name, sound_key
from pipeline.knowledge.korean_names import korean_pairs
from pipeline.knowledge.romanized import mandarin_reading, pinyin_name, taiwan_reading, wade_giles_name

__all__ = ["heard_in_english"]


def heard_in_english(
    zh_keys: Sequence[str], en_keys: Iterable[str], gate: float
) -> dict[str, tuple[str, ...]]:
    """The Chinese keys whose Japanese reading (``heard_readings``: pykakasi's, or one of the given name's
    dictionary readings spelled as an English word), or a native name's Mandarin one (``mandarin_reading``,
    family name first or given name first: ``Sanfeng Zhang``), sounds like some English key written in
    Hepburn or pinyin syllables, from ``gate``, or whose Cantonese reading is some English key as Hong Kong
    romanizes it (``hk_romanized_pairs``), or whose Korean reading some English key romanizes
    (``korean_pairs``): each with its readings. The others are no names heard in English by their
    reading."""
    en_keys = list(en_keys)
    japanese = any(romanized_name(k) for k in en_keys)
    taiwan = any(wade_giles_name(k) for k in en_keys)
    # a Chinese name in pinyin (``Zhang San``) is heard by the Mandarin reading of a native name, one in
    # Wade-Giles (``Chang San-feng``) by its Taiwan reading, one in Hong Kong's romanization (``Jane
    # Cheung Sam-fung``) by its Cantonese reading: that English key itself, spelt by rule
    hong_kong = hk_romanized_pairs(zh_keys, en_keys)
    # a Korean name in characters is heard by its Korean reading where an English key romanizes it
    # (``Kim Gap-eul`` for 金甲乙): that English key too
    korean = korean_pairs(zh_keys, en_keys)
    sounds = sorted(
        (
            {sound_key(k) for k in en_keys if romanized_name(k) or pinyin_name(k) or wade_giles_name(k)}
            | {sound_key(k) for ks in (*hong_kong.values(), *korean.values()) for k in ks}
        )
        - {""}
    )
    if not sounds:  # no Japanese name in English: no kanji name needs its reading (pykakasi not loaded)
        return {}
    words = frozenset(w for snd in sounds for w in snd.split())
    out = {}
    for k in zh_keys:
        mandarin = sound_key(mandarin_reading(k))
        wade = sound_key(taiwan_reading(k)) if taiwan else ""
        readings = (
            *(heard_readings(k, words) if japanese else ()),
            *((mandarin,) if mandarin else ()),
            *((_given_first(mandarin),) if mandarin else ()),
            *((wade,) if wade and wade != mandarin else ()),
            *(sound_key(e) for e in (*hong_kong.get(k, ()), *korean.get(k, ()))),
        )
        if readings and sounds and _best_ratio(readings, sounds) >= gate:
            # the reading heard best first: the one the explanation gives
            out[k] = tuple(sorted(readings, key=lambda r: -_best_ratio((r,), sounds)))
    return out


def _given_first(reading: str) -> str:
    """A Mandarin reading given name first (``zhang sanfeng`` -> ``sanfeng zhang``), as an outlet writing
    Western order prints the name (``Sanfeng Zhang``)."""
    family, _, given = reading.partition(" ")
    return f"{given} {family}" if given else ""


def _best_ratio(readings: Sequence[str], sounds: Sequence[str]) -> float:
    return float(process.cdist(readings, sounds, scorer=fuzz.ratio).max()) / 100.0
