"""Profile cards: ``<div class="card"><div><img></div><div><h3>Jane Roe</h3><p>Minister of Finance</p>
</div></div>``, a block per person whose text opens with a heading holding the name, and whose one other
line is the person's post. Used by the value cards of the ``html_items`` layout (``_html_item_blocks``),
for cards that carry a post where a value card carries figures.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.lang.scripts import WHITESPACE
from pipeline.lang.values import find_values
from sources.item_titles import is_title
from sources.layouts._html_item_details import _SENTENCE_END_RE
from sources.layouts._html_item_names import _Item, _name_shaped
from sources.page import HtmlPage
from sources.tags import is_tag

if TYPE_CHECKING:
    from bs4 import Tag

HEAD_TAGS = ("h2", "h3", "h4", "h5", "h6", "strong", "b")
MAX_POST_CHARS = 80  # a post on a card is a line, not a story


def _head(card: Tag, page: HtmlPage, start: int) -> tuple[int, int] | None:
    """The span of the heading the card's text opens with, however deep it sits (a picture's wrapper, a
    body ``<div>`` around it); None when the card's text opens with anything else."""
    for tag in card.find_all(HEAD_TAGS):
        span = page.span(tag) if is_tag(tag) else None
        if span is not None and span[1] > span[0]:
            return span if span[0] == start else None
    return None


def title_card(card: Tag, page: HtmlPage, text: str) -> _Item | None:
    """The card's item when it is a name heading over one line that is a post (``Minister of Health,
    Labour and Welfare``, commas and all, one post): the name, and the line as its post; None for any
    other block (a line holding a figure or a sentence, several lines, words that are no post)."""
    span = page.span(card)
    name = _head(card, page, span[0]) if span is not None else None
    if span is None or name is None or not _name_shaped(text[name[0] : name[1]]):
        return None
    rest = text[name[1] : span[1]]
    line = rest.strip(WHITESPACE + "\n")
    if not rest.startswith("\n") or not line or "\n" in line or len(line) > MAX_POST_CHARS:
        return None  # the post on a line of its own under the name, not words running on after it
    if find_values(line) or _SENTENCE_END_RE.search(line) or not is_title(line):
        return None
    start = text.index(line, name[1])
    return _Item(span[0], name[1], name, post=(start, start + len(line)))
