"""The length of the text under every element of a page, counted once: what the furniture's removal and
the choice of the main container weigh elements by (``html_furniture``)."""

from __future__ import annotations

from bs4 import Tag
from bs4.element import NavigableString

from sources.html_text import SKIP_STRINGS, WHITESPACE_RUN_RE


def text_lengths(root: Tag) -> dict[int, int]:
    """The number of non-blank characters of text under every element of ``root`` (by ``id``),
    counted in one pass over the tree: each string is measured once, whatever the nesting."""
    lengths: dict[int, int] = {}
    stack: list[tuple[Tag, bool]] = [(root, False)]
    while stack:
        tag, done = stack.pop()
        if done:
            lengths[id(tag)] = sum(
                lengths.get(id(child), 0) if isinstance(child, Tag) else _string_length(child)
                for child in tag.contents
            )
            continue
        stack.append((tag, True))
        stack.extend((child, False) for child in tag.contents if isinstance(child, Tag))
    return lengths


def _string_length(node: object) -> int:
    if not isinstance(node, NavigableString) or isinstance(node, SKIP_STRINGS):
        return 0
    return len(WHITESPACE_RUN_RE.sub("", str(node)))
