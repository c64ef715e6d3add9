"""A ranking in one sentence that prints each place's figure in brackets after its names, and the place
itself where names tie: ``甲國（190國）；乙國（189國）；丙國、丁國、戊國（188國，同列第3）``,
``アランド（190カ国）、ボルドゥリア（189カ国）、カルパチア、ダルマチア（188カ国、3位タイ）``,
``Aland (190); Borduria (189); Carpathia, Dalmatia and Elbonia (188, joint third)``. Used by the inline
layout through ``_inline_grouping``.

After the lead-in (up to its colon, or its last pause before the first name: ``分別是：``, ``上位は、``),
the sentence is parted on ``；``, ``、``, ``，`` and ``,`` / ``and`` outside brackets; every piece is a name,
some followed by brackets that hold a figure (a count, or a number alone) and, after a pause, a place
(``TIED_PLACE_RE``). The names up to such brackets share them: one place, its figure every name's value,
its place its label where printed (a place not printed is an unlabelled group). The last piece must close
a place, two places at least, ``MIN_ITEMS`` names in all, a place printed or names tied on one figure
(names each with a figure of their own are left to the other readers); a sentence any piece of which is
of another shape is left unread (a ranking read in part would accuse its outlet of leaving out the rest).
"""

from __future__ import annotations

import re

from pipeline.lang.counts import find_counts
from pipeline.lang.rank_cues import TIED_PLACE_RE
from pipeline.lang.scripts import WHITESPACE
from sources.layouts._inline_piece_shapes import (
    EN_NAME_RUN_RE,
    MAX_EN_WORDS,
    MIN_ITEMS,
    ZH_VALUE_NAME_RE,
    is_east_asian,
    trim,
)
from sources.layouts._inline_pieces import Enumeration
from sources.layouts._parens import split_top_level

MIN_PLACES = 2
_FIGURE_BRACKETS_RE = re.compile(r"[（(]\s*[0-9０-９][^（()）]*[）)]")
_BRACKETS_END_RE = re.compile(r"\s*[（(](?P<inside>[^（()）]+)[）)]\s*$")
_DIGITS_RE = re.compile(r"[0-9０-９]+")
_EA_LEAD_END_RE = re.compile(r"[：:，,]|は、|は")
_EN_AND_RE = re.compile(r"\s+and\s+|^and\s+")
_END = WHITESPACE + "。．."


def bracket_places(text: str, a: int, b: int) -> list[Enumeration]:
    """The places of the sentence ``text[a:b]`` (see the module's docstring), one enumeration each; else
    ``[]``."""
    first = _FIGURE_BRACKETS_RE.search(text, a, b)
    if first is None:
        return []
    east_asian = is_east_asian(text[a:b])
    lo = _lead_end(text, a, first.start(), east_asian)
    if lo is None:
        return []
    hi = len(text[:b].rstrip(_END))
    places: list[Enumeration] = []
    names: list[tuple[int, int]] = []
    for s, e in _pieces(text, lo, hi, east_asian):
        closing = _BRACKETS_END_RE.search(text, s, e)
        name = trim(text, s, closing.start() if closing else e)
        if not _name(text[name[0] : name[1]], east_asian=east_asian):
            return []
        names.append(name)
        if closing is None:
            continue
        place = _place(text, *closing.span("inside"), names)
        if place is None:
            return []
        places.append(place)
        names = []
    if names or len(places) < MIN_PLACES or sum(len(p.spans) for p in places) < MIN_ITEMS:
        return []
    # names each with a figure of its own and no place printed: no ranking of ties, the other readers' own
    return places if any(p.label or len(p.spans) > 1 for p in places) else []


def _lead_end(text: str, a: int, first: int, east_asian: bool) -> int | None:
    """Where the names start: after the lead-in's colon, else (in Chinese and Japanese) its last pause
    before the first brackets' names; the sentence's start when it has no lead-in."""
    head = text[a:first]
    colon = max(head.rfind("："), head.rfind(":"))
    if colon >= 0:
        return a + colon + 1
    if not east_asian:
        return a if EN_NAME_RUN_RE.fullmatch(head.strip()) else None
    ends = [m.end() for m in _EA_LEAD_END_RE.finditer(head)]
    return a + ends[-1] if ends else a


def _pieces(text: str, lo: int, hi: int, east_asian: bool) -> list[tuple[int, int]]:
    seps = "；;、，," if east_asian else ";,"
    out = []
    for s, e in split_top_level(text[lo:hi], seps):
        s, e = lo + s, lo + e
        if east_asian or not _EN_AND_RE.search(text, s, e):
            out.append((s, e))
            continue
        cut = s  # "Dalmatia and Elbonia (188, joint third)": two names
        for m in _EN_AND_RE.finditer(text, s, e):
            out.append((cut, m.start()))
            cut = m.end()
        out.append((cut, e))
    return [(s, e) for s, e in out if text[s:e].strip(WHITESPACE)]


def _place(text: str, lo: int, hi: int, names: list[tuple[int, int]]) -> Enumeration | None:
    """The place the brackets ``text[lo:hi]`` close over ``names``: their figure, the place where printed."""
    parts = [(lo + x, lo + y) for x, y in split_top_level(text[lo:hi], "，,、")]
    if len(parts) > 2 or (figure := figure_span(text, *parts[0])) is None:  # noqa: PLR2004
        return None
    label = (0, 0)
    if len(parts) == 2:  # noqa: PLR2004
        label = trim(text, *parts[1])
        if TIED_PLACE_RE.fullmatch(text, *label) is None:
            return None
    return Enumeration(
        tuple(names),
        names[0][0],
        hi + 1,
        None,
        text[label[0] : label[1]],
        label,
        False,
        shared=(figure,) * len(names),
    )


def figure_span(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The span of the number of the count that is all of ``text[s:e]`` (``190國``, ``190``), or None.
    (The number alone is the names' value: the counter says what it counts.)"""
    s, e = trim(text, s, e)
    digits = _DIGITS_RE.match(text, s, e)
    if digits is None:
        return None
    if digits.end() < e:
        counts = find_counts(text[s:e])
        if len(counts) != 1 or counts[0].start or counts[0].end != e - s:
            return None
    return digits.span()


def _name(piece: str, *, east_asian: bool) -> bool:
    if east_asian:
        return ZH_VALUE_NAME_RE.match(piece) is not None
    return (
        piece[:1].isupper()
        and EN_NAME_RUN_RE.fullmatch(piece) is not None
        and len(piece.split()) <= MAX_EN_WORDS
    )
