"""A table of people beside their countries (``甲国 | ロー首相``, ``乙國 | 總理張三``), the country first:
the people are the items, each country the place of the person in its row (leaders at a summit, ministers
by country). Used by ``_table_kinds._classify`` when it chooses the name column.

A country is a territory CLDR names (``pipeline.lang.demonyms``); a person is a name the item parser reads
with a post glued after or before it. No name is known here.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.lang.demonyms import english_place, place_at_start
from sources.item_place_person import person_with_post
from sources.layouts._table_cell_values import _INDEX_MARK_RE, VALUE_SHARE, _column, _text
from sources.layouts._table_enumerated import TCell


def _place(text: str) -> bool:
    text = _INDEX_MARK_RE.sub("", text)  # a row's marker before the first cell ("・甲国")
    return place_at_start(text) == len(text) or english_place(text, demonym=False)


def people_beside_places(body: Sequence[Sequence[TCell | None]], names: Sequence[int], name: int) -> int:
    """The name column: ``name``, unless most of its cells are countries and another column that could
    be the names holds, in most of its cells, a person with a post (``VALUE_SHARE`` of each)."""
    places = [_text(x) for x in _column(body, name) if x is not None and _text(x)]
    if not places or sum(_place(t) for t in places) < VALUE_SHARE * len(places):
        return name
    for c in names:
        cells = [_text(x) for x in _column(body, c) if x is not None and _text(x)]
        if (
            c != name
            and cells
            and sum(person_with_post(t, 0, len(t)) is not None for t in cells) >= VALUE_SHARE * len(cells)
        ):
            return c
    return name
