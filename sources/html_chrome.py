"""Page chrome told apart by where it sits, not by what a site calls it.

Class and id words (``sources.html``) catch the furniture sites name as such; what they call otherwise
(``gnb``, ``ticker``, ``topbar``) is found by its place on the page:

1. Before the headline: a site's bar, menus, breadcrumbs, a markets ticker and a cookie notice come
   before the article's headline (the heading element whose text is the page's title), never the
   article's list. Everything before it, up to the main container, is dropped.
2. Beside the article: the smallest element around the headline that holds most of the page's text is
   the article's; rails of most-read headlines, link columns and footers beside it are dropped.

The functions change the parsed tree in place; ``sources.html`` calls them before the text is built.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from sources.tags import tags

if TYPE_CHECKING:
    from bs4 import Tag

HEADLINE_TAGS = ("h1", "h2")
# A heading is the headline when its words and the title's, without spaces and punctuation, are the
# same, or one holds the other and is at least this share of it (a title with a series' name before it).
MIN_HEADLINE_SHARE = 0.6
MIN_HEADLINE_CHARS = 6  # a shorter heading ("News") is no headline, whatever the title
# The element around the headline that holds at least this share of the page's text is the article's.
MIN_ARTICLE_SHARE = 0.6
_NOT_WORDS = re.compile(r"[\W_]+")


def _key(text: str) -> str:
    return _NOT_WORDS.sub("", text).lower()


def _is_title(heading: str, title: str) -> bool:
    if len(heading) < MIN_HEADLINE_CHARS or not title:
        return False
    if heading == title:
        return True
    shorter, longer = sorted((heading, title), key=len)
    return shorter in longer and len(shorter) >= MIN_HEADLINE_SHARE * len(longer)


def headline(root: Tag, titles: Iterable[str]) -> Tag | None:
    """The first ``<h1>`` (else ``<h2>``) under ``root`` whose text is one of the page's ``titles``
    (``og:title``, ``<title>`` without the site's name, JSON-LD ``headline``); None when no heading is."""
    keys = [k for k in (_key(t) for t in titles) if k]
    if not keys:
        return None
    for name in HEADLINE_TAGS:
        for tag in tags(root, (name,)):
            text = _key(tag.get_text(" "))
            if any(_is_title(text, key) for key in keys):
                return tag
    return None


def article_of(root: Tag, titles: Iterable[str], lengths: Mapping[int, int]) -> Tag:
    """The article under ``root``: the smallest element around its headline that holds at least
    ``MIN_ARTICLE_SHARE`` of ``root``'s text (``lengths``: text lengths by ``id``), with everything
    before the headline removed; ``root`` itself, untouched, when no heading is the page's headline."""
    found = headline(root, titles)
    if found is None:
        return root
    whole = lengths.get(id(root), 0)
    article: Tag = found
    while (
        article is not root
        and article.parent is not None
        and lengths.get(id(article), 0) < (MIN_ARTICLE_SHARE * whole)
    ):
        article = article.parent
    node: Tag = found
    while node is not article and node.parent is not None:
        for before in list(node.previous_siblings):
            before.extract()
        node = node.parent
    return article
