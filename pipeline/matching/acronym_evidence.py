"""Acronym evidence: a given acronym equal to another given one, equal to one derived from the other
side's English name, or compatible with its initials; for many bags at once and for one pair.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from pipeline.matching.bags import DEFAULT, MISSING, Bag
from pipeline.normalize.chinese import is_subsequence
from pipeline.settings import EvidenceSettings

if TYPE_CHECKING:  # ``Space`` builds these objects; here it is only a type
    from pipeline.matching.evidence import Space


class AcronymRows:
    """The rows' side of ``Space._acronyms``, made once for any number of bags: which rows give or
    derive each acronym."""

    def __init__(self, rows: Sequence[Bag]) -> None:
        n = self.n = len(rows)
        self.rg = np.array([bool(b.given) for b in rows], dtype=bool)
        self.rd = np.array([bool(b.derived) for b in rows], dtype=bool)
        # the rows' given (a) and derived (d) acronyms
        self.a_at = {x: c for c, x in enumerate(sorted({x for b in rows for x in b.given}))}
        self.d_at = {x: c for c, x in enumerate(sorted({x for b in rows for x in b.derived}))}
        self.row_a = np.zeros((n, len(self.a_at)), dtype=bool)
        self.row_d = np.zeros((n, len(self.d_at)), dtype=bool)
        for i, b in enumerate(rows):
            self.row_a[i, [self.a_at[x] for x in b.given]] = True
            self.row_d[i, [self.d_at[x] for x in b.derived]] = True
        self.a_initial: dict[str, list[str]] = defaultdict(list)
        for x in self.a_at:
            if len(x) >= 3:
                self.a_initial[x[0]].append(x)
        self.d_initial: dict[str, list[str]] = defaultdict(list)
        for d in self.d_at:
            self.d_initial[d[0]].append(d)

    def against(self, space: Space, bags: Sequence[Bag]) -> np.ndarray:
        """The acronym evidence, rows x ``bags``."""
        n, k = self.n, len(bags)
        out = np.full((n, k), MISSING, dtype=np.float32)
        rg, a_at, d_at = self.rg, self.a_at, self.d_at
        bg = np.array([bool(b.given) for b in bags], dtype=bool)
        if not n or not k or not (rg.any() or bg.any()):
            return out
        bd = np.array([bool(b.derived) for b in bags], dtype=bool)
        # which bags meet each of the rows' acronyms, and how
        a_given, a_derived, a_fits = (np.zeros((k, len(a_at)), dtype=bool) for _ in range(3))
        d_given, d_fits = (np.zeros((k, len(d_at)), dtype=bool) for _ in range(2))
        for j in np.flatnonzero(bg).tolist():
            for x in bags[j].given:
                if x in a_at:
                    a_given[j, a_at[x]] = True
                if x in d_at:
                    d_given[j, d_at[x]] = True
                if len(x) >= 3:
                    for d in self.d_initial.get(x[0], ()):
                        if space._fits(x, d):
                            d_fits[j, d_at[d]] = True
        if a_at:
            for j, b in enumerate(bags):
                for d in b.derived:
                    if d in a_at:
                        a_derived[j, a_at[d]] = True
                    for x in self.a_initial.get(d[0], ()):
                        if space._fits(x, d):
                            a_fits[j, a_at[x]] = True
        row_a, row_d, w = self.row_a, self.row_d, space.w
        out[(rg[:, None] & (bg | bd)[None, :]) | (self.rd[:, None] & bg[None, :])] = 0.0
        out[(row_a @ a_fits.T) | (row_d @ d_fits.T)] = w.acronym_compatible
        out[(row_a @ a_derived.T) | (row_d @ d_given.T)] = w.acronym_derived
        out[row_a @ a_given.T] = w.acronym_given
        return out


def acronym_value(a: Bag, b: Bag, w: EvidenceSettings = DEFAULT) -> float:
    """Acronym evidence between two sources (the reference for ``Space._acronyms``)."""
    given_a, given_b = a.given, b.given
    if not given_a and not given_b:
        return MISSING
    if given_a & given_b:
        return w.acronym_given
    derived_a, derived_b = a.derived, b.derived
    if (given_a & derived_b) or (given_b & derived_a):
        return w.acronym_derived
    for g, ds in ((given_a, derived_b), (given_b, derived_a)):
        for x in g:
            for d in ds:
                if len(x) >= 3 and x[0] == d[0] and is_subsequence(x, d):
                    return w.acronym_compatible
    if (given_a and (given_b or derived_b)) or (given_b and derived_a):
        return 0.0
    return MISSING
