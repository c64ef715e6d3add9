"""The kana table: sound keys of katakana names, kanji names' Japanese readings and Chinese names'
consonant skeletons, against the English keys (and the Chinese skeletons against the katakana names).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import numpy as np
from rapidfuzz import fuzz, process
from scipy import sparse

from pipeline.knowledge.german_kana import heard_in_kana
from pipeline.knowledge.kana import sound_key
from pipeline.knowledge.portuguese_kana import SHARE as BRAZILIAN_SHARE
from pipeline.knowledge.portuguese_kana import heard_in_kana as heard_in_brazil
from pipeline.knowledge.sound import latin_skeleton
from pipeline.matching.han_keys import HAN, han_keys, han_parts
from pipeline.matching.one_word import one_word_pairs, vowels_apart
from pipeline.matching.place_pinyin import read_exactly
from pipeline.matching.skeleton_pairs import FAMILY_SHARE, both_readings, skeleton_pairs
from pipeline.matching.sparse_pairs import _block, gated_pairs
from pipeline.matching.two_sounds import TWO_SHARE, heard_as_one, heard_two, two_class_pairs
from pipeline.settings import EvidenceSettings

__all__ = ["HAN", "YOMI", "KanaTable", "han_keys", "skeleton_pairs"]

YOMI = "読"  # marks a key of ``KanaTable`` that is a kanji name's Japanese readings (pipeline.knowledge.kana)


class KanaTable:
    """Sound keys of katakana names (left) against English keys (right): ``phonetic_weight`` x the
    best of the similarity of their sound keys where it reaches ``kana_gate`` (pipeline.knowledge.kana)
    and the ratio of their consonant skeletons where it reaches ``HAN_GATE`` (the romaji read as a
    Latin name: pipeline.knowledge.sound). Keys that begin with ``HAN`` are Chinese names' consonant
    skeletons: ``phonetic_weight`` x their best ratio with the English keys' skeletons (``latin_forms``)
    where it reaches ``HAN_GATE``, between skeletons that begin alike (pipeline.knowledge.sound).
    ``twin`` holds the same evidence between the Chinese skeletons and the katakana names (two
    transliterations of one Latin name), so that each of the three scripts meets the other two by
    sound. Only the skeletons that sound like some English key or katakana name are kept: a run where
    none does has no table, as before."""

    def __init__(
        self,
        keys: list[str],
        en_keys: list[str],
        w: EvidenceSettings,
        han: Sequence[str] = (),
        han_en: frozenset[str] | set[str] = frozenset(),
        readings: Mapping[str, tuple[str, ...]] | None = None,
        exact: Mapping[str, frozenset[str]] | None = None,
        places: frozenset[str] = frozenset(),
    ) -> None:
        self.places = places  # keys of places' names (katakana, English): no family name printed alone
        parts = [han_parts(h) for h in han]
        # a skeleton of two classes (pipeline.matching.two_sounds) meets one family name the story tells
        # apart, never a near skeleton: it is left out of the other pairs (a name with a Cantonese skeleton
        # of its own, every stop silent, is heard by it instead)
        two = [heard_two(p[0], p[3]) for p in parts]
        skeletons = [p[0] if not short else "" for p, short in zip(parts, two, strict=True)]
        family = [p[1] for p in parts]
        targets = [k if k in han_en else "" for k in en_keys]  # "" has no skeleton: no evidence
        # a second reading: the rows' best of the two (none for a name of two sounds, heard apart)
        cantonese = [() if short else p[3] for p, short in zip(parts, two, strict=True)]
        by_en = both_readings(skeletons, cantonese, targets, w, family) if han and han_en else None
        alone = (
            two_class_pairs(two, targets, w.phonetic_weight * FAMILY_SHARE * TWO_SHARE) if han_en else None
        )
        kin = heard_as_one(alone) if alone is not None else None  # two Chinese spellings of one family name
        if by_en is not None and alone is not None:
            by_en = by_en.maximum(alone).tocsr()
        names = [k if " " in k else "" for k in keys]  # a name of one word has too few sounds to tell
        # a katakana name is heard from the Latin one, not from Hong Kong's: Mandarin's reading alone
        by_kana = skeleton_pairs(skeletons, names, w, family) if han and any(names) else None
        if by_kana is not None:
            by_kana = vowels_apart(by_kana, [p[2] for p in parts], family, names)
        if (
            han
            and (alone := one_word_pairs(skeletons, [p[2] for p in parts], keys, w, FAMILY_SHARE)) is not None
        ):
            by_kana = alone if by_kana is None else by_kana.maximum(alone).tocsr()
        sounding = np.zeros(len(han), dtype=bool)
        for table in (by_en, by_kana):
            if table is not None:
                sounding |= np.diff(table.indptr) > 0
        found = np.flatnonzero(sounding)
        self._han_rows = by_en[found] if by_en is not None else sparse.csr_matrix((len(found), len(en_keys)))
        self._twin_rows = (
            by_kana[found] if by_kana is not None else sparse.csr_matrix((len(found), len(keys)))
        )
        self._kin_rows = kin[found][:, found] if kin is not None else sparse.csr_matrix((len(found),) * 2)
        self.n_kana = len(keys)
        self.readings = dict(readings or {})
        yomi = sorted(self.readings)
        keys = keys + [han[i] for i in found.tolist()] + yomi
        self.keys = keys
        self.ids = {k: i for i, k in enumerate(keys)}
        self.en_keys = en_keys if keys else []
        self.en_sounds = [sound_key(k) for k in en_keys] if keys else []
        self.w = w
        self._yomi_rows = self._heard([self.readings[k] for k in yomi], en_keys, han_en)
        # a place's pinyin is heard in the English keys that spell it alone (pipeline.matching.place_pinyin)
        self._yomi_rows = read_exactly(self._yomi_rows, yomi, exact or {}, en_keys, w.phonetic_weight)
        self._matrix: sparse.csr_matrix | None = None
        self.across = _Across(self)
        self.twin = _Twin(self)

    def matrix(self) -> sparse.csr_matrix:
        """Every non-zero evidence, kana key ids x English key ids, computed once."""
        if self._matrix is None:
            kana = self.keys[: self.n_kana]
            shape = (len(kana), len(self.en_sounds))
            pairs = gated_pairs(kana, self.en_sounds, fuzz.ratio, self.w.kana_gate, self.w.phonetic_weight)
            kana_rows = pairs if pairs is not None else sparse.csr_matrix(shape, dtype=np.float32)
            # and against the English keys read as Brazilian Portuguese (pipeline.knowledge.portuguese_kana)
            brazilian = [heard_in_brazil(k) for k in self.en_keys]
            if (
                any(brazilian)
                and (
                    heard := gated_pairs(
                        kana,
                        brazilian,
                        fuzz.ratio,
                        self.w.kana_gate,
                        self.w.phonetic_weight * BRAZILIAN_SHARE,
                    )
                )
                is not None
            ):
                kana_rows = kana_rows.maximum(heard)
            if kana:
                skeletons = [latin_skeleton(k) if " " in k else "" for k in kana]
                kana_rows = kana_rows.maximum(skeleton_pairs(skeletons, self.en_keys, self.w))
                # a family name printed alone in katakana (ボルド) against the last word of an English
                # name of two words or more, heard alike: a family name's share of the evidence
                alone = [k if " " not in k and k not in self.places else "" for k in kana]
                last = [
                    e.rsplit(" ", 1)[1] if " " in e and k not in self.places else ""
                    for e, k in zip(self.en_sounds, self.en_keys, strict=True)
                ]
                family = gated_pairs(
                    alone, last, fuzz.ratio, self.w.kana_gate, self.w.phonetic_weight * FAMILY_SHARE
                )
                if family is not None:
                    kana_rows = kana_rows.maximum(family)
                # and against that last word read as German (pipeline.knowledge.german_kana: ボルツ, Borz)
                german = [heard_in_kana(e) for e in last]
                if (
                    any(german)
                    and (
                        heard := gated_pairs(
                            alone, german, fuzz.ratio, self.w.kana_gate, self.w.phonetic_weight * FAMILY_SHARE
                        )
                    )
                    is not None
                ):
                    kana_rows = kana_rows.maximum(heard)
            table = sparse.vstack([kana_rows, self._han_rows, self._yomi_rows], format="csr")
            table.sort_indices()
            self._matrix = table.astype(np.float32)
        return self._matrix

    def sims(self, left: np.ndarray, right: np.ndarray, *, cache: bool = True) -> np.ndarray:
        """Evidence, kana key ids (left) x English key ids (right)."""
        return _block(self.matrix(), left, right)

    def _heard(
        self, readings: Sequence[tuple[str, ...]], en_keys: Sequence[str], targets: Iterable[str]
    ) -> sparse.csr_matrix:
        """``phonetic_weight`` x the best ratio of each kanji name's readings (rows) with each English key
        printed alone (columns, the ``targets``) where it reaches ``kanji_gate``."""
        shape = (len(readings), len(en_keys))
        if not readings:
            return sparse.csr_matrix(shape, dtype=np.float32)
        heard = set(targets)
        sounds = [self.en_sounds[j] if k in heard else "" for j, k in enumerate(en_keys)]
        out = np.zeros(shape, dtype=np.float32)
        for i, rs in enumerate(readings):
            scores = process.cdist(list(rs), sounds, scorer=fuzz.ratio).max(axis=0) / 100.0
            out[i] = np.where(scores >= self.w.kanji_gate, scores * self.w.phonetic_weight, 0.0)
        return sparse.csr_matrix(out)

    def sound(self, k: int, heard: str = "") -> str:
        """How key ``k`` is heard: a katakana name's sound key, a Chinese name's skeleton, a kanji name's
        Japanese reading (the one closest to ``heard``, an English sound key, where given)."""
        key = self.keys[k]
        if key in self.readings:
            readings = self.readings[key]
            return max(readings, key=lambda r: fuzz.ratio(r, heard)) if heard else readings[0]
        return han_parts(key)[0] if key.startswith(HAN) else key


class _Across:
    """The kana table seen from the English side: English key ids (left) x kana key ids (right)."""

    def __init__(self, table: KanaTable) -> None:
        self.table = table

    def matrix(self) -> sparse.csr_matrix:
        return self.table.matrix().T.tocsr()

    def sims(self, left: np.ndarray, right: np.ndarray, *, cache: bool = True) -> np.ndarray:
        return self.table.sims(right, left, cache=cache).T


class _Twin:
    """The kana table's keys against each other: the Chinese skeletons (``HAN`` keys) x the katakana
    names, both ways (symmetric), and two Chinese names of two sounds heard as one family name
    (``two_sounds.heard_as_one``); nothing else between two keys of one kind."""

    def __init__(self, table: KanaTable) -> None:
        self.table = table
        self._matrix: sparse.csr_matrix | None = None

    def matrix(self) -> sparse.csr_matrix:
        if self._matrix is None:
            table = self.table
            n, k = len(table.keys), table.n_kana
            rows, kin = table._twin_rows.tocoo(), table._kin_rows.tocoo()
            r, c = rows.row + k, rows.col
            both = sparse.csr_matrix(
                (
                    np.r_[rows.data, rows.data, kin.data].astype(np.float32),
                    (np.r_[r, c, kin.row + k], np.r_[c, r, kin.col + k]),
                ),
                shape=(n, n),
            )
            both.sort_indices()
            self._matrix = both
        return self._matrix

    def sims(self, left: np.ndarray, right: np.ndarray, *, cache: bool = True) -> np.ndarray:
        return _block(self.matrix(), left, right)
