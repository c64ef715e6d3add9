"""Re-alignment passes that touch only what changed.

After the first alignment every article is taken out and aligned again, pass after pass, until the
partition settles. An article's alignment depends only on the scores of its items against the entities
and on the number of entities (elimination, the margin rule's "an entity sharing nothing"). A score
changes only when an entity gains or loses a member holding a key that has a non-zero similarity with
one of the article's keys (``key_table.KeyTable.matrix``), so ``Watch`` marks an article dirty when such
a member moves, or when the number of entities changes under a list that could be linked by
elimination. Articles whose items carry acronyms, gazetteer codes or places' readings, and every article
when reviewer decisions are given, are always aligned again (their evidence depends on more than keys).
A clean article keeps its assignment, which is still an optimal one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from pipeline.matching.bags import Bag
from pipeline.matching.state import _Run


class Watch:
    """Which articles must be aligned again since their last alignment.

    A token is a key of one language (Chinese, English, katakana sound), numbered across the three.
    Each article watches the tokens near its own keys (computed once per distinct spelling); a move
    stamps the tokens of the member that moved with a clock, and an article is dirty when one of
    the tokens it watches was stamped after its last alignment."""

    def __init__(
        self, run: _Run, by_article: Mapping[str, Sequence[int]], complete: Mapping[str, bool]
    ) -> None:
        self.always: set[str] = set()
        self.complete = complete
        self.k_seen: dict[str, int] = {}
        space = run.space
        self._zh, self._en = len(space.zh.keys), len(space.en.keys)
        self._stamp = np.zeros(self._zh + self._en + len(space.kana.keys), dtype=np.int64)
        self._clock = 1
        self._everything = 0  # when a given acronym last moved: every aligned article is dirty
        self._aligned: dict[str, int] = {}
        self._watched: dict[str, np.ndarray] = {}
        near: dict[int, np.ndarray] = {}  # by the id of a spelling's bag (one object per spelling)
        seen = np.zeros(len(self._stamp), dtype=bool)
        for article, rows in by_article.items():
            bags = [run.bags[i] for i in rows]
            if (
                run.constraints.used
                or any(b.given or b.codes or b.places for b in bags)
                or any(i in run.rivals for i in rows)
            ):
                self.always.add(article)
                continue
            parts = [
                near[id(b)] if id(b) in near else near.setdefault(id(b), self._near(run, b)) for b in bags
            ]
            # the union of the parts, ascending (a mask over the tokens costs less than sorting them)
            seen[:] = False
            if parts:
                seen[np.concatenate(parts)] = True
            self._watched[article] = np.flatnonzero(seen)

    def _near(self, run: _Run, bag: Bag) -> np.ndarray:
        """The tokens whose move can change this spelling's scores."""
        space = run.space
        out: list[np.ndarray] = []
        for ids, table, offset in ((bag.zh, space.zh.matrix(), 0), (bag.en, space.en.matrix(), self._zh)):
            out += [table.indices[table.indptr[k] : table.indptr[k + 1]] + offset for k in ids]
        if space.kana.keys:
            kana, across, twin = space.kana.matrix(), space.kana.across.matrix(), space.kana.twin.matrix()
            out += [kana.indices[kana.indptr[k] : kana.indptr[k + 1]] + self._zh for k in bag.kana]
            at = self._zh + self._en
            out += [across.indices[across.indptr[k] : across.indptr[k + 1]] + at for k in bag.en]
            out += [twin.indices[twin.indptr[k] : twin.indptr[k + 1]] + at for k in bag.kana]
        return np.unique(np.concatenate(out).astype(np.int64)) if out else np.zeros(0, np.int64)

    def moved(self, bags: Iterable[Bag]) -> None:
        """Members with these forms joined or left entities (in one article's alignment)."""
        self._clock += 1
        zh, en = self._zh, self._en
        tokens: list[int] = []
        for bag in bags:
            if bag.given:  # a given acronym is evidence against any English name
                self._everything = self._clock
                continue
            tokens += bag.zh
            tokens += [k + zh for k in bag.en]
            tokens += [k + zh + en for k in bag.kana]
        if tokens:
            self._stamp[tokens] = self._clock

    def aligned(self, article: str, n_entities: int) -> None:
        self._aligned[article] = self._clock
        self.k_seen[article] = n_entities

    def needs(self, article: str, n_entities: int) -> bool:
        """Whether the article must be aligned again, ``n_entities`` being the number of entities it
        would be aligned against (a smaller number can change the margin rule's runner-up)."""
        if article in self.always or article not in self._aligned:
            return True
        since = self._aligned[article]
        watched = self._watched[article]
        if self._everything > since or (len(watched) and int(self._stamp[watched].max()) > since):
            return True
        seen = self.k_seen[article]
        return n_entities < seen or (self.complete.get(article, False) and n_entities != seen)
