"""The distinct keys of one language (Chinese or English), their IDF vectors and the similarity of two
keys: cosine, near-identical spelling, pinyin and consonant skeletons of short names, and the leading
words of a person's name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import numpy as np
from rapidfuzz import fuzz, process
from scipy import sparse

from pipeline.knowledge.phonetic import pinyin_key
from pipeline.knowledge.sound import MIN_CLASSES, han_alike, han_skeleton
from pipeline.matching.generic_words import GENERIC_EN, GENERIC_ZH
from pipeline.matching.heads import without_foreign_heads
from pipeline.matching.keys import _tokens
from pipeline.matching.sparse_pairs import _block, gated_pairs

if TYPE_CHECKING:  # ``Space`` builds these objects; here it is only a type
    from pipeline.matching.evidence import Space

# evidence of a person's name whose words begin another's (``leading_pairs``): strong, below
# ``sure_score``, so that a short name two long names begin alike links to neither (its margin)
LEADING_WORDS = 0.85


class KeyTable:
    """The distinct keys of one language, their IDF vectors, and the similarity of two keys."""

    def __init__(self, space: Space, keys: list[str], *, zh: bool, phonetic: bool = False) -> None:
        self.keys = keys
        self.ids = {k: i for i, k in enumerate(keys)}
        self.zh = zh
        # pinyin of the short Chinese keys ("" for the others): see pipeline.knowledge.phonetic.
        # A name with a generic word of the domain (国际大学) is no transliteration: its sound would
        # only repeat the generic word's.
        self.w = space.w
        short = space.w.phonetic_max_chars
        self.sounds = [pinyin_key(k) if phonetic and transliteration_like(k, short) else "" for k in keys]
        self.phonetic = phonetic and any(self.sounds)
        # the consonant skeletons of the same short keys (pipeline.knowledge.sound): two transliterations
        # of one name keep its consonants where their syllables differ (柏甘 / 巴格姆: bai gan / ba ge mu)
        self.skeletons = [_han_sound(k) if sound else "" for k, sound in zip(keys, self.sounds, strict=True)]
        self.vectors = space._matrix(keys, zh=zh)
        self._matrix: sparse.csr_matrix | None = None
        self._strong: dict[float, sparse.csr_matrix] = {}

    def matrix(self) -> sparse.csr_matrix:
        """Every non-zero similarity of two keys (float32, not clipped), computed once: cosine where they
        share a feature, the near-identical spelling (English) or the sound (Chinese) where it counts.
        A pair absent from it has similarity 0, so blocking on it loses nothing."""
        if self._matrix is None:
            cos = (self.vectors @ self.vectors.T).astype(np.float32).tocsr()
            if self.zh:
                cos = without_foreign_heads(cos, self.keys)
            other = self._sound_pairs() if self.zh else self._spelling_pairs()
            table = cos.maximum(other).tocsr() if other is not None else cos
            table.eliminate_zeros()
            table.sort_indices()
            self._matrix = table
        return self._matrix

    def strong(self, floor: float) -> sparse.csr_matrix:
        """``matrix()`` without the similarities below ``floor`` (kept once per floor)."""
        if floor <= 0:
            return self.matrix()
        found = self._strong.get(floor)
        if found is None:
            table = self.matrix().copy()
            table.data[table.data < floor] = 0
            table.eliminate_zeros()
            found = self._strong[floor] = table
        return found

    def sims(self, left: np.ndarray, right: np.ndarray, *, cache: bool = True) -> np.ndarray:
        """Similarity (float32, not clipped), distinct ``left`` key ids x ``right`` key ids."""
        return _block(self.matrix(), left, right)

    def row_max(self, left: Iterable[int], right: np.ndarray) -> np.ndarray:
        """The best similarity of each ``right`` key id (sorted) with any ``left`` key id (0 when none)."""
        table = self.matrix()
        out = np.zeros(len(right), dtype=np.float32)
        for k in left:
            ids = table.indices[table.indptr[k] : table.indptr[k + 1]]
            values = table.data[table.indptr[k] : table.indptr[k + 1]]
            if not len(ids):
                continue
            at = np.minimum(np.searchsorted(ids, right), len(ids) - 1)
            hit = ids[at] == right
            out[hit] = np.maximum(out[hit], values[at[hit]])
        return out

    def _spelling_pairs(self) -> sparse.csr_matrix | None:
        """token_sort_ratio (0..1) of two English keys where it reaches ``fuzz_gate``."""
        gate = self.w.fuzz_gate
        spelled = gated_pairs(self.keys, self.keys, fuzz.token_sort_ratio, gate, 1.0)
        leading = leading_pairs(self.keys)
        if spelled is None or leading is None:
            return spelled if leading is None else leading
        return spelled.maximum(leading).tocsr()

    def _sound_pairs(self) -> sparse.csr_matrix | None:
        """phonetic_weight x the pinyin similarity where it reaches phonetic_gate between short keys, or
        x 1 where their consonant skeletons agree (``han_alike``, pipeline.knowledge.sound)."""
        if not self.phonetic:
            return None
        at = [i for i, sound in enumerate(self.sounds) if sound]
        sounds = [self.sounds[i] for i in at]
        pairs = gated_pairs(sounds, sounds, fuzz.ratio, self.w.phonetic_gate, self.w.phonetic_weight)
        n = len(self.keys)
        if pairs is not None:
            coo = pairs.tocoo()
            index = np.asarray(at, dtype=np.int64)
            pairs = sparse.csr_matrix((coo.data, (index[coo.row], index[coo.col])), shape=(n, n))
        heard = _skeletons_alike(self.keys, self.skeletons, self.w.phonetic_weight)
        if heard is not None:
            pairs = heard if pairs is None else pairs.maximum(heard).tocsr()
        return pairs

    def _sound_alike(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        """``_sound_pairs`` between the ``left`` and ``right`` key ids."""
        ls = [self.sounds[i] for i in left.tolist()]
        rs = [self.sounds[j] for j in right.tolist()]
        sim = process.cdist(ls, rs, scorer=fuzz.ratio, dtype=np.float32, workers=1) / 100.0
        usable = np.outer(np.array([bool(x) for x in ls]), np.array([bool(x) for x in rs]))
        gate, weight = self.w.phonetic_gate, self.w.phonetic_weight
        out = np.where(usable & (sim >= gate), weight * sim, 0.0).astype(np.float32)
        for a, i in enumerate(left.tolist()):
            for b, j in enumerate(right.tolist()):
                if self.skeletons[i] and self.skeletons[i] == self.skeletons[j]:
                    out[a, b] = max(out[a, b], weight * han_alike(self.keys[i], self.keys[j]))
        return out


def _han_sound(key: str) -> str:
    """A short Chinese key's consonant skeleton where it has ``MIN_CLASSES`` classes or more, else ""."""
    skeleton = han_skeleton(key)
    return skeleton if len(skeleton) >= MIN_CLASSES else ""


