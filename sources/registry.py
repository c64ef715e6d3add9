"""The layout registry: every module in ``sources.layouts`` contributes its ``LAYOUTS``.

Modules are discovered with ``pkgutil`` (sorted by module name; names starting with ``_`` are helpers),
so a new layout is a new module and nothing here changes. ``parse_document`` asks every layout how sure
it is (``detect``) and extracts with the most confident one above ``MIN_CONFIDENCE`` (ties broken by
name). A layout that raises costs only itself: the exception becomes an error ``Problem`` naming it and
the next candidate is tried. An article with no list is still an ``Article`` (layout ``""``).
"""

from __future__ import annotations

import bisect
import importlib
import os
import pkgutil
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

import sources.layouts as layouts_pkg
from pipeline.lang.cues import lead_says_selection
from pipeline.lang.scripts import CJK
from pipeline.lang.values import DATE_RE
from pipeline.models import (
    Article,
    Attribute,
    AttributeKind,
    Heading,
    Kind,
    Mention,
    ParseResult,
    Problem,
    Severity,
)
from sources.base import Document, Extraction, Layout
from sources.item_countries import countries_apart
from sources.item_english import BODY_WORD_RE
from sources.layouts._headings import group_label
from sources.layouts._named_first import with_named_first
from sources.layouts._table_header_words import HEADER_WORDS_RE, caption
from sources.name_tags import bracketed_tags, latin_names_noted
from sources.outlets import GENERIC
from sources.people_affiliations import posts_with_bodies, with_affiliations, without_family
from sources.people_dotted import names_dot_posts
from sources.people_parties import parties_and_places
from sources.people_posts import posts_down_the_list
from sources.ranked_beyond import beyond_the_count
from sources.reader import DEFAULT_MAX_BYTES, is_dateline, plain_outlet, read_document
from sources.tied_places import places_unbound

MIN_CONFIDENCE = 0.3


