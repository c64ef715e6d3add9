"""Any HTML ``<ul>``/``<ol>`` list of names (countries, people, companies), a ``<dl>`` of names with
their descriptions, or a run of paragraphs each opening with a bold name
(``<p><strong>Name</strong><br>Judge, Country</p>``).

An item is its ``<li>``'s own text; when the item opens with a bold or linked name
(``<li><strong>Kimberly Prost</strong>, a judge from Canada, who …</li>``) the name is that element and
the words after it are the item's attributes. A list counts when its items are name-shaped; each list's
heading (``<h2>``–``<h6>``, a bold line, a line ending with a colon) is its group when the page holds
several lists, and a count in that heading is the list's stated count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING

from pipeline.lang.counts import lead_in_counts
from pipeline.lang.cues import EN_TITLE_RE, FINAL_JOINER_RE, RELATIVE_CLAUSE_RE
from pipeline.lang.scripts import EAST_ASIAN_RE, FOOTNOTE_MARKS, WHITESPACE
from pipeline.lang.values import (
    Found,
    find_values,
    labelled_numbers,
    labels_after_numbers,
    number_after_colon,
    numbers_before_words,
)
from pipeline.models import Attribute, AttributeKind, Heading, Mention, Problem, Value
from sources.base import Document, Extraction
from sources.item_titles import is_title
from sources.item_values import trim
from sources.layouts._group_tallies import closing_tally, labelled_tally
from sources.layouts._headings import group_label
from sources.layouts._inline_clause_spans import ABBREVIATION_RE
from sources.layouts._records import parse_span
from sources.layouts._ties import tied_lines
from sources.layouts.html_list import LIST_TAGS, _children, _Event, _heading_events, _own_text, a_label
from sources.page import HtmlPage, page_of
from sources.people_posts import KNOWN_SHARE, MIN_KNOWN_POSTS
from sources.tags import first_tag, is_tag, parent_tag, tags

if TYPE_CHECKING:
    from bs4 import Tag

NAME = "html-items"
CONFIDENCE = 0.88  # below the organization-list reader, which knows sections and categories
MIN_ITEMS = 3
MIN_GROUP_ITEMS = 2
LABEL_ITEM_RANK = 7  # an item that labels the list nested in it ranks as a heading tag other than h1-h6
MAX_NAME_CHARS = 40
MAX_NAME_WORDS = 8
MAX_PERSON_WORDS = 4  # a person's name before the comma of a long post ("Jane Roe, director of …")
NAME_TAGS = ("strong", "b", "a", "em")
_ARTICLE_RE = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)
# the end of the sentence that describes a name: what follows it is the story, not the description
# (not an initial's or an abbreviation's dot: "U.S. Treasury official")
_SENTENCE_END_RE = re.compile(r"(?:(?<=[a-z0-9)])\.|[。!?！？])(?=\s+[A-Z\"“]|\s*$)")
# where a description after a name ends: a sentence's end, or a Chinese full stop whatever follows it
# ("<b>張三</b>，甲國內政部長。1961年出生…": the biography after it is no description)
_DESCRIPTION_END_RE = re.compile(rf"{_SENTENCE_END_RE.pattern}|[。！？]")
_PIECE_STRIP = (
    WHITESPACE + ".\n—–-:："
)  # a description's dash or colon before it ("Jane Roe — defence minister")


@dataclass(frozen=True, slots=True)
class _Item:
    start: int
    end: int
    name: tuple[int, int]  # the name's span (the whole item when no element marks it)
    card: bool = False  # a card of lines under its name heading: ``Duty: 25%``, ``Sampled exporter``
    rest: int = -1  # where the words the item's names share begin (-1: right after its name)
    post: tuple[int, int] | None = None  # a bold post before the name (``<b>外相</b>　山田太郎``)


def _lead_name(li: Tag, page: HtmlPage, start: int) -> tuple[int, int] | None:
    first = next((c for c in li.children if not (isinstance(c, str) and not c.strip())), None)
    if is_tag(first) and first.name in NAME_TAGS:
        span = page.span(first)
        if span is not None and span[0] == start and span[1] > span[0]:
            return span
    return None


def _parts_names(gap: str) -> bool:
    """The words between two marked names of one item only part them: a comma or a joiner."""
    words = gap.strip(WHITESPACE)
    return (
        words in {",", "，", "、", ";", "；", "/"}
        or FINAL_JOINER_RE.fullmatch(re.sub(r"^[,，]", "", gap)) is not None
    )


def _lead_names(li: Tag, page: HtmlPage, start: int) -> list[tuple[int, int]]:
    """``<li><a>Aland</a>, <a>Borduria</a> and <a>Carpathia</a> – 190</li>``: an item that opens with
    several names marked alike, parted only by commas or a joiner (places tied in a ranking): their
    spans, the words after the last one shared by all; [] when the item opens with fewer than two."""
    names: list[tuple[int, int]] = []
    mark = ""
    gap_ok = True
    for child in li.children:
        if isinstance(child, str):
            if names and not _parts_names(child):
                break
            gap_ok = True
            continue
        if not is_tag(child) or child.name not in NAME_TAGS or (mark and child.name != mark) or not gap_ok:
            break
        span = page.span(child)
        if span is None or span[1] <= span[0] or (not names and span[0] != start):
            break
        names.append(span)
        mark = child.name
        gap_ok = False
    return names if len(names) >= 2 else []


def _name_shaped(text: str) -> bool:
    t = text.strip(WHITESPACE)
    if not t or re.search(r"[。！？]|[!?]$", t) or (t.endswith(".") and not ABBREVIATION_RE.search(t[:-1])):
        return False  # a sentence, not a name ("Borduria Tech Co." and "Jane Roe Jr." are names)
    if EAST_ASIAN_RE.search(t):
        # the name before its attributes, its other names in parentheses aside: "A（Jane Roe），法官"
        name = re.sub(r"[（(][^（）()]*[）)]", "", re.split(r"[，,]", t, maxsplit=1)[0])
        return len(name) <= MAX_NAME_CHARS
    if len(t.split()) <= MAX_NAME_WORDS:
        return True
    # "Jane Roe, deputy director of the Aland Affairs Office": a short name, then its post after a comma
    name, comma, post = t.partition(",")
    return (
        bool(comma) and len(name.split()) <= MAX_PERSON_WORDS and EN_TITLE_RE.match(post.strip()) is not None
    )


def _items(list_tag: Tag, page: HtmlPage, text: str) -> list[_Item]:
    out: list[_Item] = []
    for li in _children(list_tag):
        span = _own_text(li, page, text)
        if span is None or span[1] <= span[0]:
            continue
        names = _lead_names(li, page, span[0])
        if names:  # places tied: one item a name, each with the words after the last
            out.extend(_Item(name[0], span[1], name, rest=names[-1][1]) for name in names)
            continue
        name = _lead_name(li, page, span[0]) or span
        out.append(_Item(span[0], span[1], name))
    return _untied(text, out)


def _untied(text: str, items: list[_Item]) -> list[_Item]:
    """``<li>Carpania, Dorland – 191</li>`` among ``<li>Aland – 193</li>``: items of plain text that are
    lines of ties (``_ties``), one item a name, each with the figure after the last."""
    if not items or any(i.name != (i.start, i.end) for i in items):
        return items
    lines = tied_lines(text, [(i.start, i.end) for i in items])
    if lines is None:
        return items
    return [
        _Item(name[0], item.end, name, rest=rest)
        for item, (names, rest) in zip(items, lines, strict=True)
        for name in names
    ]


def _definition_items(dl: Tag, page: HtmlPage) -> list[_Item]:
    """``<dl><dt>name</dt><dd>title, organization</dd>…</dl>``: each term a name, the descriptions after
    it its attributes. A ``<dl>`` whose descriptions hold lists or tables is groups of lists, not items."""
    if first_tag(dl, ("ul", "ol", "table", "dl")) is not None:
        return []
    out = []
    terms = tags(dl, ("dt",), recursive=False)
    for term in terms:
        name = page.span(term)
        if name is None or name[1] <= name[0]:
            continue
        end = name[1]
        for sibling in term.find_next_siblings():
            if not is_tag(sibling) or sibling.name != "dd":
                break
            if (span := page.span(sibling)) is not None:
                end = max(end, span[1])
        out.append(_Item(name[0], end, name))
    return out


_VALUE_REST_RE = re.compile(rf"^[\s:：\-–—,，;；()（）/{re.escape(FOOTNOTE_MARKS)}]*$")


_SENTENCE_AFTER_VALUE_RE = re.compile(r"[.。](?:\s|$)")
MAX_VALUE_LABEL = 16  # characters of the words before a second value ("(up from 24%)", "（原24%）")
MAX_QUALIFIER = 30  # characters of the words after the last value ("announced in May", "為全區最高")


def _values(text: str, start: int, end: int) -> tuple[Value, ...]:
    """``<b>Aland</b> – 25%``, ``<b>Aland:</b> 25% (up from 24%)``: the words after a marked name are its
    values when they are values only, or values with a few words labelling the later ones."""
    rest = text[start:end]
    found = find_values(rest)
    if not found:
        return _labelled(rest, start)
    if _VALUE_REST_RE.match(rest[: found[0].start]) and (
        end_at := _SENTENCE_AFTER_VALUE_RE.search(rest, found[0].end)
    ):  # "<b>Aland:</b> 25%, down from 30%. Trade between the two is small.": the values, then the story
        rest = rest[: end_at.start()]
        found = [f for f in found if f.end <= end_at.start()]
    gaps, last = [], 0
    for f in found:
        gaps.append(rest[last : f.start])
        last = f.end
    if not _VALUE_REST_RE.match(gaps[0]) or not _qualifier(rest[last:]):
        return ()
    labels = [_value_label(gap) for gap in gaps]
    if any(label is None for label in labels[1:]):
        return ()
    return tuple(
        Value(
            f.raw, f.number, f.unit, label or "", start + f.start, start + f.end, f.low, f.high, f.approximate
        )
        for f, label in zip(found, labels, strict=True)
    )


def _labelled(rest: str, start: int) -> tuple[Value, ...]:
    """``<b>甲國</b>：金40　銀44``, ``40金44銀``, ``— 40 gold, 44 silver``: the words after a marked name are
    plain numbers, each with its label (glued before it, glued after it, or in words after it)."""
    found = labelled_numbers(rest, named=False)
    glued = len(found[0][0]) if found else 0  # the first label, when it comes before its number
    found = (
        found
        or labels_after_numbers(rest, named=False)
        or numbers_before_words(rest, named=False)
        or number_after_colon(rest, named=False)  # "– 191", "– 191 destinations"
    )
    if not found or not _VALUE_REST_RE.match(rest[: found[0][1].start - glued]):
        return ()  # words before the numbers: a description, not values only
    return tuple(Value(f.raw, f.number, f.unit, label, start + f.start, start + f.end) for label, f in found)


def _qualifier(words: str) -> bool:
    """A few words after the last value that qualify it (``… from 30% announced in May``), no number."""
    words = words.strip(WHITESPACE + ".。,，;；()（）")
    return len(words) <= MAX_QUALIFIER and not re.search(r"[\d.。!?！？:：]", words)


def _value_label(gap: str) -> str | None:
    """The words between two values as the later one's label; None when they are more than a label."""
    words = gap.strip(WHITESPACE + "\n:：-–—,，;；()（）/")
    if not words:
        return ""
    return words if len(words) <= MAX_VALUE_LABEL and not re.search(r"[.。!?！？]", words) else None


