"""The findings of an item a list lacks (``missing_entity``, quoting the list's own count where it has
one) or holds alone (``unique_item``, ``not_on_list``), as ``checks.coverage`` reports them."""

from __future__ import annotations

from pipeline.checks.context import _Ctx
from pipeline.checks.lengths import _printed_unread
from pipeline.checks.registry import MISSING_ENTITY, NOT_ON_LIST, UNIQUE_ITEM
from pipeline.checks.told import told_elsewhere
from pipeline.checks.view import (
    _about,
    _others,
    _outlets,
    _strength,
    _View,
)
from pipeline.claims import KIND_TOTAL
from pipeline.models import Claim, Discrepancy, Severity


def _missing(view: _View, art: str, ent: str) -> Discrepancy:
    others = _others(view, ent, art)
    basis = "the official list has it" if view.reference is not None else f"{_outlets(others)} list it"
    message = f"{art}'s list, which claims to be complete, does not include {view.ctx.name(ent)}; {basis}."
    quotes = [view.quote(view.mention(a, ent)) for a in others[:3]]
    if (own := _own_count(view.ctx, art)) is not None:  # its count, printed for the list it prints
        message += f" It counts {int(own.stated)}, as many as it lists: '{own.quote}'."
        quotes.insert(0, view.ctx.claim_evidence(own))
    severity = _strength(view, ent)
    # "…等17國以及丙地區": a name after the part read
    if _printed_unread(view.ctx, art, [ent], view.printed_keys):
        message += " Its text names it beside its list: the list may have been read in part."
        severity = min(severity, Severity.WARNING, key=lambda s: s.rank)
    return _about(view, MISSING_ENTITY, severity, art, ent, message, quotes)


def _own_count(ctx: _Ctx, art: str) -> Claim | None:
    """The first total ``art`` states that is its own list's length (a list short of another count is
    that count's finding)."""
    listed = len(ctx.listed.get(art, ()))
    return next(
        (
            c
            for c in ctx.claims_of.get(art, ())
            if c.kind == KIND_TOTAL and c.unit == "count" and c.stated == listed
        ),
        None,
    )


def _extra(view: _View, art: str, ent: str) -> Discrepancy:
    m = view.mention(art, ent)
    if view.reference is not None:
        if view.ctx.says_selection(art) and not m.values:  # a name read from prose examples: worth a look
            message = f"{art} names {m.label} among its examples, which is not on the official list."
            return _about(view, NOT_ON_LIST, Severity.WARNING, art, ent, message, [view.quote(m)])
        message = f"{art} lists {m.label}, which is not on the official list."
        return _about(view, NOT_ON_LIST, Severity.ERROR, art, ent, message, [view.quote(m)])
    if told_elsewhere(view, art, ent):  # the others tell of it in their text: they chose to list less
        message = (
            f"Only {art} lists {view.ctx.name(ent)}; most other articles tell of it outside their lists."
        )
        return _about(view, UNIQUE_ITEM, Severity.INFO, art, ent, message, [view.quote(m)])
    message = f"Only {art} lists {view.ctx.name(ent)}; no other list has it."
    return _about(view, UNIQUE_ITEM, Severity.WARNING, art, ent, message, [view.quote(m)])
