"""Page chrome told apart by where it sits, not by what a site calls it.

Class and id words (``sources.html``) catch the furniture sites name as such; what they call otherwise
(``gnb``, ``ticker``, ``topbar``) is found by its place on the page:

1. Before the headline: a site's bar, menus, breadcrumbs, a markets ticker and a cookie notice come
   before the article's headline (the heading element whose text is the page's title, else its only
   ``<h1>``), never the article's list. Everything before it, up to the main container, is dropped.
2. Beside the article: the smallest element around the headline that holds most of the page's text is
   the article's; rails of most-read headlines, link columns and footers beside it are dropped.
3. After the body: lists of links only (``sources.html_after_body``).
4. Anywhere: an advertisement's slot that only says so, a picture's figure and its caption (not a
   table's), a post of a social network quoted with its author's handle, and the site's own lists of
   links (most read, trending, tags and topics) under their heading, whatever the class of the block.
5. Between items: a block of headline links set between two short siblings set alike and unlike them
   (a headline a site inserts between two rows of the list, labelled or not; not a factbox with its
   own heading or list).

The functions change the parsed tree in place; ``sources.html`` calls them before the text is built.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from pipeline.lang.scripts import EAST_ASIAN_RE
from sources.layouts._lines import MAX_AD_LABEL, advertisement_label, related_heading
from sources.tags import is_tag, tags

if TYPE_CHECKING:
    from bs4 import Tag

HEADLINE_TAGS = ("h1", "h2")
LIST_NAMES = ("li", "dt", "dd", "tr")
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
    (``og:title``, ``<title>`` without the site's name, JSON-LD ``headline``), else the page's only
    ``<h1>`` when it reads as a headline; None when no heading is."""
    keys = [k for k in (_key(t) for t in titles) if k]
    for name in HEADLINE_TAGS:
        for tag in tags(root, (name,)):
            text = _key(tag.get_text(" "))
            if any(_is_title(text, key) for key in keys):
                return tag
    return _only_h1(root)


MIN_HEADLINE_WORDS = 3  # a Latin headline has at least this many words (a site's name has fewer)


def _only_h1(root: Tag) -> Tag | None:
    """The page's one ``<h1>`` when it reads as a headline: long enough, not a link (a site's logo)."""
    found = tags(root, ("h1",))
    if len(found) != 1 or found[0].find("a") is not None:
        return None
    words = found[0].get_text(" ").split()
    text = _key(" ".join(words))
    latin = text.isascii()
    return (
        found[0]
        if len(text) >= MIN_HEADLINE_CHARS and (not latin or len(words) >= MIN_HEADLINE_WORDS)
        else None
    )


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


# Blocks a site's own list or an advertisement may fill, up to this many characters of text.
SITE_BLOCK_TAGS = frozenset(
    {"div", "section", "aside", "ul", "ol", "p", "span", "figure", "ins", "blockquote"}
)
# an embedded post's signature: a dash, its author and their handle (``— Jane Roe (@janeroe)``)
_SOCIAL_SIGNATURE_RE = re.compile(r"[—–-]\s*[^—–\n]{0,60}?[(（]?@\w{1,30}[)）]?")
MAX_SITE_BLOCK_CHARS = 600
AD_ROW_TAGS = frozenset({"tr", "li"})
MIN_SITE_LINK_SHARE = 0.8  # of the text under a site's list heading that is links
MAX_HEADING_CHARS = 40  # a heading of the site's lists is at most this long (its words, spaces aside)


def _caption_only(figure: Tag, lengths: Mapping[int, int]) -> bool:
    """All the words of a ``<figure>`` are its caption's: a picture with its caption."""
    captions = tags(figure, ("figcaption",))
    return lengths.get(id(figure), 0) == sum(lengths.get(id(c), 0) for c in captions)


def _picture(figure: Tag) -> bool:
    """A ``<figure>`` of a picture, its caption and its credit (``<span>Getty Images</span>``): an image
    and no table or list."""
    return bool(tags(figure, ("img", "picture"))) and not tags(figure, ("table", "ul", "ol", "dl"))


