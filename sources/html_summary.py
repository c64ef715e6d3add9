"""The article's points in bullets above its body: a ``<ul>`` (or ``<ol>``) set between the headline and the
first words of the body, before any sentence of the article, in a box with a short label or none
(``<blockquote><p>重點：</p><ul>…</ul></blockquote>``, ``<ul class="summary">``). It sums the story up
(``Assets in the US frozen``, ``禁令6月9日生效``); the list the article reprints comes in its body, after
the words that lead in to it. Bullets as short as names, or led in by words that count them
(``12國名單：``), are the article's list wherever they stand. ``sources.html`` calls
``drop_summary_bullets`` on the article ``sources.html_chrome`` finds, before the text is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.lang.counts import find_counts
from pipeline.lang.scripts import EAST_ASIAN_RE
from sources.html_text import SKIP_STRINGS
from sources.tags import is_tag, parent_tag

if TYPE_CHECKING:
    from bs4 import Tag

LIST_TAGS = ("ul", "ol")
# A run of words this long outside a list is the body's (a sentence), not a label, a kicker or a byline
# (``撰文：張三 2025-06-05 11:20``).
MIN_SENTENCE_CHARS = 30
MIN_POINTS = 2
MAX_SUMMARY_CHARS = 400  # the bullets of a summary are at most this long together
MAX_LABEL_CHARS = 8  # a box around the bullets says at most this much besides them (``重點：``, ``In brief``)
# a list whose every item is as short as a name (``剛果民主共和國``, ``Republic of the Congo``) is names
MAX_NAME_CHARS = 7
MAX_NAME_WORDS = 4
LEAD_IN_ENDS = ("：", ":")


def _chars(node: Tag) -> int:
    return len("".join(node.get_text().split()))


def _sentence(node: object) -> bool:
    """A string of the article outside any list, as long as a sentence."""
    from bs4.element import NavigableString

    if not isinstance(node, NavigableString) or isinstance(node, SKIP_STRINGS):
        return False
    return len("".join(str(node).split())) >= MIN_SENTENCE_CHARS and all(p.name != "li" for p in node.parents)


def _summaries(article: Tag, headline: Tag) -> list[Tag]:
    """The lists between ``headline`` and the body's first sentence; none when no sentence follows."""
    found: list[Tag] = []
    for node in headline.next_elements:
        if headline in node.parents:
            continue  # the headline's own words
        if _sentence(node):
            return found
        if _counted_lead_in(node):
            return []  # ``12國名單：`` over the list: the article's list, led in
        if is_tag(node) and node.name in LIST_TAGS and parent_tag(node, ("li",)) is None:
            if node is article or article not in node.parents:
                return []
            found.append(node)
    return []


def _counted_lead_in(node: object) -> bool:
    """A string of words that leads in to what follows and counts it (``全面禁止入境的12國：``)."""
    from bs4.element import NavigableString

    if not isinstance(node, NavigableString) or isinstance(node, SKIP_STRINGS):
        return False
    text = str(node).strip()
    return text.endswith(LEAD_IN_ENDS) and bool(find_counts(text))


def _points(items: list[Tag]) -> bool:
    """Items that say something, not names: one at least longer than a name in Chinese or Japanese
    (``禁令6月9日生效``) or of more words than a name in Latin letters (``Assets in the US frozen``)."""
    for li in items:
        words = li.get_text(" ").split()
        east = EAST_ASIAN_RE.search(li.get_text())
        if (east and _chars(li) > MAX_NAME_CHARS) or (not east and len(words) > MAX_NAME_WORDS):
            return True
    return False


def _box(bullets: Tag, article: Tag) -> Tag:
    """The bullets with the box around them that holds only them and a short label."""
    box = bullets
    while (
        box.parent is not None
        and box.parent is not article
        and _chars(box.parent) - _chars(bullets) <= MAX_LABEL_CHARS
    ):
        box = box.parent
    return box


def drop_summary_bullets(article: Tag, headline: Tag | None) -> None:
    """Remove the bullets that sum the article up between its ``headline`` and its body (in place)."""
    if headline is None or article not in headline.parents:
        return
    for bullets in _summaries(article, headline):
        if getattr(bullets, "decomposed", False):
            continue  # in the box of the bullets before it
        items = [li for li in bullets.children if is_tag(li) and li.name == "li"]
        if len(items) >= MIN_POINTS and _chars(bullets) <= MAX_SUMMARY_CHARS and _points(items):
            _box(bullets, article).decompose()
