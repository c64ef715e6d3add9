"""Blocked scoring: the mention/entity pairs that share any evidence, with their exact scores.

A pair is a candidate when one key of the mention and one key of the entity have a non-zero similarity
in a language's key matrix (``key_table.KeyTable.matrix``: shared n-grams or words, near-identical
spelling, sound), when a katakana key sounds like an English one, when an acronym rule holds, when they
share a gazetteer code, or when a reviewer joins them. Any other pair scores exactly 0 (or is forbidden),
so the assignment never takes it and it is never a runner-up: the blocked path gives the same links as
the brute-force matrices (``candidates._scores``), at a cost that follows the candidates, not the
product of mentions and entities.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from pipeline.matching.bags import MISSING, Bag
from pipeline.matching.candidates import _FORBIDDEN, _REVIEWER_SCORE
from pipeline.matching.evidence import _combine
from pipeline.matching.place_evidence import place_pairs
from pipeline.matching.state import _Run


@dataclass(frozen=True, slots=True)
class Pairs:
    """Candidate pairs of mention rows (0..n-1) and entity columns (0..k-1), sorted by row then column,
    with their score (float64) and signals (float32)."""

    rows: np.ndarray
    cols: np.ndarray
    score: np.ndarray
    zh: np.ndarray
    en: np.ndarray
    acronym: np.ndarray


def _ranges(starts: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """The concatenated ranges ``starts[i] .. starts[i] + counts[i]``."""
    total = int(counts.sum())
    if not total:
        return np.zeros(0, dtype=np.int64)
    offsets = np.repeat(np.cumsum(counts) - counts, counts)
    return np.arange(total, dtype=np.int64) - offsets + np.repeat(starts, counts)


def _incidence(keys: Sequence[tuple[int, ...]], n_keys: int) -> sparse.csr_matrix:
    """key -> owners (rows: keys, columns: the owners of ``keys``)."""
    owner = np.fromiter((o for o, ks in enumerate(keys) for _k in ks), dtype=np.int64)
    key = np.fromiter((k for ks in keys for k in ks), dtype=np.int64)
    data = np.ones(len(key), dtype=np.int8)
    return sparse.csr_matrix((data, (key, owner)), shape=(n_keys, len(keys)))


def _best_pairs(
    left: Sequence[tuple[int, ...]], table: sparse.csr_matrix, right: Sequence[tuple[int, ...]]
) -> tuple[np.ndarray, np.ndarray]:
    """Pair codes (left * len(right) + right, sorted) with a non-zero similarity between some key of
    each side, and the best such similarity."""
    k = len(right)
    lo = np.fromiter((o for o, ks in enumerate(left) for _k in ks), dtype=np.int64)
    lk = np.fromiter((key for ks in left for key in ks), dtype=np.int64)
    if not len(lk) or not k:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    starts, counts = table.indptr[lk], table.indptr[lk + 1] - table.indptr[lk]
    at = _ranges(starts, counts)
    owner, near, value = np.repeat(lo, counts), table.indices[at], table.data[at]
    holders = _incidence(right, table.shape[1])
    starts, counts = holders.indptr[near], holders.indptr[near + 1] - holders.indptr[near]
    at = _ranges(starts, counts)
    code = np.repeat(owner, counts) * k + holders.indices[at]
    value = np.repeat(value, counts)
    if not len(code):
        return code, value
    order = np.argsort(code, kind="stable")
    code, value = code[order], value[order]
    first = np.flatnonzero(np.r_[True, code[1:] != code[:-1]])
    return code[first], np.maximum.reduceat(value, first)


def _signal(
    codes: np.ndarray,
    found: tuple[np.ndarray, np.ndarray],
    has_left: np.ndarray,
    has_right: np.ndarray,
    k: int,
) -> np.ndarray:
    """One signal for the candidate pair codes: the found best (clipped to 0..1), else 0 when both sides
    have keys, else MISSING."""
    out = np.where(has_left[codes // k] & has_right[codes % k], 0.0, MISSING).astype(np.float32)
    keys, values = found
    if len(keys):
        at = np.searchsorted(keys, codes)
        at[at >= len(keys)] = 0
        hit = keys[at] == codes
        out[hit] = np.clip(values[at[hit]], 0.0, 1.0)
    return out


def _fill_weak(
    out: np.ndarray,
    codes: np.ndarray,
    found: tuple[np.ndarray, np.ndarray],
    left: Sequence[tuple[int, ...]],
    right: Sequence[tuple[int, ...]],
    table: sparse.csr_matrix,
    k: int,
) -> None:
    """In place: the signal of each pair of ``codes`` that ``found`` lacks while both sides have keys,
    looked up in the whole ``table`` (the best over the key pairs, clipped to 0..1)."""
    keys = found[0]
    at = np.searchsorted(keys, codes) if len(keys) else np.zeros(len(codes), dtype=np.int64)
    at[at >= len(keys)] = 0
    lack = (out == 0.0) & ~((keys[at] == codes) if len(keys) else np.zeros(len(codes), dtype=bool))
    todo = np.flatnonzero(lack)
    if not len(todo):
        return
    lptr, lkeys = _flat(left)
    rptr, rkeys = _flat(right)
    r, c = codes[todo] // k, codes[todo] % k
    n1 = lptr[r + 1] - lptr[r]
    p1 = np.repeat(np.arange(len(todo)), n1)
    a = lkeys[_ranges(lptr[r], n1)]
    n2 = rptr[c[p1] + 1] - rptr[c[p1]]
    p2 = np.repeat(p1, n2)
    a2 = np.repeat(a, n2)
    b = rkeys[_ranges(rptr[c[p1]], n2)]
    values = _lookup(table, a2, b)
    best = np.zeros(len(todo), dtype=np.float32)
    np.maximum.at(best, p2, values)
    out[todo] = np.clip(best, 0.0, 1.0)


def _flat(keys: Sequence[tuple[int, ...]]) -> tuple[np.ndarray, np.ndarray]:
    """(pointers, key ids) of lists of key ids, CSR style."""
    counts = np.fromiter((len(ks) for ks in keys), dtype=np.int64, count=len(keys))
    ptr = np.zeros(len(keys) + 1, dtype=np.int64)
    np.cumsum(counts, out=ptr[1:])
    flat = np.fromiter((x for ks in keys for x in ks), dtype=np.int64, count=int(ptr[-1]))
    return ptr, flat


def _lookup(table: sparse.csr_matrix, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``table[a, b]`` elementwise (0 where absent); the table's indices are sorted."""
    out = np.zeros(len(a), dtype=np.float32)
    lo, hi = table.indptr[a], table.indptr[a + 1]
    width = hi - lo
    if not len(a) or not width.any():
        return out
    # binary search of b inside each row's sorted indices, all rows at once
    left, right = lo.copy(), hi.copy()
    while True:
        open_ = left < right
        if not open_.any():
            break
        mid = (left + right) // 2
        idx = table.indices[np.minimum(mid, len(table.indices) - 1)]
        go_right = open_ & (idx < b)
        left = np.where(go_right, mid + 1, left)
        right = np.where(open_ & ~go_right, mid, right)
    inside = left < hi
    at = np.minimum(left, len(table.indices) - 1)
    hit = inside & (table.indices[at] == b)
    out[hit] = table.data[at[hit]]
    return out


