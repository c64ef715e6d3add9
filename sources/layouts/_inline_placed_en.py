"""An English ranking told in clauses of places (``Borduria won the public vote but took little from the
juries, finishing second on 357, one point ahead of Carpathia (356). Dalmatia, the favourite, was fourth
with 321, ahead of Elbonia (256), Florin (231) and Genovia (214).``), its first told before them
(``Aland won the contest, taking 436 points …``). Used by the inline layout through ``_inline_grouping``.

The paragraph is read whole or not at all:

1. from its first sentence that places a name, every sentence is one clause of places up to one that
   tells no place and no figure in brackets, and none after it does; a clause of places is
   its subject (a name opening it, an aside in commas after it), lower-case words only, the place and its
   figure (``finishing second on 357``, ``was fourth with 321``: ``rank_cues.EN_PLACE_FIGURE_RE``), then
   the end, or ``ahead of`` a run of names each with its figure in brackets, at the places after it;
2. each sentence's place is the one after the last name before it: the places run on, none left out;
3. a ranking whose first clause places its name second has its first before it, in the same paragraph or
   the one above (``LOOK_BACK`` line breaks back, a run of blank lines counted once): the last sentence
   that opens with a name and the verb of a winner (``Aland won …``: ``rank_cues.EN_WINNER_RE``), no place
   of its own, and its figure (``taking 436 points``); a ranking that starts lower is a part of one, and
   left;
4. the figures never rise down the ranking (ties allowed), and it holds at least ``MIN_ITEMS`` names.
"""

from __future__ import annotations

import re

from pipeline.lang.dates import EN_DATELINE_OPENING_RE
from pipeline.lang.rank_cues import (
    EN_AHEAD_OF_RE,
    EN_PLACE_FIGURE_RE,
    EN_WINNER_FIGURE_RE,
    EN_WINNER_RE,
    en_ordinal,
)
from sources.layouts._inline_followed_en import _SENTENCE_RE, _name, _run
from sources.layouts._inline_piece_shapes import EN_NAME_RUN_RE, MIN_ITEMS
from sources.layouts._inline_pieces import Enumeration

LOOK_BACK = 2  # line breaks back from the clauses' paragraph: its own start, then the paragraph above
_CAPITAL_RE = re.compile(r"\b[A-Z]")
_END_RE = re.compile(r"\s*\.?\s*$")
_FIGURED_RE = re.compile(EN_PLACE_FIGURE_RE.pattern + r"|\(\s*[0-9]", re.IGNORECASE)

_Item = tuple[tuple[int, int], tuple[int, int]]  # the name's span, its figure's


def _sentences(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out = []
    for m in _SENTENCE_RE.finditer(text, a, b):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        if s < e:
            out.append((s, e))
    return out


def _subject(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The name opening the sentence ``text[s:e]`` (after a dateline, ``ALAND CITY, May 17 - ``)."""
    if (dateline := EN_DATELINE_OPENING_RE.match(text, s, e)) is not None:
        s = dateline.end()
    m = EN_NAME_RUN_RE.match(text, s, e)
    return m.span() if m is not None and _name(text, *m.span()) else None


def _placed(text: str, s: int, e: int) -> tuple[int, list[_Item]] | None:
    """A sentence of places (step 1 of the module's docstring): its place and its names with their
    figures, else None."""
    subject = _subject(text, s, e)
    place = EN_PLACE_FIGURE_RE.search(text, s, e)
    if subject is None or place is None or _CAPITAL_RE.search(text, subject[1], place.start()):
        return None
    number = en_ordinal(place["place"])
    if number is None:
        return None
    items: list[_Item] = [(subject, place.span("fig"))]
    if _END_RE.fullmatch(text, place.end(), e):
        return number, items
    ahead = EN_AHEAD_OF_RE.match(text, place.end(), e)
    stop = e - 1 if text[e - 1] == "." else e
    run = _run(text, ahead.end(), stop) if ahead is not None else None
    return (number, items + run) if run else None


def _figure(text: str, span: tuple[int, int]) -> float:
    return float(text[span[0] : span[1]].replace(",", ""))


def _winner(text: str, a: int, b: int) -> tuple[int, _Item] | None:
    """The last sentence of ``text[a:b]`` that tells the first of a ranking (step 3): its start and item."""
    for s, e in reversed(_sentences(text, a, b)):
        subject = _subject(text, s, e)
        verb = EN_WINNER_RE.match(text, subject[1], e) if subject is not None else None
        if subject is None or verb is None or EN_PLACE_FIGURE_RE.search(text, s, e):
            continue
        figure = EN_WINNER_FIGURE_RE.search(text, verb.end(), e)
        if figure is not None:
            return s, (subject, figure.span("fig") if figure["fig"] else figure.span("tally"))
    return None


def _before(text: str, a: int) -> int:
    """Where the text ``LOOK_BACK`` line breaks above offset ``a`` starts (blank lines counted once)."""
    at = a
    for _ in range(LOOK_BACK):
        at = text.rfind("\n", 0, max(at - 1, 0))
        while at > 0 and text[at - 1] == "\n":
            at -= 1
        if at <= 0:
            return 0
    return at + 1


def placed_en(text: str, a: int, b: int) -> list[Enumeration]:
    """The ranking the paragraph ``text[a:b]`` tells in clauses of places (see the module's docstring), as
    one enumeration whose items' figures are in ``shared``; else ``[]``."""
    if EN_PLACE_FIGURE_RE.search(text, a, b) is None:
        return []  # no "was fourth with 321": most paragraphs, left at once
    sentences = _sentences(text, a, b)
    first = next((k for k, (s, e) in enumerate(sentences) if _placed(text, s, e)), None)
    if first is None:
        return []
    items: list[_Item] = []
    start, end = sentences[first][0], sentences[first][1]
    for k, (s, e) in enumerate(sentences[first:]):
        placed = _placed(text, s, e)
        if placed is None:
            if any(_FIGURED_RE.search(text, x, y) for x, y in sentences[first + k :]):
                return []  # a place or a figure told in another shape: a part of the ranking read
            break  # "Aland will host it next year.": the ranking has ended
        number, run = placed
        end = e
        if k == 0 and number == 2 and (won := _winner(text, _before(text, a), s)) is not None:
            start, items = won[0], [won[1]]
        if number != len(items) + 1:
            return []  # a place left out, or a ranking begun lower: a part of one
        items += run
    figures = [_figure(text, fig) for _, fig in items]
    if len(items) < MIN_ITEMS or any(x < y for x, y in zip(figures, figures[1:], strict=False)):
        return []
    return [
        Enumeration(
            tuple(name for name, _ in items),
            start,
            end,
            None,
            "",
            (0, 0),
            False,
            shared=tuple(fig for _, fig in items),
        )
    ]
