"""A run of names with their figures that ends in a clause of its own, after a pause: ``甲國46%、乙國49%、丙國
36%，丁國則為24%。`` (the last name said apart, with a word of contrast and a copula). The clause is the
run's last item: read so, the run is read whole (before: the last item was left out, a run read in part).
Used by ``_inline_grouping`` on the kept enumerations.

Only a clause of one name, an optional word of contrast or copula (``pipeline.lang.value_words``) and one
figure in the unit every item of the run carries is read, up to the sentence's end or the next pause.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.lang.count_lines import TOTAL_WORD_RE
from pipeline.lang.scripts import CJK, fold_pattern
from pipeline.lang.value_words import TAIL_COPULA
from pipeline.lang.values import find_values
from sources.layouts._inline_pieces import Enumeration

MAX_NAME_CHARS = 12
# a word of the whole in the clause: "合共", "總計", "共": the run's total, no item of it
_TOTAL_RE = re.compile(TOTAL_WORD_RE.pattern + "|" + fold_pattern("合共|總和|累計"), re.IGNORECASE)
# a pause, one name in Chinese characters or kana, a word of contrast or a copula, then the figure to the
# clause's end
_TAIL_RE = re.compile(
    rf"[，,；;]\s*(?P<name>[{CJK}\u30a0-\u30ff・]{{2,{MAX_NAME_CHARS}}}?)(?:{TAIL_COPULA})?"
    rf"(?P<figure>[^，,；;。.！!？?\n、]{{1,16}}?)(?=[。，,；;！!？?\n]|$)"
)


def _unit(text: str, s: int, e: int) -> str | None:
    """The unit of the one figure ``text[s:e]`` is, or None."""
    found = find_values(text[s:e])
    return found[0].unit if len(found) == 1 and found[0].start == 0 and found[0].end == e - s else None


def _end_unit(text: str, s: int, e: int) -> str | None:
    """The unit of the one figure the item ``text[s:e]`` ends in, or None."""
    found = find_values(text[s:e])
    return found[0].unit if len(found) == 1 and found[0].end == e - s else None


def valued_tail(text: str, e: Enumeration) -> Enumeration:
    """``e`` with the clause after it as its last item, where each of its items (three or more, a figure
    of its own) ends in a figure of one unit and the clause names one more with a figure of that unit."""
    if e.shared or e.stated is not None or len(e.spans) < 2:
        return e
    units = {_end_unit(text, s, x) for s, x in e.spans}
    if len(units) != 1 or None in units:
        return e
    m = _TAIL_RE.match(text, e.end)
    if m is None or _unit(text, m.start("figure"), m.end("figure")) not in units:
        return e
    if find_values(m.group("name")) or _TOTAL_RE.match(m.group("name")):
        return e  # "…，合共300席": the whole, no item
    return replace(e, spans=(*e.spans, (m.start("name"), m.end("figure"))), end=m.end("figure"))
