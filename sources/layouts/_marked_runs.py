"""Runs of lines that open with the same marker (number, ordinal or bullet).

Each ``Marker`` says how a line opens; ``find_hits`` finds the lines a marker opens (not footnotes, not
headings), ``find_runs`` groups them into runs of at least ``MIN_RUN`` items (a group numbered from 1 again
may have ``MIN_GROUP_RUN``); where each item ends is told by ``_marked_item_end``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from pipeline.lang.scripts import FOOTNOTE_MARKS, WHITESPACE
from sources.base import Document
from sources.layouts._counts import find_count
from sources.layouts._headings import is_heading_item
from sources.layouts._lines import Line, body_lines
from sources.layouts._memo import per_document
from sources.layouts._shapes import MIN_GROUP_RUN, MIN_RUN
from sources.layouts._ties import tied_names
from sources.layouts._told_people import person_told


class Matcher(Protocol):
    """What a marker's ``pattern`` does: a compiled regex, or anything that matches a line as one does."""

    def match(self, string: str, /) -> re.Match[str] | None: ...


@dataclass(frozen=True, slots=True)
class Marker:
    """One marker style: a regex whose match ends where the item text starts, and how to read its number."""

    style: str
    pattern: Matcher
    value: Callable[[str], int | None] | None = None  # None: bullets, no numbering
    # whether ``pattern`` can match a line that opens with this character after its leading blanks
    # (None: any line); lines that open otherwise are not tried
    first: Callable[[str], bool] | None = None


def opens_with(chars: str) -> Callable[[str], bool]:
    """A ``Marker.first``: one of ``chars``."""
    return frozenset(chars).__contains__


@dataclass(frozen=True, slots=True)
class Hit:
    line: int
    value: int | None
    content_start: int  # absolute offset


@dataclass(frozen=True, slots=True)
class Plan:
    style: str
    runs: tuple[tuple[Hit, ...], ...]
    name_like: int


MARKER_LEAD = " \t\u3000"  # the blanks a marker may stand after (every marker's ``^[ \t\u3000]*``)


@per_document
def _openers(doc: Document) -> dict[str, list[int]]:
    """The body lines by the character that opens them after their leading blanks ("" for a blank line)."""
    out: dict[str, list[int]] = {}
    for idx, line in enumerate(body_lines(doc)):
        out.setdefault(line.text.lstrip(MARKER_LEAD)[:1], []).append(idx)
    return out


@per_document
def _opening(doc: Document) -> dict[Callable[[str], bool], list[int]]:
    """The body lines a ``Marker.first`` lets a marker try, by ``first`` (filled by ``tried_lines``)."""
    return {}


def tried_lines(doc: Document, first: Callable[[str], bool] | None) -> Sequence[int]:
    """The body lines, in order, that open with a character ``first`` accepts (every line for None);
    markers that accept the same characters share them."""
    if first is None:
        return range(len(body_lines(doc)))
    found = _opening(doc)
    if first not in found:
        found[first] = sorted(idx for ch, idxs in _openers(doc).items() if ch and first(ch) for idx in idxs)
    return found[first]


_GLUED_MARK_RE = re.compile(rf"\w([{re.escape(FOOTNOTE_MARKS)}])(?!\w)")


def _footnote(line: Line, content: int, glued: Callable[[], set[str]]) -> bool:
    """``*Aland and Borduria were moved …``: a footnote mark glued to the first word of a line, the mark
    another line prints glued after a word (``Aland*``, in ``glued()``), opens the footnote, not an item."""
    mark = line.text[:content].strip(WHITESPACE)
    return len(mark) == 1 and mark in FOOTNOTE_MARKS and line.text[content - 1] == mark and mark in glued()


def find_hits(lines: Sequence[Line], marker: Marker, tried: Sequence[int]) -> list[Hit]:
    hits: list[Hit] = []
    marks: list[set[str]] = []

    def glued() -> set[str]:
        """The footnote marks the lines print glued after a word (read once, when first asked)."""
        if not marks:
            marks.append({m.group(1) for ln in lines for m in _GLUED_MARK_RE.finditer(ln.text)})
        return marks[0]

    headed: list[Hit] = []  # marked lines that read as headings ("一、全面禁止（12國）")
    for idx in tried:
        line = lines[idx]
        m = marker.pattern.match(line.text)
        if not m or m.end() >= len(line.text.rstrip()):
            continue
        content = line.text[m.end() :]
        if not content.strip(WHITESPACE) or _footnote(line, m.end(), glued):
            continue
        value: int | None = None
        if marker.value is not None:
            value = marker.value(m.group("n"))
            if value is None:
                continue
        if is_heading_item(content) and not person_told(content):  # "外相/山田太郎（59）": an age
            if _BARE_FIGURE_END_RE.search(content):
                headed.append(Hit(idx, value, line.start + m.end()))
            continue
        hits.append(Hit(idx, value, line.start + m.end()))
    return sorted([*hits, *_adjacent(lines, headed)], key=lambda h: h.line) if headed else hits


# a bare figure in parentheses ending a line, no counter word ("Aland (193)")
_BARE_FIGURE_END_RE = re.compile(r"[（(]\s*[0-9０-９]{1,6}\s*[)）]\s*$")


def _adjacent(lines: Sequence[Line], headed: Sequence[Hit]) -> list[Hit]:
    """Heading-like marked lines ending in a bare figure that stand ``MIN_RUN`` or more in a row, nothing
    between them: items with a figure each (``1. Aland (193)``, ``2. Borduria (190)``), not headings, which
    have items under them."""
    out: list[Hit] = []
    run: list[Hit] = []
    for h in headed:
        if run and any(ln.stripped for ln in lines[run[-1].line + 1 : h.line]):
            out += run if len(run) >= MIN_RUN else []
            run = []
        run.append(h)
    return out + (run if len(run) >= MIN_RUN else [])


