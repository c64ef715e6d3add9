"""Lines of names parted by a pause (``甲國、乙國、丙國``) under a bracketed heading on a line of its own
(``【全面禁止】``, ``【部分限制（2國）】``): each heading and the lines under it one group, its label the
heading's words, its count the heading's, as marked lines under such headings are read.

A line of the block holds no sentence's punctuation (a line that does is prose, no block of this kind),
every piece between two pauses is a name, and one line at least holds two. Two blocks or more, or one
whose heading counts its items: one block and no count (``【快訊】`` over ``甲指數、乙指數``) may be
headlines in brief, no list. Read whole or not at all: when a line under one such heading has a piece
that is no name (``丁國、戊國將於下月生效``), no block is read, and every block is held from the other
readers, which would read the article in part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sources.layouts._headings import bracketed_heading
from sources.layouts._inline_marked_lines import MIN_GROUPS, a_name, under_heading
from sources.layouts._inline_piece_shapes import trim
from sources.layouts._inline_pieces import Enumeration

PAUSE = "、"
MIN_NAMES = 2  # on one line of the block at least
_LINE_RE = re.compile(r"^.*$", re.MULTILINE)
_SENTENCE_MARK_RE = re.compile(r"[。，,；;！？!?：:]")


@dataclass(frozen=True)
class Paused:
    groups: tuple[Enumeration, ...]  # read whole, or () when any block is no list
    held: tuple[tuple[int, int], ...]  # every block's heading and lines, which no other reader reads


def paused_groups(text: str) -> Paused:
    """The groups of paused lines under bracketed headings in ``text`` (see the module)."""
    lines = [m.span() for m in _LINE_RE.finditer(text)]
    blocks = [(k, body) for k in range(len(lines)) if (body := _block(text, lines, k))]
    held = tuple((lines[k][0], body[-1][1]) for k, body in blocks)
    groups = []
    for k, body in blocks:
        spans = [span for s, e in body for span in _pieces(text, s, e)]
        if not all(a_name(text, s, e) for s, e in spans):
            return Paused((), held)  # "丁國、戊國將於下月生效": a line of prose, read in part otherwise
        groups.append(under_heading(text, lines[k], spans, body[-1][1]))
    if len(groups) < MIN_GROUPS and not any(g.stated == len(g.spans) for g in groups):
        return Paused(
            (), ()
        )  # "【快訊】" over "甲指數、乙指數": one block and nothing that says it is a list
    return Paused(tuple(groups), held)


def _block(text: str, lines: list[tuple[int, int]], k: int) -> list[tuple[int, int]]:
    """The lines under the bracketed heading at line ``k``, when they are lines of names parted by pauses,
    one of several at least; ``[]`` when they are not."""
    s, e = trim(text, *lines[k])
    if not bracketed_heading(text[s:e]):
        return []
    body: list[tuple[int, int]] = []
    for s, e in lines[k + 1 :]:
        s, e = trim(text, s, e)
        if s >= e or bracketed_heading(text[s:e]):
            break
        if _SENTENCE_MARK_RE.search(text, s, e):
            return []  # a sentence under the heading: prose, not a block of names
        body.append((s, e))
    if not body or max(len(_pieces(text, s, e)) for s, e in body) < MIN_NAMES:
        return []
    return body


def _pieces(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out = []
    at = s
    while at <= e:
        cut = text.find(PAUSE, at, e)
        end = cut if cut >= 0 else e
        out.append(trim(text, at, end))
        at = end + 1
    return out
