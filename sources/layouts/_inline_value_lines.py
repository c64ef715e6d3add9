"""Lines of names each under its value, one after another (``19%：甲國、乙國`` over ``20%：丙國``): one
list told by value. Used by the inline layout's choice of a whole list (``_inline_grouping``).
"""

from __future__ import annotations

import re

from sources.layouts._inline_pieces import Enumeration

_BLANK_LINE_RE = re.compile(r"\n[ \t\u3000]*\n")


def one_run_of_valued_lines(text: str, one: Enumeration, other: Enumeration) -> bool:
    """``one`` and ``other`` are runs of names that each share the value their line's label prints, with
    no blank line between them: groups of one list, whatever count numbers one of them (a headline's
    ``五國同為19%`` numbers the group of 19%, not the whole list)."""
    lo, hi = sorted((one, other), key=lambda e: e.start)
    return bool(one.shared and other.shared) and _BLANK_LINE_RE.search(text, lo.end, hi.start) is None


def valued_runs(text: str, enums: list[Enumeration]) -> dict[int, int]:
    """Each enumeration's run: the index (in order of start) of the first of the lines of names told by
    value it runs on with (``one_run_of_valued_lines``, or a blank line apart with nothing between), so a
    run is kept or dropped whole."""
    ordered = sorted(enumerate(enums), key=lambda p: p[1].start)
    run: dict[int, int] = {}
    for n, (i, e) in enumerate(ordered):
        before = ordered[n - 1] if n else None
        # lines a blank line apart and nothing else between (a paragraph a line) run on too
        joined = before is not None and (
            one_run_of_valued_lines(text, before[1], e)
            or (bool(before[1].shared and e.shared) and not text[before[1].end : e.lead_start].strip())
        )
        run[i] = run[before[0]] if joined and before is not None else i
    return run
