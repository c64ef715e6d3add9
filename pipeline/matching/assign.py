"""Global assignment: an entity holds at most one list mention per article.

List articles are ordered by list length (longest first), then id; the first founds the entities, each
next one is aligned to the growing entity set with ``scipy.optimize.linear_sum_assignment`` on a
mentions x (entities + "new entity") matrix in which founding a new entity is worth ``score_cutoff``. A
proposed pair is kept when its score reaches ``sure_score``, or reaches ``score_cutoff`` and beats the
mention's next best entity by ``min_margin`` (weak *and* indistinct evidence is what a stray looks like);
otherwise the mention founds a new entity. Then every article in turn is taken out and aligned again
against the entities of all the others, until nothing changes (at most ``max_passes`` passes), so that
a later list can bridge two earlier ones. When an article's list is complete and exactly one of its
items and one entity are left over while the entity set is as large as the list, that pair is linked by
elimination; never for a partial list, nor where both print English names that share nothing, nor where
their names in different scripts give family names that begin with other sounds (``理查·高斯`` left
with John Doe; a transliteration keeps a name's first sound): a name another outlet put in that place,
not a translation of it.

One article is aligned on the brute-force matrices (``align_dense``) or, when ``blocked`` says it is
long, on candidate pairs (``align_blocked``); ``margins`` looks again at the links turned down for their
margin; ``elimination`` holds the links by elimination and what refuses them. Used by ``lists``;
``record`` reads ``blocked`` and the alignment keys.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from pipeline.matching.align_blocked import _align_blocked
from pipeline.matching.align_dense import _align, _decide
from pipeline.matching.bags import Bag
from pipeline.matching.board import Board, _Group
from pipeline.matching.columns import Columns
from pipeline.matching.elimination import _among_held, _unless_contradicted
from pipeline.matching.passes import Watch
from pipeline.matching.state import _Run

# The blocked path (pipeline.matching.blocks: candidate pairs, a sparse assignment) gives the links of the
# brute-force matrices; tests compare the two.
BLOCKED = True
# An alignment of at most this many mention x entity pairs uses the brute-force matrices (the same
# links; less fixed cost on small lists: benchmarks/README.md, "Long lists").
DENSE_PAIRS = 50_000
# Passes align again only the articles whose evidence changed (pipeline.matching.passes).
SKIP_CLEAN = True
# A row whose entity looks the same without it stays in it while its article is aligned (``_cluster``).
HOLD_STEADY = True


def blocked(n_rows: int, n_entities: int) -> bool:
    """Whether an alignment of this size takes the blocked path."""
    return BLOCKED and n_rows * n_entities > DENSE_PAIRS


def _alignment_keys(run: _Run) -> list[tuple[int, int, str]]:
    """Per mention: (article rank, position, key); an entity sorts by the least of its members'."""
    order = {a: i for i, a in enumerate(run.article_order)}
    return [(order[m.article], m.position, m.key) for m in run.mentions]


