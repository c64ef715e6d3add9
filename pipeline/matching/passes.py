"""Re-alignment passes that touch only what changed.

After the first alignment every article is taken out and aligned again, pass after pass, until the
partition settles. An article's alignment depends only on the scores of its items against the entities
and on the number of entities (elimination, the margin rule's "an entity sharing nothing"). A score
changes only when an entity gains or loses a member holding a key that has a non-zero similarity with
one of the article's keys (``evidence._KeyTable.matrix``), so ``Watch`` marks an article dirty when such
a member moves, or when the number of entities changes under a list that could be linked by
elimination. Articles whose items carry acronyms or gazetteer codes, and every article when reviewer
decisions are given, are always aligned again (their evidence depends on more than keys). A clean
article keeps its assignment, which is still an optimal one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from pipeline.matching.evidence import _Bag
from pipeline.matching.state import _Run


def _tokens(bag: _Bag) -> list[tuple[str, int]]:
    return [*(("zh", k) for k in bag.zh), *(("en", k) for k in bag.en), *(("kana", k) for k in bag.kana)]


class Watch:
    """Which articles must be aligned again since their last alignment."""

    def __init__(
        self, run: _Run, by_article: Mapping[str, Sequence[int]], complete: Mapping[str, bool]
    ) -> None:
        self.always: set[str] = set()
        self.watchers: dict[tuple[str, int], set[str]] = defaultdict(set)
        self.complete = complete
        self.dirty: set[str] = set(by_article)
        self.k_seen: dict[str, int] = {}
        space = run.space
        matrices = {"zh": space.zh.matrix(), "en": space.en.matrix()}
        kana = space.kana.matrix() if space.kana.keys else None
        for article, rows in by_article.items():
            bags = [run.bags[i] for i in rows]
            if run.constraints.used or any(b.given or b.codes for b in bags):
                self.always.add(article)
                continue
            for b in bags:
                for lang, ids in (("zh", b.zh), ("en", b.en)):
                    for k in ids:
                        row = matrices[lang]
                        for near in row.indices[row.indptr[k] : row.indptr[k + 1]].tolist():
                            self.watchers[(lang, near)].add(article)
                if kana is not None:
                    for k in b.kana:
                        for near in kana.indices[kana.indptr[k] : kana.indptr[k + 1]].tolist():
                            self.watchers[("en", near)].add(article)
                    across = space.kana.across.matrix()
                    for k in b.en:
                        for near in across.indices[across.indptr[k] : across.indptr[k + 1]].tolist():
                            self.watchers[("kana", near)].add(article)

    def moved(self, bag: _Bag) -> None:
        """A member with these forms joined or left an entity."""
        if bag.given:  # a given acronym is evidence against any English name
            self.dirty |= set(self.k_seen)
            return
        for token in _tokens(bag):
            self.dirty |= self.watchers.get(token, set())

    def aligned(self, article: str, n_entities: int) -> None:
        self.dirty.discard(article)
        self.k_seen[article] = n_entities

    def needs(self, article: str, n_entities: int) -> bool:
        """Whether the article must be aligned again, ``n_entities`` being the number of entities it
        would be aligned against (a smaller number can change the margin rule's runner-up)."""
        if article in self.always or article in self.dirty:
            return True
        seen = self.k_seen.get(article)
        return seen is None or n_entities < seen or (self.complete.get(article, False) and n_entities != seen)
