"""The entities of an alignment pass, kept in the alignment order as they change.

``_Group`` is an entity being built. ``Board`` holds the entities that have members, sorted by their
first member (the order of an alignment's columns), and the kept column (``columns.Columns``) of each
one's bag. An article's alignment changes only the entities its own items leave or join, so the board
moves those alone (a binary search in the order) and scores their new bags alone: what an alignment
costs beyond its own scores no longer grows with the number of entities.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

import numpy as np

from pipeline.matching.bags import Bag
from pipeline.matching.columns import Columns

_LAST = (2**62, 0, "")


class _Group:
    """An entity being built: its members, the first of them in the alignment order, and the
    forms they give, counted, so that a member can leave."""

    __slots__ = (
        "members",
        "first",
        "_zh",
        "_en",
        "_given",
        "_derived",
        "_codes",
        "_places",
        "_kana",
        "_bag",
        "_undo",
        "_kept",
    )

    def __init__(self) -> None:
        self.members: set[int] = set()
        self.first: tuple[int, int, str] = _LAST
        self._zh: dict[int, int] = {}
        self._en: dict[int, int] = {}
        self._given: dict[str, int] = {}
        self._derived: dict[str, int] = {}
        self._codes: dict[str, int] = {}
        self._places: dict[str, int] = {}
        self._kana: dict[int, int] = {}
        self._bag: Bag | None = None
        # the member last taken out and the bag before: put back at once, it gives that bag again
        self._undo: tuple[int, Bag | None] | None = None
        # ``keeps``'s answers by spelling (the id of a run's bag), until a count passes 2 or 0
        self._kept: dict[int, tuple[Bag, bool]] = {}

    def add(self, i: int, bag: Bag, key: tuple[int, int, str]) -> None:
        undo, self._undo = self._undo, None
        self.members.add(i)
        if key < self.first:
            self.first = key
        for ids, count in ((bag.zh, self._zh), (bag.en, self._en), (bag.kana, self._kana)):
            for k in ids:
                if k in count:
                    count[k] += 1
                    if count[k] == 2:
                        self._kept.clear()
                else:
                    count[k] = 1
                    self._bag = None
        for forms, form_count in (
            (bag.given, self._given),
            (bag.derived, self._derived),
            (bag.codes, self._codes),
            (bag.places, self._places),
        ):
            for x in forms:
                if x in form_count:
                    form_count[x] += 1
                    if form_count[x] == 2:
                        self._kept.clear()
                else:
                    form_count[x] = 1
                    self._bag = None
        if self._bag is None and undo is not None and undo[0] == i:
            self._bag = undo[1]  # the same forms counted the same: the same bag

    def remove(self, i: int, bag: Bag, keys: Sequence[tuple[int, int, str]]) -> None:
        self._undo = (i, self._bag)
        self.members.discard(i)
        for ids, count in ((bag.zh, self._zh), (bag.en, self._en), (bag.kana, self._kana)):
            for k in ids:
                count[k] -= 1
                if count[k] < 2:
                    self._kept.clear()
                    if not count[k]:
                        del count[k]
                        self._bag = None
        for acronyms, acr_count in (
            (bag.given, self._given),
            (bag.derived, self._derived),
            (bag.codes, self._codes),
            (bag.places, self._places),
        ):
            for x in acronyms:
                acr_count[x] -= 1
                if acr_count[x] < 2:
                    self._kept.clear()
                    if not acr_count[x]:
                        del acr_count[x]
                        self._bag = None
        if keys[i] == self.first:
            self.first = min((keys[j] for j in self.members), default=_LAST)

    def keeps(self, bag: Bag) -> bool:
        """Whether the entity's forms stay the same without one member giving ``bag``."""
        found = self._kept.get(id(bag))
        if found is not None and found[0] is bag:
            return found[1]
        kept = self._keeps(bag)
        self._kept[id(bag)] = (bag, kept)
        return kept

    def _keeps(self, bag: Bag) -> bool:
        count = self._zh
        for k in bag.zh:
            if count[k] < 2:
                return False
        count = self._en
        for k in bag.en:
            if count[k] < 2:
                return False
        if bag.kana and any(self._kana[k] < 2 for k in bag.kana):
            return False
        if bag.given and any(self._given[x] < 2 for x in bag.given):
            return False
        if bag.derived and any(self._derived[x] < 2 for x in bag.derived):
            return False
        if bag.places and any(self._places[x] < 2 for x in bag.places):
            return False
        return not (bag.codes and any(self._codes[x] < 2 for x in bag.codes))

    def bag(self) -> Bag:
        if self._bag is None:
            self._bag = Bag(
                tuple(self._zh),
                tuple(self._en),
                frozenset(self._given),
                frozenset(self._derived),
                frozenset(self._codes),
                tuple(self._kana),
                frozenset(self._places),
            )
        return self._bag


class Board:
    """The entities with members, sorted by their first member, and the kept column of each one's bag."""

    def __init__(self, columns: Columns | None = None) -> None:
        self.groups: list[_Group] = []
        self._firsts: list[tuple[int, int, str]] = []
        self._slots: list[int] = []  # -1: to be found
        self._bags: list[Bag | None] = []  # the bag each slot was found for
        self._columns = columns
        self._generation = columns.generation if columns is not None else 0
        self._stale: set[_Group] = set()
        self._moving: dict[_Group, tuple[int, int, str]] = {}  # group -> its first when it began to change

    def __len__(self) -> int:
        return len(self.groups)

    def touch(self, group: _Group) -> None:
        """``group`` (on the board, or new) is about to gain or lose members: ``settle`` puts it in
        its place."""
        if group not in self._moving:
            self._moving[group] = group.first

    def settle(self) -> None:
        """The touched groups back in the order (or out, when empty); those whose bag changed wait
        for their column."""
        groups, firsts = self.groups, self._firsts
        moved = [(g, was) for g, was in self._moving.items() if g.first != was or not g.members]
        for group, was in moved:  # out first: a first may pass from one group to another
            at = bisect_left(firsts, was)
            if at < len(groups) and groups[at] is group:
                del groups[at], firsts[at], self._slots[at], self._bags[at]
        for group, _was in moved:
            if group.members:
                at = bisect_left(firsts, group.first)
                groups.insert(at, group)
                firsts.insert(at, group.first)
                self._slots.insert(at, -1)
                self._bags.insert(at, None)
        for group in self._moving:
            if not group.members:
                self._stale.discard(group)
            elif group._bag is None or self._bags[bisect_left(firsts, group.first)] is not group._bag:
                self._stale.add(group)
        self._moving.clear()

    def slots(self) -> np.ndarray:
        """The kept column of each group's bag, in the order of ``groups``."""
        columns = self._columns
        assert columns is not None
        if self._stale:
            stale = sorted(self._stale, key=_first_of)  # new columns in the order of the board
            bags = [g.bag() for g in stale]
            found = columns.slots(bags).tolist()
            if columns.generation == self._generation:
                for group, bag, slot in zip(stale, bags, found, strict=True):
                    at = bisect_left(self._firsts, group.first)
                    self._slots[at], self._bags[at] = slot, bag
            self._stale.clear()
        if columns.generation != self._generation:  # the table started again: every column afresh
            bags = [g.bag() for g in self.groups]
            self._slots = columns.slots(bags).tolist()
            self._bags = list(bags)
            self._generation = columns.generation
        return np.asarray(self._slots, dtype=np.int64)


def _first_of(group: _Group) -> tuple[int, int, str]:
    return group.first
