"""A sentence of a ranking told clause by clause, each clause the names tied on one figure and their place:
``甲國以193個排名第一；乙國、丙國以190個並列第二；丁國以186個排名第三``. Used by the inline layout through
``_inline_grouping``.

Every clause (parted by ``；``) has one shape: names joined by ``、``/``和``, ``以``, a figure (a count
with no noun of its own, or with a few words of what it counts), then the words of its place
(``PLACE_WORDS_RE``); only the first clause may open with words before its names, up to its last pause
(``其中，``). Each clause is a group (its place words its label), its figure every name's value. A
sentence some clause of which has another shape is left unread: a ranking read in part would accuse its
outlet of leaving out the rest.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.lang.counted_nouns import counted_noun
from pipeline.lang.counts import find_counts
from pipeline.lang.rank_cues import PLACE_WORDS_RE
from pipeline.lang.scripts import WHITESPACE, fold_pattern
from sources.layouts._inline_piece_shapes import MIN_ITEMS, ZH_VALUE_NAME_RE, is_east_asian, trim
from sources.layouts._inline_pieces import Enumeration
from sources.layouts._parens import split_top_level

MIN_CLAUSES = 2  # clauses of names and their place that make a ranking
MAX_FIGURE_WORDS = 8  # characters of what a figure counts, between it and the place words ("個免簽目的地")

_BY_RE = re.compile(r"以(?=\s*[0-9０-９])")
_PAUSE_RE = re.compile(r"[，,：:]")
_JOINER_RE = re.compile(r"、|" + fold_pattern(r"和|與|及|以及"))
_FIGURE_WORD_RE = re.compile(r"[^\s，,；;。、：:0-9０-９]")
_END = WHITESPACE + "。．."


def placed_clauses(text: str, a: int, b: int) -> list[Enumeration]:
    """The clauses of the sentence ``text[a:b]`` (see the module's docstring), one enumeration each, at
    least ``MIN_CLAUSES`` and ``MIN_ITEMS`` names in all; else ``[]``."""
    if not is_east_asian(text[a:b]) or not _BY_RE.search(text, a, b):
        return []
    pieces = [(a + s, a + e) for s, e in split_top_level(text[a:b], "；;")]
    pieces = [(s, e) for s, e in pieces if text[s:e].strip(_END)]
    if len(pieces) < MIN_CLAUSES:
        return []
    out: list[Enumeration] = []
    for k, (s, e) in enumerate(pieces):
        clause = _clause(text, s, e, first=k == 0)
        if clause is None:
            return []
        out.append(clause)
    return out if sum(len(x.spans) for x in out) >= MIN_ITEMS else []


def _clause(text: str, s: int, e: int, *, first: bool) -> Enumeration | None:
    """One clause: names, ``以``, a figure, a few words of what it counts, the place words; else None."""
    by = _BY_RE.search(text, s, e)
    if by is None:
        return None
    counts = find_counts(text[by.end() : e])
    if not counts or text[by.end() : by.end() + counts[0].start].strip(WHITESPACE):
        return None
    figure = (by.end() + counts[0].start, by.end() + counts[0].end)
    place = _place(text, figure[1], e)
    if place is None:
        return None
    lo = s
    if first:
        lo = max([s, *(m.end() for m in _PAUSE_RE.finditer(text, s, by.start()))])
    elif _PAUSE_RE.search(text, s, by.start()):
        return None
    cuts = [lo, *(x for m in _JOINER_RE.finditer(text, lo, by.start()) for x in m.span()), by.start()]
    spans = [trim(text, cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2)]
    if not spans or any(y <= x or not ZH_VALUE_NAME_RE.match(text[x:y]) for x, y in spans):
        return None
    label = trim(text, place.start(), place.end())
    return Enumeration(
        tuple(spans),
        s,
        place.end(),
        None,
        text[label[0] : label[1]],
        label,
        False,
        shared=(figure,) * len(spans),
    )


def _place(text: str, at: int, e: int) -> re.Match[str] | None:
    """The place words that end the clause ``text[:e]``, after a few words of what the figure ending at
    ``at`` counts; else None."""
    for k in range(at, min(e, at + MAX_FIGURE_WORDS) + 1):
        place = PLACE_WORDS_RE.match(text, k, e)
        if place is not None and not text[place.end() : e].strip(_END):
            return place
        if k < e and not _FIGURE_WORD_RE.match(text, k):
            return None
    return None


REACH = 3  # a label's figure this many times the article's whole list, at least, counts none of it


def figures_of_labels(text: str, enums: Sequence[Enumeration]) -> list[Enumeration]:
    """``enums`` with the figures of their labels read as values (see the module's docstring) when every
    labelled enumeration with a count in its label (two at least) has one that counts no noun of its own
    (``（190個）``, not ``（12國）``) and stands above ``REACH`` times all the names the article lists: no
    line of it could hold so many. Else ``enums`` as they are."""
    total = sum(len(e.spans) for e in enums)
    labelled = [k for k, e in enumerate(enums) if e.label and e.stated is not None and _in_label(e)]
    if len(labelled) < MIN_CLAUSES or not all(_beyond(text, enums[k], total) for k in labelled):
        return list(enums)
    out = list(enums)
    for k in labelled:
        e = enums[k]
        out[k] = replace(e, stated=None, count_span=(0, 0), shared=(e.count_span,) * len(e.spans))
    return out


def _in_label(e: Enumeration) -> bool:
    """The count is printed between the clause's start and its first name: in the label's line."""
    return e.lead_start <= e.count_span[0] < e.count_span[1] <= e.start and not e.shared


def _beyond(text: str, e: Enumeration, total: int) -> bool:
    s, t = e.count_span
    counts = find_counts(text[s:t])
    if len(counts) != 1 or e.stated is None or e.stated <= REACH * total:
        return False
    count = replace(counts[0], start=s + counts[0].start, end=s + counts[0].end)
    return not counted_noun(text, count)
