"""A list against the total its own article states (``list_short``, ``list_long``): its length beside
the count, naming what the other lists have and it lacks (short) or what it lists twice or alone (long),
with the article's total as the evidence. Not judged here: a count of one group, a list as long as the
total most outlets state (the count is the odd one: ``count_conflict``), a selection the article says it
prints (shorter than the official list it counts)."""

from __future__ import annotations

from pipeline.checks.consensus import _consensus_total, _counts_a_group, _describe, _missing_from, _partial
from pipeline.checks.context import _Ctx
from pipeline.checks.registry import LIST_LONG, LIST_SHORT
from pipeline.checks.wording import _evidence
from pipeline.claims import KIND_TOTAL, SUBJECT_TOTAL
from pipeline.models import Discrepancy, Severity


def _list_lengths(ctx: _Ctx) -> list[Discrepancy]:
    out: list[Discrepancy] = []
    n_lists = len(ctx.list_articles)
    consensus = _consensus_total(ctx)
    for art in ctx.list_articles:
        stated = ctx.stated_total(art)
        n = len(ctx.listed[art])
        if stated is None or n == stated or _counts_a_group(ctx, art, stated):
            continue
        if n == consensus:
            continue  # the count is the odd one, not the list: reported as a conflict of counts
        if n < stated and ctx.says_selection(art):
            continue  # examples, as the article says: its count is the official list's
        claims = [c for c in ctx.claims_of.get(art, ()) if c.kind == KIND_TOTAL]
        ev = [ctx.claim_evidence(c) for c in sorted(claims, key=lambda c: c.start)[:2]]
        if n < stated:
            missing, total = _missing_from(ctx, art)
            named = (
                f" Listed elsewhere but not here: {_describe(ctx, missing, total=total)}." if missing else ""
            )
            examples = _partial(ctx, art, consensus)
            if examples:
                named = " It gives examples rather than the whole list." + named
            out.append(
                Discrepancy(
                    kind=LIST_SHORT,
                    # a selection printed as such is worth a look, a list that lost items is wrong
                    severity=Severity.WARNING if examples else Severity.ERROR,
                    entity=None,
                    sources=(art,),
                    subject=SUBJECT_TOTAL,
                    message=f"{art} states {stated} items but lists {n} ({stated - n} short).{named}",
                    evidence=_evidence(ev),
                )
            )
        else:
            mine = ctx.listed_entities.get(art, [])
            doubles = sorted(ent for ent in mine if len(ctx.entity_lists[ent][art]) > 1)
            only = sorted(ent for ent in mine if len(ctx.entity_lists[ent]) == 1) if n_lists >= 2 else []
            notes = []
            if doubles:
                notes.append(f"listed twice: {_describe(ctx, doubles)}")
            if only:
                notes.append(f"on no other list: {_describe(ctx, only)}")
            named = f" ({'; '.join(notes)})" if notes else ""
            out.append(
                Discrepancy(
                    kind=LIST_LONG,
                    severity=Severity.ERROR,
                    entity=None,
                    sources=(art,),
                    subject=SUBJECT_TOTAL,
                    message=f"{art} states {stated} items but lists {n} ({n - stated} extra){named}.",
                    evidence=_evidence(ev),
                )
            )
    return out
