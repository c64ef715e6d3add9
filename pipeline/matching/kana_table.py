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
from pipeline.knowledge.sound import HAN_GATE, MIN_CLASSES, latin_forms, latin_skeleton
from pipeline.matching.han_keys import HAN, han_keys, han_parts
from pipeline.matching.one_word import one_word_pairs, vowels_apart
from pipeline.matching.place_pinyin import read_exactly
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
        by_en = _both_readings(skeletons, cantonese, targets, w, family) if han and han_en else None
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
                kana_rows = kana_rows.maximum(_skeleton_rows(skeletons, self.en_keys, self.w, family=False))
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


# a family name alone, met by the family name of a whole name, tells less than two whole names that sound
# alike (few consonant classes: ``布林`` and ``巴爾默`` share one skeleton): its evidence counts this share
# of a whole name's, so that where an outlet prints the whole name, the whole name decides
FAMILY_SHARE = 0.9


# a Traditional name's Cantonese reading (Hong Kong's, where Taiwan's outlets, of the same script, hear
# names in Mandarin) counts this share of a Mandarin one: it is heard only where Mandarin hears nothing
# (惠蘭: hui lan, ``fln``, is Whelby's; wai laan, ``wln``, would be Warlin's too)
CANTONESE_SHARE = 0.9


def _both_readings(
    han: list[str],
    cantonese: list[tuple[str, ...]],
    en_keys: list[str],
    w: EvidenceSettings,
    family: Sequence[bool],
) -> sparse.csr_matrix:
    """``skeleton_pairs`` of the Mandarin skeletons, and for the names that Mandarin hears like no English
    key but that have Cantonese skeletons (pipeline.matching.han_keys), the best of those of the Cantonese
    ones at ``CANTONESE_SHARE``: an extra reading where Mandarin's finds nothing, never in its place (a
    chance match of three classes in Cantonese, ``安·伍德``'s on ng dak with a Latin ``unit``, never
    outbids the name Mandarin hears)."""
    pairs = skeleton_pairs(han, en_keys, w, family)
    silent = np.diff(pairs.indptr) == 0
    heard = [c if quiet else () for c, quiet in zip(cantonese, silent.tolist(), strict=True)]
    if not any(heard):
        return pairs
    found = skeleton_pairs([c[0] if c else "" for c in heard], en_keys, w, family)
    for n in range(1, max(len(c) for c in heard)):
        found = found.maximum(skeleton_pairs([c[n] if len(c) > n else "" for c in heard], en_keys, w, family))
    return (pairs + found * CANTONESE_SHARE).tocsr()


def skeleton_pairs(
    han: list[str], en_keys: list[str], w: EvidenceSettings, family: Sequence[bool] = ()
) -> sparse.csr_matrix:
    """``phonetic_weight`` x the best skeleton ratio of each Chinese skeleton (rows) with each English
        key's forms (columns) where it reaches ``HAN_GATE`` and both begin with the same class; computed on
        the distinct forms (eight classes: many keys share one). The rows marked in ``family`` (names that
        read family name first) meet only the forms that begin at the family name (``latin_forms``), and count
    ``FAMILY_SHARE`` of the ratio."""
    if not any(family):
        return _skeleton_rows(han, en_keys, w, family=False)
    sides = (False, True)
    at = [[i for i, f in enumerate(family) if f == side] for side in sides]
    parts = [
        _skeleton_rows([han[i] for i in rows], en_keys, w, family=side) * (FAMILY_SHARE if side else 1.0)
        for side, rows in zip(sides, at, strict=True)
    ]
    order = np.argsort(np.array(at[0] + at[1], dtype=np.int64), kind="stable")
    return sparse.vstack(parts, format="csr")[order]


def _skeleton_rows(
    han: list[str], en_keys: list[str], w: EvidenceSettings, *, family: bool
) -> sparse.csr_matrix:
    """``skeleton_pairs`` for rows that all read one way (``family`` or not)."""
    shape = (len(han), len(en_keys))
    forms = (
        [tuple(f for f in latin_forms(k, family=family) if len(f) >= MIN_CLASSES) for k in en_keys]
        if han
        else []
    )
    right = sorted({f for fs in forms for f in fs})
    pairs = gated_pairs(han, right, fuzz.ratio, HAN_GATE, w.phonetic_weight)
    if pairs is None or not pairs.nnz:
        return sparse.csr_matrix(shape, dtype=np.float32)
    coo = pairs.tocoo()
    alike = np.array(
        [han[i][0] == right[j][0] for i, j in zip(coo.row.tolist(), coo.col.tolist(), strict=True)]
    )
    at = {f: j for j, f in enumerate(right)}
    owned = [(at[f], k) for k, fs in enumerate(forms) for f in fs]
    owners = sparse.csr_matrix(
        (np.ones(len(owned), dtype=np.int8), tuple(np.array(owned, dtype=np.int64).T)),
        shape=(len(right), len(en_keys)),
    )
    if not alike.any():
        return sparse.csr_matrix(shape, dtype=np.float32)
    row, col, data = coo.row[alike], coo.col[alike], coo.data[alike]
    # each (skeleton, form) pair to every English key with that form, then the best per (skeleton, key)
    counts = np.diff(owners.indptr)[col]
    starts = np.repeat(owners.indptr[col] - np.cumsum(counts) + counts, counts)
    rows = np.repeat(row, counts)
    cols = owners.indices[np.arange(int(counts.sum())) + starts]
    vals = np.repeat(data, counts)
    order = np.lexsort((-vals, cols, rows))
    rows, cols, vals = rows[order], cols[order], vals[order]
    first = np.r_[True, (rows[1:] != rows[:-1]) | (cols[1:] != cols[:-1])]
    return sparse.csr_matrix((vals[first].astype(np.float32), (rows[first], cols[first])), shape=shape)


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
