"""The places a ranked list prints before its items, read to tell a count of places shared by ties from a
miscount: ``前10名`` over eleven rows ranked ``1 … 9, 10, 10`` is ten places, two sharing the last; over
rows numbered ``1`` to ``11``, one each, it counts eleven items as ten."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lang.numbers import parse_count
from pipeline.models import Mention

# a place printed before an item on its line: a numbered line's number ("4. 乙國", "４．乙國", "(4) 乙國")
# or a table row's first cell ("4\t乙國"), nothing but blanks and marks between it and the name
_PLACE_BEFORE_RE = re.compile(
    r"[ \t\u3000|]*[(（]?(?P<n>[0-9０-９]{1,3})(?:\s*(?:[.．、]|[)）]|位)[ \t\u3000|]*|[ \t\u3000|]+)"
)


def _place(text: str, m: Mention) -> int | None:
    line = text.rfind("\n", 0, m.start) + 1
    found = _PLACE_BEFORE_RE.fullmatch(text, line, m.start)
    if found is None and line == m.start:  # "4. 乙國　885億": a line read whole, its number in its span
        found = _PLACE_BEFORE_RE.match(text, m.start, m.end)
    return parse_count(found["n"]) if found is not None else None


def one_place_each(text: str, listed: Sequence[Mention]) -> bool:
    """Every item is printed after its own place, ``1`` to ``n`` in order, none shared: no ties."""
    return bool(listed) and [_place(text, m) for m in listed] == list(range(1, len(listed) + 1))


def ranked_by_distinct_values(listed: Sequence[Mention]) -> bool:
    """Every item prints a figure in one unit, each strictly below the one before (or each strictly
    above): a ranking by those figures, where no two items can share a place."""
    firsts = [next((v for v in m.values if v.number is not None), None) for m in listed]
    if len(firsts) < 2 or any(v is None or v.number is None for v in firsts):
        return False
    numbers = [float(v.number) for v in firsts if v is not None and v.number is not None]
    if len({v.unit for v in firsts if v is not None}) != 1:
        return False
    steps = [b - a for a, b in zip(numbers, numbers[1:], strict=False)]
    return all(d < 0 for d in steps) or all(d > 0 for d in steps)
