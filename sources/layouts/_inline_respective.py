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
from sources.layouts._inline_pieces import MIN_ITEMS, Enumeration, is_east_asian
from sources.layouts._inline_values import valued_piece_names

_IN_ORDER_RE = re.compile(fold_pattern(r"分別為|分別是|依次為|依次是|分別") + r"|それぞれ")
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
    if len(values) < MIN_ITEMS:
        return []
    names = valued_piece_names(text, a, values[0][1])
    if len(names) != len(values):
        return []
    return [Enumeration(names, a, values[-1][1], None, "", (0, 0), False, shared=tuple(values))]
