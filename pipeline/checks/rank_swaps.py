"""Two items whose places one outlet swaps (``rank_swaps``), in a ranking whose places few outlets print
as a column (``排名``, ``Rank``) or none does.

A fact-checker reads a place wherever the outlet prints one: a column of places, a numbered line
(``4. 乙國``) or a table's numbered row (``4 乙國 61.2``), a place a line or a piece (``第4名：乙國，7.35分``,
``第四名乙國（61.2分）``, filed under its place). A list in plain lines, in an unnumbered block or told in
prose states no place, and is neither counted nor accused. The story is read as a ranking only where one
outlet prints a column of places or files its items under their places.

For every entity, the places the outlets state are counted; an outlet that prints two entities each at
the place the others give the other one (``甲國`` 5 and ``乙國`` 4, where at least ``MIN_CORROBORATION``
others print 4 and 5 and none sides with it) is one ``value_conflict`` error naming it, quoting both of
its items; the conflicts the value checks found on those two items' places (uncorroborated warnings
naming both table outlets, or the two values the column swaps) are that one finding, and are dropped."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from pipeline.checks.registry import VALUE_CONFLICT
from pipeline.checks.value_prints import _values
from pipeline.checks.view import MIN_CORROBORATION, _about, _outlets, _View
from pipeline.lang.numbers import parse_count
from pipeline.lang.rank_cues import EN_PLACE, JA_PLACE, RANK_COLUMN_RE, ZH_PLACE
from pipeline.models import Discrepancy, Mention, Severity

# a line's number before its name ("4. 乙國", "4、乙國", "(4) 乙國", "４．乙國", "④乙國"), or a table row's
# ("4 乙國 61.2": the number in a cell of its own)
_NUMBERED_RE = re.compile(
    r"[ \t\u3000]*(?:[(（]?(?P<n>[0-9０-９]{1,3})(?:\s*(?:[.．、]|[)）])[ \t\u3000]*|[ \t\u3000]+)"
    r"|(?P<circled>[①-⑳㉑-㉟])[ \t\u3000]*)"
)
_PLACE_LABEL_RE = re.compile(rf"\s*(?:{ZH_PLACE}|{JA_PLACE}|{EN_PLACE})\s*", re.IGNORECASE)
_NUMBER_RE = re.compile(r"[0-9０-９]+|[一二三四五六七八九十百]+")

_Stated = tuple[int, Mention, int, int]  # a place, the item, where the place is printed (start, end)


def rank_swaps(view: _View, found: Sequence[Discrepancy]) -> list[Discrepancy]:
    """``found`` (the value checks' findings) with each pair of places one outlet swaps made one finding
    (see the module's docstring)."""
    columns = [c for c, label in view.columns.labels.items() if RANK_COLUMN_RE.match(label)]
    if len(columns) > 1 or not (columns or _places_filed(view) or _places_headed(view)):
        return list(found)  # no list of the story states a place as a place: no ranking
    column = columns[0] if columns else None
    stated = {ent: _stated(view, ent, column) for ent in sorted(view.ctx.entity_lists)}
    usual = {ent: place for ent, places in stated.items() if (place := _usual(places)) is not None}
    at = {place: ent for ent, place in usual.items()}
    swaps: list[Discrepancy] = []
    pairs: list[tuple[str, str, str]] = []  # (article, entity, entity) of each swap, as ``swaps``
    covered: set[tuple[str, str]] = set()
    for ent, place in sorted(usual.items()):
        for art, (own, m, s, e) in sorted(stated[ent].items()):
            other = at.get(own)
            if own == place or other is None or other <= ent or art not in stated[other]:
                continue
            theirs = stated[other][art]
            if (
                theirs[0] != place
                or not _alone(stated[ent], art, own)
                or not _alone(stated[other], art, place)
            ):
                continue
            swaps.append(_finding(view, art, (ent, own, m, s, e), (other, *theirs), stated, column))
            pairs.append((art, ent, other))
            covered |= {(art, ent), (art, other)}
    label = view.columns.labels[column] if column is not None else None
    swapped = {ent for _, ent in covered}
    kept = [
        d
        for d in found
        if not (d.kind == VALUE_CONFLICT and d.entity in swapped and _about_places(d.subject, label))
    ]
    return _values_swapped_too(view, kept, swaps, pairs)


def _values_swapped_too(
    view: _View, found: list[Discrepancy], swaps: list[Discrepancy], pairs: list[tuple[str, str, str]]
) -> list[Discrepancy]:
    """``found`` and ``swaps``, a swap of two items' values in another column by the outlet that swaps
    their places (``checks.value_cascade``: ``甲國: 分數 / 乙國``) made part of the swap of places: the two
    names exchanged, their places and values left where they were, are one misprint."""
    merged = list(swaps)
    kept: list[Discrepancy] = []
    for d in found:
        k = next((k for k, pair in enumerate(pairs) if _names_pair(view, d, *pair)), None)
        if k is None:
            kept.append(d)
            continue
        column = d.subject.partition(": ")[2].rpartition(" / ")[0]
        merged[k] = replace(
            merged[k], message=f"{merged[k].message} Their values under '{column}' are swapped too."
        )
    return [*kept, *merged]


def _names_pair(view: _View, d: Discrepancy, art: str, ent: str, other: str) -> bool:
    """``d`` is the finding of ``art``'s two values swapped between ``ent`` and ``other``."""
    if d.kind != VALUE_CONFLICT or d.sources != (art,) or d.entity not in (ent, other):
        return False
    second = other if d.entity == ent else ent
    return d.subject.endswith(f" / {view.ctx.name(second)}")


def _about_places(subject: str, label: str | None) -> bool:
    """A value finding about the places of one item (``甲國: Rank``) or of two swapped in one column
    (``甲國: Rank / 乙國``, ``checks.value_cascade``)."""
    return subject.endswith(f": {label}") or f": {label} / " in subject


def _places_filed(view: _View) -> bool:
    """Some list files its items under their places (``第4名：乙國``, ``第四名乙國（61.2分）``)."""
    return any(m.group and _PLACE_LABEL_RE.fullmatch(m.group) for ms in view.ctx.listed.values() for m in ms)


def _places_headed(view: _View) -> bool:
    """Some list is a table whose rows open with their places under a header of places (``排名 國家 …``
    over ``1 甲國 …``): the column of places read as the rows' order, the places printed all the same."""
    for art, listed in view.ctx.listed.items():
        article = view.ctx.articles.get(art)
        if article is None or not listed:
            continue
        text = article.text
        line = text.rfind("\n", 0, listed[0].start)
        header = text[text.rfind("\n", 0, max(line, 0)) + 1 : max(line, 0)].split()
        if (
            line > 0
            and header
            and RANK_COLUMN_RE.match(header[0])
            and _NUMBERED_RE.fullmatch(text, line + 1, listed[0].start)
        ):
            return True
    return False


def _stated(view: _View, ent: str, column: str | None) -> dict[str, _Stated]:
    """Article -> the place it states for ``ent``: its value under the column of places, else the number
    of its line, else the place it is filed under."""
    out: dict[str, _Stated] = {}
    for art in view.listing(ent):
        held = _values(view, art, ent).get(column) if column is not None else None
        if held is not None:
            _, m, k = held
            v = m.values[k]
            if v.number is not None and float(v.number).is_integer():
                out[art] = (int(v.number), m, v.start, v.end)
            continue
        place = _printed_place(view, view.mention(art, ent))
        if place is not None:
            out[art] = place
    return out


def _printed_place(view: _View, m: Mention) -> _Stated | None:
    text = view.ctx.articles[m.article].text
    line = text.rfind("\n", 0, m.start) + 1
    numbered = _NUMBERED_RE.fullmatch(text, line, m.start)
    if numbered is None and line == m.start:  # "4. 乙國　885億": a line read whole, its number in its span
        numbered = _NUMBERED_RE.match(text, m.start, m.end)
    if numbered is not None:
        group = "n" if numbered["n"] else "circled"
        n = parse_count(numbered["n"]) if numbered["n"] else int(unicodedata.numeric(numbered["circled"]))
        return (n, m, numbered.start(group), numbered.end(group)) if n else None
    if m.group and _PLACE_LABEL_RE.fullmatch(m.group) and (number := _NUMBER_RE.search(m.group)):
        n = parse_count(number.group())
        where = text.rfind(m.group, line, m.start)
        return (n, m, where, where + len(m.group)) if n and where >= 0 else None
    return None


def _usual(places: dict[str, _Stated]) -> int | None:
    """The place most outlets state, when at least ``MIN_CORROBORATION`` of them do and more than any
    other place."""
    counted = Counter(p for p, *_ in places.values()).most_common()
    if (
        not counted
        or counted[0][1] < MIN_CORROBORATION
        or (len(counted) > 1 and counted[1][1] == counted[0][1])
    ):
        return None
    return counted[0][0]


def _alone(places: dict[str, _Stated], art: str, place: int) -> bool:
    """``art`` is the one outlet that states ``place``."""
    return [a for a, (p, *_) in places.items() if p == place] == [art]


def _finding(  # noqa: PLR0913
    view: _View,
    art: str,
    mine: tuple[str, int, Mention, int, int],
    theirs: tuple[str, int, Mention, int, int],
    stated: dict[str, dict[str, _Stated]],
    column: str | None,
) -> Discrepancy:
    """The error naming ``art`` for two items at each other's places, quoting both and one outlet that
    places the first where ``art`` places the second."""
    (e1, p1, m1, s1, t1), (_, p2, m2, s2, t2) = mine, theirs
    others = sorted(a for a in stated[e1] if a != art and stated[e1][a][0] == p2)
    label = view.columns.labels[column] if column is not None else "place"
    message = (
        f"{art} places {m1.label} {p1} and {m2.label} {p2}, each the other's place ({_outlets(others)} "
        f"place {m1.label} {p2} and {m2.label} {p1}): the two places are swapped."
    )
    ctx = view.ctx
    quotes = [
        ctx.evidence(art, min(s1, m1.start), max(t1, m1.end), sentence=False),
        ctx.evidence(art, min(s2, m2.start), max(t2, m2.end), sentence=False),
    ]
    if others:
        _, m, s, e = stated[e1][others[0]]
        quotes.append(ctx.evidence(others[0], min(s, m.start), max(e, m.end), sentence=False))
    return _about(view, VALUE_CONFLICT, Severity.ERROR, art, e1, message, quotes, about=label)