def _attributes(text: str, start: int, end: int) -> tuple[Attribute, ...]:
    """``, a judge from Canada, who …``: the description after a marked name, up to a relative clause."""
    rest = text[start:end]
    if (sentence := _DESCRIPTION_END_RE.search(rest)) is not None:  # "— Head of … . He took the job …"
        rest = rest[: sentence.start()]
    cut = RELATIVE_CLAUSE_RE.search(rest)
    pieces = [p for p in re.split(r"[,，;；]", rest[: cut.start()] if cut else rest) if p.strip(_PIECE_STRIP)]
    out = []
    pos = start
    for piece in pieces[:2]:
        offset = text.find(piece, pos, end)
        if offset < 0:
            break
        words = _ARTICLE_RE.sub("", piece.strip(_PIECE_STRIP))
        s = text.find(words, offset)
        # a post ("former Commissioner of Police") is a title; any other description is kept as printed
        kind = AttributeKind.TITLE if is_title(words) else AttributeKind.OTHER
        out.append(Attribute(kind, words, "", s, s + len(words)))
        pos = offset + len(piece)
    return tuple(out)


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
    its text values only; None for any other block."""
    head = next((c for c in card.children if is_tag(c)), None)
    span, name = page.span(card), page.span(head) if is_tag(head) else None
    if not is_tag(head) or head.name not in CARD_HEADS or span is None or name is None:
        return None
    if name[0] != span[0] or name[1] >= span[1] or not _name_shaped(text[name[0] : name[1]]):
        return None
    rest = text[name[1] : span[1]]
    found = find_values(rest)
    if found and _VALUE_REST_RE.match(_cut(rest, found)):
        return _Item(span[0], span[1], name)
    if _card_lines(text, name[1], span[1]) is not None:
        return _Item(span[0], span[1], name, card=True)
    return None


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


def _nested_groups(list_tag: Tag, page: HtmlPage, text: str) -> list[tuple[_Event, Tag]]:
    """``<li>Full ban (12 countries)<ul><li>…</ul></li>``: every item of the list labels the list nested
    in it (its words state a count or end in a colon); [] when any item is not such a label."""
    out = []
    for li in _children(list_tag):
        nested = first_tag(li, LIST_TAGS)
        span = _own_text(li, page, text)
        own = text[span[0] : span[1]].strip(WHITESPACE) if span is not None else ""
        if not is_tag(nested) or span is None or not a_label(own):
            return []
        out.append((_Event(span[0], span[1], own, LABEL_ITEM_RANK), nested))
    return out


def _lists(doc: Document, page: HtmlPage) -> tuple[list[list[_Item]], list[_Event]]:
    """The page's lists of names, and the items that label lists nested in them (as heading events)."""
    found = []
    labels: list[_Event] = []
    for items in map(partial(_posts_first, text=doc.text), _bold_paragraphs(page, doc.text)):
        if all(_name_shaped(doc.text[i.name[0] : i.name[1]]) for i in items):
            found.append(items)
    found.extend(_value_cards(page, doc.text))
    for list_tag in tags(page.root, (*LIST_TAGS, "dl")):
        if parent_tag(list_tag, ("li", "table")) is not None:
            continue
        span = page.span(list_tag)
        if span is None or span[0] >= span[1] or (doc.body_end >= 0 and span[0] >= doc.body_end):
            continue
        nested = _nested_groups(list_tag, page, doc.text) if list_tag.name != "dl" else []
        for event, _ in nested:
            labels.append(event)
        for tag in [tag for _, tag in nested] or [list_tag]:
            items = _definition_items(tag, page) if tag.name == "dl" else _items(tag, page, doc.text)
            shaped = all(_name_shaped(doc.text[i.name[0] : i.name[1]]) for i in items)
            if len(items) >= MIN_GROUP_ITEMS and shaped:
                found.append(items)
    # a list of two is one group of a longer list on the page, never a list alone
    return (found, labels) if any(len(items) >= MIN_ITEMS for items in found) else ([], [])


