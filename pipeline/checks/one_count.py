"""One misprinted count, one finding: an outlet whose count the others' counts belie (``count_conflict``
naming it alone) and whose own list that count does not fit either (``list_short``, ``list_long``) is
told once, by the conflict of counts, which quotes the count and says how long its list is; what the
length's finding adds (the names the others list and it does not) goes with it.

``All 5 officials`` over the four names 甲報 prints, where 乙報 and 丙報 print the same four under
``All 4 officials``: one misprint of ``5``, not a conflict and a short list. A list that says it gives
examples (or that the length's check, finding it gives examples, only warns of) keeps both: its count
may be right and its list short by design."""

from __future__ import annotations

from dataclasses import replace

from pipeline.checks.context import _Ctx
from pipeline.checks.registry import COUNT_CONFLICT, LIST_LONG, LIST_SHORT
from pipeline.checks.wording import _evidence
from pipeline.models import Discrepancy, Severity

# the sentence of a length's finding that names what the others list and it does not
_ELSEWHERE = "Listed elsewhere but not here:"


def conflict_not_length(ctx: _Ctx, found: list[Discrepancy]) -> list[Discrepancy]:
    """``found`` with each outlet's ``list_short``/``list_long`` merged into the ``count_conflict`` of the
    same subject that names that outlet alone (see the module)."""
    alone = {(d.sources[0], d.subject): d for d in found if d.kind == COUNT_CONFLICT and len(d.sources) == 1}
    lengths = {
        (d.sources[0], d.subject): d
        for d in found
        if d.kind in (LIST_SHORT, LIST_LONG)
        and len(d.sources) == 1
        and (d.sources[0], d.subject) in alone
        and d.severity is Severity.ERROR
        and not ctx.says_selection(d.sources[0])
    }
    out = []
    for d in found:
        key = (d.sources[0], d.subject) if len(d.sources) == 1 else None
        if d.kind in (LIST_SHORT, LIST_LONG) and key in lengths:
            continue  # told by the conflict of counts it merges into
        if d.kind == COUNT_CONFLICT and key in lengths:
            length = lengths[key]
            at = length.message.find(_ELSEWHERE)
            more = " " + length.message[at:] if at >= 0 else ""
            evidence = _evidence([*d.evidence, *length.evidence])
            d = replace(d, severity=Severity.ERROR, message=d.message + more, evidence=evidence)
        out.append(d)
    return out
