"""Shares of a whole that do not add up to it: a list whose items are the whole (a basket's currencies, a
parliament's parties) and whose column gives each one's share of it.

Which column is shares of the whole the outlets tell: a canonical column (``value_columns``) of
percentages that the lists of other outlets holding the same items add up to 100 exactly, within the
rounding of their prints (two lists or more, or one printed fine enough that chance cannot make it:
``FINE_STEP``). A list of the same items whose own column adds up to another figure, beyond the rounding
of its prints, is one ``arithmetic`` error naming the article and its sum; unless a finding of that
article already names the wrong value (one cause, one finding). Where the one value off is known only as
a disagreement none corroborates (``value_conflict`` warning), that warning becomes the sum's evidence:
the sum's error names the item and the warning goes. A list of fewer items than the whole (``等``)
holds no sum to judge.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from pipeline.checks.context import _Ctx
from pipeline.checks.registry import ARITHMETIC, VALUE_CONFLICT
from pipeline.checks.wording import _evidence
from pipeline.lang.precision import printed_step
from pipeline.models import Discrepancy, Mention, Severity
from pipeline.value_columns import align_columns

MIN_ITEMS = 3  # a whole of fewer parts is no list to add up
WHOLE = 100.0
FINE_STEP = 0.01  # a list printed to this step that adds up to 100 is shares of the whole by itself
EPS = 1e-9


def whole_share_checks(ctx: _Ctx, found: Sequence[Discrepancy]) -> list[Discrepancy]:
    """``found`` with the sums of shares that miss their whole (see the module docstring)."""
    lists = {a: ms for a, ms in ctx.listed.items() if len(ms) >= MIN_ITEMS and _percent(ms)}
    if len(lists) < 2:
        return list(found)
    columns = align_columns([m for ms in lists.values() for m in ms], ctx.entity_of)
    # (column, the items' entities) -> article -> (sum, slack)
    sums: dict[tuple[str, frozenset[str]], dict[str, tuple[float, float]]] = defaultdict(dict)
    for art, items in lists.items():
        entities = frozenset(ctx.entity_of.get(m.key, m.key) for m in items)
        if len(entities) < len(items):
            continue
        for k in range(min(len(m.values) for m in items)):
            column = {columns.column(m, k) for m in items}
            if len(column) == 1 and (c := column.pop()) is not None:
                values = [m.values[k] for m in items]
                total = sum(v.number or 0.0 for v in values)
                slack = sum(printed_step(v.raw, v.number) for v in values) / 2
                sums[(c, entities)][art] = (total, slack)
    accused = {a for d in found if d.severity is Severity.ERROR for a in d.sources}
    out = list(found)
    for by_art in sums.values():
        whole = [a for a, (t, slack) in by_art.items() if abs(t - WHOLE) <= slack + EPS]
        if not (len(whole) >= 2 or any(by_art[a][1] <= len(lists[a]) * FINE_STEP / 2 + EPS for a in whole)):
            continue
        for art, (total, _) in sorted(by_art.items()):
            if art in whole or art in accused:
                continue
            warned = [d for d in out if _uncorroborated(d, art, lists[art], ctx)]
            out = [d for d in out if d not in warned]
            out.append(_finding(ctx, art, lists[art], total, warned))
            accused.add(art)
    return out


def _percent(items: Sequence[Mention]) -> bool:
    """Every item prints a value, and every value a percentage."""
    return all(m.values and all(v.unit == "%" and v.number is not None for v in m.values) for m in items)


def _uncorroborated(d: Discrepancy, art: str, items: Sequence[Mention], ctx: _Ctx) -> bool:
    """``d`` is a disagreement on one of ``art``'s items' values that none corroborates."""
    entities = {ctx.entity_of.get(m.key) for m in items}
    return (
        d.kind == VALUE_CONFLICT
        and d.severity is Severity.WARNING
        and art in d.sources
        and d.entity in entities
    )


def _finding(
    ctx: _Ctx, art: str, items: Sequence[Mention], total: float, warned: Sequence[Discrepancy]
) -> Discrepancy:
    named = "".join(f" {d.message}" for d in warned)
    return Discrepancy(
        kind=ARITHMETIC,
        severity=Severity.ERROR,
        entity=None,
        sources=(art,),
        subject="sum of %",
        message=(
            f"{art} gives its {len(items)} items shares that add up to {total:g}%, where the other outlets' "
            f"shares of the same items add up to 100%.{named}"
        ),
        evidence=_evidence([ctx.mention_evidence(items[0])]),
    )
