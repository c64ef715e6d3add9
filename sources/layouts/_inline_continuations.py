"""Lists that go on past their sentence or line: a kept enumeration continued in the next sentence by
items of the same shape, and a line of names wrapped onto the line under it. Used by
``_inline_grouping.find_enumerations``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pipeline.lang.leads import CONTINUATION_RE
from pipeline.lang.scripts import WHITESPACE
from sources.layouts._appointments import all_appointments
from sources.layouts._inline_accepting import is_titled
from sources.layouts._inline_context import line_above
from sources.layouts._inline_pieces import Enumeration

MAX_CONTINUATION_GAP = 3  # characters between two sentences of one list: its full stop, a line break


def _with_continuations(
    text: str, kept: list[Enumeration], found: Sequence[Enumeration]
) -> list[Enumeration]:
    """A list going on in the next sentence (``包括A、B、C。`` then ``還有D、E以及F。``): an enumeration that
    opens with a word of continuation right after a kept one, of items of the same shape (titled people
    after titled people, names after names), states no count or label of its own and joins it."""
    out: list[Enumeration] = []
    before: Enumeration | None = None  # the enumeration just before, kept or not
    for e in sorted({id(x): x for x in (*kept, *found)}.values(), key=lambda x: x.start):
        kept_here = any(e is k for k in kept)
        prev = out[-1] if out else None
        if prev is not None and _goes_on(text, prev, e):  # kept on its own or not, it goes on the list
            out[-1] = before = replace(prev, spans=prev.spans + e.spans, end=e.end)
            continue
        if (
            kept_here
            and before is not None
            and not any(before is o for o in out)
            and _goes_on(text, before, e)
        ):
            # "Those named are A and B. Also named were C, D and E.": the pair is the list's start
            e = replace(before, spans=before.spans + e.spans, end=e.end)
        if kept_here:
            out.append(e)
        before = e
    return out


def _goes_on(text: str, prev: Enumeration, e: Enumeration) -> bool:
    """``e`` opens with a word of continuation right after ``prev``, of items of the same shape, and
    states no count or label of its own."""
    return (
        e.stated is None
        and not e.label
        and not prev.shared
        and not e.shared
        and 0 <= e.lead_start - prev.end <= MAX_CONTINUATION_GAP
        and not text[prev.end : e.lead_start].strip(WHITESPACE + "。.\n")
        and CONTINUATION_RE.match(text[e.lead_start : e.start]) is not None
        and _alike(text, prev, e)
    )


def _alike(text: str, one: Enumeration, other: Enumeration) -> bool:
    """The items of both are titled people, or neither's are; a run whose first name has the post
    (``部長甲、乙、丙``: the post goes for all) and a run of appointments (``甲出任A部長，乙出任B部長``) are
    of titled people too."""
    return _of_titled_people(text, one) == _of_titled_people(text, other)


def _of_titled_people(text: str, e: Enumeration) -> bool:
    s, t = e.spans[0]
    return is_titled(text[s:t]) or all_appointments(text, e)


def _continued(text: str, enums: list[Enumeration]) -> list[Enumeration]:
    """A line of names right under another line of names, with no label or count of its own, continues
    it (a list wrapped over lines: ``アランド　ボルドゥリア　…`` then ``カルパチア　ダルマチア　…``)."""
    out: list[Enumeration] = []
    for e in enums:
        prev = out[-1] if out else None
        above = line_above(text, e.start, e.end)
        if (
            prev is not None
            and above is not None
            and not e.label
            and e.stated is None
            and above[0] <= prev.start
            and prev.end <= above[1] + 1
            and line_above(text, prev.start, prev.end) is not None
        ):
            shared = (
                (prev.shared or ((0, 0),) * len(prev.spans)) + (e.shared or ((0, 0),) * len(e.spans))
                if prev.shared or e.shared
                else ()
            )
            out[-1] = replace(prev, spans=prev.spans + e.spans, end=e.end, shared=shared)
            continue
        out.append(e)
    return out
