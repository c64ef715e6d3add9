"""Cutting prose into the spans names are looked for in: splits at separators outside parentheses and
quotes, at spaces between Chinese characters and at sentence ends; parenthesised groups; a span trimmed
of blanks, its lead-in (``包括``, ``例如``) and its end marker (``等``, ``在內``); and where an
organization-type word ends a name.
"""

from __future__ import annotations

import re
from functools import cache

from sources.prose_orgs import is_boundary_at, org_like_zh
from sources.prose_words import (
    ALL_BY_FIRST,
    ALL_SUFFIXES,
    CJK_CHAR,
    CLOSE_PARENS,
    COMPOUNDS,
    DENG_PREV_WORD,
    END_MARKERS,
    LEAD_IN_FIRSTS,
    LEAD_INS_BY_FIRST,
    LEADING_FUNCTION,
    LONGEST_SUFFIX,
    NAME_MAX,
    OPEN_PARENS,
    QUOTE_CHAR,
    QUOTE_CHARS,
    SENTENCE_ENDS,
    SPACE,
    STRONG_BY_FIRST,
    STRONG_FIRST_CHAR,
)

# The splitters below visit only the characters that matter to them (found by a regular
# expression), not every character of a long line.
_PAREN_CHARS = re.compile("[" + re.escape(OPEN_PARENS + CLOSE_PARENS) + "]")
_PAREN_OR_SPACE_RUN = re.compile(
    "[" + re.escape(OPEN_PARENS + CLOSE_PARENS) + "]|[" + re.escape("".join(sorted(SPACE))) + "]+"
)


@cache
def _paren_or(separators: frozenset[str]) -> re.Pattern[str]:
    return re.compile("[" + re.escape(OPEN_PARENS + CLOSE_PARENS + "".join(sorted(separators))) + "]")


