"""Finding tags in a parsed page by name, as ``find_all`` / ``find`` / ``find_parent`` do, without
building BeautifulSoup's filter objects on every call (which cost most of the reading of an HTML
article: a table's cells and a list's items are looked up one row, one item at a time).

Same tags, same document order: ``descendants`` for a search of the whole subtree, ``children``
for ``recursive=False``, ``parents`` upwards.

BeautifulSoup (with soupsieve, lxml and charset_normalizer: about a twentieth of a second) is imported
by the first HTML page read, not by the modules of the HTML layouts, which every story imports: here
and in ``sources.html`` its classes are imported inside the functions that meet a parsed page
(``is_tag`` for the layouts).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, TypeGuard

if TYPE_CHECKING:
    from bs4 import Tag


def is_tag(node: object) -> TypeGuard[Tag]:
    """Whether ``node`` is an element of a parsed page (not a string, a comment ...)."""
    from bs4.element import Tag  # a module already imported: the page was parsed

    return isinstance(node, Tag)


def tags(root: Tag, names: Collection[str] | None = None, *, recursive: bool = True) -> list[Tag]:
    """``root.find_all(names)`` (every tag when ``names`` is None), ``recursive`` as there."""
    from bs4.element import Tag

    nodes = root.descendants if recursive else root.children
    if names is None:
        return [n for n in nodes if isinstance(n, Tag)]
    return [n for n in nodes if isinstance(n, Tag) and n.name in names]


def first_tag(root: Tag, names: Collection[str]) -> Tag | None:
    """``root.find(names)``: the first tag below ``root`` with one of ``names``."""
    from bs4.element import Tag

    return next((n for n in root.descendants if isinstance(n, Tag) and n.name in names), None)


def parent_tag(tag: Tag, names: Collection[str]) -> Tag | None:
    """``tag.find_parent(names)``: the nearest enclosing tag with one of ``names``."""
    return next((p for p in tag.parents if p.name in names), None)