def weak_floor(run: _Run) -> float:
    """The key similarity under which a pair cannot change an alignment: a pair whose every signal is
    below it scores below ``score_cutoff - min_margin`` (a score is at most ``(1 + agreement)`` times
    its best signal), so it is never linked, and as a runner-up it leaves every proposed link's margin
    above ``min_margin`` whether it is counted or not."""
    weak = min(run.rule.score_cutoff, run.rule.score_cutoff - run.rule.min_margin)
    return max(weak, 0.0) / (1.0 + max(run.space.w.agreement, 0.0))


def blocked_scores(
    run: _Run,
    rows: Sequence[int],
    bags: Sequence[Bag],
    owner: Callable[[int], int | None],
    *,
    floor: float = 0.0,
) -> Pairs:
    """The candidate pairs of the mention rows and the entities given as bags, scored as
    ``candidates._scores`` scores them. ``floor``: leave out the pairs that share only key
    similarities below it (``weak_floor``; for the assignment, never for the recorded evidence)."""
    space, k = run.space, len(bags)
    mine = [run.bags[i] for i in rows]
    zh = _best_pairs([b.zh for b in mine], space.zh.strong(floor), [b.zh for b in bags])
    en = _best_pairs([b.en for b in mine], space.en.strong(floor), [b.en for b in bags])
    found = [zh[0], en[0]]
    kana: list[tuple[np.ndarray, np.ndarray]] = []
    if space.kana.keys:
        kana = [
            _best_pairs([b.kana for b in mine], space.kana.matrix(), [b.en for b in bags]),
            _best_pairs([b.en for b in mine], space.kana.across.matrix(), [b.kana for b in bags]),
            _best_pairs([b.kana for b in mine], space.kana.twin.matrix(), [b.kana for b in bags]),
        ]
        found += [p[0] for p in kana]
    acronyms: np.ndarray | None = None
    if any(b.given for b in mine) or any(b.given for b in bags):
        acronyms = space._acronyms(mine, list(bags)).ravel()
        found.append(np.flatnonzero(acronyms > 0))
    placed = place_pairs(
        mine, bags
    )  # a foreign place's names in two scripts (pipeline.matching.place_evidence)
    found += [_coded(mine, bags), _reviewed(run, rows, owner, k), placed]
    codes = _sorted_unique(np.concatenate(found).astype(np.int64))
    has = {
        "zh": (np.array([bool(b.zh) for b in mine]), np.array([bool(b.zh) for b in bags])),
        "en": (np.array([bool(b.en) for b in mine]), np.array([bool(b.en) for b in bags])),
    }
    zh_s = _signal(codes, zh, *has["zh"], k)
    en_s = _signal(codes, en, *has["en"], k)
    if floor > 0:  # a kept pair's weak similarities, left out of the search, still count in its score
        _fill_weak(zh_s, codes, zh, [b.zh for b in mine], [b.zh for b in bags], space.zh.matrix(), k)
        _fill_weak(en_s, codes, en, [b.en for b in mine], [b.en for b in bags], space.en.matrix(), k)
    for pairs in kana:
        lifted = _signal(codes, pairs, np.ones(len(mine), bool), np.ones(k, bool), k)
        en_s = np.where(lifted > 0, np.maximum(en_s, lifted), en_s)
    if len(placed):
        en_s = np.where(np.isin(codes, placed), np.maximum(en_s, space.w.phonetic_weight), en_s)
    acr_s = acronyms[codes] if acronyms is not None else np.full(len(codes), MISSING, dtype=np.float32)
    score = _combine(zh_s, en_s, acr_s, agreement=space.w.agreement).astype(np.float64)
    r, c = codes // k if k else codes, codes % k if k else codes
    _apply_codes_pairs(score, r, c, mine, bags, space.w.gazetteer_score)
    _apply_decisions_pairs(score, run, rows, owner, r, c)
    return Pairs(r, c, score, zh_s, en_s, acr_s)


