"""A change a row prints against the two values it is the change between (``arithmetic``).

A table or a run of lines that prints, for each item, two values and the change from one to the other
(``甲國 | 46% | 20% | -26``, ``Aland  32%  20%  -12``) says the same figure twice: the change column is
the difference of the two others. Which columns those are is read from the article's own rows, not from
their labels: the change column is printed after two others and holds one's value less the other's
(``New rate | April rate | Change`` as well as ``April rate | New rate | Change``), in at least
``MIN_ROWS`` rows and all but a few (``MAX_OFF_SHARE``), within the rounding of the three prints, and
prints a sign in one row at least (``+2``, ``-26``): a total's part (``議員票 | 黨員票 | 合計``) is no
change. A row whose change is not the difference of its two values is one
``arithmetic`` error naming the row, unless one of its two values is itself found wrong against the other
outlets (that value's finding is the cause, ``change_not_value``).

A change column is derived: its values are held against the article's own two values only, never against
other outlets' changes (``derived_columns``), so a wrong value gives one finding, not a second on its
change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import permutations
from weakref import WeakKeyDictionary

from pipeline.checks.context import _Ctx
from pipeline.checks.registry import ARITHMETIC, COLUMN_SWAP, VALUE_CONFLICT
from pipeline.checks.wording import _evidence
from pipeline.lang.precision import printed_step
from pipeline.models import Discrepancy, Mention, Severity, Value

MIN_ROWS = 3  # rows whose change must be the difference of their two values before the column is one
MAX_OFF_SHARE = 0.25  # share of the rows whose change may be off and the column still a change column
EXACT = 1e-9  # room for float error only
CHANGE = ": change"  # what a finding of this check is about, after the item's name


@dataclass(frozen=True, slots=True)
class ChangeColumn:
    """Value indexes of an article's rows: the change at ``change`` is ``later`` less ``earlier``."""

    earlier: int
    later: int
    change: int


def _numbers(m: Mention, idx: Iterable[int]) -> list[Value] | None:
    vals = [m.values[k] for k in idx if k < len(m.values)]
    if len(vals) < len(list(idx)) or any(v.number is None or v.approximate for v in vals):
        return None
    return vals


_SIGN_RE = re.compile(r"^\s*[+\-−＋－▲△±]")


def _signed(change: Value) -> bool:
    """A value printed as a change: with its sign (``+2``, ``-26``, ``▲3``), or below zero."""
    return bool(_SIGN_RE.match(change.raw)) or float(change.number or 0) < 0


def _holds(earlier: Value, later: Value, change: Value) -> bool:
    """The change is the later value less the earlier one, within the rounding of the three prints."""
    slack = sum(printed_step(v.raw, v.number) for v in (earlier, later, change)) / 2
    diff = float(later.number or 0) - float(earlier.number or 0)
    return abs(float(change.number or 0) - diff) <= slack + EXACT


def change_column(items: Sequence[Mention]) -> ChangeColumn | None:
    """The one change column of an article's rows (two values of one unit and their difference), None when
    its rows print none."""
    width = min((len(m.values) for m in items), default=0)
    if width < 3 or len(items) < MIN_ROWS:
        return None
    for e, later, k in permutations(range(width), 3):
        if k < max(e, later):
            continue  # "議員票 | 黨員票 | 合計": a part is the total less the other part, no change
        rows = [vals for m in items if (vals := _numbers(m, (e, later, k))) is not None]
        if len(rows) < MIN_ROWS or any(a.unit != b.unit for a, b, _ in rows):
            continue
        if not any(_signed(c) for _, _, c in rows):
            continue  # a column of changes prints their signs ("+2", "-26") or falls somewhere
        held = sum(1 for a, b, c in rows if _holds(a, b, c))
        if held >= MIN_ROWS and len(rows) - held <= MAX_OFF_SHARE * len(rows):
            return ChangeColumn(e, later, k)
    return None


# a run's context -> article -> its change column: found once per article, asked once per item
_found: WeakKeyDictionary[_Ctx, dict[str, ChangeColumn | None]] = WeakKeyDictionary()


def _column_of(ctx: _Ctx, art: str) -> ChangeColumn | None:
    held = _found.setdefault(ctx, {})
    if art not in held:
        held[art] = change_column(ctx.listed.get(art, ()))
    return held[art]


def derived_columns(ctx: _Ctx, art: str) -> frozenset[int]:
    """The value indexes of ``art``'s rows that print a change of two other values (none, or one)."""
    found = _column_of(ctx, art)
    return frozenset() if found is None else frozenset({found.change})


def change_checks(ctx: _Ctx) -> list[Discrepancy]:
    """One ``arithmetic`` error per row whose change is not the difference of its two values."""
    out: list[Discrepancy] = []
    for art in ctx.list_articles:
        items = ctx.listed[art]
        col = _column_of(ctx, art)
        if col is None:
            continue
        for m in items:
            vals = _numbers(m, (col.earlier, col.later, col.change))
            if vals is not None and not _holds(*vals):
                out.append(_finding(ctx, art, m, *vals))
    return out


def _finding(ctx: _Ctx, art: str, m: Mention, earlier: Value, later: Value, change: Value) -> Discrepancy:
    diff = float(later.number or 0) - float(earlier.number or 0)
    under = f" under '{change.column}'" if change.column else ""
    message = (
        f"{art} gives {m.label} {earlier.raw} and {later.raw}, a change of {diff:+g}, but prints "
        f"{change.raw}{under}."
    )
    return Discrepancy(
        kind=ARITHMETIC,
        severity=Severity.ERROR,
        entity=ctx.entity_of.get(m.key),
        sources=(art,),
        subject=f"{m.label}{CHANGE}",
        message=message,
        evidence=_evidence([ctx.evidence(art, m.start, max(v.end for v in m.values), sentence=False)]),
    )


def is_change_finding(d: Discrepancy) -> bool:
    """A finding of this check (a row's change against its two values)."""
    return d.kind == ARITHMETIC and d.subject.endswith(CHANGE)


def change_not_value(ctx: _Ctx, found: list[Discrepancy]) -> list[Discrepancy]:
    """A row's change found off where one of its values is found wrong too (alone, or swapped with another
    item's, ``甲國: New rate / 乙國``): the value's finding only."""
    valued = [d for d in found if d.kind in (VALUE_CONFLICT, COLUMN_SWAP)]

    def explained(c: Discrepancy) -> bool:
        name = ctx.name(c.entity) if c.entity else ""
        return any(
            d.sources == c.sources and (d.entity == c.entity or (name and f"/ {name}" in d.subject))
            for d in valued
        )

    return [d for d in found if not (is_change_finding(d) and explained(d))]