def _mention(doc: Document, item: _Item, group: str) -> Mention | None:
    parts = parse_span(doc.text, *item.name)
    if parts.empty:
        return None
    read = _card_lines(doc.text, item.name[1], item.end) if item.card else None
    if read is not None:
        parts = replace(parts, values=(*parts.values, *read[0]), attributes=(*parts.attributes, *read[1]))
    elif item.name != (item.start, item.end):
        tail = item.rest if item.rest >= 0 else item.name[1]
        values = _values(doc.text, tail, item.end)
        if values:
            parts = replace(parts, values=(*parts.values, *values))
        else:
            attributes = _attributes(doc.text, tail, item.end)
            parts = replace(parts, attributes=(*parts.attributes, *attributes))
    if item.post is not None:
        ps, pe = item.post
        title = Attribute(AttributeKind.TITLE, doc.text[ps:pe].rstrip(":："), "", ps, pe)
        parts = replace(parts, attributes=(title, *parts.attributes))
    return parts.mention(doc.id, 0, category=None, start=item.name[0], end=item.name[1], group=group)


def _group_headings(
    doc: Document, event: _Event, label: str, opening: int | None, items: Sequence[_Item], every: int
) -> list[Heading]:
    """The heading of a list's group, its count stated in the heading, by the tally under it
    (``opening``) or by the block after its last item (``<p>（共3國）</p>``); a closing block that counts
    the ``every`` items of all the lists, not this list's, is the whole list's total, a heading after it."""
    counts = lead_in_counts(event.label)
    tally, total = opening, None
    if tally is None and (closing := closing_tally(doc.text, items[-1].end)) is not None:
        tally, s, e = closing
        if tally == every != len(items):
            total, tally = Heading(doc.id, doc.text[s:e], None, tally, s, e), None
    out = [total] if total is not None else []
    if counts or label or tally is not None:
        stated = counts[0].value if counts else tally
        out.insert(0, Heading(doc.id, event.label, None, stated, event.start, event.end, label))
    return out


