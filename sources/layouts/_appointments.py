"""Appointments in a sentence: ``甲出任外交部長，乙出任財政部長，丙留任國防部長``, ``外交部長由甲擔任，…``,
``外相に甲氏、財務相に乙氏、防衛相に丙氏を起用``, ``named Jane Roe treasurer, John Doe as comptroller and …``.
Each piece names a person and the post a verb gives
them; a run of such pieces is a list of people with their posts (the item parser reads each piece:
``sources.item_appointments.appointed``). Used by the inline layout (``inline.py``)."""

from __future__ import annotations

import re

from pipeline.lang.posts import EN_APPOINT_VERB_RE
from sources.item_appointments import appointed
from sources.layouts._inline_numbered_marks import INLINE_MARK_RE
from sources.layouts._inline_piece_shapes import MIN_ITEMS, longest_run, trim
from sources.layouts._inline_pieces import Enumeration
from sources.layouts._parens import split_top_level

PIECE_SEPARATORS = "，,、；;"
_PIECE_SEPARATOR_RE = re.compile(f"[{PIECE_SEPARATORS}]")


def appointments(text: str, a: int, b: int) -> Enumeration | None:
    """The longest run of at least ``MIN_ITEMS`` appointments among the pieces of the clause
    ``text[a:b]``, or None."""
    if _PIECE_SEPARATOR_RE.search(text, a, b) is None:
        return None  # one piece
    pieces = [trim(text, a + s, a + e) for s, e in split_top_level(text[a:b], PIECE_SEPARATORS)]
    # "▽外相に甲氏、▽財務相に乙氏": the mark before each piece is no part of it
    pieces = [(s + 1, e) if INLINE_MARK_RE.match(text, s, e) else (s, e) for s, e in pieces]
    if len(pieces) < MIN_ITEMS:
        return None  # too few pieces for a run, whatever they hold
    # "包括：外交部長由甲擔任；…": the lead-in before a colon in the first piece is none of it
    pieces = [_after_colon(text, s, e) for s, e in pieces]
    flags = [e > s and appointed(text, s, e) is not None for s, e in pieces]
    lo, hi = longest_run(flags)
    if hi - lo < MIN_ITEMS:
        return None
    spans = tuple(pieces[lo:hi])
    return Enumeration(spans, a, spans[-1][1], None, "", (0, 0), False)


def _after_colon(text: str, s: int, e: int) -> tuple[int, int]:
    """The piece ``text[s:e]``, or what follows its colon when that alone is an appointment."""
    colon = max(text.rfind("：", s, e), text.rfind(":", s, e))
    if colon < 0 or appointed(text, s, e) is not None or appointed(text, colon + 1, e) is None:
        return s, e
    return trim(text, colon + 1, e)


# what parts an English run of appointments: a comma, ", and" or " and" before the last
_EN_PIECE_RE = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
# a clause after the run, set off by a comma and a conjunction: "…, while keeping C as …"
_EN_ASIDE_RE = re.compile(r",\s*(?:while|whereas|but|although|though)\b")


def en_appointments(text: str, a: int, b: int) -> Enumeration | None:
    """``… named John Doe as treasurer, Peter Smith as comptroller and Mary Major as chief of staff``: after
    the clause's verb of appointment, at least ``MIN_ITEMS`` pieces each a name and its post, and nothing
    else to the clause's end; None otherwise."""
    verb = EN_APPOINT_VERB_RE.search(text, a, b)
    if verb is None:
        return None
    end = trim(text, verb.end(), b)[1]
    end -= text[end - 1 : end] == "."
    if (aside := _EN_ASIDE_RE.search(text, verb.end(), end)) is not None:
        end = aside.start()  # "…, while keeping John Doe as …": another clause, no piece of the run
    cuts = [verb.end(), *(x for m in _EN_PIECE_RE.finditer(text, verb.end(), end) for x in m.span()), end]
    spans = [trim(text, cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2)]
    if len(spans) < MIN_ITEMS or not all(e > s and appointed(text, s, e) is not None for s, e in spans):
        return None
    return Enumeration(tuple(spans), a, spans[-1][1], None, "", (0, 0), False)


def all_appointments(text: str, enum: Enumeration) -> bool:
    """Every item of ``enum`` is an appointment."""
    return all(appointed(text, s, e) is not None for s, e in enum.spans)
