"""Page chrome after the article's body: lists whose every item is one link (or one headline link and its
time stamp), outside the element holding the article's paragraphs (a site's tags, its latest headlines),
but the list right after a body that ends by leading in to it. ``sources.html`` calls
``drop_link_lists_after_body`` on the article ``sources.html_chrome`` finds, before the text is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.lang.dates import STAMP_RE
from sources.html_chrome import headline_link
from sources.tags import is_tag, tags

if TYPE_CHECKING:
    from bs4 import Tag

MIN_BODY_PARAGRAPHS = 2  # the element holding the article's paragraphs holds at least this many
_LEAD_IN_END = ("：", ":")


def _paragraphs(tag: Tag) -> list[str]:
    """The paragraphs ``tag`` holds itself: its ``<p>`` children, else the runs of its own words between
    its ``<br>`` children (a body printed as text and line breaks, ``<div>…<br><br>…</div>``)."""
    from bs4.element import NavigableString

    texts = [p.get_text(strip=True) for p in tag.children if is_tag(p) and p.name == "p"]
    if texts or not any(is_tag(c) and c.name == "br" for c in tag.children):
        return texts
    own = (
        str(c).strip() for c in tag.children if isinstance(c, NavigableString) and type(c) is NavigableString
    )
    return [t for t in own if t]


def _body(article: Tag) -> tuple[Tag, str] | None:
    """The element under ``article`` whose own paragraphs hold the most text (the article's body), with
    its last paragraph."""
    best, best_size = None, 0
    for tag in [article, *tags(article)]:
        paragraphs = _paragraphs(tag)
        if len(paragraphs) < MIN_BODY_PARAGRAPHS:
            continue
        size = sum(len(p) for p in paragraphs)
        if size > best_size:
            best, best_size = (tag, paragraphs[-1]), size
    return best


def _links_only_list(tag: Tag) -> bool:
    """A ``<ul>``/``<ol>`` whose every item is one link and nothing else (a site's tags, its headlines), or
    one headline link and its time stamp (``…<span>2025/05/16</span>``, ``3 hours ago``: the site's latest
    headlines; a name's link beside a date of its own is no headline)."""
    items = [li for li in tag.children if is_tag(li)]
    if not items or any(li.name != "li" for li in items):
        return False
    for li in items:
        links = tags(li, ("a",))
        if len(links) != 1:
            return False
        link, whole = links[0].get_text(strip=True), li.get_text(strip=True)
        if link == whole:
            continue
        rest = whole.replace(link, "", 1)
        if not (whole.startswith(link) or whole.endswith(link)) or not STAMP_RE.match(rest):
            return False
        if not headline_link(links[0].get_text(" ")):
            return False
    return True


def drop_link_lists_after_body(article: Tag) -> None:
    """Remove the lists of links only that come after the article's body, outside it (a site's tag
    list, its headlines): the article's own list is inside its body, or the first list after the body
    when that ends by leading in to it (``…covers:``)."""
    found = _body(article)
    if found is None:
        return
    body, last = found
    after = [
        tag
        for tag in body.find_all_next(("ul", "ol"))
        if all(p is not body for p in tag.parents) and any(p is article for p in tag.parents)
    ]
    if last.endswith(_LEAD_IN_END):
        after = after[1:]  # the body ends by leading in to the list printed after it: that one is kept
    for tag in after:
        if _links_only_list(tag):
            tag.extract()
