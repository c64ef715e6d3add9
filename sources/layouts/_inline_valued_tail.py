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
# a pause, then the clause to its end: one name in Chinese characters or kana, a word of contrast or a
# copula, then the figure
_CLAUSE_RE = re.compile(r"[，,；;]\s*(?P<clause>[^，,；;。.！!？?\n、]{3,40}?)(?=[。，,；;！!？?\n]|$)")
_NAME_RE = re.compile(rf"[{CJK}\u30a0-\u30ff・]{{2,{MAX_NAME_CHARS}}}")
_COPULA_RE = re.compile(f"(?:{TAIL_COPULA})?")
_OF = "的之の"  # a particle after the name: what follows says something of it


def _named_figure(text: str, s: int, e: int) -> tuple[int, str] | None:
    """Where the name of the clause ``text[s:e]`` ends and the unit of its figure, when it is a name, a
    copula perhaps, and one figure to its end (the name taken as short as that allows); else None."""
    for cut in range(s + 2, min(e, s + MAX_NAME_CHARS + 1)):
        if not _NAME_RE.fullmatch(text, s, cut) or text[cut - 1] in _OF:
            break  # "丁國的稅率…": what is said of the name, no more of it
        figure = _COPULA_RE.match(text, cut, e).end()  # type: ignore[union-attr]
        if figure < e and (unit := _unit(text, figure, e)) is not None:
            return cut, unit
    return None


def _unit(text: str, s: int, e: int) -> str | None:
    """The unit of the one figure ``text[s:e]`` is, or None."""
    found = find_values(text[s:e])
    one = len(found) == 1 and found[0].number is not None  # a figure, no bound or range ("最高達24%")
    return found[0].unit if one and found[0].start == 0 and found[0].end == e - s else None


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
    m = _CLAUSE_RE.match(text, e.end)
    named = _named_figure(text, m.start("clause"), m.end("clause")) if m is not None else None
    if m is None or named is None or named[1] not in units:
        return e
    if _TOTAL_RE.match(text, m.start("clause"), named[0]):
        return e  # "…，合共300席": the whole, no item
    return replace(e, spans=(*e.spans, m.span("clause")), end=m.end("clause"))