def _cluster(
    run: _Run, totals: Mapping[str, int], columns: Columns | None = None
) -> tuple[list[list[int]], set[int]]:
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(run.mentions):
        by_article[m.article].append(i)
    for a in by_article:
        by_article[a].sort(key=lambda i: (run.mentions[i].position, run.mentions[i].key))
    complete = {a: totals.get(a) == len(idx) for a, idx in by_article.items()}
    eliminated: dict[str, set[int]] = {}
    keys = _alignment_keys(run)
    group_of: dict[int, _Group] = {}

    watch = Watch(run, by_article, complete) if SKIP_CLEAN else None
    # per article: the columns of its last alignment and what it gave
    last: dict[str, tuple[tuple[int, bytes], tuple[list[int | None], set[int]]]] = {}

    board = Board(columns)

    def place(article: str) -> None:
        """Take the article's items out of their entities and align them again."""
        rows = by_article[article]
        if watch is not None:
            alone = sum(1 for r in rows if r in group_of and len(group_of[r].members) == 1)
            # every group of the list has members here: rows leave groups only below
            if not watch.needs(article, len(board) - alone):
                return
        before: dict[int, _Group | None] = {}
        placed = {r for r in rows if r in group_of}
        # rows whose entity keeps its forms and its first member without them stay in it while the
        # article is aligned: the entity looks the same to the alignment, and most rows stay where they are
        held: dict[int, _Group] = {}
        for r in rows:
            left = group_of.pop(r, None)
            before[r] = left if left is not None and len(left.members) > 1 else None
            if left is None:
                continue
            if HOLD_STEADY and before[r] is not None and left.first != keys[r] and left.keeps(run.bags[r]):
                held[r] = left
                continue
            board.touch(left)
            left.remove(r, run.bags[r], keys)
        board.settle()
        groups = list(board.groups)
        n_columns = len(groups)
        column: dict[int, int] = {}

        def owner(i: int) -> int | None:
            g = group_of.get(i)
            if g is None:
                return None
            if not column:
                column.update((id(h), c) for c, h in enumerate(groups[:n_columns]))
            return column[id(g)]

        if columns is not None and not blocked(len(rows), len(groups)):
            # the alignment is a function of the scores: the same columns in the same order, the same one
            slots = board.slots()
            seen = columns.fingerprint(slots)
            if seen != last.get(article, (None,))[0]:
                last[article] = (seen, _decide(run, columns.gather(rows, slots), complete=complete[article]))
            assignment, by_elimination = last[article][1]
        else:
            bags = [g._bag or g.bag() for g in groups]
            align = _align_blocked if blocked(len(rows), len(groups)) else _align
            assignment, by_elimination = align(run, rows, bags, owner, complete=complete[article])
        if complete[article] and not by_elimination:
            assignment, by_elimination = _among_held(run, article, rows, groups, assignment, owner)
        if by_elimination:
            assignment, by_elimination = _unless_contradicted(run, rows, groups, assignment, by_elimination)
        if watch is not None:
            watch.aligned(article, len(groups))
        eliminated[article] = {rows[r] for r in by_elimination}
        for r, target in zip(rows, assignment, strict=True):
            kept = held.get(r)
            if kept is not None and (target is None or groups[target] is not kept):
                board.touch(kept)  # it leaves now; its entity keeps its forms and place
                kept.remove(r, run.bags[r], keys)
        moved: list[Bag] = []
        for r, target in zip(rows, assignment, strict=True):
            if target is not None and held.get(r) is groups[target]:
                group_of[r] = groups[target]  # stayed where it was held: nothing moved
                continue
            if target is None:
                groups.append(_Group())
                target = len(groups) - 1
            if watch is not None and _moved(r in placed, before[r], groups[target], target < n_columns):
                moved.append(run.bags[r])
            board.touch(groups[target])
            groups[target].add(r, run.bags[r], keys[r])
            group_of[r] = groups[target]
        board.settle()
        if watch is not None and moved:
            watch.moved(moved)

    for article in run.article_order:
        place(article)
    previous = _partition(g.members for g in board.groups)
    for _ in range(run.rule.max_passes):
        for article in run.article_order:
            place(article)
        current = _partition(g.members for g in board.groups)
        if current == previous:
            break
        previous = current
    groups = board.groups
    clusters = sorted((sorted(g.members) for g in groups if g.members), key=lambda e: min(keys[i] for i in e))
    return clusters, set().union(*eliminated.values()) if eliminated else set()


def _moved(placed: bool, before: _Group | None, after: _Group, joined: bool) -> bool:
    """Whether a row's entity, as the other articles see it, changed: it was not placed yet, it left
    an entity it shared, or it joined one (a row alone before and alone again changed nothing)."""
    if not placed:
        return True
    return joined if before is None else after is not before


def _partition(entities: Iterable[Iterable[int]]) -> frozenset[frozenset[int]]:
    return frozenset(frozenset(e) for e in entities if e)
