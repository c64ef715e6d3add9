"""Names and their values given in the same order (``甲國、乙國和丙國的稅率分別為20%、19%和18%``,
``甲国、乙国、丙国の税率はそれぞれ19％、20％、25％``): the k-th value is the k-th name's. Used by the inline
layout through ``_inline_grouping``.

The names are read as a piece of names before the value they share would be
(``valued_piece_names``), the word of order (``分別為``, ``依次為``, ``それぞれ``) where a shared value's
topic word stands; the values follow it (after a short verb: ``分別被課徵20%、19%…``), one after
another, parted only by ``、``/``，``/``和``/``と``. As many values as names, or the sentence is
left to the other readers: a value given to the wrong name would accuse its outlet."""

from __future__ import annotations

import re

from pipeline.lang.clause_cues import CLAUSE_TIME_WORD_RE
from pipeline.lang.scripts import WHITESPACE, fold_pattern
from pipeline.lang.values import find_values
from sources.layouts._inline_piece_shapes import is_east_asian
from sources.layouts._inline_pieces import Enumeration
from sources.layouts._inline_valued_pieces import names_before_order, valued_piece_names

MIN_IN_ORDER = 2  # the word of order makes two names and two values a list

_IN_ORDER_RE = re.compile(fold_pattern(r"分別為|分別是|依次為|依次是|分別") + r"|それぞれ")
# a verb of growth between the word of order and the values ("分別增長3%和2%"): the values are still the
# names' figures in turn, unsigned (a verb of decline would make them falls, left to other readers)
_GROWTH_VERB_RE = re.compile(fold_pattern(r"\s*(?:增長|成長|增加|上升|上漲|提高|擴大)了?\s*"))
# a short verb between the word of order and the values, what the names are charged or given ("分別被課徵
# 20%、19%和15%的關稅", "分別課徵"): no verb of decline ("分別下降3%和2%" are falls, left to other readers)
MAX_VERB_CHARS = 4
_SHORT_VERB_RE = re.compile(rf"\s*[\u4e00-\u9fff]{{1,{MAX_VERB_CHARS}}}\s*(?=[0-9０-９])")
_DECLINE_RE = re.compile(fold_pattern(r"下降|減少|下跌|降低|下滑|縮小|減|降|跌|少|低"))


def _charged(text: str, a: int, b: int) -> re.Match[str] | None:
    verb = _SHORT_VERB_RE.match(text, a, b)
    return None if verb is None or _DECLINE_RE.search(verb.group(0)) else verb


# the pause that ends a clause about another figure, before the names ("…上升3%，而甲國", "…3％上昇し、甲国")
_PAUSE_RE = re.compile(r"[，,、；;]")
_BETWEEN_RE = re.compile(fold_pattern(r"\s*(?:、|，|,|和|及|與|以及)\s*") + r"|\s*と\s*")


def respective_values(text: str, a: int, b: int) -> list[Enumeration]:
    """The names of the sentence ``text[a:b]`` each with its value in order (see the module's docstring),
    as one enumeration whose items' values are in ``shared``; else ``[]``."""
    if not is_east_asian(text[a:b]):
        return []
    order = _IN_ORDER_RE.search(text, a, b)
    if order is None:
        return []
    values: list[tuple[int, int]] = []
    growth = _GROWTH_VERB_RE.match(text, order.end(), b)
    charged = None if growth is not None else _charged(text, order.end(), b)
    verb = growth or charged
    base = pos = verb.end() if verb is not None else order.end()
    for v in find_values(text[base:b]):
        start, end = base + v.start, base + v.end
        gap = text[pos:start]
        if values and _BETWEEN_RE.fullmatch(gap) is None:
            break
        if not values and gap.strip(WHITESPACE):
            return []  # the values do not follow the word of order
        values.append((start, end))
        pos = end
    if len(values) < MIN_IN_ORDER or _another_figure(text, values[-1][1], b):
        return []
    names_start = _after_other_figures(text, a, order.start())
    if names_start is None:
        return []
    # the names before the word of order, maybe with the time their figures are of ("甲國和乙國今年分別")
    names = (() if charged else valued_piece_names(text, names_start, values[0][1])) or names_before_order(
        text, names_start, order.start()
    )
    if len(names) != len(values):
        return []
    more_names, more_values = _more_pieces(text, values[-1][1], b)
    names, values = (*names, *more_names), [*values, *more_values]
    return [Enumeration(names, a, values[-1][1], None, "", (0, 0), False, shared=tuple(values))]


def _another_figure(text: str, pos: int, b: int) -> bool:
    """A figure after the values in order, in their clause (``甲國、乙國分別從36%及49%調整至19%``): the
    values read would be half of what the clause gives each name."""
    pause = _PAUSE_RE.search(text, pos, b)
    return bool(find_values(text[pos : pause.start() if pause is not None else b]))


# the verb of growth ending a clause's names before its one value ("丙國增長1%")
_GROWTH_BEFORE_RE = re.compile(_GROWTH_VERB_RE.pattern + "$")


def _more_pieces(
    text: str, pos: int, b: int
) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """The clauses that go on after the values in order, each one name and its one value (``…分別增長3%和2%，
    丙國增長1%``, ``…，丙國為1%``): their names and values, up to the first clause that is not such."""
    names: list[tuple[int, int]] = []
    values: list[tuple[int, int]] = []
    while (pause := _PAUSE_RE.match(text, pos, b)) is not None:
        end = next((m.start() for m in _PAUSE_RE.finditer(text, pause.end(), b)), b)
        found = find_values(text[pause.end() : end])
        if len(found) != 1:
            break
        value = (pause.end() + found[0].start, pause.end() + found[0].end)
        verb = _GROWTH_BEFORE_RE.search(text, pause.end(), value[0])
        if verb is not None and CLAUSE_TIME_WORD_RE.search(text, pause.end(), verb.start()):
            break  # "…，較去年上升1%": a change over a time, no name's figure
        one = valued_piece_names(text, pause.end(), value[1]) or (
            names_before_order(text, pause.end(), verb.start()) if verb is not None else ()
        )
        if len(one) != 1 or text[value[1] : end].strip(WHITESPACE):
            break
        names.append(one[0])
        values.append(value)
        pos = end
    return tuple(names), tuple(values)


def _after_other_figures(text: str, a: int, b: int) -> int | None:
    """Where the names start in ``text[a:b]``, before the word of order: after the pause that ends the
    last clause with a figure of its own (``5月通膨上升3%，而甲國、乙國…``: the figure is something else's,
    no name's value); ``a`` when there is none; None when no pause parts that figure from the names."""
    found = find_values(text[a:b])
    if not found:
        return a
    pause = _PAUSE_RE.search(text, a + found[-1].end, b)
    return pause.end() if pause is not None else None
