"""Katakana names of one word against Chinese transliterations: a leader or a family name printed alone
in both scripts (``ボルドゥ`` / ``博爾杜``), met through one consonant skeleton (pipeline.knowledge.sound)
where it is the same and the syllables are as many, give or take one. Evidence of the kana table's
``twin`` (pipeline.matching.kana_table), inside the one-item-per-article assignment.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from pipeline.knowledge.sound import MIN_CLASSES, latin_skeleton
from pipeline.settings import EvidenceSettings

__all__ = ["one_word_pairs"]

_MORA = re.compile(r"[aeiou]|n(?![aeiouy])")  # a vowel or a syllabic n of romaji: one kana each


def _as_pinyin_reads(skeleton: str) -> str:
    """A skeleton as ``han_skeleton`` reads a name's first syllable when it has no initial: its onset
    alone, without a final ``n`` (``アンワレ`` ``anwl`` -> ``awl``, as ``安瓦雷``)."""
    return skeleton[:1] + skeleton[2:] if skeleton.startswith("an") else skeleton


def _first_vowel(romaji: str) -> str:
    found = re.search(r"[aeiou]", romaji)
    return found.group() if found else ""


def one_word_pairs(
    han: Sequence[str],
    shapes: Sequence[tuple[int, str]],
    kana: Sequence[str],
    w: EvidenceSettings,
    share: float,
) -> sparse.csr_matrix | None:
    """``phonetic_weight`` x ``share`` (a family name alone's share of a whole name's evidence) between
    each Chinese skeleton (rows; ``shapes``: the name's characters and the vowels of its first syllable)
    and each katakana name of one word (columns, sound keys) whose romaji has that very skeleton, of
    ``MIN_CLASSES`` classes or more, as many kana as the Chinese name has characters, give or take one,
    and a first vowel among its first syllable's (``アンワレ`` and ``安瓦雷``: ``awl``, four kana and three
    characters, ``a``; a name printed alone, the way both scripts print a family name or a leader known
    by one name). Both scripts write a syllable a character and keep a name's first sound, so a name of
    many more characters whose consonants fold to the same classes (``bsn``: five characters, three
    kana), or whose first vowel is another (``adl``: ``i`` against ``ao``), is another name. A name of
    one word has few sounds: only an equal skeleton counts, never a near one; joined on the skeleton (no
    pair of keys compared one by one). None when no pair."""
    by_skeleton: dict[str, list[tuple[int, int, str]]] = {}
    for j, key in enumerate(kana):
        if key and " " not in key and len(heard := _as_pinyin_reads(latin_skeleton(key))) >= MIN_CLASSES:
            morae = _MORA.findall(key)
            by_skeleton.setdefault(heard, []).append((j, len(morae), _first_vowel(key)))
    pairs = [
        (i, j)
        for i, (h, (n, vowels)) in enumerate(zip(han, shapes, strict=True))
        for j, morae, vowel in by_skeleton.get(h, ())
        if abs(morae - n) <= 1 and vowel and vowel in vowels
    ]
    if not pairs:
        return None
    rows, cols = (np.array(side, dtype=np.int64) for side in zip(*pairs, strict=True))
    value = np.full(len(pairs), w.phonetic_weight * share, dtype=np.float32)
    return sparse.csr_matrix((value, (rows, cols)), shape=(len(han), len(kana)))


# a family name printed alone in Chinese against a katakana whole name's family name whose first vowel is
# none of the Chinese first syllable's counts this share of its evidence: the skeleton is the same, the
# name may be another (``沃倫``, wo: ``wln``, against ``ジェーン・ウィラン``'s wi; ``亨頓``, heng, against
# ``ハントン``'s ha is one, the vowels of English transliterated two ways)
VOWEL_APART = 0.8


def vowels_apart(
    pairs: sparse.csr_matrix, shapes: Sequence[tuple[int, str]], family: Sequence[bool], kana: Sequence[str]
) -> sparse.csr_matrix:
    """``pairs`` (Chinese names x katakana keys) with the pairs of a Chinese name read family name first
    (``family``) and a katakana name of two words or more whose last word's first vowel is none of the
    Chinese name's first syllable's (``shapes``) at ``VOWEL_APART`` of their evidence."""
    out = pairs.tocoo()
    data = out.data.copy()
    for n, (i, j) in enumerate(zip(out.row.tolist(), out.col.tolist(), strict=True)):
        key = kana[j]
        if family[i] and " " in key:
            vowel = _first_vowel(key.rsplit(" ", 1)[1])
            if vowel and vowel not in shapes[i][1]:
                data[n] *= VOWEL_APART
    return sparse.csr_matrix((data, (out.row, out.col)), shape=pairs.shape)
