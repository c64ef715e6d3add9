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
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from operator import attrgetter

import numpy as np
from scipy import sparse

from pipeline.knowledge.kana import is_katakana_name, kanji_readings, read_apart
from pipeline.knowledge.sound import HAN_GATE, NATIVE_MAX_CHARS, family_sound, similarity
from pipeline.matching import onestep
from pipeline.matching.bags import Bag
from pipeline.matching.blocks import Pairs, blocked_scores, weak_floor
from pipeline.matching.board import Board, _Group
from pipeline.matching.candidates import _FORBIDDEN, _scores
from pipeline.matching.columns import Columns
from pipeline.matching.heads import foreign_heads
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


def _claimed(out: Sequence[int | None], contested: Iterable[tuple[int, int, float]]) -> list[int | None]:
    """The entity of every row the alignment links or proposes: a row turned down for its margin still
    claims its entity against a row that scores lower on it (two rows, each the better claimant of its
    own entity, vouch for each other)."""
    claims = list(out)
    for r, c, _value in contested:
        claims[r] = c
    return claims


def _holders(out: Sequence[int | None], row: int, score: np.ndarray) -> set[int]:
    """The entities linked to the other rows of the alignment whose row scores higher on them than
    ``row`` does (each is the better claimant's)."""
    return {c for r, c in enumerate(out) if c is not None and r != row and score[r, c] > score[row, c]}


def _rivals_held(
    value: float, candidates: Iterable[tuple[int, float]], col: int, held: set[int], margin: float
) -> bool:
    """Whether a link turned down for its margin is distinct after all: ``col`` is the row's best entity,
    and every entity within ``margin`` of it is linked to another item of the same list that scores
    higher on it (``ロー・ジャンソン`` holds Roe Janson, whom ``ジェーン・ロー`` shares a word
    with). An article lists each entity once, so such a rival is no other way to read the row."""
    rest = [(c, v) for c, v in candidates if c != col]
    if any(v > value for _c, v in rest):
        return False
    return all(value - v >= margin or c in held for c, v in rest)


def _free_contested(
    pairs: Pairs,
    out: list[int | None],
    contested: Iterable[tuple[int, int, float]],
    *,
    k: int,
    min_margin: float,
) -> None:
    """``_rivals_held`` on the blocked path's candidate pairs (an entity not among a row's pairs scores 0,
    as in the brute-force matrices)."""
    starts = np.searchsorted(pairs.rows, np.arange(len(out) + 1))
    flat = pairs.rows * k + pairs.cols
    contested = list(contested)
    claims = _claimed(out, contested)
    for row, col, value in contested:
        lo, hi = starts[row], starts[row + 1]
        candidates = list(zip(pairs.cols[lo:hi].tolist(), pairs.score[lo:hi].tolist(), strict=True))
        mine = dict(candidates)
        held: set[int] = set()
        for r, c in enumerate(claims):
            if c is None or r == row:
                continue
            at = int(np.searchsorted(flat, r * k + c))
            if at < len(flat) and flat[at] == r * k + c and float(pairs.score[at]) > mine.get(c, 0.0):
                held.add(c)
        if _rivals_held(value, candidates, col, held, min_margin):
            out[row] = col