class HtmlItemsLayout:
    name = NAME
    description = (
        "any HTML <ul>/<ol> of names, a bold or linked name opening an item and the rest its attributes; "
        "a <dl> of names (<dt>) and their descriptions (<dd>); a run of <p> each opening with a bold name"
    )

    def detect(self, doc: Document) -> float:
        page = page_of(doc)
        return CONFIDENCE if page is not None and _lists(doc, page)[0] else 0.0

    def extract(self, doc: Document) -> Extraction:
        page = page_of(doc)
        if page is None:
            return Extraction(NAME)
        lists, labels = _lists(doc, page)
        # an item's own bold name is no heading over the items after it (a run an insert cut in two)
        named = [(i.start, i.end) for items in lists for i in items]
        events = sorted(
            [e for e in _heading_events(page, doc.text) if not any(s <= e.start < t for s, t in named)]
            + labels,
            key=lambda e: (e.start, e.end),
        )
        governing = [next((e for e in reversed(events) if e.end <= items[0].start), None) for items in lists]
        # "<h3>Full ban</h3><p>3 countries</p>" over a list: the tally opens the group the heading labels
        opened = [labelled_tally(doc.text, events, e) for e in governing]
        governing = [e for e, _ in opened]
        # lists under one heading are one list that a figure, an advertisement or the like cut in parts
        keys = [(e.start, e.end) if e is not None else None for e in governing]
        grouped = len(set(keys)) >= 2
        mentions: list[Mention] = []
        headings: list[Heading] = []
        problems: list[Problem] = []
        for k, (items, event) in enumerate(zip(lists, governing, strict=True)):
            label = group_label(event.label) if event is not None and grouped else ""
            if event is not None and keys[k] not in keys[:k]:
                every = sum(len(x) for x in lists) if grouped else len(items)
                headings += _group_headings(doc, event, label, opened[k][1], items, every)
            for item in items:
                m = _mention(doc, item, label)
                if m is not None:
                    mentions.append(m)
        return Extraction(NAME, tuple(mentions), tuple(headings), tuple(problems))


LAYOUTS = (HtmlItemsLayout(),)
