"""Counts of a whole beside counts of the part each outlet prints: no dispute.

甲報 prints four leaders and closes on ``等26位`` (examples of the 26 who came); 乙報, 丙報 and 丁報 print
the same four under ``本報整理其中4位：``. The 26 counts the whole the examples are drawn from, the 4s
count what each outlet prints: the two numbers count different things and no outlet is wrong. Told
apart when every count is either the length of the list beside it (a part) or stated by outlets that
say they give examples and print fewer than they count (a whole), one number of the whole, at least
``LARGER_WHOLE`` times every part (a whole a little above complete lists' counts is a miscount of
theirs: ``A、B等15國`` beside the others' fourteen printed and counted). Two numbers of the whole stay a
dispute (``checks.wholes`` compares counts of a whole).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pipeline.checks.context import _Ctx
from pipeline.claims.wholes import LARGER_WHOLE
from pipeline.models import Claim


def _of_a_whole(ctx: _Ctx, c: Claim) -> bool:
    """``c`` counts more than its article's list of examples prints."""
    return ctx.says_selection(c.article) and c.computed is not None and c.computed < c.stated


def whole_beside_parts(ctx: _Ctx, by_value: Mapping[int, Sequence[Claim]]) -> bool:
    """The counts of ``by_value`` are one count of the whole above counts of parts (see the module)."""
    parts = [v for v, cs in by_value.items() if all(c.computed == c.stated for c in cs)]
    wholes = [v for v, cs in by_value.items() if v not in parts and all(_of_a_whole(ctx, c) for c in cs)]
    if not parts or len(wholes) != 1 or len(parts) + len(wholes) != len(by_value):
        return False
    return wholes[0] >= LARGER_WHOLE * max(parts)