def depth_split(text: str, start: int, end: int, separators: frozenset[str]) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` at separators outside parentheses."""
    pieces: list[tuple[int, int]] = []
    depth = 0
    piece_start = start
    for match in _paren_or(separators).finditer(text, start, end):
        ch, index = match.group(), match.start()
        if ch in OPEN_PARENS:
            depth += 1
        elif ch in CLOSE_PARENS:
            depth = max(0, depth - 1)
        elif depth == 0:
            pieces.append((piece_start, index))
            piece_start = index + 1
    pieces.append((piece_start, end))
    return [(a, b) for a, b in pieces if a < b]


def split_at_cjk_spaces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spaces next to a Chinese character separate phrases (headline parts, table cells)."""
    pieces: list[tuple[int, int]] = []
    depth = 0
    piece_start = start
    for match in _PAREN_OR_SPACE_RUN.finditer(text, start, end):
        token, index, run_end = match.group(), match.start(), match.end()
        if token in OPEN_PARENS:
            depth += 1
        elif token in CLOSE_PARENS:
            depth = max(0, depth - 1)
        elif depth == 0:
            before = text[index - 1] if index > start else ""
            after = text[run_end] if run_end < end else ""
            if CJK_CHAR.match(before or "a") or CJK_CHAR.match(after or "a"):
                pieces.append((piece_start, index))
                piece_start = run_end
    pieces.append((piece_start, end))
    return [(a, b) for a, b in pieces if a < b]


def paren_groups(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Top-level parenthetical groups in ``text[start:end]`` as (open, close+1)."""
    groups: list[tuple[int, int]] = []
    depth = 0
    open_at = -1
    for match in _PAREN_CHARS.finditer(text, start, end):
        ch, index = match.group(), match.start()
        if ch in OPEN_PARENS:
            if depth == 0:
                open_at = index
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                groups.append((open_at, index + 1))
    return groups


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in SPACE or text[start] in "．.·•-—–"):
        start += 1
    while end > start and text[end - 1] in SPACE:
        end -= 1
    return start, end


# a marker may run past ``end``, as ``str.startswith`` allows
_LONGEST_END_MARKER = max(len(marker) for marker in END_MARKERS)
_END_OR_PAREN = re.compile(
    "(?=([" + re.escape(OPEN_PARENS + CLOSE_PARENS) + "]|" + "|".join(map(re.escape, END_MARKERS)) + "))"
)


def cut_end_marker(text: str, start: int, end: int) -> int:
    """Where the names end: before 等 / 在內 / 這幾家 ... outside parentheses."""
    depth = 0
    for match in _END_OR_PAREN.finditer(text, start, min(len(text), end + _LONGEST_END_MARKER - 1)):
        index = match.start()
        if index >= end:
            break
        token = match.group(1)
        if token in OPEN_PARENS:
            depth += 1
        elif token in CLOSE_PARENS:
            depth = max(0, depth - 1)
        elif depth == 0 and index > start:
            if token in ("等", "等等") and text[index - 1] in DENG_PREV_WORD:
                continue  # 平等, 同等 ...: a word, not the end of an enumeration
            return index
    return end


def strip_lead(text: str, start: int, end: int, *, need_org: bool = True) -> int:
    """Where the name starts in ``text[start:end]`` once lead-ins are cut away."""
    start, end = trim(text, start, end)
    # quotes and brackets opening the piece
    while start < end and text[start] in QUOTE_CHARS:
        start += 1
    segment = text[start:end]
    # multi-character lead-ins: cut after the last one
    cut = 0
    for first in LEAD_IN_FIRSTS.intersection(segment):  # the furthest end of any: the order does not matter
        for word in LEAD_INS_BY_FIRST[first]:
            position = segment.rfind(word)
            if position >= 0 and position + len(word) > cut and position + len(word) < len(segment):
                cut = position + len(word)
    start += cut
    # 的: cut after the last one when a name follows
    segment = text[start:end]
    position = segment.rfind("的")
    if 0 <= position < len(segment) - 2:
        start += position + 1
    # single-character boundaries inside the piece (對 由 在 是 ...)
    last_paren = max(text.rfind(paren, start, end) for paren in OPEN_PARENS)
    for index in range(end - 2, start, -1):
        if not is_boundary_at(text, index, start):
            continue
        name_follows = not need_org or last_paren > index or _org_like_rest(text, index + 1, end)
        if end - index - 1 >= 3 and name_follows:
            start = index + 1
            break
    # leading function characters (如 對 由 和 ...)
    while start < end - 2 and text[start] in LEADING_FUNCTION:
        if text[start : start + 2] in COMPOUNDS:
            break
        start += 1
    while start < end and (text[start] in QUOTE_CHARS or text[start] in SPACE):
        start += 1
    return start


def _org_like_rest(text: str, start: int, end: int) -> bool:
    """``org_like_zh`` of ``text[start:end]``, without copying a rest too long to be a name."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return end - start <= NAME_MAX and org_like_zh(text[start:end])


def suffix_at(text: str, start: int, end: int) -> str:
    """An organization-type word right at ``start`` (the rest of a name after an English insert)."""
    for suffix in ALL_SUFFIXES:
        if text.startswith(suffix, start) and start + len(suffix) <= end:
            after = start + len(suffix)
            if after == end or not CJK_CHAR.match(text[after]):
                return suffix
    return ""


def _suffix_continues(text: str, start: int, end: int, index: int) -> bool:
    """Whether the type word ending at ``index`` (inside ``text[start:end]``) is part of a longer one
    ("基金" in "基金會"): a type word starts before ``index`` and ends after it."""
    for at in range(max(start, index - LONGEST_SUFFIX + 1), index):
        for word in ALL_BY_FIRST.get(text[at], ()):
            if at + len(word) > index and text.startswith(word, at, end):
                return True
    return False


def strong_ends(text: str, start: int, end: int) -> list[int]:
    """Sorted offsets in ``text[start:end]`` where a strong organization-type word ends (and no
    longer type word goes on): one pass over the text, whatever its length."""
    found: set[int] = set()
    for match in STRONG_FIRST_CHAR.finditer(text, start, end):
        at = match.start()
        found.update(at + len(word) for word in STRONG_BY_FIRST[text[at]] if text.startswith(word, at, end))
    return sorted(e for e in found if e == end or not _suffix_continues(text, start, end, e))


def _split_at(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut at every match of ``pattern`` (the matched characters dropped)."""
    pieces: list[tuple[int, int]] = []
    piece_start = start
    for match in pattern.finditer(text, start, end):
        pieces.append((piece_start, match.start()))
        piece_start = match.end()
    pieces.append((piece_start, end))
    return pieces


def split_on_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(a, b) for a, b in _split_at(QUOTE_CHAR, text, start, end) if a < b]


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(a, b) for a, b in _split_at(SENTENCE_ENDS, text, start, end) if text[a:b].strip()]
