"""A ranking told piece by piece, each piece one name and its value with the words of its rank around it
(``RANK_WORD_RE``): ``税率が最も高いのはアランドの49%で、ボルドゥリア（48%）、カルパチア（46%）が続いた``,
``最も高いのはアランドの49%で、次いでボルドゥリアの48%、カルパチアの46%だった``,
``以甲國49%最高，其次為乙國48%、丙國46%``, ``甲國以49%居首，乙國（48%）次之，丙國（46%）緊隨其後``,
``其中甲國49%最高，乙國48%次之，丙國46%``. Used by the inline layout through ``_inline_grouping``.

The sentence is parted on ``，``, ``、`` and ``；`` outside parentheses. Pieces with no value before the first
valued one are its lead-in; from the first valued piece on, every piece must be one name and one value in
one unit, else the sentence is left unread (a ranking read in part would accuse its outlet of leaving
out the rest). At least ``MIN_ITEMS`` pieces.
"""

from __future__ import annotations

import re

from pipeline.lang.clause_cues import (
    CHANGE_WORD_RE,
    CLAUSE_NAME_AFTER_RE,
    CLAUSE_TIME_WORD_RE,
    FORECAST_VERB_RE,
    MEASURE_END_RE,
)
from pipeline.lang.counts import find_counts
from pipeline.lang.currencies import one_unit
from pipeline.lang.not_counts import NOT_A_COUNT_AFTER_RE, NOT_A_COUNT_BEFORE_RE
from pipeline.lang.rank_cues import RANK_NEXT_RE, RANK_PIECE_END_RE, RANK_PIECE_START_RE, RANK_WORD_RE
from pipeline.lang.scripts import WHITESPACE
from pipeline.lang.values import find_values
from sources.layouts._inline_piece_shapes import MIN_ITEMS, ZH_VALUE_NAME_RE, is_east_asian
from sources.layouts._inline_pieces import Enumeration, split_final
from sources.layouts._parens import split_top_level

# a copula or particle that ends the lead-in of the first piece ("最も高いのは甲国の", "最高的是甲國"), a
# colon after it or alone ("前四大依序為：甲國以…居首")
_LEAD_RE = re.compile(r"(?:是|為|为|は)[：:]?|[：:]")
# between a name and its value: parentheses, a colon, a particle ("甲国の49%", "甲国が48%", "甲國以49%",
# "甲國的49%")
_GAP_RE = re.compile(r"(?:\s|[（(：:的のが]|以|為|为)+$")
_TAIL = WHITESPACE + "）)"


def ranked_pieces(text: str, a: int, b: int) -> list[Enumeration]:
    """The ranking of the sentence ``text[a:b]`` (see the module's docstring) as one enumeration whose
    items' values are in ``shared``; else ``[]``."""
    if not is_east_asian(text[a:b]) or not RANK_WORD_RE.search(text, a, b):
        return []
    pieces = [(a + s, a + e) for s, e in split_top_level(text[a:b], "，,、；;")]
    if pieces:  # "…、丙國9.86兆元及丁國9.01兆元": the last piece holds the last two items
        pieces[-1:] = split_final(text, *pieces[-1])
    valued = [k for k, (s, e) in enumerate(pieces) if find_values(text[s:e])]
    if not valued:
        return []
    run = pieces[valued[0] :]
    if RANK_NEXT_RE.match(text[run[0][0] : run[0][1]].lstrip(WHITESPACE)):
        return []  # "甲國與乙國並列最高，其次是丙國（48%）…": the first places told without a value
    read = [_piece(text, s, e, first=k == 0) for k, (s, e) in enumerate(run)]
    items = [x for x in read if x is not None]
    if len(items) < len(read) or len(items) < MIN_ITEMS or not one_unit([u for *_, u in items]):
        return []
    names = [text[s:e] for (s, e), _, _ in items]
    if len(set(names)) != len(names):
        return []
    spans = tuple(name for name, _, _ in items)
    shared = tuple(value for _, value, _ in items)
    stated, count_span = _lead_count(text, run[0][0], spans[0][0])
    end = shared[-1][1]
    return [Enumeration(spans, run[0][0], end, stated, "", (0, 0), False, count_span, shared=shared)]


def _lead_count(text: str, lo: int, hi: int) -> tuple[int | None, tuple[int, int]]:
    """The count the first piece's lead-in states (``最高的10個省市為甲國…``: 10) and where it is written;
    none for a number that counts something else (``約60個經濟體中``)."""
    lead = text[lo:hi]
    counts = find_counts(lead)
    if not counts:
        return None, (0, 0)
    c = counts[-1]
    if NOT_A_COUNT_BEFORE_RE.search(lead, max(0, c.start - 12), c.start) or NOT_A_COUNT_AFTER_RE.match(
        lead, c.end
    ):
        return None, (0, 0)
    return c.value, (lo + c.start, lo + c.end)


def _piece(text: str, s: int, e: int, *, first: bool) -> tuple[tuple[int, int], tuple[int, int], str] | None:
    """A piece's name, value and unit: [its lead-in, the first piece only] [a word of its rank] name,
    particle, one value [a word of its rank]."""
    found = find_values(text[s:e])
    if len(found) != 1 or not found[0].unit:
        return None
    value = (s + found[0].start, s + found[0].end)
    tail = text[value[1] : e].strip(_TAIL)
    if tail and not RANK_PIECE_END_RE.fullmatch(tail):
        return None
    lo, hi = s, value[0]
    if (gap := _GAP_RE.search(text, lo, hi)) is not None:
        hi = gap.start()
    if first:  # its lead-in: up to a copula, a verb of forecasting or a word of time, and 以 after them
        ends = [
            m.end()
            for r in (_LEAD_RE, FORECAST_VERB_RE, CLAUSE_TIME_WORD_RE)
            for m in r.finditer(text, lo, hi)
        ]
        lo = max([lo, *ends])
    if (cue := RANK_PIECE_START_RE.match(text, lo, hi)) is not None:
        lo = cue.end()
    name = text[lo:hi].strip(WHITESPACE)
    if not ZH_VALUE_NAME_RE.match(name) or any(
        r.search(name) for r in (MEASURE_END_RE, CLAUSE_NAME_AFTER_RE, CHANGE_WORD_RE, CLAUSE_TIME_WORD_RE)
    ):
        return None  # a measure, a verb, a change or a time is no name: "甲國經濟增長5%最高，今年3%…"
    lo += len(text[lo:hi]) - len(text[lo:hi].lstrip(WHITESPACE))
    return (lo, lo + len(name)), value, found[0].unit
