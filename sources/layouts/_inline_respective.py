"""Names and their values given in the same order (``甲國、乙國和丙國的稅率分別為20%、19%和18%``,
``甲国、乙国、丙国の税率はそれぞれ19％、20％、25％``): the k-th value is the k-th name's. Used by the inline
layout through ``_inline_grouping``.

The names are read as a piece of names before the value they share would be (``valued_piece_names``),
the word of order (``分別為``, ``依次為``, ``それぞれ``) where a shared value's topic word stands; the
values follow it, one after another, parted only by ``、``/``，``/``和``/``と``. As many values as names,
or the sentence is left to the other readers: a value given to the wrong name would accuse its outlet.
"""

from __future__ import annotations

import re

from pipeline.lang.scripts import WHITESPACE, fold_pattern
from pipeline.lang.values import find_values
from sources.layouts._inline_pieces import Enumeration, is_east_asian
from sources.layouts._inline_values import valued_piece_names

MIN_IN_ORDER = 2  # the word of order makes two names and two values a list

_IN_ORDER_RE = re.compile(fold_pattern(r"分別為|分別是|依次為|依次是|分別") + r"|それぞれ")
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
    pos = order.end()
    for v in find_values(text[order.end() : b]):
        start, end = order.end() + v.start, order.end() + v.end
        gap = text[pos:start]
        if values and _BETWEEN_RE.fullmatch(gap) is None:
            break
        if not values and gap.strip(WHITESPACE):
            return []  # the values do not follow the word of order
        values.append((start, end))
        pos = end
    if len(values) < MIN_IN_ORDER:
        return []
    names_start = _after_other_figures(text, a, order.start())
    if names_start is None:
        return []
    names = valued_piece_names(text, names_start, values[0][1])
    if len(names) != len(values):
        return []
    return [Enumeration(names, a, values[-1][1], None, "", (0, 0), False, shared=tuple(values))]


def _after_other_figures(text: str, a: int, b: int) -> int | None:
    """Where the names start in ``text[a:b]``, before the word of order: after the pause that ends the
    last clause with a figure of its own (``5月通膨上升3%，而甲國、乙國…``: the figure is something else's,
    no name's value); ``a`` when there is none; None when no pause parts that figure from the names."""
    found = find_values(text[a:b])
    if not found:
        return a
    pause = _PAUSE_RE.search(text, a + found[-1].end, b)
    return pause.end() if pause is not None else None
