"""Clauses of one repeated shape, each a name at its head and its figures after it:
``甲國7465萬公噸，占71.1%；乙國2213萬公噸，占21.1%；丙國410萬公噸，占3.9%`` (parted by ``；``, ``;`` or
``。``), ``甲国が7465万トン（71.1％）、乙国が2213万トン（21.1％）、…`` (by ``、``), ``Aland supplied 74.65
million tonnes (71.1%), Borduria 22.13 million tonnes (21.1%) and Carpathia …`` (by commas and ``and``).
Used by the inline layout (``inline.py``) on the lines no other sentence reader took.

A run of at least ``MIN_ITEMS`` clauses in a row is one list when every clause holds the same figures (two
values or more, each with its unit, the units in the same order, close together, nothing long after them)
and nothing before them but a name, with the verb or particle of what it got (``CLAUSE_NAME_AFTER_RE``) or
in a frame of where the figures came from (``自甲國進口``); only the first clause has a lead-in (its words
before the last pause). Prose with numbers about one subject is no list: a measure (``進口``, ``輸出``) or a
word of change (``增長``, ``5%増``, ``rose``) is no name, nor are figures joined by one.

A verb of change after the name (``甲國增持107億美元至1.2萬億美元``, ``乙國下調0.6個百分點至4%``) goes with
the figures, the change (negative for a fall) then the level; a word of time after the name ends it
(``甲國今明兩年經濟增長分別為1.8%及1.7%``); a remark after a pause and no figure (``，仍為最大持有國``) ends
the clause, no item.

Clauses from one figure to another (``甲國由49%降至19%，乙國由48%降至40%，…``) are read first, by
``_inline_from_to``; the name at the head of a clause is found by ``_inline_clause_names``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.lang.clause_cues import (
    CHANGE_WORD_RE,
    CLAUSE_CHANGE_VERB_RE,
    EN_FIGURE_TIME_RE,
)
from pipeline.lang.scripts import WHITESPACE
from pipeline.lang.values import find_values
from sources.layouts._inline_clause_names import _en_name, _zh_name
from sources.layouts._inline_from_to import _from_to_run
from sources.layouts._inline_piece_shapes import (
    MIN_ITEMS,
    is_east_asian,
    masked,
    trim,
)
from sources.layouts._inline_pieces import Enumeration
from sources.layouts._parens import split_top_level

MIN_FIGURES = 2  # values of one clause: one value a name is read by the valued-name readers
MAX_FIGURE_GAP = 8  # characters between two figures of one clause ("，占進口總量的")
MAX_TAIL = 6  # characters after a clause's last figure ("居首")

_HINT_RE = re.compile(r"[0-9０-９%％]")
# between two clauses of an English sentence: "…(71.1%), Borduria …", "… (21.1%) and Carpathia …"
# the time of an English figure, between it and the next or after the last ("4.0% this year and 4.0% next")
_EN_TIME_GAP_RE = re.compile(rf"\s*(?:{EN_FIGURE_TIME_RE.pattern})?\s*(?:,|and|,\s*and)?\s*", re.IGNORECASE)
_EN_TIME_TAIL_RE = re.compile(rf"\s*(?:{EN_FIGURE_TIME_RE.pattern})?\s*[.)]?\s*", re.IGNORECASE)
_EN_CLAUSE_SEP_RE = re.compile(r"\s*;\s*|,\s+(?:and\s+)?|\s+and\s+(?=[A-Z]|the\s)|\.\s+(?=[A-Z])")


@dataclass(frozen=True, slots=True)
class _Clause:
    name: tuple[int, int]
    figures: tuple[int, int]  # from the first figure's start to the last one's end
    units: tuple[str, ...]
    led: bool  # words before its name: only the first clause of a run has a lead-in


def valued_clauses(text: str, a: int, b: int, *, min_items: int = MIN_ITEMS) -> list[Enumeration]:
    """The longest run of clauses of one shape in the line ``text[a:b]`` (see the module's docstring), as
    one enumeration whose items carry their own figures (``shared`` holds each one's), else ``[]``. The
    run is whole sentences: a clause of another shape parted from it by ``、`` or ``,`` (``…和丙國…等3國``)
    means the list goes on in a shape this reader does not know, and the enumeration readers have it.
    ``min_items``: the clauses a run needs (fewer in a paragraph going on a run, ``_inline_clause_lines``)."""
    if not _HINT_RE.search(text, a, b):
        return []
    east = is_east_asian(text[a:b])
    if east and (changed := _from_to_run(text, a, b)):
        return changed
    for pieces in _splits(text, a, b, east):
        if len(pieces) < min_items:
            continue  # too few clauses for a run, whatever they hold
        clauses = [_clause(text, s, e, east) for s, e, _ in pieces]
        i, j = _longest_run(clauses)
        run = [c for c in clauses[i:j] if c is not None]
        names = [text[s:e] for s, e in (c.name for c in run)]
        whole = (i == 0 or pieces[i - 1][2] or _lead_piece(text, *pieces[i - 1][:2], east)) and (
            j == 0 or pieces[j - 1][2]
        )
        capital = east or any(c.isupper() for n in names for c in n)  # possessors in lower case among names
        if len(run) >= min_items and whole and capital and len(set(names)) == len(names):
            return [
                Enumeration(
                    tuple(c.name for c in run),
                    pieces[i][0],
                    run[-1].figures[1],
                    None,
                    "",
                    (0, 0),
                    False,
                    shared=tuple(c.figures for c in run),
                )
            ]
    return []


_SENTENCE_END = "。.!?！？"
_EN_LOWER_WORD_RE = re.compile(r"\s[a-z]")


def _lead_piece(text: str, s: int, e: int, east: bool) -> bool:
    """An English piece of words and no figure before a run (``Among large economies, Aland …``): its
    lead-in, no clause of another shape."""
    return not east and not _HINT_RE.search(text, s, e) and _EN_LOWER_WORD_RE.search(text, s, e) is not None


def _splits(text: str, a: int, b: int, east: bool) -> list[list[tuple[int, int, bool]]]:
    """The ways the line may be parted into clauses, the strongest separators first: each clause's span,
    and whether its sentence ends with it."""
    if east:
        return [
            [
                (a + s, a + e, a + e >= b or text[a + e] in _SENTENCE_END)
                for s, e in split_top_level(text[a:b], seps)
            ]
            for seps in ("；;。", "；;。、")
        ]
    out, start = [], a
    for m in _EN_CLAUSE_SEP_RE.finditer(masked(text, a, b)):
        out.append((start, a + m.start(), m.group(0).startswith(".")))
        start = a + m.end()
    return [[*out, (start, b, True)]]


def _longest_run(clauses: list[_Clause | None]) -> tuple[int, int]:
    """The first and the last-but-one index of the longest run of clauses of one shape."""
    best, start = (0, 0), 0
    for k, c in enumerate(clauses):
        if c is None:
            start = k + 1
            continue
        first = clauses[start]
        if k > start and (c.led or first is None or c.units != first.units):
            start = k
        if k + 1 - start > best[1] - best[0]:
            best = (start, k + 1)
    return best


def _clause(text: str, s: int, e: int, east: bool) -> _Clause | None:
    found = find_values(text[s:e])
    if len(found) < MIN_FIGURES or any(not f.unit for f in found):
        return None
    for one, two in zip(found, found[1:], strict=False):
        gap = text[s + one.end : s + two.start]
        timed = not east and _EN_TIME_GAP_RE.fullmatch(gap)
        if (len(gap.strip(WHITESPACE)) > MAX_FIGURE_GAP and not timed) or CHANGE_WORD_RE.search(gap):
            return None
    last = s + found[-1].end
    if not (_short_tail(text[last:e]) or (not east and _EN_TIME_TAIL_RE.fullmatch(text, last, e))):
        return None
    head = trim(text, s, s + found[0].start)
    named = _zh_name(text, *head) if east else _en_name(text, *head)
    if named is None:
        return None
    name, led = named
    first = s + found[0].start
    if east and (verb := CLAUSE_CHANGE_VERB_RE.search(text, name[1], first)) is not None:
        first = verb.start()  # "增持107億美元至…": the verb stays with the figures, which it signs
    return _Clause(name, (first, last), tuple(f.unit for f in found), led)


_TAIL_PAUSE_RE = re.compile(r"\s*[，,]")


def _short_tail(tail: str) -> bool:
    """Whether the words after a clause's last figure are few (``居首``), or a remark after a pause with
    no figure of its own (``，仍為最大持有國``), which says more of the name, no item."""
    if len(tail.strip(WHITESPACE + "。.)）")) <= MAX_TAIL:
        return True
    return _TAIL_PAUSE_RE.match(tail) is not None and not _HINT_RE.search(tail)