def _row_tops(pairs: Pairs, n: int, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per row: the best and second best scores over all k entities (an entity that shares nothing
    with the row scores 0; _FORBIDDEN when there is no such entity) and the column of the best (the
    lowest column among equal scores; -1 when the best is such a 0). Pairs are sorted by row, column."""
    starts = np.searchsorted(pairs.rows, np.arange(n + 1))
    count = np.diff(starts)
    has = count > 0
    first = np.full(n, _FORBIDDEN)
    second = np.full(n, _FORBIDDEN)
    top_col = np.full(n, -1, dtype=np.int64)
    if has.any():
        seg = starts[:-1][has]
        first[has] = np.maximum.reduceat(pairs.score, seg)
        is_top = pairs.score == first[pairs.rows]
        big = np.iinfo(np.int64).max
        top_col[has] = np.minimum.reduceat(np.where(is_top, pairs.cols, big), seg)
        rest = np.where(pairs.cols == top_col[pairs.rows], _FORBIDDEN, pairs.score)
        second[has] = np.maximum.reduceat(rest, seg)
    floor = np.where(count < k, 0.0, _FORBIDDEN)
    # the floor (an entity sharing nothing) joins the two best; the best column stays when it ties
    new_second = np.where(floor > first, first, np.maximum(second, floor))
    top_col = np.where(floor > first, -1, top_col)
    first = np.maximum(first, floor)
    return first, new_second, top_col


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


_first = attrgetter("first")


MIN_HOLDERS = 2  # other articles holding an entity for it to count in an elimination beside strays


def _among_held(
    run: _Run,
    article: str,
    rows: Sequence[int],
    groups: Sequence[_Group],
    assignment: list[int | None],
    owner: Callable[[int], int | None],
) -> tuple[list[int | None], set[int]]:
    """The elimination over the entities that at least ``MIN_HOLDERS`` other articles hold, when those are
    as many as the complete list's items: an item another outlet printed in place of one (Borduria for
    Aland) founds an entity that the elimination of every other list must not count, or a list whose one
    unlinked spelling is the last held entity's stays unlinked because of someone else's stray."""
    left_rows = [r for r, t in enumerate(assignment) if t is None]
    if len(left_rows) != 1:
        return assignment, set()
    held = [c for c, g in enumerate(groups) if _held_elsewhere(run, g.members, article)]
    taken = set(assignment)
    left = [c for c in held if c not in taken]
    if len(held) != len(rows) or len(left) != 1:
        return assignment, set()
    row, col = left_rows[0], left[0]
    group = groups[col]
    score, _sig = _scores(
        run, [rows[row]], [group._bag or group.bag()], lambda j: 0 if owner(j) == col else None
    )
    if float(score[0, 0]) <= _FORBIDDEN / 2 or _english_apart(run, rows[row], group):
        return assignment, set()
    return [col if r == row else t for r, t in enumerate(assignment)], {row}


def _held_elsewhere(run: _Run, members: Iterable[int], article: str) -> bool:
    """At least ``MIN_HOLDERS`` articles other than ``article`` have a member here; stops at the
    ``MIN_HOLDERS``-th (an entity of a long story has a member in most of its articles)."""
    others: set[str] = set()
    for i in members:
        a = run.mentions[i].article
        if a != article:
            others.add(a)
            if len(others) >= MIN_HOLDERS:
                return True
    return False


def _english_apart(run: _Run, i: int, group: _Group) -> bool:
    """Mention i and the entity both print English names, and they share nothing: an elimination beside
    other lists' strays takes no such pair, whatever Chinese characters the two share."""
    return bool(run.space.signals([run.bags[i]], [group._bag or group.bag()])[1][0, 0] == 0.0)


def _unless_contradicted(
    run: _Run,
    rows: Sequence[int],
    groups: Sequence[_Group],
    assignment: list[int | None],
    eliminated: set[int],
) -> tuple[list[int | None], set[int]]:
    """The links by elimination but those whose two sides both print English names that share nothing
    (no word, spelling or sound), or a transliteration and a Latin or katakana name that sound apart, with
    no other signal for them, or names of places the gazetteer tells apart: those rows found entities of
    their own."""
    refused = set()
    for r in eliminated:
        target = assignment[r]
        if target is None:
            continue
        group = groups[target]
        row, bag = run.bags[rows[r]], group._bag or group.bag()
        if _places_apart(run, rows[r], group.members):
            refused.add(r)  # a place the gazetteer tells from every place the entity's names may be
            continue
        zh, en, acronym = run.space.signals([row], [bag])
        if zh[0, 0] > 0.0 or acronym[0, 0] > 0.0:
            continue
        if en[0, 0] == 0.0 or (en[0, 0] < 0.0 and _heard_apart(run, rows[r], group.members)):
            refused.add(r)
        elif en[0, 0] < 0.0 and _other_of_a_kind(run, row, bag):
            refused.add(r)
    if not refused:
        return assignment, eliminated
    return [None if r in refused else t for r, t in enumerate(assignment)], eliminated - refused


