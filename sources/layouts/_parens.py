"""Parentheses and top-level splitting of a piece of text.

Finds the parenthesised groups of a text (``甲國（乙區）``), splits at separators outside any parentheses,
splits a cell's ``、`` enumeration into items without cutting a name's fragment off, and trims spans of
blanks. Spans are offsets into the text given.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pipeline.lang.scripts import CJK_RE, WHITESPACE
from sources.layouts._shapes import CLOSE_PARENS, LATIN_RE, OPEN_PARENS, ORG_ENDING_RE


@dataclass(frozen=True, slots=True)
class Group:
    start: int  # offset of the opening parenthesis
    end: int  # offset after the closing parenthesis (or end of text when unclosed)
    content: str


def paren_groups(text: str) -> list[Group]:
    """Top-level parenthetical groups, fullwidth or ASCII (mixed pairs accepted)."""
    groups: list[Group] = []
    depth = 0
    start = 0
    if all(p not in text for p in OPEN_PARENS):
        return groups  # no group opens (a closing parenthesis alone moves nothing)
    for i, ch in enumerate(text):
        if ch in OPEN_PARENS:
            if depth == 0:
                start = i
            depth += 1
        elif ch in CLOSE_PARENS and depth > 0:
            depth -= 1
            if depth == 0:
                groups.append(Group(start, i + 1, text[start + 1 : i]))
    if depth > 0:
        groups.append(Group(start, len(text), text[start + 1 :]))
    return groups


def split_top_level(text: str, seps: str) -> list[tuple[int, int]]:
    """Spans of ``text`` split on any of ``seps`` outside parentheses."""
    if not any(sep in text for sep in seps):
        return [(0, len(text))]  # nothing to split on: the text whole, without scanning its parentheses
    spans: list[tuple[int, int]] = []
    depth = 0
    start = 0
    for m in _marks(seps).finditer(text):  # only the parentheses and separators: the rest moves nothing
        ch, i = m.group(), m.start()
        if ch in OPEN_PARENS:
            depth += 1
        elif ch in CLOSE_PARENS and depth > 0:
            depth -= 1
        elif ch in seps and depth == 0:
            spans.append((start, i))
            start = i + 1
    spans.append((start, len(text)))
    return spans


@functools.lru_cache(maxsize=64)
def _marks(seps: str) -> re.Pattern[str]:
    """The characters ``split_top_level`` looks at, for one set of separators."""
    return re.compile(f"[{re.escape(OPEN_PARENS + CLOSE_PARENS + seps)}]")


# a bare piece this short (in characters) without an organization ending is a fragment of a name
SHORT_FRAGMENT = 4


def _is_fragment(piece: str) -> bool:
    """A piece of a ``、`` split that cannot be a name by itself."""
    t = piece.strip(WHITESPACE)
    if not t or paren_groups(t) or LATIN_RE.search(t):
        return False
    return len(t) <= SHORT_FRAGMENT and not ORG_ENDING_RE.search(t) and bool(CJK_RE.search(t))


def split_cell(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Item spans of ``text[start:end]`` (a table cell or an enumeration): split on ``、`` outside
    parentheses, a fragment that cannot be a name by itself joined to what follows (names may
    contain ``、``: "X、Y與Z論壇")."""
    cell = text[start:end]
    pieces = [(start + a, start + b) for a, b in split_top_level(cell, "、")]
    pieces = [stripped_span(text, a, b) for a, b in pieces]
    pieces = [(a, b) for a, b in pieces if b > a]
    items: list[tuple[int, int]] = []
    k = 0
    while k < len(pieces):
        j = k
        while j + 1 < len(pieces) and _is_fragment(text[pieces[j][0] : pieces[j][1]]):
            j += 1
        head = text[pieces[j][0] : pieces[j][1]]
        if j > k and _is_fragment(head):
            items.extend(pieces[k : j + 1])  # nothing complete to attach to: all separate
        else:
            items.append((pieces[k][0], pieces[j][1]))
        k = j + 1
    return items


def outside_parens(text: str) -> str:
    parts, last = [], 0
    for g in paren_groups(text):
        parts.append(text[last : g.start])
        last = g.end
    parts.append(text[last:])
    return "".join(parts)


def stripped_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` narrowed to exclude surrounding blanks."""
    while start < end and (text[start] in WHITESPACE or text[start] == "\n"):
        start += 1
    while end > start and (text[end - 1] in WHITESPACE or text[end - 1] == "\n"):
        end -= 1
    return start, end
