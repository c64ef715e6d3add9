"""Ranks an article's own scores contradict.

A list that prints each item's rank beside the score it is ranked by (``Rank | Country | … | Total``,
``2 | 乙國 | 357`` over ``2 | 丙國 | 356``) holds every rank to what its scores allow: an item that ``h``
items of the same list outscore ranks ``h + 1`` or lower, whether the list is the whole ranking or a
selection of it (a tie broken by another rule, ``8 | 218`` then ``9 | 218``, is allowed; a place beyond the
rows listed is too). Where one item ranks above what its score allows and every other item ranks within,
its rank is off: one ``arithmetic`` error naming it, quoting its row, with the place its score allows at
best. Two items or more out of place: no single rank is shown wrong (a score is as likely off), none.

The rank column is the one whose whole numbers start at 1 and never fall down the list; the score column
the one other column whose numbers never rise down it (two such columns: no telling which ranks the list,
no finding).
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.checks.context import _Ctx
from pipeline.checks.registry import ARITHMETIC
from pipeline.checks.wording import _evidence
from pipeline.models import Discrepancy, Mention, Severity, Value

MIN_RANKED = (
    4  # items with a rank and a score: three or more within what their scores allow, to single one out
)


def _rows(items: Sequence[Mention]) -> list[list[Value]]:
    """Each item's numbers, where every item prints the same columns."""
    rows = [[v for v in m.values if v.number is not None and not v.approximate] for m in items]
    columns = {tuple(v.column for v in row) for row in rows}
    return rows if len(columns) == 1 and len(rows) >= MIN_RANKED else []


def _numbers(rows: Sequence[Sequence[Value]], k: int) -> list[float]:
    return [row[k].number or 0.0 for row in rows]


def _is_rank(numbers: Sequence[float]) -> bool:
    return numbers[0] == 1 and all(n == int(n) for n in numbers) and list(numbers) == sorted(numbers)


def _columns(rows: Sequence[Sequence[Value]]) -> tuple[int, int] | None:
    """The rank column and the score column, when the list has one of each."""
    width = len(rows[0])
    ranks = [k for k in range(width) if _is_rank(_numbers(rows, k))]
    if len(ranks) != 1:
        return None
    scores = [
        k
        for k in range(width)
        if k != ranks[0]
        and (numbers := _numbers(rows, k)) == sorted(numbers, reverse=True)
        and len(set(numbers)) > 1
    ]
    return (ranks[0], scores[0]) if len(scores) == 1 else None


def rank_checks(ctx: _Ctx) -> list[Discrepancy]:
    """One ``arithmetic`` error per list whose ranks are all within what their scores allow but one."""
    out = []
    for art in ctx.list_articles:
        items = ctx.listed[art]
        rows = _rows(items)
        found = _columns(rows) if rows else None
        if found is None:
            continue
        r, s = found
        best = [
            1 + sum(1 for other in rows if (other[s].number or 0.0) > (row[s].number or 0.0)) for row in rows
        ]
        off = [k for k, row in enumerate(rows) if (row[r].number or 0.0) < best[k]]
        if len(off) != 1:
            continue
        k = off[0]
        m, rank, score = items[k], rows[k][r], rows[k][s]
        message = (
            f"{art} ranks {m.label} {rank.raw} under '{rank.column or 'rank'}', but {best[k] - 1} of its "
            f"items score more than its {score.raw} under '{score.column or 'score'}': it ranks "
            f"{best[k]} at best."
        )
        out.append(
            Discrepancy(
                kind=ARITHMETIC,
                severity=Severity.ERROR,
                entity=ctx.entity_of.get(m.key),
                sources=(art,),
                subject=f"{m.label}: {rank.column or 'rank'}",
                message=message,
                evidence=_evidence(
                    [ctx.evidence(art, m.start, max(rank.end, score.end, m.end), sentence=False)]
                ),
            )
        )
    return out
