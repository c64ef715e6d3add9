"""HTML items that are not ``<li>``: paragraphs each opening with a bold name (or a post over a bold name),
and value cards (a name, a figure and a few lines of notes in a block of their own), or cards of a name
over its post (``_html_title_cards``). Used by the
``html_items`` layout (``html_items.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.lang.scripts import WHITESPACE
from pipeline.lang.values import Found, find_values
from pipeline.models import Attribute, AttributeKind, Value
from sources.item_titles import is_title
from sources.item_values import trim
from sources.layouts._html_item_details import _SENTENCE_END_RE, _VALUE_REST_RE, MAX_VALUE_LABEL
from sources.layouts._html_item_names import _Item, _name_shaped
from sources.layouts._html_list_items import _own_text
from sources.layouts._html_title_cards import title_card
from sources.page import HtmlPage
from sources.people_posts import KNOWN_SHARE, MIN_KNOWN_POSTS
from sources.tags import is_tag, tags

if TYPE_CHECKING:
    from bs4 import Tag


MIN_ITEMS = 3


BOLD_TAGS = ("strong", "b")
MAX_REST_CHARS = 80  # what may follow a bold name in its paragraph: a title line, not a story
_LABEL_END_RE = re.compile(r"[:：?？]\s*$")


def _value_first(text: str, start: int, end: int) -> bool:
    """The words after a bold label open with a value (``<b>Aland:</b> 25%. …``)."""
    found = find_values(text[start:end])
    return bool(found) and not text[start : start + found[0].start].strip(WHITESPACE + ":：")


def _title_line_end(text: str, start: int, end: int) -> int:
    """Where the words after a bold name end their first sentence (``<b>Jane Roe</b>, minister. A former
    judge who …``: the title line; the story after it is no part of the item)."""
    sentence = _SENTENCE_END_RE.search(text, start, end)
    return sentence.start() if sentence is not None else end


def _posts_first(items: list[_Item], text: str) -> list[_Item]:
    """``<p><b>外交大臣</b>　張三（原內政大臣）</p>``: where the bold words opening the paragraphs are posts
    (at least ``MIN_KNOWN_POSTS`` and ``KNOWN_SHARE`` of them known as such), each bold word is the post of
    the name after it, and the item is that name and what follows it; ``items`` as they are otherwise."""
    known = sum(1 for i in items if is_title(text[i.name[0] : i.name[1]].strip(WHITESPACE + ":：")))
    if known < MIN_KNOWN_POSTS or known < KNOWN_SHARE * len(items):
        return items
    out = []
    for i in items:
        rest = trim(text, i.name[1], _title_line_end(text, i.name[1], i.end))
        if rest[1] <= rest[0]:
            return items  # a bold word alone: a name with nothing after it, as before
        out.append(replace(i, name=rest, post=trim(text, *i.name)))
    return out


def _bold_paragraphs(page: HtmlPage, text: str) -> list[list[_Item]]:
    """Runs of sibling ``<p>`` elements that each open with a bold name: the name is the item, the words
    after it (a title line, a value) what it carries."""
    runs: list[list[_Item]] = []
    cur: list[_Item] = []
    last: Tag | None = None
    for p in tags(page.root, ("p",)):
        span = _own_text(p, page, text)
        first = next((c for c in p.children if not (isinstance(c, str) and not c.strip())), None)
        lead = page.span(first) if is_tag(first) and first.name in BOLD_TAGS else None
        if (
            span is None
            or lead is None
            or lead[0] != span[0]
            or lead[1] <= lead[0]
            # "Q:", "Why it matters:" open a paragraph; "Aland:" before its value names an item
            or (_LABEL_END_RE.search(text[lead[0] : lead[1]]) and not _value_first(text, lead[1], span[1]))
            or _title_line_end(text, lead[1], span[1]) - lead[1] > MAX_REST_CHARS
        ):
            last = None
            continue
        if last is None or p.find_previous_sibling() is not last:
            if len(cur) >= MIN_ITEMS:
                runs.append(cur)
            cur = []
        cur.append(_Item(span[0], span[1], lead))
        last = p
    if len(cur) >= MIN_ITEMS:
        runs.append(cur)
    return runs


CARD_TAGS = ("div", "section", "article", "li")
CARD_HEADS = ("h2", "h3", "h4", "h5", "h6", "strong", "b")


def _card(card: Tag, page: HtmlPage, text: str) -> _Item | None:
    """``<div class="card"><h4>Aland</h4><p>25%</p></div>``: the card's heading is a name and the rest of
    its text values only; else a card of a name over its post (``title_card``), None for any other block."""
    head = next((c for c in card.children if is_tag(c)), None)
    span, name = page.span(card), page.span(head) if is_tag(head) else None
    if not is_tag(head) or head.name not in CARD_HEADS or span is None or name is None:
        return title_card(card, page, text)
    if name[0] != span[0] or name[1] >= span[1] or not _name_shaped(text[name[0] : name[1]]):
        return None
    rest = text[name[1] : span[1]]
    found = find_values(rest)
    if found and _VALUE_REST_RE.match(_cut(rest, found)):
        return _Item(span[0], span[1], name)
    if _card_lines(text, name[1], span[1]) is not None:
        return _Item(span[0], span[1], name, card=True)
    return title_card(card, page, text)


MAX_CARD_NOTE_WORDS = 4  # a line of a card that holds no value: a short note ("Sampled exporter")


def _card_lines(text: str, start: int, end: int) -> tuple[tuple[Value, ...], tuple[Attribute, ...]] | None:
    """A card's lines under its name, each a value under its label (``Duty: 25%``) or a short note
    (``Sampled exporter``), one value at least: the values and the notes; None for any other card (a
    sentence, a line of two values)."""
    values: list[Value] = []
    notes: list[Attribute] = []
    pos = start
    for line in text[start:end].split("\n"):
        lo, hi = pos, pos + len(line)
        pos = hi + 1
        words = line.strip(WHITESPACE)
        if not words:
            continue
        found = find_values(line)
        if len(found) > 1:
            return None
        if found:
            label = line[: found[0].start].strip(WHITESPACE + ":：-–—")
            if len(label) > MAX_VALUE_LABEL or line[found[0].end :].strip(WHITESPACE + ".。"):
                return None
            f = found[0]
            values.append(
                Value(f.raw, f.number, f.unit, label, lo + f.start, lo + f.end, f.low, f.high, f.approximate)
            )
        elif len(words.split()) <= MAX_CARD_NOTE_WORDS and not _SENTENCE_END_RE.search(words):
            s = lo + line.index(words)
            notes.append(Attribute(AttributeKind.OTHER, words, "", s, s + len(words)))
        else:
            return None
    return (tuple(values), tuple(notes)) if values else None


def _cut(text: str, found: Sequence[Found]) -> str:
    """``text`` without the values ``found`` in it."""
    out, last = [], 0
    for f in found:
        out.append(text[last : f.start])
        last = f.end
    return "".join(out) + text[last:]


def _value_cards(page: HtmlPage, text: str) -> list[list[_Item]]:
    """Runs of sibling blocks set alike (the same tag and class), each a card of a name heading over its
    values: a grid of cards that lists names with their rates."""
    runs: list[list[_Item]] = []
    for parent in [page.root, *tags(page.root, CARD_TAGS)]:  # the cards may be the root's own children
        cur: list[_Item] = []
        key: tuple[str, tuple[str, ...]] | None = None
        for child in [c for c in parent.children if is_tag(c)]:
            item = _card(child, page, text) if child.name in CARD_TAGS else None
            here = (child.name, tuple(child.get("class") or ()))
            if item is None or (key is not None and here != key):
                if len(cur) >= MIN_ITEMS:
                    runs.append(cur)
                cur, key = ([item], here) if item is not None else ([], None)
                continue
            cur.append(item)
            key = here
        if len(cur) >= MIN_ITEMS:
            runs.append(cur)
    return runs
