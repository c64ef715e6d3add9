"""Consonant skeletons of Chinese names against English keys or katakana names, as the kana table
(pipeline.matching.kana_table) weighs them: ``skeleton_pairs`` (a name read family name first meets only
the forms that begin at the family name, at ``FAMILY_SHARE``), and ``both_readings``, a Traditional
name's Cantonese reading heard where Mandarin's hears nothing (``CANTONESE_SHARE``).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz
from scipy import sparse

from pipeline.knowledge.sound import HAN_GATE, MIN_CLASSES, latin_forms
from pipeline.matching.sparse_pairs import gated_pairs
from pipeline.settings import EvidenceSettings

__all__ = ["CANTONESE_SHARE", "FAMILY_SHARE", "both_readings", "skeleton_pairs"]


# a family name alone, met by the family name of a whole name, tells less than two whole names that sound
# alike (few consonant classes: ``布林`` and ``巴爾默`` share one skeleton): its evidence counts this share
# of a whole name's, so that where an outlet prints the whole name, the whole name decides
FAMILY_SHARE = 0.9


# a Traditional name's Cantonese reading (Hong Kong's, where Taiwan's outlets, of the same script, hear
# names in Mandarin) counts this share of a Mandarin one: it is heard only where Mandarin hears nothing
# (惠蘭: hui lan, ``fln``, is Whelby's; wai laan, ``wln``, would be Warlin's too)
CANTONESE_SHARE = 0.9


def both_readings(
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
