"""Numbers of one article that do not add up: shares, and totals.

Shares: an article that prints, for each item, an amount and its share of a whole
(``乙國　500　47.6%``) holds every share to the same proportion of its amount, rounded as printed.

Whatever the whole is (the items listed, or a larger total the article does not print), each share is its
amount over that one whole: a share is one interval of possible ratios once its rounding is allowed for
(``47.6%`` of 500 is 0.0951 to 0.0953 per unit), and the items' intervals meet. When they do not, and
they all meet but for one item's, that item's share is the one that is off: one ``arithmetic`` error
naming it, quoting its line, with the share its amount gives. Shares that meet no common ratio in two
places or more (two columns mixed up, a share of something else) are left alone: no single item is
wrong on that evidence.

Totals: an article whose rows each print several counts and their total (``金16　銀26　銅22　總數64``)
holds each total to the sum of its row. Where one column is the sum of the others in every row but one,
that row's total is off: one ``arithmetic`` error naming it, with the sum its own numbers make.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.checks.context import _Ctx
from pipeline.checks.registry import ARITHMETIC
from pipeline.checks.wording import _evidence
from pipeline.models import Discrepancy, Mention, Severity, Value

MIN_ITEMS = 4  # items holding an amount and a share: three or more must agree to single one out


@dataclass(frozen=True, slots=True)
class _Row:
    mention: Mention
    amount: Value
    share: Value
    low: float  # the ratio share / amount its rounding allows, from ``low`` to ``high``
    high: float


def _decimals(raw: str) -> int:
    digits = raw.rstrip("%％ ").split(".")
    return len(digits[1]) if len(digits) == 2 and digits[1].isdigit() else 0


def _row(m: Mention, amount: Value, share: Value) -> _Row | None:
    if (
        not amount.number
        or amount.number <= 0
        or share.number is None
        or amount.approximate
        or share.approximate
    ):
        return None  # "about 40%": a figure given as near adds up to nothing exactly
    half = 0.5 * 10 ** -_decimals(share.raw) + 1e-9
    return _Row(
        m, amount, share, (share.number - half) / amount.number, (share.number + half) / amount.number
    )


def _rows(items: Sequence[Mention]) -> list[_Row]:
    """Each item's amount (its first value that is no percentage) and share (its first percentage), where
    every item of the list prints both under the same two columns."""
    out: list[_Row] = []
    columns: set[tuple[str, str]] = set()
    for m in items:
        amount = next((v for v in m.values if v.unit != "%" and v.number is not None), None)
        share = next((v for v in m.values if v.unit == "%"), None)
        if amount is None or share is None or (row := _row(m, amount, share)) is None:
            return []
        columns.add((amount.column, share.column))
        out.append(row)
    return out if len(columns) == 1 else []


def _meet(rows: Sequence[_Row]) -> bool:
    return max(r.low for r in rows) <= min(r.high for r in rows)


def _odd_one(rows: Sequence[_Row]) -> int | None:
    """The one row without which the others' ratios meet, when all of them do not."""
    if len(rows) < MIN_ITEMS or _meet(rows):
        return None
    odd = [k for k in range(len(rows)) if _meet([r for i, r in enumerate(rows) if i != k])]
    return odd[0] if len(odd) == 1 else None


def _finding(ctx: _Ctx, m: Mention, column: str, message: str, end: int) -> Discrepancy:
    """An ``arithmetic`` error about item ``m``'s value under ``column``, quoting the item up to ``end``."""
    return Discrepancy(
        kind=ARITHMETIC,
        severity=Severity.ERROR,
        entity=ctx.entity_of.get(m.key),
        sources=(m.article,),
        subject=f"{m.label}: {column}",
        message=message,
        evidence=_evidence([ctx.evidence(m.article, m.start, end, sentence=False)]),
    )


def share_checks(ctx: _Ctx) -> list[Discrepancy]:
    """One ``arithmetic`` error per article whose shares are all proportional to their amounts but one."""
    out = []
    for art in ctx.list_articles:
        rows = _rows(ctx.listed[art])
        k = _odd_one(rows)
        if k is None:
            continue
        odd, others = rows[k], [r for i, r in enumerate(rows) if i != k]
        amount, places = odd.amount.number or 0.0, _decimals(odd.share.raw)
        low = f"{amount * max(r.low for r in others):.{places}f}"
        high = f"{amount * min(r.high for r in others):.{places}f}"
        expected = f"{low}%" if low == high else f"between {low}% and {high}%"
        m = odd.mention
        message = (
            f"{art} gives {m.label} a share of {odd.share.raw} beside {odd.amount.raw}, but the shares it "
            f"gives the other {len(others)} items are one proportion of their amounts, by which "
            f"{odd.amount.raw} is {expected}."
        )
        out.append(_finding(ctx, m, odd.share.column or "share", message, max(odd.share.end, odd.amount.end)))
    return out


MIN_PARTS = 2  # numbers a total adds up, besides itself


def _counted(items: Sequence[Mention]) -> list[list[Value]]:
    """Each item's plain numbers (no unit), where every item prints the same columns, three or more."""
    rows = [[v for v in m.values if not v.unit and v.number is not None and not v.approximate] for m in items]
    columns = {tuple(v.column for v in row) for row in rows}
    return rows if len(columns) == 1 and len(rows[0]) > MIN_PARTS else []


def _adds_up(row: Sequence[Value], t: int) -> bool:
    parts = sum(v.number or 0.0 for i, v in enumerate(row) if i != t)
    return abs(parts - (row[t].number or 0.0)) < 1e-9


def total_checks(ctx: _Ctx) -> list[Discrepancy]:
    """One ``arithmetic`` error per row whose total is not the sum of its numbers, in an article whose other
    rows (three or more) add up under the same column."""
    out = []
    for art in ctx.list_articles:
        items = ctx.listed[art]
        rows = _counted(items)
        if len(rows) < MIN_ITEMS:
            continue
        for t in range(len(rows[0])):
            off = [k for k, row in enumerate(rows) if not _adds_up(row, t)]
            if len(off) != 1:
                continue
            m, row = items[off[0]], rows[off[0]]
            parts = [v for i, v in enumerate(row) if i != t]
            made = sum(v.number or 0.0 for v in parts)
            label = row[t].column or "total"
            message = (
                f"{art} gives {m.label} {row[t].raw} under '{label}', but its own "
                f"{' + '.join(v.raw for v in parts)} make {made:g}; in its other {len(rows) - 1} rows the "
                f"'{label}' is the sum of the others."
            )
            out.append(_finding(ctx, m, label, message, max(v.end for v in row)))
            break
    return out
