"""An item's parent organization printed with it: ``乙委員會－甲處``, ``Carpathia Fund (Borduria Office)``.

``parent_split`` tells a parent printed before or after a dash, or in parentheses, by the generic
endings of organization names (``_shapes``), never by a table of names.
"""

from __future__ import annotations

from pipeline.lang.scripts import CJK_RE, WHITESPACE
from sources.layouts._parens import outside_parens
from sources.layouts._shapes import (
    ACRONYM_RE,
    CLOSE_PARENS,
    DASH_CHARS,
    EN_ORG_ENDING_RE,
    OPEN_PARENS,
    ORG_ENDING_MULTI_RE,
    QUOTES_OPEN,
)


def parent_split(text: str) -> tuple[str, str] | None:
    """``X——Y`` / ``X-Y`` where X is a body the item belongs to: (X, Y), else None."""
    depth = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in OPEN_PARENS:
            depth += 1
        elif ch in CLOSE_PARENS and depth > 0:
            depth -= 1
        elif ch in DASH_CHARS and depth == 0:
            j = i
            while j < n and text[j] in DASH_CHARS:
                j += 1
            left, right = text[:i].strip(WHITESPACE), text[j:].strip(WHITESPACE)
            if left and right and j - i <= 3 and _parent_like(left, right, spaced=_spaced(text, i, j)):
                return left, right
            i = j
            continue
        i += 1
    return None


def _spaced(text: str, i: int, j: int) -> bool:
    return i > 0 and j < len(text) and text[i - 1] in WHITESPACE and text[j] in WHITESPACE


def _parent_like(left: str, right: str, *, spaced: bool) -> bool:
    left_is_body = bool(
        ACRONYM_RE.fullmatch(left)
        or left[-1] in CLOSE_PARENS
        or (len(CJK_RE.findall(left)) >= 3 and ORG_ENDING_MULTI_RE.search(left))
        or (spaced and EN_ORG_ENDING_RE.search(left))
    )
    if not left_is_body:
        return False
    if CJK_RE.match(right[0]) or right[0] in QUOTES_OPEN:
        return len(CJK_RE.findall(outside_parens(right))) >= 2
    return spaced and right[0].isupper() and len(right.split()) >= 2
