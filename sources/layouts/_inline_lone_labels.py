"""A line of one name under its label among lines of several (``文學獎：張三`` among ``物理學獎：李四、
王五、趙六`` and ``化學獎：孫七、周八``; ``▽甲組　張三`` among ``▽乙組　李四、王五``): a group of one, read
with the lines around it, not left out (a block read in part is worse than none). A count closing the
one name (``▽甲組　山田太郎・甲大教授ら3人``: he and others, three) is the group's stated count, the
group named in part. Used by ``_inline_grouping``.
"""

from __future__ import annotations

import re

from pipeline.lang.counts import find_counts
from sources.layouts._inline_labels import SPACED_START_RE
from sources.layouts._inline_pieces import COUNT_CLOSES_RE, Enumeration

# "label：name": a short label (no pause, no figure) and one name (no pause either, brackets allowed)
_LONE_RE = re.compile(
    r"(?P<label>[^\s、，,：:；;。（）()\d]{1,12})[ \t]*[：:][ \t\u3000]*"
    r"(?P<name>[^\s、，,；;。：:（）()][^、，,；;。：:\n]{0,40}?)[ \t\u3000]*$"
)
_NAME_RE = re.compile(r"[^\s、，,；;。：:（）()][^、，,；;。：:\n]{0,40}")
MIN_LABELLED = 2  # lines of several names under their labels in the block, at the least


def _line(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _next_line(text: str, start: int, end: int, step: int) -> tuple[int, int]:
    """The line above (``step`` -1) or below (1) the line ``start``-``end``; empty at either end."""
    if step < 0:
        return (start, start) if start == 0 else (text.rfind("\n", 0, start - 1) + 1, start - 1)
    if end >= len(text):
        return end, end
    below = text.find("\n", end + 1)
    return end + 1, len(text) if below < 0 else below


def _labelled_line(text: str, e: Enumeration) -> tuple[int, int] | None:
    """The line ``e`` fills whole, from its label to its last name; None when it is no such line."""
    if not e.label or len(e.spans) < 2:
        return None
    start, end = _line(text, e.lead_start)
    marked = SPACED_START_RE.match(text, start)
    if (e.label_span[0] != start and (marked is None or marked.start(1) != e.label_span[0])) or text[
        e.end : end
    ].strip():
        return None
    return start, end


def _lone(text: str, start: int, end: int) -> Enumeration | None:
    found = _LONE_RE.fullmatch(text, start, end)
    label = found.span("label") if found is not None else None
    name = found.span("name") if found is not None else None
    if (spaced := SPACED_START_RE.match(text, start)) is not None and found is None:
        label, name = spaced.span(1), (spaced.end(), end)
        if not _NAME_RE.fullmatch(text, *name):
            return None
    if label is None or name is None:
        return None
    stated, counted = None, (name[1], name[1])
    closing = [c for c in find_counts(text[name[0] : name[1]]) if name[0] + c.end == name[1]]
    if (
        closing
        and closing[-1].start > 0
        and COUNT_CLOSES_RE.search(text, name[0], name[0] + closing[-1].start)
    ):
        # "山田太郎・甲大教授ら3人": he and others, counted; the count the group's, the name before it
        stated, counted = closing[-1].value, (name[0] + closing[-1].start, name[1])
        cue = COUNT_CLOSES_RE.search(text, name[0], counted[0])
        name = (name[0], cue.start() if cue is not None else counted[0])
    return Enumeration(
        spans=(name,),
        lead_start=start,
        end=counted[1],
        stated=stated,
        label=text[label[0] : label[1]],
        label_span=label,
        selection=stated is not None,
        count_span=counted,
        context=text[label[0] : label[1]],
    )


def lone_labelled_lines(text: str, enums: list[Enumeration]) -> list[Enumeration]:
    """``enums`` with each line of one name under its label added, where it stands in a block of lines
    (no blank line between) of which at least ``MIN_LABELLED`` are read as labelled runs of names."""
    lines = [line for e in enums if (line := _labelled_line(text, e)) is not None]
    if len(lines) < MIN_LABELLED:
        return enums
    added: list[Enumeration] = []
    taken = {_line(text, e.start)[0] for e in enums}  # lines read already, by this reader or another
    for start, end in lines:
        for step in (-1, 1):  # the lines above and below, up to a blank line or a line of no such shape
            s, e = start, end
            while True:
                s, e = _next_line(text, s, e, step)
                if e <= s or not text[s:e].strip() or s in taken:
                    break
                lone = _lone(text, s, e)
                if lone is None:
                    break
                taken.add(s)
                added.append(lone)
    return sorted([*enums, *added], key=lambda x: x.start) if added else enums