def _skeletons_alike(
    keys: Sequence[str], skeletons: Sequence[str], weight: float
) -> sparse.csr_matrix | None:
    """``weight`` for every two keys of one skeleton that ``han_alike`` hears alike; None when none."""
    by_skeleton: dict[str, list[int]] = defaultdict(list)
    for i, skeleton in enumerate(skeletons):
        if skeleton:
            by_skeleton[skeleton].append(i)
    rows, cols = [], []
    for group in by_skeleton.values():
        for i in group:
            for j in group:
                if i != j and han_alike(keys[i], keys[j]):
                    rows.append(i)
                    cols.append(j)
    if not rows:
        return None
    data = np.full(len(rows), weight, dtype=np.float32)
    return sparse.csr_matrix((data, (rows, cols)), shape=(len(keys), len(keys)))


def leading_pairs(keys: Sequence[str]) -> sparse.csr_matrix | None:
    """``LEADING_WORDS`` for every two English keys of which one's words (two or more, all of them name
    words: no function word, digit or generic word) are the first words of the other's, single letters
    and ``jr`` / ``sr`` left out (``jane roe`` / ``jane roe ka wai``, ``jane q roe jr``); None when none.
    A person's name, given name first, grows at its end (more given names) or loses its initials."""
    words = [_name_words(k) for k in keys]
    starts: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, ws in enumerate(words):
        for n in range(2, len(ws) + 1):
            starts[ws[:n]].append(i)
    rows, cols = [], []
    for i, ws in enumerate(words):
        for j in starts.get(ws, ()) if len(ws) >= 2 else ():
            if i != j:
                rows += [i, j]
                cols += [j, i]
    if not rows:
        return None
    data = np.full(len(rows), LEADING_WORDS, dtype=np.float32)
    table = sparse.csr_matrix((data, (rows, cols)), shape=(len(keys), len(keys)))
    table.data[:] = LEADING_WORDS  # a pair found from both sides counts once
    return table


def _name_words(key: str) -> tuple[str, ...]:
    """The words of a key that reads as a person's name, single letters and ``jr`` / ``sr`` left out;
    () for any other key (a function word, digit or generic word in it)."""
    words = key.split()
    if _tokens(key) != tuple(words) or any(not w.isalpha() or w in GENERIC_EN for w in words):
        return ()
    return tuple(w for w in words if len(w) > 1 and w not in _AFFIXES)


_AFFIXES = frozenset({"jr", "sr"})


def transliteration_like(key: str, max_chars: int) -> bool:
    return len(key) <= max_chars and not any(w in key for w in GENERIC_ZH)
