"""Places below a country printed in characters and in pinyin (``甲乙省`` / ``Jiayi Province``): one
place where the Latin name, without its word of the kind of place (``Province``, ``Municipality``), is one
word spelt in the toneless pinyin syllables the characters read, without theirs (``省``, ``市``).

Whole syllables, vowels and all, and only the same ones: a consonant skeleton (pipeline.knowledge.sound)
cannot tell apart two places whose syllables differ in their vowels alone (甲南 / 乙南 read ``hu nan`` and
``he nan``: both ``hn``, too few classes to be heard at all), and a near spelling is another place. The
characters read as Chinese reads them (pypinyin, Traditional, Simplified and most Japanese kanji alike).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
from scipy import sparse

from pipeline.knowledge.phonetic import PHONETIC_MAX_CHARS, pinyin_key
from pipeline.knowledge.romanized import HAN_ONLY_RE, NAME_DOTS_RE, to_ascii
from pipeline.lang.name_words import EN_PLACE_KIND_END_RE, ZH_PLACE_KIND_END_RE

__all__ = ["place_readings", "places_in_pinyin", "read_exactly"]

MIN_SYLLABLES = 2  # a name of one syllable is a family name as often as a place: never heard this way


def place_readings(zh_key: str) -> str:
    """A Chinese place's toneless pinyin without its kind word (``甲乙省`` -> ``jia yi``), "" for a key
    that is no short name in characters alone (``ü`` spelt ``u``, as English spells it)."""
    name = ZH_PLACE_KIND_END_RE.sub("", zh_key.strip())
    if NAME_DOTS_RE.search(name) or not HAN_ONLY_RE.match(name) or not 2 <= len(name) <= PHONETIC_MAX_CHARS:
        return ""
    syllables = pinyin_key(name).replace("v", "u").split()
    return " ".join(syllables) if len(syllables) >= MIN_SYLLABLES else ""


def _latin_word(en_key: str) -> str:
    """A Latin name without its kind word, as one word of letters (``Jia'an`` -> ``jiaan``), "" for a name
    of two words or more."""
    name = EN_PLACE_KIND_END_RE.sub("", en_key.strip())
    if not name or re.search(r"\s", name):
        return ""
    return re.sub(r"[^a-z]", "", to_ascii(name.casefold()))


def places_in_pinyin(zh_keys: Iterable[str], en_keys: Iterable[str]) -> dict[str, tuple[str, frozenset[str]]]:
    """Each Chinese key with the English keys that spell its syllables exactly: its reading and them
    (``甲乙省`` -> (``jia yi``, {``Jiayi``, ``Jiayi Province``})); keys none spells are left out."""
    by_word: dict[str, set[str]] = {}
    for k in en_keys:
        if word := _latin_word(k):
            by_word.setdefault(word, set()).add(k)
    out = {}
    for k in zh_keys:
        reading = place_readings(k)
        if reading and (heard := by_word.get(reading.replace(" ", ""))):
            out[k] = (reading, frozenset(heard))
    return out


def read_exactly(
    rows: sparse.csr_matrix,
    keys: Sequence[str],
    exact: Mapping[str, frozenset[str]],
    en_keys: Sequence[str],
    weight: float,
) -> sparse.csr_matrix:
    """``rows`` (one per key, English keys in columns) with each place's row set to ``weight`` on the
    English keys that spell it and 0 elsewhere: no near spelling heard."""
    if not exact:
        return rows
    out = rows.toarray()
    for i, k in enumerate(keys):
        if k in exact:
            out[i] = np.where([e in exact[k] for e in en_keys], weight, 0.0) if len(en_keys) else out[i]
    return sparse.csr_matrix(out.astype(np.float32))
