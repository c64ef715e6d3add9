"""Rows ranked beyond the count a list states: the outlet's own country printed under a top ten.

A ranking's top N often comes with one row more, the outlet's own place (``27 | 甲國 | 6.669`` under a
table of ``前10名``, ``23 | Aland | 6.728`` under "the ten happiest"): a row that holds a rank past the N
the article states is not one of the N. Read by structure alone:

1. the article states one count N over the whole list (a heading of no group), and the list has more
   than N items, none filed under a group;
2. one value column gives every item one whole number: its rank;
3. the first N items rank from 1 on, in order, ties sharing a rank, none past N (``1, 2, 2, 4``);
4. every item after them ranks past N.

Those items are left out of the list (its N are read whole), each noted as a ``Problem`` of information.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.models import Heading, Mention, Problem, Severity


def _ranks(mentions: Sequence[Mention]) -> list[int] | None:
    """The rank of each item, from the one value column every item prints one whole number in; None
    when no column does (or two do, and they disagree)."""
    columns = {v.column for v in mentions[0].values if v.column}
    for m in mentions:
        columns &= {v.column for v in m.values}
    for column in sorted(columns):
        numbers = [[v.number for v in m.values if v.column == column] for m in mentions]
        if all(len(n) == 1 and n[0] is not None and float(n[0]).is_integer() and n[0] > 0 for n in numbers):
            return [int(n[0]) for n in numbers]  # type: ignore[arg-type]
    return None


def _ranked_from_one(ranks: Sequence[int]) -> bool:
    """``1, 2, 3``, ``1, 2, 2, 4``: each the one before it (a tie) or its own place, from 1."""
    return (
        bool(ranks)
        and ranks[0] == 1
        and all(r == ranks[k - 1] or r == k + 1 for k, r in enumerate(ranks) if k)
    )


def beyond_the_count(
    article: str, mentions: Sequence[Mention], headings: Sequence[Heading]
) -> tuple[list[Mention], list[Problem]]:
    """The list without the items ranked past the count its article states (by the rule above), and a
    note of each item left out."""
    listed = list(mentions)
    totals = {h.stated for h in headings if h.stated is not None and not h.group}
    if len(totals) != 1 or any(m.group for m in listed):
        return listed, []
    (n,) = totals
    if not 0 < n < len(listed) or (ranks := _ranks(listed)) is None:
        return listed, []
    if not _ranked_from_one(ranks[:n]) or ranks[n - 1] > n or min(ranks[n:]) <= n:
        return listed, []
    notes = [
        Problem(
            article=article,
            code="ranked-beyond-count",
            severity=Severity.INFO,
            message=f"{m.label} ranked {r}, past the {n} its article counts: beside the list, not in it",
        )
        for m, r in zip(listed[n:], ranks[n:], strict=True)
    ]
    return listed[:n], notes