def _sorted_unique(codes: np.ndarray) -> np.ndarray:
    codes = np.sort(codes, kind="stable")  # a merge of sorted runs
    return codes[np.r_[True, codes[1:] != codes[:-1]]] if len(codes) else codes


def _coded(mine: Sequence[Bag], bags: Sequence[Bag]) -> np.ndarray:
    """Pair codes of a coded row and an entity holding its code."""
    holders: dict[str, list[int]] = {}
    for c, b in enumerate(bags):
        for code in b.codes:
            holders.setdefault(code, []).append(c)
    k = len(bags)
    out = [r * k + c for r, b in enumerate(mine) for code in b.codes for c in holders.get(code, ())]
    return np.asarray(out, dtype=np.int64)


def _reviewed(run: _Run, rows: Sequence[int], owner: Callable[[int], int | None], k: int) -> np.ndarray:
    """Pair codes a reviewer decision joins."""
    out = []
    for a, i in enumerate(rows):
        for j in run.allies.get(i, ()):
            c = owner(j)
            if c is not None:
                out.append(a * k + c)
    return np.asarray(out, dtype=np.int64)


def _apply_codes_pairs(
    score: np.ndarray, r: np.ndarray, c: np.ndarray, mine: Sequence[Bag], bags: Sequence[Bag], floor: float
) -> None:
    """``candidates._apply_codes`` on the candidate pairs."""
    coded_rows = np.array([bool(b.codes) for b in mine], dtype=bool)
    if not coded_rows.any():
        return
    for p in np.flatnonzero(coded_rows[r]).tolist():
        row_codes, col_codes = mine[int(r[p])].codes, bags[int(c[p])].codes
        if not col_codes:
            continue
        if not row_codes & col_codes:
            score[p] = _FORBIDDEN
        elif row_codes == col_codes:
            score[p] = max(score[p], floor)


def _apply_decisions_pairs(
    score: np.ndarray,
    run: _Run,
    rows: Sequence[int],
    owner: Callable[[int], int | None],
    r: np.ndarray,
    c: np.ndarray,
) -> None:
    if not (run.allies or run.rivals):
        return
    at = {(int(a), int(b)): p for p, (a, b) in enumerate(zip(r.tolist(), c.tolist(), strict=True))}
    for a, i in enumerate(rows):
        for j in run.allies.get(i, ()):
            col = owner(j)
            if col is not None and (a, col) in at:
                score[at[(a, col)]] = _REVIEWER_SCORE
        for j in run.rivals.get(i, ()):
            col = owner(j)
            if col is not None and (a, col) in at:
                score[at[(a, col)]] = _FORBIDDEN
