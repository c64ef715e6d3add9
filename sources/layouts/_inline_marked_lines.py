"""Lines that print several items, each after its own mark (``▼甲國▼乙國▼丙國``, ``■A■B■C``, ``◆A ◆B``),
under a bracketed heading on a line of its own (``【全面禁止】``, ``〈部分限制〉``): each heading and the
lines under it one group, its label the heading's words, its count the heading's (``【全面禁止（3國）】``).

A line of the block opens with a mark, the same mark in every line of the block, and every piece between
two marks is a name; one line at least holds two marks (a mark a line is the bullets layout's). Two blocks
or more, or one whose heading counts its items: one block and no count (``【快訊】`` over ``▲A▲B``) may be
headlines in brief, no list. Read whole or not at all: when one bracketed heading over such lines has a
piece that is no name under it, or the lines under one heading mix marks, no block of the article is
read.
"""

from __future__ import annotations

import re

from pipeline.lang.counter_words import MEMBER_COUNTERS
from pipeline.lang.counts import find_counts
from pipeline.lang.scripts import WHITESPACE
from sources.layouts._headings import bracketed_heading, group_label
from sources.layouts._inline_bounds_zh import zh_name_end
from sources.layouts._inline_piece_shapes import EN_NAME_RUN_RE, is_east_asian, name_shaped, trim
from sources.layouts._inline_pieces import Enumeration
from sources.layouts._parens import outside_parens
from sources.layouts._shapes import SYMBOL_BLOCKS
from sources.prose_words import STOP_CHARS

MIN_MARKS = 2  # on one line of the block at least
MIN_GROUPS = 2  # blocks, unless the one block's heading counts its items
_LINE_RE = re.compile(r"^.*$", re.MULTILINE)
# a mark before an item: a symbol (geometric shapes, dingbats, arrows …), no dots of an ellipsis
_MARK_RE = re.compile("(?![\u2024-\u2027])[" + SYMBOL_BLOCKS + "]")
_PIECE_END = WHITESPACE + "、，,；;"


class _Unread(Exception):
    """A block that looks like one and is not: the article's blocks are left unread."""


def marked_groups(text: str) -> list[Enumeration]:
    """The groups of marked lines under bracketed headings in ``text`` (see the module), or ``[]``."""
    lines = [m.span() for m in _LINE_RE.finditer(text)]
    out: list[Enumeration] = []
    try:
        for k, (s, e) in enumerate(lines):
            if bracketed_heading(text[s:e]) and (group := _block(text, lines, k)) is not None:
                out.append(group)
    except _Unread:
        return []
    if len(out) < MIN_GROUPS and not any(g.stated == len(g.spans) for g in out):
        return []  # "【快訊】" over "▲A▲B": one block and nothing that says it is a list
    return out


def _block(text: str, lines: list[tuple[int, int]], k: int) -> Enumeration | None:
    """The group under the heading at line ``k``: None when no marked line of several items is under it."""
    body: list[tuple[int, int]] = []
    for s, e in lines[k + 1 :]:
        s, e = trim(text, s, e)
        if s >= e or bracketed_heading(text[s:e]) or _MARK_RE.match(text, s) is None:
            break
        body.append((s, e))
    if not body or max(_marks(text, s, e) for s, e in body) < MIN_MARKS:
        return None
    if len({text[s] for s, _ in body}) > 1:
        raise _Unread  # "▼甲國▼乙國" then "■丙國": two kinds of mark, no telling what each means
    spans = [span for s, e in body for span in _pieces(text, s, e)]
    return under_heading(text, lines[k], spans, body[-1][1])


def under_heading(text: str, line: tuple[int, int], spans: list[tuple[int, int]], end: int) -> Enumeration:
    """The group of ``spans`` under the bracketed heading on ``line``: its label the heading's words, its
    count the heading's count of members when it states one."""
    hs, he = trim(text, *line)
    heading = text[hs:he]
    counts = [c for c in find_counts(heading) if c.counter in MEMBER_COUNTERS]
    stated = counts[0].value if len(counts) == 1 else None
    count_span = (hs + counts[0].start, hs + counts[0].end) if stated is not None else (0, 0)
    label = group_label(heading)
    return Enumeration(tuple(spans), hs, end, stated, label, (hs, he), False, count_span, label)


def _marks(text: str, s: int, e: int) -> int:
    return text.count(text[s], s, e)


def _pieces(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The items of the marked line ``text[s:e]``: each piece after a mark, every one a name."""
    mark = text[s]
    out = []
    at = s + 1
    while at <= e:
        cut = text.find(mark, at, e)
        end = cut if cut >= 0 else e
        ps, pe = trim(text, at, end)
        while pe > ps and text[pe - 1] in _PIECE_END:
            pe -= 1
        if ps >= pe or not a_name(text, ps, pe):
            raise _Unread  # "▼甲國▼乙國將於下月生效": a line of prose after its marks
        out.append((ps, pe))
        at = end + 1
    return out


_FIGURE_RE = re.compile(r"\s*[+\-]?[0-9０-９][0-9０-９.,]*\s*(?:%|％)?")


def a_name(text: str, s: int, e: int) -> bool:
    """``text[s:e]`` is a name and no more (a figure after it aside): in Chinese or Japanese no word that
    ends a name inside it (``將於``, ``は``) nor a character no name holds (``已``, ``將``); in Latin letters
    capitalised words and a name's particles only."""
    piece = text[s:e]
    east_asian = is_east_asian(piece)
    if _MARK_RE.search(piece) or not name_shaped(piece, east_asian):
        return False
    if east_asian:
        return zh_name_end(text, s, e) == e and not STOP_CHARS & set(piece)
    bare = _FIGURE_RE.sub("", outside_parens(piece)).strip(WHITESPACE)
    return EN_NAME_RUN_RE.fullmatch(bare) is not None