def site_block(tag: Tag, lengths: Mapping[int, int]) -> bool:
    """A block the site puts on every page, whatever its class: an advertisement's label alone
    (``<div><span>廣告</span></div>``), or links under a heading of the site's own lists (``熱門排行``,
    ``Topics``, ``相关阅读``) given as the block's first element or as the element just before it."""
    size = lengths.get(id(tag), 0)
    if not 0 < size <= MAX_SITE_BLOCK_CHARS:
        return False
    if tag.name in AD_ROW_TAGS and size <= MAX_AD_LABEL and advertisement_label(tag.get_text(" ")):
        return True  # an advertisement's row or item inside a table or a list
    if tag.name not in SITE_BLOCK_TAGS:
        return False
    if size <= MAX_AD_LABEL and advertisement_label(tag.get_text(" ")):
        return True
    if tag.name == "blockquote" and _SOCIAL_SIGNATURE_RE.search(tag.get_text(" ")):
        return True  # "… — Jane Roe (@janeroe) July 8, 2025": an embedded post
    if tag.name == "figure" and (_caption_only(tag, lengths) or _picture(tag)):
        return True  # a picture and its caption, never the list (a table's figure keeps its caption)
    head = next((c for c in tag.children if is_tag(c)), None)
    if head is not None and head.name in LIST_NAMES:
        head = None  # a list's own first item is no heading
    if head is not None and related_heading(head.get_text(" ")):
        rest = size - lengths.get(id(head), 0)
    else:
        before = tag.find_previous_sibling()
        if not (
            is_tag(before)
            and lengths.get(id(before), 0) <= MAX_HEADING_CHARS
            and related_heading(before.get_text(" "))
        ):
            return False
        head, rest = None, size
    links = [a for a in tags(tag, ("a",)) if a is not head and all(p is not head for p in a.parents)]
    linked = sum(lengths.get(id(a), 0) for a in links)
    return rest > 0 and linked >= MIN_SITE_LINK_SHARE * rest


MAX_ROW_CHARS = 100  # the rows a box of headlines is inserted between are at most this long each
INSERT_FREE_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table")  # a factbox has these
LINK_HEADLINE_CHARS = 8
LINK_HEADLINE_WORDS = 4


def _shape(tag: Tag) -> tuple[str, tuple[str, ...]]:
    classes = tag.get("class")
    return tag.name, tuple(classes) if isinstance(classes, list) else ((classes,) if classes else ())


def headline_link(text: str) -> bool:
    """Link words as long as a headline (a linked name is shorter): 8 East Asian characters, 4 words."""
    if EAST_ASIAN_RE.search(text):
        return len(_NOT_WORDS.sub("", text)) >= LINK_HEADLINE_CHARS
    return len(text.split()) >= LINK_HEADLINE_WORDS


def _sibling_triples(root: Tag) -> list[tuple[Tag, Tag, Tag]]:
    """Every tag below ``root`` that has a tag sibling on each side, with them: (before, tag, after), as
    ``find_previous_sibling()`` / ``find_next_sibling()`` give them, read off each parent's children once."""
    out: list[tuple[Tag, Tag, Tag]] = []
    for parent in (root, *tags(root)):
        kids = tags(parent, recursive=False)
        out += zip(kids, kids[1:], kids[2:], strict=False)
    return out


def drop_link_inserts(article: Tag, lengths: Mapping[int, int]) -> None:
    """Remove a block of headline links set between two short siblings set alike (the same tag and class)
    and unlike them: a box of headlines a site inserts between two rows of a list, labelled or not (not
    a factbox with its own heading or list, nor a block between paragraphs of prose)."""
    doomed = []
    for before, tag, after in _sibling_triples(article):
        if (
            _shape(before) != _shape(after)
            or _shape(tag) == _shape(before)
            or max(lengths.get(id(before), 0), lengths.get(id(after), 0)) > MAX_ROW_CHARS
        ):
            continue
        size = lengths.get(id(tag), 0)
        links = tags(tag, ("a",))
        linked = sum(lengths.get(id(a), 0) for a in links)
        headlines = sum(1 for a in links if headline_link(a.get_text(" ")))
        if (
            0 < size <= MAX_SITE_BLOCK_CHARS
            and linked >= MIN_SITE_LINK_SHARE * size
            and headlines > len(links) / 2
            and not tags(tag, INSERT_FREE_TAGS)
        ):
            doomed.append(tag)
    for tag in doomed:
        tag.extract()
