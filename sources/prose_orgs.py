"""Whether a Chinese phrase in prose is organization-like: it ends in an organization-type word, is not a
generic type or a description (``相關機構``, ``多個組織``), holds no quantity or stop character, and does not
end in the middle of a compound; and whether a name only names groups of a list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache

from pipeline.lang.scripts import simplified
from sources.prose_words import (
    ADJECTIVE_START,
    ALL_BY_LAST,
    ALL_SUFFIXES,
    BOUNDARY_COMPOUNDS,
    CJK_CHAR,
    COMPOUNDS,
    DESCRIPTIVE_HEAD_END,
    DESCRIPTORS,
    DETERMINERS_INSIDE,
    GENERIC_TYPES,
    INNER_BOUNDARY,
    NAME_MAX,
    NOT_NAMES,
    QUANTIFIER_START,
    QUANTITY_INSIDE,
    STOP_CHARS,
    STRONG_BY_LAST,
)


def suffix_of(name: str, by_last: Mapping[str, tuple[str, ...]]) -> str:
    """The first type word, in the order of its list, that ``name`` ends with (``by_last``: the list's words
    by their last character, ``_by_last_char``)."""
    for suffix in by_last.get(name[-1:], ()):
        if name.endswith(suffix):
            return suffix
    return ""


def _strip_descriptors(head: str) -> str:
    """``head`` without descriptors, counts, type words and connectors at either end."""
    changed = True
    while head and changed:
        changed = False
        head = head.strip(" 、與与和及的之")
        match = re.match(r"^\d+\s*[個个家項项]?", head)
        if match and match.end():
            head, changed = head[match.end() :], True
            continue
        for word in (*DESCRIPTORS, *GENERIC_TYPES, *ALL_SUFFIXES):
            if head.startswith(word):
                head, changed = head[len(word) :], True
                break
            if head.endswith(word):
                head, changed = head[: -len(word)], True
                break
    return head


def names_only_groups(name: str, labels: Iterable[str]) -> bool:
    """Whether a Chinese name in prose is only group labels the run's lists print (``甲類組織``,
    ``非甲類組織``), maybe joined with generic words (``甲類組織或國際組織``): a heading's words, not the
    name of anything."""
    text = simplified(name)
    found = False
    for label in sorted({simplified(x) for x in labels if len(x) >= 2}, key=len, reverse=True):
        if label in text:
            text, found = text.replace(label, " "), True
    if not found:
        return False
    return not any(org_like_zh(piece) for piece in re.split(r"[\s或和與与及、]+", text) if piece)


@cache
def org_like_zh(name: str, *, strong_only: bool = False) -> bool:
    """Whether a Chinese phrase looks like an organization name by itself.

    It ends with an organization-type word, does not start with a quantifier, a determiner or a
    type word, is not a description ("X-related organizations") and names something besides
    generic words ("international organizations").
    """
    name = name.strip()
    if len(name) < 3 or len(name) > NAME_MAX or not CJK_CHAR.search(name):
        return False
    suffix = suffix_of(name, STRONG_BY_LAST if strong_only else ALL_BY_LAST)
    if not suffix or name.endswith(tuple(NOT_NAMES)):
        return False
    head = name[: -len(suffix)]
    if not head or QUANTIFIER_START.match(name):
        return False
    if name.startswith(ADJECTIVE_START) or any(word in head for word in DETERMINERS_INSIDE):
        return False
    if any(name.startswith(t) for t in (*GENERIC_TYPES, *ALL_SUFFIXES)):
        return False
    if head.endswith(DESCRIPTIVE_HEAD_END):
        return False
    specific = _strip_descriptors(head)
    if not specific:
        # "UN University" names one body; "international organizations" names none.
        return suffix not in GENERIC_TYPES and not head.endswith(tuple(GENERIC_TYPES)) and len(head) >= 2
    if QUANTITY_INSIDE.search(head):
        return False
    if strong_only and (
        any(ch in STOP_CHARS for ch in head.replace("會", ""))
        or any(is_boundary_at(head, index, 0) for index in range(1, len(head)))
    ):
        return False
    return len(CJK_CHAR.findall(specific)) + len(re.findall(r"[A-Za-z0-9]", specific)) >= 1


def is_boundary_at(text: str, index: int, start: int) -> bool:
    """Whether the single character at ``index`` separates a verb phrase from what follows."""
    ch = text[index]
    if ch not in INNER_BOUNDARY:
        return False
    before = text[index - 1] if index > start else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    if before + ch in COMPOUNDS and before + ch not in BOUNDARY_COMPOUNDS:
        return False
    return ch + after not in COMPOUNDS
