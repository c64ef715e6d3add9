"""Value columns as data: each outlet's columns aligned into canonical ones.

An article prints values in columns it labels its own way (``新稅率``, ``New rate``). Labels don't
translate reliably; the values do: columns are aligned like groups (``pipeline.groups``), by the
agreement of the values two columns give the same entities, in whatever scale and precision each prints
them (``6,809.9億美元`` is ``680,985`` under ``百萬美元``, rounded).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

from pipeline.assignment import linear_sum_assignment
from pipeline.group_labels import NUMBERED_LABEL_RE
from pipeline.lang.precision import backs, printed_step
from pipeline.lang.rank_cues import RANK_COLUMN_RE
from pipeline.models import Kind, Mention

MIN_AGREEMENT = 0.5  # share of shared entities on which two columns must give the same value


@dataclass(frozen=True, slots=True)
class CanonicalColumns:
    of: Mapping[tuple[str, int], str]  # (article, value index in its items) -> canonical column id
    labels: Mapping[str, str]
    # mention key -> the article's value index of each of its values, where it prints fewer (``value_slots``)
    shifted: Mapping[str, tuple[int, ...]] = field(default_factory=dict)

    def column(self, m: Mention, k: int) -> str | None:
        """The canonical column of ``m``'s ``k``-th value."""
        slots = self.shifted.get(m.key)
        return self.of.get((m.article, slots[k] if slots is not None else k))


class _Printed(NamedTuple):
    """A value as a column holds it: its number, the step its print shows (``printed_step``), its unit."""

    number: float
    step: float = 0.0
    unit: str = ""


def _labelled(label: str) -> bool:
    return bool(label) and not NUMBERED_LABEL_RE.match(label)


def value_slots(mentions: Sequence[Mention]) -> dict[str, tuple[int, ...]]:
    """Mention key -> the article's value index of each of its values, for the items whose labelled values
    sit at other indexes than the same labels do in most of the article's items: ``3（比例3）`` among
    ``39（選挙区27、比例12）`` prints no first part, and its ``比例`` is the article's third value, not its
    second. Only where the item's labels keep their order and each has its own index."""
    at: dict[str, dict[str, Counter[int]]] = defaultdict(lambda: defaultdict(Counter))
    listed = [m for m in mentions if m.kind is Kind.LIST and m.values]
    for m in listed:
        for k, v in enumerate(m.values):
            if _labelled(v.column):
                at[m.article][v.column][k] += 1
    home = {
        art: {label: min(c.items(), key=lambda t: (-t[1], t[0]))[0] for label, c in labels.items()}
        for art, labels in at.items()
    }
    out: dict[str, tuple[int, ...]] = {}
    for m in listed:
        own = home.get(m.article, {})
        slots = tuple(own.get(v.column, k) if _labelled(v.column) else k for k, v in enumerate(m.values))
        if slots != tuple(range(len(slots))) and list(slots) == sorted(set(slots)):
            out[m.key] = slots
    return out


def _column_values(
    mentions: Sequence[Mention], entity_of: Mapping[str, str], shifted: Mapping[str, tuple[int, ...]]
) -> dict[str, dict[int, dict[str, _Printed]]]:
    """article -> value index -> entity -> value."""
    out: dict[str, dict[int, dict[str, _Printed]]] = defaultdict(lambda: defaultdict(dict))
    for m in mentions:
        if m.kind is not Kind.LIST or not (ent := entity_of.get(m.key)):
            continue
        slots = shifted.get(m.key) or range(len(m.values))
        for k, v in zip(slots, m.values, strict=True):
            if v.number is not None:
                out[m.article][k][ent] = _Printed(float(v.number), printed_step(v.raw, v.number), v.unit)
    return {a: dict(c) for a, c in out.items()}


def _same(a: _Printed, b: _Printed) -> bool:
    """Two columns' values for one entity are one figure: equal, or one the other rounded in one unit
    (``6,809.9億美元`` and ``680,985`` under ``百萬美元``); a plain number (``8.82 million``) and one in a
    unit (``881万7800人``) are one when the first is the other rounded."""
    units = a.unit == b.unit or (not a.unit or not b.unit) and "%" not in (a.unit, b.unit)
    return a.number == b.number or (units and backs(a.number, a.step, b.number, b.step))


def _shares(column: Mapping[str, _Printed]) -> bool:
    """Whether most of a column's values are percentages."""
    return 2 * sum(1 for v in column.values() if v.unit == "%") > len(column)


def _places(label: str) -> bool:
    """A column of places (``排名``, ``Rank``): each value the place its item is printed at."""
    return bool(RANK_COLUMN_RE.match(label))