def _places_apart(run: _Run, i: int, members: Iterable[int]) -> bool:
    """Mention i and every member name places the gazetteer knows, and none the same: whatever the names
    may each stand for (``甲乙州`` two places, ``丙丁州`` one), they share no place."""
    if not run.places:
        return False
    mine = run.places[i]
    theirs = [run.places[k] for k in members]
    return bool(mine) and bool(theirs) and all(t and not (t & mine) for t in theirs)


def _other_of_a_kind(run: _Run, mine: Bag, theirs: Bag) -> bool:
    """Every Chinese name of the row and of the entity are two names of one kind, not one name
    (``heads.foreign_heads``: ``己酉光電有限公司`` / ``丁未光電有限公司``), and no English says
    otherwise."""
    keys = run.space.zh.keys
    # a katakana name (``エアロ…``) is no Chinese name of a kind: it is heard, not read, and says nothing here
    pairs = [
        (keys[a], keys[b])
        for a in mine.zh
        for b in theirs.zh
        if not is_katakana_name(keys[a]) and not is_katakana_name(keys[b])
    ]
    return bool(pairs) and all(foreign_heads(a, b) for a, b in pairs)


def _heard_apart(run: _Run, i: int, members: Iterable[int]) -> bool:
    """Whether mention i and the members, in the scripts they print that differ, name family names that
    begin with other sounds (``family_sound``: a transliteration keeps a name's first sound), every one:
    a Chinese transliteration in place of a Latin or katakana name that is no way of writing it."""
    mine = _family_sounds(run, i)
    theirs = {x for j in members for x in _family_sounds(run, j)}
    pairs = [(a, b) for sa, a in mine for sb, b in theirs if sa != sb]
    if pairs:
        return all(a != b for a, b in pairs)
    members = list(members)
    return _read_apart(run, [i], members) or _read_apart(run, members, [i])


def _read_apart(run: _Run, kanji_side: Sequence[int], english_side: Sequence[int]) -> bool:
    """Whether the longer kanji names of one side (more characters than a Chinese name read family name
    first) that have a Japanese reading, read in Japanese and in Mandarin, sound like none of the other
    side's English names: a Japanese person printed in another's place (``kanji_readings``;
    ``read_apart``). A name written partly in kana (``山田はなこ``) has no such reading and says nothing."""
    english = [e for j in english_side for e in run.names[j].en]
    kanji = [
        z for j in kanji_side for z in run.names[j].zh if len(z) > NATIVE_MAX_CHARS and kanji_readings(z)
    ]
    gate = run.space.w.kana_gate
    return bool(kanji) and all(
        read_apart(z, english, gate) and all(similarity(z, e) < HAN_GATE for e in english) for z in kanji
    )


def _family_sounds(run: _Run, i: int) -> set[tuple[str, str]]:
    """(script, first sound of the family name) of each name mention i prints (``family_sound``)."""
    n = run.names[i]
    out = set()
    for name in (*n.zh, *n.en):
        sound = family_sound(name)
        if sound:
            script = "kana" if is_katakana_name(name) else "han" if name in n.zh else "latin"
            out.add((script, sound))
    return out


def _moved(placed: bool, before: _Group | None, after: _Group, joined: bool) -> bool:
    """Whether a row's entity, as the other articles see it, changed: it was not placed yet, it left
    an entity it shared, or it joined one (a row alone before and alone again changed nothing)."""
    if not placed:
        return True
    return joined if before is None else after is not before


def _partition(entities: Iterable[Iterable[int]]) -> frozenset[frozenset[int]]:
    return frozenset(frozenset(e) for e in entities if e)
