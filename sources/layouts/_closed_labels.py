"""Labels with no colon over unmarked lines that a tally closes: ``全面禁止入境`` over ``甲国``, ``乙国``,
``丙国`` and ``——共3国``, then ``部分限制入境`` over two more and ``——共2国``. Nothing in how the label is
set tells it from an item; the tally does, counting the lines under the label and not the label. Only
where two groups or more are set so is each first line a label: one run alone whose tally is one short may
as well be a list of names whose count is misprinted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from pipeline.lang.count_lines import count_line, total_line
from sources.layouts._lines import Line

MAX_LABEL_CHARS = 30
MIN_GROUPS = 2
_PUNCTUATED_RE = re.compile(r"[。！？.!?：:，,;；]$")


def _text(line: Line) -> str:
    return line.text.strip()


def _label(lines: Sequence[Line], k: int, item_line: Callable[[str], bool]) -> bool:
    """Line ``k`` labels the run of item lines right under it, which the line after them tallies, the
    label not counted."""
    text = _text(lines[k])
    if (k > 0 and _text(lines[k - 1])) or not text or len(text) > MAX_LABEL_CHARS:
        return False
    if _PUNCTUATED_RE.search(text) or count_line(text) is not None or total_line(text) is not None:
        return False
    j = k + 1
    while j < len(lines) and (t := _text(lines[j])) and total_line(t) is None and item_line(t):
        j += 1
    if j == k + 1 or j >= len(lines):
        return False
    return total_line(_text(lines[j])) == j - k - 1


def closed_run_labels(lines: Sequence[Line], item_line: Callable[[str], bool]) -> set[int]:
    """The lines that label a run of items closed by its tally (``_label``), where two or more do."""
    found = {k for k in range(len(lines)) if _label(lines, k, item_line)}
    return found if len(found) >= MIN_GROUPS else set()