def _discover() -> tuple[dict[str, Layout], dict[str, str], dict[str, str]]:
    found: dict[str, Layout] = {}
    modules: dict[str, str] = {}
    errors: dict[str, str] = {}
    for info in sorted(pkgutil.iter_modules(layouts_pkg.__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        modname = f"{layouts_pkg.__name__}.{info.name}"
        try:
            module = importlib.import_module(modname)
        except Exception as exc:  # noqa: BLE001 - one broken module must not cost the others
            errors[modname] = f"{exc.__class__.__name__}: {exc}"
            continue
        for layout in getattr(module, "LAYOUTS", ()):
            name = getattr(layout, "name", "")
            if not name or name in found:
                errors[f"{modname}:{name or '?'}"] = "layout without a name, or a name already registered"
                continue
            found[name] = layout
            modules[name] = modname
    return dict(sorted(found.items())), modules, errors


LAYOUTS, _MODULES, LOAD_ERRORS = _discover()


def describe() -> list[dict[str, str]]:
    """One row per registered layout (name, description, module), sorted by name."""
    return [
        {"name": name, "description": str(getattr(layout, "description", "")), "module": _MODULES[name]}
        for name, layout in LAYOUTS.items()
    ]


def _problem(doc: Document, code: str, message: str, severity: Severity) -> Problem:
    return Problem(article=doc.id, code=code, severity=severity, message=message)


def _checked(doc: Document, ext: Extraction, name: str) -> tuple[list[Mention], list[Problem]]:
    """List mentions inside the body, in text order, numbered 1..n (whatever the layout returned)."""
    problems: list[Problem] = []
    body_end = doc.body_end if 0 <= doc.body_end <= len(doc.text) else len(doc.text)
    kept: list[Mention] = []
    for m in ext.mentions:
        if not (0 <= m.start <= m.end <= body_end):
            problems.append(
                _problem(
                    doc,
                    "out-of-body",
                    f"{name}: item at {m.start}-{m.end} is outside the article body; dropped",
                    Severity.WARNING,
                )
            )
            continue
        kept.append(m)
    kept.sort(key=lambda m: (m.start, m.end))
    mentions = [_numbered(m, doc.id, i) for i, m in enumerate(kept, start=1)]
    return mentions, problems


MAX_NOTE_GROUPS = 4
# a person's English name: two to four capitalized words or initials ("Jane Q. Roe")
# a capitalized word, or two joined by a hyphen ("Jean-Luc")
_EN_NAME_WORD = r"[A-Z][a-z'’\-]+(?:-[A-Z][a-z'’]+)?"
_EN_PERSON_RE = re.compile(rf"{_EN_NAME_WORD}(?:\s+(?:{_EN_NAME_WORD}|[A-Z]\.)){{1,3}}")
_PLACE_ASIDE_RE = re.compile(r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}")  # "Borduria", "New Aland"
MIN_PEOPLE_ASIDES = 2


def _people_asides(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """``Jane Roe (Borduria)``, ``John Doe (Carpathia)``: a capitalized word or three in parentheses after
    each of a list of people's English names says where the person is from, not another name of theirs:
    where every item is a person's name (two to four capitalized words, no word of a body's or a state's
    name) and at least two carry such a parenthesis, it is an attribute."""
    people = all(
        m.name_en
        and not m.name_zh
        and _EN_PERSON_RE.fullmatch(m.name_en)
        and not BODY_WORD_RE.search(m.name_en)
        for m in mentions
    )
    carriers = [m for m in mentions if len(m.aliases) == 1 and _PLACE_ASIDE_RE.fullmatch(m.aliases[0])]
    if not people or len(carriers) < MIN_PEOPLE_ASIDES:
        return mentions
    out = []
    for m in mentions:
        at = doc.text.find(m.aliases[0], m.start, m.end) if m in carriers else -1
        if at < 0:
            out.append(m)
            continue
        aside = Attribute(AttributeKind.OTHER, m.aliases[0], "", at, at + len(m.aliases[0]))
        asides = countries_apart(doc.text, [aside])  # "(Borduria)": the person's country
        out.append(
            replace(m, aliases=(), attributes=tuple(sorted((*m.attributes, *asides), key=lambda a: a.start)))
        )
    return out


MIN_NOTE_COLUMN = 3  # items of a list each with one bracket, some shared, that make the brackets a column


def _shared_asides(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """A parenthesis several items of one list share (``Aland (full ban)``, ``Borduria (full ban)``)
    is no other name of each: it is the items' group when the list has none and every item carries one
    of a few such words, else an attribute of each. Where every item carries such a note and some share
    theirs (``張三（甲國籍）``, ``李四（甲國籍）``, ``王五（乙國籍）``), a note no other item shares is an
    attribute of its item as well."""
    notes = [m.note for m in mentions if m.note]
    every = set(notes) if len(notes) == len(mentions) and len(set(notes)) < len(notes) else set()
    # one bracket after every name, some shared (``Acme Ltd (Aland)``, ``Bolt Co (Aland)``, ``Crane FZE
    # (Borduria)``): a column of notes, the one no other item shares as much as the rest
    printed = Counter(a for m in mentions for a in {m.note, *m.aliases} if a)
    asides = [_column_aside(m, printed) for m in mentions]
    if not every and len(asides) >= MIN_NOTE_COLUMN and all(asides) and len(set(asides)) < len(asides):
        every = set(asides)
    mentions = [_note_as_aside(m) if m.note and (notes.count(m.note) > 1 or every) else m for m in mentions]
    counts: dict[str, int] = {}
    for m in mentions:
        for a in m.aliases:
            counts[a] = counts.get(a, 0) + 1
    shared = {a for a, n in counts.items() if n >= 2}
    if not shared:
        return mentions
    described = shared | every
    labels = [next((a for a in m.aliases if a in shared), "") for m in mentions]
    as_groups = (
        all(labels)
        and not any(m.group for m in mentions)
        # a list of people's posts (``主席：張三（甲黨）``): the bracket is what is said of each person
        and not all(any(a.kind is AttributeKind.TITLE for a in m.attributes) for m in mentions)
        and 2 <= len(set(labels)) <= MAX_NOTE_GROUPS
        and all(sum(1 for a in m.aliases if a in shared) == 1 for m in mentions)
    )
    out = []
    for m, label in zip(mentions, labels, strict=True):
        aliases = tuple(a for a in m.aliases if a not in described)
        if as_groups:
            out.append(replace(m, aliases=aliases, group=group_label(label) or label))
            continue
        attrs = list(m.attributes)
        for a in m.aliases:
            if a in described and (at := doc.text.find(a, m.start, m.end)) >= 0:
                attrs.append(Attribute(AttributeKind.OTHER, a, "", at, at + len(a)))
        out.append(replace(m, aliases=aliases, attributes=tuple(attrs)))
    return out


def _column_aside(m: Mention, printed: Counter[str]) -> str:
    """The bracket of ``m`` that a column of notes would hold: its note, else the alias another item
    prints too, else its one alias (``""`` when it has none, or several none of which another prints)."""
    if m.note:
        return m.note
    shared = [a for a in m.aliases if printed[a] > 1]
    return shared[0] if shared else (m.aliases[0] if len(m.aliases) == 1 else "")


def _note_as_aside(m: Mention) -> Mention:
    """A describing parenthesis (``Aland (full ban)``) read as the item's note, which several items share,
    is weighed as the other asides are: it is their group or an attribute of each."""
    if m.note in m.aliases:
        return replace(m, note="")
    return replace(m, aliases=(*m.aliases, m.note), note="")


def _numbered(m: Mention, article: str, position: int) -> Mention:
    """``m`` as item ``position`` of ``article`` (itself when it already is: layouts number their items)."""
    if m.article == article and m.kind is Kind.LIST and m.position == position:
        return m
    return replace(m, article=article, kind=Kind.LIST, position=position)


def _grouped(mentions: list[Mention]) -> list[Mention]:
    """A list of categories only (no group above them): its categories are its groups."""
    return [replace(m, group=group_label(m.category)) if not m.group and m.category else m for m in mentions]


def _dated(mentions: list[Mention]) -> list[Mention]:
    """A list without groups whose every item prints one date beside it (``甲國（2025年8月20日）``), the
    items of each date in a row and two dates or more: each date is a group (the round its items are in)."""
    dates = [[a.text for a in m.attributes if DATE_RE.fullmatch(a.text)] for m in mentions]
    if len(mentions) < MIN_DATED or any(m.group for m in mentions) or any(len(d) != 1 for d in dates):
        return mentions
    runs = [d[0] for k, d in enumerate(dates) if k == 0 or d != dates[k - 1]]
    if len(set(runs)) != len(runs) or not 2 <= len(runs) < len(mentions):
        return mentions
    return [replace(m, group=d[0]) for m, d in zip(mentions, dates, strict=True)]


MIN_DATED = 3  # items of a list whose dates may be its groups


def _grouped_headings(mentions: list[Mention], headings: Sequence[Heading]) -> tuple[Heading, ...]:
    """The headings of categories promoted to groups (``_grouped``) head those groups."""
    if any(m.group for m in mentions if not m.category):
        return tuple(headings)
    if any(m.category and m.group != group_label(m.category) for m in mentions):
        return tuple(headings)
    return tuple(
        replace(h, group=group_label(h.category), category=None) if h.category and not h.group else h
        for h in headings
    )


def _headline_counts(
    doc: Document, headings: tuple[Heading, ...], mentions: Sequence[Mention]
) -> tuple[Heading, ...]:
    """Over a list of one group or none, the headline's count (``美制裁四名ICC官員``, ``US sanctions four
    ICC officials``) is a count of the whole list, not a group heading. (Over several groups it may be one
    group's: ``12國全禁`` above a full and a partial ban.)"""
    title = doc.title.strip()
    labels = {m.group for m in mentions if m.group}
    if not title or len(labels) > 1 or (at := doc.text.find(title)) < 0:
        return headings
    line_start = doc.text.rfind("\n", 0, at) + 1
    line_end = doc.text.find("\n", at)
    line_end = len(doc.text) if line_end < 0 else line_end
    return tuple(
        replace(h, group="", category=None)
        if line_start <= h.start < line_end and h.stated is not None and h.group not in labels
        else h
        for h in headings
    )


def _family(name: str) -> str:
    """Layouts that read the same kind of block (an HTML element, a sentence, lines of text): once one
    of them has read the article's list, the others of its kind would read the same blocks again."""
    if name.startswith("html"):
        return "html"
    return "inline" if name == "inline" else "lines"


def _names(mentions: Sequence[Mention]) -> set[str]:
    return {n for m in mentions for n in (m.name_zh, m.name_en) if n}


MAX_LABEL_CHARS = 20  # a heading that is a group's label alone ("Companies:", "受制裁企業：")


def _labelled(found: list[Mention], headings: Sequence[Heading]) -> bool:
    """Every item of ``found`` is filed under one group whose heading is its label alone and short."""
    labels = {m.group for m in found}
    if len(labels) != 1 or not (label := labels.pop()) or len(label) > MAX_LABEL_CHARS:
        return False
    return any(h.group == label and h.label.strip().rstrip(":：") == label for h in headings)


def _another_list(
    found: list[Mention], headings: Sequence[Heading], lists: Sequence[tuple[str, list[Mention], object]]
) -> bool:
    """A second list in the same article, read by another layout: it states its own count and lists that
    many items (or stands under a heading that is its label alone, ``Companies:``), shares no text with the
    lists already read and is not a summary of them."""
    if not any(h.stated == len(found) for h in headings) and not _labelled(found, headings):
        return False
    taken = [(m.start, m.end) for _, ms, _ in lists for m in ms]
    if any(a < m.end and m.start < b for m in found for a, b in taken):
        return False
    return not _names(found) <= _names([m for _, ms, _ in lists for m in ms])


def _beside_taken(
    family: str,
    found: list[Mention],
    headings: tuple[Heading, ...],
    lists: Sequence[tuple[str, list[Mention], object]],
) -> tuple[list[Mention], tuple[Heading, ...]]:
    """What the lines layouts read beside the lists already read: a group of lines any of which lies over
    an item already read (a table's rows read again as lines) is left out whole with its heading, the
    groups under headings of their own kept. (A sentence's runs are no such groups: the inline layout's
    are left as they are.)"""
    if family != "lines":
        return found, headings
    taken = [(m.start, m.end) for _, ms, _ in lists for m in ms]
    over = {m.group for m in found if any(a < m.end and m.start < b for a, b in taken)}
    if not over or len(over) == len({m.group for m in found}):
        return found, headings
    return [m for m in found if m.group not in over], tuple(h for h in headings if h.group not in over)


def _around(text: str, found: Sequence[Mention]) -> str:
    """The label of a list printed inside one line (``另外，A、B及C 3國受部分限制。``): the line's words
    before its first item and after its last, as a heading's ("" when the list spans lines)."""
    lo, hi = min(m.start for m in found), max(m.end for m in found)
    if "\n" in text[lo:hi]:
        return ""
    start = text.rfind("\n", 0, lo) + 1
    end = text.find("\n", hi)
    return group_label(text[start:lo] + text[hi : end if end >= 0 else len(text)])


def _merged(
    doc: Document, lists: Sequence[tuple[str, list[Mention], tuple[Heading, ...]]]
) -> tuple[list[Mention], tuple[Heading, ...]]:
    """The lists read from one article as one list in text order; when there are several, each is a group
    (its own group labels kept, else the label of its counted heading or of the line above it)."""
    if len(lists) == 1:
        return lists[0][1], lists[0][2]
    mentions: list[Mention] = []
    headings: list[Heading] = []
    for _, found, heads in lists:
        counted = next((h for h in heads if h.stated == len(found)), None)
        label = group_label(counted.label) if counted is not None else ""
        if not label:
            line = caption(doc, min(m.start for m in found), 0)
            if line and all(HEADER_WORDS_RE.match(word) for word in line[0].split()):
                line = caption(doc, line[1], 0, lead_in=True)  # a table's header row: the line above it
            read = [m for _, ms, _ in lists if ms is not found for m in ms]
            if line and any(m.start < line[2] and line[1] < m.end for m in read):
                line = None  # the line above is an item of another list read, no label of this one
            label = group_label(line[0]) if line else _around(doc.text, found)
        mentions.extend(m if m.group else replace(m, group=label) for m in found)
        headings.extend(h if h.group or h.stated != len(found) else replace(h, group=label) for h in heads)
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    return [replace(m, position=i) for i, m in enumerate(ordered, start=1)], tuple(headings)


_DATE_LIKE_RE = re.compile(
    r"\d{4}\s*[年/\-.]|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",
    re.IGNORECASE,
)
_BYLINE_RE = re.compile(r"^By\s+[^,]{2,60},\s*(?P<outlet>[^,]{2,40})$")
# a mainland or Taiwan page's ``来源：甲報網`` beside its date (``資料來源：`` cites data, not the outlet)
_SOURCE_LABEL_RE = re.compile(
    r"(?:^|[\s\u3000|])(?:来源|來源|稿源)\s*[:：]\s*(?P<outlet>[^\s\u3000|：:，,]{2,30})"
)
# a wire story's dateline naming its agency: "ALANDVILLE (Aland Wire) -",
# "ALANDVILLE, June 5 (Aland Wire) --", "（甲通社記者張三甲城5日電）", "甲通社甲城6月4日電"
_WIRE_DATELINE_RES = (
    re.compile(
        r"^[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
        r"\s*\((?P<outlet>[A-Z][\w&.' ]{1,30})\)\s*[-—–]"
    ),
    re.compile(rf"^[（(](?P<outlet>[{CJK}]{{2,6}}?)(?:記者|记者)[^）)]{{0,30}}(?:電|电)[）)]"),
    re.compile(rf"^(?P<outlet>[{CJK}]{{1,4}}社)[{CJK}]{{0,8}}\d{{1,2}}月\d{{1,2}}日(?:電|电)"),
    # the agency's credit beside the date: "2031年5月2日 ｜ 甲通社記者張三／甲城2日專電"
    re.compile(
        rf"(?:^|[｜|\u3000]\s*)(?!本)(?P<outlet>[{CJK}]{{2,6}}?)(?:記者|记者)[^）)｜|，。]{{0,30}}(?:專電|专电|電|电)\s*$"
    ),
    # a Japanese wire story's place and agency: "【カルパティア甲通】"
    re.compile(r"^【[\u30a1-\u30ff・ー]{2,12}(?P<outlet>[\u4e00-\u9fff]{2,3})】"),
)
# a name, a comma and a date that ends the line: "Aland Daily, June 5, 2025", "Aland Daily, 5 June 2025"
_NAME_COMMA_DATE_RE = re.compile(
    r"^(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}),\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?)\s+\d{4}\s*$"
)
# what sets an outlet apart from a date on its line: wide blanks, a bar, or one blank between a Chinese name
# and a Chinese date ("甲報 2031年5月2日")
_SEGMENT_RE = re.compile(r"\u3000+|\s{2,}|\s\|\s|(?<=[\u3400-\u9fff])[ \u00a0](?=\d{4}\s*年)")
OUTLET_LINES = 6


def outlet_from_text(doc: Document) -> str:
    """A text article's outlet when no adapter knows it: a short name standing on a line of its own (or
    before a date on its line) near the top, next to the date, the outlet of a byline ``By X, Outlet``; else
    the one a source label names (``来源：甲報``)."""
    first, *rest = doc.text.split("\n")[: 1 + 3 * OUTLET_LINES]
    if is_dateline(first.strip()) or first.strip() != doc.title:  # the article opens with no headline
        rest.insert(0, first)
    lines = [ln.strip() for ln in rest if ln.strip()][:OUTLET_LINES]
    for k, line in enumerate(lines):
        if (m := _NAME_COMMA_DATE_RE.match(line)) and not m["name"].isupper() and plain_outlet(m["name"]):
            return m["name"]  # "Aland Daily, June 5, 2025" ("WASHINGTON, June 5, 2025" names a place)
        if m := _BYLINE_RE.match(line):
            return m.group("outlet").strip()
        segments = [x.strip() for x in _SEGMENT_RE.split(line) if x.strip()]
        head = segments[0] if segments else ""
        if len(segments) >= 2 and _DATE_LIKE_RE.match(
            head
        ):  # "2031年5月2日　甲報": the outlet after the date
            after = next((x for x in segments[1:] if not re.search(r"\d", x)), "")
            if plain_outlet(after) and after != doc.title:
                return after
        dated = _DATE_LIKE_RE.search(line[len(head) :]) or (
            k + 1 < len(lines) and _DATE_LIKE_RE.search(lines[k + 1])
        )
        if dated and plain_outlet(head) and head != doc.title:
            return head
    labelled = (m.group("outlet") for line in lines if (m := _SOURCE_LABEL_RE.search(line)))
    wired = (m.group("outlet") for line in lines for r in _WIRE_DATELINE_RES if (m := r.search(line)))
    return next(labelled, "") or next(wired, "")


def _detect(doc: Document, name: str, problems: list[Problem]) -> float | None:
    """How sure layout ``name`` is of ``doc`` (at most 1), None below ``MIN_CONFIDENCE`` or when it fails."""
    try:
        score = float(LAYOUTS[name].detect(doc))
    except Exception as exc:  # noqa: BLE001
        problems.append(
            _problem(doc, "layout-error", f"layout {name} failed to detect: {exc!r}", Severity.ERROR)
        )
        return None
    return min(score, 1.0) if score >= MIN_CONFIDENCE else None


def _by_confidence(doc: Document, problems: list[Problem], *, closed: Callable[[str], bool]) -> Iterator[str]:
    """The layouts sure enough of ``doc``, the most confident first (ties by name).

    A layout with a ``ceiling`` (the highest score its ``detect`` gives) is asked only once it could come
    next, and not at all when its family is ``closed`` by then: ``parse_document`` would pass it over
    wherever it stood. (Its detection failing is then not reported either.)"""
    pending: list[tuple[float, str]] = []
    deferred: list[tuple[float, str]] = []
    for name, layout in LAYOUTS.items():
        if (ceiling := getattr(layout, "ceiling", None)) is not None:
            deferred.append((-float(ceiling), name))
        elif (score := _detect(doc, name, problems)) is not None:
            pending.append((-score, name))
    pending.sort()
    deferred.sort()
    while pending or deferred:
        if deferred and (not pending or deferred[0] < pending[0]):
            _, name = deferred.pop(0)
            if not closed(_family(name)) and (score := _detect(doc, name, problems)) is not None:
                bisect.insort(pending, (-score, name))
            continue
        yield pending.pop(0)[1]


def parse_document(doc: Document) -> ParseResult:
    """The article of ``doc`` with its list, extracted by the best-fitting layout."""
    problems: list[Problem] = [
        _problem(doc, "layout-import", f"layout module {mod} could not be loaded: {err}", Severity.WARNING)
        for mod, err in sorted(LOAD_ERRORS.items())
    ]
    lists: list[tuple[str, list[Mention], tuple[Heading, ...]]] = []
    selection = False
    tried: set[str] = set()
    for name in _by_confidence(doc, problems, closed=lambda family: bool(lists) and family in tried):
        family = _family(name)
        if lists and family in tried:
            continue  # a layout of a family already read finds its own further lists itself
        try:
            ext = LAYOUTS[name].extract(doc)
        except Exception as exc:  # noqa: BLE001
            problems.append(
                _problem(doc, "layout-error", f"layout {name} failed to extract: {exc!r}", Severity.ERROR)
            )
            continue
        found, checked_problems = _checked(doc, ext, name)
        if _family(name) != "inline":  # the inline layout reads a person before the others itself
            found = with_named_first(doc, found, name)
        if found:
            tried.add(family)
        found, ext_headings = _beside_taken(family, found, ext.headings, lists)
        if not found or (lists and not _another_list(found, ext_headings, lists)):
            continue
        found = without_family(
            doc.text, with_affiliations(doc.text, posts_with_bodies(latin_names_noted(bracketed_tags(found))))
        )
        found = parties_and_places(doc.text, posts_down_the_list(doc.text, names_dot_posts(doc.text, found)))
        grouped = _dated(_grouped(_shared_asides(doc, latin_names_noted(_people_asides(doc, found)))))
        lists.append((name, grouped, _grouped_headings(grouped, ext_headings)))
        selection = selection or ext.selection
        problems.extend(checked_problems)
        problems.extend(ext.problems)
    chosen = "+".join(name for name, _, _ in lists)
    mentions, headings = _merged(doc, lists)
    selection = selection or any(lead_says_selection(doc.text, found[0].start) for _, found, _ in lists)
    headings = places_unbound(_headline_counts(doc, headings, mentions), mentions)
    mentions, beyond = beyond_the_count(doc.id, mentions, headings)
    problems.extend(beyond)
    if not chosen:
        problems.append(_problem(doc, "no-list", "no list found (no layout recognised one)", Severity.INFO))
    article = Article(
        id=doc.id,
        outlet=doc.outlet
        if doc.outlet != GENERIC.name or doc.format == "html"
        else outlet_from_text(doc) or doc.outlet,
        url=doc.url,
        date=doc.date,
        title=doc.title,
        text=doc.text,
        path=doc.path,
        encoding=doc.encoding,
        format=doc.format,
        layout=chosen,
        body_end=doc.body_end,
        selection=selection,
    )
    return ParseResult(article=article, mentions=tuple(mentions), headings=headings, problems=tuple(problems))


def parse_path(
    path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES, known: frozenset[str] = frozenset()
) -> ParseResult:
    """Read and parse one file; a file that cannot be read gives ``article=None`` and its problems.
    ``known``: the names (``name_fold``) the run's other articles list (``Document.known``)."""
    doc, read_problems = read_document(path, max_bytes=max_bytes)
    if doc is None:
        return ParseResult(article=None, problems=read_problems)
    if known:
        doc = replace(doc, known=known)
    res = parse_document(doc)
    return replace(res, problems=(*read_problems, *res.problems))
