"""A Chinese or Japanese enumeration whose currency is said once, after the last amount (``甲國9970億、
乙國3140億及丁國885億美元``): each name before the last keeps its bare figure as its own amount, in that
currency (``lang.carried_units``), the figure cut from its name. Used by ``_inline_whole``."""

from __future__ import annotations

from dataclasses import replace

from pipeline.lang.carried_units import carried_amount
from pipeline.lang.values import find_values
from sources.layouts._inline_piece_shapes import MIN_ITEMS, trim
from sources.layouts._inline_pieces import Enumeration

_OWN = (0, 0)  # no figure carried: the item reads its own value


def carried_figures(text: str, e: Enumeration) -> Enumeration:
    """``e`` with the bare figures its names end in as the amounts they carry (``shared``, one span per
    item), when every name but the last ends in one and the last prints the amount that names the
    currency; else ``e``."""
    if e.shared or len(e.spans) < MIN_ITEMS or not find_values(text[slice(*e.spans[-1])]):
        return e
    spans: list[tuple[int, int]] = []
    figures: list[tuple[int, int]] = []
    for s, t in e.spans[:-1]:
        found = carried_amount(text, s, t)
        if not found:
            return e
        spans.append(trim(text, s, s + found[0].start))
        figures.append((s + found[0].start, s + found[0].end))
    return replace(e, spans=(*spans, e.spans[-1]), shared=(*figures, _OWN))
