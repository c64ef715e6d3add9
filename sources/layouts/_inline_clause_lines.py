"""Lines read as clauses of a name and its figures (``_inline_clauses.valued_clauses``), a run of them
going on in the paragraph right after it: ``Aland's rate falls to 20% from 46%, Borduria's to 20% from
32%, …`` then ``Carpathia's rate rises to 19% from 17% and Dalmatia's to 39% from 31%.`` The
second paragraph, too short to be a list of its own, is the same list when it is whole clauses of the
same figures (as many, in the same units), the first run's sentence ending right before it. Used by
``_inline_grouping.find_enumerations``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.lang.values import find_values
from sources.layouts._inline_clauses import valued_clauses
from sources.layouts._inline_pieces import Enumeration

_LINE_RE = re.compile(r"[^\n]+")
_BETWEEN_RE = re.compile(r"[.。!?！？]?\s*\n\s*")  # a sentence's end and a paragraph break, nothing else
_SENTENCE_END = " \t.。!?！？"
MIN_GOING_ON = 2  # clauses of a paragraph that goes on a run of the paragraph before it


def clause_lines(text: str, taken: Sequence[tuple[int, int]]) -> list[Enumeration]:
    """The runs of clauses of the lines no other reader took (``taken``), each with the paragraph that goes
    on right after it joined."""
    out: list[Enumeration] = []
    for line in _LINE_RE.finditer(text):
        if any(line.start() <= s < line.end() for s, _ in taken):
            continue
        read = valued_clauses(text, line.start(), line.end())
        if not read and out and (more := _going_on(text, out[-1], line.start(), line.end())) is not None:
            out[-1] = more
            continue
        out.extend(read)
    return out


def _going_on(text: str, run: Enumeration, a: int, b: int) -> Enumeration | None:
    if not run.shared or not _BETWEEN_RE.fullmatch(text, run.end, a):
        return None
    found = valued_clauses(text, a, b, min_items=MIN_GOING_ON)
    more = found[0] if len(found) == 1 else None
    if more is None or more.lead_start != a or text[more.end : b].strip(_SENTENCE_END):
        return None  # the paragraph is not whole clauses of names and figures
    if {_shape(text, s) for s in (*run.shared, *more.shared)} != {_shape(text, run.shared[0])}:
        return None
    return replace(run, spans=run.spans + more.spans, end=more.end, shared=run.shared + more.shared)


def _shape(text: str, span: tuple[int, int]) -> tuple[str, ...]:
    """The units of a clause's figures, in order (``20% from 46%``: two rates)."""
    return tuple(f.unit for f in find_values(text[span[0] : span[1]]))
