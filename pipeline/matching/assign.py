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

``margins`` looks again at the links turned down for their margin; ``elimination`` holds the links by
elimination and what refuses them. Used by ``lists``; ``record`` reads ``blocked`` and the alignment keys.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence

import numpy as np
from scipy import sparse

from pipeline.matching import onestep
from pipeline.matching.bags import Bag
from pipeline.matching.blocks import blocked_scores, weak_floor
from pipeline.matching.board import Board, _Group
from pipeline.matching.candidates import _FORBIDDEN, _scores
from pipeline.matching.columns import Columns
from pipeline.matching.elimination import _among_held, _unless_contradicted
from pipeline.matching.margins import _claimed, _free_contested, _holders, _rivals_held, _row_tops
from pipeline.matching.passes import Watch
from pipeline.matching.state import _Run


def _align(
    run: _Run,
    rows: list[int],
    bags: Sequence[Bag],
    owner: Callable[[int], int | None],
    *,
    complete: bool,
) -> tuple[list[int | None], set[int]]:
    """Entity index (or None: found a new entity) for each mention row, and the rows linked by
    elimination."""
    if not bags:
        return [None] * len(rows), set()
    return _decide(run, _scores(run, rows, bags, owner)[0], complete=complete)


def _decide(run: _Run, score: np.ndarray, *, complete: bool) -> tuple[list[int | None], set[int]]:
    """``_align`` on the rows x entities ``score`` matrix."""
    n, k = score.shape
    if not k:
        return [None] * n, set()
    found = onestep.solve(score, run.rule.score_cutoff) if ONE_STEP else None
    if found is not None:
        ri, ci = np.arange(n), found
    else:
        # columns: the entities, then one "new entity" option per row worth the cutoff
        cost = np.full((n, k + n), -_FORBIDDEN, dtype=np.float64)
        np.negative(score, out=cost[:, :k])
        cost[np.arange(n), k + np.arange(n)] = -run.rule.score_cutoff
        # imported here: scipy.optimize takes about 0.3 s to import, and onestep answers most alignments
        from scipy.optimize import linear_sum_assignment

        ri, ci = linear_sum_assignment(cost)
    # each row's best entity but the one proposed (np.max of the row without it)
    proposed = np.minimum(ci, k - 1)
    at = score[ri, proposed]
    values = at.tolist()
    if k > 1:  # the proposed cells left out in place and put back (each row has one): no copy of the matrix
        score[ri, proposed] = -np.inf
        runner_ups = score.max(axis=1).tolist()
        score[ri, proposed] = at
    else:
        runner_ups = [0.0] * n
    out: list[int | None] = [None] * n
    rule = run.rule
    contested: list[tuple[int, int, float]] = []
    for r, c, value in zip(ri.tolist(), ci.tolist(), values, strict=True):
        if c >= k or value < rule.score_cutoff:
            continue
        if value < rule.sure_score and k > 1:
            if value - runner_ups[r] < rule.min_margin:
                contested.append((r, c, value))
                continue  # weak and not distinctive: more likely a stray than a translation
        out[r] = c
    claims = _claimed(out, contested)
    for r, c, value in contested:
        if _rivals_held(value, enumerate(score[r].tolist()), c, _holders(claims, r, score), rule.min_margin):
            out[r] = c
    eliminated: set[int] = set()
    if complete and k == n:
        left_rows = [r for r in range(n) if out[r] is None]
        taken = {c for c in out if c is not None}
        left_cols = [c for c in range(k) if c not in taken]
        if len(left_rows) == 1 and len(left_cols) == 1 and score[left_rows[0], left_cols[0]] > _FORBIDDEN / 2:
            out[left_rows[0]] = left_cols[0]
            eliminated.add(left_rows[0])
    return out, eliminated


# The blocked path (pipeline.matching.blocks: candidate pairs, a sparse assignment) gives the links of the
# brute-force matrices; tests compare the two.
BLOCKED = True
# An alignment of at most this many mention x entity pairs uses the brute-force matrices (the same
# links; less fixed cost on small lists: benchmarks/README.md, "Long lists").
DENSE_PAIRS = 50_000
# Passes align again only the articles whose evidence changed (pipeline.matching.passes).
SKIP_CLEAN = True
# The blocked path leaves out the pairs too weak to change an alignment (blocks.weak_floor).
PRUNE_WEAK = True
# A row whose entity looks the same without it stays in it while its article is aligned (``_cluster``).
HOLD_STEADY = True
# An alignment whose rows each find their column at once is read off its matrix, as scipy's solver
# would answer (pipeline.matching.onestep).
ONE_STEP = True


def blocked(n_rows: int, n_entities: int) -> bool:
    """Whether an alignment of this size takes the blocked path."""
    return BLOCKED and n_rows * n_entities > DENSE_PAIRS


def _align_blocked(
    run: _Run,
    rows: list[int],
    bags: Sequence[Bag],
    owner: Callable[[int], int | None],
    *,
    complete: bool,
) -> tuple[list[int | None], set[int]]:
    """``_align`` on the candidate pairs: a sparse assignment (scipy
    ``min_weight_full_bipartite_matching``) over the pairs that reach the cutoff and one "new entity"
    option per row."""
    n, k = len(rows), len(bags)
    if not k:
        return [None] * n, set()
    pairs = blocked_scores(run, rows, bags, owner, floor=weak_floor(run) if PRUNE_WEAK else 0.0)
    cutoff = run.rule.score_cutoff
    usable = pairs.score >= cutoff
    r = np.concatenate([pairs.rows[usable], np.arange(n)])
    c = np.concatenate([pairs.cols[usable], k + np.arange(n)])
    w = np.concatenate([pairs.score[usable], np.full(n, cutoff)]) + 1.0  # weights must not be zero
    graph = sparse.csr_matrix((w, (r, c)), shape=(n, k + n))
    # imported here: scipy.sparse.csgraph takes about 0.1 s to import, and only long lists come this way
    from scipy.sparse.csgraph import min_weight_full_bipartite_matching

    ri, ci = min_weight_full_bipartite_matching(graph, maximize=True)
    out: list[int | None] = [None] * n
    chosen = ci < k
    ri, ci = ri[chosen], ci[chosen]
    at = np.searchsorted(pairs.rows * k + pairs.cols, ri * k + ci)
    score = pairs.score[at]
    top, second, top_col = _row_tops(pairs, n, k)
    other = np.where(ci == top_col[ri], second[ri], top[ri])
    keep = (score >= run.rule.sure_score) | (k <= 1) | (score - other >= run.rule.min_margin)
    for row, col in zip(ri[keep].tolist(), ci[keep].tolist(), strict=True):
        out[row] = col
    _free_contested(
        pairs,
        out,
        zip(ri[~keep].tolist(), ci[~keep].tolist(), score[~keep].tolist(), strict=True),
        k=k,
        min_margin=run.rule.min_margin,
    )
    eliminated: set[int] = set()
    if complete and k == n:
        left_rows = [x for x in range(n) if out[x] is None]
        taken = {x for x in out if x is not None}
        left_cols = [x for x in range(k) if x not in taken]
        if len(left_rows) == 1 and len(left_cols) == 1:
            row, col = left_rows[0], left_cols[0]
            score, _sig = _scores(run, [rows[row]], [bags[col]], lambda j: 0 if owner(j) == col else None)
            if float(score[0, 0]) > _FORBIDDEN / 2:
                out[row] = col
                eliminated.add(row)
    return out, eliminated


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
