"""Scores by distinct spelling: one column per distinct entity bag, over every distinct mention bag.

Many outlets print the same spelling, and an entity's bag (the union of its members' keys) rarely
changes when one member comes or goes, so the score of a mention against an entity is a function of two
values that repeat all through the passes: the mention's bag and the entity's. ``Columns`` computes the
scores of every distinct mention bag (a *spelling*) against one entity bag at once, keeps the column,
and an alignment gathers its rows x entities matrix from the kept columns. The numbers are the ones
``candidates._scores`` computes (the same float32 signals, maxima and clipping, the same combination,
gazetteer codes applied the same way); reviewer decisions depend on which entity holds which mention,
not on bags, so a run with decisions does not use it (``lists.match_lists``).

A spelling's similarity to each key is kept in a sparse matrix per signal (spellings x keys: the best
over the spelling's keys of ``key_table.KeyTable.matrix``); a column is the best over the entity's keys.
Columns live in one float64 table of at most ``budget`` cells, emptied when full.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse

from pipeline.matching.acronym_evidence import AcronymRows
from pipeline.matching.bags import MISSING, Bag
from pipeline.matching.candidates import _FORBIDDEN
from pipeline.matching.evidence import _combine
from pipeline.matching.place_evidence import sharing
from pipeline.matching.state import _Run

# cells (float64) of the table of kept columns: 16 Mi cells, 128 MiB
BUDGET = 1 << 24
# (spelling, bag) pairs whose signals one call computes (as a block of which the diagonal is kept)
SIGNAL_CHUNK = 128


def _spelled(table: sparse.csr_matrix, keys: Sequence[tuple[int, ...]]) -> sparse.csc_matrix:
    """Spellings x keys of ``table``'s columns: the best similarity of any key of the spelling (rows of
    ``table``) with each key; absent where it is 0."""
    owner = np.fromiter((s for s, ks in enumerate(keys) for _k in ks), dtype=np.int64)
    key = np.fromiter((k for ks in keys for k in ks), dtype=np.int64)
    shape = (len(keys), table.shape[1])
    if not len(key):
        return sparse.csc_matrix(shape, dtype=np.float32)
    starts, counts = table.indptr[key], table.indptr[key + 1] - table.indptr[key]
    total = int(counts.sum())
    if not total:
        return sparse.csc_matrix(shape, dtype=np.float32)
    at = (
        np.arange(total, dtype=np.int64)
        - np.repeat(np.cumsum(counts) - counts, counts)
        + np.repeat(starts, counts)
    )
    rows, cols, vals = np.repeat(owner, counts), table.indices[at].astype(np.int64), table.data[at]
    code = rows * shape[1] + cols
    order = np.lexsort((-vals, code))  # per (spelling, key) the best first
    code, vals = code[order], vals[order]
    first = np.r_[True, code[1:] != code[:-1]]
    code, vals = code[first], vals[first]
    out = sparse.csc_matrix((vals, (code // shape[1], code % shape[1])), shape=shape, dtype=np.float32)
    out.sort_indices()
    return out


def _best(spelled: sparse.csc_matrix, keys: Sequence[int], n: int) -> np.ndarray:
    """Per spelling, the best value over the columns ``keys`` (0 where none)."""
    out = np.zeros(n, dtype=np.float32)
    for k in keys:
        lo, hi = spelled.indptr[k], spelled.indptr[k + 1]
        if hi > lo:
            at = spelled.indices[lo:hi]
            out[at] = np.maximum(out[at], spelled.data[lo:hi])
    return out


class Columns:
    """Scores of the run's distinct mention bags against entity bags, one kept column per entity bag."""

    def __init__(self, run: _Run, *, budget: int = BUDGET) -> None:
        self.run = run
        index: dict[Bag, int] = {}
        self.spelling = np.fromiter(
            (index.setdefault(b, len(index)) for b in run.bags), dtype=np.int64, count=len(run.bags)
        )
        self.bags = list(index)
        n = self.n = len(self.bags)
        self._zh: sparse.csc_matrix | None = None  # built with the first column
        self._en: sparse.csc_matrix | None = None
        self._has_zh = np.array([bool(b.zh) for b in self.bags], dtype=bool)
        self._has_en = np.array([bool(b.en) for b in self.bags], dtype=bool)
        self._has_kana = np.array([bool(b.kana) for b in self.bags], dtype=bool)
        self._kana: sparse.csc_matrix | None = None
        self._across: sparse.csc_matrix | None = None
        self._twin: sparse.csc_matrix | None = None
        self._given = any(b.given for b in self.bags)
        self._acronym_rows: AcronymRows | None = None  # made with the first column that needs it
        codes = sorted({c for b in self.bags for c in b.codes})
        self._code_at = {c: i for i, c in enumerate(codes)}
        self._code = np.array(
            [self._code_at[next(iter(b.codes))] if len(b.codes) == 1 else -1 for b in self.bags],
            dtype=np.int64,
        )
        self._multi = any(len(b.codes) > 1 for b in self.bags)
        self.budget = max(budget, n)
        self._table = np.empty((n, 0), dtype=np.float64)
        self._by_id: dict[int, tuple[Bag, int]] = {}
        self._by_content: dict[tuple, int] = {}
        self._signals: dict[tuple[int, tuple], tuple[float, float, float]] = {}
        self._contents: dict[int, tuple[Bag, tuple]] = {}
        self.generation = 0  # how many times the table started again

    def matrix(self, rows: Sequence[int], bags: Sequence[Bag]) -> np.ndarray:
        """Scores (float64) of the mention rows against the entity bags, as ``candidates._scores``."""
        return self.gather(rows, self.slots(bags))

    def gather(self, rows: Sequence[int], slots: np.ndarray) -> np.ndarray:
        """Scores of the mention rows against the entity bags whose kept columns are ``slots``."""
        # one flat index into the table (half the time of ``np.ix_`` on an alignment's 65 x 441 cells);
        # the spellings and kept columns are in range by construction, so no bounds check is needed
        table = self._table
        at = np.add.outer(self.spelling[np.asarray(rows, dtype=np.int64)] * table.shape[1], slots)
        return table.take(at, mode="clip")

    def by_spelling(self, slots: np.ndarray) -> np.ndarray:
        """Every spelling's scores (rows: ``spelling`` ids) against the entity bags of ``slots``."""
        return self._table[:, slots]

    def fingerprint(self, slots: np.ndarray) -> tuple[int, bytes]:
        """Equal for two lists of entity bags exactly when their columns are the same, in the same
        order (a slot holds one entity bag until the table starts again)."""
        return self.generation, slots.tobytes()

    def signals_of(self, rows: Sequence[int], bags: Sequence[Bag]) -> list[tuple[float, float, float]]:
        """The (zh, en, acronym) signals of each mention row against the bag beside it, as ``_scores``
        gives them, computed once per (spelling, bag): the new ones in one call."""
        spelled = self.spelling[np.asarray(rows, dtype=np.int64)].tolist()
        keys = [(s, self._content(b)) for s, b in zip(spelled, bags, strict=True)]
        new = list({key: p for p, key in enumerate(keys) if key not in self._signals}.values())
        for start in range(0, len(new), SIGNAL_CHUNK):  # each call scores a chunk x chunk block
            chunk = new[start : start + SIGNAL_CHUNK]
            zh, en, acr = self.run.space.signals(
                [self.run.bags[rows[p]] for p in chunk], [bags[p] for p in chunk], cache=True
            )
            for at, p in enumerate(chunk):
                self._signals[keys[p]] = (float(zh[at, at]), float(en[at, at]), float(acr[at, at]))
        return [self._signals[key] for key in keys]

    def slots(self, bags: Sequence[Bag]) -> np.ndarray:
        """The kept columns of the entity bags, computed for those not kept yet."""
        by_id = self._by_id
        slots = [f[1] if (f := by_id.get(id(b))) is not None and f[0] is b else self._known(b) for b in bags]
        missing = [c for c, s in enumerate(slots) if s < 0]
        used = len(self._by_content)
        if used + len(missing) > self._table.shape[1]:
            self._grow(used + len(missing), len(bags))
            if not self._by_content:  # emptied
                slots = [-1] * len(bags)
                missing = list(range(len(bags)))
        for c in missing:
            slots[c] = self._known(bags[c])
            if slots[c] < 0:
                slots[c] = self._add(bags[c])
        return np.asarray(slots, dtype=np.int64)

    def _content(self, bag: Bag) -> tuple:
        found = self._contents.get(id(bag))
        if found is None or found[0] is not bag:
            found = self._contents[id(bag)] = (bag, _content(bag))
        return found[1]

    def _known(self, bag: Bag) -> int:
        found = self._by_id.get(id(bag))
        if found is not None and found[0] is bag:
            return found[1]
        slot = self._by_content.get(self._content(bag), -1)
        if slot >= 0:
            self._by_id[id(bag)] = (bag, slot)
        return slot

    def _grow(self, needed: int, now: int) -> None:
        """Room for ``needed`` columns; beyond the budget, the table starts again with room for the
        ``now`` columns of the alignment at hand."""
        limit = max(self.budget // self.n, now)
        if needed > limit:
            self._by_id.clear()
            self._by_content.clear()
            self._contents.clear()
            self.generation += 1
            self._table = np.empty((self.n, limit), dtype=np.float64)
            return
        cap = min(max(needed, 2 * self._table.shape[1], 64), limit)
        table = np.empty((self.n, cap), dtype=np.float64)
        used = len(self._by_content)
        table[:, :used] = self._table[:, :used]
        self._table = table

    def _add(self, bag: Bag) -> int:
        slot = len(self._by_content)
        self._by_content[self._content(bag)] = slot
        self._by_id[id(bag)] = (bag, slot)
        self._table[:, slot] = self._column(bag)
        return slot

    def _spell(self) -> tuple[sparse.csc_matrix, sparse.csc_matrix]:
        """The spellings x keys similarities, built once."""
        if self._zh is None or self._en is None:
            space = self.run.space
            self._zh = _spelled(space.zh.matrix(), [b.zh for b in self.bags])
            self._en = _spelled(space.en.matrix(), [b.en for b in self.bags])
            if space.kana.keys:
                self._kana = _spelled(space.kana.matrix(), [b.kana for b in self.bags])
                self._across = _spelled(space.kana.across.matrix(), [b.en for b in self.bags])
                self._twin = _spelled(space.kana.twin.matrix(), [b.kana for b in self.bags])
        return self._zh, self._en

    def _column(self, bag: Bag) -> np.ndarray:
        n = self.n
        spelled_zh, spelled_en = self._spell()
        zh = np.full(n, MISSING, dtype=np.float32)
        if bag.zh:
            zh[self._has_zh] = np.clip(_best(spelled_zh, bag.zh, n), 0.0, 1.0)[self._has_zh]
        en = np.full(n, MISSING, dtype=np.float32)
        if bag.en:
            en[self._has_en] = np.clip(_best(spelled_en, bag.en, n), 0.0, 1.0)[self._has_en]
        if self._kana is not None and self._across is not None and self._twin is not None:
            kana = np.full(n, MISSING, dtype=np.float32)
            if bag.en:
                kana[self._has_kana] = np.clip(_best(self._kana, bag.en, n), 0.0, 1.0)[self._has_kana]
            if bag.kana:
                across = np.clip(_best(self._across, bag.kana, n), 0.0, 1.0)
                kana[self._has_en] = np.maximum(kana[self._has_en], across[self._has_en])
                twin = np.clip(_best(self._twin, bag.kana, n), 0.0, 1.0)
                kana[self._has_kana] = np.maximum(kana[self._has_kana], twin[self._has_kana])
            en = np.where(kana > 0, np.maximum(en, kana), en)
        if bag.places:  # a foreign place's names in two scripts (pipeline.matching.place_evidence)
            en = np.where(sharing(self.bags, bag), np.maximum(en, self.run.space.w.phonetic_weight), en)
        if self._given or bag.given:
            if self._acronym_rows is None:
                self._acronym_rows = AcronymRows(self.bags)
            acr = self._acronym_rows.against(self.run.space, [bag])[:, 0]
        else:
            acr = np.full(n, MISSING, dtype=np.float32)
        score = _combine(zh, en, acr, agreement=self.run.space.w.agreement).astype(np.float64)
        if bag.codes:
            self._apply_codes(score, bag)
        return score

    def _apply_codes(self, score: np.ndarray, bag: Bag) -> None:
        """``candidates._apply_codes`` for every spelling against one entity bag."""
        if self._multi:
            for s, b in enumerate(self.bags):
                if b.codes and not b.codes & bag.codes:
                    score[s] = _FORBIDDEN
                elif b.codes and b.codes == bag.codes:
                    score[s] = max(score[s], self.run.space.w.gazetteer_score)
            return
        held = np.array([self._code_at[c] for c in bag.codes if c in self._code_at], dtype=np.int64)
        coded = self._code >= 0
        score[coded & ~np.isin(self._code, held)] = _FORBIDDEN
        if len(bag.codes) == 1 and len(held) == 1:
            same = self._code == held[0]
            score[same] = np.maximum(score[same], self.run.space.w.gazetteer_score)


def _content(bag: Bag) -> tuple:
    return (
        frozenset(bag.zh),
        frozenset(bag.en),
        bag.given,
        bag.derived,
        bag.codes,
        frozenset(bag.kana),
        bag.places,
    )