def _gap_ok(lines: Sequence[Line], a: int, b: int) -> bool:
    gap = [ln.stripped for ln in lines[a + 1 : b] if ln.stripped]
    return len(gap) <= 4 and all(len(g) <= 120 for g in gap)


# an item that is a short line of its own (a name), over a paragraph that tells of it
MAX_DESCRIBED_ITEM_CHARS = 40
MAX_DESCRIPTION_CHARS = 800
_SENTENCE_END_RE = re.compile(r"[。！？.!?]$")


def _short_item(line: Line) -> bool:
    text = line.stripped
    return len(text) <= MAX_DESCRIBED_ITEM_CHARS and not _SENTENCE_END_RE.search(text)


def _described_gap(lines: Sequence[Line], run: Sequence[Hit], h: Hit) -> bool:
    """``- Aland`` over a paragraph on it, ``- Borduria`` over the next: items that are each a short line
    followed by a paragraph of any length continue one list, when every item of the run so far is so
    followed (the layout's shape, not a list's end before a story's paragraph)."""
    prev = run[-1]
    gap = [ln.stripped for ln in lines[prev.line + 1 : h.line] if ln.stripped]
    if not 1 <= len(gap) <= 2 or any(len(g) > MAX_DESCRIPTION_CHARS for g in gap):
        return False
    if not (_short_item(lines[prev.line]) and _short_item(lines[h.line])):
        return False
    return all(
        any(ln.stripped for ln in lines[a.line + 1 : b.line]) and _short_item(lines[a.line])
        for a, b in zip(run, run[1:], strict=False)
    )


def _next_numbers(lines: Sequence[Line], prev: Hit) -> tuple[int, ...]:
    """The numbers the line after ``prev`` may take: the next, or, after a line of names tied on one figure
    (``3. Carpania, Dorland – 191``), the place after the ties (``5.``, as a ranking numbers its places)."""
    if prev.value is None:
        return ()
    line = lines[prev.line]
    tied = tied_names(line.text, prev.content_start - line.start, len(line.text.rstrip()))
    return (prev.value + 1, prev.value + tied) if tied > 1 else (prev.value + 1,)


def _other_bullet_after_gap(lines: Sequence[Line], prev: Hit, h: Hit) -> bool:
    """A bullet unlike the run's last one after lines that are no items (``▶甲國``, then ``〈延伸閱讀〉…``,
    then ``📲下載…App``): the page's furniture, not the list going on. Bullets that alternate line after
    line (``－`` / ``—``) stay one run."""
    first = lines[prev.line].text.lstrip(MARKER_LEAD)[:1]
    return first != lines[h.line].text.lstrip(MARKER_LEAD)[:1] and any(
        ln.stripped for ln in lines[prev.line + 1 : h.line]
    )


def find_runs(lines: Sequence[Line], hits: Sequence[Hit], numbered: bool) -> list[tuple[Hit, ...]]:
    runs: list[list[Hit]] = []
    for h in hits:
        if runs:
            prev = runs[-1][-1]
            follows = (not numbered) or (
                h.value is not None and prev.value is not None and h.value in _next_numbers(lines, prev)
            )
            follows = follows and (numbered or not _other_bullet_after_gap(lines, prev, h))
            if follows and (_gap_ok(lines, prev.line, h.line) or _described_gap(lines, runs[-1], h)):
                runs[-1].append(h)
                continue
        runs.append([h])
    # a group of a longer list may hold two items only (numbering restarts per group): kept beside a full run
    if any(len(r) >= MIN_RUN for r in runs):
        headed = [r for r in runs if len(r) > 1 and _label_above(lines, r[0])]
        return [
            tuple(r)
            for r in runs
            if len(r) >= MIN_RUN
            or (len(r) >= MIN_GROUP_RUN and r[0].value in (None, 1))
            or (numbered and len(headed) >= MIN_GROUP_RUN and r[0].value == 1 and _label_above(lines, r[0]))
        ]
    return [tuple(r) for r in runs if len(r) >= MIN_GROUP_RUN and counted_above(lines, r)]


MAX_GROUP_LABEL_CHARS = (
    20  # a group's label on a line of its own over its numbered items ("乙國", "Borduria")
)


def _label_above(lines: Sequence[Line], hit: Hit) -> bool:
    """The line above ``hit`` (blank lines passed over) is a short label of its own, no sentence: the
    group a run numbered from 1 again is filed under. Where two groups or more of a list are headed so, a
    group of one item (``1. 甲城`` under ``丙國``) is the list's too."""
    above = [ln.stripped for ln in lines[: hit.line] if ln.stripped]
    return bool(above) and len(above[-1]) <= MAX_GROUP_LABEL_CHARS and not _SENTENCE_END_RE.search(above[-1])


def counted_above(lines: Sequence[Line], run: Sequence[Hit]) -> bool:
    """The short label over ``run`` states as many items as it holds (``Partial (2)`` over two bullets):
    a group of a list on its own, though shorter than a list, as the article says (a bulleted group of
    two after a numbered group)."""
    above = [ln.stripped for ln in lines[: run[0].line] if ln.stripped]
    if not _label_above(lines, run[0]):
        return False
    count = find_count(above[-1])
    return count is not None and count.value == len(run)
