"""A Chinese list of people after their posts whose separators change on the way: ``名單如下：甲國總統
張三，乙部部長李四，丙局局長王五、丁局局長趙六、戊署署長錢七，己委主任孫八``. The enumeration readers
part a sentence's clauses at ``，`` and read the run of ``、`` alone; the people in the clauses on either
side, each a person after a post and nothing else, are the same list. Used by the inline layout
(``_inline_grouping.find_enumerations``) on the runs it keeps."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.lang.scripts import WHITESPACE
from sources.layouts._inline_accepting import is_titled
from sources.layouts._inline_piece_shapes import is_east_asian, posted_person, trim
from sources.layouts._inline_pieces import Enumeration

_COMMA = "，,"
_STOPS = "。！？\n：:；;"
_JOINER_RE = re.compile(r"(?:以及|及|和|與|与|並|并)\s*")


def _person(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The span of the piece ``text[s:e]`` when it is a person after a post and nothing else (a joiner
    before it aside), else None."""
    s, e = trim(text, s, e)
    if (joiner := _JOINER_RE.match(text, s, e)) is not None:
        s = joiner.end()
    piece = text[s:e]
    return (s, e) if piece and posted_person(piece) and is_titled(piece) else None


def _before(text: str, at: int) -> list[tuple[int, int]]:
    """The people in the clauses right before ``at`` (a comma before it), nearest last."""
    out: list[tuple[int, int]] = []
    while True:
        comma = len(text[:at].rstrip(WHITESPACE)) - 1
        if comma < 0 or text[comma] not in _COMMA:
            return out
        start = max(text.rfind(c, 0, comma) for c in _COMMA + _STOPS + "、") + 1
        person = _person(text, start, comma)
        if person is None:
            return out
        out.insert(0, person)
        at = start


def _after(text: str, at: int) -> list[tuple[int, int]]:
    """The people in the clauses right after ``at`` (a comma after it), in order."""
    out: list[tuple[int, int]] = []
    while True:
        comma = at + len(text[at:]) - len(text[at:].lstrip(WHITESPACE))
        if comma >= len(text) or text[comma] not in _COMMA:
            return out
        ends = [k for c in _COMMA + _STOPS + "、" if (k := text.find(c, comma + 1)) >= 0]
        end = min(ends, default=len(text))
        person = _person(text, comma + 1, end)
        if person is None:
            return out
        out.append(person)
        at = end


def with_comma_people(text: str, enum: Enumeration) -> Enumeration:
    """``enum``, a run of people after their posts, with the people of the clauses on either side of it
    (see the module's docstring); as it is when none, or when it is no such run."""
    if enum.stated is not None or enum.shared or not is_east_asian(text[enum.start : enum.end]):
        return enum
    if not all(is_titled(text[s:e]) for s, e in enum.spans):
        return enum
    before, after = _before(text, enum.start), _after(text, enum.spans[-1][1])
    if not before and not after:
        return enum
    spans = (*before, *enum.spans, *after)
    return replace(
        enum, spans=spans, lead_start=min(enum.lead_start, spans[0][0]), end=max(enum.end, spans[-1][1])
    )