def _places_voted(labels: Counter[str]) -> bool:
    """A canonical column most of whose labels so far are of places."""
    return bool(labels) and _places(labels.most_common(1)[0][0])


def _agreement(a: Mapping[str, _Printed], b: Mapping[str, _Printed]) -> float:
    shared = a.keys() & b.keys()
    return sum(1 for e in shared if _same(a[e], b[e])) / len(shared) if shared else 0.0


MIN_SWAP_SHARED = 3  # entities two columns share, at the least, to tell two swapped values from a column


def _swapped_two(column: Mapping[str, _Printed], canon: Mapping[str, _Printed]) -> bool:
    """On the entities both hold (``MIN_SWAP_SHARED`` at least), the two columns give the same values but
    for two entities, each given the other's value."""
    shared = sorted(column.keys() & canon.keys())
    off = [e for e in shared if not _same(column[e], canon[e])]
    if len(shared) < MIN_SWAP_SHARED or len(off) != 2:
        return False
    one, two = off
    return _same(column[one], canon[two]) and _same(column[two], canon[one])


def _kin(
    column: Mapping[str, _Printed],
    canon: Mapping[str, Mapping[str, _Printed]],
    votes: Mapping[str, Counter[str]],
    taken: Mapping[int, str],
) -> str | None:
    """The one canonical column still free, of no places, that a column agreeing with none so far (below
    ``MIN_AGREEMENT``) matches but for two values swapped between two items: in a short list the swap
    alone leaves it less than half in agreement. None where no such column, or several, is free."""
    kin = [
        c
        for c in canon
        if c not in taken.values()
        and not _places_voted(votes.get(c, Counter()))
        and _swapped_two(column, canon[c])
    ]
    return kin[0] if len(kin) == 1 else None


def align_columns(
    mentions: Sequence[Mention],
    entity_of: Mapping[str, str],
    *,
    seed: Mapping[str, tuple[str, dict[str, float]]] | None = None,
) -> CanonicalColumns:
    """Canonical value columns. ``seed``: column id -> (label, entity -> value), from a reference."""
    shifted = value_slots(mentions)
    values = _column_values(mentions, entity_of, shifted)
    labels_by_index: dict[tuple[str, int], str] = {}
    for m in mentions:
        for k, v in zip(shifted.get(m.key) or range(len(m.values)), m.values, strict=True):
            labels_by_index.setdefault((m.article, k), v.column)
    canon: dict[str, dict[str, _Printed]] = {
        cid: {ent: _Printed(val) for ent, val in vals.items()} for cid, (_, vals) in (seed or {}).items()
    }
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    of: dict[tuple[str, int], str] = {}
    order = sorted(values, key=lambda a: (-sum(len(c) for c in values[a].values()), a))
    for art in order:
        idx = sorted(values[art])
        ids = list(canon)
        taken: dict[int, str] = {}
        if ids:
            score = np.array([[_agreement(values[art][k], canon[c]) for c in ids] for k in idx])
            rows, cols = linear_sum_assignment(-score)
            taken = {idx[r]: ids[c] for r, c in zip(rows, cols, strict=True) if score[r, c] >= MIN_AGREEMENT}
            # a column that agrees with none (two columns swapped for one entity still agree on the rest)
            for k in idx:
                if k not in taken and len(idx) == len(ids):
                    free = [c for c in ids if c not in taken.values()]
                    if (
                        len(free) == 1
                        and _shares(values[art][k]) == _shares(canon[free[0]])
                        and _places(labels_by_index.get((art, k), "")) == _places_voted(votes[free[0]])
                    ):
                        taken[k] = free[0]  # no column of counts for one of shares, nor of places
                if (
                    k not in taken
                    and not _places(labels_by_index.get((art, k), ""))
                    and (kin := _kin(values[art][k], canon, votes, taken))
                ):
                    taken[k] = kin  # two of three shares swapped: it agrees on the one left alone
        for k in idx:
            cid = taken.get(k) or f"c{len(canon) + 1}"
            if cid not in canon:
                canon[cid] = {}
            if not seed:
                for ent, val in values[art][k].items():
                    canon[cid].setdefault(ent, val)
            of[(art, k)] = cid
            if (label := labels_by_index.get((art, k), "")) and not NUMBERED_LABEL_RE.match(label):
                votes[cid][label] += 1
    labels_out = {cid: (votes[cid].most_common(1)[0][0] if votes[cid] else cid) for cid in canon}
    if seed:
        labels_out.update({cid: label for cid, (label, _) in seed.items()})
    return CanonicalColumns(of, labels_out, shifted)
