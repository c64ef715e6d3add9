"""A page cut short for subscribers: the article stops at a paywall's notice (``この記事は有料記事です。
残り856文字``, ``Subscribe to continue reading``), and a list that runs up to it is only its first items.

1. The notice: the block around the first words of the page that say so (``pipeline.lang.page_cues``),
   climbing from a block that opens its parent to that parent (``<div class="lock"><p>…</p><a>…</a></div>``).
2. The list it cuts: the block just before the notice when it is a list (``<ul>``, ``<ol>``, ``<dl>``, a
   table, or a block whose last element is one of those), a paragraph of lines parted by ``<br>``, or a run
   of at least two short paragraphs set alike (the same tag and class, no sentence's stop or colon closing
   them).
3. Cut when counted more: the headline or the words before the list in its box count more than it shows
   (``14カ国`` over five lines). A list read in part is worse than none: it is removed with the notice, and
   ``sources.html`` reads the JSON-LD ``articleBody`` instead when that holds more of the article. A list
   no count says is cut stays (the article goes on after it for subscribers); the notice goes.

``cut_at_paywall`` changes the parsed page in place; ``sources.html`` calls it before the furniture goes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.lang.counts import find_counts
from pipeline.lang.page_cues import PAYWALL_NOTICE_RE
from sources.html_text import BLOCK_TAGS, SKIP_STRINGS
from sources.tags import is_tag, tags

if TYPE_CHECKING:
    from bs4 import BeautifulSoup, Tag

MAX_NOTICE_CHARS = 300  # a paywall's notice says so in a few lines; a longer block is the article itself
MAX_ROW_CHARS = 100  # the paragraphs of a list set one item a paragraph are at most this long each
LIST_TAGS = ("ul", "ol", "dl", "table")
_NO_TEXT_PARENTS = frozenset({"script", "style", "title", "head", "noscript", "template", "textarea"})
_CONTAINERS = frozenset({"body", "html", "article", "main"})
# a paragraph ending so is prose or a lead-in, not an item of a list set one a paragraph
_SENTENCE_ENDS = ("。", ".", "！", "!", "？", "?", "」", "：", ":")


def _notice(soup: BeautifulSoup) -> Tag | None:
    """The block that holds the page's paywall notice, None when the page has none."""
    from bs4.element import NavigableString

    for node in soup.descendants:
        if not isinstance(node, NavigableString) or isinstance(node, SKIP_STRINGS):
            continue
        parent = node.parent
        if parent is None or any(p.name in _NO_TEXT_PARENTS for p in node.parents):
            continue
        if not PAYWALL_NOTICE_RE.search(str(node)):
            continue
        block = parent
        while block.name not in BLOCK_TAGS and block.parent is not None:
            block = block.parent  # the words sit in a link or a span: their block
        if block.name in _CONTAINERS or len(block.get_text(strip=True)) > MAX_NOTICE_CHARS:
            return None  # the words are the article's own, not a notice
        while block.find_previous_sibling() is None and block.parent is not None:
            if block.parent.name in _CONTAINERS:
                break
            block = block.parent  # the notice opens its box: the box is the notice
        return block
    return None


def _shape(tag: Tag) -> tuple[str, str]:
    classes = tag.get("class")
    return tag.name, " ".join(classes) if isinstance(classes, list) else str(classes or "")


def _cut_list(before: Tag) -> list[Tag]:
    """The blocks of the list the notice cuts, ending at ``before`` (the block just before it)."""
    if before.name in LIST_TAGS:
        return [before]
    lists = tags(before, LIST_TAGS)
    if lists and before.get_text(strip=True).endswith(lists[-1].get_text(strip=True)):
        return [lists[-1]]  # a box whose last element is the list
    if before.name == "p" and len(tags(before, ("br",))) >= 2:
        return [before]  # lines parted by <br> in one paragraph
    run: list[Tag] = []
    node: Tag | None = before
    while (
        is_tag(node)
        and _shape(node) == _shape(before)
        and 0 < len(node.get_text(strip=True)) <= MAX_ROW_CHARS
        and not node.get_text(strip=True).endswith(_SENTENCE_ENDS)
    ):
        run.append(node)
        node = node.find_previous_sibling()
    return run if len(run) >= 2 else []


def _items(blocks: list[Tag]) -> int:
    """How many items the blocks of a list show: its items, rows or terms, its lines, its paragraphs."""
    if len(blocks) > 1:
        return len(blocks)
    block = blocks[0]
    if block.name == "p":
        return len([s for s in block.get_text("\n").split("\n") if s.strip()])
    if block.name == "table":
        return sum(1 for row in tags(block, ("tr",)) if tags(row, ("td",)))
    return len(tags(block, ("dt",) if block.name == "dl" else ("li",)))


def _counted_more(blocks: list[Tag], soup: BeautifulSoup) -> bool:
    """The headline or the words before the list in its box count more than the list shows."""
    first = blocks[-1]
    said = [b.get_text(" ") for b in first.find_previous_siblings()]
    said += [h.get_text(" ") for h in tags(soup, ("h1",))]
    shown = _items(blocks)
    return any(isinstance(c.value, int) and c.value > shown for text in said for c in find_counts(text))


def cut_at_paywall(soup: BeautifulSoup) -> bool | None:
    """Remove a paywall's notice, and the list it cuts when the article counts more than it shows: None
    when the page has no notice, else whether a list was cut (and removed)."""
    notice = _notice(soup)
    if notice is None:
        return None
    before = notice.find_previous_sibling()
    cut = _cut_list(before) if is_tag(before) else []
    if cut and not _counted_more(cut, soup):
        cut = []  # a list whole before the notice (no count says otherwise): the article goes on after it
    for tag in (*cut, notice):
        tag.decompose()
    return bool(cut)
